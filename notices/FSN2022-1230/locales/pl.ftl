### status: draft

# FSN2022-1230 (Polish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = PILNE WYCOFANIE WYROBU MEDYCZNEGO

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Aparat NextSeq 550Dx
product-miseqdx = Aparat MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Nazwa produktu/wyrobu
product-table-udi-di = Identyfikator wyrobu

# Introduction after the salutation, before Table 1.
intro = Firma Illumina zwraca się do Państwa w sprawie luki w zabezpieczeniach
    cybernetycznych oprogramowania Local Run Manager (LRM) wykrytej w aparatach NextSeq™
    550Dx i MiSeq™Dx. Niniejsze powiadomienie zawiera podsumowanie problemu, działania firmy
    Illumina oraz działania wymagane od klienta.

# Issue summary.
summary-vulnerability = Firma Illumina wykryła lukę w zabezpieczeniach cybernetycznych
    oprogramowania Local Run Manager (LRM) zainstalowanego w aparatach do sekwencjonowania
    do diagnostyki in vitro wymienionych w tabeli 1.
summary-no-reports = Do chwili obecnej firma Illumina nie otrzymała żadnych zgłoszeń
    wskazujących na to, że luka ta została wykorzystana.
summary-exploitation = Nieuprawniony użytkownik mógłby potencjalnie wykorzystać tę lukę do
    zdalnego przejęcia kontroli nad aparatem, a następnie wykonywać działania na poziomie
    systemu operacyjnego; działania te mogłyby wpłynąć na ustawienia, konfigurację,
    oprogramowanie lub dane w aparacie lub w sieci klienta. Wykorzystanie tej luki mogłoby
    skutkować brakiem wyników, generowaniem nieprawidłowych wyników, naruszeniem
    integralności plików lub naruszeniem ochrony danych pacjentów. Wykorzystanie tej luki w
    sposób opisany powyżej może stanowić potencjalne zagrożenie dla zdrowia pacjentów.

# Illumina actions.
issuer-actions-patch = Firma Illumina opracowała poprawkę oprogramowania, która zapobiega
    wykorzystaniu tej luki. Obecnie pracujemy nad opracowaniem trwałej korekty
    oprogramowania dla obecnych i przyszłych aparatów.
issuer-actions-download = W przypadku aparatów podłączonych do Internetu poprawka
    oprogramowania jest już dostępna do pobrania (adres strony internetowej, z której można
    ją pobrać, podano poniżej w sekcji „Działania wymagane od klienta”). Firma Illumina
    zaleca klientom natychmiastowe pobranie poprawki oprogramowania i zainstalowanie jej we
    wszystkich aparatach, których dotyczy problem.
issuer-actions-offline = Na potrzeby instalacji poprawki oprogramowania w produktach z LRM,
    których dotyczy problem, a które nie są podłączone do Internetu, firma Illumina
    opracowała rozwiązania alternatywne. W celu uzyskania informacji o tych rozwiązaniach
    należy jak najszybciej skontaktować się z działem wsparcia technicznego pod adresem
    techsupport@illumina.com.
issuer-actions-questions = W razie dalszych pytań lub potrzeby pomocy prosimy o kontakt pod
    adresem techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Uwaga: aparaty, których dotyczy problem, mają tryb podwójnego
    rozruchu (dual boot), dlatego ważne jest, aby zainstalować poprawkę oprogramowania
    osobno w każdym trybie (Dx i RUO) każdego aparatu. Ważne jest również zainstalowanie
    poprawki oprogramowania w każdej samodzielnej instancji LRM niezintegrowanej z aparatem,
    używanej w trybie RUO w aparatach Dx.

# Step 1 and its three paragraphs.
step-internet = Aparaty podłączone do Internetu: należy natychmiast pobrać poprawkę
    oprogramowania dostępną pod tym adresem i zainstalować ją w każdym aparacie, którego
    dotyczy problem, w każdym trybie (tryb Dx i tryb RUO) i/lub w każdej samodzielnej
    instancji LRM niezintegrowanej z aparatem, używanej w trybie RUO w aparatach Dx.
step-internet-backup = Przed zainstalowaniem poprawki oprogramowania zaleca się wykonanie
    kopii zapasowej danych.
step-internet-address = W celu zapewnienia lepszej ochrony firma Illumina udostępnia obecnie
    adres strony internetowej wyłącznie klientom posiadającym produkty, których dotyczy
    problem, oraz organom regulacyjnym.
step-internet-form = Należy wypełnić i odesłać poniższy formularz weryfikacji w ciągu 5 dni
    roboczych.

# Step 2 and its paragraph.
step-offline = Aparaty niepodłączone do Internetu: w celu uzyskania instrukcji dotyczących
    innych metod wdrożenia poprawki oprogramowania należy skontaktować się z
    techsupport@illumina.com.
step-offline-form = Należy wypełnić i odesłać poniższy formularz weryfikacji niezwłocznie po
    zainstalowaniu poprawki oprogramowania.

# Step 3.
step-permanent-fix = Trwała korekta oprogramowania: gdy tylko będzie dostępna, należy
    zainstalować aktualizację oprogramowania, która trwale usunie tę lukę. Dalsze informacje
    o tej aktualizacji oprogramowania zostaną przekazane w osobnym komunikacie.

