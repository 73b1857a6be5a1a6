### status: draft

# FSN2022-1230 (Slovak): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = NALIEHAVÉ STIAHNUTIE ZDRAVOTNÍCKEJ POMÔCKY

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Prístroj NextSeq 550Dx
product-miseqdx = Prístroj MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Názov produktu/pomôcky
product-table-udi-di = Identifikátor pomôcky

# Introduction after the salutation, before Table 1.
intro = Spoločnosť Illumina sa na Vás obracia v súvislosti so zraniteľnosťou v oblasti
    kybernetickej bezpečnosti v softvéri Local Run Manager (LRM), ktorá bola zistená na
    prístrojoch NextSeq™ 550Dx a MiSeq™Dx. Toto oznámenie zhŕňa problém, opatrenia
    spoločnosti Illumina a opatrenia požadované od zákazníkov.

# Issue summary.
summary-vulnerability = Spoločnosť Illumina zistila zraniteľnosť v oblasti kybernetickej
    bezpečnosti v softvéri Local Run Manager (LRM) v sekvenačných prístrojoch na diagnostiku
    in vitro uvedených v tabuľke 1.
summary-no-reports = Spoločnosť Illumina doteraz nedostala žiadne hlásenia o tom, že by táto
    zraniteľnosť bola zneužitá.
summary-exploitation = Neoprávnený používateľ by mohol túto zraniteľnosť potenciálne zneužiť
    na prevzatie vzdialenej kontroly nad prístrojom a následne vykonávať akcie na úrovni
    operačného systému; tieto akcie by mohli ovplyvniť nastavenia, konfigurácie, softvér
    alebo údaje v prístroji alebo v sieti zákazníka. Zneužitie tejto zraniteľnosti by mohlo
    mať za následok, že sa nevygenerujú žiadne výsledky, vygenerujú sa nesprávne výsledky,
    dôjde k napadnutiu súborov alebo k úniku údajov o pacientoch. Zneužitie tejto
    zraniteľnosti vyššie opísaným spôsobom môže predstavovať potenciálne riziko pre zdravie
    pacientov.

# Illumina actions.
issuer-actions-patch = Spoločnosť Illumina vyvinula softvérovú záplatu, ktorá zabráni
    zneužitiu tejto zraniteľnosti. V súčasnosti pracujeme na vývoji trvalej softvérovej
    opravy pre súčasné aj budúce prístroje.
issuer-actions-download = Pre prístroje pripojené k internetu je softvérová záplata už teraz
    k dispozícii na stiahnutie (adresa webovej stránky na stiahnutie je uvedená nižšie v
    časti „Opatrenia na strane zákazníka“). Spoločnosť Illumina odporúča zákazníkom, aby
    softvérovú záplatu okamžite stiahli a nainštalovali ju na všetky dotknuté prístroje.
issuer-actions-offline = Na inštaláciu softvérovej záplaty na dotknuté produkty s LRM, ktoré
    nie sú pripojené k internetu, vyvinula spoločnosť Illumina alternatívne možnosti. Ak
    chcete získať informácie o týchto možnostiach, čo najskôr sa obráťte na technickú
    podporu na adrese techsupport@illumina.com.
issuer-actions-questions = S ďalšími otázkami alebo žiadosťami o pomoc sa obracajte na
    adresu techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Poznámka: dotknuté prístroje majú režim duálneho spúšťania
    (dual boot) a je dôležité nainštalovať softvérovú záplatu samostatne v každom režime (Dx
    a RUO) každého prístroja. Rovnako je dôležité nainštalovať softvérovú záplatu na každú
    samostatnú inštanciu LRM, ktorá nie je integrovaná v prístroji a slúži na použitie v
    režime RUO na prístrojoch Dx.

# Step 1 and its three paragraphs.
step-internet = Prístroje pripojené k internetu: okamžite stiahnite softvérovú záplatu
    dostupnú na tejto adrese a nainštalujte ju na každý dotknutý prístroj, v každom režime
    (režim Dx a režim RUO), a/alebo na každú samostatnú inštanciu LRM, ktorá nie je
    integrovaná v prístroji a slúži na použitie v režime RUO na prístrojoch Dx.
step-internet-backup = Pred inštaláciou softvérovej záplaty odporúčame zálohovať údaje.
step-internet-address = Z dôvodu lepšej ochrany poskytuje spoločnosť Illumina v súčasnosti
    adresu webovej stránky iba zákazníkom s dotknutými produktmi a regulačným orgánom.
step-internet-form = Do 5 pracovných dní vyplňte a vráťte nižšie uvedený overovací formulár.

# Step 2 and its paragraph.
step-offline = Prístroje nepripojené k internetu: pokyny k iným spôsobom inštalácie
    softvérovej záplaty získate na adrese techsupport@illumina.com.
step-offline-form = Ihneď po inštalácii softvérovej záplaty vyplňte a vráťte nižšie uvedený
    overovací formulár.

