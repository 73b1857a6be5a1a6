### status: draft

# EXAMPLE-0001 (Maltese): a made-up notice showing every element.

product-analysis-server = Server tal-Analiżi Eżempju

intro = { $issuer } qed tikkuntattjak dwar problema *fittizja* tas-softwer fil-prodotti
    elenkati fit-Tabella 1. Dan l-avviż, maħruġ nhar { $issued }, juri kull element li joffri
    fsn.
summary = Is-softwer jista’ jwaqqaf ġirja qabel iż-żmien. Għad-dettalji, ara l-[paġna
    eżempju](https://www.example.com/fsn).

step-update = **Aġġorna s-softwer** fuq kull strument affettwat.
step-update-backup = Agħmel backup tad-dejta tiegħek qabel ma taġġorna.
step-update-verify = Wara l-aġġornament, iċċekkja l-verżjoni fuq l-iskrin Dwar.
step-form = Imla u rritorna l-Formola ta’ Verifika.
bullet-contact = Għal kwalunkwe mistoqsija, ikkuntattja lil techsupport@example.com.
bullet-forward = Għaddi dan l-avviż lil kull min juża l-prodotti.
note-network = **NOTA:** l-aġġornament ma jbiddilx is-settings tan-netwerk tiegħek.

form-intro = Jekk jogħġbok imla l-formola hawn taħt u rritornaha bl-email.
form-product = Prodott
form-quantity = Kwantità
form-location = Post
form-mark-products = Immarka kull prodott affettwat li għandek.
form-row-spare-units = Unitajiet żejda fil-ħażna
form-choice-question = Kif inhu mqabbad l-istrument?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Irtirat mis-servizz
form-actions-heading = Azzjonijiet meħuda
form-reason-no-access = L-ebda aċċess għall-istrument
form-reason-scheduled = Skedat għal aktar tard
form-q-received = Nikkonferma li rċevejt { $notice-id } u li qrajt u fhimt il-kontenut tiegħu.
form-q-customers-informed = Infurmajt lill-klijenti identifikati dwar din is-sejħa lura.
form-acknowledge = Nirrikonoxxi li l-aġġornament għandu jiġi installat separatament fuq kull
    strument affettwat.
