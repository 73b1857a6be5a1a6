### status: draft

# FSN2025-1682 (Croatian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrument NovaSeq 6000Dx, uključujući DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Tvrtka Illumina obraća vam se u vezi sa sigurnosnom ranjivošću utvrđenom u kontroleru za
    upravljanje matičnom pločom (Baseboard Management Controller, BMC) na poslužiteljima
    DRAGEN™ Server for NovaSeq™ 6000Dx Instrument i Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Zahvaćeni poslužitelji navedeni su u Tablici 1 u nastavku. Ova obavijest
    sadrži sažetak problema, mjere tvrtke Illumina i mjere koje korisnik mora poduzeti.
    Napomena: ova sigurnosna ranjivost ograničena je na navedene poslužitelje Illumina DRAGEN
    Server. Druge verzije poslužitelja DRAGEN Server nisu zahvaćene.

# Issue summary.
summary-risk = Tim za sigurnost proizvoda tvrtke Illumina nedavno je utvrdio nekontrolirani
    rizik za sigurnost proizvoda povezan s kontrolerom za upravljanje matičnom pločom (BMC) koji
    se upotrebljava u gore navedenim poslužiteljima DRAGEN Server. Sigurnosna ranjivost
    posljedica je konfiguracija daljinskog upravljanja i nadzora putem mreže.
summary-exploitation = Tvrtka Illumina utvrdila je da bi neovlaštena osoba, ako bi iskoristila
    ovu ranjivost, mogla pristupiti daljinskoj konzoli BMC-a bez unosa lozinke (zaobilaženje
    autentifikacije). Iskorištavanje ove ranjivosti moglo bi dovesti do neovlaštenog pristupa
    sustavu, manipulacije postavkama hardvera, daljinskog izvršavanja koda, daljinskog
    upravljanja, povreda podataka i napada uskraćivanjem usluge.
summary-no-reports = Tvrtka Illumina do sada nije zaprimila nikakve prijave niti ima dokaze koji
    upućuju na to da je ova ranjivost iskorištena.

# Illumina actions.
issuer-actions-instructions = Tvrtka Illumina korisnicima daje upute u nastavku o tome kako
    zaštititi svoje poslužitelje i sustave od iskorištavanja ove ranjivosti. Primjenom tih
    uputa ranjivost će se otkloniti.
issuer-actions-risk = Ako se ne pridržavate ovih uputa, vaš sustav može ostati izložen gore
    opisanim rizicima.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Za sve zahvaćene poslužitelje DRAGEN Server navedene u Tablici 1 iznad
    potrebno je poduzeti sljedeće mjere kako bi se otklonila ova kritična sigurnosna ranjivost:
customer-actions-download = Preuzmite upute za korisnike s [ove
    web-stranice](https://support.illumina.com/support-content/bmc.html) i postupite prema
    njima. Cijela poveznica navedena je u nastavku:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Ispunite i vratite Obrazac za potvrdu nakon što izvršite
    sve korake iz priloženih uputa za svoj poslužitelj odnosno poslužitelje koji su u Tablici 1
    navedeni kao zahvaćeni.
customer-actions-note = **NAPOMENA:** Ako sumnjate da je neovlaštena osoba kompromitirala vaš
    poslužitelj, odmah odspojite mrežni kabel i obratite se tehničkoj podršci tvrtke Illumina
    na adresu techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ako tijekom uporabe nekog od zahvaćenih poslužitelja dođe do štetnog
    događaja uzrokovanog ovom sigurnosnom ranjivošću, prijavite događaj programu za prijavu
    štetnih događaja FDA MedWatch putem interneta, redovnom poštom ili faksom. Prijavu možete
    ispuniti i podnijeti putem interneta na adresi www.fda.gov/medwatch/report.htm. Izvan
    Sjedinjenih Američkih Država obratite se svojem lokalnom regulatornom tijelu.
closing-remarks = Tvrtka Illumina sigurnost shvaća vrlo ozbiljno. Predani smo tome da vam
    pružimo podršku u otklanjanju ove ranjivosti. Za sva dodatna pitanja ili pomoć obratite se
    na adresu techsupport@illumina.com. Moguće je i da vam se u ime tvrtke Illumina obrati
    vanjski pružatelj usluga, koji će se pobrinuti da dobijete potrebnu podršku.

# Verification form: paragraphs before the form table.
form-intro-sent = Tvrtka Illumina poslala vam je obavijest o hitnom povlačenju medicinskog
    proizvoda { $notice-id } u vezi s problemom koji zahvaća poslužitelje DRAGEN Server for
    NovaSeq 6000Dx Instrument i Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Ispunite obrazac u nastavku kako biste potvrdili primitak obavijesti i
    provedbu mjera koje korisnik mora poduzeti opisanih u obavijesti. Ispunjeni obrazac
    pošaljite e-poštom na adresu techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Naziv poslužitelja

# Verification form: questions for customers.
form-q-remediation-done = Potvrđujem da su koraci za otklanjanje ranjivosti navedeni u odjeljku
    „Mjere koje korisnik mora poduzeti” provedeni na svakom zahvaćenom poslužitelju navedenom u
    ovom Obrascu za potvrdu.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Utvrdio/la sam korisnike koji su primili ili su možda primili
    zahvaćene poslužitelje.
