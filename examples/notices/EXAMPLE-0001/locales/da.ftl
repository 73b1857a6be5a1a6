### status: draft

# EXAMPLE-0001 (Danish): a made-up notice showing every element.

product-analysis-server = Eksempel-analyseserver

intro = { $issuer } kontakter dig angående et *fiktivt* softwareproblem i de produkter, der er
    anført i tabel 1. Denne meddelelse, udsendt den { $issued }, viser alle de elementer, som
    fsn tilbyder.
summary = Softwaren kan stoppe en kørsel for tidligt.
    Se [eksempelsiden](https://www.example.com/fsn) for at få flere oplysninger.

step-update = **Opdater softwaren** på alle berørte instrumenter.
step-update-backup = Sikkerhedskopiér dine data, før du opdaterer.
step-update-verify = Kontrollér versionen på skærmen Om efter opdateringen.
step-form = Udfyld og returner verifikationsformularen.
bullet-contact = Kontakt techsupport@example.com, hvis du har spørgsmål.
bullet-forward = Videresend denne meddelelse til alle, der bruger produkterne.
note-network = **BEMÆRK:** Opdateringen ændrer ikke dine netværksindstillinger.

form-intro = Udfyld nedenstående formular, og returner den via e-mail.
form-product = Produkt
form-quantity = Antal
form-location = Placering
form-mark-products = Markér alle berørte produkter, du ejer.
form-row-spare-units = Reserveenheder på lager
form-choice-question = Hvordan er instrumentet tilsluttet?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Taget ud af drift
form-actions-heading = Udførte foranstaltninger
form-reason-no-access = Ingen adgang til instrumentet
form-reason-scheduled = Planlagt til senere
form-q-received = Jeg bekræfter, at jeg har modtaget { $notice-id } og har læst og forstået
    indholdet.
form-q-customers-informed = Jeg har informeret de identificerede kunder om denne
    tilbagekaldelse.
form-acknowledge = Jeg anerkender, at opdateringen skal installeres separat på hvert berørt
    instrument.
