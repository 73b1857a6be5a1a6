### status: draft

# EXAMPLE-0001 (German): a made-up notice showing every element.

product-analysis-server = Beispiel-Analyseserver

intro = { $issuer } kontaktiert Sie bezüglich eines *fiktiven* Softwareproblems bei den in
    Tabelle 1 aufgeführten Produkten. Diese Benachrichtigung vom { $issued } zeigt alle
    Elemente, die fsn bietet.
summary = Die Software kann einen Lauf vorzeitig abbrechen. Einzelheiten finden Sie auf
    der [Beispielseite](https://www.example.com/fsn).

step-update = **Aktualisieren Sie die Software** auf jedem betroffenen Gerät.
step-update-backup = Sichern Sie Ihre Daten vor der Aktualisierung.
step-update-verify = Prüfen Sie nach der Aktualisierung die Version auf dem Bildschirm „Info“.
step-form = Füllen Sie das Verifizierungsformular aus und senden Sie es zurück.
bullet-contact = Wenden Sie sich bei Fragen an techsupport@example.com.
bullet-forward = Leiten Sie diese Benachrichtigung an alle Personen weiter, die die Produkte
    verwenden.
note-network = **HINWEIS:** Die Aktualisierung ändert Ihre Netzwerkeinstellungen nicht.

form-intro = Bitte füllen Sie das folgende Formular aus und senden Sie es per E-Mail zurück.
form-product = Produkt
form-quantity = Menge
form-location = Standort
form-mark-products = Markieren Sie jedes betroffene Produkt in Ihrem Besitz.
form-row-spare-units = Ersatzgeräte im Lager
form-choice-question = Wie ist das Gerät verbunden?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Außer Betrieb
form-actions-heading = Ergriffene Maßnahmen
form-reason-no-access = Kein Zugang zum Gerät
form-reason-scheduled = Für später geplant
form-q-received = Ich bestätige, dass ich { $notice-id } erhalten sowie gelesen und verstanden
    habe.
form-q-customers-informed = Ich habe die ermittelten Kunden über diesen Rückruf informiert.
form-acknowledge = Ich nehme zur Kenntnis, dass die Aktualisierung auf jedem betroffenen Gerät
    separat installiert werden muss.
