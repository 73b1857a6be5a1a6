### status: draft

# EXAMPLE-0002 (Deutsch): eine erfundene Mitteilung zu einer erfundenen Infusionspumpe.
# Für das Beispiel übersetzt, nicht geprüft.

product-docking-station = Exemplar VP-DS4 Dockingstation
udi-reason-legacy = Die Dockingstation wurde in Verkehr gebracht, bevor die UDI-Pflicht für sie
    galt, und trägt keine UDI; sie ist an Artikel- und Seriennummer zu erkennen.

intro = { $issuer } informiert Sie über ein Softwareproblem der in Tabelle 1 aufgeführten
    Infusionspumpen. Diese Mitteilung ({ $reference }) beschreibt das Problem
    und das damit verbundene Risiko und sagt Ihnen, was Sie jetzt tun müssen.
action-type-software-update = Software-Aktualisierung, mit vorläufigen Kontrollen durch die Anwender
attention-nursing = Pflegedienstleitung
attention-biomedical-engineering = Medizintechnik
attention-risk-management = Risikomanagement

section-problem = Beschreibung des Problems
section-risk = Risiko für Patienten
section-user-actions = Von Ihnen zu ergreifende Maßnahmen
section-manufacturer-actions = Maßnahmen von { $issuer }
section-patient-management = Bereits behandelte Patienten
section-transmission = Weitergabe dieser Mitteilung
section-contacts = Kontakt

problem = In den Softwareversionen 3.1.0 und 3.1.1 kann der Okklusionsalarm der Pumpe
    (patientenseitig) bis zu 20 Minuten verspätet ausgelöst werden, wenn die Förderrate unter
    5 ml/h eingestellt ist.
hazard = Solange der Alarm verzögert ist, wird ein verschlossener Schlauch nicht gemeldet, und
    der Patient erhält weniger Arzneimittel als verordnet.
risk = Eine verzögerte oder unterbrochene Infusion eines kritischen Arzneimittels mit niedriger
    Rate, etwa eines Vasopressors oder von Insulin, kann den Patienten ernsthaft schädigen. Am
    höchsten ist das Risiko auf Intensiv- und Neugeborenenstationen.
risk-reports = { $issuer } liegen zwei Meldungen über einen verzögerten Alarm vor. Kein
    Patient wurde geschädigt.

action-identify = Ermitteln Sie alle Pumpen Exemplar VP-200 und Dockingstationen VP-DS4 in
    Ihrer Einrichtung mit der Softwareversion 3.1.0 oder 3.1.1 (auf dem Startbildschirm
    angezeigt).
action-low-rate = Prüfen Sie bis zur Aktualisierung der Software den Infusionsschlauch jeder
    Pumpe, die mit weniger als 5 ml/h fördert, alle 15 Minuten.
action-low-rate-detail = Prüfen Sie, dass Tropfkammer und Schlauch einen Fluss zeigen und das
    angezeigte infundierte Volumen zunimmt.
action-ifu = Bewahren Sie diese Mitteilung bei der Gebrauchsanweisung der Pumpe auf.
action-form = Füllen Sie das Antwortformular aus und senden Sie es bis zum 15. Mai 2026 an
    service@example.com, auch wenn Sie keine betroffene Pumpe haben.

manufacturer-actions = Servicetechniker von { $issuer } installieren bis zum 30. Juni 2026 auf
    allen betroffenen Pumpen und Dockingstationen die Softwareversion 3.2.0, die die
    Alarmverzögerung behebt. Sie werden Sie kontaktieren, um einen Termin zu vereinbaren.

patient-management = Patienten, die mit einer betroffenen Pumpe behandelt wurden, bedürfen
    wegen dieses Problems keiner Nachsorge. Sie müssen die Patienten nicht informieren.

transmission = Bitte geben Sie diese Mitteilung an alle Personen in Ihrer Organisation weiter,
    die davon Kenntnis haben müssen, sowie an jede Organisation, an die Sie betroffene Pumpen
    abgegeben haben. Bewahren Sie sie auf, bis die Software aktualisiert ist.

contacts = Bei Fragen zu dieser Mitteilung wenden Sie sich an den Service von { $issuer }:
    service@example.com.

form-heading-reply = Antwortformular für Kunden
form-intro = Bitte füllen Sie dieses Formular aus und senden Sie es bis zum 15. Mai 2026 an
    service@example.com.
form-product = Produkt
form-quantity = Anzahl
form-mark-products = Kreuzen Sie jedes betroffene Produkt in Ihrer Einrichtung an.
form-q-read = Wir haben diese Mitteilung gelesen und verstanden.
form-q-low-rate = Wir prüfen Pumpen mit weniger als 5 ml/h bis zur Aktualisierung alle 15 Minuten.
form-q-users-informed = Wir haben alle Anwender der betroffenen Pumpen informiert.
form-q-customers-identified = Wir haben die Kunden ermittelt, an die wir betroffene Pumpen geliefert haben.
form-q-customers-informed = Wir haben diese Mitteilung an diese Kunden weitergegeben.
form-acknowledge = Ich bestätige, dass die obigen Angaben richtig sind.
form-title = Antwortformular für Kunden
