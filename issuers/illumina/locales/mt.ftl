### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viċi President tal-Kwalità Globali
signatory-vp-regulatory-affairs = Viċi President tal-Affarijiet Regolatorji

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Id-drittijiet kollha riżervati. It-trademarks kollha huma
    proprjetà ta’ Illumina, Inc. jew tas-sidien rispettivi tagħhom. Għal informazzjoni
    speċifika dwar it-trademarks, ara [www.illumina.com/company/legal.html]({ $link-legal }).
