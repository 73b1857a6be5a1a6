### status: draft

# Shared boilerplate of every notice (Latvian).

# Letter opening and closing.
salutation = Godātais klient!
closing = Ar cieņu

# Label beside the title, and the title lines (largest first).
label-recall = Atsaukšana
title-quality-notification = Kvalitātes paziņojums
title-urgent-device-recall = Steidzama medicīniskās ierīces atsaukšana
title-urgent-safety-notice = Steidzams drošības paziņojums

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = 1. tabula. Ietekmētie produkti
product-table-name = Ietekmētais produkts
product-table-catalog = Kataloga numurs
product-table-udi-di = Unikālais ierīces identifikators – Ierīces identifikators
product-table-version = Programmatūras versija
product-table-serials = Sērijas numuri
udi-di-not-available = Nav pieejams

# Section headings of the letter.
section-summary = Problēmas kopsavilkums
section-issuer-actions = Uzņēmuma { $issuer } darbības
section-customer-actions = Klienta darbības

# The "why you are receiving this notice" box.
why-heading = Kāpēc jūs saņemat šo paziņojumu
why-body-contact = Jūs saņemat šo paziņojumu, jo saskaņā ar mūsu datiem jūs esat savas
    organizācijas kontaktpersona jautājumos par produktu izmaiņām, produktu ražošanas
    pārtraukšanu un kvalitātes problēmām.
why-body-marketing = Lūdzu, ņemiet vērā, ka šajos paziņojumos ir būtiska informācija par mūsu
    produktiem un tie nav mārketinga paziņojumi. Tāpēc jūs varat saņemt šos paziņojumus arī
    tad, ja esat atteicies no uzņēmuma { $issuer } mārketinga paziņojumiem. Ja neesat
    piemērotā kontaktpersona savā organizācijā šādu paziņojumu saņemšanai, varat atteikties no
    tiem, [iesniedzot šo veidlapu]({ $link-unsubscribe }). Plašāka informācija ir pieejama
    mūsu [privātuma politikā]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tehniskais atbalsts:
contact-customer-care = Klientu apkalpošana:
page-label = { $page }. lpp. no { $total }
intended-use-ivd = Lietošanai in vitro diagnostikā. Nav pieejams visās valstīs un reģionos.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verifikācijas veidlapa
form-title = Verifikācijas veidlapa
form-company-name = Uzņēmuma nosaukums
form-person-heading = Informācija par personu, kas aizpilda veidlapu
form-person-name = Vārds, uzvārds:
form-person-title = Amats:
form-date = Datums ({ date-placeholder }):
form-serial-numbers = Sērijas numurs(-i)
form-customer-responses = Klienta atbildes
form-distributor-responses = Izplatītāja/importētāja atbildes

# Answer boxes of the form.
form-yes = Jā
form-no = Nē
form-not-applicable = Nav piemērojams

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Izpildīts
form-not-done = Nav izpildīts
form-other-reason = Cits:

# Signature cells at the end of the form.
form-signature = Veidlapas aizpildītāja paraksts
form-signature-date = Datums
