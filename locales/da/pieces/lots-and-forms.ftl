### status: draft

# Lots, serial numbers and form pieces shared by every notice (Danish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabel 2: Berørte lot- og serienumre
lot-table-product = Produkt
lot-table-lot = Lot
lot-table-serial = Serienummer
lot-table-expiry = Udløbsdato
lot-table-manufactured = Fremstillingsdato
lot-table-udi = UDI
lot-serial-range = { $first } til og med { $last }
annex-lots-heading = Bilag A: Berørte lot- og serienumre
annex-lots-reference = De berørte lot- og serienumre er anført i bilag A sidst i dette brev.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Destruktionsattest
form-destruction-statement = Jeg bekræfter, at nedenstående produkter er destrueret som anvist i denne meddelelse.
form-destruction-product = Produkt
form-destruction-lot = Lot- eller serienummer
form-destruction-quantity = Destrueret mængde
form-destruction-date = Destruktionsdato ({ date-placeholder })
form-destruction-method = Destruktionsmetode

# Quantities on the reply form.
form-quantity-returned = Returnerede enheder
form-quantity-destroyed = Destruerede enheder
form-quantity-on-hand = Enheder på lager

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ELLER:
deadline-by = senest { $date }
form-reply-by = Returnér venligst denne formular senest { $date }.
