### status: draft

# Lots, serial numbers and form pieces shared by every notice (Polish).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Tabela 2: Partie i numery seryjne, których dotyczy
lot-table-product = Produkt
lot-table-lot = Partia
lot-table-serial = Numer seryjny
lot-table-expiry = Data ważności
lot-table-manufactured = Data produkcji
lot-table-udi = UDI
lot-serial-range = od { $first } do { $last }
annex-lots-heading = Załącznik A: Partie i numery seryjne, których dotyczy
annex-lots-reference = Partie i numery seryjne, których dotyczy, wymieniono w załączniku A na końcu niniejszego pisma.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Świadectwo zniszczenia
form-destruction-statement = Potwierdzam, że wymienione poniżej produkty zostały zniszczone zgodnie z instrukcjami zawartymi w niniejszym powiadomieniu.
form-destruction-product = Produkt
form-destruction-lot = Partia lub numer seryjny
form-destruction-quantity = Zniszczona ilość
form-destruction-date = Data zniszczenia ({ date-placeholder })
form-destruction-method = Metoda zniszczenia

# Quantities on the reply form.
form-quantity-returned = Zwrócone jednostki
form-quantity-destroyed = Zniszczone jednostki
form-quantity-on-hand = Jednostki w magazynie

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = LUB:
deadline-by = do { $date }
form-reply-by = Prosimy o odesłanie tego formularza do { $date }.
