### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Estonian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Kaubanduslik nimetus
field-fsca-id = FSCA identifikaator
field-action-type = Meetme liik
field-date = Kuupäev
field-attention = Kellele
field-contact = Kontakt
field-fsn-type = FSN-i liik
fsn-type-new = Uus FSN
fsn-type-update = Varasema FSN-i ajakohastus
fsn-type-follow-up = Varasema FSN-i järelteade
fsn-type-other = Muu
field-previous-notice = Eelmine FSN (viide, kuupäev)
field-key-information = Peamine uus teave
field-reply-required = Kliendi vastus on nõutav
field-reply-by = Vastata hiljemalt
field-inform-patients = Patsiente või tavakasutajaid tuleb teavitada
field-manufacturer = Tootja
field-address = Aadress
field-website = Veebisait
field-srn = Ühtne registreerimisnumber (SRN)
field-attachments = Lisad

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Teave seadme kohta
eu-section-reason = Ohutusalase parandusmeetme (FSCA) põhjus
eu-section-action = Riski vähendamise meetme liik
eu-section-general = Üldteave
eu-section-transmission = Käesoleva ohutusteatise edastamine
eu-transmission = See teatis tuleb edastada kõigile teie organisatsiooni töötajatele, kes
    peavad sellest teadma, ning igale organisatsioonile, kellele võimalikult mõjutatud seadmed
    on üle antud.
eu-authority-informed = Teie riigi pädevat (reguleerivat) asutust on sellest klientidele
    suunatud teatisest teavitatud.
eu-distributor-form = Turustaja/importija vastusevorm
eu-distributor-form-intro = Kui olete turustaja või importija, täitke pärast käesoleva
    teatise edastamist oma klientidele ka see vorm.
