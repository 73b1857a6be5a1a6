### status: draft

# Shared boilerplate of every notice (French).

# Letter opening and closing.
salutation = Madame, Monsieur,
closing = Cordialement,

# Label beside the title, and the title lines (largest first).
label-recall = Rappel
title-quality-notification = Notification qualité
title-urgent-device-recall = Rappel urgent de dispositif médical
title-urgent-safety-notice = Avis urgent de sécurité

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tableau 1 : Produits concernés
product-table-name = Produit concerné
product-table-catalog = Référence catalogue
product-table-udi-di = Identifiant unique du dispositif – Identifiant du dispositif
product-table-version = Version du logiciel
product-table-serials = Numéros de série
udi-di-not-available = N/D

# Section headings of the letter.
section-summary = Résumé du problème
section-issuer-actions = Actions de { $issuer }
section-customer-actions = Actions à mener par le client

# The "why you are receiving this notice" box.
why-heading = Pourquoi vous recevez cet avis
why-body-contact = Vous recevez cet avis car, selon nos dossiers, vous êtes l’interlocuteur de
    votre organisation pour les modifications de produits, l’obsolescence des produits et les
    problèmes de qualité.
why-body-marketing = Veuillez noter que ces avis contiennent des informations essentielles sur
    nos produits et ne constituent pas des communications marketing. Par conséquent, vous
    pouvez recevoir ces avis même si vous avez choisi de ne pas recevoir de communications
    marketing de la part de { $issuer }. Si vous n’êtes pas l’interlocuteur approprié au sein
    de votre organisation pour recevoir ces avis, vous pouvez vous désabonner en [soumettant
    ce formulaire]({ $link-unsubscribe }). Pour plus d’informations, consultez
    notre [Politique de confidentialité]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Assistance technique :
contact-customer-care = Service client :
page-label = Page { $page } sur { $total }
intended-use-ivd = Pour usage diagnostique in vitro. Non disponible dans tous les pays et
    toutes les régions.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formulaire de vérification
form-title = Formulaire de vérification
form-company-name = Nom de l’établissement
form-person-heading = Informations sur la personne qui remplit le formulaire
form-person-name = Nom :
form-person-title = Fonction :
form-date = Date ({ date-placeholder }) :
form-serial-numbers = Numéro(s) de série
form-customer-responses = Réponses du client
form-distributor-responses = Réponses du distributeur/de l’importateur

# Answer boxes of the form.
form-yes = Oui
form-no = Non
form-not-applicable = Sans objet

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Effectué
form-not-done = Non effectué
form-other-reason = Autre :

# Signature cells at the end of the form.
form-signature = Signature de la personne qui remplit le formulaire
form-signature-date = Date
