### status: draft

# Lots, serial numbers and form pieces shared by every notice (Slovenian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Preglednica 2: Prizadete serije in serijske številke
lot-table-product = Izdelek
lot-table-lot = Serija
lot-table-serial = Serijska številka
lot-table-expiry = Rok uporabnosti
lot-table-manufactured = Datum izdelave
lot-table-udi = UDI
lot-serial-range = od { $first } do { $last }
annex-lots-heading = Priloga A: Prizadete serije in serijske številke
annex-lots-reference = Prizadete serije in serijske številke so navedene v prilogi A na koncu tega dopisa.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Potrdilo o uničenju
form-destruction-statement = Potrjujem, da so bili spodaj navedeni izdelki uničeni v skladu z navodili tega obvestila.
form-destruction-product = Izdelek
form-destruction-lot = Serija ali serijska številka
form-destruction-quantity = Uničena količina
form-destruction-date = Datum uničenja ({ date-placeholder })
form-destruction-method = Način uničenja

# Quantities on the reply form.
form-quantity-returned = Vrnjene enote
form-quantity-destroyed = Uničene enote
form-quantity-on-hand = Enote na zalogi

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ALI:
deadline-by = do { $date }
form-reply-by = Ta obrazec vrnite do { $date }.
