### status: draft

# EXAMPLE-0001 (Polish): a made-up notice showing every element.

product-analysis-server = Przykładowy serwer analityczny

intro = Firma { $issuer } kontaktuje się z Państwem w sprawie *fikcyjnego* problemu z
    oprogramowaniem produktów wymienionych w tabeli 1. To powiadomienie, wydane dnia
    { $issued }, przedstawia wszystkie elementy oferowane przez fsn.
summary = Oprogramowanie może przedwcześnie zatrzymać przebieg. Szczegółowe informacje można
    znaleźć na [stronie przykładowej](https://www.example.com/fsn).

step-update = **Zaktualizować oprogramowanie** na każdym aparacie, którego dotyczy problem.
step-update-backup = Przed aktualizacją wykonać kopię zapasową danych.
step-update-verify = Po aktualizacji sprawdzić wersję na ekranie Informacje.
step-form = Wypełnić i odesłać formularz weryfikacji.
bullet-contact = W razie pytań prosimy o kontakt pod adresem techsupport@example.com.
bullet-forward = Przekazać to powiadomienie wszystkim użytkownikom produktów.
note-network = **UWAGA:** aktualizacja nie zmienia ustawień sieciowych.

form-intro = Prosimy o wypełnienie poniższego formularza i odesłanie go pocztą e-mail.
form-product = Produkt
form-quantity = Ilość
form-location = Lokalizacja
form-mark-products = Zaznaczyć każdy posiadany produkt, którego dotyczy problem.
form-row-spare-units = Jednostki zapasowe w magazynie
form-choice-question = W jaki sposób aparat jest podłączony?
form-choice-online = Online
form-choice-offline = Offline
form-choice-retired = Wycofany z eksploatacji
form-actions-heading = Podjęte działania
form-reason-no-access = Brak dostępu do aparatu
form-reason-scheduled = Zaplanowano na później
form-q-received = Potwierdzam otrzymanie powiadomienia { $notice-id } oraz zapoznanie się z
    jego treścią i jej zrozumienie.
form-q-customers-informed = Poinformowałem(-am) zidentyfikowanych klientów o tym wycofaniu.
form-acknowledge = Przyjmuję do wiadomości, że aktualizację należy zainstalować oddzielnie na
    każdym aparacie, którego dotyczy problem.
