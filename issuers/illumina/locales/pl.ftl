### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Wiceprezes ds. jakości globalnej
signatory-vp-regulatory-affairs = Wiceprezes ds. regulacyjnych

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Wszelkie prawa zastrzeżone. Wszystkie znaki towarowe są
    własnością firmy Illumina, Inc. lub ich odpowiednich właścicieli. Szczegółowe informacje
    dotyczące znaków towarowych można znaleźć na
    stronie [www.illumina.com/company/legal.html]({ $link-legal }).
