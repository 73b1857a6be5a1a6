### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Danish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Handelsnavn
field-fsca-id = FSCA-id
field-action-type = Type af handling
field-date = Dato
field-attention = Til
field-contact = Kontakt
field-fsn-type = Type af FSN
fsn-type-new = Ny FSN
fsn-type-update = Opdatering af en tidligere FSN
fsn-type-follow-up = Opfølgning på en tidligere FSN
fsn-type-other = Andet
field-previous-notice = Tidligere FSN (reference, dato)
field-key-information = Vigtigste nye oplysninger
field-reply-required = Svar fra kunden påkrævet
field-reply-by = Svar senest
field-inform-patients = Patienter eller lægpersoner skal informeres
field-manufacturer = Fabrikant
field-address = Adresse
field-website = Websted
field-srn = Individuelt registreringsnummer (SRN)
field-attachments = Bilag

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Oplysninger om udstyret
eu-section-reason = Årsag til den sikkerhedsmæssige korrigerende handling (FSCA)
eu-section-action = Type af handling for at mindske risikoen
eu-section-general = Generelle oplysninger
eu-section-transmission = Videregivelse af denne sikkerhedsmeddelelse
eu-transmission = Denne meddelelse skal videregives til alle i din organisation, som skal
    kende til den, og til enhver organisation, som det potentielt berørte udstyr er overdraget
    til.
eu-authority-informed = Den kompetente myndighed i dit land er blevet underrettet om denne
    meddelelse til kunderne.
eu-distributor-form = Svarformular for distributører/importører
eu-distributor-form-intro = Hvis du er distributør eller importør, skal du også udfylde
    denne formular, når du har videregivet denne meddelelse til dine kunder.
