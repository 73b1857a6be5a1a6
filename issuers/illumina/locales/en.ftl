### status: reviewed

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Vice President of Global Quality
signatory-vp-regulatory-affairs = Vice President of Regulatory Affairs

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. All rights reserved. All trademarks are the property of
    Illumina, Inc. or their respective owners. For specific trademark information,
    see [www.illumina.com/company/legal.html]({ $link-legal }).
