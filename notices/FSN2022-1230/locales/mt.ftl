### status: draft

# FSN2022-1230 (Maltese): Local Run Manager (LRM) vulnerability in NextSeq 550Dx and MiSeqDx.

# Second title line of this notice (set in capitals in the original).
title-urgent-device-recall-caps = SEJĦA LURA URĠENTI TA’ APPARAT MEDIKU

# Affected products whose names are translated (table rows).
product-nextseq-550dx = Strument NextSeq 550Dx
product-miseqdx = Strument MiSeqDx

# Table of affected products: this notice's column headings.
product-table-name = Isem il-Prodott/l-Apparat
product-table-udi-di = Identifikatur tal-Apparat

# Introduction after the salutation, before Table 1.
intro = Illumina qed tikkuntattjak dwar vulnerabbiltà taċ-ċibersigurtà fil-Local Run Manager
    (LRM) identifikata fl-istrumenti NextSeq™ 550Dx u MiSeq™Dx. Dan l-avviż jagħti sommarju
    tal-problema, tal-azzjonijiet ta’ Illumina u tal-azzjonijiet meħtieġa mill-klijent.

# Issue summary.
summary-vulnerability = Illumina identifikat vulnerabbiltà taċ-ċibersigurtà fis-softwer Local
    Run Manager (LRM) fuq l-istrumenti tas-sekwenzjar dijanjostiku in vitro identifikati
    fit-Tabella 1.
summary-no-reports = Sa issa, Illumina ma rċeviet l-ebda rapport li jindika li din
    il-vulnerabbiltà ġiet sfruttata.
summary-exploitation = Utent mhux awtorizzat jista’ potenzjalment jisfrutta l-vulnerabbiltà
    biex jieħu l-kontroll tal-istrument mill-bogħod u mbagħad iwettaq azzjonijiet fil-livell
    tas-sistema operattiva; azzjonijiet bħal dawn jistgħu jaffettwaw l-issettjar,
    il-konfigurazzjonijiet, is-softwer jew id-data fuq l-istrument jew fuq in-netwerk
    tal-klijent. L-isfruttament ta’ din il-vulnerabbiltà jista’ jwassal biex ma jiġu ġġenerati
    l-ebda riżultati, jiġu ġġenerati riżultati żbaljati, jiġu kompromessi fajls jew ikun hemm
    ksur tad-data tal-pazjenti. L-isfruttament ta’ din il-vulnerabbiltà bil-mod deskritt hawn
    fuq jista’ jippreżenta riskju potenzjali għas-saħħa tal-pazjenti.

# Illumina actions.
issuer-actions-patch = Illumina żviluppat garża tas-softwer biex tipprevjeni l-isfruttament ta’
    din il-vulnerabbiltà. Bħalissa qed naħdmu biex niżviluppaw soluzzjoni permanenti
    tas-softwer għall-istrumenti attwali u futuri.
issuer-actions-download = Għall-istrumenti konnessi mal-internet, il-garża tas-softwer hija
    disponibbli issa biex titniżżel (l-indirizz tas-sit web tat-tniżżil jinsab fit-taqsima
    Azzjonijiet tal-Klijent hawn taħt). Illumina tirrakkomanda li l-klijenti jniżżlu
    immedjatament il-garża tas-softwer u jinstallawha fuq l-istrumenti affettwati kollha.
issuer-actions-offline = Għall-installazzjoni tal-garża tas-softwer fuq prodotti LRM affettwati
    li mhumiex konnessi mal-internet, Illumina żviluppat għażliet alternattivi. Għal
    informazzjoni dwar dawn l-għażliet, ikkuntattja lill-Appoġġ Tekniku fuq
    techsupport@illumina.com mill-aktar fis possibbli.
issuer-actions-questions = Għal kwalunkwe mistoqsija oħra jew għal assistenza, ikkuntattja lil
    techsupport@illumina.com.

