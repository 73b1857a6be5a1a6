### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Latvian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Tirdzniecības nosaukums
field-fsca-id = FSCA identifikators
field-action-type = Darbības veids
field-date = Datums
field-attention = Adresāts
field-contact = Kontaktinformācija
field-fsn-type = FSN veids
fsn-type-new = Jauns FSN
fsn-type-update = Iepriekšēja FSN atjauninājums
fsn-type-follow-up = Iepriekšēja FSN turpinājums
fsn-type-other = Cits
field-previous-notice = Iepriekšējais FSN (atsauce, datums)
field-key-information = Galvenā jaunā informācija
field-reply-required = Nepieciešama klienta atbilde
field-reply-by = Atbildēt līdz
field-inform-patients = Jāinformē pacienti vai nespeciālisti
field-manufacturer = Ražotājs
field-address = Adrese
field-website = Tīmekļa vietne
field-srn = Vienotais reģistrācijas numurs (SRN)
field-attachments = Pielikumi

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informācija par ierīci
eu-section-reason = Drošuma koriģējošās darbības (FSCA) iemesls
eu-section-action = Riska mazināšanas darbības veids
eu-section-general = Vispārīga informācija
eu-section-transmission = Šī drošuma paziņojuma nodošana
eu-transmission = Šis paziņojums jānodod visiem jūsu organizācijā, kam par to jāzina, kā arī
    jebkurai organizācijai, kurai ir nodotas potenciāli skartās ierīces.
eu-authority-informed = Jūsu valsts kompetentā (regulatīvā) iestāde ir informēta par šo
    paziņojumu klientiem.
eu-distributor-form = Izplatītāja/importētāja atbildes veidlapa
eu-distributor-form-intro = Ja esat izplatītājs vai importētājs, pēc šī paziņojuma nodošanas
    saviem klientiem aizpildiet arī šo veidlapu.
