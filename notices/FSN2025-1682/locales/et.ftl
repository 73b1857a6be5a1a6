### status: draft

# FSN2025-1682 (Estonian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx instrument koos DRAGEN Serveriga

# Introduction after the salutation, before Table 1.
intro = Illumina võtab teiega ühendust seoses turvanõrkusega, mis tuvastati serverite
    DRAGEN™ Server for NovaSeq™ 6000Dx Instrument ja Illumina DRAGEN Server for NextSeq™
    550Dx Instrument emaplaadi halduskontrolleris (Baseboard Management Controller, BMC).
    Asjaomased serverid on loetletud allpool tabelis 1. Käesolevas teatises antakse ülevaade
    probleemist, Illumina meetmetest ja kliendilt nõutavatest meetmetest. Märkus: see
    turvanõrkus piirdub nende Illumina DRAGEN Serveritega. DRAGEN Serveri teisi versioone see
    ei puuduta.

# Issue summary.
summary-risk = Illumina tooteturbe meeskond tuvastas hiljuti kontrollimatu tooteturberiski,
    mis on seotud eespool loetletud DRAGEN Serverites kasutatava emaplaadi halduskontrolleriga
    (BMC). Turvanõrkus tuleneb võrgu kaughalduse ja kaugseire konfiguratsioonidest.
summary-exploitation = Illumina on kindlaks teinud, et kui volitamata isik seda turvanõrkust
    ära kasutaks, võiks ta pääseda BMC kaugkonsoolile ilma parooli sisestamata (autentimisest
    möödahiilimine). Selle turvanõrkuse ärakasutamine võib kaasa tuua volitamata juurdepääsu
    süsteemile, riistvarasätete manipuleerimise, koodi kaugkäivitamise, kaugjuhtimise,
    andmelekked ja teenusetõkestusrünnakud.
summary-no-reports = Praeguseks ei ole Illumina saanud ühtegi teadet ega tal ole tõendeid
    selle kohta, et seda turvanõrkust oleks ära kasutatud.

# Illumina actions.
issuer-actions-instructions = Illumina annab klientidele allpool esitatud juhised selle kohta,
    kuidas oma servereid turvata ja süsteeme selle turvanõrkuse ärakasutamise eest kaitsta.
    Juhiste rakendamisel turvanõrkus kõrvaldatakse.
issuer-actions-risk = Nende juhiste eiramise korral võib teie süsteem olla avatud eespool
    kirjeldatud riskidele.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Kõigi tabelis 1 loetletud asjaomaste DRAGEN Serverite puhul tuleb
    selle kriitilise turvanõrkuse kõrvaldamiseks võtta järgmised meetmed:
customer-actions-download = Laadige alla ja järgige kliendijuhiseid, mis on saadaval [sellel
    veebilehel](https://support.illumina.com/support-content/bmc.html). Täielik link on
    esitatud allpool:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Täitke ja tagastage kinnitusvorm pärast seda, kui olete
    teinud kõik esitatud juhistes kirjeldatud toimingud kõigi oma serverite puhul, mis on
    tabelis 1 märgitud asjaomastena.
customer-actions-note = **MÄRKUS:** kui kahtlustate, et volitamata isik on teie serveri
    turvalisust rikkunud, ühendage võrgukaabel kohe lahti ja võtke ühendust Illumina
    tehnilise toega aadressil techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Kui teil tekib mõne asjaomase serveri kasutamisel selle
    turvanõrkuse tõttu soovimatu sündmus, teatage sellest FDA programmile MedWatch Adverse
    Event Reporting veebis, tavapostiga või faksiga. Teate saab täita ja esitada veebis
    aadressil www.fda.gov/medwatch/report.htm. Väljaspool Ameerika Ühendriike pöörduge
    kohaliku reguleeriva asutuse poole.
closing-remarks = Illumina suhtub turvalisusse väga tõsiselt. Oleme pühendunud teile selle
    turvanõrkuse kõrvaldamisel toeks olema. Lisaküsimuste või abi saamiseks pöörduge
    aadressil techsupport@illumina.com. Teiega võib Illumina nimel ühendust võtta ka
    kolmandast osapoolest teenusepakkuja, kes tagab, et saate vajaliku toe.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina on saatnud teile meditsiiniseadme kiireloomulise tagasikutsumise
    teatise { $notice-id } probleemi kohta, mis mõjutab servereid DRAGEN Server for NovaSeq
    6000Dx Instrument ja Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Täitke allolev vorm, et kinnitada teatise kättesaamist ja teatises
    kirjeldatud kliendi meetmete täitmist. Pärast täitmist saatke vorm e-postiga aadressile
    techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Serveri nimi

# Verification form: questions for customers.
form-q-remediation-done = Kinnitan, et jaotises „Kliendi meetmed“ loetletud parandusmeetmed
    on rakendatud kõigis käesolevas kinnitusvormis märgitud asjaomastes serverites.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Olen kindlaks teinud kliendid, kes on asjaomased serverid kätte
    saanud või võivad olla need kätte saanud.
