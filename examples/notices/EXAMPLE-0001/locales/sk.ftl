### status: draft

# EXAMPLE-0001 (Slovak): a made-up notice showing every element.

product-analysis-server = Ukážkový analytický server

intro = Spoločnosť { $issuer } vás kontaktuje v súvislosti s *vymysleným* problémom so
    softvérom v produktoch uvedených v tabuľke 1. Toto oznámenie vydané dňa { $issued }
    ukazuje všetky prvky, ktoré fsn ponúka.
summary = Softvér môže predčasne ukončiť beh. Podrobnosti nájdete na [ukážkovej
    stránke](https://www.example.com/fsn).

step-update = **Aktualizujte softvér** na každom dotknutom prístroji.
step-update-backup = Pred aktualizáciou zálohujte svoje údaje.
step-update-verify = Po aktualizácii skontrolujte verziu na obrazovke O aplikácii.
step-form = Vyplňte a vráťte overovací formulár.
bullet-contact = S akýmikoľvek otázkami sa obráťte na techsupport@example.com.
bullet-forward = Pošlite toto oznámenie všetkým, ktorí produkty používajú.
note-network = **POZNÁMKA:** Aktualizácia nemení vaše sieťové nastavenia.

form-intro = Vyplňte, prosím, nižšie uvedený formulár a vráťte ho e-mailom.
form-product = Produkt
form-quantity = Množstvo
form-location = Umiestnenie
form-mark-products = Označte každý dotknutý produkt, ktorý vlastníte.
form-row-spare-units = Náhradné jednotky na sklade
form-choice-question = Ako je prístroj pripojený?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Vyradený z prevádzky
form-actions-heading = Prijaté opatrenia
form-reason-no-access = Bez prístupu k prístroju
form-reason-scheduled = Naplánované na neskôr
form-q-received = Potvrdzujem, že som dostal(a) oznámenie { $notice-id } a prečítal(a) a
    pochopil(a) jeho obsah.
form-q-customers-informed = O tomto stiahnutí som informoval(a) identifikovaných zákazníkov.
form-acknowledge = Beriem na vedomie, že aktualizácia sa musí nainštalovať na každom dotknutom
    prístroji samostatne.
