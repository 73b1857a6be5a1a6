### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Croatian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Trgovački naziv
field-fsca-id = Identifikator FSCA
field-action-type = Vrsta radnje
field-date = Datum
field-attention = Na pozornost
field-contact = Kontakt
field-fsn-type = Vrsta FSN-a
fsn-type-new = Nova FSN
fsn-type-update = Ažuriranje prethodne FSN
fsn-type-follow-up = Nastavak prethodne FSN
fsn-type-other = Ostalo
field-previous-notice = Prethodna FSN (referenca, datum)
field-key-information = Ključne nove informacije
field-reply-required = Potreban je odgovor kupca
field-reply-by = Odgovoriti do
field-inform-patients = Potrebno je obavijestiti pacijente ili laike
field-manufacturer = Proizvođač
field-address = Adresa
field-website = Mrežna stranica
field-srn = Jedinstveni registracijski broj (SRN)
field-attachments = Prilozi

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informacije o proizvodu
eu-section-reason = Razlog za sigurnosnu korektivnu radnju (FSCA)
eu-section-action = Vrsta radnje za smanjenje rizika
eu-section-general = Opće informacije
eu-section-transmission = Prosljeđivanje ove sigurnosne obavijesti
eu-transmission = Ovu obavijest potrebno je proslijediti svima u vašoj organizaciji koji s
    njom moraju biti upoznati te svakoj organizaciji kojoj su potencijalno zahvaćeni proizvodi
    preneseni.
eu-authority-informed = Nadležno (regulatorno) tijelo vaše zemlje obaviješteno je o ovoj
    obavijesti kupcima.
eu-distributor-form = Obrazac za odgovor distributera/uvoznika
eu-distributor-form-intro = Ako ste distributer ili uvoznik, nakon prosljeđivanja ove
    obavijesti svojim kupcima ispunite i ovaj obrazac.
