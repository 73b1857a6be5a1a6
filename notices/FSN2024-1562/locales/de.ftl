### status: reviewed

# FSN2024-1562 (German): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabelle 1: Betroffene(s) Produkt(e)
product-table-udi-di = UDI (Unique Device Identifier) - Kennnummer des Produkts

# Introduction after the salutation, before Table 1.
intro = Illumina informiert Sie hiermit über eine Sicherheitslücke, die im
    Kommunikationsprotokoll zwischen vom Kunden bereitgestellten Netzwerkspeichern, Servern
    und/oder Computern und den in Tabelle 1 unten aufgeführten Produkten festgestellt wurde.
    Diese Mitteilung enthält eine Zusammenfassung des Problems sowie eine Beschreibung der
    von Illumina durchgeführten Maßnahmen und der Maßnahmen, die auf Kundenseite erforderlich
    sind.

# Issue summary.
summary-risk = Bei routinemäßigen Analysen zur Cybersicherheit hat das
    Produktsicherheitsteam von Illumina ein unkontrolliertes Produktsicherheitsrisiko im
    Zusammenhang mit dem Kommunikationsprotokoll zwischen den in Tabelle 1 aufgeführten
    Illumina-Produkten und vom Kunden bereitgestellten Netzwerkspeichern, Servern und/oder
    Computern festgestellt. Illumina hat festgestellt, dass ein unbefugter Akteur, der sich
    bereits privilegierten Zugang zum Netzwerk des Kunden verschafft hat, diese
    Kommunikation abfangen und ausnutzen könnte, wenn keine sicheren Protokolle verwendet
    werden.
summary-exploitation = Sollte ein unbefugter Akteur diese Sicherheitslücke ausnutzen,
    könnte er möglicherweise Dateien abfangen und verändern. Dies könnte dazu führen, dass
    falsche Ergebnisse, verspätete Ergebnisse, keine Ergebnisse oder beschädigte Dateien an
    die vom Kunden bereitgestellte Netzwerkeinheit übermittelt werden und/oder dass
    Patientendaten in den übertragenen Dateien offengelegt werden.
summary-no-reports = Zum jetzigen Zeitpunkt liegen Illumina weder Berichte noch Nachweise
    dazu vor, dass diese Sicherheitslücke ausgenutzt wurde.

# Illumina actions.
issuer-actions-guidance = Illumina stellt einen Leitfaden zur Cybersicherheit zur
    Verfügung, der Empfehlungen enthält, wie Kunden die Kommunikation ihres internen
    Netzwerks mit dem Illumina-Produkt schützen können.
issuer-actions-risk = Wenn Sie diese Anweisungen nicht befolgen oder keine bewährten
    Verfahren für die Netzwerksicherheit zum Schutz Ihrer Systeme umsetzen, kann Ihre
    Organisation den oben beschriebenen Risiken ausgesetzt sein.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Für alle betroffenen Produkte ergreifen Sie bitte die folgenden
    Maßnahmen, um die Risikominderungen umzusetzen:
customer-actions-download = Laden Sie [dieses](https://support.illumina.com/support-content/cyberguidance.html)
    Dokument mit dem Leitfaden zur Cybersicherheit herunter und lesen Sie es. Der
    vollständige Hyperlink lautet wie folgt:
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Für jedes mit dem Kundennetzwerk verbundene Produkt: Ermitteln
    Sie gemeinsam mit Ihrer internen IT-Abteilung, welches sichere Protokoll in Ihrer
    Umgebung am besten geeignet ist, und nehmen Sie die entsprechende
    Konfigurationsänderung vor.
customer-actions-dual-mode = Hinweis: Eine Änderung des Netzwerkprotokolls wirkt sich
    gleichzeitig auf den Dx- und den RUO-Modus aus. Daher ist es nicht erforderlich, jeden
    Modus separat zu starten, um die erforderlichen Maßnahmen durchzuführen.
customer-actions-verification-form = Sobald Sie alle in den Anweisungen genannten Schritte
    für Ihre in Tabelle 1 als betroffen aufgeführten Produkte durchgeführt haben, füllen Sie
    bitte das Verifizierungsformular aus und senden Sie es an uns zurück.
customer-actions-note = **HINWEIS:** Sollten Sie den Verdacht haben, dass sich ein
    unbefugter Benutzer Zugang zu Ihrem Instrument verschafft hat, ziehen Sie bitte
    unverzüglich das Netzkabel heraus und wenden Sie sich an techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Wenn Sie bei der Verwendung eines der betroffenen Produkte
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

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Alle Rechte vorbehalten. Alle Marken sind Eigentum von
    Illumina, Inc. bzw. der jeweiligen Eigentümer. Spezifische Informationen zu Marken
    finden Sie auf der Webseite [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Diese Benachrichtigungen enthalten wichtige Informationen zu unseren
    Produkten. Es handelt sich nicht um Marketing-Mitteilungen. Sie erhalten diese
    Benachrichtigungen deshalb selbst dann, wenn Sie sich gegen den Erhalt von
    Marketingmitteilungen von { $issuer } entschieden haben. Wenn Sie nicht der richtige
    Ansprechpartner in Ihrem Unternehmen für derartige Benachrichtigungen sind, können Sie
    sie abbestellen, indem Sie [dieses Formular ausfüllen und
    einreichen]({ $link-unsubscribe }). Weitere Informationen entnehmen Sie bitte
    unserer [Datenschutzrichtlinie]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina hat Ihnen eine dringende Rückrufmitteilung für Medizinprodukte
    { $notice-id } bezüglich eines Problems mit den Instrumenten NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 und
    VeriSeq Onsite Server v2 geschickt.
form-intro-complete = Bitte füllen Sie das untenstehende Formular aus, um zu bestätigen,
    dass Sie die Mitteilung erhalten und die in dieser Mitteilung beschriebenen
    erforderlichen Kundenmaßnahmen durchgeführt haben. Sobald Sie das Formular ausgefüllt
    haben, senden Sie es bitte per E-Mail an techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Ich bestätige, dass das Dokument mit dem Leitfaden zur
    Cybersicherheit heruntergeladen und gelesen wurde.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ich habe die Kunden ermittelt, die das betroffene Produkt
    erhalten haben oder möglicherweise erhalten haben könnten.
