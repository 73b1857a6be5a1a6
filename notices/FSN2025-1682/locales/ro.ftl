### status: draft

# FSN2025-1682 (Romanian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Instrument NovaSeq 6000Dx, inclusiv DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina vă contactează în legătură cu o vulnerabilitate de securitate identificată în
    controlerul de gestionare a plăcii de bază (Baseboard Management Controller, BMC) al
    DRAGEN™ Server for NovaSeq™ 6000Dx Instrument și al Illumina DRAGEN Server for NextSeq™
    550Dx Instrument. Serverele afectate sunt specificate în Tabelul 1 de mai jos. Această
    notificare prezintă pe scurt problema, acțiunile întreprinse de Illumina și acțiunile
    necesare din partea clientului. Notă: această vulnerabilitate de securitate este limitată
    la aceste instanțe Illumina DRAGEN Server. Alte versiuni ale instanțelor DRAGEN Server nu
    sunt afectate.

# Issue summary.
summary-risk = Echipa de securitate a produselor Illumina a identificat recent un risc
    necontrolat pentru securitatea produsului, asociat controlerului de gestionare a plăcii de
    bază (BMC) utilizat în instanțele DRAGEN Server enumerate mai sus. Vulnerabilitatea de
    securitate se datorează configurațiilor de gestionare și monitorizare la distanță a
    rețelei.
summary-exploitation = Illumina a stabilit că, dacă o persoană neautorizată ar exploata această
    vulnerabilitate, ar putea accesa consola la distanță a BMC fără a furniza o parolă
    (ocolirea autentificării). Exploatarea acestei vulnerabilități ar putea duce la acces
    neautorizat la sistem, manipularea setărilor hardware, executarea de cod la distanță,
    controlul de la distanță, încălcări ale securității datelor și atacuri de tip refuz al
    serviciului (denial-of-service).
summary-no-reports = Până în prezent, Illumina nu a primit nicio raportare și nu deține dovezi
    care să indice că această vulnerabilitate a fost exploatată.

# Illumina actions.
issuer-actions-instructions = Illumina pune la dispoziția clienților instrucțiunile de mai jos
    privind modul de securizare a serverelor și de protejare a sistemelor împotriva exploatării
    acestei vulnerabilități. Odată aplicate, aceste instrucțiuni vor remedia vulnerabilitatea.
issuer-actions-risk = Nerespectarea acestor instrucțiuni poate lăsa sistemul dumneavoastră
    expus la riscurile descrise mai sus.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Pentru toate instanțele DRAGEN Server afectate enumerate în Tabelul 1
    de mai sus, trebuie întreprinse următoarele acțiuni pentru a remedia această
    vulnerabilitate critică de securitate:
customer-actions-download = Descărcați și urmați instrucțiunile pentru clienți de pe [această
    pagină web](https://support.illumina.com/support-content/bmc.html). Linkul complet este
    furnizat mai jos:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Completați și returnați Formularul de verificare după
    efectuarea tuturor pașilor din instrucțiunile furnizate pentru serverul (serverele)
    dumneavoastră identificat(e) ca afectat(e) în Tabelul 1.
customer-actions-note = **NOTĂ:** Dacă suspectați că serverul dumneavoastră a fost compromis de
    o persoană neautorizată, deconectați imediat cablul de rețea și contactați Asistența
    tehnică Illumina la techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Dacă vă confruntați cu un eveniment advers cauzat de această
    vulnerabilitate de securitate în timpul utilizării oricăruia dintre serverele afectate,
    raportați evenimentul programului de raportare a evenimentelor adverse MedWatch al FDA
    online, prin poștă sau prin fax. Puteți completa și trimite raportul online la adresa
    www.fda.gov/medwatch/report.htm. În afara Statelor Unite, contactați organismul de
    reglementare local.
closing-remarks = Illumina tratează securitatea cu cea mai mare seriozitate. Ne angajăm să vă
    sprijinim în remedierea acestei vulnerabilități. Pentru orice alte întrebări sau asistență,
    contactați techsupport@illumina.com. Este posibil să fiți contactat(ă) și de un furnizor
    terț în numele Illumina, care se va asigura că primiți asistența de care aveți nevoie.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina v-a trimis notificarea de rechemare urgentă a unui dispozitiv
    medical { $notice-id } privind o problemă care afectează DRAGEN Server for NovaSeq 6000Dx
    Instrument și Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Completați formularul de mai jos pentru a confirma primirea notificării
    și efectuarea acțiunilor necesare din partea clientului descrise în notificare. După
    completare, trimiteți formularul prin e-mail la techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Numele serverului

# Verification form: questions for customers.
form-q-remediation-done = Confirm că pașii de remediere enumerați în secțiunea „Acțiuni
    necesare din partea clientului” au fost implementați pe fiecare server afectat identificat
    în acest Formular de verificare.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Am identificat clienții care au primit sau ar fi putut primi
    serverele afectate.