# Customer actions: the two notes.
customer-actions-note-web-ui = **UWAGA:** Zainstalowanie poprawki oprogramowania zablokuje
    zdalny dostęp do internetowego interfejsu użytkownika LRM (web UI) i zastąpi aktualną
    instrukcję obsługi LRM; wszystkie pozostałe podstawowe funkcje aparatu pozostaną bez
    zmian. Klienci, którzy korzystają z interfejsu internetowego w laboratoryjnych procesach
    roboczych, mogą uzyskać natychmiastową pomoc, kontaktując się z
    techsupport@illumina.com.
customer-actions-note-compromised = **UWAGA:** W przypadku podejrzenia, że bezpieczeństwo
    aparatu zostało naruszone przez nieuprawnionego użytkownika, należy natychmiast odłączyć
    kabel sieciowy i niezwłocznie skontaktować się z techsupport@illumina.com. Informacje na
    temat czynności związanych ze sprawdzeniem wyrobu zawiera instrukcja poprawki
    oprogramowania LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = W przypadku wystąpienia u użytkownika zdarzenia niepożądanego
    związanego z użytkowaniem produktów, których dotyczy problem, i spowodowanego tą luką
    należy zgłosić to zdarzenie w ramach programu zgłaszania zdarzeń niepożądanych FDA
    MedWatch przez Internet, pocztą tradycyjną lub faksem. Zgłoszenie można wypełnić i
    przesłać online pod adresem www.fda.gov/medwatch/report.htm. Poza Stanami Zjednoczonymi
    należy skontaktować się z lokalnym organem regulacyjnym.
closing-remarks = Firma Illumina traktuje kwestie bezpieczeństwa i ochrony danych bardzo
    poważnie. Dokładamy wszelkich starań, aby wspierać Państwa w usunięciu tej luki. W razie
    pytań prosimy o kontakt pod adresem techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Przesyłamy Państwu to powiadomienie, ponieważ figurują Państwo w naszych
    danych jako osoba kontaktowa swojej organizacji. Od czasu do czasu musimy informować
    naszych klientów o zmianach produktów, wycofywaniu produktów z oferty lub problemach z
    jakością.
why-body-marketing = Prosimy zatem o zwracanie uwagi na te powiadomienia, ponieważ zawierają
    one ważne informacje o naszych produktach i nie są komunikatami marketingowymi. Mogą
    więc Państwo otrzymywać te powiadomienia nawet wtedy, gdy zrezygnowali Państwo z
    otrzymywania materiałów marketingowych od firmy { $issuer }. Jeśli nie są Państwo
    właściwą osobą kontaktową w swojej organizacji do otrzymywania takich powiadomień,
    prosimy o przesłanie wiadomości e-mail z danymi właściwej osoby kontaktowej na adres
    customernotifications@illumina.com. Więcej informacji zawiera nasza Polityka
    prywatności.

# Verification form: paragraphs before the form table.
form-intro-sent = W dniu { $issued } firma Illumina przesłała Państwu powiadomienie o pilnym
    wycofaniu wyrobu medycznego { $notice-id } dotyczące problemu z aparatami NextSeq 550Dx
    i MiSeqDx.
form-intro-complete = Prosimy o wypełnienie poniższej tabeli w celu potwierdzenia otrzymania
    powiadomienia, a po zakończeniu instalacji poprawki oprogramowania zgodnie z opisem w
    sekcji „Działania wymagane od klienta” niniejszego powiadomienia – o przesłanie
    wypełnionego formularza pocztą e-mail na adres techsupport@illumina.com.

# Verification form: checklist of the affected products.
form-product-name = Nazwa produktu/wyrobu
form-quantity = ILOŚĆ
form-serial-numbers = Numery seryjne
form-checklist-hint = Proszę zaznaczyć wszystkie produkty, których dotyczy problem
form-row-standalone-lrm = Samodzielne instancje LRM niezintegrowane z aparatem, używane w
    trybie RUO w aparatach Dx.

# Verification form: the customer's details.
form-customer-details = Dane klienta
form-person-name-print = Imię i nazwisko (drukowanymi literami):
form-person-title-print = Stanowisko osoby wypełniającej formularz (drukowanymi literami):

# Verification form: questions for customers.
form-q-lrm-installed = Oświadczam, że oprogramowanie LRM jest zainstalowane w aparatach
    zaznaczonych powyżej.
form-q-patch-installed = Potwierdzam, że poprawka oprogramowania została zainstalowana we
    wszystkich aparatach wskazanych powyżej.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Zidentyfikowałem(-am) klientów, którzy otrzymali lub mogli
    otrzymać produkt.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Przyjmuję do wiadomości, że po pobraniu poprawki oprogramowania
    należy ją zainstalować osobno w każdym trybie (odpowiednio w trybie Dx i w trybie RUO)
    każdego aparatu objętego problemem, wskazanego w niniejszym formularzu weryfikacji,
    i/lub w każdej samodzielnej instancji LRM niezintegrowanej z aparatem, używanej w trybie
    RUO w aparatach Dx.
