### status: draft

# EXAMPLE-0001 (Irish): a made-up notice showing every element.

product-analysis-server = Freastalaí Anailíse Samplach

intro = Tá { $issuer } i dteagmháil leat faoi fhadhb bhogearraí *shamhailteach* sna táirgí atá
    liostaithe i dTábla 1. Taispeántar san fhógra seo, a eisíodh an { $issued }, gach eilimint
    a thairgeann fsn.
summary = D’fhéadfadh na bogearraí rith a stopadh go luath. Féach an [leathanach
    samplach](https://www.example.com/fsn) le haghaidh sonraí.

step-update = **Nuashonraigh na bogearraí** ar gach ionstraim lena mbaineann.
step-update-backup = Déan cúltaca de do shonraí sula ndéanann tú an nuashonrú.
step-update-verify = Tar éis an nuashonraithe, seiceáil an leagan ar an scáileán Maidir Leis.
step-form = Comhlánaigh agus seol ar ais an Fhoirm Fíoraithe.
bullet-contact = Déan teagmháil le techsupport@example.com má tá aon cheist agat.
bullet-forward = Cuir an fógra seo ar aghaidh chuig gach duine a úsáideann na táirgí.
note-network = **NÓTA:** ní athraíonn an nuashonrú do shocruithe líonra.

form-intro = Comhlánaigh an fhoirm thíos agus seol ar ais í trí ríomhphost.
form-product = Táirge
form-quantity = Líon
form-location = Suíomh
form-mark-products = Marcáil gach táirge lena mbaineann atá agat.
form-row-spare-units = Aonaid spártha i stóráil
form-choice-question = Conas atá an ionstraim ceangailte?
form-choice-online = Ar líne
form-choice-offline = As líne
form-choice-retired = Scortha
form-actions-heading = Gníomhartha a rinneadh
form-reason-no-access = Gan rochtain ar an ionstraim
form-reason-scheduled = Sceidealaithe do níos déanaí
form-q-received = Deimhním go bhfuair mé { $notice-id } agus gur léigh agus gur thuig mé é.
form-q-customers-informed = Chuir mé na custaiméirí aitheanta ar an eolas faoin aisghairm seo.
form-acknowledge = Admhaím go gcaithfear an nuashonrú a shuiteáil ar gach ionstraim lena
    mbaineann ar leithligh.
