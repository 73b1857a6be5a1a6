### status: draft

# FSN2022-1230 (Czech): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = NALÉHAVÉ STAŽENÍ ZDRAVOTNICKÉHO PROSTŘEDKU

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Přístroj NextSeq 550Dx
product-miseqdx = Přístroj MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Název produktu/prostředku
product-table-udi-di = Identifikátor prostředku

# Introduction after the salutation, before Table 1.
intro = Společnost Illumina se na Vás obrací v souvislosti se zranitelností v oblasti
    kybernetické bezpečnosti v softwaru Local Run Manager (LRM), která byla zjištěna u
    přístrojů NextSeq™ 550Dx a MiSeq™Dx. Toto oznámení shrnuje problém, opatření společnosti
    Illumina a opatření požadovaná od zákazníků.

# Issue summary.
summary-vulnerability = Společnost Illumina zjistila zranitelnost v oblasti kybernetické
    bezpečnosti v softwaru Local Run Manager (LRM) v sekvenačních přístrojích pro
    diagnostiku in vitro uvedených v tabulce 1.
summary-no-reports = Společnost Illumina dosud neobdržela žádná hlášení o tom, že by tato
    zranitelnost byla zneužita.
summary-exploitation = Neoprávněný uživatel by mohl tuto zranitelnost potenciálně zneužít k
    převzetí vzdálené kontroly nad přístrojem a následně provádět akce na úrovni operačního
    systému; tyto akce by mohly ovlivnit nastavení, konfigurace, software nebo data v
    přístroji nebo v síti zákazníka. Zneužití této zranitelnosti by mohlo mít za následek,
    že nebudou vygenerovány žádné výsledky, budou vygenerovány nesprávné výsledky, dojde k
    napadení souborů nebo k úniku údajů o pacientech. Zneužití této zranitelnosti výše
    popsaným způsobem může představovat potenciální riziko pro zdraví pacientů.

# Illumina actions.
issuer-actions-patch = Společnost Illumina vyvinula softwarovou záplatu, která zneužití této
    zranitelnosti zabrání. V současné době pracujeme na vývoji trvalé softwarové opravy pro
    stávající i budoucí přístroje.
issuer-actions-download = Pro přístroje připojené k internetu je softwarová záplata již nyní
    k dispozici ke stažení (adresa webové stránky pro stažení je uvedena níže v části
    „Opatření na straně zákazníka“). Společnost Illumina doporučuje zákazníkům, aby
    softwarovou záplatu okamžitě stáhli a nainstalovali ji na všechny dotčené přístroje.
issuer-actions-offline = Pro instalaci softwarové záplaty na dotčené produkty s LRM, které
    nejsou připojeny k internetu, vyvinula společnost Illumina alternativní možnosti. Pro
    informace o těchto možnostech se co nejdříve obraťte na technickou podporu na adrese
    techsupport@illumina.com.
issuer-actions-questions = S dalšími dotazy nebo žádostmi o pomoc se obracejte na adresu
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Poznámka: dotčené přístroje mají režim duálního spouštění (dual
    boot) a je důležité nainstalovat softwarovou záplatu samostatně v každém režimu (Dx a
    RUO) každého přístroje. Je rovněž důležité nainstalovat softwarovou záplatu na každou
    samostatnou instanci LRM, která není integrována v přístroji a slouží k použití v režimu
    RUO na přístrojích Dx.

# Step 1 and its three paragraphs.
step-internet = Přístroje připojené k internetu: okamžitě stáhněte softwarovou záplatu
    dostupnou na této adrese a nainstalujte ji na každý dotčený přístroj, v každém režimu
    (režim Dx a režim RUO), a/nebo na každou samostatnou instanci LRM, která není
    integrována v přístroji a slouží k použití v režimu RUO na přístrojích Dx.
step-internet-backup = Před instalací softwarové záplaty doporučujeme zálohovat data.
step-internet-address = Z důvodu lepší ochrany poskytuje společnost Illumina v současné době
    adresu webové stránky pouze zákazníkům s dotčenými produkty a regulačním orgánům.
step-internet-form = Do 5 pracovních dnů vyplňte a vraťte níže uvedený ověřovací formulář.

# Step 2 and its paragraph.
step-offline = Přístroje nepřipojené k internetu: pokyny k jiným způsobům instalace
    softwarové záplaty získáte na adrese techsupport@illumina.com.
step-offline-form = Ihned po instalaci softwarové záplaty vyplňte a vraťte níže uvedený
    ověřovací formulář.

