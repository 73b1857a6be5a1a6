### status: draft

# FSN2022-1230 (Estonian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = MEDITSIINISEADME KIIRELOOMULINE TAGASIKUTSUMINE

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx instrument
product-miseqdx = MiSeqDx instrument

# Table of affected products: this notice's column headings.
product-table-name = Toote/seadme nimi
product-table-udi-di = Seadme identifitseerimistunnus

# Introduction after the salutation, before Table 1.
intro = Illumina võtab teiega ühendust seoses küberturvanõrkusega tarkvaras Local Run Manager
    (LRM), mis tuvastati instrumentidel NextSeq™ 550Dx ja MiSeq™Dx. Käesolevas teatises
    antakse ülevaade probleemist, Illumina meetmetest ja kliendilt nõutavatest meetmetest.

# Issue summary.
summary-vulnerability = Illumina on tuvastanud küberturvanõrkuse tarkvaras Local Run Manager
    (LRM), mida kasutatakse tabelis 1 nimetatud in vitro diagnostika
    sekveneerimisinstrumentidel.
summary-no-reports = Praeguseks ei ole Illumina saanud ühtegi teadet selle kohta, et seda
    turvanõrkust oleks ära kasutatud.
summary-exploitation = Volitamata kasutaja võib turvanõrkust potentsiaalselt ära kasutada, et
    võtta instrument kaugjuhtimise teel oma kontrolli alla ja seejärel teha toiminguid
    operatsioonisüsteemi tasandil; sellised toimingud võivad mõjutada instrumendi või kliendi
    võrgu sätteid, konfiguratsioone, tarkvara või andmeid. Selle turvanõrkuse ärakasutamise
    tagajärjel ei pruugita tulemusi saada, võidakse saada valesid tulemusi, failid võivad
    olla ohustatud või võib toimuda patsiendiandmete leke. Selle turvanõrkuse eespool
    kirjeldatud viisil ärakasutamine võib kujutada endast võimalikku ohtu patsientide
    tervisele.

# Illumina actions.
issuer-actions-patch = Illumina on välja töötanud tarkvarapaiga, mis takistab selle
    turvanõrkuse ärakasutamist. Praegu töötame välja püsivat tarkvaraparandust praegustele ja
    tulevastele instrumentidele.
issuer-actions-download = Internetiga ühendatud instrumentide jaoks on tarkvarapaik juba
    allalaadimiseks saadaval (allalaadimissaidi aadress on esitatud allpool jaotises
    „Kliendi meetmed“). Illumina soovitab klientidel tarkvarapaik kohe alla laadida ja
    kõigile asjaomastele instrumentidele installida.
issuer-actions-offline = Tarkvarapaiga installimiseks asjaomastele LRM-toodetele, mis ei ole
    internetiga ühendatud, on Illumina välja töötanud alternatiivsed võimalused. Nende
    võimaluste kohta teabe saamiseks pöörduge võimalikult kiiresti tehnilise toe poole
    aadressil techsupport@illumina.com.
issuer-actions-questions = Lisaküsimuste või abi saamiseks pöörduge aadressil
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Märkus: asjaomastel instrumentidel on kahe alglaadimise režiim
    (dual boot) ja on oluline installida tarkvarapaik iga instrumendi mõlemasse režiimi (Dx
    ja RUO) eraldi. Samuti on oluline installida tarkvarapaik LRM-i igale eraldiseisvale
    installatsioonile, mis ei ole instrumendiga integreeritud ja mida kasutatakse
    Dx-instrumentidel RUO-režiimis.

# Step 1 and its three paragraphs.
step-internet = Internetiga ühendatud instrumendid: laadige sellel aadressil saadaolev
    tarkvarapaik kohe alla ja installige see igale asjaomasele instrumendile mõlemasse
    režiimi (Dx-režiim ja RUO-režiim) ja/või LRM-i igale eraldiseisvale installatsioonile,
    mis ei ole instrumendiga integreeritud ja mida kasutatakse Dx-instrumentidel
    RUO-režiimis.
step-internet-backup = Enne tarkvarapaiga installimist on soovitatav teha oma andmetest
    varukoopia.
step-internet-address = Parema kaitse huvides edastab Illumina veebisaidi aadressi praegu
    ainult asjaomaste toodetega klientidele ja reguleerivatele asutustele.
step-internet-form = Täitke allolev kinnitusvorm ja tagastage see 5 tööpäeva jooksul.

# Step 2 and its paragraph.
step-offline = Instrumendid, mis ei ole internetiga ühendatud: tarkvarapaiga muude
    rakendamisviiside kohta juhiste saamiseks pöörduge aadressil techsupport@illumina.com.
step-offline-form = Täitke allolev kinnitusvorm ja tagastage see kohe pärast tarkvarapaiga
    installimist.

