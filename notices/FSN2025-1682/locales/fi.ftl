### status: draft

# FSN2025-1682 (Finnish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx -laite ja siihen kuuluva DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina tiedottaa sinulle tietoturvahaavoittuvuudesta, joka on havaittu BMC-ohjaimessa
    (Baseboard Management Controller) seuraavissa palvelimissa: DRAGEN™ Server for NovaSeq™
    6000Dx Instrument ja Illumina DRAGEN Server for NextSeq™ 550Dx Instrument.
    Asianomaiset palvelimet on lueteltu alla olevassa taulukossa 1. Tässä ilmoituksessa
    esitetään yhteenveto ongelmasta, Illuminan toimenpiteistä ja asiakkaalta edellytettävistä
    toimenpiteistä. Huomaa: tämä tietoturvahaavoittuvuus koskee vain näitä Illumina DRAGEN
    Server -palvelimia. Haavoittuvuus ei koske DRAGEN Server -palvelinten muita versioita.

# Issue summary.
summary-risk = Illuminan tuoteturvallisuustiimi havaitsi hiljattain hallitsemattoman
    tuoteturvallisuusriskin, joka liittyy edellä lueteltujen DRAGEN Server -palvelinten
    BMC-ohjaimeen (Baseboard Management Controller). Tietoturvahaavoittuvuus johtuu verkon
    etähallinnan ja etävalvonnan määrityksistä.
summary-exploitation = Illumina on todennut, että jos luvaton toimija hyödyntäisi tätä
    haavoittuvuutta, toimija voisi päästä BMC-etäkonsoliin antamatta salasanaa (todennuksen
    ohittaminen). Haavoittuvuuden hyödyntäminen voi johtaa luvattomaan pääsyyn järjestelmään,
    laitteistoasetusten manipulointiin, koodin etäsuorittamiseen, etäohjaukseen,
    tietomurtoihin ja palvelunestohyökkäyksiin.
summary-no-reports = Illumina ei ole toistaiseksi saanut yhtään ilmoitusta eikä sillä ole
    näyttöä siitä, että tätä haavoittuvuutta olisi hyödynnetty.

# Illumina actions.
issuer-actions-instructions = Illumina toimittaa asiakkaille alla olevat ohjeet siitä, miten
    he voivat suojata palvelimensa ja järjestelmänsä tämän haavoittuvuuden hyödyntämiseltä.
    Kun ohjeita on noudatettu, haavoittuvuus on korjattu.
issuer-actions-risk = Jos näitä ohjeita ei noudateta, järjestelmäsi voi altistua edellä
    kuvatuille riskeille.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Kaikkien taulukossa 1 lueteltujen asianomaisten DRAGEN Server -palvelinten
    osalta on tehtävä seuraavat toimenpiteet tämän kriittisen tietoturvahaavoittuvuuden
    korjaamiseksi:
customer-actions-download = Lataa asiakkaille tarkoitetut ohjeet [tältä
    verkkosivulta](https://support.illumina.com/support-content/bmc.html) ja noudata niitä.
    Koko linkki on alla:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Täytä ja palauta vahvistuslomake, kun olet suorittanut
    kaikki toimitettujen ohjeiden vaiheet jokaiselle palvelimellesi, joka on merkitty
    taulukossa 1 asianomaiseksi.
customer-actions-note = **HUOMAUTUS:** Jos epäilet, että luvaton toimija on vaarantanut
    palvelimesi, irrota verkkokaapeli välittömästi ja ota yhteyttä Illuminan tekniseen tukeen
    osoitteessa techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jos havaitset jonkin asianomaisen palvelimen käytön aikana
    haittatapahtuman, joka johtuu tästä tietoturvahaavoittuvuudesta, ilmoita tapahtumasta
    FDA:n haittatapahtumien ilmoitusjärjestelmään (MedWatch Adverse Event Reporting)
    verkossa, tavallisella postilla tai faksilla. Voit täyttää ja lähettää ilmoituksen verkossa osoitteessa
    www.fda.gov/medwatch/report.htm. Yhdysvaltojen ulkopuolella ota yhteyttä paikalliseen
    sääntelyviranomaiseen.
closing-remarks = Illumina suhtautuu tietoturvaan erittäin vakavasti. Olemme sitoutuneet
    tukemaan sinua tämän haavoittuvuuden korjaamisessa. Jos sinulla on lisäkysymyksiä tai
    tarvitset apua, ota yhteyttä osoitteeseen techsupport@illumina.com. Sinuun voi ottaa
    yhteyttä myös kolmannen osapuolen palveluntarjoaja Illuminan puolesta varmistaakseen,
    että saat tarvitsemasi tuen.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina on lähettänyt sinulle ilmoituksen { $notice-id } (kiireellinen
    lääkinnällisen laitteen takaisinveto) ongelmasta, joka vaikuttaa seuraaviin palvelimiin:
    DRAGEN Server for NovaSeq 6000Dx Instrument ja Illumina DRAGEN Server for NextSeq 550Dx
    Instrument.
form-intro-complete = Täytä alla oleva lomake vahvistaaksesi, että olet vastaanottanut
    ilmoituksen ja suorittanut ilmoituksessa kuvatut asiakkaan toimenpiteet. Lähetä täytetty
    lomake sähköpostitse osoitteeseen techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Palvelimen nimi

# Verification form: questions for customers.
form-q-remediation-done = Vahvistan, että osiossa ”Asiakkaan toimenpiteet” luetellut
    korjaavat toimenpiteet on toteutettu kaikilla tässä vahvistuslomakkeessa mainituilla
    asianomaisilla palvelimilla.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen tunnistanut asiakkaat, jotka ovat vastaanottaneet tai ovat
    saattaneet vastaanottaa asianomaiset palvelimet.
