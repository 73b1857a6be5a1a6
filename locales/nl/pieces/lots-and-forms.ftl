### status: draft

# Lots, serial numbers and form pieces shared by every notice (Dutch).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabel 2: Betrokken loten en serienummers
lot-table-product = Product
lot-table-lot = Lot
lot-table-serial = Serienummer
lot-table-expiry = Vervaldatum
lot-table-manufactured = Productiedatum
lot-table-udi = UDI
lot-serial-range = { $first } tot en met { $last }
annex-lots-heading = Bijlage A: Betrokken loten en serienummers
annex-lots-reference = De betrokken loten en serienummers staan in bijlage A aan het einde van deze brief.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Vernietigingscertificaat
form-destruction-statement = Ik bevestig dat de hieronder vermelde producten zijn vernietigd volgens de instructies in dit bericht.
form-destruction-product = Product
form-destruction-lot = Lot- of serienummer
form-destruction-quantity = Vernietigde hoeveelheid
form-destruction-date = Datum van vernietiging ({ date-placeholder })
form-destruction-method = Wijze van vernietiging

# Quantities on the reply form.
form-quantity-returned = Geretourneerde eenheden
form-quantity-destroyed = Vernietigde eenheden
form-quantity-on-hand = Eenheden in voorraad

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = OF:
deadline-by = uiterlijk { $date }
form-reply-by = Stuur dit formulier uiterlijk { $date } terug.
