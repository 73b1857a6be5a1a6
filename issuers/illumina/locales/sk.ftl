### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Viceprezident pre globálnu kvalitu
signatory-vp-regulatory-affairs = Viceprezident pre regulačné záležitosti

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Všetky práva vyhradené. Všetky ochranné známky sú majetkom
    spoločnosti Illumina, Inc. alebo ich príslušných vlastníkov. Konkrétne informácie o
    ochranných známkach nájdete na
    stránke [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Na tento problém boli upozornené miestne aj medzinárodné
    regulačné orgány a príslušné úrady.
form-salutation = { salutation }
form-q-received = Potvrdzujem, že som dostal(a) oznámenie { $notice-id }, prečítal(a) som si
    ho a porozumel(a) som jeho obsahu.
form-q-users-informed = Informácie boli oznámené všetkým príslušným používateľom.
form-q-customers-informed = Identifikovaných zákazníkov som informoval(a) o tomto stiahnutí.
form-intro-alternative = Prípadne môžete nižšie požadované údaje poslať e-mailom technickej
    podpore spoločnosti Illumina.
