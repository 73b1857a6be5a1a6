### status: draft

# Lots, serial numbers and form pieces shared by every notice (Hungarian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = 2. táblázat: Érintett tételek és sorozatszámok
lot-table-product = Termék
lot-table-lot = Tétel
lot-table-serial = Sorozatszám
lot-table-expiry = Lejárati dátum
lot-table-manufactured = Gyártás dátuma
lot-table-udi = UDI
lot-serial-range = { $first } – { $last }
annex-lots-heading = A. melléklet: Érintett tételek és sorozatszámok
annex-lots-reference = Az érintett tételeket és sorozatszámokat a levél végén található A. melléklet sorolja fel.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Megsemmisítési igazolás
form-destruction-statement = Igazolom, hogy az alább felsorolt termékeket az értesítés utasításai szerint megsemmisítették.
form-destruction-product = Termék
form-destruction-lot = Tétel vagy sorozatszám
form-destruction-quantity = Megsemmisített mennyiség
form-destruction-date = A megsemmisítés dátuma ({ date-placeholder })
form-destruction-method = A megsemmisítés módja

# Quantities on the reply form.
form-quantity-returned = Visszaküldött egységek
form-quantity-destroyed = Megsemmisített egységek
form-quantity-on-hand = Készleten lévő egységek

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = VAGY:
deadline-by = legkésőbb { $date }
form-reply-by = Kérjük, legkésőbb { $date } küldje vissza ezt az űrlapot.
