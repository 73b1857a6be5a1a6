### status: draft

# FSN2022-1230 (Croatian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = HITNO POVLAČENJE MEDICINSKOG PROIZVODA

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrument NextSeq 550Dx
product-miseqdx = Instrument MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Naziv proizvoda/uređaja
product-table-udi-di = Identifikator proizvoda

# Introduction after the salutation, before Table 1.
intro = Tvrtka Illumina obraća vam se u vezi s kibernetičkom ranjivošću u softveru Local Run
    Manager (LRM) utvrđenom na instrumentima NextSeq™ 550Dx i MiSeq™Dx. Ova obavijest sadrži
    sažetak problema, mjere tvrtke Illumina i mjere koje korisnik mora poduzeti.

# Issue summary.
summary-vulnerability = Tvrtka Illumina utvrdila je kibernetičku ranjivost u softveru Local Run
    Manager (LRM) na instrumentima za sekvenciranje za in vitro dijagnostiku navedenima u
    Tablici 1.
summary-no-reports = Tvrtka Illumina do sada nije zaprimila nikakve prijave koje bi upućivale na
    to da je ova ranjivost iskorištena.
summary-exploitation = Neovlašteni korisnik mogao bi iskoristiti ranjivost kako bi daljinski
    preuzeo kontrolu nad instrumentom, a zatim izvršio radnje na razini operacijskog sustava;
    takve radnje mogle bi utjecati na postavke, konfiguracije, softver ili podatke na
    instrumentu ili u mreži korisnika. Iskorištavanje ove ranjivosti moglo bi dovesti do toga
    da se rezultati ne generiraju, da se generiraju netočni rezultati, do kompromitiranja
    datoteka ili do povrede podataka o pacijentima. Iskorištavanje ove ranjivosti na gore
    opisani način može predstavljati potencijalni rizik za zdravlje pacijenata.

# Illumina actions.
issuer-actions-patch = Tvrtka Illumina razvila je softversku zakrpu kojom se sprječava
    iskorištavanje ove ranjivosti. Trenutačno radimo na razvoju trajnog softverskog rješenja za
    sadašnje i buduće instrumente.
issuer-actions-download = Za instrumente povezane s internetom softverska zakrpa već je
    dostupna za preuzimanje (adresa web-mjesta za preuzimanje navedena je u odjeljku „Mjere koje
    korisnik mora poduzeti” u nastavku). Tvrtka Illumina preporučuje korisnicima da odmah
    preuzmu softversku zakrpu i instaliraju je na sve zahvaćene instrumente.
issuer-actions-offline = Za instalaciju softverske zakrpe na zahvaćene proizvode s LRM-om koji
    nisu povezani s internetom tvrtka Illumina razvila je alternativne mogućnosti. Za
    informacije o tim mogućnostima što prije se obratite tehničkoj podršci na adresu
    techsupport@illumina.com.
issuer-actions-questions = Za sva dodatna pitanja ili pomoć obratite se na adresu
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Napomena: zahvaćeni instrumenti imaju način dvostrukog pokretanja
    (dual boot) i važno je softversku zakrpu instalirati zasebno u svakom načinu rada (Dx i RUO)
    svakog instrumenta. Također je važno softversku zakrpu instalirati na svaku samostalnu
    instancu LRM-a koja nije integrirana u instrument, a upotrebljava se u načinu rada RUO na
    instrumentima Dx.

# Step 1 and its three paragraphs.
step-internet = Instrumenti povezani s internetom: odmah preuzmite softversku zakrpu dostupnu na
    ovoj adresi i instalirajte je na svaki zahvaćeni instrument, u svakom načinu rada (način
    rada Dx i način rada RUO), i/ili na svaku samostalnu instancu LRM-a koja nije integrirana u
    instrument, a upotrebljava se u načinu rada RUO na instrumentima Dx.
step-internet-backup = Prije instalacije softverske zakrpe preporučuje se izrada sigurnosne
    kopije podataka.
step-internet-address = Radi bolje zaštite tvrtka Illumina trenutačno dostavlja adresu
    web-mjesta samo korisnicima sa zahvaćenim proizvodima i regulatornim tijelima.
step-internet-form = Ispunite i vratite Obrazac za potvrdu u nastavku u roku od 5 radnih dana.

# Step 2 and its paragraph.
step-offline = Instrumenti koji nisu povezani s internetom: za upute o drugim načinima primjene
    softverske zakrpe obratite se na adresu techsupport@illumina.com.
step-offline-form = Ispunite i vratite Obrazac za potvrdu u nastavku odmah nakon instalacije
    softverske zakrpe.

