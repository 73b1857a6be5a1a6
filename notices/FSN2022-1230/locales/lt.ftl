### status: draft

# FSN2022-1230 (Lithuanian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = SKUBUS MEDICINOS PRIEMONĖS ATŠAUKIMAS

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx prietaisas
product-miseqdx = MiSeqDx prietaisas

# Table of affected products: this notice's column headings.
product-table-name = Gaminio / priemonės pavadinimas
product-table-udi-di = Priemonės identifikatorius

# Introduction after the salutation, before Table 1.
intro = Bendrovė Illumina kreipiasi į jus dėl kibernetinio saugumo pažeidžiamumo, nustatyto
    prietaisų NextSeq™ 550Dx ir MiSeq™Dx programinėje įrangoje Local Run Manager (LRM).
    Šiame pranešime apibendrinama problema, bendrovės Illumina veiksmai ir būtini kliento
    veiksmai.

# Issue summary.
summary-vulnerability = Bendrovė Illumina nustatė kibernetinio saugumo pažeidžiamumą
    programinėje įrangoje Local Run Manager (LRM), įdiegtoje 1 lentelėje nurodytuose in vitro
    diagnostikos sekoskaitos prietaisuose.
summary-no-reports = Šiuo metu bendrovė Illumina nėra gavusi jokių pranešimų, kad šis
    pažeidžiamumas buvo išnaudotas.
summary-exploitation = Neįgaliotas naudotojas galbūt galėtų išnaudoti šį pažeidžiamumą, kad
    nuotoliniu būdu perimtų prietaiso valdymą ir atliktų veiksmus operacinės sistemos
    lygmeniu; tokie veiksmai galėtų paveikti prietaiso arba kliento tinklo nustatymus,
    konfigūraciją, programinę įrangą ar duomenis. Išnaudojus šį pažeidžiamumą, rezultatai
    galėtų būti negauti arba gauti neteisingi, galėtų būti pažeistas failų vientisumas arba
    pacientų duomenų saugumas. Pirmiau aprašytu būdu išnaudojus šį pažeidžiamumą, galėtų kilti
    rizika pacientų sveikatai.

# Illumina actions.
issuer-actions-patch = Bendrovė Illumina sukūrė programinės įrangos pataisą, kuri neleidžia
    išnaudoti šio pažeidžiamumo. Šiuo metu kuriame nuolatinį programinės įrangos pataisymą
    esamiems ir būsimiems prietaisams.
issuer-actions-download = Prie interneto prijungtiems prietaisams skirtą programinės įrangos
    pataisą jau dabar galima atsisiųsti (atsisiuntimo svetainės adresas nurodytas toliau
    pateiktame skyriuje „Kliento veiksmai“). Bendrovė Illumina rekomenduoja klientams
    nedelsiant atsisiųsti programinės įrangos pataisą ir ją įdiegti visuose susijusiuose
    prietaisuose.
issuer-actions-offline = Programinės įrangos pataisai įdiegti susijusiuose LRM gaminiuose,
    kurie neprijungti prie interneto, bendrovė Illumina parengė alternatyvių galimybių.
    Norėdami gauti informacijos apie šias galimybes, kuo skubiau kreipkitės į techninės
    pagalbos tarnybą el. paštu techsupport@illumina.com.
issuer-actions-questions = Kilus papildomų klausimų ar prireikus pagalbos, kreipkitės el.
    paštu techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Pastaba: susijusiuose prietaisuose yra dvigubo paleidimo
    režimas, todėl svarbu programinės įrangos pataisą įdiegti atskirai kiekvienu kiekvieno
    prietaiso režimu (Dx ir RUO). Taip pat svarbu programinės įrangos pataisą įdiegti
    kiekviename atskirame LRM egzemplioriuje, kuris nėra integruotas į prietaisą ir
    naudojamas RUO režimu Dx prietaisuose.

# Step 1 and its three paragraphs.
step-internet = Prie interneto prijungti prietaisai: nedelsdami atsisiųskite šiuo adresu
    pateiktą programinės įrangos pataisą ir ją įdiekite kiekviename susijusiame prietaise,
    kiekvienu režimu (Dx režimu ir RUO režimu), ir (arba) kiekviename atskirame LRM
    egzemplioriuje, kuris nėra integruotas į prietaisą ir naudojamas RUO režimu Dx
    prietaisuose.
step-internet-backup = Prieš diegiant programinės įrangos pataisą, rekomenduojama sukurti
    atsarginę duomenų kopiją.
step-internet-address = Siekdama geresnės apsaugos, bendrovė Illumina šiuo metu svetainės
    adresą teikia tik klientams, turintiems susijusių gaminių, ir reguliavimo įstaigoms.
step-internet-form = Per 5 darbo dienas užpildykite ir grąžinkite toliau pateiktą
    patvirtinimo formą.

# Step 2 and its paragraph.
step-offline = Prie interneto neprijungti prietaisai: norėdami gauti instrukcijų apie kitus
    programinės įrangos pataisos įdiegimo būdus, kreipkitės el. paštu
    techsupport@illumina.com.
step-offline-form = Įdiegę programinės įrangos pataisą, nedelsdami užpildykite ir grąžinkite
    toliau pateiktą patvirtinimo formą.

