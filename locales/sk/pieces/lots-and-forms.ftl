### status: draft

# Lots, serial numbers and form pieces shared by every notice (Slovak).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabuľka 2: Dotknuté šarže a sériové čísla
lot-table-product = Produkt
lot-table-lot = Šarža
lot-table-serial = Sériové číslo
lot-table-expiry = Dátum exspirácie
lot-table-manufactured = Dátum výroby
lot-table-udi = UDI
lot-serial-range = { $first } až { $last }
annex-lots-heading = Príloha A: Dotknuté šarže a sériové čísla
annex-lots-reference = Dotknuté šarže a sériové čísla sú uvedené v prílohe A na konci tohto listu.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Potvrdenie o zničení
form-destruction-statement = Potvrdzujem, že nižšie uvedené výrobky boli zničené podľa pokynov tohto oznámenia.
form-destruction-product = Produkt
form-destruction-lot = Šarža alebo sériové číslo
form-destruction-quantity = Zničené množstvo
form-destruction-date = Dátum zničenia ({ date-placeholder })
form-destruction-method = Spôsob zničenia

# Quantities on the reply form.
form-quantity-returned = Vrátené jednotky
form-quantity-destroyed = Zničené jednotky
form-quantity-on-hand = Jednotky na sklade

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ALEBO:
deadline-by = do { $date }
form-reply-by = Tento formulár vráťte do { $date }.