# Customer actions: the dual-boot remark, then the numbered steps.
customer-actions-dual-boot = Nota: l-istrumenti affettwati għandhom modalità ta’ bidu doppju
    (dual boot), u huwa importanti li l-garża tas-softwer tiġi installata separatament f’kull
    modalità (Dx u RUO) ta’ kull strument. Huwa importanti wkoll li l-garża tas-softwer tiġi
    installata fuq kwalunkwe istanza awtonoma ta’ LRM li mhijiex integrata fl-istrument u li
    tintuża fil-modalità RUO fuq strumenti Dx.

# Step 1 and its three paragraphs.
step-internet = Strumenti konnessi mal-internet: niżżel u installa immedjatament il-garża
    tas-softwer disponibbli f’dan l-indirizz fuq kull strument affettwat, f’kull modalità
    (modalità Dx u modalità RUO), u/jew fuq kull istanza awtonoma ta’ LRM li mhijiex
    integrata fl-istrument u li tintuża fil-modalità RUO fuq strumenti Dx.
step-internet-backup = Qabel ma tinstalla l-garża tas-softwer, huwa rakkomandat li tagħmel
    backup tad-data tiegħek.
step-internet-address = Għal protezzjoni aħjar, bħalissa Illumina qed tipprovdi l-indirizz
    tas-sit web biss lill-klijenti bi prodotti affettwati u lill-korpi regolatorji.
step-internet-form = Imla u rritorna l-Formola ta’ Verifika hawn taħt fi żmien 5 ijiem
    tax-xogħol.

# Step 2 and its paragraph.
step-offline = Strumenti mhux konnessi mal-internet: għal istruzzjonijiet dwar metodi oħra
    biex tiġi implimentata l-garża tas-softwer, ikkuntattja lil techsupport@illumina.com.
step-offline-form = Imla u rritorna l-Formola ta’ Verifika hawn taħt immedjatament wara li
    tinstalla l-garża tas-softwer.

# Step 3.
step-permanent-fix = Soluzzjoni permanenti tas-softwer: meta jkun disponibbli, installa
    l-aġġornament tas-softwer li se jirrimedja din il-vulnerabbiltà b’mod permanenti. Aktar
    informazzjoni dwar dan l-aġġornament tas-softwer se tintbagħat f’komunikazzjoni separata.

# Customer actions: the two notes.
customer-actions-note-web-ui = **NOTA:** l-installazzjoni tal-garża tas-softwer se timblokka
    l-aċċess mill-bogħod għall-interfaċċa web tal-utent tal-LRM (web UI) u se tissostitwixxi
    l-Gwida għall-Utent attwali tal-LRM; il-funzjonijiet essenzjali l-oħra kollha tal-istrument
    se jibqgħu l-istess. Il-klijenti li jużaw l-interfaċċa web għall-flussi tax-xogħol
    tal-laboratorju jistgħu jikkuntattjaw lil techsupport@illumina.com għal assistenza
    immedjata.
customer-actions-note-compromised = **NOTA:** jekk tissuspetta li l-istrument tiegħek ġie
    kompromess minn utent mhux awtorizzat, skonnettja immedjatament il-kejbil tan-netwerk u
    kkuntattja minnufih lil techsupport@illumina.com. Għal informazzjoni dwar il-passi biex
    jiġi eżaminat l-apparat, irreferi għall-Manwal tal-Istruzzjonijiet tal-LRM Software
    Patch 1.0.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jekk utent ikollu avveniment avvers relatat mal-użu tal-prodotti
    affettwati u dovut għal din il-vulnerabbiltà, irrapporta l-avveniment lill-programm
    MedWatch tal-FDA għar-Rappurtar ta’ Avvenimenti Avversi online, bil-posta ordinarja jew
    bil-faks. Tista’ timla u tissottometti r-rapport online fuq
    www.fda.gov/medwatch/report.htm. F’żoni barra mill-Istati Uniti, ikkuntattja lill-korp
    regolatorju lokali tiegħek.
