### status: draft

# FSN2025-1682 (Irish): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Ionstraim NovaSeq 6000Dx lena n-áirítear DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Tá Illumina i dteagmháil leat maidir le leochaileacht slándála a aimsíodh sa
    Rialaitheoir Bainistíochta Bunchláir (Baseboard Management Controller, BMC) sa DRAGEN™
    Server for NovaSeq™ 6000Dx Instrument agus san Illumina DRAGEN Server for NextSeq™ 550Dx
    Instrument. Tá na freastalaithe lena mbaineann sonraithe i dTábla 1 thíos. Tugtar
    achoimre san fhógra seo ar an bhfadhb, ar ghníomhartha Illumina agus ar na gníomhartha
    is gá don chustaiméir a dhéanamh. Tabhair faoi deara: baineann an leochaileacht slándála
    seo leis na freastalaithe Illumina DRAGEN Server seo amháin. Ní bhaineann sí le
    leaganacha eile d’fhreastalaithe DRAGEN Server.

# Issue summary.
summary-risk = D’aimsigh Foireann Slándála Táirgí Illumina le déanaí riosca neamhrialaithe
    do shlándáil an táirge a bhaineann leis an Rialaitheoir Bainistíochta Bunchláir (BMC) a
    úsáidtear sna freastalaithe DRAGEN Server atá liostaithe thuas. Is iad cumraíochtaí na
    cianbhainistíochta agus na cianmhonatóireachta líonra is cúis leis an leochaileacht
    slándála.
summary-exploitation = Chinn Illumina, dá mbainfeadh gníomhaí neamhúdaraithe leas as an
    leochaileacht seo, go bhféadfadh sé rochtain a fháil ar chianchonsól an BMC gan pasfhocal
    a sholáthar (seachaint an fhíordheimhnithe). D’fhéadfadh rochtain neamhúdaraithe ar an
    gcóras, ionramháil socruithe crua-earraí, cianrith cóid, cianrialú, sáruithe sonraí agus
    ionsaithe diúltaithe seirbhíse a bheith mar thoradh ar leas a bhaint as an leochaileacht
    seo.
summary-no-reports = Faoi láthair, níl aon tuairisc faighte ag Illumina agus níl aon fhianaise
    aici a thugann le fios gur baineadh leas as an leochaileacht seo.

# Illumina actions.
issuer-actions-instructions = Tá Illumina ag cur na dtreoracha thíos ar fáil do chustaiméirí
    maidir leis an gcaoi ar féidir leo a bhfreastalaithe a dhaingniú agus a gcórais a chosaint
    ar shaothrú na leochaileachta seo. Nuair a chuirfear i bhfeidhm iad, réiteoidh na
    treoracha seo an leochaileacht.
issuer-actions-risk = Mura leanfar na treoracha seo, d’fhéadfadh do chóras a bheith nochtaithe
    do na rioscaí a thuairiscítear thuas.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = I gcás gach freastalaí DRAGEN Server lena mbaineann atá liostaithe i
    dTábla 1 thuas, ní mór na gníomhartha seo a leanas a dhéanamh chun an leochaileacht
    slándála chriticiúil seo a réiteach:
customer-actions-download = Íoslódáil agus lean na treoracha do chustaiméirí ón [leathanach
    gréasáin seo](https://support.illumina.com/support-content/bmc.html). Tugtar an
    hipearnasc iomlán thíos:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Comhlánaigh agus seol ar ais an Fhoirm Fíoraithe tar
    éis duit na céimeanna go léir sna treoracha a cuireadh ar fáil a dhéanamh ar gach ceann
    de d’fhreastalaithe a aithnítear mar fhreastalaí lena mbaineann i dTábla 1.
customer-actions-note = **NÓTA:** Má tá amhras ort gur chuir gníomhaí neamhúdaraithe
    d’fhreastalaí i mbaol, dícheangail an cábla líonra láithreach agus déan teagmháil le
    Tacaíocht Theicniúil Illumina ag techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Má tharlaíonn teagmhas díobhálach de bharr na leochaileachta
    slándála seo agus aon cheann de na freastalaithe lena mbaineann á úsáid agat, tuairiscigh
    an teagmhas do Chlár MedWatch an FDA um Thuairisciú Teagmhas Díobhálach ar líne, tríd an
    ngnáthphost nó trí facs. Is féidir leat an tuairisc a chomhlánú agus a chur isteach ar
    líne ag www.fda.gov/medwatch/report.htm. I réigiúin lasmuigh de na Stáit Aontaithe, déan
    teagmháil le do chomhlacht rialála áitiúil.
closing-remarks = Tá Illumina an-dáiríre faoi chúrsaí slándála. Táimid tiomanta do thacaíocht
    a thabhairt duit chun dul i ngleic leis an leochaileacht seo. Má tá tuilleadh ceisteanna
    agat nó má theastaíonn cúnamh uait, déan teagmháil le techsupport@illumina.com. D’fhéadfadh
    soláthraí tríú páirtí dul i dteagmháil leat thar ceann Illumina freisin, agus cinnteoidh
    sé sin go bhfaighidh tú an tacaíocht a theastaíonn uait.

# Verification form: paragraphs before the form table.
form-intro-sent = Sheol Illumina an fógra { $notice-id } chugat, Aisghairm Phráinneach ar
    Fheiste Leighis, maidir le fadhb a bhaineann leis an DRAGEN Server for NovaSeq 6000Dx
    Instrument agus leis an Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Comhlánaigh an fhoirm thíos chun a dhearbhú go bhfuair tú an fógra agus
    go ndearna tú Gníomhartha an Chustaiméara a thuairiscítear san fhógra. Nuair a bheidh sí
    comhlánaithe, seol an fhoirm trí ríomhphost chuig techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Ainm an fhreastalaí

# Verification form: questions for customers.
form-q-remediation-done = Dearbhaím gur cuireadh na céimeanna réitigh atá liostaithe sa chuid
    Gníomhartha an Chustaiméara i bhfeidhm ar gach freastalaí lena mbaineann a aithnítear
    san Fhoirm Fíoraithe seo.

# Verification form: questions for distributors and importers.
form-q-customers-identified = D’aithin mé na custaiméirí a fuair na freastalaithe lena
    mbaineann nó a d’fhéadfadh a bheith faighte acu.
