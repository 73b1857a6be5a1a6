### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Slovenian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Trgovsko ime
field-fsca-id = Identifikator FSCA
field-action-type = Vrsta ukrepa
field-date = Datum
field-attention = V vednost
field-contact = Kontakt
field-fsn-type = Vrsta FSN
fsn-type-new = Novo FSN
fsn-type-update = Posodobitev prejšnjega FSN
fsn-type-follow-up = Nadaljevanje prejšnjega FSN
fsn-type-other = Drugo
field-previous-notice = Prejšnje FSN (sklic, datum)
field-key-information = Ključne nove informacije
field-reply-required = Potreben je odgovor stranke
field-reply-by = Odgovor do
field-inform-patients = Obvestiti je treba paciente ali laične uporabnike
field-manufacturer = Proizvajalec
field-address = Naslov
field-website = Spletno mesto
field-srn = Enotna registrska številka (SRN)
field-attachments = Priloge

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Podatki o pripomočku
eu-section-reason = Razlog za varnostni korektivni ukrep (FSCA)
eu-section-action = Vrsta ukrepa za zmanjšanje tveganja
eu-section-general = Splošne informacije
eu-section-transmission = Posredovanje tega varnostnega obvestila
eu-transmission = To obvestilo je treba posredovati vsem v vaši organizaciji, ki morajo biti
    z njim seznanjeni, in vsaki organizaciji, ki so ji bili predani potencialno prizadeti
    pripomočki.
eu-authority-informed = Pristojni (regulativni) organ vaše države je bil obveščen o tem
    sporočilu strankam.
eu-distributor-form = Obrazec za odgovor distributerja/uvoznika
eu-distributor-form-intro = Če ste distributer ali uvoznik, po posredovanju tega obvestila
    svojim strankam izpolnite tudi ta obrazec.
