### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Potpredsjednik za globalnu kvalitetu
signatory-vp-regulatory-affairs = Potpredsjednik za regulatorne poslove

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Sva prava pridržana. Svi zaštitni znakovi vlasništvo su
    tvrtke Illumina, Inc. ili njihovih odgovarajućih vlasnika. Posebne informacije o zaštitnim
    znakovima potražite na stranici [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = O ovom su problemu obaviještena lokalna i međunarodna regulatorna
    tijela te nadležna tijela.
form-salutation = { salutation }
form-q-received = Potvrđujem da sam primio/la obavijest { $notice-id } te da sam pročitao/la i
    razumio/la njezin sadržaj.
form-q-users-informed = Svi relevantni korisnici upoznati su s ovim informacijama.
form-q-customers-informed = Obavijestio/la sam utvrđene korisnike o ovom povlačenju.
form-intro-alternative = Umjesto toga možete poslati e-poruku tehničkoj podršci tvrtke Illumina
    s podacima koji se traže u nastavku.
