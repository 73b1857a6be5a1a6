### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Hungarian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Kereskedelmi név
field-fsca-id = FSCA-azonosító
field-action-type = Az intézkedés típusa
field-date = Dátum
field-attention = Címzett
field-contact = Kapcsolattartó
field-fsn-type = Az FSN típusa
fsn-type-new = Új FSN
fsn-type-update = Korábbi FSN frissítése
fsn-type-follow-up = Korábbi FSN folytatása
fsn-type-other = Egyéb
field-previous-notice = Korábbi FSN (hivatkozási szám, dátum)
field-key-information = A legfontosabb új információk
field-reply-required = Az ügyfél válasza szükséges
field-reply-by = Válaszadási határidő
field-inform-patients = A betegeket vagy a laikus felhasználókat tájékoztatni kell
field-manufacturer = Gyártó
field-address = Cím
field-website = Weboldal
field-srn = Egységes regisztrációs szám (SRN)
field-attachments = Mellékletek

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Az eszközre vonatkozó információk
eu-section-reason = A helyszíni biztonsági korrekciós intézkedés (FSCA) oka
eu-section-action = A kockázat csökkentésére irányuló intézkedés típusa
eu-section-general = Általános információk
eu-section-transmission = E biztonsági feljegyzés továbbítása
eu-transmission = Ezt a feljegyzést továbbítani kell a szervezetén belül mindenkinek, akinek
    tudnia kell róla, valamint minden olyan szervezetnek, amelynek a potenciálisan érintett
    eszközöket átadták.
eu-authority-informed = Országa illetékes (szabályozó) hatóságát tájékoztatták erről az
    ügyfeleknek szóló közleményről.
eu-distributor-form = Válaszűrlap forgalmazók/importőrök részére
eu-distributor-form-intro = Ha Ön forgalmazó vagy importőr, kérjük, ezt az űrlapot is töltse
    ki, miután továbbította ezt a feljegyzést ügyfeleinek.
