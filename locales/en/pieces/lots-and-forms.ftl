### status: reviewed

# Lots, serial numbers and form pieces shared by every notice (the source for new translations).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Table 2: Affected Lots and Serial Numbers
lot-table-product = Product
lot-table-lot = Lot
lot-table-serial = Serial number
lot-table-expiry = Expiry date
lot-table-manufactured = Manufacture date
lot-table-udi = UDI
lot-serial-range = { $first } through { $last }
annex-lots-heading = Annex A: Affected Lots and Serial Numbers
annex-lots-reference = The affected lots and serial numbers are listed in Annex A at the end of this letter.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificate of Destruction
form-destruction-statement = I confirm that the products listed below were destroyed as instructed in this notice.
form-destruction-product = Product
form-destruction-lot = Lot or serial number
form-destruction-quantity = Quantity destroyed
form-destruction-date = Date of destruction ({ date-placeholder })
form-destruction-method = Method of destruction

# Quantities on the reply form.
form-quantity-returned = Units returned
form-quantity-destroyed = Units destroyed
form-quantity-on-hand = Units on hand

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = OR:
deadline-by = by { $date }
form-reply-by = Please return this form by { $date }.
