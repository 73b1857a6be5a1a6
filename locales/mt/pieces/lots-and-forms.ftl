### status: draft

# Lots, serial numbers and form pieces shared by every notice (Maltese).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabella 2: Lottijiet u numri tas-serje affettwati
lot-table-product = Prodott
lot-table-lot = Lott
lot-table-serial = Numru tas-serje
lot-table-expiry = Data ta' skadenza
lot-table-manufactured = Data tal-manifattura
lot-table-udi = UDI
lot-serial-range = minn { $first } sa { $last }
annex-lots-heading = Anness A: Lottijiet u numri tas-serje affettwati
annex-lots-reference = Il-lottijiet u n-numri tas-serje affettwati huma elenkati fl-Anness A fl-aħħar ta' din l-ittra.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Ċertifikat tal-qerda
form-destruction-statement = Nikkonferma li l-prodotti elenkati hawn taħt inqerdu skont l-istruzzjonijiet ta' dan l-avviż.
form-destruction-product = Prodott
form-destruction-lot = Lott jew numru tas-serje
form-destruction-quantity = Kwantità meqruda
form-destruction-date = Data tal-qerda ({ date-placeholder })
form-destruction-method = Metodu tal-qerda

# Quantities on the reply form.
form-quantity-returned = Unitajiet ritornati
form-quantity-destroyed = Unitajiet meqruda
form-quantity-on-hand = Unitajiet fil-ħażna

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = JEW:
deadline-by = sa { $date }
form-reply-by = Jekk jogħġbok irritorna din il-formola sa { $date }.
