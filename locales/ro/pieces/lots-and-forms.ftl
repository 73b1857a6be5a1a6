### status: draft

# Lots, serial numbers and form pieces shared by every notice (Romanian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabelul 2: Loturi și numere de serie afectate
lot-table-product = Produs
lot-table-lot = Lot
lot-table-serial = Număr de serie
lot-table-expiry = Data expirării
lot-table-manufactured = Data fabricației
lot-table-udi = UDI
lot-serial-range = de la { $first } până la { $last }
annex-lots-heading = Anexa A: Loturi și numere de serie afectate
annex-lots-reference = Loturile și numerele de serie afectate sunt enumerate în anexa A de la sfârșitul acestei scrisori.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Certificat de distrugere
form-destruction-statement = Confirm că produsele enumerate mai jos au fost distruse conform instrucțiunilor din prezenta notificare.
form-destruction-product = Produs
form-destruction-lot = Lot sau număr de serie
form-destruction-quantity = Cantitate distrusă
form-destruction-date = Data distrugerii ({ date-placeholder })
form-destruction-method = Metoda de distrugere

# Quantities on the reply form.
form-quantity-returned = Unități returnate
form-quantity-destroyed = Unități distruse
form-quantity-on-hand = Unități în stoc

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = SAU:
deadline-by = până la { $date }
form-reply-by = Vă rugăm să returnați acest formular până la { $date }.
