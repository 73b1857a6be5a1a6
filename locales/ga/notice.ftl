### status: draft

# Shared boilerplate of every notice (Irish).

# Letter opening and closing.
salutation = A chara,
closing = Is mise le meas,

# Label beside the title, and the title lines (largest first).
label-recall = Aisghairm
title-quality-notification = Fógra Cáilíochta
title-urgent-device-recall = Aisghairm Phráinneach ar Fheiste Leighis
title-urgent-safety-notice = Fógra Práinneach Sábháilteachta Allamuigh

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tábla 1: Táirgí lena mbaineann
product-table-name = Táirge lena mbaineann
product-table-catalog = Uimhir Chatalóige
product-table-udi-di = Sainaitheantóir Uathúil Feiste – Aitheantóir Feiste
product-table-version = Leagan bogearraí
product-table-serials = Sraithuimhreacha
udi-di-not-available = Níl ar fáil

# Section headings of the letter.
section-summary = Achoimre ar an bhFadhb
section-issuer-actions = Gníomhartha { $issuer }
section-customer-actions = Gníomhartha an Chustaiméara

# The "why you are receiving this notice" box.
why-heading = Cén fáth a bhfuil an fógra seo á fháil agat
why-body-contact = Tá an fógra seo á fháil agat toisc go léiríonn ár dtaifid gur tusa an duine
    teagmhála i d’eagraíocht maidir le hathruithe ar tháirgí, deireadh a chur le táirgí agus
    saincheisteanna cáilíochta.
why-body-marketing = Tabhair faoi deara go bhfuil faisnéis riachtanach faoinár dtáirgí sna
    fógraí seo agus nach cumarsáid mhargaíochta iad. Dá bhrí sin, d’fhéadfá na fógraí seo a
    fháil fiú má roghnaigh tú gan cumarsáid mhargaíochta a fháil ó { $issuer }. Murab tusa an
    duine teagmhála cuí i d’eagraíocht chun fógraí den sórt sin a fháil, is féidir leat
    díliostáil ó na fógraí seo [tríd an bhfoirm seo a chur isteach]({ $link-unsubscribe }). Le
    haghaidh tuilleadh faisnéise, féach ar ár [mBeartas Príobháideachais]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Tacaíocht Theicniúil:
contact-customer-care = Seirbhís do Chustaiméirí:
page-label = Leathanach { $page } de { $total }
intended-use-ivd = Le haghaidh úsáid dhiagnóiseach in vitro. Níl sé ar fáil i ngach tír ná i
    ngach réigiún.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Foirm Fíoraithe
form-title = Foirm Fíoraithe
form-company-name = Ainm na Cuideachta
form-person-heading = Faisnéis faoin duine atá ag comhlánú na foirme
form-person-name = Ainm:
form-person-title = Teideal poist:
form-date = Dáta ({ date-placeholder }):
form-serial-numbers = Sraithuimhir (Sraithuimhreacha)
form-customer-responses = Freagraí an Chustaiméara
form-distributor-responses = Freagraí an Dáileora/an Allmhaireora

# Answer boxes of the form.
form-yes = Tá
form-no = Níl
form-not-applicable = Ní bhaineann

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Déanta
form-not-done = Gan déanamh
form-other-reason = Eile:

# Signature cells at the end of the form.
form-signature = Síniú an duine atá ag comhlánú na foirme
form-signature-date = Dáta
