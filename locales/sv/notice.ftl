### status: draft

# Shared boilerplate of every notice (Swedish).

# Letter opening and closing.
salutation = Bästa kund,
closing = Med vänliga hälsningar

# Label beside the title, and the title lines (largest first).
label-recall = Återkallelse
title-quality-notification = Kvalitetsmeddelande
title-urgent-device-recall = Brådskande återkallelse av medicinteknisk produkt
title-urgent-safety-notice = Brådskande säkerhetsmeddelande

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabell 1: Berörda produkter
product-table-name = Berörd produkt
product-table-catalog = Katalognummer
product-table-udi-di = Unik produktidentifiering – Produktidentifiering
product-table-version = Programvaruversion
product-table-serials = Serienummer
udi-di-not-available = E/T

# Section headings of the letter.
section-summary = Sammanfattning av problemet
section-issuer-actions = Åtgärder från { $issuer }
section-customer-actions = Åtgärder för kunden

# The "why you are receiving this notice" box.
why-heading = Därför får du detta meddelande
why-body-contact = Du får detta meddelande eftersom du enligt våra uppgifter är kontaktperson
    i din organisation för produktändringar, utgående produkter och kvalitetsproblem.
why-body-marketing = Observera att dessa meddelanden innehåller viktig information om våra
    produkter och inte är marknadsföring. Du kan därför få dessa meddelanden även om du har
    valt att inte ta emot marknadsföring från { $issuer }. Om du inte är rätt kontaktperson i
    din organisation för sådana meddelanden kan du avregistrera dig genom att [skicka in det
    här formuläret]({ $link-unsubscribe }). Mer information finns i
    vår [integritetspolicy]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Teknisk support:
contact-customer-care = Kundtjänst:
page-label = Sida { $page } av { $total }
intended-use-ivd = För in vitro-diagnostisk användning. Inte tillgänglig i alla länder och
    regioner.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verifieringsformulär
form-title = Verifieringsformulär
form-company-name = Företagets namn
form-person-heading = Uppgifter om personen som fyller i formuläret
form-person-name = Namn:
form-person-title = Befattning:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Serienummer
form-customer-responses = Kundens svar
form-distributor-responses = Distributörens/importörens svar

# Answer boxes of the form.
form-yes = Ja
form-no = Nej
form-not-applicable = Ej tillämpligt

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Utfört
form-not-done = Ej utfört
form-other-reason = Annat:

# Signature cells at the end of the form.
form-signature = Underskrift av personen som fyller i formuläret
form-signature-date = Datum
