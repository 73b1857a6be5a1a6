### status: draft

# Shared boilerplate of every notice (Slovak).

# Letter opening and closing.
salutation = Vážený zákazník,
closing = S pozdravom

# Label beside the title, and the title lines (largest first).
label-recall = Stiahnutie
title-quality-notification = Oznámenie o kvalite
title-urgent-device-recall = Naliehavé stiahnutie zdravotníckej pomôcky
title-urgent-safety-notice = Naliehavé bezpečnostné upozornenie

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabuľka 1: Dotknuté produkty
product-table-name = Dotknutý produkt
product-table-catalog = Katalógové číslo
product-table-udi-di = Jedinečný identifikátor pomôcky – Identifikátor pomôcky
product-table-version = Verzia softvéru
product-table-serials = Sériové čísla
udi-di-not-available = Nie je k dispozícii

# Section headings of the letter.
section-summary = Zhrnutie problému
section-issuer-actions = Opatrenia spoločnosti { $issuer }
section-customer-actions = Opatrenia na strane zákazníka

# The "why you are receiving this notice" box.
why-heading = Prečo dostávate toto oznámenie
why-body-contact = Toto oznámenie dostávate, pretože podľa našich záznamov ste vo svojej
    organizácii kontaktnou osobou pre zmeny produktov, ukončenie výroby produktov a problémy s
    kvalitou.
why-body-marketing = Upozorňujeme, že tieto oznámenia obsahujú dôležité informácie o našich
    produktoch a nie sú marketingovou komunikáciou. Preto môžete tieto oznámenia dostávať, aj
    keď ste sa odhlásili z odberu marketingovej komunikácie spoločnosti { $issuer }. Ak nie
    ste vo svojej organizácii vhodnou kontaktnou osobou na prijímanie takýchto oznámení,
    môžete sa z ich odberu odhlásiť [odoslaním tohto formulára]({ $link-unsubscribe }). Ďalšie
    informácie nájdete v našich [Zásadách ochrany osobných údajov]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Technická podpora:
contact-customer-care = Zákaznícky servis:
page-label = Strana { $page } z { $total }
intended-use-ivd = Na diagnostické použitie in vitro. Nie je dostupné vo všetkých krajinách a
    regiónoch.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Overovací formulár
form-title = Overovací formulár
form-company-name = Názov spoločnosti
form-person-heading = Údaje o osobe, ktorá vypĺňa formulár
form-person-name = Meno:
form-person-title = Funkcia:
form-date = Dátum ({ date-placeholder }):
form-serial-numbers = Sériové čísla
form-customer-responses = Odpovede zákazníka
form-distributor-responses = Odpovede distribútora/dovozcu

# Answer boxes of the form.
form-yes = Áno
form-no = Nie
form-not-applicable = Neuplatňuje sa

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Vykonané
form-not-done = Nevykonané
form-other-reason = Iné:

# Signature cells at the end of the form.
form-signature = Podpis osoby, ktorá vypĺňa formulár
form-signature-date = Dátum
