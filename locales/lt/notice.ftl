### status: draft

# Shared boilerplate of every notice (Lithuanian).

# Letter opening and closing.
salutation = Gerbiamas kliente,
closing = Pagarbiai

# Label beside the title, and the title lines (largest first).
label-recall = Atšaukimas
title-quality-notification = Pranešimas apie kokybę
title-urgent-device-recall = Skubus medicinos priemonės atšaukimas
title-urgent-safety-notice = Skubus saugos pranešimas

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = 1 lentelė. Susiję gaminiai
product-table-name = Susijęs gaminys
product-table-catalog = Katalogo numeris
product-table-udi-di = Unikalusis priemonės identifikatorius – Priemonės identifikatorius
product-table-version = Programinės įrangos versija
product-table-serials = Serijos numeriai
udi-di-not-available = Nėra

# Section headings of the letter.
section-summary = Problemos santrauka
section-issuer-actions = Bendrovės { $issuer } veiksmai
section-customer-actions = Kliento veiksmai

# The "why you are receiving this notice" box.
why-heading = Kodėl gaunate šį pranešimą
why-body-contact = Šį pranešimą gaunate, nes pagal mūsų duomenis esate savo organizacijos
    kontaktinis asmuo gaminių pakeitimų, gaminių gamybos nutraukimo ir kokybės problemų
    klausimais.
why-body-marketing = Atkreipkite dėmesį, kad šiuose pranešimuose pateikiama svarbi informacija
    apie mūsų gaminius ir jie nėra rinkodaros pranešimai. Todėl šiuos pranešimus galite gauti
    net ir tuo atveju, jei atsisakėte gauti bendrovės { $issuer } rinkodaros pranešimus. Jei
    nesate tinkamas savo organizacijos kontaktinis asmuo tokiems pranešimams gauti, galite jų
    atsisakyti [pateikę šią formą]({ $link-unsubscribe }). Daugiau informacijos rasite
    mūsų [privatumo politikoje]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Techninė pagalba:
contact-customer-care = Klientų aptarnavimas:
page-label = { $page } psl. iš { $total }
intended-use-ivd = Skirta in vitro diagnostikai. Įsigyti galima ne visose šalyse ir
    regionuose.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Patvirtinimo forma
form-title = Patvirtinimo forma
form-company-name = Įmonės pavadinimas
form-person-heading = Informacija apie formą pildantį asmenį
form-person-name = Vardas, pavardė:
form-person-title = Pareigos:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Serijos numeris (-iai)
form-customer-responses = Kliento atsakymai
form-distributor-responses = Platintojo / importuotojo atsakymai

# Answer boxes of the form.
form-yes = Taip
form-no = Ne
form-not-applicable = Netaikoma

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Atlikta
form-not-done = Neatlikta
form-other-reason = Kita:

# Signature cells at the end of the form.
form-signature = Formą pildančio asmens parašas
form-signature-date = Data
