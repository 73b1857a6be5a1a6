### status: draft

# FSN2022-1230 (Romanian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = RECHEMARE URGENTĂ A UNUI DISPOZITIV MEDICAL

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrument NextSeq 550Dx
product-miseqdx = Instrument MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Denumirea produsului/dispozitivului
product-table-udi-di = Identificatorul dispozitivului

# Introduction after the salutation, before Table 1.
intro = Illumina vă contactează în legătură cu o vulnerabilitate de securitate cibernetică a
    software-ului Local Run Manager (LRM) identificată pe instrumentele NextSeq™ 550Dx și
    MiSeq™Dx. Această notificare prezintă pe scurt problema, acțiunile întreprinse de Illumina
    și acțiunile necesare din partea clientului.

# Issue summary.
summary-vulnerability = Illumina a identificat o vulnerabilitate de securitate cibernetică în
    software-ul Local Run Manager (LRM) de pe instrumentele de secvențiere pentru diagnosticare
    in vitro identificate în Tabelul 1.
summary-no-reports = Până în prezent, Illumina nu a primit nicio raportare care să indice că
    această vulnerabilitate a fost exploatată.
summary-exploitation = Un utilizator neautorizat ar putea exploata vulnerabilitatea pentru a
    prelua controlul asupra instrumentului de la distanță și apoi pentru a efectua acțiuni la
    nivelul sistemului de operare; astfel de acțiuni ar putea afecta setările, configurațiile,
    software-ul sau datele de pe instrument sau din rețeaua clientului. Exploatarea acestei
    vulnerabilități ar putea avea ca rezultat negenerarea de rezultate, generarea de rezultate
    incorecte, compromiterea fișierelor sau o încălcare a securității datelor pacienților.
    Exploatarea acestei vulnerabilități în modul descris mai sus poate prezenta un risc
    potențial pentru sănătatea pacienților.

# Illumina actions.
issuer-actions-patch = Illumina a dezvoltat o corecție software (patch) pentru a preveni
    exploatarea acestei vulnerabilități. În prezent lucrăm la dezvoltarea unei remedieri
    software permanente pentru instrumentele actuale și viitoare.
issuer-actions-download = Pentru instrumentele conectate la internet, corecția software este
    disponibilă pentru descărcare începând de acum (adresa site-ului de descărcare este
    furnizată în secțiunea „Acțiuni necesare din partea clientului” de mai jos). Illumina
    recomandă clienților să descarce imediat corecția software și să o instaleze pe toate
    instrumentele afectate.
issuer-actions-offline = Pentru instalarea corecției software pe produsele LRM afectate care nu
    sunt conectate la internet, Illumina a dezvoltat opțiuni alternative. Pentru informații
    despre aceste opțiuni, contactați cât mai curând posibil Asistența tehnică la
    techsupport@illumina.com.
issuer-actions-questions = Pentru orice alte întrebări sau asistență, contactați
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Notă: instrumentele afectate au un mod de pornire duală (dual
    boot) și este important să instalați corecția software separat în fiecare mod (Dx și RUO)
    al fiecărui instrument. De asemenea, este important să instalați corecția software pe orice
    instanță independentă de LRM care nu este integrată pe instrument și este utilizată în
    modul RUO pe instrumentele Dx.

# Step 1 and its three paragraphs.
step-internet = Instrumente conectate la internet: descărcați și instalați imediat corecția
    software disponibilă la această adresă pe fiecare instrument afectat, în fiecare mod
    (modul Dx și modul RUO), și/sau pe fiecare instanță independentă de LRM care nu este
    integrată pe instrument și este utilizată în modul RUO pe instrumentele Dx.
step-internet-backup = Înainte de instalarea corecției software, se recomandă să efectuați o
    copie de rezervă a datelor.
step-internet-address = Pentru o mai bună protecție, Illumina furnizează în prezent adresa
    site-ului web numai clienților care dețin produse afectate și organismelor de reglementare.
step-internet-form = Completați și returnați Formularul de verificare de mai jos în termen de
    5 zile lucrătoare.

# Step 2 and its paragraph.
step-offline = Instrumente care nu sunt conectate la internet: pentru instrucțiuni privind
    alte metode de aplicare a corecției software, contactați techsupport@illumina.com.
step-offline-form = Completați și returnați Formularul de verificare de mai jos imediat după
    instalarea corecției software.

