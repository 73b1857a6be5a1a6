### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Irish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Ainm tráchtála
field-fsca-id = Aitheantóir FSCA
field-action-type = Cineál gnímh
field-date = Dáta
field-attention = Chun aird
field-contact = Teagmháil
field-fsn-type = Cineál FSN
fsn-type-new = FSN nua
fsn-type-update = Nuashonrú ar FSN roimhe seo
fsn-type-follow-up = Obair leantach ar FSN roimhe seo
fsn-type-other = Eile
field-previous-notice = FSN roimhe seo (tagairt, dáta)
field-key-information = Príomhfhaisnéis nua
field-reply-required = Tá freagra ón gcustaiméir ag teastáil
field-reply-by = Freagair faoi
field-inform-patients = Ní mór othair nó úsáideoirí tuata a chur ar an eolas
field-manufacturer = Monaróir
field-address = Seoladh
field-website = Suíomh gréasáin
field-srn = Uimhir chláraithe aonair (SRN)
field-attachments = Ceangaltáin

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Faisnéis faoin ngléas
eu-section-reason = Cúis leis an ngníomh ceartaitheach sábháilteachta (FSCA)
eu-section-action = Cineál gnímh chun an riosca a mhaolú
eu-section-general = Faisnéis ghinearálta
eu-section-transmission = Tarchur an fhógra sábháilteachta seo
eu-transmission = Ní mór an fógra seo a chur ar aghaidh chuig gach duine i d'eagraíocht ar
    gá dó a bheith ar an eolas faoi, agus chuig aon eagraíocht ar aistríodh na gléasanna a
    d'fhéadfadh a bheith i gceist chuici.
eu-authority-informed = Cuireadh an t-údarás inniúil (rialála) i do thír ar an eolas faoin
    gcumarsáid seo chuig custaiméirí.
eu-distributor-form = Foirm freagartha do dháileoirí/allmhaireoirí
eu-distributor-form-intro = Más dáileoir nó allmhaireoir thú, comhlánaigh an fhoirm seo
    freisin tar éis duit an fógra seo a chur ar aghaidh chuig do chustaiméirí.
