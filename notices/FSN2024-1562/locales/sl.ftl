### status: draft

# FSN2024-1562 (Slovenian): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Preglednica 1: Zadevni izdelek (izdelki)
product-table-udi-di = Edinstveni identifikator pripomočka - Identifikator pripomočka

# Introduction after the salutation, before Table 1.
intro = Družba Illumina vas obvešča o ranljivosti na področju kibernetske varnosti, odkriti
    v komunikacijskem protokolu med omrežnimi shrambami, strežniki in/ali računalniki, ki
    jih zagotovi stranka, ter izdelki, navedenimi v preglednici 1 spodaj. To obvestilo
    povzema težavo, ukrepe družbe Illumina in ukrepe, ki jih morajo izvesti stranke.

# Issue summary.
summary-risk = Skupina za varnost izdelkov družbe Illumina je med rutinskimi analizami
    kibernetske varnosti odkrila nenadzorovano tveganje za varnost izdelka, povezano s
    komunikacijskim protokolom med izdelki Illumina, navedenimi v preglednici 1, ter
    omrežnimi shrambami, strežniki in/ali računalniki, ki jih zagotovi stranka. Družba
    Illumina je ugotovila, da bi lahko nepooblaščena oseba, ki je že pridobila privilegiran
    dostop do omrežja stranke, to komunikacijo prestregla in izkoristila, če se ne
    uporabljajo varni protokoli.
summary-exploitation = Če bi nepooblaščena oseba izkoristila to ranljivost, bi lahko
    prestregla in spremenila datoteke, kar bi lahko povzročilo, da bi omrežna enota, ki jo
    zagotovi stranka, prejela napačne ali zapoznele rezultate, nobenih rezultatov ali
    poškodovane datoteke, in/ali razkritje podatkov o pacientih v prenesenih datotekah.
summary-no-reports = Družba Illumina do zdaj ni prejela nobenih poročil in nima nobenih
    dokazov, da bi bila ta ranljivost izkoriščena.

# Illumina actions.
issuer-actions-guidance = Družba Illumina zagotavlja smernice za kibernetsko varnost s
    priporočili o tem, kako lahko stranke zaščitijo komunikacijo svojega notranjega omrežja
    z izdelkom Illumina.
issuer-actions-risk = Če teh navodil ne upoštevate ali za zaščito svojih sistemov ne uvedete
    najboljših praks za varnost omrežja, je lahko vaša organizacija izpostavljena zgoraj
    opisanim tveganjem.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Za vse zadevne izdelke izvedite naslednje korake za uvedbo ukrepov
    za zmanjšanje tveganja:
customer-actions-download = Prenesite [ta](https://support.illumina.com/support-content/cyberguidance.html)
    dokument s smernicami za kibernetsko varnost in ga preberite. Celotna povezava je
    navedena spodaj.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Za vsak izdelek, povezan z omrežjem stranke: skupaj s svojim
    notranjim oddelkom za IT določite, kateri varni protokol je najprimernejši za vaše
    okolje, in izvedite ustrezno spremembo konfiguracije.
customer-actions-dual-mode = Opomba: sprememba omrežnega protokola hkrati vpliva na način Dx
    in način RUO, zato za izvedbo zahtevanih ukrepov ni treba ločeno zagnati vsakega načina.
customer-actions-verification-form = Ko izvedete vse korake iz priloženih navodil za svoje
    izdelke, ki so v preglednici 1 navedeni kot zadevni, izpolnite in vrnite obrazec za
    potrditev.
customer-actions-note = **OPOMBA:** Če sumite, da je nepooblaščeni uporabnik ogrozil vaš
    instrument, nemudoma izključite omrežni kabel in se obrnite na techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Če pride do neželenega dogodka, povezanega z uporabo katerega koli
    zadevnega izdelka in nastalega zaradi te ranljivosti, ga prijavite v program za
    poročanje o neželenih dogodkih MedWatch agencije FDA prek spleta, po navadni pošti ali
    po faksu. Poročilo lahko izpolnite in oddate na spletu na naslovu
    www.fda.gov/medwatch/report.htm. Zunaj Združenih držav se obrnite na lokalni regulativni
    organ.
closing-remarks = Družba Illumina varnost jemlje zelo resno. Zavezani smo k temu, da vam
    pomagamo pri odpravi te ranljivosti. Za dodatna vprašanja ali pomoč se obrnite na
    techsupport@illumina.com. Morda se bo z vami v imenu družbe Illumina obrnil tudi zunanji
    ponudnik, ki bo poskrbel, da boste prejeli potrebno podporo.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Vse pravice pridržane. Vse blagovne znamke so last družbe
    Illumina, Inc. ali njihovih zadevnih lastnikov. Podrobne informacije o blagovnih znamkah
    najdete na spletni strani [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Ta obvestila vsebujejo bistvene informacije o naših izdelkih in niso
    trženjska sporočila. Zato lahko ta obvestila prejemate, tudi če ste se odjavili od
    prejemanja trženjskih sporočil družbe { $issuer }. Če v svoji organizaciji niste
    ustrezna kontaktna oseba za prejemanje takih obvestil, se lahko od njih odjavite tako,
    da [izpolnite in oddate ta obrazec]({ $link-unsubscribe }). Več informacij najdete v
    naši [politiki zasebnosti]({ $link-privacy }).

# Verification form: paragraphs before the form table.
form-intro-sent = Družba Illumina vam je poslala obvestilo o nujnem odpoklicu medicinskega
    pripomočka { $notice-id } v zvezi s težavo, ki zadeva instrumente NextSeq 550Dx,
    MiSeqDx, NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN
    Server v4 in VeriSeq Onsite Server v2.
form-intro-complete = Izpolnite spodnji obrazec, da potrdite prejem obvestila in izvedbo
    ukrepov za stranke, opisanih v tem obvestilu. Izpolnjeni obrazec pošljite po e-pošti na
    naslov techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Potrjujem, da je bil dokument s smernicami za kibernetsko varnost
    prenesen in prebran.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Opredelil(-a) sem stranke, ki so prejele ali bi lahko prejele
    zadevni izdelek.
