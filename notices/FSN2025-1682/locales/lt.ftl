### status: draft

# FSN2025-1682 (Lithuanian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx prietaisas su DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Bendrovė Illumina kreipiasi į jus dėl saugumo pažeidžiamumo, nustatyto pagrindinės
    plokštės valdiklyje (Baseboard Management Controller, BMC), kuris naudojamas DRAGEN™
    Server for NovaSeq™ 6000Dx Instrument ir Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Susiję serveriai nurodyti toliau pateiktoje 1 lentelėje. Šiame pranešime
    apibendrinama problema, bendrovės Illumina veiksmai ir būtini kliento veiksmai. Pastaba:
    šis saugumo pažeidžiamumas būdingas tik šiems Illumina DRAGEN Server egzemplioriams.
    Kitų versijų DRAGEN Server egzemplioriams jis įtakos neturi.

# Issue summary.
summary-risk = Bendrovės Illumina gaminių saugumo komanda neseniai nustatė nekontroliuojamą
    gaminio saugumo riziką, susijusią su pagrindinės plokštės valdikliu (BMC), naudojamu
    pirmiau nurodytuose DRAGEN Server egzemplioriuose. Saugumo pažeidžiamumą lemia nuotolinio
    tinklo valdymo ir stebėsenos konfigūracija.
summary-exploitation = Bendrovė Illumina nustatė, kad, jei neįgaliotas asmuo išnaudotų šį
    pažeidžiamumą, jis galėtų prisijungti prie BMC nuotolinės konsolės neįvesdamas
    slaptažodžio (autentifikavimo apėjimas). Šio pažeidžiamumo išnaudojimas galėtų lemti
    neteisėtą prieigą prie sistemos, aparatinės įrangos nustatymų keitimą, nuotolinį kodo
    vykdymą, nuotolinį valdymą, duomenų saugumo pažeidimus ir paslaugos trikdymo atakas.
summary-no-reports = Šiuo metu bendrovė Illumina nėra gavusi jokių pranešimų ir neturi jokių
    įrodymų, kad šis pažeidžiamumas buvo išnaudotas.

# Illumina actions.
issuer-actions-instructions = Bendrovė Illumina pateikia klientams toliau nurodytas
    instrukcijas, kaip apsaugoti savo serverius ir sistemas nuo šio pažeidžiamumo
    išnaudojimo. Įgyvendinus šias instrukcijas, pažeidžiamumas bus pašalintas.
issuer-actions-risk = Nesilaikant šių instrukcijų, jūsų sistemai gali kilti pirmiau aprašyta
    rizika.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Visuose susijusiuose DRAGEN Server egzemplioriuose, nurodytuose
    pirmiau pateiktoje 1 lentelėje, būtina atlikti toliau nurodytus veiksmus, kad būtų
    pašalintas šis kritinis saugumo pažeidžiamumas:
customer-actions-download = Atsisiųskite klientams skirtas instrukcijas iš [šio
    tinklalapio](https://support.illumina.com/support-content/bmc.html) ir jų laikykitės.
    Visa nuoroda pateikta toliau:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Atlikę visus pateiktose instrukcijose nurodytus veiksmus
    kiekviename savo serveryje, kuris 1 lentelėje nurodytas kaip susijęs, užpildykite ir
    grąžinkite patvirtinimo formą.
customer-actions-note = **PASTABA:** jei įtariate, kad neįgaliotas asmuo pažeidė jūsų serverio
    saugumą, nedelsdami atjunkite tinklo kabelį ir kreipkitės į bendrovės Illumina techninės
    pagalbos tarnybą el. paštu techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jei naudojant bet kurį iš susijusių serverių dėl šio saugumo
    pažeidžiamumo įvyko nepageidaujamas įvykis, praneškite apie jį FDA nepageidaujamų įvykių
    pranešimų programai „MedWatch“ internetu, paprastu paštu arba faksu. Pranešimą galite
    užpildyti ir pateikti internetu adresu www.fda.gov/medwatch/report.htm. Už Jungtinių
    Amerikos Valstijų ribų kreipkitės į vietos reguliavimo instituciją.
closing-remarks = Bendrovė Illumina saugumui skiria ypač didelį dėmesį. Esame įsipareigoję
    padėti jums pašalinti šį pažeidžiamumą. Kilus papildomų klausimų ar prireikus pagalbos,
    kreipkitės el. paštu techsupport@illumina.com. Su jumis bendrovės Illumina vardu taip pat
    gali susisiekti trečiosios šalies paslaugų teikėjas, kuris užtikrins, kad gautumėte
    reikiamą pagalbą.

# Verification form: paragraphs before the form table.
form-intro-sent = Bendrovė Illumina jums atsiuntė pranešimą apie skubų medicinos priemonės
    atšaukimą { $notice-id } dėl problemos, susijusios su DRAGEN Server for NovaSeq 6000Dx
    Instrument ir Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Užpildykite toliau pateiktą formą ir patvirtinkite, kad gavote pranešimą
    ir atlikote jame aprašytus kliento veiksmus. Užpildytą formą išsiųskite el. paštu
    techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Serverio pavadinimas

# Verification form: questions for customers.
form-q-remediation-done = Patvirtinu, kad skyriuje „Kliento veiksmai“ nurodyti taisomieji
    veiksmai atlikti kiekviename šioje patvirtinimo formoje nurodytame susijusiame serveryje.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Nustačiau klientus, kurie gavo arba galėjo gauti susijusius
    serverius.
