### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Polish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Nazwa handlowa
field-fsca-id = Identyfikator FSCA
field-action-type = Rodzaj działania
field-date = Data
field-attention = Do wiadomości
field-contact = Kontakt
field-fsn-type = Rodzaj FSN
fsn-type-new = Nowa FSN
fsn-type-update = Aktualizacja wcześniejszej FSN
fsn-type-follow-up = Kontynuacja wcześniejszej FSN
fsn-type-other = Inne
field-previous-notice = Poprzednia FSN (numer referencyjny, data)
field-key-information = Najważniejsze nowe informacje
field-reply-required = Wymagana odpowiedź klienta
field-reply-by = Odpowiedź do
field-inform-patients = Należy poinformować pacjentów lub użytkowników niebędących
    profesjonalistami
field-manufacturer = Producent
field-address = Adres
field-website = Strona internetowa
field-srn = Pojedynczy numer rejestracyjny (SRN)
field-attachments = Załączniki

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informacje o wyrobie
eu-section-reason = Przyczyna zewnętrznego działania korygującego dotyczącego bezpieczeństwa
    (FSCA)
eu-section-action = Rodzaj działania w celu ograniczenia ryzyka
eu-section-general = Informacje ogólne
eu-section-transmission = Przekazanie niniejszej notatki bezpieczeństwa
eu-transmission = Niniejszą notatkę należy przekazać wszystkim osobom w Państwa organizacji,
    które powinny się z nią zapoznać, oraz każdej organizacji, do której przekazano potencjalnie
    objęte nią wyroby.
eu-authority-informed = Właściwy organ (regulacyjny) Państwa kraju został poinformowany o
    niniejszym komunikacie dla klientów.
eu-distributor-form = Formularz odpowiedzi dla dystrybutorów/importerów
eu-distributor-form-intro = Jeżeli są Państwo dystrybutorem lub importerem, prosimy wypełnić
    również ten formularz po przekazaniu niniejszej notatki swoim klientom.
