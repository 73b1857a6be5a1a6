### status: draft

# FSN2022-1230 (Latvian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = STEIDZAMA MEDICĪNISKĀS IERĪCES ATSAUKŠANA

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx instruments
product-miseqdx = MiSeqDx instruments

# Table of affected products: this notice's column headings.
product-table-name = Produkta/ierīces nosaukums
product-table-udi-di = Ierīces identifikators

# Introduction after the salutation, before Table 1.
intro = Uzņēmums Illumina sazinās ar jums saistībā ar kiberdrošības ievainojamību programmatūrā
    Local Run Manager (LRM), kas konstatēta instrumentos NextSeq™ 550Dx un MiSeq™Dx. Šajā
    paziņojumā ir sniegts problēmas, uzņēmuma Illumina darbību un nepieciešamo klienta
    darbību kopsavilkums.

# Issue summary.
summary-vulnerability = Uzņēmums Illumina ir konstatējis kiberdrošības ievainojamību
    programmatūrā Local Run Manager (LRM) 1. tabulā norādītajos in vitro diagnostikas
    sekvencēšanas instrumentos.
summary-no-reports = Pašlaik uzņēmums Illumina nav saņēmis nevienu ziņojumu, kas liecinātu, ka
    šī ievainojamība būtu izmantota.
summary-exploitation = Nepilnvarots lietotājs, iespējams, varētu izmantot šo ievainojamību, lai
    attālināti pārņemtu instrumenta vadību un pēc tam veiktu darbības operētājsistēmas
    līmenī; šādas darbības varētu ietekmēt iestatījumus, konfigurāciju, programmatūru vai
    datus instrumentā vai klienta tīklā. Šīs ievainojamības izmantošanas dēļ rezultāti varētu
    netikt iegūti vispār vai varētu tikt iegūti nepareizi rezultāti, faili varētu tikt
    kompromitēti vai varētu tikt pārkāpta pacientu datu aizsardzība. Šīs ievainojamības
    izmantošana iepriekš aprakstītajā veidā var radīt iespējamu risku pacientu veselībai.

# Illumina actions.
issuer-actions-patch = Uzņēmums Illumina ir izstrādājis programmatūras ielāpu, kas novērš šīs
    ievainojamības izmantošanu. Pašlaik mēs strādājam pie pastāvīga programmatūras labojuma
    izstrādes esošajiem un turpmākajiem instrumentiem.
issuer-actions-download = Internetam pievienotajiem instrumentiem programmatūras ielāps jau
    tagad ir pieejams lejupielādei (lejupielādes vietnes adrese ir norādīta tālāk sadaļā
    „Klienta darbības”). Uzņēmums Illumina iesaka klientiem nekavējoties lejupielādēt
    programmatūras ielāpu un instalēt to visos ietekmētajos instrumentos.
issuer-actions-offline = Programmatūras ielāpa instalēšanai ietekmētajos LRM produktos, kas nav
    pievienoti internetam, uzņēmums Illumina ir izstrādājis alternatīvas iespējas. Lai
    saņemtu informāciju par šīm iespējām, pēc iespējas drīzāk sazinieties ar tehniskā
    atbalsta dienestu, rakstot uz techsupport@illumina.com.
issuer-actions-questions = Ja jums ir papildu jautājumi vai nepieciešama palīdzība,
    sazinieties ar techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Piezīme: ietekmētajiem instrumentiem ir divkāršās sāknēšanas
    režīms, un ir svarīgi programmatūras ielāpu instalēt atsevišķi katrā katra instrumenta
    režīmā (Dx un RUO). Tāpat ir svarīgi programmatūras ielāpu instalēt jebkurā atsevišķā LRM
    instancē, kas nav integrēta instrumentā un tiek izmantota RUO režīmā Dx instrumentos.

# Step 1 and its three paragraphs.
step-internet = Internetam pievienoti instrumenti: nekavējoties lejupielādējiet šajā adresē
    pieejamo programmatūras ielāpu un instalējiet to katrā ietekmētajā instrumentā, katrā
    režīmā (Dx režīmā un RUO režīmā) un/vai katrā atsevišķā LRM instancē, kas nav integrēta
    instrumentā un tiek izmantota RUO režīmā Dx instrumentos.
step-internet-backup = Pirms programmatūras ielāpa instalēšanas ieteicams izveidot datu
    dublējumkopiju.
step-internet-address = Labākas aizsardzības nolūkā uzņēmums Illumina pašlaik sniedz vietnes
    adresi tikai klientiem, kuriem ir ietekmētie produkti, un regulatīvajām iestādēm.
step-internet-form = 5 darbdienu laikā aizpildiet un nosūtiet atpakaļ tālāk pievienoto
    verifikācijas veidlapu.

# Step 2 and its paragraph.
step-offline = Internetam nepievienoti instrumenti: lai saņemtu instrukcijas par citām
    programmatūras ielāpa ieviešanas metodēm, sazinieties ar techsupport@illumina.com.
step-offline-form = Tūlīt pēc programmatūras ielāpa instalēšanas aizpildiet un nosūtiet
    atpakaļ tālāk pievienoto verifikācijas veidlapu.

