### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicepresidente Global Quality
signatory-vp-regulatory-affairs = Vicepresidente Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Tutti i diritti riservati. Tutti i marchi di fabbrica
    sono di proprietà di Illumina, Inc. o dei rispettivi proprietari. Per informazioni
    specifiche sui marchi di fabbrica, visitare la pagina
    web [www.illumina.com/company/legal.html]({ $link-legal }).
