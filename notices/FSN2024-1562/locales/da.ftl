### status: draft

# FSN2024-1562 (Danish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabel 1: Berørte produkt(er)
product-table-udi-di = Unik udstyrsidentifikation - Udstyrsidentifikation

# Introduction after the salutation, before Table 1.
intro = Illumina kontakter dig vedrørende en cybersikkerhedssårbarhed, der er identificeret i
    kommunikationsprotokollen mellem netværkslager, servere og/eller computere leveret af
    kunden og de produkter, der er angivet i tabel 1 nedenfor. Denne meddelelse opsummerer
    problemet, Illuminas foranstaltninger og de nødvendige foranstaltninger hos kunden.

# Issue summary.
summary-risk = I forbindelse med rutinemæssige cybersikkerhedsanalyser har Illuminas
    produktsikkerhedsteam identificeret en ukontrolleret produktsikkerhedsrisiko knyttet til
    kommunikationsprotokollen mellem de Illumina-produkter, der er angivet i tabel 1, og
    netværkslager, servere og/eller computere leveret af kunden. Illumina har fastslået, at
    hvis der ikke anvendes sikre protokoller, vil en uautoriseret aktør, der allerede har
    opnået privilegeret adgang til kundens netværk, kunne opsnappe og udnytte denne
    kommunikation.
summary-exploitation = Hvis en uautoriseret aktør udnyttede denne sårbarhed, ville vedkommende
    potentielt kunne opsnappe og ændre filer, hvilket kan føre til levering af forkerte
    resultater, forsinkede resultater, manglende resultater eller beskadigede filer til den
    netværksenhed, som kunden stiller til rådighed, og/eller til eksponering af patientdata i
    de overførte filer.
summary-no-reports = Illumina har på nuværende tidspunkt ikke modtaget nogen rapporter og har
    ingen tegn på, at denne sårbarhed er blevet udnyttet.

# Illumina actions.
issuer-actions-guidance = Illumina stiller en vejledning om cybersikkerhed til rådighed med
    anbefalinger til, hvordan kunderne kan sikre deres interne netværkskommunikation med
    Illumina-produktet.
issuer-actions-risk = Hvis disse instruktioner ikke følges, eller hvis bedste praksis for
    netværkssikkerhed ikke implementeres for at beskytte dine systemer, kan din organisation
    være udsat for de risici, der er beskrevet ovenfor.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Udfør følgende trin for alle berørte produkter for at implementere de
    risikobegrænsende foranstaltninger:
customer-actions-download = Download og læs [denne](https://support.illumina.com/support-content/cyberguidance.html)
    vejledning om cybersikkerhed. Det fulde link er angivet nedenfor.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = For hvert produkt, der er tilsluttet kundens netværk: Samarbejd
    med din interne IT-afdeling om at fastlægge, hvilken sikker protokol der fungerer bedst i
    dit miljø, og implementer den relevante konfigurationsændring.
customer-actions-dual-mode = Bemærk: En ændring af netværksprotokollen påvirker både Dx- og
    RUO-tilstand samtidig, så det er ikke nødvendigt at starte op i hver tilstand separat for
    at udføre de nødvendige foranstaltninger.
customer-actions-verification-form = Udfyld og returner verifikationsformularen, når du har
    udført alle trin i de medfølgende instruktioner for hvert af dine produkter, der er
    angivet som berørt i tabel 1.
customer-actions-note = **BEMÆRK:** Hvis du har mistanke om, at dit instrument er blevet
    kompromitteret af en uautoriseret bruger, skal du straks frakoble netværkskablet og
    kontakte techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Hvis du oplever en utilsigtet hændelse i forbindelse med brugen af
    et berørt produkt, som skyldes denne sårbarhed, skal du indberette hændelsen til FDA's
    MedWatch Adverse Event Reporting-program online, med almindelig post eller pr. fax. Du kan
    udfylde og indsende indberetningen online på www.fda.gov/medwatch/report.htm. Uden for
    USA skal du kontakte din lokale tilsynsmyndighed.
closing-remarks = Illumina tager sikkerhed meget alvorligt. Vi er forpligtet til at støtte dig
    i at afhjælpe denne sårbarhed. Kontakt techsupport@illumina.com, hvis du har yderligere
    spørgsmål eller brug for hjælp. Du kan også blive kontaktet af en tredjepartsleverandør på
    vegne af Illumina, som vil sikre, at du får den support, du har brug for.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Alle rettigheder forbeholdes. Alle varemærker tilhører
    Illumina, Inc. eller deres respektive ejere. Du kan finde specifikke oplysninger om
    varemærker på websiden [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Disse meddelelser indeholder vigtige oplysninger om vores produkter og er
    ikke markedsføringsmateriale. Du kan derfor modtage disse meddelelser, selvom du har
    fravalgt markedsføringskommunikation fra { $issuer }. Hvis du ikke er den rette
    kontaktperson i din organisation for at modtage sådanne meddelelser, kan du afmelde dig
    disse meddelelser ved at udfylde og [indsende denne formular]({ $link-unsubscribe }). Du
    kan finde flere oplysninger i vores [privatlivspolitik]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina har sendt dig meddelelsen { $notice-id } om presserende
    tilbagekaldelse af medicinsk udstyr vedrørende et problem, der berører instrumenterne
    NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina
    DRAGEN Server v4 og VeriSeq Onsite Server v2.
form-intro-complete = Udfyld nedenstående formular for at bekræfte modtagelsen af meddelelsen
    og gennemførelsen af de foranstaltninger hos kunden, der er beskrevet i denne meddelelse.
    Send den udfyldte formular pr. e-mail til techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Jeg bekræfter, at vejledningen om cybersikkerhed er blevet downloadet
    og læst.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Jeg har identificeret de kunder, der har modtaget eller muligvis
    har modtaget det berørte produkt.