# Step 3.
step-permanent-fix = Pastāvīgs programmatūras labojums: tiklīdz būs pieejams programmatūras
    atjauninājums, kas pastāvīgi novērsīs šo ievainojamību, instalējiet to. Plašāka
    informācija par šo programmatūras atjauninājumu tiks nosūtīta atsevišķā paziņojumā.

# Customer actions: the two notes.
customer-actions-note-web-ui = **PIEZĪME:** programmatūras ielāpa instalēšana bloķēs attālināto
    piekļuvi LRM tīmekļa lietotāja saskarnei (web UI) un aizstās pašreizējo LRM lietotāja
    rokasgrāmatu; visas pārējās būtiskās instrumenta funkcijas paliks nemainīgas. Klienti,
    kuri tīmekļa saskarni izmanto laboratorijas darbplūsmām, var sazināties ar
    techsupport@illumina.com, lai saņemtu tūlītēju palīdzību.
customer-actions-note-compromised = **PIEZĪME:** ja jums ir aizdomas, ka nepilnvarots
    lietotājs ir apdraudējis jūsu instrumenta drošību, nekavējoties atvienojiet tīkla kabeli
    un nekavējoties sazinieties ar techsupport@illumina.com. Informāciju par ierīces
    pārbaudes darbībām skatiet LRM Software Patch 1.0 instrukciju rokasgrāmatā.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ja saistībā ar ietekmēto produktu lietošanu šīs ievainojamības dēļ
    lietotājam ir radies nevēlams notikums, ziņojiet par to FDA nevēlamu notikumu ziņošanas
    programmai MedWatch tiešsaistē, pa parasto pastu vai pa faksu. Ziņojumu var aizpildīt un
    iesniegt tiešsaistē vietnē www.fda.gov/medwatch/report.htm. Reģionos ārpus Amerikas
    Savienotajām Valstīm sazinieties ar vietējo regulatīvo iestādi.
closing-remarks = Uzņēmums Illumina izturas pret drošību un datu privātumu ļoti nopietni. Mēs
    esam apņēmušies atbalstīt jūs šīs ievainojamības novēršanā. Ja jums ir kādi jautājumi,
    lūdzu, rakstiet uz techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Mēs jums nosūtām šo paziņojumu, jo esat norādīts kā savas organizācijas
    kontaktpersona. Laiku pa laikam mums ir jāinformē klienti par produktu izmaiņām,
    produktu ražošanas pārtraukšanu vai kvalitātes problēmām.
why-body-marketing = Tāpēc lūdzam pievērst uzmanību šiem paziņojumiem, jo tajos ir svarīga
    informācija par mūsu produktiem un tie nav mārketinga paziņojumi. Tādēļ jūs varat saņemt
    šos paziņojumus arī tad, ja esat atteicies no uzņēmuma { $issuer } mārketinga
    materiāliem. Ja neesat piemērotā kontaktpersona savā organizācijā šādu paziņojumu
    saņemšanai, lūdzu, nosūtiet e-pasta ziņojumu uz customernotifications@illumina.com,
    norādot pareizo kontaktpersonu. Plašāka informācija ir pieejama mūsu privātuma politikā.

# Verification form: paragraphs before the form table.
form-intro-sent = { $issued } uzņēmums Illumina jums nosūtīja paziņojumu par steidzamu
    medicīniskās ierīces atsaukšanu { $notice-id } saistībā ar problēmu, kas ietekmē
    instrumentus NextSeq 550Dx un MiSeqDx.
form-intro-complete = Lūdzu, aizpildiet tālāk redzamo tabulu, lai apstiprinātu paziņojuma
    saņemšanu, un nosūtiet aizpildīto veidlapu pa e-pastu uz techsupport@illumina.com, kad
    programmatūras ielāpa instalēšana būs pabeigta, kā aprakstīts šī paziņojuma sadaļā
    „Klienta darbības”.

# Verification form: checklist of the affected products.
form-product-name = Produkta/ierīces nosaukums
form-quantity = DAUDZUMS
form-serial-numbers = Sērijas numuri
form-checklist-hint = Atzīmējiet visus ietekmētos produktus
form-row-standalone-lrm = Atsevišķas LRM instances, kas nav integrētas instrumentā un tiek
    izmantotas RUO režīmā Dx instrumentos.

# Verification form: the customer's details.
form-customer-details = Informācija par klientu
form-person-name-print = Vārds, uzvārds (drukātiem burtiem):
form-person-title-print = Veidlapas aizpildītāja amats (drukātiem burtiem):

# Verification form: questions for customers.
form-q-lrm-installed = Apliecinu, ka LRM ir instalēts iepriekš atzīmētajos instrumentos.
form-q-patch-installed = Apstiprinu, ka programmatūras ielāps ir instalēts visos iepriekš
    norādītajos instrumentos.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ir identificēti klienti, kuri ir saņēmuši vai, iespējams, ir
    saņēmuši produktu.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Apliecinu, ka man ir zināms: pēc programmatūras ielāpa
    lejupielādes tas ir jāinstalē atsevišķi katrā režīmā (attiecīgi Dx režīmā un RUO režīmā)
    katrā ietekmētajā instrumentā, kas norādīts šajā verifikācijas veidlapā, un/vai jebkurā
    atsevišķā LRM instancē, kas nav integrēta instrumentā un tiek izmantota RUO režīmā Dx
    instrumentos.
