### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice vd, global kvalitet
signatory-vp-regulatory-affairs = Vice vd, regulatoriska frågor

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Med ensamrätt. Alla varumärken tillhör Illumina, Inc. eller
    respektive ägare. Specifik information om varumärken finns
    på [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Lokala och internationella tillsynsorgan och behöriga myndigheter
    har informerats om detta problem.
form-salutation = { salutation }
form-q-received = Jag bekräftar att jag har tagit emot { $notice-id } och att jag har läst och
    förstått innehållet.
form-q-users-informed = Informationen har delgetts alla relevanta användare.
form-q-customers-informed = Jag har informerat de identifierade kunderna om denna
    återkallelse.
form-intro-alternative = Du kan också skicka ett e-postmeddelande till Illuminas tekniska
    support med den information som efterfrågas nedan.
