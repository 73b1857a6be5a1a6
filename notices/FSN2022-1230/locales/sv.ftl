### status: draft

# FSN2022-1230 (Swedish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = BRÅDSKANDE ÅTERKALLELSE AV MEDICINTEKNISK PRODUKT

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx-instrument
product-miseqdx = MiSeqDx-instrument

# Table of affected products: this notice's column headings.
product-table-name = Produkt-/enhetsnamn
product-table-udi-di = Produktidentifiering

# Introduction after the salutation, before Table 1.
intro = Illumina kontaktar dig angående en cybersäkerhetssårbarhet i Local Run Manager (LRM)
    som har identifierats på instrumenten NextSeq™ 550Dx och MiSeq™Dx. Detta meddelande
    sammanfattar problemet, Illuminas åtgärder och de åtgärder som krävs av kunden.

# Issue summary.
summary-vulnerability = Illumina har identifierat en cybersäkerhetssårbarhet i programvaran
    Local Run Manager (LRM) på de sekvenseringsinstrument för in vitro-diagnostik som anges i
    tabell 1.
summary-no-reports = Illumina har i dagsläget inte tagit emot några rapporter om att denna
    sårbarhet har utnyttjats.
summary-exploitation = En obehörig användare skulle potentiellt kunna utnyttja sårbarheten
    för att ta kontroll över instrumentet på distans och sedan utföra åtgärder på
    operativsystemnivå; sådana åtgärder kan påverka inställningar, konfigurationer,
    programvara eller data på instrumentet eller i kundens nätverk. Ett utnyttjande av denna
    sårbarhet kan leda till att inga resultat genereras, att felaktiga resultat genereras,
    att filer komprometteras eller att patientdata röjs. Ett utnyttjande av denna sårbarhet
    på det sätt som beskrivs ovan kan innebära en potentiell risk för patienternas hälsa.

# Illumina actions.
issuer-actions-patch = Illumina har utvecklat en programvarupatch som förhindrar utnyttjande
    av denna sårbarhet. Vi arbetar för närvarande med att ta fram en permanent
    programvarukorrigering för nuvarande och framtida instrument.
issuer-actions-download = För instrument som är anslutna till internet finns
    programvarupatchen tillgänglig för nedladdning redan nu (adressen till
    nedladdningswebbplatsen anges i avsnittet ”Åtgärder för kunden” nedan). Illumina
    rekommenderar att kunderna omedelbart laddar ned programvarupatchen och installerar den
    på alla berörda instrument.
issuer-actions-offline = För installation av programvarupatchen på berörda LRM-produkter som
    inte är anslutna till internet har Illumina tagit fram alternativa lösningar. Kontakta
    teknisk support på techsupport@illumina.com så snart som möjligt för information om
    dessa alternativ.
issuer-actions-questions = Kontakta techsupport@illumina.com om du har ytterligare frågor
    eller behöver hjälp.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Obs! De berörda instrumenten har ett dual boot-läge, och det är
    viktigt att installera programvarupatchen separat i varje läge (Dx och RUO) på varje
    instrument. Det är också viktigt att installera programvarupatchen på alla fristående
    LRM-instanser som inte är integrerade i instrumentet och som används i RUO-läge på
    Dx-instrument.

# Step 1 and its three paragraphs.
step-internet = Instrument som är anslutna till internet: ladda omedelbart ned och installera
    den programvarupatch som finns tillgänglig på denna adress på varje berört instrument, i
    varje läge (Dx-läge och RUO-läge), och/eller på varje fristående LRM-instans som inte är
    integrerad i instrumentet och som används i RUO-läge på Dx-instrument.
step-internet-backup = Vi rekommenderar att du säkerhetskopierar dina data innan du
    installerar programvarupatchen.
step-internet-address = För ökat skydd lämnar Illumina för närvarande endast ut webbplatsens
    adress till kunder med berörda produkter och till tillsynsmyndigheter.
step-internet-form = Fyll i och returnera verifieringsformuläret nedan inom 5 arbetsdagar.

# Step 2 and its paragraph.
step-offline = Instrument som inte är anslutna till internet: kontakta techsupport@illumina.com
    för instruktioner om andra metoder för att installera programvarupatchen.
step-offline-form = Fyll i och returnera verifieringsformuläret nedan omedelbart efter att du
    har installerat programvarupatchen.

