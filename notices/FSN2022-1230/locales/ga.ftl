### status: draft

# FSN2022-1230 (Irish): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = AISGHAIRM PHRÁINNEACH AR FHEISTE LEIGHIS

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Ionstraim NextSeq 550Dx
product-miseqdx = Ionstraim MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Ainm an Táirge/na Feiste
product-table-udi-di = Aitheantóir Feiste

# Introduction after the salutation, before Table 1.
intro = Tá Illumina i dteagmháil leat maidir le leochaileacht cibearshlándála sa Local Run
    Manager (LRM) a aimsíodh ar na hionstraimí NextSeq™ 550Dx agus MiSeq™Dx. Tugtar
    achoimre san fhógra seo ar an bhfadhb, ar ghníomhartha Illumina agus ar na gníomhartha
    is gá don chustaiméir a dhéanamh.

# Issue summary.
summary-vulnerability = D’aimsigh Illumina leochaileacht cibearshlándála sna bogearraí Local
    Run Manager (LRM) ar na hionstraimí seicheamhaithe diagnóiseacha in vitro a aithnítear i
    dTábla 1.
summary-no-reports = Faoi láthair, níl aon tuairisc faighte ag Illumina a thugann le fios gur
    baineadh leas as an leochaileacht seo.
summary-exploitation = D’fhéadfadh úsáideoir neamhúdaraithe leas a bhaint as an
    leochaileacht chun smacht a fháil ar an ionstraim go cianda agus ansin gníomhartha a
    dhéanamh ar leibhéal an chórais oibriúcháin; d’fhéadfadh tionchar a bheith ag gníomhartha
    den sórt sin ar shocruithe, ar chumraíochtaí, ar bhogearraí nó ar shonraí ar an ionstraim
    nó ar líonra an chustaiméara. Dá mbainfí leas as an leochaileacht seo, d’fhéadfadh sé
    tarlú nach nginfí aon torthaí, go nginfí torthaí míchearta, go gcuirfí comhaid i mbaol nó
    go sárófaí sonraí othar. D’fhéadfadh baol féideartha do shláinte othar a bheith ann dá
    mbainfí leas as an leochaileacht seo ar an mbealach a thuairiscítear thuas.

# Illumina actions.
issuer-actions-patch = D’fhorbair Illumina paiste bogearraí chun cosc a chur ar leas a bhaint
    as an leochaileacht seo. Táimid ag obair faoi láthair ar réiteach buan bogearraí a
    fhorbairt d’ionstraimí reatha agus d’ionstraimí a bheidh ann amach anseo.
issuer-actions-download = Maidir le hionstraimí atá ceangailte leis an idirlíon, tá an paiste
    bogearraí ar fáil le híoslódáil anois (tugtar seoladh an tsuímh gréasáin íoslódála sa
    chuid Gníomhartha an Chustaiméara thíos). Molann Illumina do chustaiméirí an paiste
    bogearraí a íoslódáil láithreach agus é a shuiteáil ar gach ionstraim lena mbaineann.
issuer-actions-offline = Chun an paiste bogearraí a shuiteáil ar tháirgí LRM lena mbaineann
    nach bhfuil ceangailte leis an idirlíon, d’fhorbair Illumina roghanna eile. Le haghaidh
    faisnéise faoi na roghanna seo, déan teagmháil le Tacaíocht Theicniúil ag
    techsupport@illumina.com a luaithe is féidir.
issuer-actions-questions = Má tá tuilleadh ceisteanna agat nó má theastaíonn cúnamh uait,
    déan teagmháil le techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Tabhair faoi deara: tá mód dé-thosaithe ag na hionstraimí lena
    mbaineann, agus tá sé tábhachtach an paiste bogearraí a shuiteáil ar leith i ngach mód
    (Dx agus RUO) de gach ionstraim. Tá sé tábhachtach freisin an paiste bogearraí a
    shuiteáil ar aon suiteáil neamhspleách de LRM nach bhfuil comhtháite san ionstraim agus a
    úsáidtear i mód RUO ar ionstraimí Dx.

# Step 1 and its three paragraphs.
step-internet = Ionstraimí atá ceangailte leis an idirlíon: íoslódáil agus suiteáil láithreach
    an paiste bogearraí atá ar fáil ag an seoladh seo ar gach ionstraim lena mbaineann, i
    ngach mód (mód Dx agus mód RUO), agus/nó ar gach suiteáil neamhspleách de LRM nach bhfuil
    comhtháite san ionstraim agus a úsáidtear i mód RUO ar ionstraimí Dx.
step-internet-backup = Moltar cúltaca a dhéanamh de do shonraí sula suiteálann tú an paiste
    bogearraí.
step-internet-address = Ar mhaithe le cosaint níos fearr, níl Illumina ag tabhairt sheoladh an
    tsuímh gréasáin faoi láthair ach do chustaiméirí a bhfuil táirgí lena mbaineann acu agus
    do chomhlachtaí rialála.
step-internet-form = Comhlánaigh agus seol ar ais an Fhoirm Fíoraithe thíos laistigh de 5 lá
    oibre.

# Step 2 and its paragraph.
step-offline = Ionstraimí nach bhfuil ceangailte leis an idirlíon: le haghaidh treoracha faoi
    mhodhanna eile chun an paiste bogearraí a chur i bhfeidhm, déan teagmháil le
    techsupport@illumina.com.
step-offline-form = Comhlánaigh agus seol ar ais an Fhoirm Fíoraithe thíos díreach tar éis
    duit an paiste bogearraí a shuiteáil.

