### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Pasaulinės kokybės viceprezidentas
signatory-vp-regulatory-affairs = Reguliavimo reikalų viceprezidentas

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Visos teisės saugomos. Visi prekių ženklai priklauso
    bendrovei Illumina, Inc. arba atitinkamiems jų savininkams. Konkrečios informacijos apie
    prekių ženklus rasite svetainėje [www.illumina.com/company/legal.html]({ $link-legal }).
