### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Finnish).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Kauppanimi
field-fsca-id = FSCA-tunniste
field-action-type = Toimenpiteen tyyppi
field-date = Päivämäärä
field-attention = Vastaanottaja
field-contact = Yhteyshenkilö
field-fsn-type = FSN:n tyyppi
fsn-type-new = Uusi FSN
fsn-type-update = Aiemman FSN:n päivitys
fsn-type-follow-up = Aiemman FSN:n jatko
fsn-type-other = Muu
field-previous-notice = Aiempi FSN (viite, päivämäärä)
field-key-information = Keskeiset uudet tiedot
field-reply-required = Asiakkaan vastaus vaaditaan
field-reply-by = Vastaus viimeistään
field-inform-patients = Potilaille tai maallikkokäyttäjille on tiedotettava
field-manufacturer = Valmistaja
field-address = Osoite
field-website = Verkkosivusto
field-srn = Yksilöllinen rekisteröintinumero (SRN)
field-attachments = Liitteet

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Laitetta koskevat tiedot
eu-section-reason = Käyttöturvallisuutta korjaavan toimenpiteen (FSCA) syy
eu-section-action = Toimenpiteen tyyppi riskin pienentämiseksi
eu-section-general = Yleiset tiedot
eu-section-transmission = Tämän turvallisuustiedotteen välittäminen
eu-transmission = Tämä tiedote on välitettävä kaikille organisaatiossanne, joiden on oltava
    siitä tietoisia, sekä jokaiselle organisaatiolle, jolle mahdollisesti kyseessä olevia
    laitteita on siirretty.
eu-authority-informed = Maanne toimivaltaiselle (sääntely)viranomaiselle on ilmoitettu tästä
    asiakkaille suunnatusta tiedotteesta.
eu-distributor-form = Jakelijan/maahantuojan vastauslomake
eu-distributor-form-intro = Jos olette jakelija tai maahantuoja, täyttäkää myös tämä lomake,
    kun olette välittäneet tämän tiedotteen asiakkaillenne.
