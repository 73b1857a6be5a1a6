### status: draft

# FSN2024-1562 (Polish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabela 1: Produkt(y), których dotyczy problem
product-table-udi-di = Niepowtarzalny kod identyfikacyjny wyrobu - Identyfikator wyrobu

# Introduction after the salutation, before Table 1.
intro = Firma Illumina zwraca się do Państwa w sprawie luki w zabezpieczeniach
    cybernetycznych wykrytej w protokole komunikacyjnym między dostarczonymi przez klienta
    sieciowymi urządzeniami pamięci masowej, serwerami i/lub komputerami a produktami
    wymienionymi w tabeli 1 poniżej. Niniejsze powiadomienie zawiera podsumowanie problemu,
    działania firmy Illumina oraz działania wymagane od klienta.

# Issue summary.
summary-risk = Podczas rutynowych analiz cyberbezpieczeństwa zespół ds. bezpieczeństwa
    produktów firmy Illumina wykrył niekontrolowane ryzyko dla bezpieczeństwa produktu
    związane z protokołem komunikacyjnym między produktami Illumina wymienionymi w tabeli 1
    a dostarczonymi przez klienta sieciowymi urządzeniami pamięci masowej, serwerami i/lub
    komputerami. Firma Illumina ustaliła, że jeśli nie są stosowane bezpieczne protokoły,
    osoba nieuprawniona, która uzyskała już uprzywilejowany dostęp do sieci klienta, mogłaby
    przechwycić tę komunikację i ją wykorzystać.
summary-exploitation = W przypadku wykorzystania tej luki osoba nieuprawniona mogłaby
    potencjalnie przechwycić i zmodyfikować pliki, co mogłoby skutkować przekazaniem
    nieprawidłowych lub opóźnionych wyników bądź uszkodzonych plików do dostarczonego przez
    klienta urządzenia sieciowego, brakiem wyników i/lub ujawnieniem danych pacjentów
    zawartych w przesyłanych plikach.
summary-no-reports = Do chwili obecnej firma Illumina nie otrzymała żadnych zgłoszeń ani nie
    dysponuje dowodami wskazującymi na to, że luka ta została wykorzystana.

# Illumina actions.
issuer-actions-guidance = Firma Illumina udostępnia wytyczne dotyczące cyberbezpieczeństwa,
    które zawierają zalecenia, w jaki sposób klienci mogą zabezpieczyć komunikację swojej
    sieci wewnętrznej z produktem Illumina.
issuer-actions-risk = Nieprzestrzeganie tych instrukcji lub niewdrożenie najlepszych praktyk
    w zakresie bezpieczeństwa sieci w celu ochrony systemów może narazić Państwa organizację
    na opisane powyżej zagrożenia.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = W przypadku wszystkich produktów, których dotyczy problem, należy
    wykonać następujące czynności w celu wdrożenia działań ograniczających ryzyko:
customer-actions-download = Należy
    pobrać [ten](https://support.illumina.com/support-content/cyberguidance.html) dokument z
    wytycznymi dotyczącymi cyberbezpieczeństwa i zapoznać się z nim. Pełny adres hiperłącza
    podano poniżej.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Dla każdego produktu podłączonego do sieci klienta: we
    współpracy z wewnętrznym działem IT należy ustalić, który bezpieczny protokół najlepiej
    sprawdzi się w danym środowisku, i wprowadzić odpowiednią zmianę konfiguracji.
customer-actions-dual-mode = Uwaga: zmiana protokołu sieciowego dotyczy jednocześnie trybu
    Dx i trybu RUO, dlatego w celu wykonania wymaganych działań nie jest konieczne osobne
    uruchamianie każdego trybu.
customer-actions-verification-form = Po wykonaniu wszystkich czynności opisanych w
    przekazanych instrukcjach dla konkretnych produktów wskazanych w tabeli 1 jako objęte
    problemem należy wypełnić i odesłać formularz weryfikacji.
customer-actions-note = **UWAGA:** W przypadku podejrzenia, że bezpieczeństwo aparatu
    zostało naruszone przez nieuprawnionego użytkownika, należy natychmiast odłączyć kabel
    sieciowy i skontaktować się z techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = W przypadku wystąpienia zdarzenia niepożądanego związanego z
    użytkowaniem któregokolwiek z produktów, których dotyczy problem, i spowodowanego tą
    luką należy zgłosić to zdarzenie w ramach programu zgłaszania zdarzeń niepożądanych FDA
    MedWatch przez Internet, pocztą tradycyjną lub faksem. Zgłoszenie można wypełnić i
    przesłać online pod adresem www.fda.gov/medwatch/report.htm. Poza Stanami Zjednoczonymi
    należy skontaktować się z lokalnym organem regulacyjnym.
closing-remarks = Firma Illumina traktuje kwestie bezpieczeństwa bardzo poważnie. Dokładamy
    wszelkich starań, aby wspierać Państwa w usunięciu tej luki. W razie dalszych pytań lub
    potrzeby pomocy prosimy o kontakt pod adresem techsupport@illumina.com. Może się z
    Państwem również skontaktować zewnętrzny dostawca działający w imieniu firmy Illumina,
    który zapewni Państwu niezbędne wsparcie.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Wszelkie prawa zastrzeżone. Wszystkie znaki towarowe są
    własnością firmy Illumina, Inc. lub ich odpowiednich właścicieli. Szczegółowe informacje
    dotyczące znaków towarowych można znaleźć na stronie
    internetowej [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Powiadomienia te zawierają istotne informacje o naszych produktach i
    nie są komunikatami marketingowymi. Dlatego mogą Państwo otrzymywać te powiadomienia
    nawet wtedy, gdy zrezygnowali Państwo z otrzymywania komunikatów marketingowych od firmy
    { $issuer }. Jeśli nie są Państwo właściwą osobą kontaktową w swojej organizacji do
    otrzymywania takich powiadomień, mogą Państwo zrezygnować z ich
    otrzymywania, [wypełniając i przesyłając ten formularz]({ $link-unsubscribe }). Więcej
    informacji zawiera nasza [Polityka prywatności]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Firma Illumina przesłała Państwu powiadomienie o pilnym wycofaniu wyrobu
    medycznego { $notice-id } dotyczące problemu z urządzeniami NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 oraz
    VeriSeq Onsite Server v2.
form-intro-complete = Prosimy o wypełnienie poniższego formularza w celu potwierdzenia
    otrzymania powiadomienia i wykonania opisanych w niniejszym powiadomieniu działań
    wymaganych od klienta. Wypełniony formularz należy przesłać pocztą e-mail na adres
    techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Potwierdzam, że dokument z wytycznymi dotyczącymi cyberbezpieczeństwa
    został pobrany i przeczytany.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Zidentyfikowałem(-am) klientów, którzy otrzymali lub mogli
    otrzymać produkt objęty problemem.
