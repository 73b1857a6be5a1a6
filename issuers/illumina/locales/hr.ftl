### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Potpredsjednik za globalnu kvalitetu
signatory-vp-regulatory-affairs = Potpredsjednik za regulatorne poslove

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Sva prava pridržana. Svi zaštitni znakovi vlasništvo su
    tvrtke Illumina, Inc. ili njihovih odgovarajućih vlasnika. Posebne informacije o zaštitnim
    znakovima potražite na stranici [www.illumina.com/company/legal.html]({ $link-legal }).
