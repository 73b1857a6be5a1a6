### status: draft

# Lots, serial numbers and form pieces shared by every notice (Spanish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabla 2: Lotes y números de serie afectados
lot-table-product = Producto
lot-table-lot = Lote
lot-table-serial = Número de serie
lot-table-expiry = Fecha de caducidad
lot-table-manufactured = Fecha de fabricación
lot-table-udi = UDI
lot-serial-range = de { $first } a { $last }
annex-lots-heading = Anexo A: Lotes y números de serie afectados
annex-lots-reference = Los lotes y números de serie afectados se enumeran en el anexo A, al final de esta carta.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificado de destrucción
form-destruction-statement = Confirmo que los productos que se indican a continuación se han destruido según las instrucciones de este aviso.
form-destruction-product = Producto
form-destruction-lot = Lote o número de serie
form-destruction-quantity = Cantidad destruida
form-destruction-date = Fecha de destrucción ({ date-placeholder })
form-destruction-method = Método de destrucción

# Quantities on the reply form.
form-quantity-returned = Unidades devueltas
form-quantity-destroyed = Unidades destruidas
form-quantity-on-hand = Unidades en existencia

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = O:
deadline-by = antes del { $date }
form-reply-by = Devuelva este formulario antes del { $date }.
