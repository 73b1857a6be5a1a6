### status: draft

# FSN2022-1230 (Hungarian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = ORVOSTECHNIKAI ESZKÖZ SÜRGŐS VISSZAHÍVÁSA

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx műszer
product-miseqdx = MiSeqDx műszer

# Table of affected products: this notice's column headings.
product-table-name = Termék/eszköz neve
product-table-udi-di = Eszközazonosító

# Introduction after the salutation, before Table 1.
intro = Az Illumina a NextSeq™ 550Dx és MiSeq™Dx műszereken azonosított, a Local Run Manager
    (LRM) szoftvert érintő kiberbiztonsági sebezhetőség miatt keresi meg Önt. Ez az értesítés
    összefoglalja a problémát, az Illumina intézkedéseit és az ügyfél szükséges teendőit.

# Issue summary.
summary-vulnerability = Az Illumina kiberbiztonsági sebezhetőséget azonosított az 1. táblázatban
    felsorolt in vitro diagnosztikai szekvenáló műszerek Local Run Manager (LRM) szoftverében.
summary-no-reports = Az Illumina eddig nem kapott olyan bejelentést, amely arra utalna, hogy
    ezt a sebezhetőséget kihasználták.
summary-exploitation = Egy jogosulatlan felhasználó kihasználhatja a sebezhetőséget, hogy
    távolról átvegye az irányítást a műszer felett, majd az operációs rendszer szintjén
    műveleteket hajtson végre; ezek a műveletek hatással lehetnek a műszer vagy az ügyfél
    hálózatának beállításaira, konfigurációira, szoftvereire vagy adataira. A sebezhetőség
    kihasználása azt eredményezheti, hogy nem jönnek létre eredmények, helytelen eredmények
    jönnek létre, fájlok sérülnek, vagy betegadatokat érintő adatvédelmi incidens következik
    be. A sebezhetőség fent leírt módon történő kihasználása potenciális kockázatot jelenthet a
    betegek egészségére.

# Illumina actions.
issuer-actions-patch = Az Illumina szoftverjavítást (patch) fejlesztett ki a sebezhetőség
    kihasználásának megakadályozására. Jelenleg egy végleges szoftveres megoldás kifejlesztésén
    dolgozunk a jelenlegi és a jövőbeli műszerek számára.
issuer-actions-download = Az internethez csatlakoztatott műszerekhez a szoftverjavítás már most
    letölthető (a letöltési webhely címét az alábbi, „Az ügyfél teendői” című szakasz
    tartalmazza). Az Illumina azt javasolja az ügyfeleknek, hogy haladéktalanul töltsék le a
    szoftverjavítást, és telepítsék az összes érintett műszerre.
issuer-actions-offline = A szoftverjavításnak az internethez nem csatlakoztatott, érintett
    LRM-termékekre történő telepítéséhez az Illumina alternatív lehetőségeket dolgozott ki.
    Ezekkel a lehetőségekkel kapcsolatban a lehető leghamarabb forduljon a műszaki
    támogatáshoz a techsupport@illumina.com címen.
issuer-actions-questions = További kérdéseivel vagy ha segítségre van szüksége, forduljon
    hozzánk a techsupport@illumina.com címen.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Megjegyzés: az érintett műszerek kettős rendszerindítású (dual
    boot) üzemmóddal rendelkeznek, ezért fontos, hogy a szoftverjavítást minden műszer minden
    üzemmódjában (Dx és RUO) külön telepítse. Fontos továbbá, hogy a szoftverjavítást az LRM
    minden olyan önálló példányára is telepítse, amely nincs a műszerbe integrálva, és a Dx
    műszereken RUO üzemmódban használják.

# Step 1 and its three paragraphs.
step-internet = Internethez csatlakoztatott műszerek: azonnal töltse le az ezen a címen
    elérhető szoftverjavítást, és telepítse minden érintett műszerre, minden üzemmódban (Dx és
    RUO üzemmódban), és/vagy az LRM minden olyan önálló példányára, amely nincs a műszerbe
    integrálva, és a Dx műszereken RUO üzemmódban használják.
step-internet-backup = A szoftverjavítás telepítése előtt ajánlott biztonsági másolatot
    készíteni az adatairól.
step-internet-address = A nagyobb védelem érdekében az Illumina jelenleg csak az érintett
    termékekkel rendelkező ügyfelek és a szabályozó szervek számára adja meg a webhely címét.
step-internet-form = Töltse ki és küldje vissza az alábbi ellenőrző űrlapot 5 munkanapon belül.

# Step 2 and its paragraph.
step-offline = Internethez nem csatlakoztatott műszerek: a szoftverjavítás alkalmazásának egyéb
    módjaira vonatkozó utasításokért írjon a techsupport@illumina.com címre.
step-offline-form = A szoftverjavítás telepítése után azonnal töltse ki és küldje vissza az
    alábbi ellenőrző űrlapot.

