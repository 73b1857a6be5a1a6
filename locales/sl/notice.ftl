### status: draft

# Shared boilerplate of every notice (Slovenian).

# Letter opening and closing.
salutation = Spoštovani,
closing = Lep pozdrav

# Label beside the title, and the title lines (largest first).
label-recall = Odpoklic
title-quality-notification = Obvestilo o kakovosti
title-urgent-device-recall = Nujni odpoklic medicinskega pripomočka
title-urgent-safety-notice = Nujno varnostno obvestilo

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Preglednica 1: Zadevni izdelki
product-table-name = Zadevni izdelek
product-table-catalog = Kataloška številka
product-table-udi-di = Edinstveni identifikator pripomočka – Identifikator pripomočka
product-table-version = Različica programske opreme
product-table-serials = Serijske številke
udi-di-not-available = Ni na voljo

# Section headings of the letter.
section-summary = Povzetek težave
section-issuer-actions = Ukrepi družbe { $issuer }
section-customer-actions = Ukrepi za stranke

# The "why you are receiving this notice" box.
why-heading = Zakaj ste prejeli to obvestilo
why-body-contact = To obvestilo ste prejeli, ker ste glede na naše evidence kontaktna oseba v
    svoji organizaciji za spremembe izdelkov, ukinjanje izdelkov in težave s kakovostjo.
why-body-marketing = Upoštevajte, da ta obvestila vsebujejo bistvene informacije o naših
    izdelkih in niso trženjska sporočila. Zato lahko ta obvestila prejemate, tudi če ste se
    odjavili od prejemanja trženjskih sporočil družbe { $issuer }. Če v svoji organizaciji
    niste ustrezna kontaktna oseba za prejemanje takih obvestil, se lahko od njih odjavite
    tako, da [oddate ta obrazec]({ $link-unsubscribe }). Več informacij najdete v
    naši [politiki zasebnosti]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tehnična podpora:
contact-customer-care = Služba za stranke:
page-label = Stran { $page } od { $total }
intended-use-ivd = Za diagnostično uporabo in vitro. Ni na voljo v vseh državah in regijah.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Obrazec za potrditev
form-title = Obrazec za potrditev
form-company-name = Ime podjetja
form-person-heading = Podatki o osebi, ki izpolnjuje obrazec
form-person-name = Ime in priimek:
form-person-title = Delovno mesto:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Serijska številka (številke)
form-customer-responses = Odgovori stranke
form-distributor-responses = Odgovori distributerja/uvoznika

# Answer boxes of the form.
form-yes = Da
form-no = Ne
form-not-applicable = Ni relevantno

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Opravljeno
form-not-done = Ni opravljeno
form-other-reason = Drugo:

# Signature cells at the end of the form.
form-signature = Podpis osebe, ki izpolnjuje obrazec
form-signature-date = Datum
