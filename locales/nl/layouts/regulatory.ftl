### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Dutch).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Handelsnaam
field-fsca-id = FSCA-kenmerk
field-action-type = Soort actie
field-date = Datum
field-attention = Ter attentie van
field-contact = Contact
field-fsn-type = Soort FSN
fsn-type-new = Nieuwe FSN
fsn-type-update = Bijwerking van een eerdere FSN
fsn-type-follow-up = Vervolg op een eerdere FSN
fsn-type-other = Overig
field-previous-notice = Vorige FSN (referentie, datum)
field-key-information = Belangrijkste nieuwe informatie
field-reply-required = Antwoord van de klant vereist
field-reply-by = Antwoord uiterlijk op
field-inform-patients = Patiënten of leken moeten worden geïnformeerd
field-manufacturer = Fabrikant
field-address = Adres
field-website = Website
field-srn = Uniek registratienummer (SRN)
field-attachments = Bijlagen

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informatie over het hulpmiddel
eu-section-reason = Reden voor de corrigerende veiligheidsactie in het veld (FSCA)
eu-section-action = Soort actie om het risico te beperken
eu-section-general = Algemene informatie
eu-section-transmission = Doorgeven van dit veiligheidsbericht
eu-transmission = Dit bericht moet worden doorgegeven aan iedereen in uw organisatie die
    ervan op de hoogte moet zijn, en aan elke organisatie waaraan de mogelijk betrokken
    hulpmiddelen zijn overgedragen.
eu-authority-informed = De bevoegde (regelgevende) autoriteit van uw land is op de hoogte
    gebracht van deze mededeling aan klanten.
eu-distributor-form = Antwoordformulier voor distributeurs/importeurs
eu-distributor-form-intro = Bent u distributeur of importeur, vul dan ook dit formulier in
    nadat u dit bericht aan uw klanten hebt doorgegeven.