# Step 3.
step-permanent-fix = Trajno softversko rješenje: kada bude dostupno, instalirajte softversko
    ažuriranje kojim će se ova ranjivost trajno otkloniti. Dodatne informacije o tom softverskom
    ažuriranju bit će vam poslane u zasebnoj obavijesti.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NAPOMENA:** instalacijom softverske zakrpe blokirat će se
    daljinski pristup web-korisničkom sučelju LRM-a (web UI) i zamijenit će se trenutačni
    Korisnički priručnik za LRM; sve ostale bitne funkcije instrumenta ostat će nepromijenjene.
    Korisnici koji web-sučelje upotrebljavaju za laboratorijske tijekove rada mogu se za hitnu
    pomoć obratiti na adresu techsupport@illumina.com.
customer-actions-note-compromised = **NAPOMENA:** ako sumnjate da je neovlašteni korisnik
    kompromitirao vaš instrument, odmah odspojite mrežni kabel i odmah se obratite na adresu
    techsupport@illumina.com. Informacije o koracima za pregled uređaja potražite u Priručniku
    s uputama za softversku zakrpu LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ako korisnik doživi štetni događaj povezan s uporabom zahvaćenih
    proizvoda i uzrokovan ovom ranjivošću, prijavite događaj programu za prijavu štetnih
    događaja FDA MedWatch putem interneta, redovnom poštom ili faksom. Prijavu možete ispuniti
    i podnijeti putem interneta na adresi www.fda.gov/medwatch/report.htm. Izvan Sjedinjenih
    Američkih Država obratite se svojem lokalnom regulatornom tijelu.
closing-remarks = Tvrtka Illumina sigurnost i privatnost podataka shvaća vrlo ozbiljno. Predani
    smo tome da vam pružimo podršku u otklanjanju ove ranjivosti. Sva pitanja pošaljite na
    adresu techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Ovu obavijest šaljemo vam jer ste navedeni kao kontaktna osoba svoje
    organizacije. S vremena na vrijeme moramo obavijestiti svoje korisnike o promjenama
    proizvoda, prestanku proizvodnje proizvoda ili problemima s kvalitetom.
why-body-marketing = Stoga vas molimo da obratite pozornost na ove obavijesti jer sadrže važne
    informacije o našim proizvodima i nisu marketinške poruke. Ove obavijesti stoga možete
    primati čak i ako ste se odjavili od primanja marketinških materijala tvrtke { $issuer }.
    Ako niste odgovarajuća kontaktna osoba u svojoj organizaciji za takve obavijesti,
    pošaljite e-poruku na adresu customernotifications@illumina.com s podacima o ispravnoj
    kontaktnoj osobi. Više informacija potražite u našim Pravilima o privatnosti.

# Verification form: paragraphs before the form table.
form-intro-sent = Dana { $issued } tvrtka Illumina poslala vam je obavijest o hitnom povlačenju
    medicinskog proizvoda { $notice-id } u vezi s problemom koji zahvaća instrumente
    NextSeq 550Dx i MiSeqDx.
form-intro-complete = Ispunite tablicu u nastavku kako biste potvrdili primitak obavijesti te
    ispunjeni obrazac pošaljite e-poštom na adresu techsupport@illumina.com nakon što dovršite
    instalaciju softverske zakrpe kako je opisano u odjeljku „Mjere koje korisnik mora
    poduzeti” ove obavijesti.

# Verification form: checklist of the affected products.
form-product-name = Naziv proizvoda/uređaja
form-quantity = KOL.
form-serial-numbers = Serijski brojevi
form-checklist-hint = Označite sve zahvaćene proizvode
form-row-standalone-lrm = Samostalne instance LRM-a koje nisu integrirane u instrument, a
    upotrebljavaju se u načinu rada RUO na instrumentima Dx.

# Verification form: the customer's details.
form-customer-details = Podaci o korisniku
form-person-name-print = Ime i prezime (tiskanim slovima):
form-person-title-print = Funkcija osobe koja ispunjava obrazac (tiskanim slovima):

# Verification form: questions for customers.
form-q-lrm-installed = Izjavljujem da je LRM instaliran na gore označenim instrumentima.
form-q-patch-installed = Potvrđujem da je softverska zakrpa instalirana na svim gore navedenim
    instrumentima.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Utvrdio/la sam korisnike koji su primili ili su možda primili
    proizvod.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Potvrđujem da sam upoznat/a s time da se softverska zakrpa nakon
    preuzimanja mora instalirati zasebno u svakom načinu rada (način rada Dx odnosno način rada
    RUO) svakog zahvaćenog instrumenta navedenog u ovom Obrascu za potvrdu i/ili na svaku
    samostalnu instancu LRM-a koja nije integrirana u instrument, a upotrebljava se u načinu
    rada RUO na instrumentima Dx.
