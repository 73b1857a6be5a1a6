### status: draft

# EXAMPLE-0001 (Italian): a made-up notice showing every element.

product-analysis-server = Server di analisi di esempio

intro = { $issuer } La contatta in merito a un problema software *fittizio* dei prodotti
    elencati nella Tabella 1. Questa notifica, emessa il { $issued }, mostra tutti gli
    elementi offerti da fsn.
summary = Il software potrebbe interrompere una corsa anticipatamente. Per i dettagli,
    consulti la [pagina di esempio](https://www.example.com/fsn).

step-update = **Aggiornare il software** su ogni strumento interessato.
step-update-backup = Eseguire il backup dei dati prima dell’aggiornamento.
step-update-verify = Dopo l’aggiornamento, verificare la versione nella schermata
    Informazioni.
step-form = Compilare e restituire il Modulo di verifica.
bullet-contact = Per qualsiasi domanda, contattare techsupport@example.com.
bullet-forward = Inoltrare questa notifica a tutti coloro che utilizzano i prodotti.
note-network = **NOTA:** l’aggiornamento non modifica le impostazioni di rete.

form-intro = Compili il modulo sottostante e lo restituisca tramite e-mail.
form-product = Prodotto
form-quantity = Q.tà
form-location = Ubicazione
form-mark-products = Contrassegnare tutti i prodotti interessati in Suo possesso.
form-row-spare-units = Unità di ricambio in magazzino
form-choice-question = Come è collegato lo strumento?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Dismesso
form-actions-heading = Azioni intraprese
form-reason-no-access = Nessun accesso allo strumento
form-reason-scheduled = Pianificato per un secondo momento
form-q-received = Confermo di aver ricevuto la comunicazione { $notice-id } e di averne letto
    e compreso il contenuto.
form-q-customers-informed = Ho informato i clienti identificati del richiamo in oggetto.
form-acknowledge = Prendo atto del fatto che l’aggiornamento deve essere installato
    separatamente su ciascuno strumento interessato.
