### status: draft

# Lots, serial numbers and form pieces shared by every notice (Swedish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabell 2: Berörda satser och serienummer
lot-table-product = Produkt
lot-table-lot = Sats
lot-table-serial = Serienummer
lot-table-expiry = Utgångsdatum
lot-table-manufactured = Tillverkningsdatum
lot-table-udi = UDI
lot-serial-range = { $first } till och med { $last }
annex-lots-heading = Bilaga A: Berörda satser och serienummer
annex-lots-reference = De berörda satserna och serienumren anges i bilaga A i slutet av detta brev.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Intyg om destruktion
form-destruction-statement = Jag bekräftar att produkterna nedan har destruerats enligt instruktionerna i detta meddelande.
form-destruction-product = Produkt
form-destruction-lot = Sats- eller serienummer
form-destruction-quantity = Destruerad mängd
form-destruction-date = Datum för destruktion ({ date-placeholder })
form-destruction-method = Destruktionsmetod

# Quantities on the reply form.
form-quantity-returned = Returnerade enheter
form-quantity-destroyed = Destruerade enheter
form-quantity-on-hand = Enheter i lager

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ELLER:
deadline-by = senast { $date }
form-reply-by = Skicka tillbaka detta formulär senast { $date }.
