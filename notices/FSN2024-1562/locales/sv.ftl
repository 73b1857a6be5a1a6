### status: draft

# FSN2024-1562 (Swedish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabell 1: Berörd(a) produkt(er)
product-table-udi-di = Unik produktidentifiering - Produktidentifiering

# Introduction after the salutation, before Table 1.
intro = Illumina kontaktar dig angående en cybersäkerhetssårbarhet som har identifierats i
    kommunikationsprotokollet mellan nätverkslagring, servrar och/eller datorer som
    tillhandahålls av kunden och de produkter som anges i tabell 1 nedan. Detta meddelande
    sammanfattar problemet, Illuminas åtgärder och de åtgärder som krävs av kunden.

# Issue summary.
summary-risk = Vid rutinmässiga cybersäkerhetsanalyser identifierade Illuminas
    produktsäkerhetsteam en okontrollerad produktsäkerhetsrisk kopplad till
    kommunikationsprotokollet mellan de Illumina-produkter som anges i tabell 1 och
    nätverkslagring, servrar och/eller datorer som tillhandahålls av kunden. Illumina har
    fastställt att om säkra protokoll inte används skulle en obehörig aktör som redan har
    fått privilegierad åtkomst till kundens nätverk kunna avlyssna och utnyttja denna
    kommunikation.
summary-exploitation = Om en obehörig aktör skulle utnyttja denna sårbarhet skulle aktören
    potentiellt kunna avlyssna och ändra filer, vilket kan leda till att felaktiga resultat,
    försenade resultat, inga resultat eller skadade filer levereras till den nätverksenhet som
    tillhandahålls av kunden och/eller till att patientdata i de överförda filerna exponeras.
summary-no-reports = Illumina har i dagsläget inte tagit emot några rapporter och har inga
    belägg för att denna sårbarhet har utnyttjats.

# Illumina actions.
issuer-actions-guidance = Illumina tillhandahåller en vägledning om cybersäkerhet med
    rekommendationer om hur kunderna kan skydda sin interna nätverkskommunikation med
    Illumina-produkten.
issuer-actions-risk = Om dessa instruktioner inte följs eller om bästa praxis för
    nätverkssäkerhet inte tillämpas för att skydda dina system kan din organisation utsättas
    för de risker som beskrivs ovan.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Utför följande steg för alla berörda produkter för att genomföra de
    riskminimerande åtgärderna:
customer-actions-download = Ladda ned och läs [det här](https://support.illumina.com/support-content/cyberguidance.html)
    dokumentet med vägledning om cybersäkerhet. Den fullständiga länken anges nedan.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = För varje produkt som är ansluten till kundens nätverk: samarbeta
    med din interna IT-avdelning för att fastställa vilket säkert protokoll som fungerar bäst
    i din miljö och genomför lämplig konfigurationsändring.
customer-actions-dual-mode = Obs! En ändring av nätverksprotokollet påverkar både Dx- och
    RUO-läget samtidigt, så det är inte nödvändigt att starta i varje läge separat för att
    vidta de nödvändiga åtgärderna.
customer-actions-verification-form = Fyll i och returnera verifieringsformuläret när du har
    utfört alla steg i de tillhandahållna instruktionerna för var och en av dina produkter som
    anges som berörd i tabell 1.
customer-actions-note = **OBS!** Om du misstänker att ditt instrument har komprometterats av
    en obehörig användare ska du omedelbart koppla bort nätverkskabeln och kontakta
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Om du drabbas av en negativ händelse i samband med användningen av
    en berörd produkt och till följd av denna sårbarhet ska du rapportera händelsen till
    FDA:s MedWatch Adverse Event Reporting-program online, med vanlig post eller per fax. Du
    kan fylla i och skicka in rapporten online på www.fda.gov/medwatch/report.htm. Utanför
    USA ska du kontakta din lokala tillsynsmyndighet.
closing-remarks = Illumina tar säkerhet på största allvar. Vi är fast beslutna att hjälpa dig
    att åtgärda denna sårbarhet. Kontakta techsupport@illumina.com om du har ytterligare
    frågor eller behöver hjälp. Du kan även bli kontaktad av en tredjepartsleverantör på
    uppdrag av Illumina, som ser till att du får den support du behöver.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Med ensamrätt. Alla varumärken tillhör Illumina, Inc. eller
    respektive ägare. Specifik information om varumärken finns på
    webbsidan [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Dessa meddelanden innehåller viktig information om våra produkter och är
    inte marknadsföring. Du kan därför få dessa meddelanden även om du har valt att inte ta
    emot marknadsföring från { $issuer }. Om du inte är rätt kontaktperson i din organisation
    för att ta emot sådana meddelanden kan du avregistrera dig från dessa meddelanden genom
    att fylla i och [skicka in det här formuläret]({ $link-unsubscribe }). Mer information
    finns i vår [integritetspolicy]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina har skickat meddelandet { $notice-id } om brådskande återkallelse
    av medicinteknisk produkt till dig angående ett problem som påverkar instrumenten NextSeq
    550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN
    Server v4 och VeriSeq Onsite Server v2.
form-intro-complete = Fyll i formuläret nedan för att bekräfta att du har tagit emot
    meddelandet och att de åtgärder för kunden som beskrivs i detta meddelande har
    genomförts. Skicka det ifyllda formuläret via e-post till techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Jag bekräftar att dokumentet med vägledning om cybersäkerhet har
    laddats ned och lästs.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jag har identifierat de kunder som har tagit emot eller kan ha
    tagit emot den berörda produkten.
