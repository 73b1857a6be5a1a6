### status: draft

# Lots, serial numbers and form pieces shared by every notice (Lithuanian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = 2 lentelė. Susijusios partijos ir serijos numeriai
lot-table-product = Produktas
lot-table-lot = Partija
lot-table-serial = Serijos numeris
lot-table-expiry = Tinka iki
lot-table-manufactured = Pagaminimo data
lot-table-udi = UDI
lot-serial-range = nuo { $first } iki { $last }
annex-lots-heading = A priedas. Susijusios partijos ir serijos numeriai
annex-lots-reference = Susijusios partijos ir serijos numeriai išvardyti šio laiško pabaigoje pateiktame A priede.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Sunaikinimo pažyma
form-destruction-statement = Patvirtinu, kad toliau išvardyti produktai sunaikinti laikantis šio pranešimo nurodymų.
form-destruction-product = Produktas
form-destruction-lot = Partija arba serijos numeris
form-destruction-quantity = Sunaikintas kiekis
form-destruction-date = Sunaikinimo data ({ date-placeholder })
form-destruction-method = Sunaikinimo būdas

# Quantities on the reply form.
form-quantity-returned = Grąžinti vienetai
form-quantity-destroyed = Sunaikinti vienetai
form-quantity-on-hand = Turimi vienetai

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ARBA:
deadline-by = iki { $date }
form-reply-by = Šią formą grąžinkite iki { $date }.