# Step 3.
step-permanent-fix = Nuolatinis programinės įrangos pataisymas: kai tik bus išleistas
    programinės įrangos naujinys, kuris visam laikui pašalins šį pažeidžiamumą, jį įdiekite.
    Daugiau informacijos apie šį programinės įrangos naujinį bus pateikta atskiru pranešimu.

# Customer actions: the two notes.
customer-actions-note-web-ui = **PASTABA:** įdiegus programinės įrangos pataisą, bus
    užblokuota nuotolinė prieiga prie LRM žiniatinklio naudotojo sąsajos (web UI) ir bus
    pakeistas dabartinis LRM naudotojo vadovas; visos kitos esminės prietaiso funkcijos liks
    nepakitusios. Klientai, kurie žiniatinklio sąsają naudoja laboratorijos darbo eigoms,
    gali kreiptis el. paštu techsupport@illumina.com ir gauti skubią pagalbą.
customer-actions-note-compromised = **PASTABA:** jei įtariate, kad neįgaliotas naudotojas
    pažeidė jūsų prietaiso saugumą, nedelsdami atjunkite tinklo kabelį ir nedelsdami
    kreipkitės el. paštu techsupport@illumina.com. Informacijos apie priemonės patikros
    veiksmus rasite LRM Software Patch 1.0 instrukcijų vadove.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jei naudotojui naudojant susijusius gaminius dėl šio pažeidžiamumo
    įvyko nepageidaujamas įvykis, praneškite apie jį FDA nepageidaujamų įvykių pranešimų
    programai „MedWatch“ internetu, paprastu paštu arba faksu. Pranešimą galite užpildyti ir
    pateikti internetu adresu www.fda.gov/medwatch/report.htm. Už Jungtinių Amerikos
    Valstijų ribų kreipkitės į vietos reguliavimo instituciją.
closing-remarks = Bendrovė Illumina saugumui ir duomenų privatumui skiria ypač didelį
    dėmesį. Esame įsipareigoję padėti jums pašalinti šį pažeidžiamumą. Kilus klausimų,
    rašykite el. paštu techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Šį pranešimą jums siunčiame, nes esate nurodyti kaip savo organizacijos
    kontaktinis asmuo. Kartkartėmis turime informuoti savo klientus apie gaminių pakeitimus,
    gaminių gamybos nutraukimą ar kokybės problemas.
why-body-marketing = Todėl prašome atkreipti dėmesį į šiuos pranešimus, nes juose pateikiama
    svarbi informacija apie mūsų gaminius ir jie nėra rinkodaros pranešimai. Dėl to šiuos
    pranešimus galite gauti net ir tuo atveju, jei atsisakėte gauti bendrovės { $issuer }
    rinkodaros medžiagą. Jei nesate tinkamas savo organizacijos kontaktinis asmuo tokiems
    pranešimams gauti, išsiųskite el. laišką adresu customernotifications@illumina.com ir
    nurodykite tinkamą kontaktinį asmenį. Daugiau informacijos rasite mūsų privatumo
    politikoje.

# Verification form: paragraphs before the form table.
form-intro-sent = { $issued } bendrovė Illumina jums atsiuntė pranešimą apie skubų medicinos
    priemonės atšaukimą { $notice-id } dėl problemos, susijusios su prietaisais
    NextSeq 550Dx ir MiSeqDx.
form-intro-complete = Užpildykite toliau pateiktą lentelę ir patvirtinkite, kad gavote
    pranešimą, o baigę diegti programinės įrangos pataisą, kaip aprašyta šio pranešimo
    skyriuje „Kliento veiksmai“, užpildytą formą išsiųskite el. paštu
    techsupport@illumina.com.

# Verification form: checklist of the affected products.
form-product-name = Gaminio / priemonės pavadinimas
form-quantity = KIEKIS
form-serial-numbers = Serijos numeriai
form-checklist-hint = Pažymėkite visus susijusius gaminius
form-row-standalone-lrm = Atskiri LRM egzemplioriai, kurie nėra integruoti į prietaisą ir
    naudojami RUO režimu Dx prietaisuose.

# Verification form: the customer's details.
form-customer-details = Kliento informacija
form-person-name-print = Vardas, pavardė (spausdintinėmis raidėmis):
form-person-title-print = Formą pildančio asmens pareigos (spausdintinėmis raidėmis):

# Verification form: questions for customers.
form-q-lrm-installed = Pareiškiu, kad LRM įdiegta pirmiau pažymėtuose prietaisuose.
form-q-patch-installed = Patvirtinu, kad programinės įrangos pataisa įdiegta visuose pirmiau
    nurodytuose prietaisuose.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Nustačiau klientus, kurie gavo arba galėjo gauti gaminį.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Patvirtinu, kad man žinoma, jog atsisiuntus programinės įrangos
    pataisą ją būtina įdiegti atskirai kiekvienu kiekvieno šioje patvirtinimo formoje
    nurodyto susijusio prietaiso režimu (atitinkamai Dx režimu ir RUO režimu) ir (arba)
    kiekviename atskirame LRM egzemplioriuje, kuris nėra integruotas į prietaisą ir
    naudojamas RUO režimu Dx prietaisuose.
