### status: reviewed

# Shared boilerplate of every notice (Italian).

# Letter opening and closing.
salutation = Gentile cliente,
closing = Cordiali saluti,

# Label beside the title, and the title lines (largest first).
label-recall = Richiamo
title-quality-notification = Notifica di qualità
title-urgent-device-recall = Richiamo urgente di dispositivo medico
title-urgent-safety-notice = Avviso urgente di sicurezza

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabella 1: Prodotti interessati
product-table-name = Prodotto interessato
product-table-catalog = Numero di catalogo
product-table-udi-di = Identificatore univoco del dispositivo – Numero identificativo del
    dispositivo
product-table-version = Versione software
product-table-serials = Numeri di serie
udi-di-not-available = N/D

# Section headings of the letter.
section-summary = Riepilogo del problema
section-issuer-actions = Azioni da parte di { $issuer }
section-customer-actions = Azioni da parte del cliente

# The "why you are receiving this notice" box.
why-heading = Perché ha ricevuto questa notifica
why-body-contact = Ha ricevuto questa notifica perché dai nostri registri si evince che Lei
    è il referente della Sua organizzazione per le modifiche ai prodotti, l’obsolescenza dei
    prodotti e i problemi di qualità.
why-body-marketing = Tenga presente che queste notifiche contengono informazioni essenziali
    sui nostri prodotti e non sono comunicazioni di marketing. Pertanto, è possibile che Lei
    riceva queste notifiche nonostante abbia scelto di non ricevere comunicazioni di
    marketing da { $issuer }. Se, nell’ambito della Sua organizzazione, Lei non è il
    referente appropriato per la ricezione di tali notifiche, può annullare l’iscrizione
    all’invio di queste notifiche [compilando e inviando questo
    modulo]({ $link-unsubscribe }). Per maggiori informazioni, consulti la
    nostra [Informativa sulla privacy]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Assistenza Tecnica:
contact-customer-care = Servizio clienti:
page-label = Pagina { $page } di { $total }
intended-use-ivd = Per uso diagnostico in vitro. Non disponibile in tutti i Paesi o in tutte
    le regioni.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Modulo di verifica
form-title = Modulo di verifica
form-company-name = Ragione sociale
form-person-heading = Informazioni sulla persona che ha compilato il modulo
form-person-name = Nome:
form-person-title = Titolo:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Numero o numeri di serie
form-customer-responses = Risposte del cliente
form-distributor-responses = Risposte del distributore/dell’importatore

# Answer boxes of the form.
form-yes = Sì
form-no = No
form-not-applicable = Non applicabile

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Eseguito
form-not-done = Non eseguito
form-other-reason = Altro:

# Signature cells at the end of the form.
form-signature = Firma della persona che ha compilato il modulo
form-signature-date = Data