# Step 3.
step-permanent-fix = Réiteach buan bogearraí: nuair a bheidh sé ar fáil, suiteáil an
    nuashonrú bogearraí a réiteoidh an leochaileacht seo go buan. Seolfar tuilleadh faisnéise
    faoin nuashonrú bogearraí seo i gcumarsáid ar leith.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NÓTA:** nuair a shuiteálfar an paiste bogearraí, cuirfear bac
    ar chianrochtain ar chomhéadan úsáideora gréasáin LRM (web UI) agus tiocfaidh sé in ionad
    na Treorach Úsáideora LRM atá ann faoi láthair; ní athrófar aon fheidhm riachtanach eile
    de chuid na hionstraime. Is féidir le custaiméirí a úsáideann an comhéadan gréasáin do
    shreafaí oibre saotharlainne teagmháil a dhéanamh le techsupport@illumina.com chun
    cúnamh láithreach a fháil.
customer-actions-note-compromised = **NÓTA:** má tá amhras ort gur chuir úsáideoir
    neamhúdaraithe d’ionstraim i mbaol, dícheangail an cábla líonra láithreach agus déan
    teagmháil le techsupport@illumina.com gan mhoill. Le haghaidh faisnéise faoi na céimeanna
    chun an fheiste a scrúdú, féach Lámhleabhar Treoracha LRM Software Patch 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Má tharlaíonn teagmhas díobhálach d’úsáideoir a bhaineann le húsáid
    na dtáirgí lena mbaineann agus atá de bharr na leochaileachta seo, tuairiscigh an
    teagmhas do Chlár MedWatch an FDA um Thuairisciú Teagmhas Díobhálach ar líne, tríd an
    ngnáthphost nó trí facs. Is féidir leat an tuairisc a chomhlánú agus a chur isteach ar
    líne ag www.fda.gov/medwatch/report.htm. I réigiúin lasmuigh de na Stáit Aontaithe, déan
    teagmháil le do chomhlacht rialála áitiúil.
closing-remarks = Tá Illumina an-dáiríre faoi chúrsaí slándála agus faoi phríobháideachas
    sonraí. Táimid tiomanta do thacaíocht a thabhairt duit chun dul i ngleic leis an
    leochaileacht seo. Má tá aon cheist agat, scríobh chuig techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Tá an fógra seo á sheoladh chugat againn toisc go bhfuil tú liostaithe mar
    an duine teagmhála i d’eagraíocht. Ó am go chéile, ní mór dúinn ár gcustaiméirí a chur
    ar an eolas faoi athruithe ar tháirgí, faoi dheireadh a chur le táirgí nó faoi
    shaincheisteanna cáilíochta.
why-body-marketing = Iarraimid ort, dá bhrí sin, aird a thabhairt ar na fógraí seo, mar go
    bhfuil faisnéis thábhachtach faoinár dtáirgí iontu agus nach cumarsáid mhargaíochta iad.
    D’fhéadfá na fógraí seo a fháil, mar sin, fiú má roghnaigh tú gan ábhar margaíochta a
    fháil ó { $issuer }. Murab tusa an duine teagmhála cuí i d’eagraíocht le haghaidh fógraí
    den sórt sin, seol ríomhphost chuig customernotifications@illumina.com ina luaitear an
    duine teagmhála ceart. Le haghaidh tuilleadh faisnéise, féach ar ár mBeartas
    Príobháideachais.

# Verification form: paragraphs before the form table.
form-intro-sent = Ar { $issued }, sheol Illumina fógra chugat, { $notice-id }, Aisghairm
    Phráinneach ar Fheiste Leighis, maidir le fadhb a bhaineann leis na hionstraimí
    NextSeq 550Dx agus MiSeqDx.
form-intro-complete = Comhlánaigh an tábla thíos chun a dhearbhú go bhfuair tú an fógra, agus
    seol an fhoirm chomhlánaithe trí ríomhphost chuig techsupport@illumina.com nuair a
    bheidh an paiste bogearraí suiteáilte agat mar a thuairiscítear sa chuid Gníomhartha an
    Chustaiméara den fhógra seo.

# Verification form: checklist of the affected products.
form-product-name = Ainm an Táirge/na Feiste
form-quantity = LÍON
form-serial-numbers = Sraithuimhreacha
form-checklist-hint = Cuir tic le gach táirge lena mbaineann
form-row-standalone-lrm = Suiteálacha neamhspleácha de LRM nach bhfuil comhtháite san
    ionstraim agus a úsáidtear i mód RUO ar ionstraimí Dx.

# Verification form: the customer's details.
form-customer-details = Faisnéis faoin gCustaiméir
form-person-name-print = Ainm (i gceannlitreacha):
form-person-title-print = Teideal poist an duine atá ag comhlánú na foirme (i gceannlitreacha):

# Verification form: questions for customers.
form-q-lrm-installed = Dearbhaím go bhfuil LRM suiteáilte ar na hionstraimí a bhfuil tic leo
    thuas.
form-q-patch-installed = Dearbhaím go bhfuil an paiste bogearraí suiteáilte ar gach ionstraim
    a aithnítear thuas.

# Verification form: questions for distributors and importers.
form-q-customers-identified = D’aithin mé na custaiméirí a fuair an táirge nó a d’fhéadfadh a
    bheith faighte acu.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Admhaím, tar éis an paiste bogearraí a íoslódáil, go gcaithfear é
    a shuiteáil ar leith i ngach mód (mód Dx agus mód RUO faoi seach) de gach ionstraim lena
    mbaineann a aithnítear san Fhoirm Fíoraithe seo agus/nó ar aon suiteáil neamhspleách de
    LRM nach bhfuil comhtháite san ionstraim agus a úsáidtear i mód RUO ar ionstraimí Dx.