# Step 3.
step-permanent-fix = Püsiv tarkvaraparandus: kui tarkvarauuendus, mis selle turvanõrkuse
    püsivalt kõrvaldab, on saadaval, installige see. Lisateave selle tarkvarauuenduse kohta
    saadetakse eraldi teatega.

# Customer actions: the two notes.
customer-actions-note-web-ui = **MÄRKUS:** tarkvarapaiga installimine blokeerib
    kaugjuurdepääsu LRM-i veebipõhisele kasutajaliidesele (web UI) ja asendab LRM-i praeguse
    kasutusjuhendi; kõik muud instrumendi olulised funktsioonid jäävad muutmata. Kliendid,
    kes kasutavad veebiliidest laboritöövoogudes, saavad kohest abi aadressilt
    techsupport@illumina.com.
customer-actions-note-compromised = **MÄRKUS:** kui kahtlustate, et volitamata kasutaja on
    teie instrumendi turvalisust rikkunud, ühendage võrgukaabel kohe lahti ja võtke
    viivitamata ühendust aadressil techsupport@illumina.com. Teavet seadme kontrollimise
    etappide kohta leiate LRM-i tarkvarapaiga 1.0 juhendist (LRM Software Patch 1.0
    Instruction Manual).

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Kui kasutajal tekib asjaomaste toodete kasutamisel selle
    turvanõrkuse tõttu soovimatu sündmus, teatage sellest FDA programmile MedWatch Adverse
    Event Reporting veebis, tavapostiga või faksiga. Teate saab täita ja esitada veebis
    aadressil www.fda.gov/medwatch/report.htm. Väljaspool Ameerika Ühendriike pöörduge
    kohaliku reguleeriva asutuse poole.
closing-remarks = Illumina suhtub turvalisusse ja andmekaitsesse väga tõsiselt. Oleme
    pühendunud teile selle turvanõrkuse kõrvaldamisel toeks olema. Küsimuste korral kirjutage
    palun aadressile techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Saadame teile selle teatise, sest olete märgitud oma organisatsiooni
    kontaktisikuks. Aeg-ajalt peame teavitama oma kliente tootemuudatustest, toodete
    tootmise lõpetamisest või kvaliteediprobleemidest.
why-body-marketing = Seetõttu palume teil neile teatistele tähelepanu pöörata, sest need
    sisaldavad olulist teavet meie toodete kohta ega ole turundussõnumid. Seega võite neid
    teatisi saada ka siis, kui olete loobunud ettevõtte { $issuer } turundusmaterjalidest.
    Kui te ei ole oma organisatsioonis selliste teatiste jaoks sobiv kontaktisik, saatke
    palun e-kiri õige kontaktisiku andmetega aadressile customernotifications@illumina.com.
    Lisateavet leiate meie privaatsuspoliitikast.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina saatis teile { $issued } meditsiiniseadme kiireloomulise
    tagasikutsumise teatise { $notice-id } probleemi kohta, mis mõjutab instrumente
    NextSeq 550Dx ja MiSeqDx.
form-intro-complete = Täitke allolev tabel, et kinnitada teatise kättesaamist, ja saatke
    täidetud vorm e-postiga aadressile techsupport@illumina.com, kui olete tarkvarapaiga
    installimise lõpetanud, nagu on kirjeldatud käesoleva teatise jaotises „Kliendi meetmed“.

# Verification form: checklist of the affected products.
form-product-name = Toote/seadme nimi
form-quantity = KOGUS
form-serial-numbers = Seerianumbrid
form-checklist-hint = Märkige kõik asjaomased tooted
form-row-standalone-lrm = LRM-i eraldiseisvad installatsioonid, mis ei ole instrumendiga
    integreeritud ja mida kasutatakse Dx-instrumentidel RUO-režiimis.

# Verification form: the customer's details.
form-customer-details = Kliendi andmed
form-person-name-print = Nimi trükitähtedega:
form-person-title-print = Vormi täitja ametinimetus trükitähtedega:

# Verification form: questions for customers.
form-q-lrm-installed = Kinnitan, et LRM on installitud eespool märgitud instrumentidele.
form-q-patch-installed = Kinnitan, et tarkvarapaik on installitud kõigile eespool nimetatud
    instrumentidele.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen kindlaks teinud kliendid, kes on toote kätte saanud või
    võivad olla selle kätte saanud.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Olen teadlik, et pärast allalaadimist tuleb tarkvarapaik
    installida eraldi käesolevas kinnitusvormis märgitud iga asjaomase instrumendi
    mõlemasse režiimi (vastavalt Dx-režiim ja RUO-režiim) ja/või LRM-i igale eraldiseisvale
    installatsioonile, mis ei ole instrumendiga integreeritud ja mida kasutatakse
    Dx-instrumentidel RUO-režiimis.
