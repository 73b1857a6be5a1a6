### status: draft

# Lots, serial numbers and form pieces shared by every notice (Irish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tábla 2: Baisceanna agus sraithuimhreacha lena mbaineann
lot-table-product = Táirge
lot-table-lot = Baisc
lot-table-serial = Sraithuimhir
lot-table-expiry = Dáta éaga
lot-table-manufactured = Dáta déantúsaíochta
lot-table-udi = UDI
lot-serial-range = ó { $first } go { $last }
annex-lots-heading = Iarscríbhinn A: Baisceanna agus sraithuimhreacha lena mbaineann
annex-lots-reference = Tá na baisceanna agus na sraithuimhreacha lena mbaineann liostaithe in Iarscríbhinn A ag deireadh na litreach seo.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Deimhniú scriosta
form-destruction-statement = Deimhním gur scriosadh na táirgí atá liostaithe thíos de réir na dtreoracha san fhógra seo.
form-destruction-product = Táirge
form-destruction-lot = Baisc nó sraithuimhir
form-destruction-quantity = Cainníocht a scriosadh
form-destruction-date = Dáta an scriosta ({ date-placeholder })
form-destruction-method = Modh scriosta

# Quantities on the reply form.
form-quantity-returned = Aonaid a seoladh ar ais
form-quantity-destroyed = Aonaid a scriosadh
form-quantity-on-hand = Aonaid ar láimh

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = NÓ:
deadline-by = faoi { $date }
form-reply-by = Seol an fhoirm seo ar ais faoi { $date }.
