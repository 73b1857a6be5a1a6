### status: draft

# FSN2022-1230 (Finnish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = KIIREELLINEN LÄÄKINNÄLLISEN LAITTEEN TAKAISINVETO

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx -laite
product-miseqdx = MiSeqDx-laite

# Table of affected products: this notice's column headings.
product-table-name = Tuotteen/laitteen nimi
product-table-udi-di = Laitetunniste

# Introduction after the salutation, before Table 1.
intro = Illumina tiedottaa sinulle kyberturvallisuushaavoittuvuudesta, joka on havaittu
    NextSeq™ 550Dx- ja MiSeq™Dx-laitteiden LRM-ohjelmistossa (Local Run Manager). Tässä
    ilmoituksessa esitetään yhteenveto ongelmasta, Illuminan toimenpiteistä ja asiakkaalta
    edellytettävistä toimenpiteistä.

# Issue summary.
summary-vulnerability = Illumina on havainnut kyberturvallisuushaavoittuvuuden
    LRM-ohjelmistossa (Local Run Manager), jota käytetään taulukossa 1 mainituissa
    in vitro -diagnostiikkaan tarkoitetuissa sekvensointilaitteissa.
summary-no-reports = Illumina ei ole toistaiseksi saanut ilmoituksia siitä, että tätä
    haavoittuvuutta olisi hyödynnetty.
summary-exploitation = Luvaton käyttäjä voisi mahdollisesti hyödyntää haavoittuvuutta
    ottaakseen laitteen hallintaansa etäyhteyden kautta ja suorittaakseen sitten toimintoja
    käyttöjärjestelmätasolla; tällaiset toiminnot voisivat vaikuttaa laitteen tai asiakkaan
    verkon asetuksiin, määrityksiin, ohjelmistoihin tai tietoihin. Haavoittuvuuden
    hyödyntäminen voisi johtaa siihen, että tuloksia ei muodostu, muodostuu virheellisiä
    tuloksia, tiedostot vaarantuvat tai potilastietoja paljastuu. Haavoittuvuuden
    hyödyntäminen edellä kuvatulla tavalla voi aiheuttaa mahdollisen riskin potilaiden
    terveydelle.

# Illumina actions.
issuer-actions-patch = Illumina on kehittänyt korjauspäivityksen, joka estää tämän
    haavoittuvuuden hyödyntämisen. Kehitämme parhaillaan pysyvää ohjelmistokorjausta
    nykyisiin ja tuleviin laitteisiin.
issuer-actions-download = Internetiin yhdistettyjä laitteita varten korjauspäivitys on nyt
    ladattavissa (lataussivuston osoite on annettu jäljempänä osiossa ”Asiakkaan
    toimenpiteet”). Illumina suosittelee, että asiakkaat lataavat korjauspäivityksen
    välittömästi ja asentavat sen kaikkiin asianomaisiin laitteisiin.
issuer-actions-offline = Illumina on kehittänyt vaihtoehtoisia tapoja korjauspäivityksen
    asentamiseksi asianomaisiin LRM-tuotteisiin, joita ei ole yhdistetty internetiin. Saat
    lisätietoja näistä vaihtoehdoista ottamalla mahdollisimman pian yhteyttä tekniseen tukeen
    osoitteessa techsupport@illumina.com.
issuer-actions-questions = Jos sinulla on lisäkysymyksiä tai tarvitset apua, ota yhteyttä
    osoitteeseen techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Huomaa: asianomaisissa laitteissa on kaksoiskäynnistystila
    (dual boot), ja korjauspäivitys on tärkeää asentaa erikseen kunkin laitteen kumpaankin
    tilaan (Dx ja RUO). Korjauspäivitys on tärkeää asentaa myös kaikkiin erillisiin
    LRM-asennuksiin, joita ei ole integroitu laitteeseen ja joita käytetään RUO-tilassa
    Dx-laitteissa.

# Step 1 and its three paragraphs.
step-internet = Internetiin yhdistetyt laitteet: lataa tässä osoitteessa saatavilla oleva
    korjauspäivitys välittömästi ja asenna se kuhunkin asianomaiseen laitteeseen kumpaankin
    tilaan (Dx-tila ja RUO-tila) ja/tai kuhunkin erilliseen LRM-asennukseen, jota ei ole
    integroitu laitteeseen ja jota käytetään RUO-tilassa Dx-laitteissa.
step-internet-backup = Suosittelemme varmuuskopioimaan tiedot ennen korjauspäivityksen
    asentamista.
step-internet-address = Paremman suojauksen vuoksi Illumina antaa sivuston osoitteen tällä
    hetkellä vain asiakkaille, joilla on asianomaisia tuotteita, sekä sääntelyviranomaisille.
step-internet-form = Täytä ja palauta alla oleva vahvistuslomake 5 arkipäivän kuluessa.

# Step 2 and its paragraph.
step-offline = Laitteet, joita ei ole yhdistetty internetiin: pyydä ohjeita korjauspäivityksen
    muista asennustavoista osoitteesta techsupport@illumina.com.
step-offline-form = Täytä ja palauta alla oleva vahvistuslomake välittömästi
    korjauspäivityksen asentamisen jälkeen.

