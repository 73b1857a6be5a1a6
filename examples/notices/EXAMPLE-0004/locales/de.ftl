### status: draft

# EXAMPLE-0004 (Deutsch): eine erfundene Korrekturmaßnahme an einem erfundenen
# Klinisch-Chemie-Analysegerät des fiktiven Herstellers Example Medical. Für das Beispiel
# geschrieben, nicht geprüft.

title-correction-ca600 = Korrekturmaßnahme an Exemplar CA-600 Analysegeräten: Kabel der Probennadel
product-ca600 = Exemplar CA-600 Klinisch-Chemie-Analysegerät

intro = { $issuer } informiert Sie über ein Problem mit der Probennadel der in Tabelle 1 und
    2 aufgeführten Exemplar CA-600 Analysegeräte. Ein Servicetechniker wird jedes
    betroffene Gerät vor Ort korrigieren. Diese Mitteilung ({ $reference }) beschreibt,
    was Sie bis dahin tun müssen.
attention-line = **Zur Kenntnisnahme durch:** Laborleitung, Laborverantwortliche,
    Medizintechnik.
attention-laboratory-directors = Laborleitung
attention-laboratory-managers = Laborverantwortliche
attention-biomedical-engineering = Medizintechnik

section-problem = Beschreibung des Problems
section-risk = Risiko für Patienten
section-user-actions = Erforderliche Maßnahmen
section-manufacturer-actions = Maßnahmen von { $issuer }
section-previous-results = Bereits übermittelte Ergebnisse
section-transmission = Weitergabe dieser Mitteilung
section-contacts = Kontakt

problem = Nach etwa 2.000 Betriebsstunden kann das Kabel des Füllstandssensors der
    Probennadel an der Führung des Nadelarms scheuern. Ein beschädigtes Kabel kann dazu
    führen, dass das Gerät Flüssigkeit erkennt, wo keine ist: Die Nadel saugt dann Luft
    oder zu wenig Probe an, ohne dass das vorgesehene Flag „Zu wenig Probe“ ausgegeben wird.
risk = Jeder Test auf einem betroffenen Gerät kann dann ein falsch niedriges Ergebnis ohne
    Flag liefern. Ein falsch niedriges Ergebnis kann zu einer falschen Diagnose oder einer
    verzögerten Behandlung führen. Die unten beschriebene tägliche Nadelprüfung erkennt ein
    beschädigtes Kabel, bevor es Ergebnisse beeinflusst.
risk-reports = { $issuer } liegen drei Meldungen über ein beschädigtes Kabel vor, das bei
    der Wartung entdeckt wurde. Kein Patient wurde geschädigt.

action-identify = Prüfen Sie, ob Ihr Gerät betroffen ist: Die Seriennummer steht auf dem
    Typenschild an der Rückseite (Abbildung 1) und unter **Menü > System > Info**.
figure-serial-alt = Rückseite des Analysegeräts: oben rechts Lüftungsschlitze, rechts die
    Netzwerk- und USB-Anschlüsse und der Netzanschluss, unten links das Typenschild. Eine
    vergrößerte Ansicht des Typenschilds zeigt die hervorgehobene Seriennummer in seiner
    letzten Zeile neben dem SN-Symbol.
figure-serial-caption = Abbildung 1: Wo Sie die Seriennummer des Analysegeräts finden
action-probe-check = Führen Sie bis zum Austausch des Kabels jeden Tag vor dem ersten Lauf
    die Nadelprüfung durch:
action-probe-check-open = Öffnen Sie **Menü > Wartung > Täglich > Nadelprüfung**.
action-probe-check-run = Folgen Sie den Anweisungen auf dem Bildschirm. Die Prüfung dauert
    etwa 4 Minuten und verbraucht kein Reagenz.
action-probe-check-failed = Meldet die Prüfung „Nadelsignal außerhalb des Bereichs“:
action-probe-check-stop = Messen Sie auf diesem Gerät keine Patientenproben.
action-probe-check-call = Rufen Sie den Service von { $issuer } an; er tauscht das Kabel
    innerhalb von zwei Arbeitstagen aus.
action-record = Dokumentieren Sie jede Prüfung im Wartungsprotokoll des Geräts.
action-form = Füllen Sie das Antwortformular aus und senden Sie es an service@example.com.

manufacturer-actions = Die Servicetechniker von { $issuer } ersetzen bis zum 31. März 2027
    das Kabel jedes betroffenen Geräts durch ein Kabel mit Schutzschlauch. Sie vereinbaren
    mit Ihnen einen Termin; die Arbeit dauert etwa eine Stunde.
authority-informed = Die zuständige Behörde Ihres Landes wurde über diese Maßnahme
    informiert.

previous-results = Eine nicht bestandene Nadelprüfung zeigt, dass das Kabel bereits
    Ergebnisse beeinflusst haben kann. Schlägt eine Prüfung fehl, sollte die Laborleitung
    gemeinsam mit den behandelnden Ärztinnen und Ärzten entscheiden, ob seit der letzten
    bestandenen Prüfung übermittelte Ergebnisse überprüft werden müssen.

transmission = Bitte leiten Sie diese Mitteilung an alle Personen in Ihrer Organisation
    weiter, die die Geräte bedienen oder warten, sowie an alle Organisationen, an die Sie
    ein betroffenes Gerät abgegeben haben. Bewahren Sie diese Mitteilung bis zum Austausch
    des Kabels bei der Gebrauchsanweisung auf.

contacts = Bei Fragen zu dieser Mitteilung wenden Sie sich bitte an den Service von
    { $issuer } unter service@example.com.

form-heading-reply = Antwortformular
form-intro = Bitte füllen Sie dieses Formular aus und senden Sie es an service@example.com.
form-product = Analysegerät
form-mark-analysers = Kreuzen Sie jedes betroffene Gerät in Ihrem Labor an und tragen Sie
    seine Seriennummer ein.
form-q-read = Wir haben diese Mitteilung gelesen und verstanden.
form-q-probe-check = Die Nadelprüfung wird jeden Tag vor dem ersten Lauf durchgeführt.
form-where-applicable = Falls zutreffend
form-q-check-failed = Eine Nadelprüfung ist fehlgeschlagen, und wir haben den Service von
    { $issuer } angerufen.
form-q-transferred = Wir haben diese Mitteilung an den neuen Besitzer eines Geräts
    weitergeleitet, das wir nicht mehr betreiben.
form-service-weeks = Für den Servicebesuch geeignete Wochen
form-title = Antwortformular
