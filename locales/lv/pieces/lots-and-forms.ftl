### status: draft

# Lots, serial numbers and form pieces shared by every notice (Latvian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = 2. tabula: Skartās partijas un sērijas numuri
lot-table-product = Produkts
lot-table-lot = Partija
lot-table-serial = Sērijas numurs
lot-table-expiry = Derīguma termiņš
lot-table-manufactured = Ražošanas datums
lot-table-udi = UDI
lot-serial-range = no { $first } līdz { $last }
annex-lots-heading = A pielikums: Skartās partijas un sērijas numuri
annex-lots-reference = Skartās partijas un sērijas numuri ir uzskaitīti šīs vēstules beigās A pielikumā.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Iznīcināšanas apliecinājums
form-destruction-statement = Apliecinu, ka turpmāk uzskaitītie produkti ir iznīcināti saskaņā ar šī paziņojuma norādījumiem.
form-destruction-product = Produkts
form-destruction-lot = Partija vai sērijas numurs
form-destruction-quantity = Iznīcinātais daudzums
form-destruction-date = Iznīcināšanas datums ({ date-placeholder })
form-destruction-method = Iznīcināšanas veids

# Quantities on the reply form.
form-quantity-returned = Atgrieztās vienības
form-quantity-destroyed = Iznīcinātās vienības
form-quantity-on-hand = Vienības krājumā

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = VAI:
deadline-by = līdz { $date }
form-reply-by = Lūdzu, nosūtiet šo veidlapu atpakaļ līdz { $date }.
