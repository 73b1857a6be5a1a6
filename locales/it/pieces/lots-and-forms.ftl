### status: draft

# Lots, serial numbers and form pieces shared by every notice (Italian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabella 2: Lotti e numeri di serie interessati
lot-table-product = Prodotto
lot-table-lot = Lotto
lot-table-serial = Numero di serie
lot-table-expiry = Data di scadenza
lot-table-manufactured = Data di fabbricazione
lot-table-udi = UDI
lot-serial-range = da { $first } a { $last }
annex-lots-heading = Allegato A: Lotti e numeri di serie interessati
annex-lots-reference = I lotti e i numeri di serie interessati sono elencati nell'Allegato A alla fine della presente lettera.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificato di distruzione
form-destruction-statement = Confermo che i prodotti elencati di seguito sono stati distrutti secondo le istruzioni del presente avviso.
form-destruction-product = Prodotto
form-destruction-lot = Lotto o numero di serie
form-destruction-quantity = Quantità distrutta
form-destruction-date = Data di distruzione ({ date-placeholder })
form-destruction-method = Metodo di distruzione

# Quantities on the reply form.
form-quantity-returned = Unità restituite
form-quantity-destroyed = Unità distrutte
form-quantity-on-hand = Unità in giacenza

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = OPPURE:
deadline-by = entro il { $date }
form-reply-by = Restituire il presente modulo entro il { $date }.
