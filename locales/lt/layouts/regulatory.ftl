### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Lithuanian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Prekinis pavadinimas
field-fsca-id = FSCA identifikatorius
field-action-type = Veiksmo rūšis
field-date = Data
field-attention = Kam
field-contact = Kontaktai
field-fsn-type = FSN rūšis
fsn-type-new = Naujas FSN
fsn-type-update = Ankstesnio FSN atnaujinimas
fsn-type-follow-up = Ankstesnio FSN tęsinys
fsn-type-other = Kita
field-previous-notice = Ankstesnis FSN (nuoroda, data)
field-key-information = Svarbiausia nauja informacija
field-reply-required = Būtinas kliento atsakymas
field-reply-by = Atsakyti iki
field-inform-patients = Būtina informuoti pacientus arba neprofesionalius naudotojus
field-manufacturer = Gamintojas
field-address = Adresas
field-website = Interneto svetainė
field-srn = Bendrasis registracijos numeris (SRN)
field-attachments = Priedai

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informacija apie priemonę
eu-section-reason = Vietos saugos taisomojo veiksmo (FSCA) priežastis
eu-section-action = Rizikos mažinimo veiksmo rūšis
eu-section-general = Bendroji informacija
eu-section-transmission = Šio saugos pranešimo perdavimas
eu-transmission = Šis pranešimas turi būti perduotas visiems jūsų organizacijos
    darbuotojams, kurie turi apie jį žinoti, ir kiekvienai organizacijai, kuriai buvo perduotos
    galimai paveiktos priemonės.
eu-authority-informed = Jūsų šalies kompetentinga (reguliavimo) institucija buvo informuota
    apie šį pranešimą klientams.
eu-distributor-form = Platintojo / importuotojo atsakymo forma
eu-distributor-form-intro = Jei esate platintojas arba importuotojas, perdavę šį pranešimą
    savo klientams, užpildykite ir šią formą.
