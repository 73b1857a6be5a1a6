### status: draft

# FSN2022-1230 (Dutch): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = DRINGENDE TERUGROEPACTIE VAN EEN MEDISCH HULPMIDDEL

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx-instrument
product-miseqdx = MiSeqDx-instrument

# Table of affected products: this notice's column headings.
product-table-name = Naam product/hulpmiddel
product-table-udi-di = Hulpmiddelidentificatie

# Introduction after the salutation, before Table 1.
intro = Illumina neemt contact met u op in verband met een cyberbeveiligingskwetsbaarheid in
    de Local Run Manager (LRM) die is vastgesteld op de instrumenten NextSeq™ 550Dx en
    MiSeq™Dx. Deze melding geeft een samenvatting van het probleem, de maatregelen van
    Illumina en de vereiste maatregelen voor de klant.

# Issue summary.
summary-vulnerability = Illumina heeft een cyberbeveiligingskwetsbaarheid vastgesteld in de
    software Local Run Manager (LRM) op de in tabel 1 vermelde sequencinginstrumenten voor
    in-vitrodiagnostiek.
summary-no-reports = Op dit moment heeft Illumina geen meldingen ontvangen die erop wijzen dat
    misbruik is gemaakt van deze kwetsbaarheid.
summary-exploitation = Een onbevoegde gebruiker zou de kwetsbaarheid mogelijk kunnen
    misbruiken om het instrument op afstand over te nemen en vervolgens handelingen uit te
    voeren op het niveau van het besturingssysteem; dergelijke handelingen kunnen van invloed
    zijn op instellingen, configuraties, software of gegevens op het instrument of in het
    netwerk van de klant. Misbruik van deze kwetsbaarheid kan ertoe leiden dat er geen
    resultaten worden gegenereerd, dat er onjuiste resultaten worden gegenereerd, dat
    bestanden worden gecompromitteerd of dat er een inbreuk op patiëntgegevens plaatsvindt.
    Misbruik van deze kwetsbaarheid op de hierboven beschreven wijze kan een potentieel risico
    voor de gezondheid van patiënten vormen.

# Illumina actions.
issuer-actions-patch = Illumina heeft een softwarepatch ontwikkeld om misbruik van deze
    kwetsbaarheid te voorkomen. Wij werken momenteel aan een permanente softwareoplossing
    voor huidige en toekomstige instrumenten.
issuer-actions-download = Voor instrumenten die met internet zijn verbonden, kan de
    softwarepatch nu al worden gedownload (het adres van de downloadwebsite staat in het
    gedeelte ‘Maatregelen voor de klant’ hieronder). Illumina raadt klanten aan de
    softwarepatch onmiddellijk te downloaden en op alle betrokken instrumenten te
    installeren.
issuer-actions-offline = Voor de installatie van de softwarepatch op betrokken LRM-producten
    die niet met internet zijn verbonden, heeft Illumina alternatieve mogelijkheden
    ontwikkeld. Neem voor informatie over deze mogelijkheden zo snel mogelijk contact op met
    de technische ondersteuning via techsupport@illumina.com.
issuer-actions-questions = Neem voor verdere vragen of hulp contact op met
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Opmerking: de betrokken instrumenten beschikken over een
    dual-bootmodus en het is belangrijk om de softwarepatch afzonderlijk te installeren in
    elke modus (Dx en RUO) van elk instrument. Het is ook belangrijk om de softwarepatch te
    installeren op elke zelfstandige LRM-installatie die niet in het instrument is
    geïntegreerd en die wordt gebruikt in de RUO-modus op Dx-instrumenten.

# Step 1 and its three paragraphs.
step-internet = Instrumenten die met internet zijn verbonden: download de softwarepatch die
    op dit adres beschikbaar is en installeer deze onmiddellijk op elk betrokken instrument,
    in elke modus (Dx-modus en RUO-modus), en/of op elke zelfstandige LRM-installatie die
    niet in het instrument is geïntegreerd en die wordt gebruikt in de RUO-modus op
    Dx-instrumenten.
step-internet-backup = Het wordt aanbevolen om een back-up van uw gegevens te maken voordat u
    de softwarepatch installeert.
step-internet-address = Voor een betere beveiliging verstrekt Illumina het adres van de
    website momenteel alleen aan klanten met betrokken producten en aan regelgevende
    instanties.
step-internet-form = Vul het onderstaande verificatieformulier in en stuur het binnen 5
    werkdagen terug.

# Step 2 and its paragraph.
step-offline = Instrumenten die niet met internet zijn verbonden: neem voor instructies over
    andere methoden om de softwarepatch te implementeren contact op met
    techsupport@illumina.com.
step-offline-form = Vul het onderstaande verificatieformulier in en stuur het direct na de
    installatie van de softwarepatch terug.

