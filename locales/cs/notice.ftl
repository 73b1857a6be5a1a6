### status: draft

# Shared boilerplate of every notice (Czech).

# Letter opening and closing.
salutation = Vážený zákazníku,
closing = S pozdravem

# Label beside the title, and the title lines (largest first).
label-recall = Stažení
title-quality-notification = Oznámení o kvalitě
title-urgent-device-recall = Naléhavé stažení zdravotnického prostředku
title-urgent-safety-notice = Naléhavé bezpečnostní upozornění

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabulka 1: Dotčené produkty
product-table-name = Dotčený produkt
product-table-catalog = Katalogové číslo
product-table-udi-di = Jedinečný identifikátor prostředku – Identifikátor prostředku
product-table-version = Verze softwaru
product-table-serials = Sériová čísla
udi-di-not-available = Není k dispozici

# Section headings of the letter.
section-summary = Shrnutí problému
section-issuer-actions = Opatření společnosti { $issuer }
section-customer-actions = Opatření na straně zákazníka

# The "why you are receiving this notice" box.
why-heading = Proč dostáváte toto oznámení
why-body-contact = Toto oznámení dostáváte, protože podle našich záznamů jste ve své
    organizaci kontaktní osobou pro změny produktů, ukončování výroby produktů a problémy s
    kvalitou.
why-body-marketing = Upozorňujeme, že tato oznámení obsahují zásadní informace o našich
    produktech a nejedná se o marketingová sdělení. Tato oznámení proto můžete dostávat, i
    když jste se odhlásili z odběru marketingových sdělení společnosti { $issuer }. Pokud
    nejste ve své organizaci vhodnou kontaktní osobou pro příjem těchto oznámení, můžete se z
    jejich odběru odhlásit [odesláním tohoto formuláře]({ $link-unsubscribe }). Další
    informace naleznete v našich [Zásadách ochrany osobních údajů]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Technická podpora:
contact-customer-care = Zákaznický servis:
page-label = Strana { $page } z { $total }
intended-use-ivd = Pro diagnostické použití in vitro. Není k dispozici ve všech zemích a
    regionech.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Ověřovací formulář
form-title = Ověřovací formulář
form-company-name = Název společnosti
form-person-heading = Údaje o osobě, která vyplňuje formulář
form-person-name = Jméno:
form-person-title = Funkce:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Sériová čísla
form-customer-responses = Odpovědi zákazníka
form-distributor-responses = Odpovědi distributora/dovozce

# Answer boxes of the form.
form-yes = Ano
form-no = Ne
form-not-applicable = Neuplatňuje se

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Provedeno
form-not-done = Neprovedeno
form-other-reason = Jiné:

# Signature cells at the end of the form.
form-signature = Podpis osoby, která vyplňuje formulář
form-signature-date = Datum
