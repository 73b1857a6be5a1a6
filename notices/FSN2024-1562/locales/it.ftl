### status: reviewed

# FSN2024-1562 (Italian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabella 1: Prodotto/i interessato/i
product-table-udi-di = Identificatore univoco del dispositivo - Numero di identificazione
    del dispositivo

# Introduction after the salutation, before Table 1.
intro = Illumina La sta contattando in merito a una vulnerabilità sulla sicurezza
    informatica identificata nel protocollo di comunicazione tra l'archiviazione di rete, i
    server e/o i computer forniti dal cliente e i prodotti specificati nella Tabella 1 di
    seguito. Questa notifica descrive brevemente il problema, le azioni di Illumina e le
    azioni richieste ai clienti.

# Issue summary.
summary-risk = Durante la conduzione di analisi di routine sulla sicurezza informatica, il
    Team per la sicurezza dei prodotti di Illumina ha identificato un rischio non
    controllato per la sicurezza dei prodotti associato al protocollo di comunicazione tra i
    prodotti di Illumina identificati nella Tabella 1 e l'archiviazione di rete, i server
    e/o i computer forniti dal cliente. Illumina ha stabilito che, se non vengono utilizzati
    protocolli sicuri, un attore non autorizzato che ha già ottenuto un accesso privilegiato
    alla rete del cliente potrebbe intercettare e sfruttare queste comunicazioni.
summary-exploitation = Se un attore non autorizzato dovesse sfruttare questa vulnerabilità,
    potrebbe potenzialmente intercettare e modificare i file, portando alla consegna di
    risultati errati, risultati ritardati, nessun risultato o file danneggiati all'entità di
    rete fornita dal cliente e/o all'esposizione dei dati del paziente nei file trasmessi.
summary-no-reports = Al momento, Illumina non ha ricevuto alcuna segnalazione e non
    possiede alcuna evidenza che indichi lo sfruttamento di questa vulnerabilità.

# Illumina actions.
issuer-actions-guidance = Illumina fornisce una Guida alla sicurezza informatica che
    include raccomandazioni su come i clienti possono proteggere la comunicazione della loro
    rete interna con il prodotto di Illumina.
issuer-actions-risk = L'inosservanza di queste istruzioni o la mancata implementazione delle
    migliori pratiche sulla sicurezza della rete per proteggere i Suoi sistemi potrebbe
    lasciare la Sua organizzazione esposta ai rischi sopra descritti.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Per tutti i prodotti interessati, adotti i seguenti provvedimenti
    per implementare le mitigazioni:
customer-actions-download = Scarichi e legga [questo](https://support.illumina.com/support-content/cyberguidance.html)
    documento di Guida sulla sicurezza informatica. Il collegamento ipertestuale completo è
    riportato di seguito.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Per ogni prodotto connesso alla rete del cliente: collabori con
    il reparto informatico interno per determinare quale protocollo sicuro funziona meglio
    nel Suo ambiente e implementare la modifica di configurazione appropriata.
customer-actions-dual-mode = Nota: una modifica al protocollo di rete influisce
    contemporaneamente su entrambe le modalità Dx e RUO, pertanto non è necessario avviare
    ciascuna modalità separatamente per intraprendere le azioni necessarie.
customer-actions-verification-form = Compili e restituisca il Modulo di Verifica dopo aver
    eseguito tutti i passaggi indicati nelle istruzioni fornite relative a uno o più
    determinati prodotti identificati come interessati nella Tabella 1.
customer-actions-note = **NOTA:** se si sospetta che lo strumento sia stato compromesso da
    un utente non autorizzato, scollegare immediatamente il cavo di rete e contattare
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se rileva un evento avverso legato all'uso di qualsiasi prodotto
    interessato e dovuto a questa vulnerabilità, segnali l'evento al programma MedWatch
    Adverse Event Reporting della FDA tramite modalità online, posta ordinaria o fax. È
    possibile compilare e inviare online la segnalazione all'indirizzo
    www.fda.gov/medwatch/report.htm. Nelle aree al di fuori degli Stati Uniti, contattare
    l'organismo di regolamentazione locale.
closing-remarks = Illumina prende molto seriamente la sicurezza. Siamo impegnati a
    supportarLa nella gestione di questa vulnerabilità. Per qualsiasi altra domanda o
    richiesta di assistenza, contattare techsupport@illumina.com. Potrebbe anche essere
    contattato da un fornitore esterno per conto di Illumina per assicurarsi che Lei riceva
    il supporto di cui ha bisogno.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Tutti i diritti riservati. Tutti i marchi di fabbrica
    sono di proprietà di Illumina, Inc. o dei rispettivi proprietari. Per informazioni
    specifiche sui marchi di fabbrica, visiti la pagina
    Web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-heading = Perché riceve questa notifica
why-body-marketing = Queste notifiche contengono informazioni essenziali sui nostri
    prodotti e non sono comunicazioni di marketing. Pertanto, è possibile che Lei riceva
    queste notifiche nonostante abbia scelto di non ricevere comunicazioni di marketing da
    { $issuer }. Se, nell'ambito della Sua organizzazione, Lei non è il referente
    appropriato per la ricezione di tali notifiche, può annullare l'iscrizione all'invio di
    queste notifiche compilando e [inviando questo modulo]({ $link-unsubscribe }). Per
    maggiori informazioni, veda la nostra [Politica sulla privacy]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina Le ha inviato un Avviso urgente di richiamo dei dispositivi
    medici { $notice-id } relativo a un problema riguardante gli strumenti NextSeq 550Dx,
    MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN
    Server v4 e VeriSeq Onsite Server v2.
form-intro-complete = Compili il modulo sottostante per confermare la ricezione dell'avviso
    e il completamento delle Azioni da parte del cliente indicate in questa notifica. Una
    volta compilato, invii il modulo per e-mail all'indirizzo techsupport@illumina.com.
form-intro-alternative = In alternativa, è possibile inviare un'e-mail all'Assistenza
    Tecnica di Illumina fornendo le informazioni richieste di seguito.

# Verification form: company name as labelled in this notice.
form-company-name = Nome dell'azienda

# Verification form: questions for customers.
form-q-guidance-read = Confermo che il documento Guida sulla sicurezza informatica è stato
    scaricato e letto.

# Verification form: questions for distributors and importers.
form-distributor-responses = Risposte del distributore/importatore
form-q-customers-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver
    ricevuto il prodotto interessato.