closing-remarks = Illumina tieħu s-sigurtà u l-privatezza tad-data bis-serjetà kollha. Aħna
    impenjati li nappoġġjawk biex tindirizza din il-vulnerabbiltà. Għal kwalunkwe mistoqsija,
    jekk jogħġbok ikteb lil techsupport@illumina.com.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# The "why you are receiving this notice" box, in this notice's older wording (no links).
why-body-contact = Qed nibagħtulek dan l-avviż għaliex int elenkat bħala l-persuna ta’ kuntatt
    għall-organizzazzjoni tiegħek. Minn żmien għal żmien, jeħtieġ ninfurmaw lill-klijenti
    tagħna dwar bidliet fil-prodotti, waqfien ta’ prodotti jew kwistjonijiet ta’ kwalità.
why-body-marketing = Għalhekk nitolbuk tagħti attenzjoni lil dawn l-avviżi, għaliex fihom
    informazzjoni importanti dwar il-prodotti tagħna u mhumiex komunikazzjonijiet ta’
    kummerċjalizzazzjoni. Għaldaqstant, tista’ tirċievi dawn l-avviżi anke jekk għażilt li ma
    tirċevix materjal ta’ kummerċjalizzazzjoni minn { $issuer }. Jekk m’intix il-persuna ta’
    kuntatt xierqa fl-organizzazzjoni tiegħek għal avviżi bħal dawn, jekk jogħġbok ibgħat
    email lil customernotifications@illumina.com bil-kuntatt korrett. Għal aktar
    informazzjoni, ara l-Politika tal-Privatezza tagħna.

# Verification form: paragraphs before the form table.
form-intro-sent = Nhar { $issued }, Illumina bagħtitlek avviż ta’ Sejħa Lura Urġenti ta’
    Apparat Mediku, { $notice-id }, dwar problema li taffettwa l-istrumenti NextSeq 550Dx u
    MiSeqDx.
form-intro-complete = Jekk jogħġbok imla t-tabella hawn taħt biex tikkonferma li rċevejt
    l-avviż, imbagħad ibgħat il-formola mimlija bl-email lil techsupport@illumina.com ladarba
    tkun lestejt l-installazzjoni tal-garża tas-softwer kif deskritt fit-taqsima Azzjonijiet
    tal-Klijent ta’ dan l-avviż.

# Verification form: checklist of the affected products.
form-product-name = Isem il-Prodott/l-Apparat
form-quantity = KWANTITÀ
form-serial-numbers = Numri tas-serje
form-checklist-hint = Immarka l-prodotti affettwati kollha
form-row-standalone-lrm = Istanzi awtonomi ta’ LRM li mhumiex integrati fl-istrument u li
    jintużaw fil-modalità RUO fuq strumenti Dx.

# Verification form: the customer's details.
form-customer-details = Informazzjoni dwar il-Klijent
form-person-name-print = Isem (b’ittri kapitali):
form-person-title-print = Kariga tal-persuna li qed timla l-formola (b’ittri kapitali):

# Verification form: questions for customers.
form-q-lrm-installed = Niddikjara li l-LRM huwa installat fuq l-istrumenti mmarkati hawn fuq.
form-q-patch-installed = Nikkonferma li l-garża tas-softwer hija installata fuq l-istrumenti
    kollha identifikati hawn fuq.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikajt il-klijenti li rċevew jew li setgħu rċevew
    il-prodott.

# Verification form: the acknowledgement (the signature cells are shared).
form-ack-install-each-mode = Nirrikonoxxi li, wara li titniżżel il-garża tas-softwer, din
    għandha tiġi installata separatament f’kull modalità (modalità Dx u modalità RUO,
    rispettivament) ta’ kull strument affettwat identifikat f’din il-Formola ta’ Verifika
    u/jew fuq kwalunkwe istanza awtonoma ta’ LRM li mhijiex integrata fl-istrument u li
    tintuża fil-modalità RUO fuq strumenti Dx.
