### status: draft

# FSN2025-1682 (Latvian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx instruments ar DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Uzņēmums Illumina sazinās ar jums saistībā ar drošības ievainojamību, kas konstatēta
    pamatplates pārvaldības kontrollerī (Baseboard Management Controller, BMC), kurš tiek
    izmantots DRAGEN™ Server for NovaSeq™ 6000Dx Instrument un Illumina DRAGEN Server for
    NextSeq™ 550Dx Instrument. Ietekmētie serveri ir norādīti tālāk 1. tabulā. Šajā
    paziņojumā ir sniegts problēmas, uzņēmuma Illumina darbību un nepieciešamo klienta
    darbību kopsavilkums. Piezīme: šī drošības ievainojamība attiecas tikai uz šīm Illumina
    DRAGEN Server instancēm. Citas DRAGEN Server instanču versijas netiek ietekmētas.

# Issue summary.
summary-risk = Uzņēmuma Illumina produktu drošības komanda nesen konstatēja nekontrolētu
    produkta drošības risku, kas saistīts ar pamatplates pārvaldības kontrolleri (BMC), ko
    izmanto iepriekš minētajās DRAGEN Server instancēs. Drošības ievainojamību izraisa
    attālinātās tīkla pārvaldības un uzraudzības konfigurācija.
summary-exploitation = Uzņēmums Illumina ir konstatējis, ka gadījumā, ja nepilnvarota persona
    izmantotu šo ievainojamību, tā varētu piekļūt BMC attālinātajai konsolei, neievadot
    paroli (autentifikācijas apiešana). Šīs ievainojamības izmantošana var izraisīt
    nesankcionētu piekļuvi sistēmai, manipulācijas ar aparatūras iestatījumiem, attālinātu
    koda izpildi, attālinātu vadību, datu aizsardzības pārkāpumus un pakalpojumatteices
    uzbrukumus.
summary-no-reports = Pašlaik uzņēmums Illumina nav saņēmis nevienu ziņojumu un tam nav
    pierādījumu, kas liecinātu, ka šī ievainojamība būtu izmantota.

# Illumina actions.
issuer-actions-instructions = Uzņēmums Illumina sniedz klientiem tālāk norādītās instrukcijas
    par to, kā aizsargāt savus serverus un pasargāt savas sistēmas no šīs ievainojamības
    izmantošanas. Pēc šo instrukciju izpildes ievainojamība tiks novērsta.
issuer-actions-risk = Ja šīs instrukcijas netiks ievērotas, jūsu sistēma var tikt pakļauta
    iepriekš aprakstītajiem riskiem.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Visās ietekmētajās DRAGEN Server instancēs, kas norādītas iepriekš
    1. tabulā, ir jāveic tālāk norādītās darbības, lai novērstu šo kritisko drošības
    ievainojamību:
customer-actions-download = Lejupielādējiet un izpildiet klientiem paredzētās instrukcijas,
    kas pieejamas [šajā tīmekļa lapā](https://support.illumina.com/support-content/bmc.html).
    Pilna hipersaite ir norādīta tālāk:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Aizpildiet un nosūtiet atpakaļ verifikācijas veidlapu,
    kad sniegtajās instrukcijās norādītās darbības ir izpildītas katrā jūsu serverī, kas
    1. tabulā norādīts kā ietekmēts.
customer-actions-note = **PIEZĪME:** ja jums ir aizdomas, ka nepilnvarota persona ir
    apdraudējusi jūsu servera drošību, nekavējoties atvienojiet tīkla kabeli un sazinieties
    ar uzņēmuma Illumina tehniskā atbalsta dienestu, rakstot uz techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ja, lietojot kādu no ietekmētajiem serveriem, šīs drošības
    ievainojamības dēļ ir radies nevēlams notikums, ziņojiet par to FDA nevēlamu notikumu
    ziņošanas programmai MedWatch tiešsaistē, pa parasto pastu vai pa faksu. Ziņojumu var
    aizpildīt un iesniegt tiešsaistē vietnē www.fda.gov/medwatch/report.htm. Reģionos ārpus
    Amerikas Savienotajām Valstīm sazinieties ar vietējo regulatīvo iestādi.
closing-remarks = Uzņēmums Illumina izturas pret drošību ļoti nopietni. Mēs esam apņēmušies
    atbalstīt jūs šīs ievainojamības novēršanā. Ja jums ir papildu jautājumi vai nepieciešama
    palīdzība, sazinieties ar techsupport@illumina.com. Ar jums uzņēmuma Illumina vārdā var
    sazināties arī trešās puses pakalpojumu sniedzējs, kas nodrošinās, ka saņemat
    nepieciešamo atbalstu.

# Verification form: paragraphs before the form table.
form-intro-sent = Uzņēmums Illumina jums nosūtīja paziņojumu par steidzamu medicīniskās
    ierīces atsaukšanu { $notice-id } saistībā ar problēmu, kas ietekmē DRAGEN Server for
    NovaSeq 6000Dx Instrument un Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Aizpildiet tālāk redzamo veidlapu, lai apstiprinātu paziņojuma
    saņemšanu un tajā aprakstīto klienta darbību izpildi. Aizpildīto veidlapu nosūtiet pa
    e-pastu uz techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Servera nosaukums

# Verification form: questions for customers.
form-q-remediation-done = Apstiprinu, ka sadaļā „Klienta darbības” norādītās novēršanas
    darbības ir īstenotas katrā ietekmētajā serverī, kas norādīts šajā verifikācijas
    veidlapā.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ir identificēti klienti, kuri ir saņēmuši vai, iespējams, ir
    saņēmuši ietekmētos serverus.
