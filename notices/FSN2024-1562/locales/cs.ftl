### status: draft

# FSN2024-1562 (Czech): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabulka 1: Dotčený(-é) produkt(y)
product-table-udi-di = Jedinečný identifikátor prostředku - Identifikátor prostředku

# Introduction after the salutation, before Table 1.
intro = Společnost Illumina se na Vás obrací v souvislosti se zranitelností v oblasti
    kybernetické bezpečnosti, která byla zjištěna v komunikačním protokolu mezi síťovými
    úložišti, servery a/nebo počítači poskytnutými zákazníkem a produkty uvedenými níže v
    tabulce 1. Toto oznámení shrnuje problém, opatření společnosti Illumina a opatření
    požadovaná od zákazníků.

# Issue summary.
summary-risk = Tým pro bezpečnost produktů společnosti Illumina při provádění rutinních
    analýz kybernetické bezpečnosti zjistil nekontrolované bezpečnostní riziko produktu
    spojené s komunikačním protokolem mezi produkty Illumina uvedenými v tabulce 1 a
    síťovými úložišti, servery a/nebo počítači poskytnutými zákazníkem. Společnost Illumina
    zjistila, že pokud nejsou používány zabezpečené protokoly, mohla by neoprávněná osoba,
    která již získala privilegovaný přístup do sítě zákazníka, tuto komunikaci zachytit a
    zneužít.
summary-exploitation = Pokud by neoprávněná osoba tuto zranitelnost zneužila, mohla by
    potenciálně zachytit a upravit soubory, což by mohlo vést k doručení nesprávných nebo
    zpožděných výsledků, k nedoručení výsledků nebo k doručení poškozených souborů do
    síťového zařízení poskytnutého zákazníkem a/nebo k vyzrazení údajů o pacientech v
    přenášených souborech.
summary-no-reports = Společnost Illumina dosud neobdržela žádná hlášení a nemá žádné důkazy
    o tom, že by tato zranitelnost byla zneužita.

# Illumina actions.
issuer-actions-guidance = Společnost Illumina poskytuje příručku pro kybernetickou
    bezpečnost, která obsahuje doporučení, jak mohou zákazníci zabezpečit komunikaci své
    interní sítě s produktem Illumina.
issuer-actions-risk = Pokud tyto pokyny nebudete dodržovat nebo k ochraně svých systémů
    nezavedete osvědčené postupy v oblasti zabezpečení sítě, může být Vaše organizace
    vystavena výše popsaným rizikům.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = U všech dotčených produktů proveďte následující kroky k zavedení
    opatření ke zmírnění rizika:
customer-actions-download = Stáhněte
    si [tento](https://support.illumina.com/support-content/cyberguidance.html) dokument s
    příručkou pro kybernetickou bezpečnost a přečtěte si jej. Úplný hypertextový odkaz je
    uveden níže.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Pro každý produkt připojený k síti zákazníka: ve spolupráci se
    svým interním oddělením IT určete, který zabezpečený protokol je pro Vaše prostředí
    nejvhodnější, a proveďte příslušnou změnu konfigurace.
customer-actions-dual-mode = Poznámka: změna síťového protokolu se projeví současně v režimu
    Dx i RUO, proto není nutné kvůli provedení požadovaných opatření spouštět každý režim
    zvlášť.
customer-actions-verification-form = Po provedení všech kroků uvedených v poskytnutých
    pokynech pro Vaše konkrétní produkty, které jsou v tabulce 1 uvedeny jako dotčené,
    vyplňte a vraťte ověřovací formulář.
customer-actions-note = **POZNÁMKA:** Máte-li podezření, že Váš přístroj byl napaden
    neoprávněným uživatelem, okamžitě odpojte síťový kabel a obraťte se na adresu
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Pokud dojde k nežádoucí příhodě související s používáním
    kteréhokoli dotčeného produktu a způsobené touto zranitelností, nahlaste ji
    prostřednictvím programu FDA MedWatch pro hlášení nežádoucích příhod, a to online,
    běžnou poštou nebo faxem. Hlášení můžete vyplnit a odeslat online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojené státy se obraťte na místní regulační
    orgán.
closing-remarks = Společnost Illumina bere bezpečnost velmi vážně. Jsme odhodláni Vám pomoci
    s řešením této zranitelnosti. S dalšími dotazy nebo žádostmi o pomoc se obracejte na
    adresu techsupport@illumina.com. Může Vás také kontaktovat externí dodavatel jednající
    jménem společnosti Illumina, který zajistí, abyste obdrželi potřebnou podporu.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Všechna práva vyhrazena. Všechny ochranné známky jsou
    majetkem společnosti Illumina, Inc. nebo jejich příslušných vlastníků. Konkrétní
    informace o ochranných známkách naleznete na webové
    stránce [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Tato oznámení obsahují zásadní informace o našich produktech a nejedná
    se o marketingová sdělení. Tato oznámení proto můžete dostávat, i když jste se odhlásili
    z odběru marketingových sdělení společnosti { $issuer }. Pokud nejste ve své organizaci
    vhodnou kontaktní osobou pro příjem těchto oznámení, můžete se z jejich odběru
    odhlásit [vyplněním a odesláním tohoto formuláře]({ $link-unsubscribe }). Další
    informace naleznete v našich [Zásadách ochrany osobních údajů]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Společnost Illumina Vám zaslala oznámení o naléhavém stažení
    zdravotnického prostředku { $notice-id } ohledně problému, který postihuje přístroje
    NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx,
    Illumina DRAGEN Server v4 a VeriSeq Onsite Server v2.
form-intro-complete = Vyplněním níže uvedeného formuláře potvrďte přijetí oznámení a
    provedení opatření na straně zákazníka, která jsou popsána v tomto oznámení. Vyplněný
    formulář zašlete e-mailem na adresu techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Potvrzuji, že dokument s příručkou pro kybernetickou bezpečnost byl
    stažen a přečten.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) jsem zákazníky, kteří dotčený produkt
    obdrželi nebo mohli obdržet.
