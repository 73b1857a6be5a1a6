### status: draft

# EXAMPLE-0003 (Deutsch): ein erfundener Rückruf von Reagenzienchargen eines erfundenen
# CRP-Tests des fiktiven Herstellers Example Medical. Für das Beispiel geschrieben, nicht geprüft.

title-recall-crp-lots = Rückruf von Chargen des Exemplar CRP-Reagenz mit zu niedriger Wiederfindung
product-crp-200 = Exemplar CRP Reagenzienkit, 2 × 100 Tests
product-crp-400 = Exemplar CRP Reagenzienkit, 4 × 100 Tests

intro = { $issuer } ruft die in Tabelle 1 und 2 aufgeführten Chargen des Exemplar CRP
    Reagenzienkits zurück. Diese Mitteilung ({ $reference }) beschreibt das Problem und das
    Risiko und nennt die Maßnahmen, die Ihr Labor jetzt ergreifen muss.
attention-line = **Zur Kenntnisnahme durch:** Laborleitung, Laborverantwortliche,
    POCT-Koordinatoren.
attention-laboratory-directors = Laborleitung
attention-laboratory-managers = Laborverantwortliche
attention-poct-coordinators = POCT-Koordinatoren

section-problem = Beschreibung des Problems
section-risk = Risiko für Patienten
section-user-actions = Erforderliche Maßnahmen
section-manufacturer-actions = Maßnahmen von { $issuer }
section-previous-results = Bereits übermittelte Ergebnisse
section-transmission = Weitergabe dieser Mitteilung
section-contacts = Kontakt

problem = Unsere Stabilitätsüberwachung hat gezeigt, dass die betroffenen Chargen bei
    Konzentrationen des C-reaktiven Proteins (CRP) unter 10 mg/L bis zu 18 % zu niedrige
    Werte liefern, sobald sich das Reagenz länger als 14 Tage auf dem Analysegerät
    befindet. Kontrollmaterial in diesem Konzentrationsbereich kann dabei weiterhin
    innerhalb seiner Grenzen liegen, sodass die Abweichung unbemerkt bleiben kann.
problem-cause = Ursache ist ein Rohstoff des Latexreagenz (R2), der schneller abgebaut wird
    als spezifiziert. Chargen, die aus einer neuen Rohstoffcharge hergestellt wurden, sind
    nicht betroffen.
risk = Ein falsch niedriges CRP-Ergebnis kann das Erkennen einer Infektion oder Entzündung
    verzögern, insbesondere bei Kindern und bei Patienten mit Verlaufskontrollen. Ergebnisse
    ab 10 mg/L sind nicht betroffen.
risk-reports = { $issuer } liegen keine Meldungen über eine Schädigung von Patienten vor.

action-quarantine = Verwenden Sie die betroffenen Chargen nicht mehr, sobald Sie diese
    Mitteilung erhalten, und stellen Sie sie unter Quarantäne.
action-quarantine-analyser = Entnehmen Sie die Reagenzkassetten dieser Chargen aus allen
    Analysegeräten, auch aus Ersatz- und POCT-Geräten.
action-quarantine-stock = Kennzeichnen Sie die Kits in Ihren Kühlschränken mit „Nicht
    verwenden – Rückruf“ und lagern Sie sie getrennt vom übrigen Bestand.
action-replace = Setzen Sie eine nicht betroffene Charge ein. { $issuer } liefert Ihnen
    kostenlos Ersatzkits in der Menge, die Sie in den letzten drei Monaten bestellt haben.
action-destroy = Vernichten Sie alle unter Quarantäne gestellten Kits der betroffenen
    Chargen.
action-destroy-detail = Entsorgen Sie sie wie andere In-vitro-Diagnostika-Reagenzien gemäß
    den örtlichen Vorschriften. Senden Sie sie nicht an { $issuer } zurück.
action-form = Füllen Sie das Antwortformular einschließlich der Vernichtungsbescheinigung
    aus und senden Sie es an service@example.com, auch wenn Sie kein betroffenes Kit mehr
    besitzen.
action-note = **HINWEIS:** Kalibrieren Sie den Test nicht mit einer betroffenen Charge neu,
    um die Abweichung auszugleichen: Sie nimmt mit der Standzeit des Reagenz auf dem
    Analysegerät zu.

manufacturer-actions = { $issuer } hat den Vertrieb der betroffenen Chargen gestoppt und neue
    Chargen aus einer neuen Rohstoffcharge in Verkehr gebracht. Ihre Stabilität auf
    dem Analysegerät wurde für 28 Tage nachgewiesen.
authority-informed = Die zuständige Behörde Ihres Landes wurde über diese Maßnahme
    informiert.

previous-results = Falsch niedrig sein können nur Ergebnisse unter 10 mg/L, die mit einer
    betroffenen Charge nach ihrem vierzehnten Tag auf dem Analysegerät gemessen wurden. Die
    Laborleitung sollte gemeinsam mit den behandelnden Ärztinnen und Ärzten entscheiden, ob
    solche Ergebnisse überprüft oder die Patienten erneut getestet werden müssen.

transmission = Bitte leiten Sie diese Mitteilung an alle Personen in Ihrer Organisation
    weiter, die davon Kenntnis haben müssen, sowie an alle Organisationen, an die Sie
    betroffene Kits abgegeben haben. Bewahren Sie eine Kopie bei Ihren
    Qualitätsaufzeichnungen auf.

contacts = Bei Fragen zu dieser Mitteilung wenden Sie sich bitte an den Kundendienst von
    { $issuer } unter service@example.com.

form-heading-reply = Antwortformular
form-intro = Bitte füllen Sie dieses Formular aus, unterschreiben Sie es und senden Sie es
    an service@example.com.
form-product = Produkt
form-actions-heading = In Ihrem Labor ergriffene Maßnahmen
form-step-quarantine = Die betroffenen Chargen wurden aus allen Analysegeräten entnommen und
    unter Quarantäne gestellt.
form-step-destroy = Alle unter Quarantäne gestellten Kits der betroffenen Chargen wurden
    vernichtet.
form-reason-no-stock = Wir hatten kein Kit der betroffenen Chargen.
form-q-read = Wir haben diese Mitteilung gelesen und verstanden.
form-q-users-informed = Wir haben alle Anwender des Tests in unserer Organisation
    informiert.
form-q-results = Die Laborleitung hat geprüft, ob bereits übermittelte Ergebnisse überprüft
    werden müssen.
form-q-customers-identified = Wir haben die Kunden ermittelt, an die wir betroffene Kits
    geliefert haben.
form-q-customers-informed = Wir haben diese Mitteilung an diese Kunden weitergeleitet.
form-title = Antwortformular
