### status: draft

# FSN2025-1682 (Hungarian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx műszer DRAGEN Serverrel

# Introduction after the salutation, before Table 1.
intro = Az Illumina a DRAGEN™ Server for NovaSeq™ 6000Dx Instrument és az Illumina DRAGEN Server
    for NextSeq™ 550Dx Instrument alaplapfelügyeleti vezérlőjében (Baseboard Management
    Controller, BMC) azonosított biztonsági sebezhetőség miatt keresi meg Önt. Az érintett
    szervereket az alábbi 1. táblázat tartalmazza. Ez az értesítés összefoglalja a problémát,
    az Illumina intézkedéseit és az ügyfél szükséges teendőit. Megjegyzés: ez a biztonsági
    sebezhetőség csak az említett Illumina DRAGEN Server szervereket érinti. A DRAGEN Server
    egyéb verziói nem érintettek.

# Issue summary.
summary-risk = Az Illumina termékbiztonsági csapata nemrégiben nem kontrollált termékbiztonsági
    kockázatot azonosított a fent felsorolt DRAGEN Server szerverekben használt
    alaplapfelügyeleti vezérlővel (BMC) kapcsolatban. A biztonsági sebezhetőség a távoli
    hálózatkezelés és -felügyelet konfigurációiból ered.
summary-exploitation = Az Illumina megállapította, hogy ha egy illetéktelen személy kihasználná
    ezt a sebezhetőséget, jelszó megadása nélkül hozzáférhetne a BMC távoli konzoljához
    (hitelesítés megkerülése). A sebezhetőség kihasználása a rendszerhez való jogosulatlan
    hozzáféréshez, a hardverbeállítások manipulálásához, távoli kódfuttatáshoz,
    távvezérléshez, adatvédelmi incidensekhez és szolgáltatásmegtagadásos (DoS) támadásokhoz
    vezethet.
summary-no-reports = Az Illumina eddig nem kapott olyan bejelentést, és nem rendelkezik olyan
    bizonyítékkal, amely arra utalna, hogy ezt a sebezhetőséget kihasználták.

# Illumina actions.
issuer-actions-instructions = Az Illumina az alábbi utasításokat bocsátja ügyfelei
    rendelkezésére arról, hogyan tehetik biztonságossá szervereiket, és hogyan védhetik meg
    rendszereiket a sebezhetőség kihasználásától. Az utasítások alkalmazásával a sebezhetőség
    megszűnik.
issuer-actions-risk = Ha nem követi ezeket az utasításokat, rendszere ki lehet téve a fent
    leírt kockázatoknak.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = A fenti 1. táblázatban felsorolt összes érintett DRAGEN Server szerver
    esetében a következő teendőket kell elvégezni e kritikus biztonsági sebezhetőség
    elhárítása érdekében:
customer-actions-download = Töltse le és kövesse az ügyfeleknek szóló utasításokat [erről a
    weboldalról](https://support.illumina.com/support-content/bmc.html). A teljes hivatkozás
    alább található:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Miután a mellékelt utasítások minden lépését
    elvégezte az 1. táblázatban érintettként azonosított szerver(ek)en, töltse ki és küldje
    vissza az ellenőrző űrlapot.
customer-actions-note = **MEGJEGYZÉS:** Ha azt gyanítja, hogy szerverét illetéktelen személy
    feltörte, azonnal húzza ki a hálózati kábelt, és forduljon az Illumina műszaki
    támogatásához a techsupport@illumina.com címen.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ha az érintett szerverek bármelyikének használata során e biztonsági
    sebezhetőség miatt nemkívánatos esemény következik be, jelentse az eseményt az FDA
    MedWatch nemkívánatos események bejelentésére szolgáló programjának online, postai úton
    vagy faxon. A bejelentést online a www.fda.gov/medwatch/report.htm címen töltheti ki és
    küldheti be. Az Egyesült Államokon kívül forduljon a helyi szabályozó szervhez.
closing-remarks = Az Illumina nagyon komolyan veszi a biztonságot. Elkötelezettek vagyunk
    amellett, hogy támogassuk Önt e sebezhetőség kezelésében. További kérdéseivel vagy ha
    segítségre van szüksége, forduljon hozzánk a techsupport@illumina.com címen. Előfordulhat,
    hogy az Illumina megbízásából egy külső szolgáltató is felveszi Önnel a kapcsolatot, aki
    gondoskodik arról, hogy megkapja a szükséges támogatást.

# Verification form: paragraphs before the form table.
form-intro-sent = Az Illumina orvostechnikai eszköz sürgős visszahívásáról szóló értesítést
    ({ $notice-id }) küldött Önnek a DRAGEN Server for NovaSeq 6000Dx Instrument és az
    Illumina DRAGEN Server for NextSeq 550Dx Instrument szervereket érintő problémával
    kapcsolatban.
form-intro-complete = Az alábbi űrlap kitöltésével erősítse meg az értesítés kézhezvételét és
    az abban leírt ügyfélteendők elvégzését. A kitöltött űrlapot küldje el e-mailben a
    techsupport@illumina.com címre.

# Verification form: heading of the server column.
form-server-name = Szerver neve

# Verification form: questions for customers.
form-q-remediation-done = Megerősítem, hogy „Az ügyfél teendői” című szakaszban felsorolt
    elhárítási lépéseket az ebben az ellenőrző űrlapban azonosított minden érintett szerveren
    végrehajtottuk.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Azonosítottam azokat az ügyfeleket, akik megkapták vagy
    megkaphatták az érintett szervereket.
