### status: draft

# EXAMPLE-0001 (Czech): a made-up notice showing every element.

product-analysis-server = Ukázkový analytický server

intro = Společnost { $issuer } vás kontaktuje ohledně *smyšleného* problému se softwarem u
    produktů uvedených v tabulce 1. Toto oznámení vydané dne { $issued } ukazuje všechny
    prvky, které fsn nabízí.
summary = Software může předčasně ukončit běh. Podrobnosti naleznete na [ukázkové
    stránce](https://www.example.com/fsn).

step-update = **Aktualizujte software** na každém dotčeném přístroji.
step-update-backup = Před aktualizací zálohujte svá data.
step-update-verify = Po aktualizaci zkontrolujte verzi na obrazovce O aplikaci.
step-form = Vyplňte a vraťte ověřovací formulář.
bullet-contact = S jakýmikoli dotazy se obraťte na techsupport@example.com.
bullet-forward = Předejte toto oznámení všem, kdo produkty používají.
note-network = **POZNÁMKA:** Aktualizace nemění vaše síťová nastavení.

form-intro = Vyplňte prosím níže uvedený formulář a vraťte jej e-mailem.
form-product = Produkt
form-quantity = Množství
form-location = Umístění
form-mark-products = Označte každý dotčený produkt, který vlastníte.
form-row-spare-units = Náhradní jednotky na skladě
form-choice-question = Jak je přístroj připojen?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Vyřazen z provozu
form-actions-heading = Provedená opatření
form-reason-no-access = Bez přístupu k přístroji
form-reason-scheduled = Naplánováno na později
form-q-received = Potvrzuji, že jsem obdržel(a) oznámení { $notice-id } a přečetl(a) a
    pochopil(a) jeho obsah.
form-q-customers-informed = O tomto stažení jsem informoval(a) identifikované zákazníky.
form-acknowledge = Beru na vědomí, že aktualizace musí být nainstalována na každém dotčeném
    přístroji samostatně.
