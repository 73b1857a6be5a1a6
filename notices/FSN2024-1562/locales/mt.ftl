### status: draft

# FSN2024-1562 (Maltese): unsecured network communication protocols.

# Table of affected products: this notice's caption and UDI-DI heading.
product-table-caption = Tabella 1: Prodott(i) affettwat(i)
product-table-udi-di = Identifikatur Uniku tal-Apparat - Identifikatur tal-Apparat

# Introduction after the salutation, before Table 1.
intro = Illumina qed tikkuntattjak dwar vulnerabbiltà taċ-ċibersigurtà identifikata
    fil-protokoll tal-komunikazzjoni bejn il-ħżin tan-netwerk, is-servers u/jew il-kompjuters
    ipprovduti mill-klijent u l-prodotti speċifikati fit-Tabella 1 hawn taħt. Dan l-avviż
    jagħti sommarju tal-problema, tal-azzjonijiet ta’ Illumina u tal-azzjonijiet meħtieġa
    mill-klijent.

# Issue summary.
summary-risk = Waqt analiżi ta’ rutina taċ-ċibersigurtà, it-Tim tas-Sigurtà tal-Prodotti ta’
    Illumina identifika riskju mhux ikkontrollat għas-sigurtà tal-prodott assoċjat
    mal-protokoll tal-komunikazzjoni bejn il-prodotti ta’ Illumina identifikati fit-Tabella 1
    u l-ħżin tan-netwerk, is-servers u/jew il-kompjuters ipprovduti mill-klijent. Illumina
    ddeterminat li, jekk ma jintużawx protokolli siguri, attur mhux awtorizzat li diġà kiseb
    aċċess privileġġjat għan-netwerk tal-klijent jista’ jinterċetta u jisfrutta dawn
    il-komunikazzjonijiet.
summary-exploitation = Kieku attur mhux awtorizzat kellu jisfrutta din il-vulnerabbiltà,
    ikun jista’ potenzjalment jinterċetta u jimmodifika fajls, u b’hekk lill-entità
    tan-netwerk ipprovduta mill-klijent jistgħu jitwasslu riżultati żbaljati, riżultati
    ttardjati, l-ebda riżultat jew fajls korrotti, u/jew tista’ tiġi esposta d-data
    tal-pazjenti li tinsab fil-fajls trażmessi.
summary-no-reports = Sa issa, Illumina ma rċeviet l-ebda rapport u m’għandha l-ebda evidenza
    li tindika li din il-vulnerabbiltà ġiet sfruttata.

# Illumina actions.
issuer-actions-guidance = Illumina tipprovdi Gwida dwar iċ-Ċibersigurtà li tinkludi
    rakkomandazzjonijiet dwar kif il-klijenti jistgħu jiżguraw il-komunikazzjoni tan-netwerk
    intern tagħhom mal-prodott ta’ Illumina.
issuer-actions-risk = Jekk dawn l-istruzzjonijiet ma jiġux segwiti jew jekk l-aħjar prattiki
    tas-sigurtà tan-netwerk ma jiġux implimentati biex jipproteġu s-sistemi tiegħek,
    l-organizzazzjoni tiegħek tista’ tibqa’ esposta għar-riskji deskritti hawn fuq.

# Customer actions: intro, the two numbered steps, the remarks after them, the note.
customer-actions-intro = Għall-prodotti affettwati kollha, segwi l-passi li ġejjin biex
    timplimenta l-miżuri ta’ mitigazzjoni:
customer-actions-download = Niżżel u
    aqra [dan](https://support.illumina.com/support-content/cyberguidance.html) id-dokument
    tal-Gwida dwar iċ-Ċibersigurtà. Il-link sħiħ jinsab hawn taħt.
    <https://support.illumina.com/support-content/cyberguidance.html>
customer-actions-configure = Għal kull prodott konness man-netwerk tal-klijent: aħdem
    mad-dipartiment intern tal-IT tiegħek biex tiddetermina liema protokoll sigur jaħdem
    l-aħjar fl-ambjent tiegħek u implimenta l-bidla xierqa fil-konfigurazzjoni.
customer-actions-dual-mode = Nota: bidla fil-protokoll tan-netwerk taffettwa kemm il-modalità
    Dx kif ukoll il-modalità RUO fl-istess ħin, għalhekk mhux meħtieġ li tibda l-istrument
    f’kull modalità separatament biex tieħu l-azzjonijiet meħtieġa.
customer-actions-verification-form = Imla u rritorna l-Formola ta’ Verifika wara li twettaq
    il-passi kollha tal-istruzzjonijiet ipprovduti għal kull prodott tiegħek identifikat
    bħala affettwat fit-Tabella 1.
customer-actions-note = **NOTA:** Jekk tissuspetta li l-istrument tiegħek ġie kompromess minn
    utent mhux awtorizzat, skonnettja immedjatament il-kejbil tan-netwerk u kkuntattja lil
    techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jekk ikollok avveniment avvers relatat mal-użu ta’ xi prodott
    affettwat u dovut għal din il-vulnerabbiltà, irrapporta l-avveniment lill-programm
    MedWatch tal-FDA għar-Rappurtar ta’ Avvenimenti Avversi online, bil-posta ordinarja jew
    bil-faks. Tista’ timla u tissottometti r-rapport online fuq
    www.fda.gov/medwatch/report.htm. F’żoni barra mill-Istati Uniti, ikkuntattja lill-korp
    regolatorju lokali tiegħek.
closing-remarks = Illumina tieħu s-sigurtà bis-serjetà kollha. Aħna impenjati li nappoġġjawk
    biex tindirizza din il-vulnerabbiltà. Għal kwalunkwe mistoqsija oħra jew għal assistenza,
    ikkuntattja lil techsupport@illumina.com. Tista’ tiġi kkuntattjat ukoll minn fornitur terz
    f’isem Illumina, li jiżgura li tirċievi l-appoġġ li għandek bżonn.

# Job titles of the signatories as printed in this notice.
signatory-vp-global-quality = VP, Global Quality
signatory-vp-regulatory-affairs = VP, Regulatory Affairs

# Copyright and trademark line of the footer, as printed in this notice.
legal = © { $year } Illumina, Inc. Id-drittijiet kollha riżervati. It-trademarks kollha huma
    proprjetà ta’ Illumina, Inc. jew tas-sidien rispettivi tagħhom. Għal informazzjoni
    speċifika dwar it-trademarks, ara l-paġna
    web [www.illumina.com/company/legal.html]({ $link-legal }).

# The "why you are receiving this notice" box: this notice's heading and second paragraph.
why-body-marketing = Dawn l-avviżi fihom informazzjoni essenzjali dwar il-prodotti tagħna u
    mhumiex komunikazzjonijiet ta’ kummerċjalizzazzjoni. Għalhekk, tista’ tirċievi dawn
    l-avviżi anke jekk għażilt li ma tirċevix komunikazzjonijiet ta’ kummerċjalizzazzjoni minn
    { $issuer }. Jekk m’intix il-persuna ta’ kuntatt xierqa fl-organizzazzjoni tiegħek biex
    tirċievi avviżi bħal dawn, tista’ tneħħi l-abbonament tiegħek minn dawn l-avviżi billi
    timla u [tissottometti din il-formola]({ $link-unsubscribe }). Għal aktar informazzjoni,
    ara l-[Politika tal-Privatezza]({ $link-privacy }) tagħna.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina bagħtitlek l-avviż ta’ Sejħa Lura Urġenti ta’ Apparat Mediku
    { $notice-id } dwar problema li taffettwa l-istrumenti NextSeq 550Dx, MiSeqDx,
    NovaSeq 6000Dx, Illumina DRAGEN Server for NextSeq 550Dx, Illumina DRAGEN Server v4 u
    VeriSeq Onsite Server v2.
form-intro-complete = Imla l-formola hawn taħt biex tikkonferma li rċevejt l-avviż u li wettaqt
    l-Azzjonijiet tal-Klijent deskritti f’dan l-avviż. Meta timliha, ibgħat il-formola
    bl-email lil techsupport@illumina.com.

# Verification form: questions for customers.
form-q-guidance-read = Nikkonferma li d-dokument tal-Gwida dwar iċ-Ċibersigurtà tniżżel u
    nqara.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikajt il-klijenti li rċevew jew li setgħu rċevew il-prodott
    affettwat.