# Step 3.
step-permanent-fix = Trvalá softwarová oprava: jakmile bude k dispozici, nainstalujte
    aktualizaci softwaru, která tuto zranitelnost trvale odstraní. Další informace o této
    aktualizaci softwaru Vám zašleme v samostatném sdělení.

# Customer actions: the two notes.
customer-actions-note-web-ui = **POZNÁMKA:** Instalace softwarové záplaty zablokuje vzdálený
    přístup k webovému uživatelskému rozhraní LRM (web UI) a nahradí stávající uživatelskou
    příručku LRM; všechny ostatní zásadní funkce přístroje zůstanou beze změny. Zákazníci,
    kteří webové rozhraní používají pro laboratorní pracovní postupy, se mohou s žádostí o
    okamžitou pomoc obrátit na adresu techsupport@illumina.com.
customer-actions-note-compromised = **POZNÁMKA:** Máte-li podezření, že Váš přístroj byl
    napaden neoprávněným uživatelem, okamžitě odpojte síťový kabel a neprodleně se obraťte
    na adresu techsupport@illumina.com. Informace o krocích pro prověření prostředku
    naleznete v návodu k softwarové záplatě LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Pokud u uživatele dojde k nežádoucí příhodě související s
    používáním dotčených produktů a způsobené touto zranitelností, nahlaste ji
    prostřednictvím programu FDA MedWatch pro hlášení nežádoucích příhod, a to online,
    běžnou poštou nebo faxem. Hlášení můžete vyplnit a odeslat online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojené státy se obraťte na místní regulační
    orgán.
closing-remarks = Společnost Illumina bere bezpečnost a ochranu dat velmi vážně. Jsme
    odhodláni Vám pomoci s řešením této zranitelnosti. S případnými dotazy se obracejte na
    adresu techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Toto oznámení Vám zasíláme, protože jste kontaktní osobou své organizace.
    Čas od času potřebujeme informovat naše zákazníky o změnách produktů, ukončení výroby
    produktů nebo problémech s kvalitou.
why-body-marketing = Žádáme Vás proto, abyste těmto oznámením věnovali pozornost, protože
    obsahují důležité informace o našich produktech a nejedná se o marketingová sdělení.
    Tato oznámení tak můžete dostávat, i když jste se odhlásili z odběru marketingových
    materiálů společnosti { $issuer }. Pokud nejste ve své organizaci vhodnou kontaktní
    osobou pro tato oznámení, zašlete prosím e-mail se jménem správné kontaktní osoby na
    adresu customernotifications@illumina.com. Další informace naleznete v našich Zásadách
    ochrany osobních údajů.

# Verification form: paragraphs before the form table.
form-intro-sent = Dne { $issued } Vám společnost Illumina zaslala oznámení o naléhavém
    stažení zdravotnického prostředku { $notice-id } ohledně problému, který postihuje
    přístroje NextSeq 550Dx a MiSeqDx.
form-intro-complete = Vyplněním níže uvedené tabulky potvrďte přijetí oznámení a po
    dokončení instalace softwarové záplaty podle popisu v části „Opatření na straně
    zákazníka“ tohoto oznámení zašlete vyplněný formulář e-mailem na adresu
    techsupport@illumina.com.

# Verification form: checklist of the affected products.
form-product-name = Název produktu/prostředku
form-quantity = POČET
form-serial-numbers = Sériová čísla
form-checklist-hint = Zaškrtněte všechny dotčené produkty
form-row-standalone-lrm = Samostatné instance LRM, které nejsou integrovány v přístroji a
    slouží k použití v režimu RUO na přístrojích Dx.

# Verification form: the customer's details.
form-customer-details = Údaje o zákazníkovi
form-person-name-print = Jméno hůlkovým písmem:
form-person-title-print = Funkce osoby, která vyplňuje formulář, hůlkovým písmem:

# Verification form: questions for customers.
form-q-lrm-installed = Prohlašuji, že na výše zaškrtnutých přístrojích je nainstalován
    software LRM.
form-q-patch-installed = Potvrzuji, že softwarová záplata je nainstalována na všech výše
    uvedených přístrojích.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) jsem zákazníky, kteří produkt obdrželi nebo
    mohli obdržet.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Beru na vědomí, že po stažení musí být softwarová záplata
    nainstalována samostatně v každém režimu (v režimu Dx, resp. v režimu RUO) každého
    dotčeného přístroje uvedeného v tomto ověřovacím formuláři a/nebo na každé samostatné
    instanci LRM, která není integrována v přístroji a slouží k použití v režimu RUO na
    přístrojích Dx.
