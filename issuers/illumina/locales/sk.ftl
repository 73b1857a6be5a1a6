### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viceprezident pre globálnu kvalitu
signatory-vp-regulatory-affairs = Viceprezident pre regulačné záležitosti

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Všetky práva vyhradené. Všetky ochranné známky sú majetkom
    spoločnosti Illumina, Inc. alebo ich príslušných vlastníkov. Konkrétne informácie o
    ochranných známkach nájdete na
    stránke [www.illumina.com/company/legal.html]({ $link-legal }).
