### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viceprezident pro globální kvalitu
signatory-vp-regulatory-affairs = Viceprezident pro regulační záležitosti

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Všechna práva vyhrazena. Všechny ochranné známky jsou
    majetkem společnosti Illumina, Inc. nebo jejich příslušných vlastníků. Konkrétní informace
    o ochranných známkách naleznete na
    stránce [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Na tento problém byly upozorněny místní i mezinárodní regulační
    orgány a příslušné úřady.
form-salutation = { salutation }
form-q-received = Potvrzuji, že jsem obdržel(a) oznámení { $notice-id }, přečetl(a) si je a
    porozuměl(a) jeho obsahu.
form-q-users-informed = Informace byly předány všem příslušným uživatelům.
form-q-customers-informed = Informoval(a) jsem identifikované zákazníky o tomto stažení.
form-intro-alternative = Případně můžete níže požadované údaje zaslat e-mailem technické
    podpoře společnosti Illumina.
