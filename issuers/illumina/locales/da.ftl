### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicedirektør, global kvalitet
signatory-vp-regulatory-affairs = Vicedirektør, regulatoriske anliggender

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle rettigheder forbeholdes. Alle varemærker tilhører
    Illumina, Inc. eller deres respektive ejere. Du kan finde specifikke oplysninger om
    varemærker på [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Lokale og internationale tilsynsmyndigheder og kompetente
    myndigheder er blevet gjort opmærksomme på dette problem.
form-salutation = { salutation }
form-q-received = Jeg bekræfter, at jeg har modtaget { $notice-id } og har læst og forstået
    indholdet.
form-q-users-informed = Oplysningerne er blevet gjort kendt for alle relevante brugere.
form-q-customers-informed = Jeg har informeret de identificerede kunder om denne
    tilbagekaldelse.
form-intro-alternative = Du kan også sende en e-mail til Illuminas tekniske support med de
    oplysninger, der anmodes om nedenfor.
