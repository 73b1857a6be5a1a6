### status: draft

# FSN2025-1682 (Czech): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Přístroj NovaSeq 6000Dx včetně DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Společnost Illumina se na Vás obrací v souvislosti s bezpečnostní zranitelností
    zjištěnou v řadiči pro správu základní desky (Baseboard Management Controller, BMC)
    serverů DRAGEN™ Server for NovaSeq™ 6000Dx Instrument a Illumina DRAGEN Server for
    NextSeq™ 550Dx Instrument. Dotčené servery jsou uvedeny níže v tabulce 1. Toto oznámení
    shrnuje problém, opatření společnosti Illumina a opatření požadovaná od zákazníků.
    Poznámka: tato bezpečnostní zranitelnost se týká pouze uvedených instancí serveru
    Illumina DRAGEN Server. Jiné verze instancí serveru DRAGEN Server dotčeny nejsou.

# Issue summary.
summary-risk = Tým pro bezpečnost produktů společnosti Illumina nedávno zjistil
    nekontrolované bezpečnostní riziko produktu spojené s řadičem pro správu základní desky
    (BMC), který se používá ve výše uvedených instancích serveru DRAGEN Server. Bezpečnostní
    zranitelnost je způsobena konfigurací vzdálené správy a monitorování sítě.
summary-exploitation = Společnost Illumina zjistila, že pokud by neoprávněná osoba tuto
    zranitelnost zneužila, mohla by získat přístup ke vzdálené konzoli BMC bez zadání hesla
    (obejití ověřování). Zneužití této zranitelnosti by mohlo vést k neoprávněnému přístupu
    do systému, manipulaci s nastavením hardwaru, vzdálenému spuštění kódu, vzdálenému
    ovládání, únikům dat a útokům typu odepření služby (denial of service).
summary-no-reports = Společnost Illumina dosud neobdržela žádná hlášení a nemá žádné důkazy
    o tom, že by tato zranitelnost byla zneužita.

# Illumina actions.
issuer-actions-instructions = Společnost Illumina poskytuje zákazníkům níže uvedené pokyny,
    jak zabezpečit své servery a chránit své systémy před zneužitím této zranitelnosti.
    Provedením těchto pokynů bude zranitelnost odstraněna.
issuer-actions-risk = Pokud tyto pokyny nebudete dodržovat, může být Váš systém vystaven
    výše popsaným rizikům.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = U všech dotčených instancí serveru DRAGEN Server uvedených výše v
    tabulce 1 je nutné provést následující opatření k odstranění této kritické bezpečnostní
    zranitelnosti:
customer-actions-download = Stáhněte si pokyny pro zákazníky z [této webové
    stránky](https://support.illumina.com/support-content/bmc.html) a postupujte podle nich.
    Úplný hypertextový odkaz je uveden níže:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Po provedení všech kroků uvedených v poskytnutých
    pokynech pro Vaše konkrétní servery, které jsou v tabulce 1 uvedeny jako dotčené,
    vyplňte a vraťte ověřovací formulář.
customer-actions-note = **POZNÁMKA:** Máte-li podezření, že Váš server byl napaden
    neoprávněnou osobou, okamžitě odpojte síťový kabel a kontaktujte technickou podporu
    společnosti Illumina na adrese techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Pokud při používání kteréhokoli z dotčených serverů dojde v
    důsledku této bezpečnostní zranitelnosti k nežádoucí příhodě, nahlaste ji
    prostřednictvím programu FDA MedWatch pro hlášení nežádoucích příhod, a to online,
    běžnou poštou nebo faxem. Hlášení můžete vyplnit a odeslat online na adrese
    www.fda.gov/medwatch/report.htm. Mimo Spojené státy se obraťte na místní regulační
    orgán.
closing-remarks = Společnost Illumina bere bezpečnost velmi vážně. Jsme odhodláni Vám pomoci
    s řešením této zranitelnosti. S dalšími dotazy nebo žádostmi o pomoc se obracejte na
    adresu techsupport@illumina.com. Může Vás také kontaktovat externí dodavatel jednající
    jménem společnosti Illumina, který zajistí, abyste obdrželi potřebnou podporu.

# Verification form: paragraphs before the form table.
form-intro-sent = Společnost Illumina Vám zaslala oznámení o naléhavém stažení
    zdravotnického prostředku { $notice-id } ohledně problému, který postihuje servery
    DRAGEN Server for NovaSeq 6000Dx Instrument a Illumina DRAGEN Server for NextSeq 550Dx
    Instrument.
form-intro-complete = Vyplněním níže uvedeného formuláře potvrďte přijetí oznámení a
    provedení opatření na straně zákazníka, která jsou v oznámení popsána. Vyplněný formulář
    zašlete e-mailem na adresu techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Název serveru

# Verification form: questions for customers.
form-q-remediation-done = Potvrzuji, že nápravné kroky uvedené v části „Opatření na straně
    zákazníka“ byly provedeny na každém dotčeném serveru uvedeném v tomto ověřovacím
    formuláři.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikoval(a) jsem zákazníky, kteří dotčené servery
    obdrželi nebo mohli obdržet.
