### status: draft

# FSN2025-1682 (Slovak): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Prístroj NovaSeq 6000Dx vrátane DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Spoločnosť Illumina sa na Vás obracia v súvislosti s bezpečnostnou zraniteľnosťou
    zistenou v radiči na správu základnej dosky (Baseboard Management Controller, BMC)
    serverov DRAGEN™ Server for NovaSeq™ 6000Dx Instrument a Illumina DRAGEN Server for
    NextSeq™ 550Dx Instrument. Dotknuté servery sú uvedené nižšie v tabuľke 1. Toto
    oznámenie zhŕňa problém, opatrenia spoločnosti Illumina a opatrenia požadované od
    zákazníkov. Poznámka: táto bezpečnostná zraniteľnosť sa týka iba uvedených inštancií
    servera Illumina DRAGEN Server. Iné verzie inštancií servera DRAGEN Server nie sú
    dotknuté.

# Issue summary.
summary-risk = Tím pre bezpečnosť produktov spoločnosti Illumina nedávno zistil
    nekontrolované bezpečnostné riziko produktu súvisiace s radičom na správu základnej
    dosky (BMC), ktorý sa používa vo vyššie uvedených inštanciách servera DRAGEN Server.
    Bezpečnostná zraniteľnosť je spôsobená konfiguráciou vzdialenej správy a monitorovania
    siete.
summary-exploitation = Spoločnosť Illumina zistila, že ak by neoprávnená osoba túto
    zraniteľnosť zneužila, mohla by získať prístup k vzdialenej konzole BMC bez zadania
    hesla (obídenie overenia totožnosti). Zneužitie tejto zraniteľnosti by mohlo viesť k
    neoprávnenému prístupu do systému, manipulácii s nastaveniami hardvéru, vzdialenému
    spusteniu kódu, vzdialenému ovládaniu, únikom údajov a útokom typu odmietnutie služby
    (denial of service).
summary-no-reports = Spoločnosť Illumina doteraz nedostala žiadne hlásenia a nemá žiadne
    dôkazy o tom, že by táto zraniteľnosť bola zneužitá.

# Illumina actions.
issuer-actions-instructions = Spoločnosť Illumina poskytuje zákazníkom nižšie uvedené
    pokyny, ako zabezpečiť svoje servery a chrániť svoje systémy pred zneužitím tejto
    zraniteľnosti. Vykonaním týchto pokynov sa zraniteľnosť odstráni.
issuer-actions-risk = Ak tieto pokyny nebudete dodržiavať, Váš systém môže byť vystavený
    vyššie opísaným rizikám.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Pri všetkých dotknutých inštanciách servera DRAGEN Server uvedených
    vyššie v tabuľke 1 je potrebné vykonať nasledujúce opatrenia na odstránenie tejto
    kritickej bezpečnostnej zraniteľnosti:
customer-actions-download = Stiahnite si pokyny pre zákazníkov z [tejto webovej
    stránky](https://support.illumina.com/support-content/bmc.html) a postupujte podľa nich.
    Úplný hypertextový odkaz je uvedený nižšie:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Po vykonaní všetkých krokov uvedených v poskytnutých
    pokynoch pre Vaše konkrétne servery, ktoré sú v tabuľke 1 uvedené ako dotknuté, vyplňte
    a vráťte overovací formulár.
customer-actions-note = **POZNÁMKA:** Ak máte podozrenie, že Váš server bol napadnutý
    neoprávnenou osobou, okamžite odpojte sieťový kábel a kontaktujte technickú podporu
    spoločnosti Illumina na adrese techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ak pri používaní ktoréhokoľvek z dotknutých serverov dôjde v
    dôsledku tejto bezpečnostnej zraniteľnosti k nežiaducej udalosti, nahláste ju
    prostredníctvom programu FDA MedWatch na hlásenie nežiaducich udalostí, a to online,
    bežnou poštou alebo faxom. Hlásenie môžete vyplniť a odoslať online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojených štátov sa obráťte na miestny regulačný
    orgán.
closing-remarks = Spoločnosť Illumina berie bezpečnosť veľmi vážne. Sme odhodlaní pomôcť Vám
    pri riešení tejto zraniteľnosti. S ďalšími otázkami alebo žiadosťami o pomoc sa
    obracajte na adresu techsupport@illumina.com. Môže Vás kontaktovať aj externý dodávateľ
    konajúci v mene spoločnosti Illumina, ktorý zabezpečí, aby ste dostali potrebnú podporu.

# Verification form: paragraphs before the form table.
form-intro-sent = Spoločnosť Illumina Vám zaslala oznámenie o naliehavom stiahnutí
    zdravotníckej pomôcky { $notice-id } v súvislosti s problémom, ktorý postihuje servery
    DRAGEN Server for NovaSeq 6000Dx Instrument a Illumina DRAGEN Server for NextSeq 550Dx
    Instrument.
form-intro-complete = Vyplnením nižšie uvedeného formulára potvrďte prijatie oznámenia a
    vykonanie opatrení na strane zákazníka, ktoré sú v oznámení opísané. Vyplnený formulár
    pošlite e-mailom na adresu techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Názov servera

# Verification form: questions for customers.
form-q-remediation-done = Potvrdzujem, že nápravné kroky uvedené v časti „Opatrenia na
    strane zákazníka“ boli vykonané na každom dotknutom serveri uvedenom v tomto overovacom
    formulári.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) som zákazníkov, ktorí dotknuté servery
    dostali alebo mohli dostať.
