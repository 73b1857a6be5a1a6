### status: draft

# Shared boilerplate of every notice (Maltese).

# Letter opening and closing.
salutation = Għażiż Klijent,
closing = Dejjem tagħkom,

# Label beside the title, and the title lines (largest first).
label-recall = Sejħa lura
title-quality-notification = Notifika dwar il-Kwalità
title-urgent-device-recall = Sejħa Lura Urġenti ta’ Apparat Mediku
title-urgent-safety-notice = Avviż Urġenti dwar is-Sikurezza fuq il-Post

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabella 1: Prodotti affettwati
product-table-name = Prodott affettwat
product-table-catalog = Numru tal-Katalgu
product-table-udi-di = Identifikatur Uniku tal-Apparat – Identifikatur tal-Apparat
product-table-version = Verżjoni tas-softwer
product-table-serials = Numri tas-serje
udi-di-not-available = Mhux disponibbli

# Section headings of the letter.
section-summary = Sommarju tal-Problema
section-issuer-actions = Azzjonijiet ta’ { $issuer }
section-customer-actions = Azzjonijiet tal-Klijent

# The "why you are receiving this notice" box.
why-heading = Għaliex qed tirċievi dan l-avviż
why-body-contact = Qed tirċievi dan l-avviż għaliex skont ir-rekords tagħna inti l-persuna ta’
    kuntatt fl-organizzazzjoni tiegħek għal bidliet fil-prodotti, waqfien ta’ prodotti u
    kwistjonijiet ta’ kwalità.
why-body-marketing = Jekk jogħġbok innota li dawn l-avviżi fihom informazzjoni essenzjali dwar
    il-prodotti tagħna u mhumiex komunikazzjonijiet ta’ kummerċjalizzazzjoni. Għalhekk, tista’
    tirċievi dawn l-avviżi anke jekk għażilt li ma tirċevix komunikazzjonijiet ta’
    kummerċjalizzazzjoni minn { $issuer }. Jekk m’intix il-persuna ta’ kuntatt xierqa
    fl-organizzazzjoni tiegħek biex tirċievi avviżi bħal dawn, tista’ tneħħi l-abbonament
    tiegħek minn dawn l-avviżi billi [tissottometti din il-formola]({ $link-unsubscribe }).
    Għal aktar informazzjoni, ara l-[Politika tal-Privatezza]({ $link-privacy }) tagħna.

# Footer: contact labels, page number, intended use.
contact-technical-support = Appoġġ Tekniku:
contact-customer-care = Servizz għall-Klijenti:
page-label = Paġna { $page } minn { $total }
intended-use-ivd = Għal Użu Dijanjostiku In Vitro. Mhux disponibbli fil-pajjiżi u r-reġjuni
    kollha.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formola ta’ Verifika
form-title = Formola ta’ Verifika
form-company-name = Isem il-Kumpanija
form-person-heading = Informazzjoni dwar il-persuna li qed timla l-formola
form-person-name = Isem:
form-person-title = Kariga:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Numru/i tas-serje
form-customer-responses = Tweġibiet tal-Klijent
form-distributor-responses = Tweġibiet tad-Distributur/tal-Importatur

# Answer boxes of the form.
form-yes = Iva
form-no = Le
form-not-applicable = Mhux applikabbli

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Magħmul
form-not-done = Mhux magħmul
form-other-reason = Oħrajn:

# Signature cells at the end of the form.
form-signature = Firma tal-persuna li qed timla l-formola
form-signature-date = Data
