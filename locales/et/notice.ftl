### status: draft

# Shared boilerplate of every notice (Estonian).

# Letter opening and closing.
salutation = Lugupeetud klient
closing = Lugupidamisega

# Label beside the title, and the title lines (largest first).
label-recall = Tagasikutsumine
title-quality-notification = Kvaliteediteade
title-urgent-device-recall = Meditsiiniseadme kiireloomuline tagasikutsumine
title-urgent-safety-notice = Kiireloomuline ohutusteatis

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabel 1. Asjaomased tooted
product-table-name = Asjaomane toode
product-table-catalog = Katalooginumber
product-table-udi-di = Kordumatu identifitseerimistunnus – Seadme identifitseerimistunnus
product-table-version = Tarkvara versioon
product-table-serials = Seerianumbrid
udi-di-not-available = Puudub

# Section headings of the letter.
section-summary = Probleemi kokkuvõte
section-issuer-actions = Ettevõtte { $issuer } meetmed
section-customer-actions = Kliendi meetmed

# The "why you are receiving this notice" box.
why-heading = Miks te selle teatise saate
why-body-contact = Saate selle teatise, sest meie andmetel olete oma organisatsioonis
    kontaktisik tootemuudatuste, toodete tootmise lõpetamise ja kvaliteediprobleemide
    küsimustes.
why-body-marketing = Pange tähele, et need teatised sisaldavad olulist teavet meie toodete
    kohta ega ole turundussõnumid. Seetõttu võite neid teatisi saada ka siis, kui olete
    loobunud ettevõtte { $issuer } turundussõnumitest. Kui te ei ole oma organisatsioonis
    selliste teatiste saamiseks sobiv kontaktisik, saate neist loobuda, [esitades selle
    vormi]({ $link-unsubscribe }). Lisateavet leiate
    meie [privaatsuspoliitikast]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tehniline tugi:
contact-customer-care = Klienditeenindus:
page-label = Lk { $page }/{ $total }
intended-use-ivd = In vitro diagnostikaks. Ei ole saadaval kõigis riikides ja piirkondades.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Kinnitusvorm
form-title = Kinnitusvorm
form-company-name = Ettevõtte nimi
form-person-heading = Vormi täitja andmed
form-person-name = Nimi:
form-person-title = Ametinimetus:
form-date = Kuupäev ({ date-placeholder }):
form-serial-numbers = Seerianumber/-numbrid
form-customer-responses = Kliendi vastused
form-distributor-responses = Turustaja/importija vastused

# Answer boxes of the form.
form-yes = Jah
form-no = Ei
form-not-applicable = Ei kohaldu

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Tehtud
form-not-done = Tegemata
form-other-reason = Muu:

# Signature cells at the end of the form.
form-signature = Vormi täitja allkiri
form-signature-date = Kuupäev