# Step 3.
step-permanent-fix = Trvalá softvérová oprava: hneď ako bude k dispozícii, nainštalujte
    aktualizáciu softvéru, ktorá túto zraniteľnosť natrvalo odstráni. Ďalšie informácie o
    tejto aktualizácii softvéru Vám pošleme v samostatnom oznámení.

# Customer actions: the two notes.
customer-actions-note-web-ui = **POZNÁMKA:** Inštalácia softvérovej záplaty zablokuje
    vzdialený prístup k webovému používateľskému rozhraniu LRM (web UI) a nahradí aktuálnu
    používateľskú príručku LRM; všetky ostatné základné funkcie prístroja zostanú nezmenené.
    Zákazníci, ktorí používajú webové rozhranie pre laboratórne pracovné postupy, sa môžu so
    žiadosťou o okamžitú pomoc obrátiť na adresu techsupport@illumina.com.
customer-actions-note-compromised = **POZNÁMKA:** Ak máte podozrenie, že Váš prístroj bol
    napadnutý neoprávneným používateľom, okamžite odpojte sieťový kábel a bezodkladne sa
    obráťte na adresu techsupport@illumina.com. Informácie o krokoch na preverenie pomôcky
    nájdete v návode na použitie softvérovej záplaty LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ak u používateľa dôjde k nežiaducej udalosti súvisiacej s
    používaním dotknutých produktov a spôsobenej touto zraniteľnosťou, nahláste ju
    prostredníctvom programu FDA MedWatch na hlásenie nežiaducich udalostí, a to online,
    bežnou poštou alebo faxom. Hlásenie môžete vyplniť a odoslať online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojených štátov sa obráťte na miestny regulačný
    orgán.
closing-remarks = Spoločnosť Illumina berie bezpečnosť a ochranu údajov veľmi vážne. Sme
    odhodlaní pomôcť Vám pri riešení tejto zraniteľnosti. S prípadnými otázkami sa obracajte
    na adresu techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Toto oznámenie Vám posielame, pretože ste kontaktnou osobou svojej
    organizácie. Z času na čas potrebujeme informovať našich zákazníkov o zmenách produktov,
    ukončení výroby produktov alebo problémoch s kvalitou.
why-body-marketing = Žiadame Vás preto, aby ste týmto oznámeniam venovali pozornosť, pretože
    obsahujú dôležité informácie o našich produktoch a nie sú marketingovou komunikáciou.
    Tieto oznámenia tak môžete dostávať, aj keď ste sa odhlásili z odberu marketingových
    materiálov spoločnosti { $issuer }. Ak nie ste vo svojej organizácii vhodnou kontaktnou
    osobou pre tieto oznámenia, pošlite e-mail s menom správnej kontaktnej osoby na adresu
    customernotifications@illumina.com. Ďalšie informácie nájdete v našich Zásadách ochrany
    osobných údajov.

# Verification form: paragraphs before the form table.
form-intro-sent = Dňa { $issued } Vám spoločnosť Illumina zaslala oznámenie o naliehavom
    stiahnutí zdravotníckej pomôcky { $notice-id } v súvislosti s problémom, ktorý postihuje
    prístroje NextSeq 550Dx a MiSeqDx.
form-intro-complete = Vyplnením nižšie uvedenej tabuľky potvrďte prijatie oznámenia a po
    dokončení inštalácie softvérovej záplaty podľa opisu v časti „Opatrenia na strane
    zákazníka“ tohto oznámenia pošlite vyplnený formulár e-mailom na adresu
    techsupport@illumina.com.

# Verification form: checklist of the affected products.
form-product-name = Názov produktu/pomôcky
form-quantity = POČET
form-serial-numbers = Sériové čísla
form-checklist-hint = Označte všetky dotknuté produkty
form-row-standalone-lrm = Samostatné inštancie LRM, ktoré nie sú integrované v prístroji a
    slúžia na použitie v režime RUO na prístrojoch Dx.

# Verification form: the customer's details.
form-customer-details = Údaje o zákazníkovi
form-person-name-print = Meno paličkovým písmom:
form-person-title-print = Funkcia osoby, ktorá vypĺňa formulár, paličkovým písmom:

# Verification form: questions for customers.
form-q-lrm-installed = Vyhlasujem, že na vyššie označených prístrojoch je nainštalovaný
    softvér LRM.
form-q-patch-installed = Potvrdzujem, že softvérová záplata je nainštalovaná na všetkých
    vyššie uvedených prístrojoch.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) som zákazníkov, ktorí produkt dostali alebo
    mohli dostať.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Beriem na vedomie, že po stiahnutí sa softvérová záplata musí
    nainštalovať samostatne v každom režime (v režime Dx, resp. v režime RUO) každého
    dotknutého prístroja uvedeného v tomto overovacom formulári a/alebo na každej
    samostatnej inštancii LRM, ktorá nie je integrovaná v prístroji a slúži na použitie v
    režime RUO na prístrojoch Dx.