# Step 3.
step-permanent-fix = Végleges szoftveres megoldás: amint elérhetővé válik, telepítse azt a
    szoftverfrissítést, amely véglegesen megszünteti ezt a sebezhetőséget. A szoftverfrissítéssel
    kapcsolatos további információkat külön értesítésben küldjük meg.

# Customer actions: the two notes.
customer-actions-note-web-ui = **MEGJEGYZÉS:** a szoftverjavítás telepítése letiltja az LRM
    webes felhasználói felületéhez (web UI) való távoli hozzáférést, és lecseréli az LRM
    jelenlegi felhasználói útmutatóját; a műszer minden egyéb alapvető funkciója változatlan
    marad. Azok az ügyfelek, akik a webes felületet laboratóriumi munkafolyamatokhoz
    használják, azonnali segítségért a techsupport@illumina.com címen fordulhatnak hozzánk.
customer-actions-note-compromised = **MEGJEGYZÉS:** ha azt gyanítja, hogy műszerét jogosulatlan
    felhasználó feltörte, azonnal húzza ki a hálózati kábelt, és haladéktalanul írjon a
    techsupport@illumina.com címre. Az eszköz vizsgálatának lépéseiről az LRM 1.0
    szoftverjavítás használati útmutatójában talál információt.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ha egy felhasználónál az érintett termékek használatával
    összefüggésben e sebezhetőség miatt nemkívánatos esemény következik be, jelentse az
    eseményt az FDA MedWatch nemkívánatos események bejelentésére szolgáló programjának
    online, postai úton vagy faxon. A bejelentést online a www.fda.gov/medwatch/report.htm
    címen töltheti ki és küldheti be. Az Egyesült Államokon kívül forduljon a helyi szabályozó
    szervhez.
closing-remarks = Az Illumina nagyon komolyan veszi a biztonságot és az adatvédelmet.
    Elkötelezettek vagyunk amellett, hogy támogassuk Önt e sebezhetőség kezelésében.
    Kérdéseivel kérjük, forduljon hozzánk a techsupport@illumina.com címen.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Azért küldjük Önnek ezt az értesítést, mert Ön szervezete kapcsolattartójaként
    szerepel nyilvántartásunkban. Időről időre tájékoztatnunk kell ügyfeleinket a
    termékváltozásokról, a termékek kivezetéséről vagy minőségügyi problémákról.
why-body-marketing = Kérjük ezért, fordítson figyelmet ezekre az értesítésekre, mivel fontos
    információkat tartalmaznak termékeinkről, és nem marketingcélú közlemények. Így akkor is
    megkaphatja ezeket az értesítéseket, ha leiratkozott a(z) { $issuer } marketinganyagairól.
    Ha nem Ön a megfelelő kapcsolattartó a szervezetében az ilyen értesítések tekintetében,
    kérjük, küldjön e-mailt a customernotifications@illumina.com címre, és adja meg a megfelelő
    kapcsolattartót. További információkért tekintse meg adatvédelmi szabályzatunkat.

# Verification form: paragraphs before the form table.
form-intro-sent = Az Illumina { $issued } dátummal orvostechnikai eszköz sürgős visszahívásáról
    szóló értesítést ({ $notice-id }) küldött Önnek a NextSeq 550Dx és MiSeqDx műszereket
    érintő problémával kapcsolatban.
form-intro-complete = Kérjük, az alábbi táblázat kitöltésével erősítse meg az értesítés
    kézhezvételét, majd miután az értesítés „Az ügyfél teendői” című szakaszában leírtak
    szerint befejezte a szoftverjavítás telepítését, küldje el a kitöltött űrlapot e-mailben a
    techsupport@illumina.com címre.

# Verification form: checklist of the affected products.
form-product-name = Termék/eszköz neve
form-quantity = MENNY.
form-serial-numbers = Sorozatszámok
form-checklist-hint = Jelölje be az összes érintett terméket
form-row-standalone-lrm = Az LRM önálló, a műszerbe nem integrált példányai, amelyeket a Dx
    műszereken RUO üzemmódban használnak.

# Verification form: the customer's details.
form-customer-details = Ügyféladatok
form-person-name-print = Név (nyomtatott betűkkel):
form-person-title-print = Az űrlapot kitöltő személy beosztása (nyomtatott betűkkel):

# Verification form: questions for customers.
form-q-lrm-installed = Kijelentem, hogy az LRM telepítve van a fent bejelölt műszereken.
form-q-patch-installed = Megerősítem, hogy a szoftverjavítás telepítve van az összes fent
    azonosított műszeren.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Azonosítottam azokat az ügyfeleket, akik megkapták vagy
    megkaphatták a terméket.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Tudomásul veszem, hogy a szoftverjavítást letöltése után külön kell
    telepíteni az ebben az ellenőrző űrlapban azonosított minden érintett műszer minden
    üzemmódjában (Dx üzemmódban, illetve RUO üzemmódban) és/vagy az LRM minden olyan önálló
    példányán, amely nincs a műszerbe integrálva, és a Dx műszereken RUO üzemmódban használják.
