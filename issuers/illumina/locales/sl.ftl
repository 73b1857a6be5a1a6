### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Podpredsednik za globalno kakovost
signatory-vp-regulatory-affairs = Podpredsednik za regulativne zadeve

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Vse pravice pridržane. Vse blagovne znamke so last družbe
    Illumina, Inc. ali njihovih zadevnih lastnikov. Podrobne informacije o blagovnih znamkah
    najdete na strani [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = O tej težavi so bili obveščeni lokalni in mednarodni
    regulativni organi ter pristojni organi.
form-salutation = { salutation }
form-q-received = Potrjujem, da sem prejel(-a) obvestilo { $notice-id } ter prebral(-a) in
    razumel(-a) njegovo vsebino.
form-q-users-informed = Z informacijami so bili seznanjeni vsi ustrezni uporabniki.
form-q-customers-informed = Opredeljene stranke sem obvestil(-a) o tem odpoklicu.
form-intro-alternative = Lahko pa tehnični podpori družbe Illumina pošljete e-poštno
    sporočilo s spodaj zahtevanimi podatki.
