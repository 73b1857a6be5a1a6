### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepreședinte, Calitate globală
signatory-vp-regulatory-affairs = Vicepreședinte, Afaceri de reglementare

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Toate drepturile rezervate. Toate mărcile comerciale sunt
    proprietatea Illumina, Inc. sau a proprietarilor respectivi. Pentru informații specifice
    despre mărcile comerciale,
    consultați [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Această problemă a fost adusă la cunoștința organismelor de
    reglementare și a autorităților competente locale și internaționale.
form-salutation = { salutation }
form-q-received = Confirm că am primit notificarea { $notice-id } și că am citit și înțeles
    conținutul acesteia.
form-q-users-informed = Informațiile au fost aduse la cunoștința tuturor utilizatorilor
    relevanți.
form-q-customers-informed = Am informat clienții identificați cu privire la această rechemare.
form-intro-alternative = Alternativ, puteți trimite un e-mail Asistenței tehnice Illumina cu
    informațiile solicitate mai jos.
