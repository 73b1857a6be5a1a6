### status: draft

# Lots, serial numbers and form pieces shared by every notice (German).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabelle 2: Betroffene Chargen und Seriennummern
lot-table-product = Produkt
lot-table-lot = Charge
lot-table-serial = Seriennummer
lot-table-expiry = Verfallsdatum
lot-table-manufactured = Herstellungsdatum
lot-table-udi = UDI
lot-serial-range = { $first } bis { $last }
annex-lots-heading = Anhang A: Betroffene Chargen und Seriennummern
annex-lots-reference = Die betroffenen Chargen und Seriennummern sind in Anhang A am Ende dieses Schreibens aufgeführt.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Vernichtungsbescheinigung
form-destruction-statement = Ich bestätige, dass die unten aufgeführten Produkte gemäß den Anweisungen dieser Mitteilung vernichtet wurden.
form-destruction-product = Produkt
form-destruction-lot = Charge oder Seriennummer
form-destruction-quantity = Vernichtete Menge
form-destruction-date = Datum der Vernichtung ({ date-placeholder })
form-destruction-method = Art der Vernichtung

# Quantities on the reply form.
form-quantity-returned = Zurückgesandte Einheiten
form-quantity-destroyed = Vernichtete Einheiten
form-quantity-on-hand = Vorhandene Einheiten

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ODER:
deadline-by = bis { $date }
form-reply-by = Bitte senden Sie dieses Formular bis { $date } zurück.
