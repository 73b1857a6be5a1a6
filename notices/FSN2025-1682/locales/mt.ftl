### status: draft

# FSN2025-1682 (Maltese): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Strument NovaSeq 6000Dx inkluż DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina qed tikkuntattjak dwar vulnerabbiltà tas-sigurtà identifikata fil-Kontrollur
    tal-Ġestjoni tal-Baseboard (Baseboard Management Controller, BMC) tad-DRAGEN™ Server for
    NovaSeq™ 6000Dx Instrument u tal-Illumina DRAGEN Server for NextSeq™ 550Dx Instrument.
    Is-servers affettwati huma speċifikati fit-Tabella 1 hawn taħt. Dan l-avviż jagħti
    sommarju tal-problema, tal-azzjonijiet ta’ Illumina u tal-azzjonijiet meħtieġa
    mill-klijent. Nota: din il-vulnerabbiltà tas-sigurtà hija limitata għal dawn l-istanzi
    ta’ Illumina DRAGEN Server. Verżjonijiet oħra ta’ istanzi ta’ DRAGEN Server mhumiex
    affettwati.

# Issue summary.
summary-risk = It-Tim tas-Sigurtà tal-Prodotti ta’ Illumina reċentement identifika riskju mhux
    ikkontrollat għas-sigurtà tal-prodott assoċjat mal-Kontrollur tal-Ġestjoni tal-Baseboard
    (BMC) użat fl-istanzi ta’ DRAGEN Server elenkati hawn fuq. Il-vulnerabbiltà tas-sigurtà
    hija dovuta għal konfigurazzjonijiet fil-ġestjoni u fil-monitoraġġ tan-netwerk mill-bogħod.
summary-exploitation = Illumina ddeterminat li, kieku attur mhux awtorizzat kellu jisfrutta din
    il-vulnerabbiltà, ikun jista’ jaċċessa l-konsol mill-bogħod tal-BMC mingħajr ma jdaħħal
    password (qbiż tal-awtentikazzjoni). L-isfruttament ta’ din il-vulnerabbiltà jista’
    jwassal għal aċċess mhux awtorizzat għas-sistema, manipulazzjoni tal-issettjar
    tal-hardware, eżekuzzjoni ta’ kodiċi mill-bogħod, kontroll mill-bogħod, ksur tad-data u
    attakki ta’ ċaħda tas-servizz.
summary-no-reports = Sa issa, Illumina ma rċeviet l-ebda rapport u m’għandha l-ebda evidenza
    li tindika li din il-vulnerabbiltà ġiet sfruttata.

# Illumina actions.
issuer-actions-instructions = Illumina qed tipprovdi lill-klijenti l-istruzzjonijiet t’hawn taħt
    dwar kif jistgħu jiżguraw is-servers tagħhom u jipproteġu s-sistemi tagħhom mill-isfruttament
    ta’ din il-vulnerabbiltà. Ladarba jiġu applikati, dawn l-istruzzjonijiet jirrimedjaw
    il-vulnerabbiltà.
issuer-actions-risk = Jekk dawn l-istruzzjonijiet ma jiġux segwiti, is-sistema tiegħek tista’
    tibqa’ esposta għar-riskji deskritti hawn fuq.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = Għall-istanzi kollha affettwati ta’ DRAGEN Server elenkati
    fit-Tabella 1 hawn fuq, għandhom jittieħdu l-azzjonijiet li ġejjin biex tiġi rrimedjata
    din il-vulnerabbiltà kritika tas-sigurtà:
customer-actions-download = Niżżel u segwi l-istruzzjonijiet għall-klijenti minn [din
    il-paġna web](https://support.illumina.com/support-content/bmc.html). Il-link sħiħ
    jinsab hawn taħt:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Imla u rritorna l-Formola ta’ Verifika wara li twettaq
    il-passi kollha tal-istruzzjonijiet ipprovduti għal kull server tiegħek identifikat bħala
    affettwat fit-Tabella 1.
customer-actions-note = **NOTA:** Jekk tissuspetta li s-server tiegħek ġie kompromess minn
    attur mhux awtorizzat, skonnettja immedjatament il-kejbil tan-netwerk u kkuntattja
    lill-Appoġġ Tekniku ta’ Illumina fuq techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Jekk ikollok avveniment avvers minħabba din il-vulnerabbiltà
    tas-sigurtà waqt li tkun qed tuża xi wieħed mis-servers affettwati, irrapporta l-avveniment
    lill-programm MedWatch tal-FDA għar-Rappurtar ta’ Avvenimenti Avversi online, bil-posta
    ordinarja jew bil-faks. Tista’ timla u tissottometti r-rapport online fuq
    www.fda.gov/medwatch/report.htm. F’żoni barra mill-Istati Uniti, ikkuntattja lill-korp
    regolatorju lokali tiegħek.
closing-remarks = Illumina tieħu s-sigurtà bis-serjetà kollha. Aħna impenjati li nappoġġjawk
    biex tindirizza din il-vulnerabbiltà. Għal kwalunkwe mistoqsija oħra jew għal assistenza,
    ikkuntattja lil techsupport@illumina.com. Tista’ tiġi kkuntattjat ukoll minn fornitur terz
    f’isem Illumina, li jiżgura li tirċievi l-appoġġ li għandek bżonn.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina bagħtitlek l-avviż ta’ Sejħa Lura Urġenti ta’ Apparat Mediku
    { $notice-id } dwar problema li taffettwa d-DRAGEN Server for NovaSeq 6000Dx Instrument u
    l-Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Imla l-formola hawn taħt biex tikkonferma li rċevejt l-avviż u li wettaqt
    l-Azzjonijiet tal-Klijent deskritti fl-avviż. Meta timliha, ibgħat il-formola bl-email lil
    techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Isem is-server

# Verification form: questions for customers.
form-q-remediation-done = Nikkonferma li l-passi ta’ rimedju elenkati fit-taqsima Azzjonijiet
    tal-Klijent ġew implimentati fuq kull server affettwat identifikat f’din il-Formola ta’
    Verifika.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Identifikajt il-klijenti li rċevew jew li setgħu rċevew
    is-servers affettwati.
