### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresidente Global Quality
signatory-vp-regulatory-affairs = Vicepresidente Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Tutti i diritti riservati. Tutti i marchi di fabbrica
    sono di proprietà di Illumina, Inc. o dei rispettivi proprietari. Per informazioni
    specifiche sui marchi di fabbrica, visitare la pagina
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Il problema è stato portato all'attenzione degli organismi di
    regolamentazione locali e internazionali e delle autorità competenti.
form-salutation = { salutation }
form-q-received = Confermo di aver ricevuto la comunicazione { $notice-id } e di averne
    letto e compreso il contenuto.
form-q-users-informed = Le informazioni sono state portate all'attenzione di tutti gli
    utenti interessati.
form-q-customers-informed = Ho informato i clienti identificati del richiamo in oggetto.
form-intro-alternative = In alternativa, è possibile inviare un’e-mail all’Assistenza
    Tecnica di Illumina fornendo le informazioni richieste di seguito.
