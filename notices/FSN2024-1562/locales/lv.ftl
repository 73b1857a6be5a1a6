### status: draft

# FSN2024-1562 (Latvian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = 1. tabula. Ietekmētais(-ie) produkts(-i)
product-table-udi-di = Unikālais ierīces identifikators - Ierīces identifikators

# Introduction after the salutation, before Table 1.
intro = Uzņēmums Illumina sazinās ar jums saistībā ar kiberdrošības ievainojamību, kas
    konstatēta sakaru protokolā starp klienta nodrošinātajām tīkla krātuvēm, serveriem un/vai
    datoriem un tālāk 1. tabulā norādītajiem produktiem. Šajā paziņojumā ir sniegts
    problēmas, uzņēmuma Illumina darbību un nepieciešamo klienta darbību kopsavilkums.

# Issue summary.
summary-risk = Veicot kārtējo kiberdrošības analīzi, uzņēmuma Illumina produktu drošības
    komanda konstatēja nekontrolētu produkta drošības risku, kas saistīts ar sakaru protokolu
    starp 1. tabulā norādītajiem Illumina produktiem un klienta nodrošinātajām tīkla
    krātuvēm, serveriem un/vai datoriem. Uzņēmums Illumina ir konstatējis, ka gadījumā, ja
    netiek izmantoti droši protokoli, nepilnvarota persona, kas jau ir ieguvusi priviliģētu
    piekļuvi klienta tīklam, varētu pārtvert šo saziņu un ļaunprātīgi to izmantot.
summary-exploitation = Ja nepilnvarota persona izmantotu šo ievainojamību, tā, iespējams,
    varētu pārtvert un modificēt failus, kā rezultātā klienta nodrošinātajai tīkla vienībai
    varētu tikt piegādāti nepareizi rezultāti, rezultāti varētu tikt piegādāti ar kavēšanos
    vai netikt piegādāti vispār, varētu tikt piegādāti bojāti faili un/vai varētu tikt
    atklāti pārsūtītajos failos esošie pacientu dati.
summary-no-reports = Pašlaik uzņēmums Illumina nav saņēmis nevienu ziņojumu un tam nav
    pierādījumu, kas liecinātu, ka šī ievainojamība būtu izmantota.

# Illumina actions.
issuer-actions-guidance = Uzņēmums Illumina nodrošina kiberdrošības vadlīnijas, kurās ir
    sniegti ieteikumi par to, kā klienti var aizsargāt sava iekšējā tīkla saziņu ar Illumina
    produktu.
issuer-actions-risk = Ja šīs instrukcijas netiks ievērotas vai sistēmu aizsardzībai netiks
    ieviesta tīkla drošības labākā prakse, jūsu organizācija var tikt pakļauta iepriekš
    aprakstītajiem riskiem.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Visiem ietekmētajiem produktiem veiciet tālāk norādītās darbības, lai
    ieviestu riska mazināšanas pasākumus:
customer-actions-download = Lejupielādējiet un
    izlasiet [šo](https://support.illumina.com/support-content/cyberguidance.html) kiberdrošības
    vadlīniju dokumentu. Pilna hipersaite ir norādīta tālāk.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Katram produktam, kas pievienots klienta tīklam: sadarbībā ar
    savas organizācijas IT nodaļu nosakiet, kurš drošais protokols vislabāk atbilst jūsu
    videi, un ieviesiet atbilstošās konfigurācijas izmaiņas.
customer-actions-dual-mode = Piezīme: tīkla protokola maiņa vienlaikus ietekmē gan Dx, gan
    RUO režīmu, tāpēc, lai veiktu nepieciešamās darbības, instruments nav jāpalaiž katrā
    režīmā atsevišķi.
customer-actions-verification-form = Aizpildiet un nosūtiet atpakaļ verifikācijas veidlapu,
    kad sniegtajās instrukcijās norādītās darbības ir izpildītas katram jūsu produktam, kas
    1. tabulā norādīts kā ietekmēts.
customer-actions-note = **PIEZĪME:** ja jums ir aizdomas, ka nepilnvarots lietotājs ir
    apdraudējis jūsu instrumenta drošību, nekavējoties atvienojiet tīkla kabeli un sazinieties
    ar techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ja saistībā ar kāda ietekmētā produkta lietošanu šīs ievainojamības
    dēļ ir radies nevēlams notikums, ziņojiet par to FDA nevēlamu notikumu ziņošanas
    programmai MedWatch tiešsaistē, pa parasto pastu vai pa faksu. Ziņojumu var aizpildīt un
    iesniegt tiešsaistē vietnē www.fda.gov/medwatch/report.htm. Reģionos ārpus Amerikas
    Savienotajām Valstīm sazinieties ar vietējo regulatīvo iestādi.
closing-remarks = Uzņēmums Illumina izturas pret drošību ļoti nopietni. Mēs esam apņēmušies
    atbalstīt jūs šīs ievainojamības novēršanā. Ja jums ir papildu jautājumi vai nepieciešama
    palīdzība, sazinieties ar techsupport@illumina.com. Ar jums uzņēmuma Illumina vārdā var
    sazināties arī trešās puses pakalpojumu sniedzējs, kas nodrošinās, ka saņemat
    nepieciešamo atbalstu.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Visas tiesības aizsargātas. Visas preču zīmes pieder
    uzņēmumam Illumina, Inc. vai to attiecīgajiem īpašniekiem. Konkrētu informāciju par preču
    zīmēm skatiet tīmekļa lapā [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Šajos paziņojumos ir būtiska informācija par mūsu produktiem, un tie nav
    mārketinga paziņojumi. Tāpēc jūs varat saņemt šos paziņojumus arī tad, ja esat atteicies
    no uzņēmuma { $issuer } mārketinga paziņojumiem. Ja neesat piemērotā kontaktpersona savā
    organizācijā šādu paziņojumu saņemšanai, varat atteikties no tiem, aizpildot
    un [iesniedzot šo veidlapu]({ $link-unsubscribe }). Plašāka informācija ir pieejama
    mūsu [privātuma politikā]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Uzņēmums Illumina jums nosūtīja paziņojumu par steidzamu medicīniskās
    ierīces atsaukšanu { $notice-id } saistībā ar problēmu, kas ietekmē instrumentus
    NextSeq 550Dx, MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx,
    Illumina DRAGEN Server v4 un VeriSeq Onsite Server v2.
form-intro-complete = Aizpildiet tālāk redzamo veidlapu, lai apstiprinātu paziņojuma
    saņemšanu un šajā paziņojumā aprakstīto klienta darbību izpildi. Aizpildīto veidlapu
    nosūtiet pa e-pastu uz techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Apstiprinu, ka kiberdrošības vadlīniju dokuments ir lejupielādēts un
    izlasīts.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ir identificēti klienti, kuri ir saņēmuši vai, iespējams, ir
    saņēmuši ietekmēto produktu.
