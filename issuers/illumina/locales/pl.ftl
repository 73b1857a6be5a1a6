### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Wiceprezes ds. jakości globalnej
signatory-vp-regulatory-affairs = Wiceprezes ds. regulacyjnych

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Wszelkie prawa zastrzeżone. Wszystkie znaki towarowe są
    własnością firmy Illumina, Inc. lub ich odpowiednich właścicieli. Szczegółowe informacje
    dotyczące znaków towarowych można znaleźć na
    stronie [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Problem ten został zgłoszony lokalnym i międzynarodowym organom
    regulacyjnym oraz właściwym organom.
form-salutation = { salutation }
form-q-received = Potwierdzam otrzymanie powiadomienia { $notice-id } oraz zapoznanie się z
    jego treścią i jej zrozumienie.
form-q-users-informed = Informacje zostały przekazane wszystkim właściwym użytkownikom.
form-q-customers-informed = Poinformowałem(-am) zidentyfikowanych klientów o tym wycofaniu.
form-intro-alternative = Alternatywnie mogą Państwo przesłać wiadomość e-mail do działu
    wsparcia technicznego firmy Illumina, podając informacje wymagane poniżej.
