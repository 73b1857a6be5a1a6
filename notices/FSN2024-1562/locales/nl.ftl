### status: draft

# FSN2024-1562 (Dutch): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabel 1: Betrokken product(en)
product-table-udi-di = Unieke hulpmiddelidentificatie - Hulpmiddelidentificatie

# Introduction after the salutation, before Table 1.
intro = Illumina neemt contact met u op in verband met een cyberbeveiligingskwetsbaarheid die
    is vastgesteld in het communicatieprotocol tussen door de klant geleverde netwerkopslag,
    servers en/of computers en de producten die in tabel 1 hieronder worden vermeld. Deze
    melding geeft een samenvatting van het probleem, de maatregelen van Illumina en de
    vereiste maatregelen voor de klant.

# Issue summary.
summary-risk = Tijdens routinematige cyberbeveiligingsanalyses heeft het
    productbeveiligingsteam van Illumina een onbeheerst productbeveiligingsrisico vastgesteld
    met betrekking tot het communicatieprotocol tussen de in tabel 1 vermelde
    Illumina-producten en door de klant geleverde netwerkopslag, servers en/of computers.
    Illumina heeft vastgesteld dat, als er geen beveiligde protocollen worden gebruikt, een
    onbevoegde partij die al bevoorrechte toegang tot het netwerk van de klant heeft
    verkregen, deze communicatie zou kunnen onderscheppen en misbruiken.
summary-exploitation = Als een onbevoegde partij misbruik zou maken van deze kwetsbaarheid,
    zou deze mogelijk bestanden kunnen onderscheppen en wijzigen, wat ertoe kan leiden dat
    onjuiste resultaten, vertraagde resultaten, geen resultaten of beschadigde bestanden
    worden geleverd aan de door de klant geleverde netwerkentiteit en/of dat patiëntgegevens
    in de verzonden bestanden worden blootgesteld.
summary-no-reports = Op dit moment heeft Illumina geen meldingen ontvangen en zijn er geen
    aanwijzingen dat misbruik is gemaakt van deze kwetsbaarheid.

# Illumina actions.
issuer-actions-guidance = Illumina biedt een cyberbeveiligingsrichtlijn met aanbevelingen
    over hoe klanten hun interne netwerkcommunicatie met het Illumina-product kunnen
    beveiligen.
issuer-actions-risk = Als u deze instructies niet opvolgt of geen best practices voor
    netwerkbeveiliging toepast om uw systemen te beschermen, kan uw organisatie worden
    blootgesteld aan de hierboven beschreven risico’s.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Voer voor alle betrokken producten de volgende stappen uit om de
    risicobeperkende maatregelen te implementeren:
customer-actions-download = Download en lees [dit](https://support.illumina.com/support-content/cyberguidance.html)
    document met de cyberbeveiligingsrichtlijn. De volledige hyperlink staat hieronder.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Voor elk product dat is aangesloten op het netwerk van de klant:
    bepaal samen met uw interne IT-afdeling welk beveiligd protocol het beste werkt in uw
    omgeving en voer de juiste configuratiewijziging door.
customer-actions-dual-mode = Opmerking: een wijziging van het netwerkprotocol heeft
    tegelijkertijd invloed op zowel de Dx- als de RUO-modus, dus het is niet nodig om elke
    modus afzonderlijk op te starten om de vereiste maatregelen te nemen.
customer-actions-verification-form = Vul het verificatieformulier in en stuur het terug nadat
    u alle stappen in de verstrekte instructies hebt uitgevoerd voor elk van uw producten dat
    in tabel 1 als betrokken is aangemerkt.
customer-actions-note = **OPMERKING:** als u vermoedt dat uw instrument door een onbevoegde
    gebruiker is gecompromitteerd, koppel dan onmiddellijk de netwerkkabel los en neem
    contact op met techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Als u een ongewenst voorval ondervindt dat verband houdt met het
    gebruik van een betrokken product en te wijten is aan deze kwetsbaarheid, meld het
    voorval dan online, per gewone post of per fax bij het MedWatch Adverse Event
    Reporting-programma van de FDA. U kunt de melding online invullen en indienen via
    www.fda.gov/medwatch/report.htm. Neem buiten de Verenigde Staten contact op met uw lokale
    regelgevende instantie.
closing-remarks = Illumina neemt beveiliging zeer serieus. Wij zetten ons in om u te
    ondersteunen bij het verhelpen van deze kwetsbaarheid. Neem voor verdere vragen of hulp
    contact op met techsupport@illumina.com. Mogelijk neemt ook een externe leverancier
    namens Illumina contact met u op om ervoor te zorgen dat u de ondersteuning krijgt die u
    nodig hebt.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Alle rechten voorbehouden. Alle handelsmerken zijn eigendom
    van Illumina, Inc. of hun respectieve eigenaren. Zie de
    webpagina [www.illumina.com/company/legal.html]({ $link-legal }) voor specifieke
    informatie over handelsmerken.

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Deze meldingen bevatten essentiële informatie over onze producten en zijn
    geen marketingcommunicatie. U kunt deze meldingen daarom ontvangen, ook als u zich hebt
    afgemeld voor marketingcommunicatie van { $issuer }. Als u binnen uw organisatie niet de
    juiste contactpersoon bent voor het ontvangen van dergelijke meldingen, kunt u zich
    hiervoor afmelden door [dit formulier in te vullen en in te
    dienen]({ $link-unsubscribe }). Raadpleeg ons [privacybeleid]({ $link-privacy }) voor
    meer informatie.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina heeft u de melding { $notice-id } (dringende terugroepactie van een
    medisch hulpmiddel) gestuurd over een probleem met de instrumenten NextSeq 550Dx,
    MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN
    Server v4 en VeriSeq Onsite Server v2.
form-intro-complete = Vul het onderstaande formulier in om te bevestigen dat u de melding hebt
    ontvangen en de in deze melding beschreven maatregelen voor de klant hebt uitgevoerd.
    Stuur het ingevulde formulier per e-mail naar techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Ik bevestig dat het document met de cyberbeveiligingsrichtlijn is
    gedownload en gelezen.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ik heb de klanten geïdentificeerd die het betrokken product
    hebben ontvangen of mogelijk hebben ontvangen.
