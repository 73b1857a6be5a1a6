### status: draft

# EXAMPLE-0001 (Romanian): a made-up notice showing every element.

product-analysis-server = Server de analiză exemplu

intro = { $issuer } vă contactează în legătură cu o problemă *fictivă* de software a
    produselor enumerate în Tabelul 1. Această notificare, emisă la { $issued }, prezintă
    toate elementele oferite de fsn.
summary = Software-ul poate opri prematur o rulare. Pentru detalii, consultați [pagina
    exemplu](https://www.example.com/fsn).

step-update = **Actualizați software-ul** pe fiecare instrument afectat.
step-update-backup = Efectuați o copie de rezervă a datelor înainte de actualizare.
step-update-verify = După actualizare, verificați versiunea în ecranul Despre.
step-form = Completați și returnați Formularul de verificare.
bullet-contact = Pentru orice întrebare, contactați techsupport@example.com.
bullet-forward = Transmiteți această notificare tuturor persoanelor care utilizează produsele.
note-network = **NOTĂ:** actualizarea nu modifică setările de rețea.

form-intro = Vă rugăm să completați formularul de mai jos și să îl returnați prin e-mail.
form-product = Produs
form-quantity = Cant.
form-location = Locație
form-mark-products = Marcați fiecare produs afectat pe care îl dețineți.
form-row-spare-units = Unități de rezervă în depozit
form-choice-question = Cum este conectat instrumentul?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Scos din uz
form-actions-heading = Acțiuni întreprinse
form-reason-no-access = Fără acces la instrument
form-reason-scheduled = Programat pentru mai târziu
form-q-received = Confirm că am primit { $notice-id } și că am citit și înțeles conținutul
    acesteia.
form-q-customers-informed = Am informat clienții identificați cu privire la această rechemare.
form-acknowledge = Iau la cunoștință că actualizarea trebuie instalată separat pe fiecare
    instrument afectat.
