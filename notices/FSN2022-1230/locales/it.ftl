### status: reviewed

# FSN2022-1230 (Italian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = RICHIAMO URGENTE DI DISPOSITIVO MEDICO

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Strumento NextSeq 550Dx
product-miseqdx = Strumento MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Nome del prodotto/dispositivo
product-table-udi-di = Numero di identificazione del dispositivo

# Introduction after the salutation, before Table 1.
intro = Illumina la sta contattando per segnalare una vulnerabilità alla sicurezza
    informatica di Local Run Manager (LRM) identificata negli strumenti NextSeq™ 550Dx e
    MiSeq™Dx. Questa notifica descrive brevemente il problema, le azioni di Illumina e le
    azioni richieste ai clienti.

# Issue summary.
summary-vulnerability = Illumina ha identificato una vulnerabilità alla sicurezza
    informatica del software Local Run Manager (LRM) negli strumenti di sequenziamento per la
    diagnostica in vitro identificati nella Tabella 1.
summary-no-reports = Al momento, Illumina non ha ricevuto alcuna segnalazione che indichi
    lo sfruttamento di questa vulnerabilità.
summary-exploitation = Un utente non autorizzato potrebbe potenzialmente sfruttare la
    vulnerabilità per prendere il controllo dello strumento da remoto e quindi eseguire delle
    azioni a livello di sistema operativo; tali azioni potrebbero influire su impostazioni,
    configurazioni, software o dati presenti sullo strumento o sulla rete del cliente. Lo
    sfruttamento di questa vulnerabilità potrebbe causare la mancata generazione di
    risultati, la generazione di risultati errati, la compromissione dei file o una
    violazione dei dati del paziente. Lo sfruttamento di questa vulnerabilità nel modo sopra
    indicato può presentare un possibile rischio per la salute del paziente.

# Illumina actions.
issuer-actions-patch = Illumina ha sviluppato una patch software per impedire lo
    sfruttamento di questa vulnerabilità. Siamo attualmente impegnati a sviluppare una
    correzione software permanente per gli strumenti attuali e quelli futuri.
