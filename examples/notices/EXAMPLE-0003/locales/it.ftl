### status: draft

# EXAMPLE-0003 (italiano): un richiamo inventato di lotti di reagente di un dosaggio CRP
# inventato, del fabbricante fittizio Example Medical. Scritto per l’esempio, non revisionato.

title-recall-crp-lots = Richiamo di lotti del reagente Exemplar CRP con recupero insufficiente
product-crp-200 = Exemplar CRP, kit di reagenti, 2 × 100 test
product-crp-400 = Exemplar CRP, kit di reagenti, 4 × 100 test

intro = { $issuer } richiama i lotti del kit di reagenti Exemplar CRP elencati nelle
    tabelle 1 e 2. Il presente avviso ({ $reference }) descrive il problema e il rischio e
    indica che cosa deve fare il Suo laboratorio fin da ora.
attention-line = **All’attenzione di:** direttori di laboratorio, responsabili di
    laboratorio, coordinatori POCT.
attention-laboratory-directors = Direttori di laboratorio
attention-laboratory-managers = Responsabili di laboratorio
attention-poct-coordinators = Coordinatori POCT

section-problem = Descrizione del problema
section-risk = Rischio per i pazienti
section-user-actions = Azioni da intraprendere
section-manufacturer-actions = Azioni intraprese da { $issuer }
section-previous-results = Risultati già refertati
section-transmission = Trasmissione del presente avviso
section-contacts = Contatti

problem = Il nostro monitoraggio della stabilità ha rilevato che i lotti interessati
    sottostimano fino al 18 % le concentrazioni di proteina C reattiva (PCR) inferiori a
    10 mg/L quando il reagente si trova a bordo dell’analizzatore da più di 14 giorni. Il
    materiale di controllo a queste concentrazioni può restare entro i suoi limiti, per cui
    lo scostamento può passare inosservato.
problem-cause = La causa è una materia prima del reagente al lattice (R2), che si degrada
    più rapidamente di quanto specificato. I lotti prodotti con un nuovo lotto di questa
    materia prima non sono interessati.
risk = Un risultato di PCR falsamente basso può ritardare il riconoscimento di un’infezione
    o di un’infiammazione, in particolare nei bambini e nei pazienti seguiti con misurazioni
    ripetute. I risultati pari o superiori a 10 mg/L non sono interessati.
risk-reports = { $issuer } non ha ricevuto alcuna segnalazione di danni a pazienti.

action-quarantine = Interrompa l’uso dei lotti interessati non appena riceve il presente
    avviso e li metta in quarantena.
action-quarantine-analyser = Rimuova le cassette di reagente di questi lotti da tutti gli
    analizzatori, compresi quelli di riserva e POCT.
action-quarantine-stock = Etichetti i kit presenti nei frigoriferi con «Non usare –
    richiamo» e li conservi separati dal resto delle scorte.
action-replace = Carichi un lotto non interessato. { $issuer } Le spedisce gratuitamente kit
    sostitutivi nelle quantità ordinate negli ultimi tre mesi.
action-destroy = Distrugga tutti i kit dei lotti interessati messi in quarantena.
action-destroy-detail = Li smaltisca come gli altri reagenti diagnostici in vitro, nel
    rispetto delle normative locali. Non li restituisca a { $issuer }.
action-form = Compili il modulo di risposta, compreso il certificato di distruzione, e lo
    invii a service@example.com, anche se non possiede più alcun kit interessato.
action-note = **NOTA:** non ricalibri il dosaggio con un lotto interessato per correggere lo
    scostamento: la sottostima aumenta con il tempo di permanenza del reagente a bordo
    dell’analizzatore.

manufacturer-actions = { $issuer } ha interrotto la distribuzione dei lotti interessati e ha
    immesso sul mercato nuovi lotti, prodotti con un nuovo lotto della materia prima. La
    loro stabilità a bordo dell’analizzatore è stata verificata per 28 giorni.
authority-informed = L’autorità competente del Suo Paese è stata informata di questa azione.

previous-results = Possono essere falsamente bassi solo i risultati inferiori a 10 mg/L
    ottenuti con un lotto interessato dopo il suo quattordicesimo giorno a bordo
    dell’analizzatore. Spetta al direttore del laboratorio decidere, insieme ai medici
    curanti, se tali risultati debbano essere riesaminati o il test ripetuto.

transmission = La preghiamo di inoltrare il presente avviso a tutte le persone della Sua
    organizzazione che devono esserne informate e a ogni organizzazione alla quale ha
    fornito kit interessati. Ne conservi una copia nella documentazione della qualità.

contacts = Per domande sul presente avviso, contatti il servizio clienti di { $issuer }
    all’indirizzo service@example.com.

form-heading-reply = Modulo di risposta del cliente
form-intro = La preghiamo di compilare questo modulo, firmarlo e inviarlo a
    service@example.com.
form-product = Prodotto
form-actions-heading = Azioni intraprese nel Suo laboratorio
form-step-quarantine = I lotti interessati sono stati rimossi da tutti gli analizzatori e
    messi in quarantena.
form-step-destroy = Tutti i kit dei lotti interessati messi in quarantena sono stati
    distrutti.
form-reason-no-stock = Non avevamo alcun kit dei lotti interessati.
form-q-read = Abbiamo letto e compreso il presente avviso.
form-q-users-informed = Abbiamo informato tutti gli utilizzatori del dosaggio nella nostra
    organizzazione.
form-q-results = Il direttore del laboratorio ha valutato se i risultati già refertati
    debbano essere riesaminati.
form-q-customers-identified = Abbiamo identificato i clienti ai quali abbiamo fornito kit
    interessati.
form-q-customers-informed = Abbiamo inoltrato il presente avviso a tali clienti.
form-title = Modulo di risposta del cliente
