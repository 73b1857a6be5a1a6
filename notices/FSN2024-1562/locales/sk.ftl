### status: draft

# FSN2024-1562 (Slovak): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabuľka 1: Dotknutý(-é) produkt(y)
product-table-udi-di = Jedinečný identifikátor pomôcky - Identifikátor pomôcky

# Introduction after the salutation, before Table 1.
intro = Spoločnosť Illumina sa na Vás obracia v súvislosti so zraniteľnosťou v oblasti
    kybernetickej bezpečnosti, ktorá bola zistená v komunikačnom protokole medzi sieťovými
    úložiskami, servermi a/alebo počítačmi poskytnutými zákazníkom a produktmi uvedenými
    nižšie v tabuľke 1. Toto oznámenie zhŕňa problém, opatrenia spoločnosti Illumina a
    opatrenia požadované od zákazníkov.

# Issue summary.
summary-risk = Tím pre bezpečnosť produktov spoločnosti Illumina pri vykonávaní rutinných
    analýz kybernetickej bezpečnosti zistil nekontrolované bezpečnostné riziko produktu
    súvisiace s komunikačným protokolom medzi produktmi Illumina uvedenými v tabuľke 1 a
    sieťovými úložiskami, servermi a/alebo počítačmi poskytnutými zákazníkom. Spoločnosť
    Illumina zistila, že ak sa nepoužívajú zabezpečené protokoly, neoprávnená osoba, ktorá
    už získala privilegovaný prístup do siete zákazníka, by mohla túto komunikáciu zachytiť
    a zneužiť.
summary-exploitation = Ak by neoprávnená osoba túto zraniteľnosť zneužila, mohla by
    potenciálne zachytiť a upraviť súbory, čo by mohlo viesť k doručeniu nesprávnych alebo
    oneskorených výsledkov, k nedoručeniu výsledkov alebo k doručeniu poškodených súborov do
    sieťového zariadenia poskytnutého zákazníkom a/alebo k prezradeniu údajov o pacientoch v
    prenášaných súboroch.
summary-no-reports = Spoločnosť Illumina doteraz nedostala žiadne hlásenia a nemá žiadne
    dôkazy o tom, že by táto zraniteľnosť bola zneužitá.

# Illumina actions.
issuer-actions-guidance = Spoločnosť Illumina poskytuje príručku pre kybernetickú
    bezpečnosť, ktorá obsahuje odporúčania, ako môžu zákazníci zabezpečiť komunikáciu svojej
    internej siete s produktom Illumina.
issuer-actions-risk = Ak tieto pokyny nebudete dodržiavať alebo na ochranu svojich systémov
    nezavediete osvedčené postupy v oblasti zabezpečenia siete, Vaša organizácia môže byť
    vystavená vyššie opísaným rizikám.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Pri všetkých dotknutých produktoch vykonajte nasledujúce kroky na
    zavedenie opatrení na zmiernenie rizika:
customer-actions-download = Stiahnite
    si [tento](https://support.illumina.com/support-content/cyberguidance.html) dokument s
    príručkou pre kybernetickú bezpečnosť a prečítajte si ho. Úplný hypertextový odkaz je
    uvedený nižšie.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Pre každý produkt pripojený k sieti zákazníka: v spolupráci so
    svojím interným oddelením IT určte, ktorý zabezpečený protokol je pre Vaše prostredie
    najvhodnejší, a vykonajte príslušnú zmenu konfigurácie.
customer-actions-dual-mode = Poznámka: zmena sieťového protokolu sa prejaví súčasne v režime
    Dx aj RUO, preto nie je potrebné na vykonanie požadovaných opatrení spúšťať každý režim
    zvlášť.
customer-actions-verification-form = Po vykonaní všetkých krokov uvedených v poskytnutých
    pokynoch pre Vaše konkrétne produkty, ktoré sú v tabuľke 1 uvedené ako dotknuté, vyplňte
    a vráťte overovací formulár.
customer-actions-note = **POZNÁMKA:** Ak máte podozrenie, že Váš prístroj bol napadnutý
    neoprávneným používateľom, okamžite odpojte sieťový kábel a obráťte sa na adresu
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ak dôjde k nežiaducej udalosti súvisiacej s používaním
    ktoréhokoľvek dotknutého produktu a spôsobenej touto zraniteľnosťou, nahláste ju
    prostredníctvom programu FDA MedWatch na hlásenie nežiaducich udalostí, a to online,
    bežnou poštou alebo faxom. Hlásenie môžete vyplniť a odoslať online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojených štátov sa obráťte na miestny regulačný
    orgán.
closing-remarks = Spoločnosť Illumina berie bezpečnosť veľmi vážne. Sme odhodlaní pomôcť Vám
    pri riešení tejto zraniteľnosti. S ďalšími otázkami alebo žiadosťami o pomoc sa
    obracajte na adresu techsupport@illumina.com. Môže Vás kontaktovať aj externý dodávateľ
    konajúci v mene spoločnosti Illumina, ktorý zabezpečí, aby ste dostali potrebnú podporu.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Všetky práva vyhradené. Všetky ochranné známky sú
    majetkom spoločnosti Illumina, Inc. alebo ich príslušných vlastníkov. Konkrétne
    informácie o ochranných známkach nájdete na webovej
    stránke [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Tieto oznámenia obsahujú dôležité informácie o našich produktoch a nie
    sú marketingovou komunikáciou. Preto môžete tieto oznámenia dostávať, aj keď ste sa
    odhlásili z odberu marketingovej komunikácie spoločnosti { $issuer }. Ak nie ste vo
    svojej organizácii vhodnou kontaktnou osobou na prijímanie takýchto oznámení, môžete sa
    z ich odberu odhlásiť [vyplnením a odoslaním tohto formulára]({ $link-unsubscribe }).
    Ďalšie informácie nájdete v našich [Zásadách ochrany osobných
    údajov]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Spoločnosť Illumina Vám zaslala oznámenie o naliehavom stiahnutí
    zdravotníckej pomôcky { $notice-id } v súvislosti s problémom, ktorý postihuje prístroje
    NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx,
    Illumina DRAGEN Server v4 a VeriSeq Onsite Server v2.
form-intro-complete = Vyplnením nižšie uvedeného formulára potvrďte prijatie oznámenia a
    vykonanie opatrení na strane zákazníka, ktoré sú opísané v tomto oznámení. Vyplnený
    formulár pošlite e-mailom na adresu techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Potvrdzujem, že dokument s príručkou pre kybernetickú bezpečnosť bol
    stiahnutý a prečítaný.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) som zákazníkov, ktorí dotknutý produkt
    dostali alebo mohli dostať.
