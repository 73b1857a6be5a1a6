### status: draft

# Shared boilerplate of every notice (Romanian).

# Letter opening and closing.
salutation = Stimate client,
closing = Cu stimă,

# Label beside the title, and the title lines (largest first).
label-recall = Rechemare
title-quality-notification = Notificare privind calitatea
title-urgent-device-recall = Rechemare urgentă a unui dispozitiv medical
title-urgent-safety-notice = Notă de siguranță urgentă în teren

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabelul 1: Produse afectate
product-table-name = Produs afectat
product-table-catalog = Număr de catalog
product-table-udi-di = Identificator unic al dispozitivului – Identificatorul dispozitivului
product-table-version = Versiune software
product-table-serials = Numere de serie
udi-di-not-available = Indisponibil

# Section headings of the letter.
section-summary = Rezumatul problemei
section-issuer-actions = Acțiuni întreprinse de { $issuer }
section-customer-actions = Acțiuni necesare din partea clientului

# The "why you are receiving this notice" box.
why-heading = De ce primiți această notificare
why-body-contact = Primiți această notificare deoarece, conform evidențelor noastre, sunteți
    persoana de contact din organizația dumneavoastră pentru modificări ale produselor,
    scoaterea din fabricație a produselor și probleme de calitate.
why-body-marketing = Vă rugăm să rețineți că aceste notificări conțin informații esențiale
    despre produsele noastre și nu sunt comunicări de marketing. Prin urmare, este posibil să
    primiți aceste notificări chiar dacă ați renunțat la primirea comunicărilor de marketing
    de la { $issuer }. Dacă nu sunteți persoana de contact potrivită din organizația
    dumneavoastră pentru primirea acestor notificări, vă puteți dezabona [trimițând acest
    formular]({ $link-unsubscribe }). Pentru mai multe informații, consultați [Politica
    noastră de confidențialitate]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Asistență tehnică:
contact-customer-care = Serviciul clienți:
page-label = Pagina { $page } din { $total }
intended-use-ivd = Pentru diagnosticare in vitro. Nu este disponibil în toate țările și
    regiunile.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formular de verificare
form-title = Formular de verificare
form-company-name = Denumirea companiei
form-person-heading = Informații despre persoana care completează formularul
form-person-name = Nume:
form-person-title = Funcție:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Număr (numere) de serie
form-customer-responses = Răspunsurile clientului
form-distributor-responses = Răspunsurile distribuitorului/importatorului

# Answer boxes of the form.
form-yes = Da
form-no = Nu
form-not-applicable = Nu se aplică

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Efectuat
form-not-done = Neefectuat
form-other-reason = Altele:

# Signature cells at the end of the form.
form-signature = Semnătura persoanei care completează formularul
form-signature-date = Data