# Step 3.
step-permanent-fix = Permanent programvarukorrigering: installera, när den blir tillgänglig,
    den programvaruuppdatering som permanent åtgärdar denna sårbarhet. Mer information om
    denna programvaruuppdatering skickas i ett separat meddelande.

# Customer actions: the two notes.
customer-actions-note-web-ui = **OBS!** Installationen av programvarupatchen blockerar
    fjärråtkomst till LRM:s webbanvändargränssnitt (web UI) och ersätter den aktuella
    användarhandboken för LRM; alla andra viktiga instrumentfunktioner förblir oförändrade.
    Kunder som använder webbgränssnittet för laboratoriearbetsflöden kan kontakta
    techsupport@illumina.com för omedelbar hjälp.
customer-actions-note-compromised = **OBS!** Om du misstänker att ditt instrument har
    komprometterats av en obehörig användare ska du omedelbart koppla bort nätverkskabeln och
    omedelbart kontakta techsupport@illumina.com. Information om stegen för att undersöka
    enheten finns i bruksanvisningen för LRM Software Patch 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Om en användare drabbas av en negativ händelse i samband med
    användningen av de berörda produkterna och till följd av denna sårbarhet ska händelsen
    rapporteras till FDA:s MedWatch Adverse Event Reporting-program online, med vanlig post
    eller per fax. Du kan fylla i och skicka in rapporten online på
    www.fda.gov/medwatch/report.htm. Utanför USA ska du kontakta din lokala tillsynsmyndighet.
closing-remarks = Illumina tar säkerhet och dataskydd på största allvar. Vi är fast beslutna
    att hjälpa dig att åtgärda denna sårbarhet. Skriv till techsupport@illumina.com om du har
    frågor.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Vi skickar detta meddelande till dig eftersom du är registrerad som
    kontaktperson för din organisation. Vi behöver då och då informera våra kunder om
    produktändringar, utgående produkter eller kvalitetsproblem.
why-body-marketing = Vi ber dig därför att uppmärksamma dessa meddelanden, eftersom de
    innehåller viktig information om våra produkter och inte är marknadsföring. Du kan
    därför få dessa meddelanden även om du har valt att inte ta emot marknadsföringsmaterial
    från { $issuer }. Om du inte är rätt kontaktperson i din organisation för sådana
    meddelanden ber vi dig att skicka ett e-postmeddelande med uppgift om rätt kontaktperson
    till customernotifications@illumina.com. Mer information finns i vår integritetspolicy.

# Verification form: paragraphs before the form table.
form-intro-sent = Den { $issued } skickade Illumina meddelandet { $notice-id } om brådskande
    återkallelse av medicinteknisk produkt till dig angående ett problem som påverkar
    instrumenten NextSeq 550Dx och MiSeqDx.
form-intro-complete = Fyll i tabellen nedan för att bekräfta att du har tagit emot
    meddelandet och skicka det ifyllda formuläret via e-post till techsupport@illumina.com
    när du har installerat programvarupatchen enligt beskrivningen i avsnittet ”Åtgärder för
    kunden” i detta meddelande.

# Verification form: checklist of the affected products.
form-product-name = Produkt-/enhetsnamn
form-quantity = ANTAL
form-serial-numbers = Serienummer
form-checklist-hint = Markera alla berörda produkter
form-row-standalone-lrm = Fristående LRM-instanser som inte är integrerade i instrumentet och
    som används i RUO-läge på Dx-instrument.

# Verification form: the customer's details.
form-customer-details = Kunduppgifter
form-person-name-print = Namn (textat):
form-person-title-print = Befattning för personen som fyller i formuläret (textat):

# Verification form: questions for customers.
form-q-lrm-installed = Jag intygar att LRM är installerat på de instrument som har markerats
    ovan.
form-q-patch-installed = Jag bekräftar att programvarupatchen är installerad på alla
    instrument som anges ovan.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jag har identifierat de kunder som har tagit emot eller kan ha
    tagit emot produkten.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Jag är medveten om att programvarupatchen efter nedladdning måste
    installeras separat i varje läge (Dx-läge respektive RUO-läge) på varje berört instrument
    som identifieras i detta verifieringsformulär och/eller på varje fristående LRM-instans
    som inte är integrerad i instrumentet och som används i RUO-läge på Dx-instrument.
