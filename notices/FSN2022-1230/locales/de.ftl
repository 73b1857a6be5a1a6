### status: reviewed

# FSN2022-1230 (German): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = DRINGENDER RÜCKRUF EINES MEDIZINPRODUKTS

# Affected products whose names are translated (table rows).
product-nextseq-550dx = NextSeq 550Dx Instrument
product-miseqdx = MiSeqDx Instrument

# Table of affected products: this notice's column headings.
product-table-name = Produkt-/Gerätename
product-table-udi-di = Kennnummer des Produkts

# Introduction after the salutation, before Table 1.
intro = Illumina informiert Sie hiermit über eine Sicherheitslücke im Local Run Manager
    (LRM), die bei den Instrumenten NextSeq™ 550Dx und MiSeq™Dx festgestellt wurde. Diese
    Mitteilung enthält eine Zusammenfassung des Problems sowie eine Beschreibung der von
    Illumina durchgeführten Maßnahmen und der Maßnahmen, die auf Kundenseite erforderlich
    sind.

# Issue summary.
summary-vulnerability = Illumina hat eine Sicherheitslücke in der Software Local Run
    Manager (LRM) auf den in Tabelle 1 aufgeführten Sequenzierinstrumenten für die
    In-vitro-Diagnostik festgestellt.
summary-no-reports = Zum jetzigen Zeitpunkt liegen Illumina keine Berichte dazu vor, dass
    diese Sicherheitslücke ausgenutzt wurde.
summary-exploitation = Ein unbefugter Benutzer könnte die Sicherheitslücke möglicherweise
    ausnutzen, um aus der Ferne die Kontrolle über das Instrument zu übernehmen und Aktionen
    auf Betriebssystemebene auszuführen; solche Aktionen könnten sich auf Einstellungen,
    Konfigurationen, Software oder Daten auf dem Instrument oder im Netzwerk des Kunden
    auswirken. Die Ausnutzung dieser Sicherheitslücke könnte dazu führen, dass keine oder
    falsche Ergebnisse erzeugt werden, Dateien kompromittiert werden oder Patientendaten
    verletzt werden. Eine Ausnutzung dieser Sicherheitslücke in der oben beschriebenen Weise
    kann ein mögliches Risiko für die Gesundheit der Patienten darstellen.

# Illumina actions.
issuer-actions-patch = Illumina hat einen Software-Patch entwickelt, der die Ausnutzung
    dieser Sicherheitslücke verhindert. Wir arbeiten derzeit an einer dauerhaften
    Softwarekorrektur für aktuelle und künftige Instrumente.
issuer-actions-download = Für Instrumente mit Internetverbindung kann der Software-Patch
    bereits jetzt heruntergeladen werden (die Adresse der Download-Website finden Sie unten
    im Abschnitt „Erforderliche Maßnahmen auf Kundenseite“). Illumina empfiehlt seinen
    Kunden, den Software-Patch unverzüglich herunterzuladen und auf allen betroffenen
    Instrumenten zu installieren.
issuer-actions-offline = Für die Installation des Software-Patches auf betroffenen
    LRM-Produkten ohne Internetverbindung hat Illumina andere Möglichkeiten entwickelt. Für
    Informationen zu diesen Möglichkeiten wenden Sie sich bitte so bald wie möglich an den
    technischen Support unter techsupport@illumina.com.
issuer-actions-questions = Wenden Sie sich bei weiteren Fragen oder wenn Sie Unterstützung
    benötigen an techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Hinweis: Die betroffenen Instrumente verfügen über einen
    Dual-Boot-Modus, und es ist wichtig, den Software-Patch in jedem Modus (Dx und RUO)
    jedes Instruments separat zu installieren. Ebenso wichtig ist es, den Software-Patch auf
    jeder eigenständigen, nicht in das Instrument integrierten LRM-Instanz zu installieren,
    die für die Verwendung im RUO-Modus auf Dx-Instrumenten vorgesehen ist.

# Step 1 and its three paragraphs.
step-internet = Instrumente mit Internetverbindung: Laden Sie den unter dieser Adresse
    verfügbaren Software-Patch unverzüglich herunter und installieren Sie ihn auf jedem
    betroffenen Instrument in jedem Modus (Dx-Modus und RUO-Modus) und/oder auf jeder
    eigenständigen, nicht in das Instrument integrierten LRM-Instanz für die Verwendung im
    RUO-Modus auf Dx-Instrumenten.
step-internet-backup = Es wird empfohlen, vor der Installation des Software-Patches eine
    Sicherung Ihrer Daten zu erstellen.
step-internet-address = Zum besseren Schutz stellt Illumina die Adresse der Website derzeit
    nur Kunden mit betroffenen Produkten und den Aufsichtsbehörden zur Verfügung.
step-internet-form = Füllen Sie das untenstehende Verifizierungsformular aus und senden Sie
    es innerhalb von 5 Werktagen an uns zurück.

# Step 2 and its paragraph.
step-offline = Instrumente ohne Internetverbindung: Anweisungen zu anderen Methoden für die
    Installation des Software-Patches erhalten Sie unter techsupport@illumina.com.
step-offline-form = Füllen Sie das untenstehende Verifizierungsformular unmittelbar nach der
    Installation des Software-Patches aus und senden Sie es an uns zurück.

