### status: draft

# FSN2025-1682 (Polish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Aparat NovaSeq 6000Dx wraz z DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Firma Illumina zwraca się do Państwa w sprawie luki w zabezpieczeniach wykrytej w
    kontrolerze zarządzania płytą główną (Baseboard Management Controller, BMC) w serwerach
    DRAGEN™ Server for NovaSeq™ 6000Dx Instrument oraz Illumina DRAGEN Server for NextSeq™
    550Dx Instrument. Serwery, których dotyczy problem, wymieniono w tabeli 1 poniżej.
    Niniejsze powiadomienie zawiera podsumowanie problemu, działania firmy Illumina oraz
    działania wymagane od klienta. Uwaga: ta luka w zabezpieczeniach dotyczy wyłącznie
    wymienionych instancji serwera Illumina DRAGEN Server. Inne wersje instancji serwera
    DRAGEN Server nie są objęte problemem.

# Issue summary.
summary-risk = Zespół ds. bezpieczeństwa produktów firmy Illumina wykrył niedawno
    niekontrolowane ryzyko dla bezpieczeństwa produktu związane z kontrolerem zarządzania
    płytą główną (BMC) stosowanym w wymienionych powyżej instancjach serwera DRAGEN Server.
    Luka w zabezpieczeniach wynika z konfiguracji zdalnego zarządzania siecią i jej
    monitorowania.
summary-exploitation = Firma Illumina ustaliła, że w przypadku wykorzystania tej luki osoba
    nieuprawniona mogłaby uzyskać dostęp do zdalnej konsoli BMC bez podawania hasła
    (obejście uwierzytelniania). Wykorzystanie tej luki mogłoby doprowadzić do
    nieuprawnionego dostępu do systemu, manipulowania ustawieniami sprzętu, zdalnego
    wykonania kodu, zdalnego przejęcia kontroli, naruszenia ochrony danych oraz ataków typu
    „odmowa usługi” (denial of service).
summary-no-reports = Do chwili obecnej firma Illumina nie otrzymała żadnych zgłoszeń ani nie
    dysponuje dowodami wskazującymi na to, że luka ta została wykorzystana.

# Illumina actions.
issuer-actions-instructions = Firma Illumina przekazuje klientom poniższe instrukcje
    dotyczące zabezpieczenia serwerów i ochrony systemów przed wykorzystaniem tej luki.
    Zastosowanie tych instrukcji usunie lukę w zabezpieczeniach.
issuer-actions-risk = Nieprzestrzeganie tych instrukcji może narazić Państwa system na
    opisane powyżej zagrożenia.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = W przypadku wszystkich wymienionych powyżej w tabeli 1 instancji
    serwera DRAGEN Server, których dotyczy problem, należy podjąć następujące działania w
    celu usunięcia tej krytycznej luki w zabezpieczeniach:
customer-actions-download = Należy pobrać instrukcje dla klienta z [tej strony
    internetowej](https://support.illumina.com/support-content/bmc.html) i postępować
    zgodnie z nimi. Pełny adres hiperłącza podano poniżej:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Po wykonaniu wszystkich czynności opisanych w
    przekazanych instrukcjach dla konkretnych serwerów wskazanych w tabeli 1 jako objęte
    problemem należy wypełnić i odesłać formularz weryfikacji.
customer-actions-note = **UWAGA:** W przypadku podejrzenia, że bezpieczeństwo serwera
    zostało naruszone przez osobę nieuprawnioną, należy natychmiast odłączyć kabel sieciowy
    i skontaktować się z działem wsparcia technicznego firmy Illumina pod adresem
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = W przypadku wystąpienia zdarzenia niepożądanego spowodowanego tą
    luką w zabezpieczeniach podczas korzystania z któregokolwiek z serwerów, których dotyczy
    problem, należy zgłosić to zdarzenie w ramach programu zgłaszania zdarzeń niepożądanych
    FDA MedWatch przez Internet, pocztą tradycyjną lub faksem. Zgłoszenie można wypełnić i
    przesłać online pod adresem www.fda.gov/medwatch/report.htm. Poza Stanami Zjednoczonymi
    należy skontaktować się z lokalnym organem regulacyjnym.
closing-remarks = Firma Illumina traktuje kwestie bezpieczeństwa bardzo poważnie. Dokładamy
    wszelkich starań, aby wspierać Państwa w usunięciu tej luki. W razie dalszych pytań lub
    potrzeby pomocy prosimy o kontakt pod adresem techsupport@illumina.com. Może się z
    Państwem również skontaktować zewnętrzny dostawca działający w imieniu firmy Illumina,
    który zapewni Państwu niezbędne wsparcie.

# Verification form: paragraphs before the form table.
form-intro-sent = Firma Illumina przesłała Państwu powiadomienie o pilnym wycofaniu wyrobu
    medycznego { $notice-id } dotyczące problemu z serwerami DRAGEN Server for NovaSeq
    6000Dx Instrument oraz Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Prosimy o wypełnienie poniższego formularza w celu potwierdzenia
    otrzymania powiadomienia i wykonania opisanych w nim działań wymaganych od klienta.
    Wypełniony formularz należy przesłać pocztą e-mail na adres techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Nazwa serwera

# Verification form: questions for customers.
form-q-remediation-done = Potwierdzam, że czynności naprawcze wymienione w sekcji „Działania
    wymagane od klienta” zostały wykonane na każdym serwerze objętym problemem, wskazanym w
    niniejszym formularzu weryfikacji.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Zidentyfikowałem(-am) klientów, którzy otrzymali lub mogli
    otrzymać serwery objęte problemem.
