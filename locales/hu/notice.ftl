### status: draft

# Shared boilerplate of every notice (Hungarian).

# Letter opening and closing.
salutation = Tisztelt Ügyfelünk!
closing = Tisztelettel:

# Label beside the title, and the title lines (largest first).
label-recall = Visszahívás
title-quality-notification = Minőségügyi értesítés
title-urgent-device-recall = Orvostechnikai eszköz sürgős visszahívása
title-urgent-safety-notice = Sürgős biztonsági feljegyzés

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = 1. táblázat: Érintett termékek
product-table-name = Érintett termék
product-table-catalog = Katalógusszám
product-table-udi-di = Egyedi eszközazonosító – Eszközazonosító
product-table-version = Szoftververzió
product-table-serials = Sorozatszámok
udi-di-not-available = Nem elérhető

# Section headings of the letter.
section-summary = A probléma összefoglalása
section-issuer-actions = A(z) { $issuer } intézkedései
section-customer-actions = Az ügyfél teendői

# The "why you are receiving this notice" box.
why-heading = Miért kapja ezt az értesítést
why-body-contact = Azért kapja ezt az értesítést, mert nyilvántartásunk szerint Ön a
    szervezete kapcsolattartója a termékváltozásokkal, a termékek kivezetésével és a
    minőségügyi problémákkal kapcsolatban.
why-body-marketing = Felhívjuk figyelmét, hogy ezek az értesítések alapvető fontosságú
    információkat tartalmaznak termékeinkről, és nem marketingcélú közlemények. Ezért akkor is
    megkaphatja ezeket az értesítéseket, ha leiratkozott a(z) { $issuer } marketingcélú
    közleményeiről. Ha nem Ön a megfelelő kapcsolattartó a szervezetében az ilyen értesítések
    fogadására, [ennek az űrlapnak a beküldésével]({ $link-unsubscribe }) leiratkozhat róluk.
    További információkért tekintse meg [adatvédelmi szabályzatunkat]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Műszaki támogatás:
contact-customer-care = Ügyfélszolgálat:
page-label = { $page }/{ $total }. oldal
intended-use-ivd = In vitro diagnosztikai használatra. Nem minden országban és régióban érhető
    el.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Ellenőrző űrlap
form-title = Ellenőrző űrlap
form-company-name = Cégnév
form-person-heading = Az űrlapot kitöltő személy adatai
form-person-name = Név:
form-person-title = Beosztás:
form-date = Dátum ({ date-placeholder }):
form-serial-numbers = Sorozatszám(ok)
form-customer-responses = Az ügyfél válaszai
form-distributor-responses = A forgalmazó/importőr válaszai

# Answer boxes of the form.
form-yes = Igen
form-no = Nem
form-not-applicable = Nem alkalmazható

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Elvégezve
form-not-done = Nincs elvégezve
form-other-reason = Egyéb:

# Signature cells at the end of the form.
form-signature = Az űrlapot kitöltő személy aláírása
form-signature-date = Dátum
