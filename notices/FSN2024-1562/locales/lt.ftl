### status: draft

# FSN2024-1562 (Lithuanian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = 1 lentelė. Susijęs (-ę) gaminys (-iai)
product-table-udi-di = Unikalusis priemonės identifikatorius - Priemonės identifikatorius

# Introduction after the salutation, before Table 1.
intro = Bendrovė Illumina kreipiasi į jus dėl kibernetinio saugumo pažeidžiamumo, nustatyto
    ryšio protokole, kuriuo kliento tinklo saugyklos, serveriai ir (arba) kompiuteriai
    palaiko ryšį su toliau pateiktoje 1 lentelėje nurodytais gaminiais. Šiame pranešime
    apibendrinama problema, bendrovės Illumina veiksmai ir būtini kliento veiksmai.

# Issue summary.
summary-risk = Atlikdama įprastinę kibernetinio saugumo analizę, bendrovės Illumina gaminių
    saugumo komanda nustatė nekontroliuojamą gaminio saugumo riziką, susijusią su ryšio
    protokolu tarp 1 lentelėje nurodytų Illumina gaminių ir kliento tinklo saugyklų, serverių
    ir (arba) kompiuterių. Bendrovė Illumina nustatė, kad, jei nenaudojami saugūs protokolai,
    neįgaliotas asmuo, jau įgijęs privilegijuotą prieigą prie kliento tinklo, galėtų perimti
    šiuos perduodamus duomenis ir jais neteisėtai pasinaudoti.
summary-exploitation = Jei neįgaliotas asmuo išnaudotų šį pažeidžiamumą, jis galbūt galėtų
    perimti ir pakeisti failus, todėl kliento tinklo įrenginiui galėtų būti pateikti
    neteisingi rezultatai, rezultatai galėtų vėluoti arba jų galėtų visai nebūti, galėtų būti
    pateikti sugadinti failai ir (arba) galėtų būti atskleisti perduodamuose failuose esantys
    pacientų duomenys.
summary-no-reports = Šiuo metu bendrovė Illumina nėra gavusi jokių pranešimų ir neturi jokių
    įrodymų, kad šis pažeidžiamumas buvo išnaudotas.

# Illumina actions.
issuer-actions-guidance = Bendrovė Illumina teikia kibernetinio saugumo gaires, kuriose
    pateikiama rekomendacijų, kaip klientai gali apsaugoti savo vidinio tinklo ryšį su
    Illumina gaminiu.
issuer-actions-risk = Nesilaikant šių instrukcijų arba neįdiegus geriausios tinklo saugumo
    praktikos sistemoms apsaugoti, jūsų organizacijai gali kilti pirmiau aprašyta rizika.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Visiems susijusiems gaminiams atlikite toliau nurodytus veiksmus ir
    įgyvendinkite rizikos mažinimo priemones:
customer-actions-download = Atsisiųskite ir
    perskaitykite [šį](https://support.illumina.com/support-content/cyberguidance.html) kibernetinio
    saugumo gairių dokumentą. Visa nuoroda pateikta toliau.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Kiekvienam prie kliento tinklo prijungtam gaminiui: kartu su savo
    vidiniu IT skyriumi nustatykite, kuris saugus protokolas geriausiai tinka jūsų aplinkai, ir
    atlikite atitinkamą konfigūracijos pakeitimą.
customer-actions-dual-mode = Pastaba: tinklo protokolo pakeitimas vienu metu taikomas ir Dx,
    ir RUO režimui, todėl, norint atlikti būtinus veiksmus, nebūtina atskirai paleisti
    prietaiso kiekvienu režimu.
customer-actions-verification-form = Atlikę visus pateiktose instrukcijose nurodytus veiksmus
    kiekvienam savo gaminiui, kuris 1 lentelėje nurodytas kaip susijęs, užpildykite ir
    grąžinkite patvirtinimo formą.
customer-actions-note = **PASTABA:** jei įtariate, kad neįgaliotas naudotojas pažeidė jūsų
    prietaiso saugumą, nedelsdami atjunkite tinklo kabelį ir kreipkitės el. paštu
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jei naudojant bet kurį susijusį gaminį dėl šio pažeidžiamumo įvyko
    nepageidaujamas įvykis, praneškite apie jį FDA nepageidaujamų įvykių pranešimų programai
    „MedWatch“ internetu, paprastu paštu arba faksu. Pranešimą galite užpildyti ir pateikti
    internetu adresu www.fda.gov/medwatch/report.htm. Už Jungtinių Amerikos Valstijų ribų
    kreipkitės į vietos reguliavimo instituciją.
closing-remarks = Bendrovė Illumina saugumui skiria ypač didelį dėmesį. Esame įsipareigoję
    padėti jums pašalinti šį pažeidžiamumą. Kilus papildomų klausimų ar prireikus pagalbos,
    kreipkitės el. paštu techsupport@illumina.com. Su jumis bendrovės Illumina vardu taip pat
    gali susisiekti trečiosios šalies paslaugų teikėjas, kuris užtikrins, kad gautumėte
    reikiamą pagalbą.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Visos teisės saugomos. Visi prekių ženklai priklauso
    bendrovei Illumina, Inc. arba atitinkamiems jų savininkams. Konkrečios informacijos apie
    prekių ženklus rasite tinklalapyje [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Šiuose pranešimuose pateikiama svarbi informacija apie mūsų gaminius ir
    jie nėra rinkodaros pranešimai. Todėl šiuos pranešimus galite gauti net ir tuo atveju, jei
    atsisakėte gauti bendrovės { $issuer } rinkodaros pranešimus. Jei nesate tinkamas savo
    organizacijos kontaktinis asmuo tokiems pranešimams gauti, galite jų atsisakyti užpildę
    ir [pateikę šią formą]({ $link-unsubscribe }). Daugiau informacijos rasite mūsų [privatumo
    politikoje]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Bendrovė Illumina jums atsiuntė pranešimą apie skubų medicinos priemonės
    atšaukimą { $notice-id } dėl problemos, susijusios su prietaisais NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 ir
    VeriSeq Onsite Server v2.
form-intro-complete = Užpildykite toliau pateiktą formą ir patvirtinkite, kad gavote pranešimą
    ir atlikote šiame pranešime aprašytus kliento veiksmus. Užpildytą formą išsiųskite el.
    paštu techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Patvirtinu, kad kibernetinio saugumo gairių dokumentas atsisiųstas ir
    perskaitytas.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Nustačiau klientus, kurie gavo arba galėjo gauti susijusį
    gaminį.
