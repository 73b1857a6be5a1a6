### status: draft

# EXAMPLE-0001 (Latvian): a made-up notice showing every element.

product-analysis-server = Analīzes servera piemērs

intro = Uzņēmums { $issuer } sazinās ar jums saistībā ar *izdomātu* programmatūras problēmu 1.
    tabulā norādītajos produktos. Šajā paziņojumā, kas izdots { $issued }, ir parādīti visi
    fsn piedāvātie elementi.
summary = Programmatūra var priekšlaicīgi apturēt izpildi. Plašāku informāciju
    skatiet [piemēra lapā](https://www.example.com/fsn).

step-update = **Atjauniniet programmatūru** katrā ietekmētajā instrumentā.
step-update-backup = Pirms atjaunināšanas dublējiet savus datus.
step-update-verify = Pēc atjaunināšanas pārbaudiet versiju ekrānā “Par”.
step-form = Aizpildiet un nosūtiet atpakaļ verifikācijas veidlapu.
bullet-contact = Ja jums ir kādi jautājumi, sazinieties ar techsupport@example.com.
bullet-forward = Pārsūtiet šo paziņojumu visiem produktu lietotājiem.
note-network = **PIEZĪME.** Atjauninājums nemaina jūsu tīkla iestatījumus.

form-intro = Lūdzu, aizpildiet tālāk sniegto veidlapu un nosūtiet to atpakaļ pa e-pastu.
form-product = Produkts
form-quantity = Daudz.
form-location = Atrašanās vieta
form-mark-products = Atzīmējiet katru jums piederošo ietekmēto produktu.
form-row-spare-units = Noliktavā esošās rezerves vienības
form-choice-question = Kā instruments ir pievienots?
form-choice-online = Tiešsaistē
form-choice-offline = Bezsaistē
form-choice-retired = Izņemts no ekspluatācijas
form-actions-heading = Veiktās darbības
form-reason-no-access = Nav piekļuves instrumentam
form-reason-scheduled = Ieplānots vēlāk
form-q-received = Apstiprinu, ka esmu saņēmis paziņojumu { $notice-id }, izlasījis un sapratis
    tā saturu.
form-q-customers-informed = Esmu informējis identificētos klientus par šo atsaukšanu.
form-acknowledge = Apzinos, ka atjauninājums jāinstalē katrā ietekmētajā instrumentā
    atsevišķi.
