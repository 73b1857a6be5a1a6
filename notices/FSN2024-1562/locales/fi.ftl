### status: draft

# FSN2024-1562 (Finnish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Taulukko 1: Asianomaiset tuotteet
product-table-udi-di = Yksilöllinen laitetunniste - Laitetunniste

# Introduction after the salutation, before Table 1.
intro = Illumina tiedottaa sinulle kyberturvallisuushaavoittuvuudesta, joka on havaittu
    asiakkaan toimittamien verkkotallennuslaitteiden, palvelinten ja/tai tietokoneiden sekä
    alla olevassa taulukossa 1 mainittujen tuotteiden välisessä tiedonsiirtoprotokollassa.
    Tässä ilmoituksessa esitetään yhteenveto ongelmasta, Illuminan toimenpiteistä ja
    asiakkaalta edellytettävistä toimenpiteistä.

# Issue summary.
summary-risk = Rutiininomaisten kyberturvallisuusanalyysien yhteydessä Illuminan
    tuoteturvallisuustiimi havaitsi hallitsemattoman tuoteturvallisuusriskin, joka liittyy
    taulukossa 1 mainittujen Illumina-tuotteiden ja asiakkaan toimittamien
    verkkotallennuslaitteiden, palvelinten ja/tai tietokoneiden väliseen
    tiedonsiirtoprotokollaan. Illumina on todennut, että jos suojattuja protokollia ei
    käytetä, luvaton toimija, jolla on jo etuoikeutetut käyttöoikeudet asiakkaan verkkoon,
    voisi siepata tätä tiedonsiirtoa ja hyödyntää sitä.
summary-exploitation = Jos luvaton toimija hyödyntäisi tätä haavoittuvuutta, toimija voisi
    mahdollisesti siepata ja muokata tiedostoja, mikä voisi johtaa siihen, että asiakkaan
    toimittamaan verkkolaitteeseen toimitetaan virheellisiä tuloksia, tulokset viivästyvät,
    tuloksia ei saada lainkaan tai tiedostot vioittuvat, ja/tai siihen, että siirrettyjen
    tiedostojen sisältämät potilastiedot paljastuvat.
summary-no-reports = Illumina ei ole toistaiseksi saanut yhtään ilmoitusta eikä sillä ole
    näyttöä siitä, että tätä haavoittuvuutta olisi hyödynnetty.

# Illumina actions.
issuer-actions-guidance = Illumina tarjoaa kyberturvallisuusohjeen, joka sisältää suosituksia
    siitä, miten asiakkaat voivat suojata sisäisen verkkonsa tiedonsiirron Illumina-tuotteen
    kanssa.
issuer-actions-risk = Jos näitä ohjeita ei noudateta tai järjestelmien suojaamisessa ei
    noudateta verkkoturvallisuuden parhaita käytäntöjä, organisaatiosi voi altistua edellä
    kuvatuille riskeille.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Toteuta riskienhallintatoimenpiteet kaikkien asianomaisten
    tuotteiden osalta seuraavasti:
customer-actions-download = Lataa ja lue [tämä](https://support.illumina.com/support-content/cyberguidance.html)
    kyberturvallisuusohje. Koko linkki on alla.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Jokainen asiakkaan verkkoon liitetty tuote: selvitä yhdessä
    organisaatiosi IT-osaston kanssa, mikä suojattu protokolla sopii parhaiten ympäristöösi,
    ja tee tarvittava määritysmuutos.
customer-actions-dual-mode = Huomaa: verkkoprotokollan muutos vaikuttaa sekä Dx- että
    RUO-tilaan samanaikaisesti, joten kumpaankin tilaan ei tarvitse käynnistää erikseen
    vaadittujen toimenpiteiden suorittamiseksi.
customer-actions-verification-form = Täytä ja palauta vahvistuslomake, kun olet suorittanut
    kaikki toimitettujen ohjeiden vaiheet jokaiselle tuotteellesi, joka on merkitty
    taulukossa 1 asianomaiseksi.
customer-actions-note = **HUOMAUTUS:** Jos epäilet, että luvaton käyttäjä on vaarantanut
    laitteesi, irrota verkkokaapeli välittömästi ja ota yhteyttä osoitteeseen
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jos havaitset asianomaisen tuotteen käyttöön liittyvän
    haittatapahtuman, joka johtuu tästä haavoittuvuudesta, ilmoita tapahtumasta FDA:n
    haittatapahtumien ilmoitusjärjestelmään (MedWatch Adverse Event Reporting) verkossa,
    tavallisella postilla tai faksilla.
    Voit täyttää ja lähettää ilmoituksen verkossa osoitteessa
    www.fda.gov/medwatch/report.htm. Yhdysvaltojen ulkopuolella ota yhteyttä paikalliseen
    sääntelyviranomaiseen.
closing-remarks = Illumina suhtautuu tietoturvaan erittäin vakavasti. Olemme sitoutuneet
    tukemaan sinua tämän haavoittuvuuden korjaamisessa. Jos sinulla on lisäkysymyksiä tai
    tarvitset apua, ota yhteyttä osoitteeseen techsupport@illumina.com. Sinuun voi ottaa
    yhteyttä myös kolmannen osapuolen palveluntarjoaja Illuminan puolesta varmistaakseen,
    että saat tarvitsemasi tuen.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Kaikki oikeudet pidätetään. Kaikki tavaramerkit ovat
    Illumina, Inc:n tai niiden omistajien omaisuutta. Tarkempia tietoja tavaramerkeistä on
    verkkosivulla [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Nämä ilmoitukset sisältävät olennaisia tietoja tuotteistamme eivätkä ne
    ole markkinointiviestintää. Siksi voit saada näitä ilmoituksia, vaikka olisit
    kieltäytynyt { $issuer }-yhtiön markkinointiviestinnästä. Jos et ole organisaatiosi oikea
    yhteyshenkilö tällaisten ilmoitusten vastaanottamiseen, voit peruuttaa ilmoitusten
    tilauksen täyttämällä ja [lähettämällä tämän lomakkeen]({ $link-unsubscribe }).
    Lisätietoja on [tietosuojakäytännössämme]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina on lähettänyt sinulle ilmoituksen { $notice-id } (kiireellinen
    lääkinnällisen laitteen takaisinveto) ongelmasta, joka vaikuttaa seuraaviin laitteisiin:
    NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina
    DRAGEN Server v4 ja VeriSeq Onsite Server v2.
form-intro-complete = Täytä alla oleva lomake vahvistaaksesi, että olet vastaanottanut
    ilmoituksen ja suorittanut tässä ilmoituksessa kuvatut asiakkaan toimenpiteet. Lähetä
    täytetty lomake sähköpostitse osoitteeseen techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Vahvistan, että kyberturvallisuusohje on ladattu ja luettu.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen tunnistanut asiakkaat, jotka ovat vastaanottaneet tai ovat
    saattaneet vastaanottaa asianomaisen tuotteen.
