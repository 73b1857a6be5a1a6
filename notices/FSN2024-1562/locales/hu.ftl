### status: draft

# FSN2024-1562 (Hungarian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = 1. táblázat: Érintett termék(ek)
product-table-udi-di = Egyedi eszközazonosító – Eszközazonosító

# Introduction after the salutation, before Table 1.
intro = Az Illumina az ügyfél által biztosított hálózati tárolók, szerverek és/vagy
    számítógépek, valamint az alábbi 1. táblázatban felsorolt termékek közötti kommunikációs
    protokollban azonosított kiberbiztonsági sebezhetőség miatt keresi meg Önt. Ez az értesítés
    összefoglalja a problémát, az Illumina intézkedéseit és az ügyfél szükséges teendőit.

# Issue summary.
summary-risk = Rutinszerű kiberbiztonsági elemzések során az Illumina termékbiztonsági csapata
    nem kontrollált termékbiztonsági kockázatot azonosított az 1. táblázatban felsorolt
    Illumina termékek és az ügyfél által biztosított hálózati tárolók, szerverek és/vagy
    számítógépek közötti kommunikációs protokollal kapcsolatban. Az Illumina megállapította,
    hogy biztonságos protokollok használata nélkül egy olyan illetéktelen személy, aki már
    kiemelt jogosultságú hozzáférést szerzett az ügyfél hálózatához, elfoghatja és
    kihasználhatja ezt a kommunikációt.
summary-exploitation = Ha egy illetéktelen személy kihasználná ezt a sebezhetőséget,
    elfoghatna és módosíthatna fájlokat, aminek következtében az ügyfél által biztosított
    hálózati egység helytelen vagy késedelmes eredményeket, illetve sérült fájlokat kaphat,
    vagy egyáltalán nem kap eredményt, és/vagy az átvitt fájlokban lévő betegadatok
    illetéktelenek számára hozzáférhetővé válhatnak.
summary-no-reports = Az Illumina eddig nem kapott olyan bejelentést, és nem rendelkezik olyan
    bizonyítékkal, amely arra utalna, hogy ezt a sebezhetőséget kihasználták.

# Illumina actions.
issuer-actions-guidance = Az Illumina kiberbiztonsági útmutatót biztosít, amely ajánlásokat
    tartalmaz arra vonatkozóan, hogyan tehetik biztonságossá az ügyfelek belső hálózatuk
    kommunikációját az Illumina termékkel.
issuer-actions-risk = Ha nem követi ezeket az utasításokat, vagy nem alkalmazza a
    hálózatbiztonsági bevált gyakorlatokat rendszerei védelmére, szervezete ki lehet téve a
    fent leírt kockázatoknak.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Az összes érintett termék esetében tegye meg a következő lépéseket a
    kockázatcsökkentő intézkedések végrehajtásához:
customer-actions-download = Töltse le és olvassa el [ezt](https://support.illumina.com/support-content/cyberguidance.html)
    a kiberbiztonsági útmutató dokumentumot. A teljes hivatkozás alább található.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Az ügyfél hálózatához csatlakoztatott minden termék esetében: a
    belső informatikai részleggel együttműködve határozza meg, melyik biztonságos protokoll
    felel meg leginkább az Ön környezetének, és hajtsa végre a megfelelő
    konfigurációmódosítást.
customer-actions-dual-mode = Megjegyzés: a hálózati protokoll módosítása egyszerre érinti a Dx
    és a RUO üzemmódot, így a szükséges teendők elvégzéséhez nem kell külön-külön elindítani a
    rendszert az egyes üzemmódokban.
customer-actions-verification-form = Miután a mellékelt utasítások minden lépését
    elvégezte az 1. táblázatban érintettként azonosított termék(ek)en, töltse ki és küldje
    vissza az ellenőrző űrlapot.
customer-actions-note = **MEGJEGYZÉS:** Ha azt gyanítja, hogy műszerét jogosulatlan
    felhasználó feltörte, azonnal húzza ki a hálózati kábelt, és írjon a
    techsupport@illumina.com címre.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ha bármely érintett termék használatával összefüggésben e
    sebezhetőség miatt nemkívánatos esemény következik be, jelentse az eseményt az FDA
    MedWatch nemkívánatos események bejelentésére szolgáló programjának online, postai úton
    vagy faxon. A bejelentést online a www.fda.gov/medwatch/report.htm címen töltheti ki és
    küldheti be. Az Egyesült Államokon kívül forduljon a helyi szabályozó szervhez.
closing-remarks = Az Illumina nagyon komolyan veszi a biztonságot. Elkötelezettek vagyunk
    amellett, hogy támogassuk Önt e sebezhetőség kezelésében. További kérdéseivel vagy ha
    segítségre van szüksége, forduljon hozzánk a techsupport@illumina.com címen. Előfordulhat,
    hogy az Illumina megbízásából egy külső szolgáltató is felveszi Önnel a kapcsolatot, aki
    gondoskodik arról, hogy megkapja a szükséges támogatást.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Minden jog fenntartva. Minden védjegy az Illumina, Inc.
    vagy a megfelelő tulajdonosok tulajdona. A védjegyekkel kapcsolatos konkrét információkért
    látogasson el a [www.illumina.com/company/legal.html]({ $link-legal }) weboldalra.

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Ezek az értesítések alapvető fontosságú információkat tartalmaznak
    termékeinkről, és nem marketingcélú közlemények. Ezért akkor is megkaphatja ezeket az
    értesítéseket, ha leiratkozott a(z) { $issuer } marketingcélú közleményeiről. Ha nem Ön a
    megfelelő kapcsolattartó a szervezetében az ilyen értesítések fogadására, leiratkozhat
    róluk, ha kitölti és [beküldi ezt az űrlapot]({ $link-unsubscribe }). További
    információkért tekintse meg [adatvédelmi szabályzatunkat]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Az Illumina orvostechnikai eszköz sürgős visszahívásáról szóló értesítést
    ({ $notice-id }) küldött Önnek a NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN
    Server for NextSeq 550Dx, Illumina DRAGEN Server v4 és VeriSeq Onsite Server v2 műszereket
    érintő problémával kapcsolatban.
form-intro-complete = Az alábbi űrlap kitöltésével erősítse meg az értesítés kézhezvételét és
    az ebben az értesítésben leírt ügyfélteendők elvégzését. A kitöltött űrlapot küldje el
    e-mailben a techsupport@illumina.com címre.

# Verification form: questions for customers.
form-q-guidance-read = Megerősítem, hogy a kiberbiztonsági útmutató dokumentumot letöltöttük és
    elolvastuk.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Azonosítottam azokat az ügyfeleket, akik megkapták vagy
    megkaphatták az érintett terméket.
