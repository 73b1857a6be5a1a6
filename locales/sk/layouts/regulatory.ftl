### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Slovak).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Obchodný názov
field-fsca-id = Identifikátor FSCA
field-action-type = Druh opatrenia
field-date = Dátum
field-attention = Na pozornosť
field-contact = Kontakt
field-fsn-type = Druh FSN
fsn-type-new = Nové FSN
fsn-type-update = Aktualizácia predchádzajúceho FSN
fsn-type-follow-up = Nadväzujúce FSN k predchádzajúcemu FSN
fsn-type-other = Iné
field-previous-notice = Predchádzajúce FSN (číslo, dátum)
field-key-information = Hlavné nové informácie
field-reply-required = Vyžaduje sa odpoveď zákazníka
field-reply-by = Odpovedať do
field-inform-patients = Je potrebné informovať pacientov alebo laických používateľov
field-manufacturer = Výrobca
field-address = Adresa
field-website = Webové sídlo
field-srn = Jediné registračné číslo (SRN)
field-attachments = Prílohy

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Informácie o pomôcke
eu-section-reason = Dôvod bezpečnostného nápravného opatrenia (FSCA)
eu-section-action = Druh opatrenia na zmiernenie rizika
eu-section-general = Všeobecné informácie
eu-section-transmission = Postúpenie tohto bezpečnostného upozornenia
eu-transmission = Toto upozornenie je potrebné postúpiť všetkým vo vašej organizácii, ktorí
    o ňom musia vedieť, a každej organizácii, ktorej boli potenciálne dotknuté pomôcky
    odovzdané.
eu-authority-informed = Príslušný (regulačný) orgán vašej krajiny bol o tomto oznámení
    zákazníkom informovaný.
eu-distributor-form = Formulár odpovede pre distribútorov/dovozcov
eu-distributor-form-intro = Ak ste distribútor alebo dovozca, po postúpení tohto upozornenia
    svojim zákazníkom vyplňte aj tento formulár.
