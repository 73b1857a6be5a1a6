### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepreședinte, Calitate globală
signatory-vp-regulatory-affairs = Vicepreședinte, Afaceri de reglementare

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Toate drepturile rezervate. Toate mărcile comerciale sunt
    proprietatea Illumina, Inc. sau a proprietarilor respectivi. Pentru informații specifice
    despre mărcile comerciale,
    consultați [www.illumina.com/company/legal.html]({ $link-legal }).
