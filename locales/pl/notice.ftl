### status: draft

# Shared boilerplate of every notice (Polish).

# Letter opening and closing.
salutation = Szanowni Państwo,
closing = Z poważaniem

# Label beside the title, and the title lines (largest first).
label-recall = Wycofanie
title-quality-notification = Powiadomienie dotyczące jakości
title-urgent-device-recall = Pilne wycofanie wyrobu medycznego
title-urgent-safety-notice = Pilna notatka bezpieczeństwa

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Tabela 1: Produkty, których dotyczy problem
product-table-name = Produkt, którego dotyczy problem
product-table-catalog = Numer katalogowy
product-table-udi-di = Niepowtarzalny kod identyfikacyjny wyrobu – Identyfikator wyrobu
product-table-version = Wersja oprogramowania
product-table-serials = Numery seryjne
udi-di-not-available = Nd.

# Section headings of the letter.
section-summary = Podsumowanie problemu
section-issuer-actions = Działania firmy { $issuer }
section-customer-actions = Działania wymagane od klienta

# The "why you are receiving this notice" box.
why-heading = Dlaczego otrzymują Państwo to powiadomienie
why-body-contact = Otrzymują Państwo to powiadomienie, ponieważ zgodnie z naszymi danymi są
    Państwo osobą kontaktową w swojej organizacji w sprawach zmian produktów, wycofywania
    produktów z oferty i problemów z jakością.
why-body-marketing = Należy pamiętać, że powiadomienia te zawierają istotne informacje o
    naszych produktach i nie są komunikatami marketingowymi. Dlatego mogą Państwo otrzymywać
    te powiadomienia nawet wtedy, gdy zrezygnowali Państwo z otrzymywania komunikatów
    marketingowych od firmy { $issuer }. Jeśli nie są Państwo właściwą osobą kontaktową w
    swojej organizacji do otrzymywania takich powiadomień, mogą Państwo zrezygnować z ich
    otrzymywania, [przesyłając ten formularz]({ $link-unsubscribe }). Więcej informacji
    zawiera nasza [Polityka prywatności]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Wsparcie techniczne:
contact-customer-care = Obsługa klienta:
page-label = Strona { $page } z { $total }
intended-use-ivd = Do diagnostyki in vitro. Produkt niedostępny we wszystkich krajach i
    regionach.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Formularz weryfikacji
form-title = Formularz weryfikacji
form-company-name = Nazwa firmy
form-person-heading = Dane osoby wypełniającej formularz
form-person-name = Imię i nazwisko:
form-person-title = Stanowisko:
form-date = Data ({ date-placeholder }):
form-serial-numbers = Numer(y) seryjny(e)
form-customer-responses = Odpowiedzi klienta
form-distributor-responses = Odpowiedzi dystrybutora/importera

# Answer boxes of the form.
form-yes = Tak
form-no = Nie
form-not-applicable = Nie dotyczy

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Wykonano
form-not-done = Nie wykonano
form-other-reason = Inne:

# Signature cells at the end of the form.
form-signature = Podpis osoby wypełniającej formularz
form-signature-date = Data
