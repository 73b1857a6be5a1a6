### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice-président, Qualité mondiale
signatory-vp-regulatory-affairs = Vice-président, Affaires réglementaires

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Tous droits réservés. Toutes les marques commerciales sont
    la propriété d’Illumina, Inc. ou de leurs détenteurs respectifs. Pour plus d’informations
    sur les marques commerciales, consultez la
    page [www.illumina.com/company/legal.html]({ $link-legal }).