# Step 3.
step-permanent-fix = Dauerhafte Softwarekorrektur: Installieren Sie, sobald verfügbar, das
    Software-Update, das diese Sicherheitslücke dauerhaft behebt. Weitere Informationen zu
    diesem Software-Update erhalten Sie in einer gesonderten Mitteilung.

# Customer actions: the two notes.
customer-actions-note-web-ui = **HINWEIS:** Durch die Installation des Software-Patches wird
    der Fernzugriff auf die Web-Benutzeroberfläche von LRM (Web-UI) gesperrt und das
    aktuelle LRM-Benutzerhandbuch ersetzt; alle anderen wesentlichen Funktionen des
    Instruments bleiben unverändert. Kunden, die die Web-Oberfläche für ihre
    Laborarbeitsabläufe nutzen, erhalten unter techsupport@illumina.com sofortige
    Unterstützung.
customer-actions-note-compromised = **HINWEIS:** Sollten Sie den Verdacht haben, dass sich
    ein unbefugter Benutzer Zugang zu Ihrem Instrument verschafft hat, ziehen Sie bitte
    unverzüglich das Netzkabel heraus und wenden Sie sich unverzüglich an
    techsupport@illumina.com. Informationen zu den Schritten, mit denen Sie das Gerät
    untersuchen können, finden Sie in der Anleitung zum LRM-Software-Patch 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Wenn ein Benutzer bei der Verwendung der betroffenen Produkte
    unerwünschte Ereignisse feststellt, die durch diese Sicherheitslücke verursacht wurden,
    melden Sie dies bitte online, postalisch oder per Fax an das MedWatch Adverse Event
    Reporting-Programm der FDA. Sie können die Meldung unter www.fda.gov/medwatch/report.htm
    ausfüllen und einreichen. Wenden Sie sich außerhalb der USA bitte an die zuständige
    Aufsichtsbehörde.
closing-remarks = Illumina nimmt Sicherheit und Datenschutz sehr ernst. Wir stehen Ihnen bei
    der Schließung dieser Sicherheitslücke jederzeit zur Seite. Wenden Sie sich bei Fragen
    bitte per E-Mail an techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Wir senden Ihnen diese Benachrichtigung, weil Sie als Ansprechpartner für
    Ihr Unternehmen geführt werden. Gelegentlich müssen wir unsere Kunden über
    Produktänderungen, die Einstellung von Produkten oder Qualitätsprobleme informieren.
why-body-marketing = Wir bitten Sie daher, diese Benachrichtigungen zu beachten, da sie
    wichtige Informationen zu unseren Produkten enthalten. Es handelt sich nicht um
    Marketing-Mitteilungen. Sie erhalten diese Benachrichtigungen deshalb unter Umständen
    auch dann, wenn Sie sich gegen den Erhalt von Marketingmaterial von { $issuer }
    entschieden haben. Wenn Sie nicht der richtige Ansprechpartner in Ihrem Unternehmen für
    derartige Benachrichtigungen sind, senden Sie bitte eine E-Mail mit dem richtigen
    Ansprechpartner an customernotifications@illumina.com. Weitere Informationen entnehmen
    Sie bitte unserer Datenschutzrichtlinie.

# Verification form: paragraphs before the form table.
form-intro-sent = Am { $issued } hat Illumina Ihnen die dringende Rückrufmitteilung für
    Medizinprodukte { $notice-id } bezüglich eines Problems mit den Instrumenten NextSeq
    550Dx und MiSeqDx geschickt.
form-intro-complete = Bitte füllen Sie die untenstehende Tabelle aus, um den Erhalt der
    Mitteilung zu bestätigen, und senden Sie das ausgefüllte Formular nach Abschluss der
    Installation des Software-Patches, wie im Abschnitt „Erforderliche Maßnahmen auf
    Kundenseite“ dieser Mitteilung beschrieben, per E-Mail an techsupport@illumina.com.

# Verification form: checklist of the affected products.
form-product-name = Produkt-/Gerätename
form-quantity = MENGE
form-serial-numbers = Seriennummern
form-checklist-hint = Alle betroffenen Produkte ankreuzen
form-row-standalone-lrm = Eigenständige, nicht in das Instrument integrierte LRM-Instanzen
    für die Verwendung im RUO-Modus auf Dx-Instrumenten.

# Verification form: the customer's details.
form-customer-details = Kundendaten
form-person-name-print = Name in Druckbuchstaben:
form-person-title-print = Titel der Person, die das Formular ausfüllt, in Druckbuchstaben:

# Verification form: questions for customers.
form-q-lrm-installed = Ich erkläre, dass LRM auf den oben angekreuzten Instrumenten
    installiert ist.
form-q-patch-installed = Ich bestätige, dass der Software-Patch auf allen oben angegebenen
    Instrumenten installiert ist.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Ich habe die Kunden ermittelt, die das Produkt erhalten haben
    oder möglicherweise erhalten haben könnten.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Ich nehme zur Kenntnis, dass der Software-Patch nach dem
    Herunterladen separat in jedem Modus (Dx-Modus bzw. RUO-Modus) jedes betroffenen
    Instruments, das in diesem Verifizierungsformular angegeben ist, und/oder auf jeder
    eigenständigen, nicht in das Instrument integrierten LRM-Instanz für die Verwendung im
    RUO-Modus auf Dx-Instrumenten installiert werden muss.
