### status: draft

# EXAMPLE-0004 (italiano): una correzione inventata di un analizzatore di chimica clinica
# inventato, del fabbricante fittizio Example Medical. Scritto per l’esempio, non revisionato.

title-correction-ca600 = Correzione in campo degli analizzatori Exemplar CA-600: cavo dell’ago di prelievo
product-ca600 = Analizzatore di chimica clinica Exemplar CA-600

intro = { $issuer } La informa di un problema dell’ago di prelievo degli analizzatori
    Exemplar CA-600 elencati nelle tabelle 1 e 2. Un tecnico dell’assistenza correggerà in
    loco ogni analizzatore interessato. Il presente avviso ({ $reference }) indica che cosa
    deve fare nel frattempo.
attention-line = **All’attenzione di:** direttori di laboratorio, responsabili di
    laboratorio, ingegneria clinica.
attention-laboratory-directors = Direttori di laboratorio
attention-laboratory-managers = Responsabili di laboratorio
attention-biomedical-engineering = Ingegneria clinica

section-problem = Descrizione del problema
section-risk = Rischio per i pazienti
section-user-actions = Azioni da intraprendere
section-manufacturer-actions = Azioni intraprese da { $issuer }
section-previous-results = Risultati già refertati
section-transmission = Trasmissione del presente avviso
section-contacts = Contatti

problem = Dopo circa 2.000 ore di funzionamento, il cavo del sensore di livello del liquido
    dell’ago di prelievo può sfregare contro la guida del braccio dell’ago. Un cavo
    danneggiato può far rilevare all’analizzatore del liquido dove non ce n’è: l’ago aspira
    allora aria o troppo poco campione, senza che venga emesso il flag «campione
    insufficiente» previsto.
risk = Qualsiasi dosaggio eseguito su un analizzatore interessato può allora dare un
    risultato falsamente basso senza flag. Un risultato falsamente basso può portare a una
    diagnosi errata o a un ritardo del trattamento. Il controllo giornaliero dell’ago
    descritto di seguito rileva un cavo danneggiato prima che influisca sui risultati.
risk-reports = { $issuer } ha ricevuto tre segnalazioni di un cavo danneggiato, rilevato
    durante la manutenzione. Nessun paziente ha subito danni.

action-identify = Verifichi se il Suo analizzatore è interessato: il numero di serie è
    riportato sulla targhetta del pannello posteriore (figura 1) e in **Menu > Sistema >
    Informazioni**.
figure-serial-alt = Pannello posteriore dell’analizzatore: feritoie di ventilazione in alto
    a destra, porte di rete e USB e presa di alimentazione a destra, targhetta in basso a
    sinistra. Una vista ingrandita della targhetta mostra il numero di serie, evidenziato,
    sull’ultima riga accanto al simbolo SN.
figure-serial-caption = Figura 1: Dove trovare il numero di serie dell’analizzatore
action-probe-check = Fino alla sostituzione del cavo, esegua ogni giorno, prima della prima
    seduta analitica, il controllo dell’ago:
action-probe-check-open = Apra **Menu > Manutenzione > Giornaliera > Controllo ago**.
action-probe-check-run = Segua le istruzioni sullo schermo. Il controllo dura circa
    4 minuti e non consuma reagenti.
action-probe-check-failed = Se il controllo segnala «Segnale ago fuori intervallo»:
action-probe-check-stop = non analizzi campioni di pazienti su questo analizzatore;
action-probe-check-call = chiami l’assistenza tecnica di { $issuer }, che sostituirà il cavo
    entro due giorni lavorativi.
action-record = Registri ogni controllo nel registro di manutenzione dell’analizzatore.
action-form = Compili il modulo di risposta e lo invii a service@example.com.

manufacturer-actions = I tecnici di { $issuer } sostituiranno entro il 31 marzo 2027 il cavo
    di ogni analizzatore interessato con un cavo dotato di guaina protettiva. La
    contatteranno per concordare una data; l’intervento dura circa un’ora.
authority-informed = L’autorità competente del Suo Paese è stata informata di questa azione.

previous-results = Un controllo dell’ago non superato indica che il cavo potrebbe aver già
    influito sui risultati. In tal caso spetta al direttore del laboratorio decidere,
    insieme ai medici curanti, se i risultati refertati dopo l’ultimo controllo superato
    debbano essere riesaminati.

transmission = La preghiamo di inoltrare il presente avviso a tutte le persone della Sua
    organizzazione che utilizzano o eseguono la manutenzione degli analizzatori e a ogni
    organizzazione alla quale ha ceduto un analizzatore interessato. Conservi il presente
    avviso insieme alle istruzioni per l’uso fino alla sostituzione del cavo.

contacts = Per domande sul presente avviso, contatti l’assistenza tecnica di { $issuer }
    all’indirizzo service@example.com.

form-heading-reply = Modulo di risposta del cliente
form-intro = La preghiamo di compilare questo modulo e di inviarlo a service@example.com.
form-product = Analizzatore
form-mark-analysers = Contrassegni ogni analizzatore interessato del Suo laboratorio e ne
    indichi il numero di serie.
form-q-read = Abbiamo letto e compreso il presente avviso.
form-q-probe-check = Il controllo dell’ago viene eseguito ogni giorno prima della prima
    seduta analitica.
form-where-applicable = Se pertinente
form-q-check-failed = Un controllo dell’ago non è stato superato e abbiamo chiamato
    l’assistenza tecnica di { $issuer }.
form-q-transferred = Abbiamo inoltrato il presente avviso al nuovo proprietario di un
    analizzatore che non utilizziamo più.
form-service-weeks = Settimane adatte al Suo laboratorio per l’intervento di assistenza
form-title = Modulo di risposta del cliente
