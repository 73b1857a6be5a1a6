### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresident Global Quality
signatory-vp-regulatory-affairs = Vicepresident Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle rechten voorbehouden. Alle handelsmerken zijn eigendom
    van Illumina, Inc. of hun respectieve eigenaren.
    Zie [www.illumina.com/company/legal.html]({ $link-legal }) voor specifieke informatie over
    handelsmerken.

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Dit probleem is onder de aandacht gebracht van lokale en
    internationale regelgevende instanties en bevoegde autoriteiten.
form-salutation = { salutation }
form-q-received = Ik bevestig dat ik { $notice-id } heb ontvangen en de inhoud ervan heb
    gelezen en begrepen.
form-q-users-informed = De informatie is onder de aandacht gebracht van alle relevante
    gebruikers.
form-q-customers-informed = Ik heb de geïdentificeerde klanten op de hoogte gebracht van deze
    terugroepactie.
form-intro-alternative = U kunt ook een e-mail met de hieronder gevraagde informatie sturen
    naar de technische ondersteuning van Illumina.
