### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice President of Global Quality
signatory-vp-regulatory-affairs = Vice President of Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle Rechte vorbehalten. Alle Marken sind Eigentum von
    Illumina, Inc. bzw. der jeweiligen Eigentümer. Spezifische Informationen zu Marken
    finden Sie unter [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Die vor Ort zuständigen Behörden sowie die zuständigen
    internationalen Stellen werden über dieses Problem in Kenntnis gesetzt.
form-salutation = { salutation }
form-q-received = Ich bestätige den Erhalt von { $notice-id } sowie die Kenntnisnahme des
    Inhalts.
form-q-users-informed = Sämtliche relevanten Benutzer haben die Informationen erhalten.
form-q-customers-informed = Ich habe die ermittelten Kunden über diesen Rückruf informiert.
form-intro-alternative = Selbstverständlich können Sie dem technischen Support von Illumina
    die unten angeforderten Informationen auch in einer E-Mail zukommen lassen.
