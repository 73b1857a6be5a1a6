### status: draft

# FSN2025-1682 (Slovenian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrument NovaSeq 6000Dx, vključno z DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Družba Illumina vas obvešča o varnostni ranljivosti, odkriti v krmilniku za
    upravljanje osnovne plošče (Baseboard Management Controller, BMC) strežnikov DRAGEN™
    Server for NovaSeq™ 6000Dx Instrument in Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Zadevni strežniki so navedeni v preglednici 1 spodaj. To obvestilo povzema
    težavo, ukrepe družbe Illumina in ukrepe, ki jih morajo izvesti stranke. Opomba: ta
    varnostna ranljivost je omejena na navedene primerke strežnika Illumina DRAGEN Server.
    Druge različice primerkov strežnika DRAGEN Server niso prizadete.

# Issue summary.
summary-risk = Skupina za varnost izdelkov družbe Illumina je nedavno odkrila nenadzorovano
    tveganje za varnost izdelka, povezano s krmilnikom za upravljanje osnovne plošče (BMC),
    ki se uporablja v zgoraj navedenih primerkih strežnika DRAGEN Server. Varnostna
    ranljivost je posledica konfiguracij oddaljenega upravljanja in nadzora omrežja.
summary-exploitation = Družba Illumina je ugotovila, da bi nepooblaščena oseba, ki bi
    izkoristila to ranljivost, lahko dostopila do oddaljene konzole BMC brez vnosa gesla
    (obhod preverjanja pristnosti). Izkoriščanje te ranljivosti bi lahko povzročilo
    nepooblaščen dostop do sistema, spreminjanje nastavitev strojne opreme, oddaljeno
    izvajanje kode, oddaljeni nadzor, kršitve varnosti podatkov in napade za zavrnitev
    storitve (denial of service).
summary-no-reports = Družba Illumina do zdaj ni prejela nobenih poročil in nima nobenih
    dokazov, da bi bila ta ranljivost izkoriščena.

# Illumina actions.
issuer-actions-instructions = Družba Illumina strankam zagotavlja spodnja navodila, kako
    zaščititi strežnike in sisteme pred izkoriščanjem te ranljivosti. Z izvedbo teh navodil
    bo ranljivost odpravljena.
issuer-actions-risk = Če teh navodil ne upoštevate, je lahko vaš sistem izpostavljen zgoraj
    opisanim tveganjem.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Za vse zadevne primerke strežnika DRAGEN Server, navedene v
    preglednici 1 zgoraj, je treba za odpravo te kritične varnostne ranljivosti izvesti
    naslednje ukrepe:
customer-actions-download = Prenesite navodila za stranke s [te spletne
    strani](https://support.illumina.com/support-content/bmc.html) in jih upoštevajte.
    Celotna povezava je navedena spodaj:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Ko izvedete vse korake iz priloženih navodil za svoje
    strežnike, ki so v preglednici 1 navedeni kot zadevni, izpolnite in vrnite obrazec za
    potrditev.
customer-actions-note = **OPOMBA:** Če sumite, da je nepooblaščena oseba ogrozila vaš
    strežnik, nemudoma izključite omrežni kabel in se obrnite na tehnično podporo družbe
    Illumina na naslovu techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Če pri uporabi katerega koli zadevnega strežnika zaradi te
    varnostne ranljivosti pride do neželenega dogodka, ga prijavite v program za poročanje o
    neželenih dogodkih MedWatch agencije FDA prek spleta, po navadni pošti ali po faksu.
    Poročilo lahko izpolnite in oddate na spletu na naslovu www.fda.gov/medwatch/report.htm.
    Zunaj Združenih držav se obrnite na lokalni regulativni organ.
closing-remarks = Družba Illumina varnost jemlje zelo resno. Zavezani smo k temu, da vam
    pomagamo pri odpravi te ranljivosti. Za dodatna vprašanja ali pomoč se obrnite na
    techsupport@illumina.com. Morda se bo z vami v imenu družbe Illumina obrnil tudi zunanji
    ponudnik, ki bo poskrbel, da boste prejeli potrebno podporo.

# Verification form: paragraphs before the form table.
form-intro-sent = Družba Illumina vam je poslala obvestilo o nujnem odpoklicu medicinskega
    pripomočka { $notice-id } v zvezi s težavo, ki zadeva strežnika DRAGEN Server for
    NovaSeq 6000Dx Instrument in Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Izpolnite spodnji obrazec, da potrdite prejem obvestila in izvedbo
    ukrepov za stranke, opisanih v obvestilu. Izpolnjeni obrazec pošljite po e-pošti na
    naslov techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Ime strežnika

# Verification form: questions for customers.
form-q-remediation-done = Potrjujem, da so bili koraki za odpravo, navedeni v razdelku
    „Ukrepi za stranke“, izvedeni na vsakem zadevnem strežniku, navedenem v tem obrazcu za
    potrditev.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Opredelil(-a) sem stranke, ki so prejele ali bi lahko prejele
    zadevne strežnike.