# Step 3.
step-permanent-fix = Remediere software permanentă: când va fi disponibilă, instalați
    actualizarea software care va remedia definitiv această vulnerabilitate. Informații
    suplimentare despre această actualizare software vă vor fi transmise printr-o comunicare
    separată.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTĂ:** instalarea corecției software va bloca accesul de la
    distanță la interfața web cu utilizatorul (web UI) a LRM și va înlocui actualul Ghid de
    utilizare LRM; toate celelalte funcții esențiale ale instrumentului vor rămâne neschimbate.
    Clienții care utilizează interfața web pentru fluxurile de lucru de laborator pot contacta
    techsupport@illumina.com pentru asistență imediată.
customer-actions-note-compromised = **NOTĂ:** dacă suspectați că instrumentul dumneavoastră a
    fost compromis de un utilizator neautorizat, deconectați imediat cablul de rețea și
    contactați imediat techsupport@illumina.com. Pentru informații despre pașii de examinare a
    dispozitivului, consultați Manualul de instrucțiuni pentru corecția software LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Dacă un utilizator se confruntă cu un eveniment advers legat de
    utilizarea produselor afectate și cauzat de această vulnerabilitate, raportați evenimentul
    programului de raportare a evenimentelor adverse MedWatch al FDA online, prin poștă sau
    prin fax. Puteți completa și trimite raportul online la adresa
    www.fda.gov/medwatch/report.htm. În afara Statelor Unite, contactați organismul de
    reglementare local.
closing-remarks = Illumina tratează securitatea și confidențialitatea datelor cu cea mai mare
    seriozitate. Ne angajăm să vă sprijinim în remedierea acestei vulnerabilități. Pentru
    orice întrebări, vă rugăm să scrieți la techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Vă trimitem această notificare deoarece sunteți înregistrat(ă) ca persoană
    de contact pentru organizația dumneavoastră. Periodic, trebuie să ne informăm clienții cu
    privire la modificări ale produselor, scoaterea din fabricație a produselor sau probleme de
    calitate.
why-body-marketing = Prin urmare, vă rugăm să acordați atenție acestor notificări, deoarece
    conțin informații importante despre produsele noastre și nu sunt comunicări de marketing.
    Astfel, este posibil să primiți aceste notificări chiar dacă ați renunțat la primirea
    materialelor de marketing de la { $issuer }. Dacă nu sunteți persoana de contact potrivită
    din organizația dumneavoastră pentru astfel de notificări, vă rugăm să trimiteți un e-mail
    la customernotifications@illumina.com indicând persoana de contact corectă. Pentru mai
    multe informații, consultați Politica noastră de confidențialitate.

# Verification form: paragraphs before the form table.
form-intro-sent = La data de { $issued }, Illumina v-a trimis o notificare de rechemare urgentă
    a unui dispozitiv medical, { $notice-id }, privind o problemă care afectează instrumentele
    NextSeq 550Dx și MiSeqDx.
form-intro-complete = Vă rugăm să completați tabelul de mai jos pentru a confirma primirea
    notificării și să trimiteți formularul completat prin e-mail la techsupport@illumina.com
    după ce ați finalizat instalarea corecției software conform descrierii din secțiunea
    „Acțiuni necesare din partea clientului” a acestei notificări.

# Verification form: checklist of the affected products.
form-product-name = Denumirea produsului/dispozitivului
form-quantity = CANT.
form-serial-numbers = Numere de serie
form-checklist-hint = Bifați toate produsele afectate
form-row-standalone-lrm = Instanțe independente de LRM care nu sunt integrate pe instrument și
    sunt utilizate în modul RUO pe instrumentele Dx.

# Verification form: the customer's details.
form-customer-details = Informații despre client
form-person-name-print = Nume (cu majuscule):
form-person-title-print = Funcția persoanei care completează formularul (cu majuscule):

# Verification form: questions for customers.
form-q-lrm-installed = Declar că LRM este instalat pe instrumentele bifate mai sus.
form-q-patch-installed = Confirm că corecția software este instalată pe toate instrumentele
    identificate mai sus.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Am identificat clienții care au primit sau ar fi putut primi
    produsul.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Iau la cunoștință faptul că, după descărcarea corecției software,
    aceasta trebuie instalată separat în fiecare mod (modul Dx și, respectiv, modul RUO) al
    fiecărui instrument afectat identificat în acest Formular de verificare și/sau pe orice
    instanță independentă de LRM care nu este integrată pe instrument și este utilizată în
    modul RUO pe instrumentele Dx.
