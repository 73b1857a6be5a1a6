### status: draft

# EXAMPLE-0002 (italiano): un avviso inventato su una pompa per infusione inventata.
# Tradotto per l'esempio, non revisionato.

product-docking-station = Stazione di aggancio Exemplar VP-DS4
udi-reason-legacy = La stazione di aggancio è stata immessa sul mercato prima che le si
    applicasse l'obbligo UDI e non reca alcun UDI; identificarla dal codice e dal numero di serie.

intro = { $issuer } la informa di un problema software delle pompe per infusione elencate nella
    tabella 1. Il presente avviso ({ $reference }) descrive il problema e il rischio
    che comporta e indica che cosa deve fare fin da ora.
action-type-software-update = Aggiornamento del software, con controlli provvisori da parte degli utilizzatori
attention-nursing = Coordinatori infermieristici
attention-biomedical-engineering = Ingegneria clinica
attention-risk-management = Gestione del rischio

section-problem = Descrizione del problema
section-risk = Rischio per i pazienti
section-user-actions = Azioni da intraprendere
section-manufacturer-actions = Azioni intraprese da { $issuer }
section-patient-management = Pazienti già trattati
section-transmission = Trasmissione del presente avviso
section-contacts = Contatti

problem = Con le versioni software 3.1.0 e 3.1.1, l'allarme di occlusione a valle della pompa
    può attivarsi con un ritardo fino a 20 minuti quando la velocità di flusso è impostata al
    di sotto di 5 ml/h.
hazard = Finché l'allarme è ritardato, una linea occlusa non viene segnalata e il paziente
    riceve meno farmaco di quanto prescritto.
risk = Un'infusione ritardata o interrotta di un farmaco critico a bassa velocità, come un
    vasopressore o l'insulina, può causare gravi danni al paziente. Il rischio è massimo nei
    reparti di terapia intensiva e di neonatologia.
risk-reports = { $issuer } ha ricevuto due segnalazioni di allarme ritardato. Nessun paziente
    ha subito danni.

action-identify = Individuare tutte le pompe Exemplar VP-200 e le stazioni di aggancio VP-DS4
    della struttura con versione software 3.1.0 o 3.1.1 (indicata nella schermata iniziale).
action-low-rate = Fino all'aggiornamento del software, controllare ogni 15 minuti la linea di
    infusione di ogni pompa che funziona a meno di 5 ml/h.
action-low-rate-detail = Verificare che la camera di gocciolamento e la linea mostrino flusso e
    che il volume infuso visualizzato aumenti.
action-ifu = Conservare il presente avviso insieme alle istruzioni per l'uso della pompa.
action-form = Compilare il modulo di risposta e inviarlo a service@example.com entro il
    15 maggio 2026, anche se non si dispone di pompe interessate.

manufacturer-actions = I tecnici dell'assistenza di { $issuer } installeranno entro il
    30 giugno 2026 la versione software 3.2.0, che corregge il ritardo dell'allarme, su tutte
    le pompe e stazioni di aggancio interessate. La contatteranno per concordare una data.

patient-management = I pazienti trattati con una pompa interessata non necessitano di alcun
    controllo a causa di questo problema. Non è necessario informare i pazienti.

transmission = Trasmettere il presente avviso a tutte le persone della propria organizzazione
    che devono esserne a conoscenza e a ogni organizzazione alla quale sono state cedute pompe
    interessate. Conservarlo fino all'aggiornamento del software.

contacts = Per domande sul presente avviso, contattare l'assistenza di { $issuer }:
    service@example.com.

form-heading-reply = Modulo di risposta del cliente
form-intro = Compilare il presente modulo e inviarlo a service@example.com entro il
    15 maggio 2026.
form-product = Prodotto
form-quantity = Quantità
form-mark-products = Contrassegnare ogni prodotto interessato presente nella struttura.
form-q-read = Abbiamo letto e compreso il presente avviso.
form-q-low-rate = Controlliamo ogni 15 minuti le pompe a meno di 5 ml/h fino all'aggiornamento.
form-q-users-informed = Abbiamo informato tutti gli utilizzatori delle pompe interessate.
form-q-customers-identified = Abbiamo individuato i clienti ai quali abbiamo fornito pompe interessate.
form-q-customers-informed = Abbiamo trasmesso il presente avviso a tali clienti.
form-acknowledge = Confermo che le informazioni di cui sopra sono corrette.
form-title = Modulo di risposta del cliente
