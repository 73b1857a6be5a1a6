### status: draft

# FSN2022-1230 (Danish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = PRESSERENDE TILBAGEKALDELSE AF MEDICINSK UDSTYR

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx-instrument
product-miseqdx = MiSeqDx-instrument

# Table of affected products: this notice's column headings.
product-table-name = Produkt-/udstyrsnavn
product-table-udi-di = Udstyrsidentifikation

# Introduction after the salutation, before Table 1.
intro = Illumina kontakter dig vedrørende en cybersikkerhedssårbarhed i Local Run Manager (LRM),
    der er identificeret på instrumenterne NextSeq™ 550Dx og MiSeq™Dx. Denne meddelelse
    opsummerer problemet, Illuminas foranstaltninger og de nødvendige foranstaltninger hos
    kunden.

# Issue summary.
summary-vulnerability = Illumina har identificeret en cybersikkerhedssårbarhed i softwaren
    Local Run Manager (LRM) på de sekventeringsinstrumenter til in vitro-diagnostik, der er
    angivet i tabel 1.
summary-no-reports = Illumina har på nuværende tidspunkt ikke modtaget nogen rapporter om, at
    denne sårbarhed er blevet udnyttet.
summary-exploitation = En uautoriseret bruger vil potentielt kunne udnytte sårbarheden til at
    overtage kontrollen med instrumentet via fjernadgang og derefter udføre handlinger på
    operativsystemniveau; sådanne handlinger kan påvirke indstillinger, konfigurationer,
    software eller data på instrumentet eller på kundens netværk. Udnyttelse af denne
    sårbarhed kan medføre, at der ikke genereres resultater, at der genereres forkerte
    resultater, at filer kompromitteres, eller at der sker brud på sikkerheden af
    patientdata. Udnyttelse af denne sårbarhed på den ovenfor beskrevne måde kan udgøre en
    potentiel risiko for patienternes helbred.

# Illumina actions.
issuer-actions-patch = Illumina har udviklet en softwarepatch, der forhindrer udnyttelse af
    denne sårbarhed. Vi arbejder i øjeblikket på at udvikle en permanent softwarerettelse til
    nuværende og fremtidige instrumenter.
issuer-actions-download = For instrumenter med internetforbindelse kan softwarepatchen
    downloades nu (adressen på downloadwebstedet er angivet i afsnittet »Foranstaltninger hos
    kunden« nedenfor). Illumina anbefaler, at kunderne straks downloader softwarepatchen og
    installerer den på alle berørte instrumenter.
issuer-actions-offline = Til installation af softwarepatchen på berørte LRM-produkter, der ikke
    har internetforbindelse, har Illumina udviklet alternative muligheder. Kontakt teknisk
    support på techsupport@illumina.com så hurtigt som muligt for at få oplysninger om disse
    muligheder.
issuer-actions-questions = Kontakt techsupport@illumina.com, hvis du har yderligere spørgsmål
    eller brug for hjælp.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Bemærk: De berørte instrumenter har en dual boot-tilstand, og det
    er vigtigt at installere softwarepatchen separat i hver tilstand (Dx og RUO) på hvert
    instrument. Det er også vigtigt at installere softwarepatchen på enhver selvstændig
    LRM-instans, der ikke er integreret i instrumentet, og som bruges i RUO-tilstand på
    Dx-instrumenter.

# Step 1 and its three paragraphs.
step-internet = Instrumenter med internetforbindelse: Download og installer straks den
    softwarepatch, der er tilgængelig på denne adresse, på hvert berørt instrument i hver
    tilstand (Dx-tilstand og RUO-tilstand) og/eller på hver selvstændig LRM-instans, der ikke
    er integreret i instrumentet, og som bruges i RUO-tilstand på Dx-instrumenter.
step-internet-backup = Det anbefales at sikkerhedskopiere dine data, før du installerer
    softwarepatchen.
step-internet-address = Af hensyn til bedre beskyttelse oplyser Illumina i øjeblikket kun
    webstedets adresse til kunder med berørte produkter og til tilsynsmyndigheder.
step-internet-form = Udfyld og returner nedenstående verifikationsformular inden for 5
    arbejdsdage.

# Step 2 and its paragraph.
step-offline = Instrumenter uden internetforbindelse: Kontakt techsupport@illumina.com for at
    få instruktioner om andre metoder til implementering af softwarepatchen.
step-offline-form = Udfyld og returner nedenstående verifikationsformular straks efter
    installation af softwarepatchen.

