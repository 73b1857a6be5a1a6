### status: draft

# FSN2025-1682 (Danish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx-instrument inklusive DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina kontakter dig vedrørende en sikkerhedssårbarhed, der er identificeret i
    Baseboard Management Controller (BMC) i DRAGEN™ Server for NovaSeq™ 6000Dx Instrument og
    Illumina DRAGEN Server for NextSeq™ 550Dx Instrument. De berørte servere er angivet i
    tabel 1 nedenfor. Denne meddelelse opsummerer problemet, Illuminas foranstaltninger og de
    nødvendige foranstaltninger hos kunden. Bemærk: Denne sikkerhedssårbarhed er begrænset til
    disse Illumina DRAGEN Server-instanser. Andre versioner af DRAGEN Server-instanser er ikke
    berørt.

# Issue summary.
summary-risk = Illuminas produktsikkerhedsteam har for nylig identificeret en ukontrolleret
    produktsikkerhedsrisiko i forbindelse med den Baseboard Management Controller (BMC), der
    anvendes i de ovenfor nævnte DRAGEN Server-instanser. Sikkerhedssårbarheden skyldes
    konfigurationer af fjernadministration og fjernovervågning af netværk.
summary-exploitation = Illumina har fastslået, at hvis en uautoriseret aktør udnyttede denne
    sårbarhed, ville vedkommende kunne få adgang til BMC-fjernkonsollen uden at angive en
    adgangskode (omgåelse af autentificering). Udnyttelse af denne sårbarhed kan føre til
    uautoriseret systemadgang, manipulation af hardwareindstillinger, fjernudførelse af kode,
    fjernstyring, databrud og denial of service-angreb.
summary-no-reports = Illumina har på nuværende tidspunkt ikke modtaget nogen rapporter og har
    ingen tegn på, at denne sårbarhed er blevet udnyttet.

# Illumina actions.
issuer-actions-instructions = Illumina stiller nedenstående instruktioner til rådighed for
    kunderne om, hvordan de sikrer deres servere og beskytter deres systemer mod udnyttelse af
    denne sårbarhed. Når instruktionerne er fulgt, vil sårbarheden være afhjulpet.
issuer-actions-risk = Hvis disse instruktioner ikke følges, kan dit system være udsat for de
    risici, der er beskrevet ovenfor.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = For alle berørte DRAGEN Server-instanser, der er angivet i tabel 1
    ovenfor, skal følgende foranstaltninger træffes for at afhjælpe denne kritiske
    sikkerhedssårbarhed:
customer-actions-download = Download og følg kundeinstruktionerne på [denne
    webside](https://support.illumina.com/support-content/bmc.html). Det fulde link er
    angivet nedenfor:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Udfyld og returner verifikationsformularen, når du har
    udført alle trin i de medfølgende instruktioner for hver af dine servere, der er angivet
    som berørt i tabel 1.
customer-actions-note = **BEMÆRK:** Hvis du har mistanke om, at din server er blevet
    kompromitteret af en uautoriseret aktør, skal du straks frakoble netværkskablet og
    kontakte Illuminas tekniske support på techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Hvis du oplever en utilsigtet hændelse som følge af denne
    sikkerhedssårbarhed under brug af en af de berørte servere, skal du indberette hændelsen
    til FDA's MedWatch Adverse Event Reporting-program online, med almindelig post eller pr.
    fax. Du kan udfylde og indsende indberetningen online på www.fda.gov/medwatch/report.htm.
    Uden for USA skal du kontakte din lokale tilsynsmyndighed.
closing-remarks = Illumina tager sikkerhed meget alvorligt. Vi er forpligtet til at støtte dig
    i at afhjælpe denne sårbarhed. Kontakt techsupport@illumina.com, hvis du har yderligere
    spørgsmål eller brug for hjælp. Du kan også blive kontaktet af en tredjepartsleverandør på
    vegne af Illumina, som vil sikre, at du får den support, du har brug for.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina har sendt dig meddelelsen { $notice-id } om presserende
    tilbagekaldelse af medicinsk udstyr vedrørende et problem, der berører DRAGEN Server for
    NovaSeq 6000Dx Instrument og Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Udfyld nedenstående formular for at bekræfte modtagelsen af meddelelsen
    og gennemførelsen af de foranstaltninger hos kunden, der er beskrevet i meddelelsen. Send
    den udfyldte formular pr. e-mail til techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Servernavn

# Verification form: questions for customers.
form-q-remediation-done = Jeg bekræfter, at de afhjælpende trin, der er beskrevet i afsnittet
    »Foranstaltninger hos kunden«, er blevet gennemført på alle berørte servere, der er
    identificeret i denne verifikationsformular.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jeg har identificeret de kunder, der har modtaget eller muligvis
    har modtaget de berørte servere.
