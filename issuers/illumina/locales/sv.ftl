### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice vd, global kvalitet
signatory-vp-regulatory-affairs = Vice vd, regulatoriska frågor

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Med ensamrätt. Alla varumärken tillhör Illumina, Inc. eller
    respektive ägare. Specifik information om varumärken finns
    på [www.illumina.com/company/legal.html]({ $link-legal }).
