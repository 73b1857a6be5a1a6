### status: draft

# Shared wording of the regulatory facts and of the EU template layout (German).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Handelsname
field-fsca-id = FSCA-Kennung
field-action-type = Art der Maßnahme
field-date = Datum
field-attention = Zur Kenntnisnahme durch
field-contact = Kontakt
field-fsn-type = Art der FSN
fsn-type-new = Neue FSN
fsn-type-update = Aktualisierung einer früheren FSN
fsn-type-follow-up = Nachtrag zu einer früheren FSN
fsn-type-other = Sonstiges
field-previous-notice = Frühere FSN (Referenz, Datum)
field-key-information = Wesentliche neue Informationen
field-reply-required = Antwort des Kunden erforderlich
field-reply-by = Antwort bis
field-inform-patients = Patienten oder Laien sind zu informieren
field-manufacturer = Hersteller
field-address = Anschrift
field-website = Website
field-srn = Einmalige Registrierungsnummer (SRN)
field-attachments = Anlagen

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Angaben zum Produkt
eu-section-reason = Grund für die Sicherheitskorrekturmaßnahme im Feld (FSCA)
eu-section-action = Art der Maßnahme zur Minderung des Risikos
eu-section-general = Allgemeine Informationen
eu-section-transmission = Weitergabe dieser Sicherheitsmitteilung
eu-transmission = Diese Mitteilung muss an alle Personen in Ihrer Organisation weitergegeben
    werden, die davon Kenntnis haben müssen, sowie an jede Organisation, an die die
    möglicherweise betroffenen Produkte abgegeben wurden.
eu-authority-informed = Die zuständige (Regulierungs-)Behörde Ihres Landes wurde über diese
    Mitteilung an die Kunden informiert.
eu-distributor-form = Antwortformular für Händler/Importeure
eu-distributor-form-intro = Wenn Sie Händler oder Importeur sind, füllen Sie bitte auch
    dieses Formular aus, nachdem Sie diese Mitteilung an Ihre Kunden weitergegeben haben.
