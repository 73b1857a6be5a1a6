### status: draft

# EXAMPLE-0001 (Lithuanian): a made-up notice showing every element.

product-analysis-server = Pavyzdinis analizės serveris

intro = Bendrovė { $issuer } kreipiasi į jus dėl *išgalvotos* programinės įrangos problemos,
    susijusios su 1 lentelėje nurodytais gaminiais. Šiame { $issued } išleistame pranešime
    parodyti visi fsn siūlomi elementai.
summary = Programinė įranga gali anksčiau laiko sustabdyti vykdymą. Daugiau informacijos
    rasite [pavyzdiniame puslapyje](https://www.example.com/fsn).

step-update = **Atnaujinkite programinę įrangą** kiekviename susijusiame prietaise.
step-update-backup = Prieš atnaujindami sukurkite atsarginę duomenų kopiją.
step-update-verify = Atnaujinę patikrinkite versiją ekrane „Apie“.
step-form = Užpildykite ir grąžinkite patvirtinimo formą.
bullet-contact = Kilus klausimų, kreipkitės adresu techsupport@example.com.
bullet-forward = Persiųskite šį pranešimą visiems gaminių naudotojams.
note-network = **PASTABA.** Atnaujinimas nekeičia jūsų tinklo nustatymų.

form-intro = Užpildykite toliau pateiktą formą ir grąžinkite ją el. paštu.
form-product = Gaminys
form-quantity = Kiekis
form-location = Vieta
form-mark-products = Pažymėkite kiekvieną jums priklausantį susijusį gaminį.
form-row-spare-units = Sandėlyje laikomi atsarginiai įrenginiai
form-choice-question = Kaip prijungtas prietaisas?
form-choice-online = Prisijungęs
form-choice-offline = Neprisijungęs
form-choice-retired = Nebenaudojamas
form-actions-heading = Atlikti veiksmai
form-reason-no-access = Nėra prieigos prie prietaiso
form-reason-scheduled = Suplanuota vėlesniam laikui
form-q-received = Patvirtinu, kad gavau pranešimą { $notice-id }, perskaičiau ir supratau jo
    turinį.
form-q-customers-informed = Apie šį atšaukimą informavau nustatytus klientus.
form-acknowledge = Suprantu, kad atnaujinimas turi būti įdiegtas kiekviename susijusiame
    prietaise atskirai.