# Step 3.
step-permanent-fix = Pysyvä ohjelmistokorjaus: kun ohjelmistopäivitys, joka korjaa tämän
    haavoittuvuuden pysyvästi, on saatavilla, asenna se. Lisätietoja tästä
    ohjelmistopäivityksestä lähetetään erillisessä tiedotteessa.

# Customer actions: the two notes.
customer-actions-note-web-ui = **HUOMAUTUS:** Korjauspäivityksen asentaminen estää etäkäytön
    LRM:n verkkokäyttöliittymään (web UI) ja korvaa nykyisen LRM-käyttöoppaan; kaikki muut
    laitteen olennaiset toiminnot pysyvät ennallaan. Asiakkaat, jotka käyttävät
    verkkokäyttöliittymää laboratorion työnkulkuihin, voivat saada välitöntä apua
    osoitteesta techsupport@illumina.com.
customer-actions-note-compromised = **HUOMAUTUS:** Jos epäilet, että luvaton käyttäjä on
    vaarantanut laitteesi, irrota verkkokaapeli välittömästi ja ota viipymättä yhteyttä
    osoitteeseen techsupport@illumina.com. Tietoja laitteen tarkastusvaiheista on LRM
    Software Patch 1.0 -ohjekirjassa.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jos käyttäjä havaitsee asianomaisten tuotteiden käyttöön liittyvän
    haittatapahtuman, joka johtuu tästä haavoittuvuudesta, ilmoita tapahtumasta FDA:n
    haittatapahtumien ilmoitusjärjestelmään (MedWatch Adverse Event Reporting) verkossa,
    tavallisella postilla tai faksilla.
    Voit täyttää ja lähettää ilmoituksen verkossa osoitteessa
    www.fda.gov/medwatch/report.htm. Yhdysvaltojen ulkopuolella ota yhteyttä paikalliseen
    sääntelyviranomaiseen.
closing-remarks = Illumina suhtautuu tietoturvaan ja tietosuojaan erittäin vakavasti. Olemme
    sitoutuneet tukemaan sinua tämän haavoittuvuuden korjaamisessa. Jos sinulla on
    kysyttävää, kirjoita osoitteeseen techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Lähetämme sinulle tämän ilmoituksen, koska olet organisaatiosi
    rekisteröity yhteyshenkilö. Meidän on ajoittain tiedotettava asiakkaillemme
    tuotemuutoksista, tuotteiden valmistuksen lopettamisesta tai laatuongelmista.
why-body-marketing = Pyydämme sinua siksi kiinnittämään huomiota näihin ilmoituksiin, sillä
    ne sisältävät tärkeitä tietoja tuotteistamme eivätkä ole markkinointiviestintää. Voit
    siksi saada näitä ilmoituksia, vaikka olisit kieltäytynyt { $issuer }-yhtiön
    markkinointimateriaaleista. Jos et ole organisaatiosi oikea yhteyshenkilö tällaisille
    ilmoituksille, lähetä sähköpostia osoitteeseen customernotifications@illumina.com ja
    ilmoita oikean yhteyshenkilön tiedot. Lisätietoja on tietosuojakäytännössämme.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina lähetti sinulle { $issued } ilmoituksen { $notice-id }
    (kiireellinen lääkinnällisen laitteen takaisinveto) ongelmasta, joka vaikuttaa
    NextSeq 550Dx- ja MiSeqDx-laitteisiin.
form-intro-complete = Täytä alla oleva taulukko vahvistaaksesi ilmoituksen vastaanottamisen
    ja lähetä täytetty lomake sähköpostitse osoitteeseen techsupport@illumina.com, kun olet
    asentanut korjauspäivityksen tämän ilmoituksen osiossa ”Asiakkaan toimenpiteet”
    kuvatulla tavalla.

# Verification form: checklist of the affected products.
form-product-name = Tuotteen/laitteen nimi
form-quantity = MÄÄRÄ
form-serial-numbers = Sarjanumerot
form-checklist-hint = Merkitse kaikki asianomaiset tuotteet
form-row-standalone-lrm = Erilliset LRM-asennukset, joita ei ole integroitu laitteeseen ja
    joita käytetään RUO-tilassa Dx-laitteissa.

# Verification form: the customer's details.
form-customer-details = Asiakkaan tiedot
form-person-name-print = Nimi tekstaten:
form-person-title-print = Lomakkeen täyttäjän tehtävänimike tekstaten:

# Verification form: questions for customers.
form-q-lrm-installed = Vakuutan, että LRM on asennettu edellä merkittyihin laitteisiin.
form-q-patch-installed = Vahvistan, että korjauspäivitys on asennettu kaikkiin edellä
    mainittuihin laitteisiin.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen tunnistanut asiakkaat, jotka ovat vastaanottaneet tai ovat
    saattaneet vastaanottaa tuotteen.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Ymmärrän, että korjauspäivitys on lataamisen jälkeen asennettava
    erikseen kunkin tässä vahvistuslomakkeessa mainitun asianomaisen laitteen kumpaankin
    tilaan (Dx-tila ja RUO-tila) ja/tai kuhunkin erilliseen LRM-asennukseen, jota ei ole
    integroitu laitteeseen ja jota käytetään RUO-tilassa Dx-laitteissa.
