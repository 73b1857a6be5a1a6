### status: draft

# Shared boilerplate of every notice (Danish).

# Letter opening and closing.
salutation = Kære kunde
closing = Med venlig hilsen

# Label beside the title, and the title lines (largest first).
label-recall = Tilbagekaldelse
title-quality-notification = Kvalitetsmeddelelse
title-urgent-device-recall = Presserende tilbagekaldelse af medicinsk udstyr
title-urgent-safety-notice = Vigtig sikkerhedsmeddelelse

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabel 1: Berørte produkter
product-table-name = Berørt produkt
product-table-catalog = Katalognummer
product-table-udi-di = Unik udstyrsidentifikation – Udstyrsidentifikation
product-table-version = Softwareversion
product-table-serials = Serienumre
udi-di-not-available = I/T

# Section headings of the letter.
section-summary = Sammenfatning af problemet
section-issuer-actions = Foranstaltninger fra { $issuer }
section-customer-actions = Foranstaltninger hos kunden

# The "why you are receiving this notice" box.
why-heading = Hvorfor du modtager denne meddelelse
why-body-contact = Du modtager denne meddelelse, fordi du ifølge vores oplysninger er
    kontaktperson i din organisation for produktændringer, udgåede produkter og
    kvalitetsproblemer.
why-body-marketing = Bemærk, at disse meddelelser indeholder vigtige oplysninger om vores
    produkter og ikke er markedsføringsmateriale. Du kan derfor modtage disse meddelelser,
    selvom du har fravalgt markedsføringskommunikation fra { $issuer }. Hvis du ikke er den
    rette kontaktperson i din organisation for sådanne meddelelser, kan du afmelde dig ved
    at [indsende denne formular]({ $link-unsubscribe }). Du kan finde flere oplysninger i
    vores [privatlivspolitik]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Teknisk support:
contact-customer-care = Kundeservice:
page-label = Side { $page } af { $total }
intended-use-ivd = Til in vitro-diagnostisk brug. Ikke tilgængelig i alle lande og regioner.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verifikationsformular
form-title = Verifikationsformular
form-company-name = Virksomhedens navn
form-person-heading = Oplysninger om den person, der udfylder formularen
form-person-name = Navn:
form-person-title = Stilling:
form-date = Dato ({ date-placeholder }):
form-serial-numbers = Serienummer/-numre
form-customer-responses = Kundens svar
form-distributor-responses = Distributørens/importørens svar

# Answer boxes of the form.
form-yes = Ja
form-no = Nej
form-not-applicable = Ikke relevant

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Udført
form-not-done = Ikke udført
form-other-reason = Andet:

# Signature cells at the end of the form.
form-signature = Underskrift fra den person, der udfylder formularen
form-signature-date = Dato
