### status: draft

# Lots, serial numbers and form pieces shared by every notice (Portuguese).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabela 2: Lotes e números de série afetados
lot-table-product = Produto
lot-table-lot = Lote
lot-table-serial = Número de série
lot-table-expiry = Prazo de validade
lot-table-manufactured = Data de fabrico
lot-table-udi = UDI
lot-serial-range = de { $first } a { $last }
annex-lots-heading = Anexo A: Lotes e números de série afetados
annex-lots-reference = Os lotes e números de série afetados constam do anexo A, no final desta carta.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificado de destruição
form-destruction-statement = Confirmo que os produtos abaixo indicados foram destruídos de acordo com as instruções do presente aviso.
form-destruction-product = Produto
form-destruction-lot = Lote ou número de série
form-destruction-quantity = Quantidade destruída
form-destruction-date = Data de destruição ({ date-placeholder })
form-destruction-method = Método de destruição

# Quantities on the reply form.
form-quantity-returned = Unidades devolvidas
form-quantity-destroyed = Unidades destruídas
form-quantity-on-hand = Unidades em stock

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = OU:
deadline-by = até { $date }
form-reply-by = Devolva este formulário até { $date }.
