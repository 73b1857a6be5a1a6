### status: reviewed

# Shared boilerplate of every notice (German).

# Letter opening and closing.
salutation = Sehr geehrte Kundin, sehr geehrter Kunde,
closing = Mit freundlichen Grüßen

# Label beside the title, and the title lines (largest first).
label-recall = Rückruf
title-quality-notification = Qualitätsbenachrichtigung
title-urgent-device-recall = Dringender Rückruf eines Medizinprodukts
title-urgent-safety-notice = Dringende Produktsicherheitsinformation

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabelle 1: Betroffene Produkte
product-table-name = Betroffenes Produkt
product-table-catalog = Katalognummer
product-table-udi-di = UDI (Unique Device Identifier) – Kennnummer des Produkts
product-table-version = Softwareversion
product-table-serials = Seriennummern
udi-di-not-available = N. z.

# Section headings of the letter.
section-summary = Zusammenfassung des Problems
section-issuer-actions = Maßnahmen von { $issuer }
section-customer-actions = Erforderliche Maßnahmen auf Kundenseite

# The "why you are receiving this notice" box.
why-heading = Warum Sie diese Benachrichtigung erhalten
why-body-contact = Sie erhalten diese Benachrichtigung, da Sie laut unseren Unterlagen bei
    der Änderung oder Einstellung von Produkten sowie bei Qualitätsproblemen der richtige
    Ansprechpartner in Ihrem Unternehmen sind.
why-body-marketing = Beachten Sie bitte, dass diese Benachrichtigungen wichtige
    Informationen zu unseren Produkten enthalten. Es handelt sich nicht um
    Marketing-Mitteilungen. Sie erhalten diese Benachrichtigungen deshalb selbst dann, wenn
    Sie sich gegen den Erhalt von Marketingmitteilungen von { $issuer } entschieden haben.
    Wenn Sie nicht der richtige Ansprechpartner in Ihrem Unternehmen für derartige
    Benachrichtigungen sind, können Sie sie abbestellen, indem Sie [dieses Formular
    einreichen]({ $link-unsubscribe }). Weitere Informationen entnehmen Sie bitte
    unserer [Datenschutzrichtlinie]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Technischer Support:
contact-customer-care = Kundendienst:
page-label = Seite { $page } von { $total }
intended-use-ivd = Für In-vitro-Diagnostik. Nicht in allen Ländern und Regionen verfügbar.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verifizierungsformular
form-title = Verifizierungsformular
form-company-name = Name des Unternehmens
form-person-heading = Angaben zur Person, die das Formular ausfüllt
form-person-name = Name:
form-person-title = Titel:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Seriennummer(n)
form-customer-responses = Kundenantworten
form-distributor-responses = Antworten des Händlers/Importeurs

# Answer boxes of the form.
form-yes = Ja
form-no = Nein
form-not-applicable = Nicht zutreffend

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Durchgeführt
form-not-done = Nicht durchgeführt
form-other-reason = Sonstiges:

# Signature cells at the end of the form.
form-signature = Unterschrift der Person, die das Formular ausfüllt
form-signature-date = Datum
