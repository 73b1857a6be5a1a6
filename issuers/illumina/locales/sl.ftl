### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Podpredsednik za globalno kakovost
signatory-vp-regulatory-affairs = Podpredsednik za regulativne zadeve

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Vse pravice pridržane. Vse blagovne znamke so last družbe
    Illumina, Inc. ali njihovih zadevnih lastnikov. Podrobne informacije o blagovnih znamkah
    najdete na strani [www.illumina.com/company/legal.html]({ $link-legal }).
