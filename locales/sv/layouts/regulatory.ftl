### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Swedish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Handelsnamn
field-fsca-id = FSCA-identitet
field-action-type = Typ av åtgärd
field-date = Datum
field-attention = För kännedom till
field-contact = Kontakt
field-fsn-type = Typ av FSN
fsn-type-new = Ny FSN
fsn-type-update = Uppdatering av en tidigare FSN
fsn-type-follow-up = Uppföljning av en tidigare FSN
fsn-type-other = Annat
field-previous-notice = Tidigare FSN (referens, datum)
field-key-information = Viktigaste nya information
field-reply-required = Svar från kunden krävs
field-reply-by = Svara senast
field-inform-patients = Patienter eller lekmän ska informeras
field-manufacturer = Tillverkare
field-address = Adress
field-website = Webbplats
field-srn = Unikt registreringsnummer (SRN)
field-attachments = Bilagor

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Information om produkten
eu-section-reason = Orsak till den säkerhetsrelaterade korrigerande åtgärden (FSCA)
eu-section-action = Typ av åtgärd för att minska risken
eu-section-general = Allmän information
eu-section-transmission = Vidarebefordran av detta säkerhetsmeddelande
eu-transmission = Detta meddelande ska vidarebefordras till alla i er organisation som
    behöver känna till det, och till varje organisation som de potentiellt berörda produkterna
    har överlåtits till.
eu-authority-informed = Den behöriga myndigheten i ert land har informerats om detta
    meddelande till kunderna.
eu-distributor-form = Svarsformulär för distributörer/importörer
eu-distributor-form-intro = Om ni är distributör eller importör ska ni också fylla i detta
    formulär när ni har vidarebefordrat meddelandet till era kunder.
