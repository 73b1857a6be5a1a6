### status: draft

# Lots, serial numbers and form pieces shared by every notice (Estonian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabel 2: Asjaomased partiid ja seerianumbrid
lot-table-product = Toode
lot-table-lot = Partii
lot-table-serial = Seerianumber
lot-table-expiry = Kõlblikkusaeg
lot-table-manufactured = Tootmiskuupäev
lot-table-udi = UDI
lot-serial-range = { $first } kuni { $last }
annex-lots-heading = Lisa A: Asjaomased partiid ja seerianumbrid
annex-lots-reference = Asjaomased partiid ja seerianumbrid on loetletud selle kirja lõpus lisas A.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Hävitamise tõend
form-destruction-statement = Kinnitan, et allpool loetletud tooted on hävitatud vastavalt käesoleva teatise juhistele.
form-destruction-product = Toode
form-destruction-lot = Partii või seerianumber
form-destruction-quantity = Hävitatud kogus
form-destruction-date = Hävitamise kuupäev ({ date-placeholder })
form-destruction-method = Hävitamise viis

# Quantities on the reply form.
form-quantity-returned = Tagastatud ühikud
form-quantity-destroyed = Hävitatud ühikud
form-quantity-on-hand = Laos olevad ühikud

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = VÕI:
deadline-by = hiljemalt { $date }
form-reply-by = Palun tagastage see vorm hiljemalt { $date }.
