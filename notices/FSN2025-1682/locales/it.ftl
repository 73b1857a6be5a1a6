### status: reviewed

# FSN2025-1682 (Italian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx Instrument che include DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina La sta contattando in merito a una vulnerabilità di sicurezza identificata
    nel Baseboard Management Controller (BMC) in DRAGEN™ Server for NovaSeq™ 6000Dx
    Instrument e Illumina DRAGEN Server for NextSeq™ 550Dx Instrument. I server interessati
    sono specificati nella Tabella 1 di seguito. Questa notifica descrive brevemente il
    problema, le azioni di Illumina e le azioni richieste ai clienti. Nota: questa
    vulnerabilità della sicurezza è limitata a queste istanze di Illumina DRAGEN Server.
    Altre versioni delle istanze di DRAGEN Server non sono interessate.

# Issue summary.
summary-risk = Il Team per la sicurezza dei prodotti Illumina ha recentemente identificato
    un rischio incontrollato per la sicurezza dei prodotti associato al Baseboard Management
    Controller (BMC) utilizzato nelle istanze di DRAGEN Server sopra elencate. La
    vulnerabilità della sicurezza è dovuta a configurazioni nella gestione e nel
    monitoraggio remoti della rete.
summary-exploitation = Illumina ha stabilito che se un soggetto non autorizzato dovesse
    sfruttare questa vulnerabilità, potrebbe accedere alla console remota del BMC senza
    fornire una password (bypass di autenticazione). Lo sfruttamento di questa vulnerabilità
    potrebbe portare all’accesso non autorizzato al sistema, alla manipolazione delle
    impostazioni hardware, all’esecuzione remota del codice, al controllo remoto, alle
    violazioni dei dati e ad attacchi denial-of-service.
summary-no-reports = Al momento, Illumina non ha ricevuto alcuna segnalazione e non ha prove
    che indichino che questa vulnerabilità sia stata sfruttata.

# Illumina actions.
issuer-actions-instructions = Illumina sta fornendo ai clienti le istruzioni di seguito
    riportate su come mettere in sicurezza i loro server e proteggere i loro sistemi dallo
    sfruttamento di questa vulnerabilità che, una volta applicate, porranno rimedio alla
    vulnerabilità.
issuer-actions-risk = La mancata osservanza di queste istruzioni potrebbe esporre il sistema
    ai rischi descritti sopra.
issuer-actions-authorities = Il problema è stato portato all’attenzione degli organismi di
    regolamentazione locali e internazionali e delle autorità competenti.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Per tutte le istanze di DRAGEN Server interessate elencate nella
    Tabella 1 di cui sopra, è necessario intraprendere le seguenti azioni per porre rimedio
    a questa vulnerabilità critica della sicurezza:
customer-actions-download = Scaricare e seguire le istruzioni per il cliente da [questa
    pagina web](https://support.illumina.com/support-content/bmc.html). Il collegamento
    ipertestuale completo è riportato di seguito:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Compilare e inviare il Modulo di verifica dopo aver
    eseguito tutti i passaggi indicati nelle istruzioni fornite relative allo specifico
    server identificato come interessato nella Tabella 1.
customer-actions-note = **NOTA:** se si sospetta che il server sia stato compromesso da un
    soggetto non autorizzato, scollegare immediatamente il cavo di rete e contattare
    l’Assistenza Tecnica Illumina all’indirizzo techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Se si verifica un evento avverso dovuto a questa vulnerabilità di
    sicurezza con l’uso di uno dei server interessati, segnalare l’evento al programma
    MedWatch Adverse Event Reporting della FDA tramite modalità online, tramite posta
    ordinaria o tramite fax. È possibile compilare e inviare online la segnalazione
    all’indirizzo www.fda.gov/medwatch/report.htm. Nelle aree al di fuori degli Stati Uniti,
    contattare l’organismo di regolamentazione locale.
closing-remarks = Illumina prende molto seriamente la sicurezza. Siamo impegnati a
    supportarLa nella gestione di questa vulnerabilità. Per qualsiasi altra domanda o
    richiesta di assistenza, contattare techsupport@illumina.com. Si potrebbe anche essere
    contattati da un fornitore esterno per conto di Illumina che si assicurerà di fornire il
    necessario supporto.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina Le ha inviato un avviso di richiamo urgente di dispositivo medico
    { $notice-id } relativo a un problema che riguarda le istanze di DRAGEN Server for
    NovaSeq 6000Dx Instrument e di Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Compili il modulo sottostante per confermare la ricezione dell’avviso
    e il completamento delle Azioni da parte del cliente indicate nell’avviso. Una volta
    compilato, invii il modulo tramite e-mail all’indirizzo techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Nome server

# Verification form: questions for customers.
form-q-users-informed = Le informazioni sono state portate all’attenzione di tutti gli
    utenti interessati.
form-q-remediation-done = Confermo che le fasi di correzione elencate nella sezione Azioni
    da parte del cliente sono state implementate su ogni server interessato identificato in
    questo modulo di verifica.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ho identificato i clienti che hanno ricevuto o potrebbero aver
    ricevuto i server interessati.