# Step 3.
step-permanent-fix = Permanente softwareoplossing: installeer de software-update die deze
    kwetsbaarheid permanent verhelpt zodra deze beschikbaar is. Meer informatie over deze
    software-update wordt in een afzonderlijke mededeling verstrekt.

# Customer actions: the two notes.
customer-actions-note-web-ui = **OPMERKING:** door de installatie van de softwarepatch wordt
    de externe toegang tot de webgebruikersinterface (web UI) van LRM geblokkeerd en wordt de
    huidige gebruikershandleiding van LRM vervangen; alle andere essentiële functies van het
    instrument blijven ongewijzigd. Klanten die de webinterface gebruiken voor
    laboratoriumworkflows, kunnen contact opnemen met techsupport@illumina.com voor directe
    hulp.
customer-actions-note-compromised = **OPMERKING:** als u vermoedt dat uw instrument door een
    onbevoegde gebruiker is gecompromitteerd, koppel dan onmiddellijk de netwerkkabel los en
    neem onmiddellijk contact op met techsupport@illumina.com. Raadpleeg de
    instructiehandleiding van LRM Software Patch 1.0 voor informatie over de stappen om het
    hulpmiddel te onderzoeken.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Als een gebruiker een ongewenst voorval ondervindt dat verband
    houdt met het gebruik van de betrokken producten en te wijten is aan deze kwetsbaarheid,
    meld het voorval dan online, per gewone post of per fax bij het MedWatch Adverse Event
    Reporting-programma van de FDA. U kunt de melding online invullen en indienen via
    www.fda.gov/medwatch/report.htm. Neem buiten de Verenigde Staten contact op met uw lokale
    regelgevende instantie.
closing-remarks = Illumina neemt beveiliging en gegevensbescherming zeer serieus. Wij zetten
    ons in om u te ondersteunen bij het verhelpen van deze kwetsbaarheid. Stuur bij vragen
    een e-mail naar techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Wij sturen u deze melding omdat u staat geregistreerd als contactpersoon
    voor uw organisatie. Van tijd tot tijd moeten wij onze klanten informeren over
    productwijzigingen, het uit productie nemen van producten of kwaliteitsproblemen.
why-body-marketing = Wij vragen u daarom aandacht te besteden aan deze meldingen, omdat ze
    belangrijke informatie over onze producten bevatten en geen marketingcommunicatie zijn.
    U kunt deze meldingen daarom ontvangen, ook als u zich hebt afgemeld voor
    marketingmateriaal van { $issuer }. Als u binnen uw organisatie niet de juiste
    contactpersoon bent voor dergelijke meldingen, stuur dan een e-mail met de gegevens van
    de juiste contactpersoon naar customernotifications@illumina.com. Raadpleeg ons
    privacybeleid voor meer informatie.

# Verification form: paragraphs before the form table.
form-intro-sent = Op { $issued } heeft Illumina u de melding { $notice-id } (dringende
    terugroepactie van een medisch hulpmiddel) gestuurd over een probleem met de
    instrumenten NextSeq 550Dx en MiSeqDx.
form-intro-complete = Vul de onderstaande tabel in om de ontvangst van de melding te
    bevestigen en stuur het ingevulde formulier per e-mail naar techsupport@illumina.com
    zodra u de installatie van de softwarepatch hebt voltooid zoals beschreven in het
    gedeelte ‘Maatregelen voor de klant’ van deze melding.

# Verification form: checklist of the affected products.
form-product-name = Naam product/hulpmiddel
form-quantity = AANTAL
form-serial-numbers = Serienummers
form-checklist-hint = Vink alle betrokken producten aan
form-row-standalone-lrm = Zelfstandige LRM-installaties die niet in het instrument zijn
    geïntegreerd en die worden gebruikt in de RUO-modus op Dx-instrumenten.

# Verification form: the customer's details.
form-customer-details = Klantgegevens
form-person-name-print = Naam (in blokletters):
form-person-title-print = Functie van de persoon die het formulier invult (in blokletters):

# Verification form: questions for customers.
form-q-lrm-installed = Ik verklaar dat LRM is geïnstalleerd op de hierboven aangevinkte
    instrumenten.
form-q-patch-installed = Ik bevestig dat de softwarepatch is geïnstalleerd op alle hierboven
    vermelde instrumenten.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ik heb de klanten geïdentificeerd die het product hebben
    ontvangen of mogelijk hebben ontvangen.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Ik ben mij ervan bewust dat de softwarepatch na het downloaden
    afzonderlijk moet worden geïnstalleerd in elke modus (respectievelijk de Dx-modus en de
    RUO-modus) van elk betrokken instrument dat in dit verificatieformulier is vermeld en/of
    op elke zelfstandige LRM-installatie die niet in het instrument is geïntegreerd en die
    wordt gebruikt in de RUO-modus op Dx-instrumenten.
