### status: draft

# FSN2025-1682 (Dutch): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx-instrument inclusief DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina neemt contact met u op in verband met een beveiligingskwetsbaarheid die is
    vastgesteld in de Baseboard Management Controller (BMC) van de DRAGEN™ Server for
    NovaSeq™ 6000Dx Instrument en de Illumina DRAGEN Server for NextSeq™ 550Dx Instrument. De
    betrokken servers worden vermeld in tabel 1 hieronder. Deze melding geeft een samenvatting
    van het probleem, de maatregelen van Illumina en de vereiste maatregelen voor de klant.
    Opmerking: deze beveiligingskwetsbaarheid beperkt zich tot deze Illumina DRAGEN Servers.
    Andere versies van de DRAGEN Server worden hierdoor niet getroffen.

# Issue summary.
summary-risk = Het productbeveiligingsteam van Illumina heeft onlangs een onbeheerst
    productbeveiligingsrisico vastgesteld met betrekking tot de Baseboard Management
    Controller (BMC) die wordt gebruikt in de hierboven vermelde DRAGEN Servers. De
    beveiligingskwetsbaarheid wordt veroorzaakt door configuraties voor het beheer en de
    bewaking van netwerken op afstand.
summary-exploitation = Illumina heeft vastgesteld dat een onbevoegde partij die misbruik zou
    maken van deze kwetsbaarheid, zonder wachtwoord toegang zou kunnen krijgen tot de externe
    BMC-console (omzeiling van de authenticatie). Misbruik van deze kwetsbaarheid kan leiden
    tot onbevoegde toegang tot het systeem, manipulatie van hardware-instellingen, uitvoering
    van code op afstand, besturing op afstand, datalekken en denial-of-service-aanvallen.
summary-no-reports = Op dit moment heeft Illumina geen meldingen ontvangen en zijn er geen
    aanwijzingen dat misbruik is gemaakt van deze kwetsbaarheid.

# Illumina actions.
issuer-actions-instructions = Illumina verstrekt klanten de onderstaande instructies om hun
    servers te beveiligen en hun systemen te beschermen tegen misbruik van deze
    kwetsbaarheid. Wanneer deze instructies zijn toegepast, is de kwetsbaarheid verholpen.
issuer-actions-risk = Als u deze instructies niet opvolgt, kan uw systeem worden blootgesteld
    aan de hierboven beschreven risico’s.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Voor alle betrokken DRAGEN Servers die in tabel 1 hierboven worden
    vermeld, moeten de volgende maatregelen worden genomen om deze kritieke
    beveiligingskwetsbaarheid te verhelpen:
customer-actions-download = Download en volg de klantinstructies op [deze
    webpagina](https://support.illumina.com/support-content/bmc.html). De volledige
    hyperlink staat hieronder:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Vul het verificatieformulier in en stuur het terug nadat
    u alle stappen in de verstrekte instructies hebt uitgevoerd voor elk van uw servers die in
    tabel 1 als betrokken is aangemerkt.
customer-actions-note = **OPMERKING:** als u vermoedt dat uw server door een onbevoegde partij
    is gecompromitteerd, koppel dan onmiddellijk de netwerkkabel los en neem contact op met de
    technische ondersteuning van Illumina via techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Als u tijdens het gebruik van een van de betrokken servers een
    ongewenst voorval ondervindt als gevolg van deze beveiligingskwetsbaarheid, meld het
    voorval dan online, per gewone post of per fax bij het MedWatch Adverse Event
    Reporting-programma van de FDA. U kunt de melding online invullen en indienen via
    www.fda.gov/medwatch/report.htm. Neem buiten de Verenigde Staten contact op met uw lokale
    regelgevende instantie.
closing-remarks = Illumina neemt beveiliging zeer serieus. Wij zetten ons in om u te
    ondersteunen bij het verhelpen van deze kwetsbaarheid. Neem voor verdere vragen of hulp
    contact op met techsupport@illumina.com. Mogelijk neemt ook een externe leverancier
    namens Illumina contact met u op om ervoor te zorgen dat u de ondersteuning krijgt die u
    nodig hebt.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina heeft u de melding { $notice-id } (dringende terugroepactie van een
    medisch hulpmiddel) gestuurd over een probleem met de DRAGEN Server for NovaSeq 6000Dx
    Instrument en de Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Vul het onderstaande formulier in om te bevestigen dat u de melding hebt
    ontvangen en de in de melding beschreven maatregelen voor de klant hebt uitgevoerd.
    Stuur het ingevulde formulier per e-mail naar techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Servernaam

# Verification form: questions for customers.
form-q-remediation-done = Ik bevestig dat de herstelmaatregelen die in het gedeelte
    ‘Maatregelen voor de klant’ worden beschreven, zijn uitgevoerd op elke betrokken server
    die in dit verificatieformulier is vermeld.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ik heb de klanten geïdentificeerd die de betrokken servers
    hebben ontvangen of mogelijk hebben ontvangen.