# Step 3.
step-permanent-fix = Permanent softwarerettelse: Installer den softwareopdatering, der
    permanent afhjælper denne sårbarhed, når den er tilgængelig. Yderligere oplysninger om
    denne softwareopdatering vil blive sendt i en separat meddelelse.

# Customer actions: the two notes.
customer-actions-note-web-ui = **BEMÆRK:** Installation af softwarepatchen blokerer
    fjernadgang til LRM's webbrugergrænseflade (web UI) og erstatter den nuværende
    LRM-brugervejledning; alle andre væsentlige instrumentfunktioner forbliver uændrede.
    Kunder, der bruger webgrænsefladen til laboratoriearbejdsgange, kan kontakte
    techsupport@illumina.com for at få øjeblikkelig hjælp.
customer-actions-note-compromised = **BEMÆRK:** Hvis du har mistanke om, at dit instrument er
    blevet kompromitteret af en uautoriseret bruger, skal du straks frakoble netværkskablet og
    straks kontakte techsupport@illumina.com. Oplysninger om trinnene til undersøgelse af
    udstyret findes i brugsanvisningen til LRM Software Patch 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Hvis en bruger oplever en utilsigtet hændelse i forbindelse med
    brugen af de berørte produkter, som skyldes denne sårbarhed, skal hændelsen indberettes
    til FDA's MedWatch Adverse Event Reporting-program online, med almindelig post eller pr.
    fax. Du kan udfylde og indsende indberetningen online på www.fda.gov/medwatch/report.htm.
    Uden for USA skal du kontakte din lokale tilsynsmyndighed.
closing-remarks = Illumina tager sikkerhed og databeskyttelse meget alvorligt. Vi er
    forpligtet til at støtte dig i at afhjælpe denne sårbarhed. Hvis du har spørgsmål, bedes
    du skrive til techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Vi sender dig denne meddelelse, fordi du er registreret som kontaktperson
    for din organisation. Vi har fra tid til anden brug for at informere vores kunder om
    produktændringer, udgåede produkter eller kvalitetsproblemer.
why-body-marketing = Vi beder dig derfor være opmærksom på disse meddelelser, da de indeholder
    vigtige oplysninger om vores produkter og ikke er markedsføringskommunikation. Du kan
    derfor modtage disse meddelelser, selvom du har fravalgt markedsføringsmateriale fra
    { $issuer }. Hvis du ikke er den rette kontaktperson i din organisation for sådanne
    meddelelser, bedes du sende en e-mail med den korrekte kontaktperson til
    customernotifications@illumina.com. Du kan finde flere oplysninger i vores
    privatlivspolitik.

# Verification form: paragraphs before the form table.
form-intro-sent = Den { $issued } sendte Illumina dig meddelelsen { $notice-id } om presserende
    tilbagekaldelse af medicinsk udstyr vedrørende et problem, der berører instrumenterne
    NextSeq 550Dx og MiSeqDx.
form-intro-complete = Udfyld nedenstående tabel for at bekræfte modtagelsen af meddelelsen, og
    send den udfyldte formular pr. e-mail til techsupport@illumina.com, når du er færdig med at
    installere softwarepatchen som beskrevet i afsnittet »Foranstaltninger hos kunden« i denne
    meddelelse.

# Verification form: checklist of the affected products.
form-product-name = Produkt-/udstyrsnavn
form-quantity = ANTAL
form-serial-numbers = Serienumre
form-checklist-hint = Markér alle berørte produkter
form-row-standalone-lrm = Selvstændige LRM-instanser, der ikke er integreret i instrumentet, og
    som bruges i RUO-tilstand på Dx-instrumenter.

# Verification form: the customer's details.
form-customer-details = Kundeoplysninger
form-person-name-print = Navn (med blokbogstaver):
form-person-title-print = Stilling for den person, der udfylder formularen (med blokbogstaver):

# Verification form: questions for customers.
form-q-lrm-installed = Jeg erklærer, at LRM er installeret på de instrumenter, der er markeret
    ovenfor.
form-q-patch-installed = Jeg bekræfter, at softwarepatchen er installeret på alle
    instrumenter, der er angivet ovenfor.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jeg har identificeret de kunder, der har modtaget eller muligvis
    har modtaget produktet.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Jeg er indforstået med, at softwarepatchen efter download skal
    installeres separat i hver tilstand (henholdsvis Dx-tilstand og RUO-tilstand) på hvert
    berørt instrument, der er angivet i denne verifikationsformular, og/eller på enhver
    selvstændig LRM-instans, der ikke er integreret i instrumentet, og som bruges i
    RUO-tilstand på Dx-instrumenter.
