### status: draft

# EXAMPLE-0001 (Hungarian): a made-up notice showing every element.

product-analysis-server = Példa elemzőszerver

intro = A(z) { $issuer } egy *kitalált* szoftverprobléma miatt keresi meg Önt, amely az 1.
    táblázatban felsorolt termékeket érinti. Ez a(z) { $issued } dátummal kiadott értesítés
    bemutatja az fsn által kínált összes elemet.
summary = A szoftver idő előtt leállíthat egy futtatást. A részletekért tekintse meg
    a [példaoldalt](https://www.example.com/fsn).

step-update = **Frissítse a szoftvert** minden érintett műszeren.
step-update-backup = A frissítés előtt készítsen biztonsági másolatot az adatairól.
step-update-verify = A frissítés után ellenőrizze a verziót a Névjegy képernyőn.
step-form = Töltse ki és küldje vissza az ellenőrző űrlapot.
bullet-contact = Kérdés esetén forduljon a techsupport@example.com címhez.
bullet-forward = Továbbítsa ezt az értesítést mindenkinek, aki a termékeket használja.
note-network = **MEGJEGYZÉS:** a frissítés nem módosítja a hálózati beállításokat.

form-intro = Kérjük, töltse ki az alábbi űrlapot, és küldje vissza e-mailben.
form-product = Termék
form-quantity = Menny.
form-location = Helyszín
form-mark-products = Jelölje meg az Ön tulajdonában lévő összes érintett terméket.
form-row-spare-units = Raktáron lévő tartalékegységek
form-choice-question = Hogyan csatlakozik a műszer?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Üzemen kívül helyezve
form-actions-heading = Megtett intézkedések
form-reason-no-access = Nincs hozzáférés a műszerhez
form-reason-scheduled = Későbbre ütemezve
form-q-received = Megerősítem, hogy megkaptam a(z) { $notice-id } értesítést, elolvastam és
    megértettem annak tartalmát.
form-q-customers-informed = Tájékoztattam az azonosított ügyfeleket erről a visszahívásról.
form-acknowledge = Tudomásul veszem, hogy a frissítést minden érintett műszerre külön kell
    telepíteni.
