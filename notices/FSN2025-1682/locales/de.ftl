### status: reviewed

# FSN2025-1682 (German): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = NovaSeq 6000Dx Instrument inkl. DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina informiert Sie hiermit über eine Sicherheitslücke, die im Baseboard
    Management Controller (BMC) im DRAGEN™ Server für NovaSeq™ 6000Dx Instrumente und
    Illumina DRAGEN Server für NextSeq™ 550Dx Instrumente festgestellt wurde. Die
    betroffenen Server sind in Tabelle 1 unten aufgeführt. Diese Mitteilung enthält eine
    Zusammenfassung des Problems sowie eine Beschreibung der von Illumina durchgeführten
    Maßnahmen und all der Maßnahmen, die auf Kundenseite erforderlich sind. Bitte beachten
    Sie, dass diese Sicherheitslücke auf diese Illumina DRAGEN Server beschränkt ist. Andere
    Versionen von DRAGEN Servern sind davon nicht betroffen.

# Issue summary.
summary-risk = Das Produktsicherheitsteam von Illumina hat kürzlich ein unkontrolliertes
    Produktsicherheitsrisiko im Zusammenhang mit dem Baseboard Management Controller (BMC)
    festgestellt, der in den oben aufgeführten DRAGEN Servern verwendet wird. Die
    Sicherheitslücke ist auf Konfigurationen bei der Fernverwaltung und -überwachung von
    Netzwerken zurückzuführen.
summary-exploitation = Illumina hat festgestellt, dass ein unbefugter Akteur, der diese
    Sicherheitslücke ausnutzt, auf die BMC-Fernkonsole zugreifen könnte, ohne ein Kennwort
    anzugeben (Umgehung der Authentifizierung). Die Ausnutzung dieser Sicherheitslücke kann
    zu unbefugtem Systemzugriff, Manipulation von Hardware-Einstellungen,
    Remotecode-Ausführung, Fernsteuerung, Datenverletzungen und Denial-of-Service-Angriffen
    führen.
summary-no-reports = Zum jetzigen Zeitpunkt liegen Illumina weder Berichte noch Nachweise
    dazu vor, dass diese Sicherheitslücke ausgenutzt wurde.

# Illumina actions.
issuer-actions-instructions = Illumina stellt seinen Kunden die nachstehenden Anweisungen
    zur Verfügung, wie sie ihre Server sichern und ihre Systeme vor der Ausnutzung dieser
    Sicherheitslücke schützen können. Bei Anwendung dieser Anweisungen wird die
    Sicherheitslücke behoben.
issuer-actions-risk = Wenn Sie diese Anweisungen nicht befolgen, kann Ihr System den oben
    beschriebenen Risiken ausgesetzt sein.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Für alle betroffenen DRAGEN-Server, die in Tabelle 1 oben
    aufgeführt sind, ergreifen Sie bitte die folgenden Maßnahmen, um diese kritische
    Sicherheitslücke zu beheben:
customer-actions-download = Laden Sie die Kundenanweisungen von [dieser
    Webseite](https://support.illumina.com/support-content/bmc.html) herunter und befolgen
    Sie diese. Der vollständige Hyperlink lautet wie folgt:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Sobald Sie alle in den Anweisungen genannten Schritte
    für Ihre in Tabelle 1 als betroffen aufgeführten Server durchgeführt haben, füllen Sie
    bitte das Verifizierungsformular aus und senden Sie es an uns zurück.
customer-actions-note = **HINWEIS:** Sollten Sie den Verdacht haben, dass sich jemand
    unbefugten Zugang zu Ihrem Server verschafft hat, ziehen Sie bitte unverzüglich das
    Netzkabel heraus und wenden Sie sich an den technischen Support von Illumina unter
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Wenn Sie bei der Verwendung eines der betroffenen Server
    unerwünschte Ereignisse feststellen, die durch diese Sicherheitslücke verursacht wurden,
    melden Sie dies bitte online, postalisch oder per Fax an das MedWatch Adverse Event
    Reporting-Programm der FDA. Sie können die Meldung unter www.fda.gov/medwatch/report.htm
    ausfüllen und einreichen. Wenden Sie sich außerhalb der USA bitte an die zuständige
    Aufsichtsbehörde.
closing-remarks = Illumina nimmt Sicherheitsfragen sehr ernst. Wir stehen Ihnen bei der
    Schließung dieser Sicherheitslücke jederzeit zur Seite. Wenden Sie sich bei weiteren
    Fragen oder wenn Sie Unterstützung benötigen an techsupport@illumina.com. Möglicherweise
    werden Sie auch von einem externen Anbieter im Namen von Illumina kontaktiert, um
    sicherzustellen, dass Sie den Support erhalten, den Sie benötigen.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina hat Ihnen eine dringende Rückrufmitteilung für Medizinprodukte
    { $notice-id } bezüglich eines Problems mit den DRAGEN-Servern für die Instrumente
    NovaSeq 6000Dx und NextSeq 550Dx geschickt.
form-intro-complete = Bitte füllen Sie das untenstehende Formular aus, um zu bestätigen,
    dass Sie die Mitteilung erhalten und die in der Mitteilung beschriebenen erforderlichen
    Kundenmaßnahmen durchgeführt haben. Sobald Sie die erforderlichen Maßnahmen durchgeführt
    haben, senden Sie bitte das ausgefüllte Formular per E-Mail an techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Servername

# Verification form: questions for customers.
form-q-remediation-done = Ich bestätige, dass die im Abschnitt „Erforderliche Maßnahmen auf
    Kundenseite“ aufgeführten Abhilfemaßnahmen auf allen betroffenen Servern, die in diesem
    Verifizierungsformular angegeben sind, durchgeführt wurden.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ich habe die Kunden ermittelt, welche die betroffenen Server
    erhalten haben oder möglicherweise erhalten haben könnten.
