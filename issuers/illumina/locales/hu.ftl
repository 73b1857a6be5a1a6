### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globális minőségügyi alelnök
signatory-vp-regulatory-affairs = Szabályozási ügyekért felelős alelnök

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Minden jog fenntartva. Minden védjegy az Illumina, Inc.
    vagy a megfelelő tulajdonosok tulajdona. A védjegyekkel kapcsolatos konkrét információkért
    látogasson el a(z) [www.illumina.com/company/legal.html]({ $link-legal }) oldalra.
