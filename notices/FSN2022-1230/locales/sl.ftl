### status: draft

# FSN2022-1230 (Slovenian): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = NUJNI ODPOKLIC MEDICINSKEGA PRIPOMOČKA

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Instrument NextSeq 550Dx
product-miseqdx = Instrument MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Ime izdelka/pripomočka
product-table-udi-di = Identifikator pripomočka

# Introduction after the salutation, before Table 1.
intro = Družba Illumina vas obvešča o ranljivosti na področju kibernetske varnosti v
    programski opremi Local Run Manager (LRM), odkriti na instrumentih NextSeq™ 550Dx in
    MiSeq™Dx. To obvestilo povzema težavo, ukrepe družbe Illumina in ukrepe, ki jih morajo
    izvesti stranke.

# Issue summary.
summary-vulnerability = Družba Illumina je odkrila ranljivost na področju kibernetske
    varnosti v programski opremi Local Run Manager (LRM) na instrumentih za sekvenciranje za
    diagnostiko in vitro, navedenih v preglednici 1.
summary-no-reports = Družba Illumina do zdaj ni prejela nobenih poročil, ki bi kazala, da je
    bila ta ranljivost izkoriščena.
summary-exploitation = Nepooblaščeni uporabnik bi lahko to ranljivost izkoristil za
    oddaljeni prevzem nadzora nad instrumentom in nato izvajal dejanja na ravni
    operacijskega sistema; ta dejanja bi lahko vplivala na nastavitve, konfiguracije,
    programsko opremo ali podatke na instrumentu ali v omrežju stranke. Izkoriščanje te
    ranljivosti bi lahko povzročilo, da rezultati ne bi bili ustvarjeni, da bi bili
    ustvarjeni napačni rezultati, da bi bile datoteke ogrožene ali da bi prišlo do kršitve
    varnosti podatkov o pacientih. Izkoriščanje te ranljivosti na zgoraj opisani način lahko
    pomeni morebitno tveganje za zdravje pacientov.

# Illumina actions.
issuer-actions-patch = Družba Illumina je razvila programski popravek, ki preprečuje
    izkoriščanje te ranljivosti. Trenutno razvijamo trajno programsko rešitev za sedanje in
    prihodnje instrumente.
issuer-actions-download = Za instrumente, povezane z internetom, je programski popravek že
    na voljo za prenos (naslov spletnega mesta za prenos je naveden spodaj v razdelku
    „Ukrepi za stranke“). Družba Illumina strankam priporoča, da programski popravek
    nemudoma prenesejo in ga namestijo na vse zadevne instrumente.
issuer-actions-offline = Za namestitev programskega popravka na zadevne izdelke z LRM, ki
    niso povezani z internetom, je družba Illumina razvila druge možnosti. Za informacije o
    teh možnostih se čim prej obrnite na tehnično podporo na naslovu
    techsupport@illumina.com.
issuer-actions-questions = Za dodatna vprašanja ali pomoč se obrnite na
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Opomba: zadevni instrumenti imajo način dvojnega zagona (dual
    boot), zato je pomembno, da programski popravek namestite ločeno v vsakem načinu (Dx in
    RUO) vsakega instrumenta. Prav tako je pomembno, da programski popravek namestite na
    vsak samostojni primerek LRM, ki ni integriran v instrument in se uporablja v načinu RUO
    na instrumentih Dx.

# Step 1 and its three paragraphs.
step-internet = Instrumenti, povezani z internetom: nemudoma prenesite programski popravek,
    ki je na voljo na tem naslovu, in ga namestite na vsak zadevni instrument v vsakem
    načinu (način Dx in način RUO) in/ali na vsak samostojni primerek LRM, ki ni integriran
    v instrument in se uporablja v načinu RUO na instrumentih Dx.
step-internet-backup = Pred namestitvijo programskega popravka priporočamo, da varnostno
    kopirate svoje podatke.
step-internet-address = Zaradi boljše zaščite družba Illumina trenutno posreduje naslov
    spletnega mesta samo strankam z zadevnimi izdelki in regulativnim organom.
step-internet-form = V 5 delovnih dneh izpolnite in vrnite spodnji obrazec za potrditev.

# Step 2 and its paragraph.
step-offline = Instrumenti, ki niso povezani z internetom: za navodila o drugih načinih
    namestitve programskega popravka se obrnite na techsupport@illumina.com.
step-offline-form = Takoj po namestitvi programskega popravka izpolnite in vrnite spodnji
    obrazec za potrditev.

