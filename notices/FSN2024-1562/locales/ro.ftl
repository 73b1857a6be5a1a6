### status: draft

# FSN2024-1562 (Romanian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabelul 1: Produs(e) afectat(e)
product-table-udi-di = Identificator unic al dispozitivului – Identificatorul dispozitivului

# Introduction after the salutation, before Table 1.
intro = Illumina vă contactează în legătură cu o vulnerabilitate de securitate cibernetică
    identificată în protocolul de comunicare dintre dispozitivele de stocare în rețea, serverele
    și/sau computerele furnizate de client și produsele specificate în Tabelul 1 de mai jos.
    Această notificare prezintă pe scurt problema, acțiunile întreprinse de Illumina și
    acțiunile necesare din partea clientului.

# Issue summary.
summary-risk = În cursul unor analize de rutină privind securitatea cibernetică, echipa de
    securitate a produselor Illumina a identificat un risc necontrolat pentru securitatea
    produsului, asociat protocolului de comunicare dintre produsele Illumina identificate în
    Tabelul 1 și dispozitivele de stocare în rețea, serverele și/sau computerele furnizate de
    client. Illumina a stabilit că, dacă nu se utilizează protocoale securizate, o persoană
    neautorizată care a obținut deja acces privilegiat la rețeaua clientului ar putea
    intercepta și exploata aceste comunicări.
summary-exploitation = Dacă o persoană neautorizată ar exploata această vulnerabilitate, ar
    putea intercepta și modifica fișiere, ceea ce ar putea duce la transmiterea de rezultate
    incorecte, la întârzierea rezultatelor, la lipsa rezultatelor sau la transmiterea de
    fișiere corupte către entitatea de rețea furnizată de client și/sau la expunerea datelor
    pacienților din fișierele transmise.
summary-no-reports = Până în prezent, Illumina nu a primit nicio raportare și nu deține dovezi
    care să indice că această vulnerabilitate a fost exploatată.

# Illumina actions.
issuer-actions-guidance = Illumina pune la dispoziție un Ghid de securitate cibernetică ce
    include recomandări privind modul în care clienții își pot securiza comunicarea din rețeaua
    internă cu produsul Illumina.
issuer-actions-risk = Nerespectarea acestor instrucțiuni sau neimplementarea celor mai bune
    practici de securitate a rețelei pentru protejarea sistemelor dumneavoastră poate lăsa
    organizația dumneavoastră expusă la riscurile descrise mai sus.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Pentru toate produsele afectate, urmați pașii de mai jos pentru a
    implementa măsurile de atenuare:
customer-actions-download = Descărcați și citiți [acest](https://support.illumina.com/support-content/cyberguidance.html)
    Ghid de securitate cibernetică. Linkul complet este furnizat mai jos.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Pentru fiecare produs conectat la rețeaua clientului: în
    colaborare cu departamentul IT intern, stabiliți ce protocol securizat este cel mai potrivit
    pentru mediul dumneavoastră și implementați modificarea de configurație corespunzătoare.
customer-actions-dual-mode = Notă: o modificare a protocolului de rețea afectează simultan
    modurile Dx și RUO, astfel încât nu este necesară pornirea separată în fiecare mod pentru a
    efectua acțiunile necesare.
customer-actions-verification-form = Completați și returnați Formularul de verificare după
    efectuarea tuturor pașilor din instrucțiunile furnizate pentru produsul (produsele)
    dumneavoastră identificat(e) ca afectat(e) în Tabelul 1.
customer-actions-note = **NOTĂ:** Dacă suspectați că instrumentul dumneavoastră a fost
    compromis de un utilizator neautorizat, deconectați imediat cablul de rețea și contactați
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Dacă vă confruntați cu un eveniment advers legat de utilizarea
    oricărui produs afectat și cauzat de această vulnerabilitate, raportați evenimentul
    programului de raportare a evenimentelor adverse MedWatch al FDA online, prin poștă sau
    prin fax. Puteți completa și trimite raportul online la adresa
    www.fda.gov/medwatch/report.htm. În afara Statelor Unite, contactați organismul de
    reglementare local.
closing-remarks = Illumina tratează securitatea cu cea mai mare seriozitate. Ne angajăm să vă
    sprijinim în remedierea acestei vulnerabilități. Pentru orice alte întrebări sau asistență,
    contactați techsupport@illumina.com. Este posibil să fiți contactat(ă) și de un furnizor
    terț în numele Illumina, care se va asigura că primiți asistența de care aveți nevoie.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Toate drepturile rezervate. Toate mărcile comerciale sunt
    proprietatea Illumina, Inc. sau a proprietarilor respectivi. Pentru informații specifice
    despre mărcile comerciale, consultați pagina
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Aceste notificări conțin informații esențiale despre produsele noastre și
    nu sunt comunicări de marketing. Prin urmare, este posibil să primiți aceste notificări
    chiar dacă ați renunțat la primirea comunicărilor de marketing de la { $issuer }. Dacă nu
    sunteți persoana de contact potrivită din organizația dumneavoastră pentru primirea acestor
    notificări, vă puteți dezabona completând și [trimițând acest
    formular]({ $link-unsubscribe }). Pentru mai multe informații, consultați [Politica
    noastră de confidențialitate]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina v-a trimis notificarea de rechemare urgentă a unui dispozitiv
    medical { $notice-id } privind o problemă care afectează instrumentele NextSeq 550Dx,
    MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN
    Server v4 și VeriSeq Onsite Server v2.
form-intro-complete = Completați formularul de mai jos pentru a confirma primirea notificării
    și efectuarea acțiunilor necesare din partea clientului descrise în această notificare.
    După completare, trimiteți formularul prin e-mail la techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Confirm că Ghidul de securitate cibernetică a fost descărcat și citit.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Am identificat clienții care au primit sau ar fi putut primi
    produsul afectat.
