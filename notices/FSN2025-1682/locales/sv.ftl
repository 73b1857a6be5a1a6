### status: draft

# FSN2025-1682 (Swedish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx-instrument inklusive DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina kontaktar dig angående en säkerhetssårbarhet som har identifierats i
    Baseboard Management Controller (BMC) i DRAGEN™ Server for NovaSeq™ 6000Dx Instrument och
    Illumina DRAGEN Server for NextSeq™ 550Dx Instrument. De berörda servrarna anges i tabell 1
    nedan. Detta meddelande sammanfattar problemet, Illuminas åtgärder och de åtgärder som
    krävs av kunden. Obs! Denna säkerhetssårbarhet är begränsad till dessa Illumina DRAGEN
    Server-instanser. Andra versioner av DRAGEN Server-instanser påverkas inte.

# Issue summary.
summary-risk = Illuminas produktsäkerhetsteam har nyligen identifierat en okontrollerad
    produktsäkerhetsrisk kopplad till den Baseboard Management Controller (BMC) som används i
    de DRAGEN Server-instanser som anges ovan. Säkerhetssårbarheten beror på konfigurationer
    för fjärrhantering och fjärrövervakning av nätverk.
summary-exploitation = Illumina har fastställt att om en obehörig aktör skulle utnyttja denna
    sårbarhet, skulle aktören kunna få åtkomst till BMC-fjärrkonsolen utan att ange något
    lösenord (kringgående av autentisering). Ett utnyttjande av denna sårbarhet kan leda till
    obehörig systemåtkomst, manipulering av maskinvaruinställningar, fjärrkörning av kod,
    fjärrstyrning, dataintrång och överbelastningsattacker (denial of service).
summary-no-reports = Illumina har i dagsläget inte tagit emot några rapporter och har inga
    belägg för att denna sårbarhet har utnyttjats.

# Illumina actions.
issuer-actions-instructions = Illumina tillhandahåller kunderna instruktionerna nedan om hur
    de skyddar sina servrar och sina system mot utnyttjande av denna sårbarhet. När
    instruktionerna har tillämpats är sårbarheten åtgärdad.
issuer-actions-risk = Om dessa instruktioner inte följs kan ditt system utsättas för de risker
    som beskrivs ovan.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = För alla berörda DRAGEN Server-instanser som anges i tabell 1 ovan
    måste följande åtgärder vidtas för att avhjälpa denna kritiska säkerhetssårbarhet:
customer-actions-download = Ladda ned och följ kundinstruktionerna på [den här
    webbsidan](https://support.illumina.com/support-content/bmc.html). Den fullständiga
    länken anges nedan:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Fyll i och returnera verifieringsformuläret när du har
    utfört alla steg i de tillhandahållna instruktionerna för var och en av dina servrar som
    anges som berörd i tabell 1.
customer-actions-note = **OBS!** Om du misstänker att din server har komprometterats av en
    obehörig aktör ska du omedelbart koppla bort nätverkskabeln och kontakta Illuminas
    tekniska support på techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Om du drabbas av en negativ händelse till följd av denna
    säkerhetssårbarhet när du använder någon av de berörda servrarna ska du rapportera
    händelsen till FDA:s MedWatch Adverse Event Reporting-program online, med vanlig post
    eller per fax. Du kan fylla i och skicka in rapporten online på
    www.fda.gov/medwatch/report.htm. Utanför USA ska du kontakta din lokala tillsynsmyndighet.
closing-remarks = Illumina tar säkerhet på största allvar. Vi är fast beslutna att hjälpa dig
    att åtgärda denna sårbarhet. Kontakta techsupport@illumina.com om du har ytterligare
    frågor eller behöver hjälp. Du kan även bli kontaktad av en tredjepartsleverantör på
    uppdrag av Illumina, som ser till att du får den support du behöver.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina har skickat meddelandet { $notice-id } om brådskande återkallelse
    av medicinteknisk produkt till dig angående ett problem som påverkar DRAGEN Server for
    NovaSeq 6000Dx Instrument och Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Fyll i formuläret nedan för att bekräfta att du har tagit emot
    meddelandet och att de åtgärder för kunden som beskrivs i meddelandet har genomförts.
    Skicka det ifyllda formuläret via e-post till techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Servernamn

# Verification form: questions for customers.
form-q-remediation-done = Jag bekräftar att de korrigerande åtgärder som anges i avsnittet
    ”Åtgärder för kunden” har genomförts på varje berörd server som identifieras i detta
    verifieringsformulär.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jag har identifierat de kunder som har tagit emot eller kan ha
    tagit emot de berörda servrarna.
