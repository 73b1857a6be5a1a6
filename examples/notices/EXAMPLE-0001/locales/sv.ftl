### status: draft

# EXAMPLE-0001 (Swedish): a made-up notice showing every element.

product-analysis-server = Exempelanalysserver

intro = { $issuer } kontaktar dig angående ett *fiktivt* programvaruproblem i de produkter som
    anges i tabell 1. Detta meddelande, utfärdat den { $issued }, visar alla element som fsn
    erbjuder.
summary = Programvaran kan avbryta en körning i förtid. Mer information finns
    på [exempelsidan](https://www.example.com/fsn).

step-update = **Uppdatera programvaran** på alla berörda instrument.
step-update-backup = Säkerhetskopiera dina data innan du uppdaterar.
step-update-verify = Kontrollera versionen på skärmen Om efter uppdateringen.
step-form = Fyll i och returnera verifieringsformuläret.
bullet-contact = Kontakta techsupport@example.com om du har frågor.
bullet-forward = Vidarebefordra detta meddelande till alla som använder produkterna.
note-network = **OBS!** Uppdateringen ändrar inte dina nätverksinställningar.

form-intro = Fyll i formuläret nedan och returnera det via e-post.
form-product = Produkt
form-quantity = Antal
form-location = Plats
form-mark-products = Markera alla berörda produkter som du äger.
form-row-spare-units = Reservenheter i lager
form-choice-question = Hur är instrumentet anslutet?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Avvecklat
form-actions-heading = Vidtagna åtgärder
form-reason-no-access = Ingen åtkomst till instrumentet
form-reason-scheduled = Planerat till senare
form-q-received = Jag bekräftar att jag har tagit emot { $notice-id } och har läst och
    förstått innehållet.
form-q-customers-informed = Jag har informerat de identifierade kunderna om denna
    återkallelse.
form-acknowledge = Jag är medveten om att uppdateringen måste installeras separat på varje
    berört instrument.
