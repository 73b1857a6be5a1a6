### status: draft

# FSN2024-1562 (Croatian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tablica 1: Zahvaćeni proizvod(i)
product-table-udi-di = Jedinstvena identifikacija proizvoda – Identifikator proizvoda

# Introduction after the salutation, before Table 1.
intro = Tvrtka Illumina obraća vam se u vezi s kibernetičkom ranjivošću utvrđenom u
    komunikacijskom protokolu između mrežne pohrane, poslužitelja i/ili računala koje osigurava
    korisnik i proizvoda navedenih u Tablici 1 u nastavku. Ova obavijest sadrži sažetak
    problema, mjere tvrtke Illumina i mjere koje korisnik mora poduzeti.

# Issue summary.
summary-risk = Tijekom rutinskih analiza kibernetičke sigurnosti tim za sigurnost proizvoda
    tvrtke Illumina utvrdio je nekontrolirani rizik za sigurnost proizvoda povezan s
    komunikacijskim protokolom između proizvoda tvrtke Illumina navedenih u Tablici 1 i mrežne
    pohrane, poslužitelja i/ili računala koje osigurava korisnik. Tvrtka Illumina utvrdila je
    da bi, ako se ne upotrebljavaju sigurni protokoli, neovlaštena osoba koja je već stekla
    povlašteni pristup mreži korisnika mogla presresti i zloupotrijebiti tu komunikaciju.
summary-exploitation = Ako bi neovlaštena osoba iskoristila ovu ranjivost, mogla bi presresti i
    izmijeniti datoteke, što bi moglo dovesti do isporuke netočnih rezultata, kašnjenja
    rezultata, izostanka rezultata ili isporuke oštećenih datoteka mrežnom entitetu koji
    osigurava korisnik i/ili do otkrivanja podataka o pacijentima u prenesenim datotekama.
summary-no-reports = Tvrtka Illumina do sada nije zaprimila nikakve prijave niti ima dokaze koji
    upućuju na to da je ova ranjivost iskorištena.

# Illumina actions.
issuer-actions-guidance = Tvrtka Illumina stavlja na raspolaganje Smjernice za kibernetičku
    sigurnost s preporukama o tome kako korisnici mogu zaštititi komunikaciju svoje interne
    mreže s proizvodom tvrtke Illumina.
issuer-actions-risk = Ako se ne pridržavate ovih uputa ili ne primijenite najbolje prakse
    mrežne sigurnosti za zaštitu svojih sustava, vaša organizacija može ostati izložena gore
    opisanim rizicima.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Za sve zahvaćene proizvode poduzmite sljedeće korake kako biste
    primijenili mjere za ublažavanje rizika:
customer-actions-download = Preuzmite i pročitajte [ovaj](https://support.illumina.com/support-content/cyberguidance.html)
    dokument sa Smjernicama za kibernetičku sigurnost. Cijela poveznica navedena je u nastavku.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Za svaki proizvod povezan s mrežom korisnika: u suradnji sa svojim
    internim IT odjelom utvrdite koji sigurni protokol najbolje odgovara vašem okruženju i
    provedite odgovarajuću promjenu konfiguracije.
customer-actions-dual-mode = Napomena: promjena mrežnog protokola istodobno utječe na načine
    rada Dx i RUO, stoga nije potrebno zasebno pokretati sustav u svakom načinu rada kako bi se
    poduzele potrebne mjere.
customer-actions-verification-form = Ispunite i vratite Obrazac za potvrdu nakon što izvršite
    sve korake iz priloženih uputa za svoj proizvod odnosno proizvode koji su u Tablici 1
    navedeni kao zahvaćeni.
customer-actions-note = **NAPOMENA:** Ako sumnjate da je neovlašteni korisnik kompromitirao vaš
    instrument, odmah odspojite mrežni kabel i obratite se na adresu techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ako dođe do štetnog događaja povezanog s uporabom nekog od zahvaćenih
    proizvoda i uzrokovanog ovom ranjivošću, prijavite događaj programu za prijavu štetnih
    događaja FDA MedWatch putem interneta, redovnom poštom ili faksom. Prijavu možete ispuniti
    i podnijeti putem interneta na adresi www.fda.gov/medwatch/report.htm. Izvan Sjedinjenih
    Američkih Država obratite se svojem lokalnom regulatornom tijelu.
closing-remarks = Tvrtka Illumina sigurnost shvaća vrlo ozbiljno. Predani smo tome da vam
    pružimo podršku u otklanjanju ove ranjivosti. Za sva dodatna pitanja ili pomoć obratite se
    na adresu techsupport@illumina.com. Moguće je i da vam se u ime tvrtke Illumina obrati
    vanjski pružatelj usluga, koji će se pobrinuti da dobijete potrebnu podršku.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Sva prava pridržana. Svi zaštitni znakovi vlasništvo su
    tvrtke Illumina, Inc. ili njihovih odgovarajućih vlasnika. Posebne informacije o zaštitnim
    znakovima potražite na web-stranici [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Ove obavijesti sadrže bitne informacije o našim proizvodima i nisu
    marketinške poruke. Stoga ove obavijesti možete primati čak i ako ste se odjavili od
    primanja marketinških poruka tvrtke { $issuer }. Ako niste odgovarajuća kontaktna osoba u
    svojoj organizaciji za primanje takvih obavijesti, možete se odjaviti od njihova primanja
    tako da ispunite i [pošaljete ovaj obrazac]({ $link-unsubscribe }). Više informacija
    potražite u našim [Pravilima o privatnosti]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Tvrtka Illumina poslala vam je obavijest o hitnom povlačenju medicinskog
    proizvoda { $notice-id } u vezi s problemom koji zahvaća instrumente NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 i
    VeriSeq Onsite Server v2.
form-intro-complete = Ispunite obrazac u nastavku kako biste potvrdili primitak obavijesti i
    provedbu mjera koje korisnik mora poduzeti opisanih u ovoj obavijesti. Ispunjeni obrazac
    pošaljite e-poštom na adresu techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Potvrđujem da je dokument sa Smjernicama za kibernetičku sigurnost
    preuzet i pročitan.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Utvrdio/la sam korisnike koji su primili ili su možda primili
    zahvaćeni proizvod.
