### status: draft

# Shared wording of the regulatory facts and of the EU template layout (French).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Nom commercial
field-fsca-id = Identifiant de la FSCA
field-action-type = Type d'action
field-date = Date
field-attention = À l'attention de
field-contact = Contact
field-fsn-type = Type de FSN
fsn-type-new = Nouvelle FSN
fsn-type-update = Mise à jour d'une FSN antérieure
fsn-type-follow-up = Suivi d'une FSN antérieure
fsn-type-other = Autre
field-previous-notice = FSN précédente (référence, date)
field-key-information = Nouvelles informations essentielles
field-reply-required = Réponse du client requise
field-reply-by = Réponse attendue avant le
field-inform-patients = Les patients ou les profanes doivent être informés
field-manufacturer = Fabricant
field-address = Adresse
field-website = Site web
field-srn = Numéro d'enregistrement unique (SRN)
field-attachments = Pièces jointes

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informations sur le dispositif
eu-section-reason = Raison de la mesure corrective de sécurité (FSCA)
eu-section-action = Type de mesure visant à atténuer le risque
eu-section-general = Informations générales
eu-section-transmission = Transmission de cet avis de sécurité
eu-transmission = Cet avis doit être transmis à toutes les personnes de votre organisation
    qui doivent en avoir connaissance, ainsi qu'à toute organisation à laquelle les dispositifs
    potentiellement concernés ont été transférés.
eu-authority-informed = L'autorité compétente (réglementaire) de votre pays a été informée
    de cette communication aux clients.
eu-distributor-form = Formulaire de réponse des distributeurs/importateurs
eu-distributor-form-intro = Si vous êtes distributeur ou importateur, remplissez également
    ce formulaire après avoir transmis cet avis à vos clients.