issuer-actions-download = Per gli strumenti collegati a Internet, è possibile scaricare la
    patch software già da ora (nella sezione Azioni da parte del cliente in basso è indicato
    l'indirizzo del sito web per il download). Illumina raccomanda ai clienti di scaricare
    immediatamente la patch software e di installarla su tutti gli strumenti interessati.
issuer-actions-offline = Per l'installazione della patch software sui prodotti LRM
    interessati non collegati a Internet, Illumina ha sviluppato altre opzioni. Per
    informazioni su queste opzioni, contattare al più presto l'Assistenza Tecnica
    all'indirizzo techsupport@illumina.com.
issuer-actions-questions = Per qualsiasi altra domanda o richiesta di assistenza,
    contattare techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Nota: gli strumenti interessati sono dotati di modalità dual
    boot ed è importante installare la patch software separatamente in ciascuna modalità (Dx
    e RUO) di ogni strumento. È inoltre importante installare la patch software in qualsiasi
    istanza autonoma di LRM non integrata sullo strumento per l'uso in modalità RUO sugli
    strumenti Dx.

# Step 1 and its three paragraphs.
step-internet = Strumenti connessi a Internet: scaricare e installare immediatamente la
    patch software disponibile a questo indirizzo su ogni strumento interessato, in ciascuna
    modalità (modalità Dx e modalità RUO) e/o su ogni istanza autonoma di LRM non integrata
    sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
step-internet-backup = Prima di installare la patch software, si consiglia di eseguire il
    backup dei dati.
step-internet-address = Per una migliore protezione, al momento attuale Illumina fornisce
    l'indirizzo del sito web solo ai clienti in possesso di prodotti interessati e agli
    organismi di regolamentazione.
step-internet-form = Compilare e restituire il Modulo di verifica riportato in basso entro
    5 giorni lavorativi.

# Step 2 and its paragraph.
step-offline = Strumenti non connessi a Internet: per avere istruzioni sugli altri metodi
    di implementazione della patch software, contattare techsupport@illumina.com.
step-offline-form = Compilare e restituire il Modulo di Verifica seguente immediatamente
    dopo l'installazione della patch software.

# Step 3.
step-permanent-fix = Correzione software permanente: quando sarà disponibile, installare
    l'aggiornamento del software che risolverà definitivamente questa vulnerabilità.
    Ulteriori informazioni su questo aggiornamento software verranno inviate tramite una
    nuova comunicazione.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTA:** l'installazione della patch software bloccherà
    l'accesso remoto all'interfaccia utente web di LRM (web UI) e sostituirà l'attuale Guida
    per l'utente di LRM; tutte le altre funzioni essenziali dello strumento resteranno
    inalterate. I clienti che utilizzano l'interfaccia web per i flussi di lavoro del
    laboratorio, possono contattare techsupport@illumina.com per ricevere assistenza
    immediatamente.
customer-actions-note-compromised = **NOTA:** se si sospetta che lo strumento sia stato
    compromesso da un utente non autorizzato, scollegare immediatamente il cavo di rete e
    contattare immediatamente techsupport@illumina.com. Per informazioni sui passaggi che
    consentono di esaminare il dispositivo, fare riferimento al Manuale di istruzioni per la
    patch software 1.0 di LRM.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se un utente rileva un evento avverso legato all'uso dei prodotti
    interessati e dovuto a questa vulnerabilità, segnalare l'evento al programma MedWatch
    Adverse Event Reporting della FDA tramite modalità online, tramite posta ordinaria o
    tramite fax. È possibile compilare e inviare online la segnalazione all'indirizzo
    www.fda.gov/medwatch/report.htm. Nelle aree al di fuori degli Stati Uniti, contattare
    l'organismo di regolamentazione locale.
closing-remarks = Illumina prende molto seriamente la sicurezza e la privacy dei dati. Siamo
    impegnati a supportarvi nella gestione di questa vulnerabilità. Per qualsiasi domanda, la
    preghiamo di scrivere a techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-heading = Perché riceve questa notifica
why-body-contact = Le inviamo questa notifica, perché lei risulta essere la persona
    referente per la sua azienda. Talvolta dobbiamo informare i nostri clienti su modifiche
    del prodotto, obsolescenza del prodotto o problemi di qualità.
why-body-marketing = Pertanto le chiediamo di prestare attenzione a queste notifiche in
    quanto contengono informazioni importanti sui nostri prodotti e non sono comunicazioni di
    marketing. Potrebbe quindi ricevere queste notifiche anche nel caso in cui lei avesse
    scelto di non ricevere materiale di marketing da parte di { $issuer }. Qualora lei non
    fosse la persona da contattare all'interno dell'azienda per tali notifiche, la invitiamo
    a inviare un'e-mail all'indirizzo customernotifications@illumina.com indicando il
    contatto corretto. Per maggiori informazioni, veda la nostra Politica sulla privacy.

# Verification form: paragraphs before the form table.
form-intro-sent = Il { $issued }, Illumina le ha inviato un avviso di richiamo urgente di un
    dispositivo medico { $notice-id }, relativo a un problema degli strumenti NextSeq 550Dx e
    MiSeqDx.
form-intro-complete = La invitiamo a completare la tabella seguente per confermare la
    ricezione della notifica e di inviare tramite e-mail il modulo compilato all'indirizzo
    techsupport@illumina.com al completamento dell'installazione della patch software come
    indicato nella sezione Azioni da parte del cliente di questa notifica.

# Verification form: company name as labelled in this notice.
form-company-name = Nome dell'azienda

# Verification form: checklist of the affected products.
form-product-name = Nome del prodotto/dispositivo
form-quantity = Q.TÀ
form-serial-numbers = Numeri di serie
form-checklist-hint = Contrassegnare tutti i prodotti interessati
form-row-standalone-lrm = Istanze autonome di LRM non integrate sullo strumento per l'uso
    in modalità RUO sugli strumenti Dx.

# Verification form: the customer's details.
form-customer-details = Dati del cliente
form-person-name-print = Nome in stampatello:
form-person-title-print = Titolo in stampatello della persona che ha compilato il modulo:

# Verification form: questions for customers.
form-q-lrm-installed = Dichiaro che sugli strumenti contrassegnati in alto è installato LRM.
form-q-patch-installed = Confermo che la patch software è installata su tutti gli strumenti
    identificati in alto.

# Verification form: questions for distributors and importers.
form-distributor-responses = Risposte del distributore/importatore
form-not-applicable = Non pertinente
form-q-customers-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver
    ricevuto il prodotto.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Prendo atto del fatto che dopo aver scaricato la patch
    software, essa deve essere installata separatamente su ciascuna modalità
    (rispettivamente modalità Dx e modalità RUO) di ciascuno strumento interessato
    identificato in questo Modulo di verifica e/o in qualsiasi istanza autonoma di LRM non
    integrata sullo strumento per l'uso in modalità RUO sugli strumenti Dx.
