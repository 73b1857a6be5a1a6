### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Varatoimitusjohtaja, maailmanlaajuinen laatu
signatory-vp-regulatory-affairs = Varatoimitusjohtaja, viranomaisasiat

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Kaikki oikeudet pidätetään. Kaikki tavaramerkit ovat
    Illumina, Inc:n tai niiden omistajien omaisuutta. Tarkempia tietoja tavaramerkeistä on
    osoitteessa [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Tästä ongelmasta on ilmoitettu paikallisille ja kansainvälisille
    sääntelyelimille ja toimivaltaisille viranomaisille.
form-salutation = { salutation }
form-q-received = Vahvistan, että olen vastaanottanut ilmoituksen { $notice-id } sekä lukenut
    ja ymmärtänyt sen sisällön.
form-q-users-informed = Tiedot on saatettu kaikkien asiaankuuluvien käyttäjien tietoon.
form-q-customers-informed = Olen ilmoittanut tunnistetuille asiakkaille tästä
    takaisinvedosta.
form-intro-alternative = Vaihtoehtoisesti voit lähettää Illuminan tekniselle tuelle
    sähköpostiviestin, jossa annat alla pyydetyt tiedot.
