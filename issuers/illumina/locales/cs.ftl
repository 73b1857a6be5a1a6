### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viceprezident pro globální kvalitu
signatory-vp-regulatory-affairs = Viceprezident pro regulační záležitosti

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Všechna práva vyhrazena. Všechny ochranné známky jsou
    majetkem společnosti Illumina, Inc. nebo jejich příslušných vlastníků. Konkrétní informace
    o ochranných známkách naleznete na
    stránce [www.illumina.com/company/legal.html]({ $link-legal }).
