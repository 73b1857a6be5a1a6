### status: draft

# Lots, serial numbers and form pieces shared by every notice (Croatian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tablica 2: Zahvaćene serije i serijski brojevi
lot-table-product = Proizvod
lot-table-lot = Serija
lot-table-serial = Serijski broj
lot-table-expiry = Rok valjanosti
lot-table-manufactured = Datum proizvodnje
lot-table-udi = UDI
lot-serial-range = od { $first } do { $last }
annex-lots-heading = Prilog A: Zahvaćene serije i serijski brojevi
annex-lots-reference = Zahvaćene serije i serijski brojevi navedeni su u Prilogu A na kraju ovog dopisa.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Potvrda o uništenju
form-destruction-statement = Potvrđujem da su dolje navedeni proizvodi uništeni prema uputama iz ove obavijesti.
form-destruction-product = Proizvod
form-destruction-lot = Serija ili serijski broj
form-destruction-quantity = Uništena količina
form-destruction-date = Datum uništenja ({ date-placeholder })
form-destruction-method = Način uništenja

# Quantities on the reply form.
form-quantity-returned = Vraćene jedinice
form-quantity-destroyed = Uništene jedinice
form-quantity-on-hand = Jedinice na zalihi

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ILI:
deadline-by = do { $date }
form-reply-by = Ovaj obrazac vratite do { $date }.
