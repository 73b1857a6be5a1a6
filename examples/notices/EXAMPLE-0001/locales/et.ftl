### status: draft

# EXAMPLE-0001 (Estonian): a made-up notice showing every element.

product-analysis-server = Näidisanalüüsiserver

intro = { $issuer } võtab teiega ühendust seoses *väljamõeldud* tarkvaraprobleemiga tabelis 1
    loetletud toodetes. See { $issued } väljastatud teatis näitab kõiki fsn-i pakutavaid
    elemente.
summary = Tarkvara võib käituse enneaegselt peatada. Üksikasjad
    leiate [näidislehelt](https://www.example.com/fsn).

step-update = **Värskendage tarkvara** igas asjaomases instrumendis.
step-update-backup = Enne värskendamist varundage oma andmed.
step-update-verify = Pärast värskendamist kontrollige versiooni kuval Teave.
step-form = Täitke kinnitusvorm ja saatke see tagasi.
bullet-contact = Küsimuste korral võtke ühendust aadressil techsupport@example.com.
bullet-forward = Edastage see teatis kõigile toodete kasutajatele.
note-network = **MÄRKUS.** Värskendus ei muuda teie võrguseadeid.

form-intro = Täitke allolev vorm ja saatke see e-posti teel tagasi.
form-product = Toode
form-quantity = Kogus
form-location = Asukoht
form-mark-products = Märkige kõik teie omanduses olevad asjaomased tooted.
form-row-spare-units = Laos olevad varuseadmed
form-choice-question = Kuidas on instrument ühendatud?
form-choice-online = Võrgus
form-choice-offline = Võrguühenduseta
form-choice-retired = Kasutusest kõrvaldatud
form-actions-heading = Võetud meetmed
form-reason-no-access = Puudub juurdepääs instrumendile
form-reason-scheduled = Kavandatud hilisemaks
form-q-received = Kinnitan, et olen saanud teatise { $notice-id } ning selle sisu läbi lugenud
    ja sellest aru saanud.
form-q-customers-informed = Olen teavitanud tuvastatud kliente sellest tagasikutsumisest.
form-acknowledge = Olen teadlik, et värskendus tuleb installida igale asjaomasele
    instrumendile eraldi.
