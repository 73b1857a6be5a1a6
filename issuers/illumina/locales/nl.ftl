### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresident Global Quality
signatory-vp-regulatory-affairs = Vicepresident Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle rechten voorbehouden. Alle handelsmerken zijn eigendom
    van Illumina, Inc. of hun respectieve eigenaren.
    Zie [www.illumina.com/company/legal.html]({ $link-legal }) voor specifieke informatie over
    handelsmerken.
