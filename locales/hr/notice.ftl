### status: draft

# Shared boilerplate of every notice (Croatian).

# Letter opening and closing.
salutation = Poštovani,
closing = S poštovanjem,

# Label beside the title, and the title lines (largest first).
label-recall = Povlačenje
title-quality-notification = Obavijest o kvaliteti
title-urgent-device-recall = Hitno povlačenje medicinskog proizvoda
title-urgent-safety-notice = Hitna sigurnosna obavijest

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tablica 1: Zahvaćeni proizvodi
product-table-name = Zahvaćeni proizvod
product-table-catalog = Kataloški broj
product-table-udi-di = Jedinstvena identifikacija proizvoda – Identifikator proizvoda
product-table-version = Verzija softvera
product-table-serials = Serijski brojevi
udi-di-not-available = Nije dostupno

# Section headings of the letter.
section-summary = Sažetak problema
section-issuer-actions = Mjere tvrtke { $issuer }
section-customer-actions = Mjere koje korisnik mora poduzeti

# The "why you are receiving this notice" box.
why-heading = Zašto primate ovu obavijest
why-body-contact = Ovu obavijest primate jer ste prema našoj evidenciji kontaktna osoba u
    svojoj organizaciji za promjene proizvoda, prestanak proizvodnje proizvoda i probleme s
    kvalitetom.
why-body-marketing = Imajte na umu da ove obavijesti sadrže bitne informacije o našim
    proizvodima i nisu marketinške poruke. Stoga ove obavijesti možete primati čak i ako ste
    se odjavili od primanja marketinških poruka tvrtke { $issuer }. Ako niste odgovarajuća
    kontaktna osoba u svojoj organizaciji za primanje takvih obavijesti, možete se odjaviti od
    njihova primanja [slanjem ovog obrasca]({ $link-unsubscribe }). Više informacija potražite
    u našim [Pravilima o privatnosti]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tehnička podrška:
contact-customer-care = Služba za korisnike:
page-label = Stranica { $page } od { $total }
intended-use-ivd = Za in vitro dijagnostičku uporabu. Nije dostupno u svim državama i
    regijama.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Obrazac za potvrdu
form-title = Obrazac za potvrdu
form-company-name = Naziv tvrtke
form-person-heading = Podaci o osobi koja ispunjava obrazac
form-person-name = Ime i prezime:
form-person-title = Funkcija:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Serijski broj(evi)
form-customer-responses = Odgovori korisnika
form-distributor-responses = Odgovori distributera/uvoznika

# Answer boxes of the form.
form-yes = Da
form-no = Ne
form-not-applicable = Nije primjenjivo

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Izvršeno
form-not-done = Nije izvršeno
form-other-reason = Ostalo:

# Signature cells at the end of the form.
form-signature = Potpis osobe koja ispunjava obrazac
form-signature-date = Datum