# Step 3.
step-permanent-fix = Trajna programska rešitev: ko bo na voljo, namestite posodobitev
    programske opreme, ki bo to ranljivost trajno odpravila. Dodatne informacije o tej
    posodobitvi programske opreme boste prejeli v ločenem sporočilu.

# Customer actions: the two notes.
customer-actions-note-web-ui = **OPOMBA:** Namestitev programskega popravka bo blokirala
    oddaljeni dostop do spletnega uporabniškega vmesnika LRM (web UI) in nadomestila
    trenutni uporabniški priročnik za LRM; vse druge bistvene funkcije instrumenta bodo
    ostale nespremenjene. Stranke, ki spletni vmesnik uporabljajo za laboratorijske delovne
    postopke, se lahko za takojšnjo pomoč obrnejo na techsupport@illumina.com.
customer-actions-note-compromised = **OPOMBA:** Če sumite, da je nepooblaščeni uporabnik
    ogrozil vaš instrument, nemudoma izključite omrežni kabel in se takoj obrnite na
    techsupport@illumina.com. Za informacije o korakih za pregled pripomočka glejte navodila
    za uporabo programskega popravka LRM 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Če pri uporabniku pride do neželenega dogodka, povezanega z
    uporabo zadevnih izdelkov in nastalega zaradi te ranljivosti, ga prijavite v program za
    poročanje o neželenih dogodkih MedWatch agencije FDA prek spleta, po navadni pošti ali
    po faksu. Poročilo lahko izpolnite in oddate na spletu na naslovu
    www.fda.gov/medwatch/report.htm. Zunaj Združenih držav se obrnite na lokalni regulativni
    organ.
closing-remarks = Družba Illumina varnost in zasebnost podatkov jemlje zelo resno. Zavezani
    smo k temu, da vam pomagamo pri odpravi te ranljivosti. Za vsa vprašanja pišite na
    techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = To obvestilo vam pošiljamo, ker ste kontaktna oseba svoje organizacije.
    Občasno moramo naše stranke obveščati o spremembah izdelkov, ukinjanju izdelkov ali
    težavah s kakovostjo.
why-body-marketing = Zato vas prosimo, da ta obvestila upoštevate, saj vsebujejo pomembne
    informacije o naših izdelkih in niso trženjska sporočila. Ta obvestila lahko torej
    prejemate, tudi če ste se odjavili od prejemanja trženjskega gradiva družbe { $issuer }.
    Če v svoji organizaciji niste ustrezna kontaktna oseba za taka obvestila, pošljite
    e-poštno sporočilo s podatki o pravi kontaktni osebi na naslov
    customernotifications@illumina.com. Več informacij najdete v naši politiki zasebnosti.

# Verification form: paragraphs before the form table.
form-intro-sent = Dne { $issued } vam je družba Illumina poslala obvestilo o nujnem
    odpoklicu medicinskega pripomočka { $notice-id } v zvezi s težavo, ki zadeva instrumenta
    NextSeq 550Dx in MiSeqDx.
form-intro-complete = Izpolnite spodnjo preglednico, da potrdite prejem obvestila, in
    izpolnjeni obrazec pošljite po e-pošti na naslov techsupport@illumina.com, ko končate
    namestitev programskega popravka, kot je opisano v razdelku „Ukrepi za stranke“ tega
    obvestila.

# Verification form: checklist of the affected products.
form-product-name = Ime izdelka/pripomočka
form-quantity = KOL.
form-serial-numbers = Serijske številke
form-checklist-hint = Označite vse zadevne izdelke
form-row-standalone-lrm = Samostojni primerki LRM, ki niso integrirani v instrument in se
    uporabljajo v načinu RUO na instrumentih Dx.

# Verification form: the customer's details.
form-customer-details = Podatki o stranki
form-person-name-print = Ime in priimek (z velikimi tiskanimi črkami):
form-person-title-print = Delovno mesto osebe, ki izpolnjuje obrazec (z velikimi tiskanimi
    črkami):

# Verification form: questions for customers.
form-q-lrm-installed = Izjavljam, da je LRM nameščen na zgoraj označenih instrumentih.
form-q-patch-installed = Potrjujem, da je programski popravek nameščen na vseh zgoraj
    navedenih instrumentih.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Opredelil(-a) sem stranke, ki so prejele ali bi lahko prejele
    izdelek.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Seznanjen(-a) sem, da je treba programski popravek po prenosu
    namestiti ločeno v vsakem načinu (v načinu Dx oziroma v načinu RUO) vsakega zadevnega
    instrumenta, navedenega v tem obrazcu za potrditev, in/ali na vsak samostojni primerek
    LRM, ki ni integriran v instrument in se uporablja v načinu RUO na instrumentih Dx.
