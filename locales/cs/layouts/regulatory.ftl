### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Czech).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Obchodní název
field-fsca-id = Identifikátor FSCA
field-action-type = Druh opatření
field-date = Datum
field-attention = K rukám
field-contact = Kontakt
field-fsn-type = Druh FSN
fsn-type-new = Nové FSN
fsn-type-update = Aktualizace dřívějšího FSN
fsn-type-follow-up = Navazující FSN k dřívějšímu FSN
fsn-type-other = Jiné
field-previous-notice = Předchozí FSN (číslo, datum)
field-key-information = Hlavní nové informace
field-reply-required = Je vyžadována odpověď zákazníka
field-reply-by = Odpovědět do
field-inform-patients = Je nutné informovat pacienty nebo laické uživatele
field-manufacturer = Výrobce
field-address = Adresa
field-website = Webové stránky
field-srn = Jedinečné registrační číslo (SRN)
field-attachments = Přílohy

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informace o prostředku
eu-section-reason = Důvod bezpečnostního nápravného opatření (FSCA)
eu-section-action = Druh opatření ke zmírnění rizika
eu-section-general = Obecné informace
eu-section-transmission = Předání tohoto bezpečnostního upozornění
eu-transmission = Toto upozornění musí být předáno všem ve vaší organizaci, kteří o něm musí
    vědět, a každé organizaci, které byly potenciálně dotčené prostředky předány.
eu-authority-informed = Příslušný (regulační) orgán vaší země byl o tomto sdělení zákazníkům
    informován.
eu-distributor-form = Formulář odpovědi pro distributory/dovozce
eu-distributor-form-intro = Pokud jste distributor nebo dovozce, vyplňte po předání tohoto
    upozornění svým zákazníkům také tento formulář.
