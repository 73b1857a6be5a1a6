### status: draft

# FSN2024-1562 (Irish): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tábla 1: Táirge/Táirgí lena mbaineann
product-table-udi-di = Sainaitheantóir Uathúil Feiste - Aitheantóir Feiste

# Introduction after the salutation, before Table 1.
intro = Tá Illumina i dteagmháil leat maidir le leochaileacht cibearshlándála a aimsíodh sa
    phrótacal cumarsáide idir an stóráil líonra, na freastalaithe agus/nó na ríomhairí a
    sholáthraíonn an custaiméir agus na táirgí atá sonraithe i dTábla 1 thíos. Tugtar
    achoimre san fhógra seo ar an bhfadhb, ar ghníomhartha Illumina agus ar na gníomhartha
    is gá don chustaiméir a dhéanamh.

# Issue summary.
summary-risk = Le linn gnáthanailísí cibearshlándála, d’aimsigh Foireann Slándála Táirgí
    Illumina riosca neamhrialaithe do shlándáil an táirge a bhaineann leis an bprótacal
    cumarsáide idir na táirgí Illumina a aithnítear i dTábla 1 agus an stóráil líonra, na
    freastalaithe agus/nó na ríomhairí a sholáthraíonn an custaiméir. Chinn Illumina, mura
    n-úsáidtear prótacail shlána, go bhféadfadh gníomhaí neamhúdaraithe a bhfuil rochtain
    phribhléideach ar líonra an chustaiméara faighte aige cheana féin an chumarsáid sin a
    idircheapadh agus leas a bhaint aisti.
summary-exploitation = Dá mbainfeadh gníomhaí neamhúdaraithe leas as an leochaileacht seo,
    d’fhéadfadh sé comhaid a idircheapadh agus a mhodhnú, agus mar thoradh air sin d’fhéadfaí
    torthaí míchearta, torthaí moillithe, gan aon torthaí nó comhaid truaillithe a sheachadadh
    chuig an aonán líonra a sholáthraíonn an custaiméir agus/nó d’fhéadfaí sonraí othar sna
    comhaid a tharchuirtear a nochtadh.
summary-no-reports = Faoi láthair, níl aon tuairisc faighte ag Illumina agus níl aon fhianaise
    aici a thugann le fios gur baineadh leas as an leochaileacht seo.

# Illumina actions.
issuer-actions-guidance = Cuireann Illumina Treoir Cibearshlándála ar fáil ina bhfuil moltaí
    maidir leis an gcaoi ar féidir le custaiméirí cumarsáid a líonra inmheánaigh leis an
    táirge Illumina a dhaingniú.
issuer-actions-risk = Mura leanfar na treoracha seo nó mura gcuirfear na dea-chleachtais
    slándála líonra i bhfeidhm chun do chórais a chosaint, d’fhéadfadh d’eagraíocht a bheith
    nochtaithe do na rioscaí a thuairiscítear thuas.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = I gcás gach táirge lena mbaineann, déan na céimeanna seo a leanas
    chun na bearta maolaithe a chur i bhfeidhm:
customer-actions-download = Íoslódáil agus léigh an cháipéis Treoir
    Cibearshlándála [seo](https://support.illumina.com/support-content/cyberguidance.html). Tugtar an
    hipearnasc iomlán thíos.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = I gcás gach táirge atá ceangailte le líonra an chustaiméara:
    oibrigh le do roinn TF inmheánach chun a chinneadh cén prótacal slán is fearr a oireann
    do do thimpeallacht agus cuir an t-athrú cumraíochta cuí i bhfeidhm.
customer-actions-dual-mode = Tabhair faoi deara: bíonn tionchar ag athrú ar an bprótacal
    líonra ar an mód Dx agus ar an mód RUO araon ag an am céanna, mar sin ní gá an ionstraim
    a thosú i ngach mód ar leith chun na gníomhartha riachtanacha a dhéanamh.
customer-actions-verification-form = Comhlánaigh agus seol ar ais an Fhoirm Fíoraithe tar
    éis duit na céimeanna go léir sna treoracha a cuireadh ar fáil a dhéanamh ar gach ceann
    de do tháirgí a aithnítear mar tháirge lena mbaineann i dTábla 1.
customer-actions-note = **NÓTA:** Má tá amhras ort gur chuir úsáideoir neamhúdaraithe
    d’ionstraim i mbaol, dícheangail an cábla líonra láithreach agus déan teagmháil le
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Má tharlaíonn teagmhas díobhálach a bhaineann le húsáid aon táirge
    lena mbaineann agus atá de bharr na leochaileachta seo, tuairiscigh an teagmhas do Chlár
    MedWatch an FDA um Thuairisciú Teagmhas Díobhálach ar líne, tríd an ngnáthphost nó trí
    facs. Is féidir leat an tuairisc a chomhlánú agus a chur isteach ar líne ag
    www.fda.gov/medwatch/report.htm. I réigiúin lasmuigh de na Stáit Aontaithe, déan
    teagmháil le do chomhlacht rialála áitiúil.
closing-remarks = Tá Illumina an-dáiríre faoi chúrsaí slándála. Táimid tiomanta do thacaíocht
    a thabhairt duit chun dul i ngleic leis an leochaileacht seo. Má tá tuilleadh ceisteanna
    agat nó má theastaíonn cúnamh uait, déan teagmháil le techsupport@illumina.com. D’fhéadfadh
    soláthraí tríú páirtí dul i dteagmháil leat thar ceann Illumina freisin, agus cinnteoidh
    sé sin go bhfaighidh tú an tacaíocht a theastaíonn uait.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Gach ceart ar cosaint. Is le Illumina, Inc. nó lena
    n-úinéirí faoi seach na trádmharcanna go léir. Le haghaidh faisnéis shonrach faoi
    thrádmharcanna, féach an leathanach
    gréasáin [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Tá faisnéis riachtanach faoinár dtáirgí sna fógraí seo agus ní cumarsáid
    mhargaíochta iad. Dá bhrí sin, d’fhéadfá na fógraí seo a fháil fiú má roghnaigh tú gan
    cumarsáid mhargaíochta a fháil ó { $issuer }. Murab tusa an duine teagmhála cuí i
    d’eagraíocht chun fógraí den sórt sin a fháil, is féidir leat díliostáil ó na fógraí
    seo [tríd an bhfoirm seo a chomhlánú agus a chur isteach]({ $link-unsubscribe }). Le
    haghaidh tuilleadh faisnéise, féach ar ár [mBeartas Príobháideachais]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Sheol Illumina an fógra { $notice-id } chugat, Aisghairm Phráinneach ar
    Fheiste Leighis, maidir le fadhb a bhaineann leis na hionstraimí NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 agus
    VeriSeq Onsite Server v2.
form-intro-complete = Comhlánaigh an fhoirm thíos chun a dhearbhú go bhfuair tú an fógra agus
    go ndearna tú Gníomhartha an Chustaiméara a thuairiscítear san fhógra seo. Nuair a bheidh
    sí comhlánaithe, seol an fhoirm trí ríomhphost chuig techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Dearbhaím gur íoslódáladh agus gur léadh an cháipéis Treoir
    Cibearshlándála.

# Verification form: questions for distributors and importers.
form-q-customers-identified = D’aithin mé na custaiméirí a fuair an táirge lena mbaineann nó a
    d’fhéadfadh a bheith faighte acu.
