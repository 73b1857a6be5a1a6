### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vicedirektør, global kvalitet
signatory-vp-regulatory-affairs = Vicedirektør, regulatoriske anliggender

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Alle rettigheder forbeholdes. Alle varemærker tilhører
    Illumina, Inc. eller deres respektive ejere. Du kan finde specifikke oplysninger om
    varemærker på [www.illumina.com/company/legal.html]({ $link-legal }).
