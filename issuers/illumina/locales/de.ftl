### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice President of Global Quality
signatory-vp-regulatory-affairs = Vice President of Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle Rechte vorbehalten. Alle Marken sind Eigentum von
    Illumina, Inc. bzw. der jeweiligen Eigentümer. Spezifische Informationen zu Marken
    finden Sie unter [www.illumina.com/company/legal.html]({ $link-legal }).
