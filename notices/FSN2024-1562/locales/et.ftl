### status: draft

# FSN2024-1562 (Estonian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabel 1. Asjaomased tooted
product-table-udi-di = Kordumatu identifitseerimistunnus - Seadme identifitseerimistunnus

# Introduction after the salutation, before Table 1.
intro = Illumina võtab teiega ühendust seoses küberturvanõrkusega, mis tuvastati kliendi enda
    võrgusalvestite, serverite ja/või arvutite ning allpool tabelis 1 nimetatud toodete
    vahelises sideprotokollis. Käesolevas teatises antakse ülevaade probleemist, Illumina
    meetmetest ja kliendilt nõutavatest meetmetest.

# Issue summary.
summary-risk = Korrapäraste küberturbeanalüüside käigus tuvastas Illumina tooteturbe meeskond
    kontrollimatu tooteturberiski, mis on seotud tabelis 1 nimetatud Illumina toodete ja
    kliendi enda võrgusalvestite, serverite ja/või arvutite vahelise sideprotokolliga.
    Illumina on kindlaks teinud, et kui turvalisi protokolle ei kasutata, võiks volitamata
    isik, kes on juba saanud privilegeeritud juurdepääsu kliendi võrgule, seda sidet pealt
    kuulata ja ära kasutada.
summary-exploitation = Kui volitamata isik selle turvanõrkuse ära kasutaks, võiks ta
    potentsiaalselt faile vahelt kinni püüda ja muuta, mille tagajärjel võidakse kliendi
    võrguüksusele edastada valesid tulemusi, tulemused võivad hilineda või jääda saamata või
    failid võivad olla rikutud ja/või edastatavates failides sisalduvad patsiendiandmed
    võivad paljastuda.
summary-no-reports = Praeguseks ei ole Illumina saanud ühtegi teadet ega tal ole tõendeid
    selle kohta, et seda turvanõrkust oleks ära kasutatud.

# Illumina actions.
issuer-actions-guidance = Illumina pakub küberturbejuhendit, mis sisaldab soovitusi selle
    kohta, kuidas kliendid saavad turvata oma sisevõrgu sidet Illumina tootega.
issuer-actions-risk = Nende juhiste eiramise või süsteemide kaitsmiseks võrguturbe parimate
    tavade rakendamata jätmise korral võib teie organisatsioon olla avatud eespool
    kirjeldatud riskidele.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Riskimaandusmeetmete rakendamiseks tehke kõigi asjaomaste toodete
    puhul järgmised toimingud:
customer-actions-download = Laadige alla ja lugege läbi [see](https://support.illumina.com/support-content/cyberguidance.html)
    küberturbejuhend. Täielik link on esitatud allpool.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Iga kliendi võrku ühendatud toote puhul: selgitage koos oma
    asutuse IT-osakonnaga välja, milline turvaline protokoll sobib teie keskkonda kõige
    paremini, ja tehke vastav konfiguratsioonimuudatus.
customer-actions-dual-mode = Märkus: võrguprotokolli muudatus mõjutab korraga nii Dx- kui ka
    RUO-režiimi, seega ei ole nõutavate toimingute tegemiseks vaja kumbagi režiimi eraldi
    käivitada.
customer-actions-verification-form = Täitke ja tagastage kinnitusvorm pärast seda, kui olete
    teinud kõik esitatud juhistes kirjeldatud toimingud kõigi oma toodete puhul, mis on
    tabelis 1 märgitud asjaomastena.
customer-actions-note = **MÄRKUS:** kui kahtlustate, et volitamata kasutaja on teie
    instrumendi turvalisust rikkunud, ühendage võrgukaabel kohe lahti ja võtke ühendust
    aadressil techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Kui teil tekib mõne asjaomase toote kasutamisel selle turvanõrkuse
    tõttu soovimatu sündmus, teatage sellest FDA programmile MedWatch Adverse Event Reporting
    veebis, tavapostiga või faksiga. Teate saab täita ja esitada veebis aadressil
    www.fda.gov/medwatch/report.htm. Väljaspool Ameerika Ühendriike pöörduge kohaliku
    reguleeriva asutuse poole.
closing-remarks = Illumina suhtub turvalisusse väga tõsiselt. Oleme pühendunud teile selle
    turvanõrkuse kõrvaldamisel toeks olema. Lisaküsimuste või abi saamiseks pöörduge
    aadressil techsupport@illumina.com. Teiega võib Illumina nimel ühendust võtta ka
    kolmandast osapoolest teenusepakkuja, kes tagab, et saate vajaliku toe.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Kõik õigused kaitstud. Kõik kaubamärgid kuuluvad
    ettevõttele Illumina, Inc. või nende vastavatele omanikele. Täpsemat teavet kaubamärkide
    kohta leiate veebilehelt [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Need teatised sisaldavad olulist teavet meie toodete kohta ega ole
    turundussõnumid. Seetõttu võite neid teatisi saada ka siis, kui olete loobunud ettevõtte
    { $issuer } turundussõnumitest. Kui te ei ole oma organisatsioonis selliste teatiste
    saamiseks sobiv kontaktisik, saate neist loobuda, täites ja [esitades selle
    vormi]({ $link-unsubscribe }). Lisateavet leiate
    meie [privaatsuspoliitikast]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina on saatnud teile meditsiiniseadme kiireloomulise tagasikutsumise
    teatise { $notice-id } probleemi kohta, mis mõjutab instrumente NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 ja
    VeriSeq Onsite Server v2.
form-intro-complete = Täitke allolev vorm, et kinnitada teatise kättesaamist ja käesolevas
    teatises kirjeldatud kliendi meetmete täitmist. Pärast täitmist saatke vorm e-postiga
    aadressile techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Kinnitan, et küberturbejuhend on alla laaditud ja läbi loetud.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen kindlaks teinud kliendid, kes on asjaomase toote kätte
    saanud või võivad olla selle kätte saanud.
