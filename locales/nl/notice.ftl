### status: draft

# Shared boilerplate of every notice (Dutch).

# Letter opening and closing.
salutation = Geachte klant,
closing = Met vriendelijke groet,

# Label beside the title, and the title lines (largest first).
label-recall = Terugroepactie
title-quality-notification = Kwaliteitsmelding
title-urgent-device-recall = Dringende terugroepactie van een medisch hulpmiddel
title-urgent-safety-notice = Dringende veldveiligheidsmelding

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabel 1: Betrokken producten
product-table-name = Betrokken product
product-table-catalog = Catalogusnummer
product-table-udi-di = Unieke hulpmiddelidentificatie – Hulpmiddelidentificatie
product-table-version = Softwareversie
product-table-serials = Serienummers
udi-di-not-available = N.v.t.

# Section headings of the letter.
section-summary = Samenvatting van het probleem
section-issuer-actions = Maatregelen van { $issuer }
section-customer-actions = Maatregelen voor de klant

# The "why you are receiving this notice" box.
why-heading = Waarom u deze melding ontvangt
why-body-contact = U ontvangt deze melding omdat u volgens onze gegevens binnen uw organisatie
    de contactpersoon bent voor productwijzigingen, het uit productie nemen van producten en
    kwaliteitsproblemen.
why-body-marketing = Houd er rekening mee dat deze meldingen essentiële informatie over onze
    producten bevatten en geen marketingcommunicatie zijn. U kunt deze meldingen daarom
    ontvangen, ook als u zich hebt afgemeld voor marketingcommunicatie van { $issuer }. Als u
    binnen uw organisatie niet de juiste contactpersoon bent voor dergelijke meldingen, kunt u
    zich hiervoor afmelden door [dit formulier in te dienen]({ $link-unsubscribe }). Raadpleeg
    ons [privacybeleid]({ $link-privacy }) voor meer informatie.

# Footer: contact labels, page number, intended use.
contact-technical-support = Technische ondersteuning:
contact-customer-care = Klantenservice:
page-label = Pagina { $page } van { $total }
intended-use-ivd = Voor in-vitrodiagnostisch gebruik. Niet in alle landen en regio’s
    beschikbaar.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Verificatieformulier
form-title = Verificatieformulier
form-company-name = Bedrijfsnaam
form-person-heading = Gegevens van de persoon die het formulier invult
form-person-name = Naam:
form-person-title = Functie:
form-date = Datum ({ date-placeholder }):
form-serial-numbers = Serienummer(s)
form-customer-responses = Antwoorden van de klant
form-distributor-responses = Antwoorden van de distributeur/importeur

# Answer boxes of the form.
form-yes = Ja
form-no = Nee
form-not-applicable = Niet van toepassing

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Uitgevoerd
form-not-done = Niet uitgevoerd
form-other-reason = Anders:

# Signature cells at the end of the form.
form-signature = Handtekening van de persoon die het formulier invult
form-signature-date = Datum
