### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viċi President tal-Kwalità Globali
signatory-vp-regulatory-affairs = Viċi President tal-Affarijiet Regolatorji

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Id-drittijiet kollha riżervati. It-trademarks kollha huma
    proprjetà ta’ Illumina, Inc. jew tas-sidien rispettivi tagħhom. Għal informazzjoni
    speċifika dwar it-trademarks, ara [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Din il-kwistjoni nġiebet għall-attenzjoni tal-korpi regolatorji u
    tal-awtoritajiet kompetenti lokali u internazzjonali.
form-salutation = { salutation }
form-q-received = Nikkonferma li rċevejt { $notice-id } u li qrajt u fhimt il-kontenut tiegħu.
form-q-users-informed = L-informazzjoni nġiebet għall-attenzjoni tal-utenti rilevanti kollha.
form-q-customers-informed = Infurmajt lill-klijenti identifikati b’din is-sejħa lura.
form-intro-alternative = Inkella, tista’ tibgħat email lill-Appoġġ Tekniku ta’ Illumina
    bl-informazzjoni mitluba hawn taħt.
