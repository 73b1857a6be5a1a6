### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Varatoimitusjohtaja, maailmanlaajuinen laatu
signatory-vp-regulatory-affairs = Varatoimitusjohtaja, viranomaisasiat

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Kaikki oikeudet pidätetään. Kaikki tavaramerkit ovat
    Illumina, Inc:n tai niiden omistajien omaisuutta. Tarkempia tietoja tavaramerkeistä on
    osoitteessa [www.illumina.com/company/legal.html]({ $link-legal }).
