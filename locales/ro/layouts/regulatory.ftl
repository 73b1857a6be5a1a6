### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Romanian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Denumire comercială
field-fsca-id = Identificatorul FSCA
field-action-type = Tipul acțiunii
field-date = Data
field-attention = În atenția
field-contact = Contact
field-fsn-type = Tipul FSN
fsn-type-new = FSN nou
fsn-type-update = Actualizare a unui FSN anterior
fsn-type-follow-up = Continuare a unui FSN anterior
fsn-type-other = Altele
field-previous-notice = FSN anterior (referință, dată)
field-key-information = Principalele informații noi
field-reply-required = Este necesar răspunsul clientului
field-reply-by = Răspuns până la
field-inform-patients = Pacienții sau utilizatorii nespecialiști trebuie informați
field-manufacturer = Producător
field-address = Adresă
field-website = Site web
field-srn = Număr unic de înregistrare (SRN)
field-attachments = Anexe

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informații privind dispozitivul
eu-section-reason = Motivul acțiunii corective în materie de siguranță (FSCA)
eu-section-action = Tipul acțiunii de reducere a riscului
eu-section-general = Informații generale
eu-section-transmission = Transmiterea acestei notificări de siguranță
eu-transmission = Această notificare trebuie transmisă tuturor persoanelor din organizația
    dumneavoastră care trebuie să o cunoască, precum și oricărei organizații căreia i-au fost
    transferate dispozitivele potențial afectate.
eu-authority-informed = Autoritatea competentă (de reglementare) din țara dumneavoastră a
    fost informată cu privire la această comunicare către clienți.
eu-distributor-form = Formular de răspuns pentru distribuitori/importatori
eu-distributor-form-intro = Dacă sunteți distribuitor sau importator, completați și acest
    formular după ce ați transmis această notificare clienților dumneavoastră.
