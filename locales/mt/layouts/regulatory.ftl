### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Maltese).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Isem kummerċjali
field-fsca-id = Identifikatur tal-FSCA
field-action-type = Tip ta' azzjoni
field-date = Data
field-attention = Għall-attenzjoni ta'
field-contact = Kuntatt
field-fsn-type = Tip ta' FSN
fsn-type-new = FSN ġdid
fsn-type-update = Aġġornament ta' FSN preċedenti
fsn-type-follow-up = Segwitu ta' FSN preċedenti
fsn-type-other = Oħrajn
field-previous-notice = FSN preċedenti (referenza, data)
field-key-information = Informazzjoni ġdida ewlenija
field-reply-required = Hija meħtieġa tweġiba mill-klijent
field-reply-by = Wieġeb sa
field-inform-patients = Il-pazjenti jew l-utenti lajċi għandhom jiġu infurmati
field-manufacturer = Manifattur
field-address = Indirizz
field-website = Sit web
field-srn = Numru uniku ta' reġistrazzjoni (SRN)
field-attachments = Annessi

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informazzjoni dwar l-apparat
eu-section-reason = Raġuni għall-azzjoni korrettiva tas-sikurezza (FSCA)
eu-section-action = Tip ta' azzjoni biex jittaffa r-riskju
eu-section-general = Informazzjoni ġenerali
eu-section-transmission = Trażmissjoni ta' dan l-avviż tas-sikurezza
eu-transmission = Dan l-avviż għandu jintbagħat lil kull min jeħtieġ ikun jaf bih
    fl-organizzazzjoni tiegħek, u lil kull organizzazzjoni li lilha ġie trasferit l-apparat
    potenzjalment affettwat.
eu-authority-informed = L-awtorità kompetenti (regolatorja) ta' pajjiżek ġiet infurmata dwar
    din il-komunikazzjoni lill-klijenti.
eu-distributor-form = Formola ta' tweġiba għad-distributuri/importaturi
eu-distributor-form-intro = Jekk inti distributur jew importatur, imla wkoll din il-formola
    wara li tkun bgħatt dan l-avviż lill-klijenti tiegħek.
