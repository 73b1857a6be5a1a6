### status: draft

# Lots, serial numbers and form pieces shared by every notice (Czech).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabulka 2: Dotčené šarže a sériová čísla
lot-table-product = Produkt
lot-table-lot = Šarže
lot-table-serial = Sériové číslo
lot-table-expiry = Datum použitelnosti
lot-table-manufactured = Datum výroby
lot-table-udi = UDI
lot-serial-range = { $first } až { $last }
annex-lots-heading = Příloha A: Dotčené šarže a sériová čísla
annex-lots-reference = Dotčené šarže a sériová čísla jsou uvedeny v příloze A na konci tohoto dopisu.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Osvědčení o zničení
form-destruction-statement = Potvrzuji, že níže uvedené výrobky byly zničeny podle pokynů tohoto oznámení.
form-destruction-product = Produkt
form-destruction-lot = Šarže nebo sériové číslo
form-destruction-quantity = Zničené množství
form-destruction-date = Datum zničení ({ date-placeholder })
form-destruction-method = Způsob zničení

# Quantities on the reply form.
form-quantity-returned = Vrácené jednotky
form-quantity-destroyed = Zničené jednotky
form-quantity-on-hand = Jednotky na skladě

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = NEBO:
deadline-by = do { $date }
form-reply-by = Tento formulář prosím vraťte do { $date }.
