### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Italian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Nome commerciale
field-fsca-id = Identificativo della FSCA
field-action-type = Tipo di azione
field-date = Data
field-attention = All'attenzione di
field-contact = Contatto
field-fsn-type = Tipo di FSN
fsn-type-new = Nuovo FSN
fsn-type-update = Aggiornamento di un FSN precedente
fsn-type-follow-up = Seguito di un FSN precedente
fsn-type-other = Altro
field-previous-notice = FSN precedente (riferimento, data)
field-key-information = Principali informazioni nuove
field-reply-required = Risposta del cliente richiesta
field-reply-by = Risposta entro
field-inform-patients = Occorre informare i pazienti o gli utilizzatori profani
field-manufacturer = Fabbricante
field-address = Indirizzo
field-website = Sito web
field-srn = Numero di registrazione unico (SRN)
field-attachments = Allegati

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informazioni sul dispositivo
eu-section-reason = Motivo dell'azione correttiva di sicurezza (FSCA)
eu-section-action = Tipo di azione per mitigare il rischio
eu-section-general = Informazioni generali
eu-section-transmission = Trasmissione del presente avviso di sicurezza
eu-transmission = Il presente avviso deve essere trasmesso a tutte le persone della sua
    organizzazione che devono esserne a conoscenza e a ogni organizzazione a cui sono stati
    trasferiti i dispositivi potenzialmente interessati.
eu-authority-informed = L'autorità competente (di regolamentazione) del suo paese è stata
    informata della presente comunicazione ai clienti.
eu-distributor-form = Modulo di risposta per distributori/importatori
eu-distributor-form-intro = Se è un distributore o un importatore, compili anche questo
    modulo dopo aver trasmesso il presente avviso ai suoi clienti.
