### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globālās kvalitātes viceprezidents
signatory-vp-regulatory-affairs = Normatīvo jautājumu viceprezidents

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Visas tiesības aizsargātas. Visas preču zīmes pieder
    uzņēmumam Illumina, Inc. vai to attiecīgajiem īpašniekiem. Konkrētu informāciju par preču
    zīmēm skatiet vietnē [www.illumina.com/company/legal.html]({ $link-legal }).
