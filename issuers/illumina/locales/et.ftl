### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globaalse kvaliteedi asepresident
signatory-vp-regulatory-affairs = Regulatiivküsimuste asepresident

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Kõik õigused kaitstud. Kõik kaubamärgid kuuluvad
    ettevõttele Illumina, Inc. või nende vastavatele omanikele. Täpsemat teavet kaubamärkide
    kohta leiate aadressilt [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Sellest probleemist on teavitatud kohalikke ja rahvusvahelisi
    reguleerivaid asutusi ning pädevaid asutusi.
form-salutation = { salutation }
form-q-received = Kinnitan, et olen teatise { $notice-id } kätte saanud ning selle sisu läbi
    lugenud ja sellest aru saanud.
form-q-users-informed = Teave on edastatud kõigile asjakohastele kasutajatele.
form-q-customers-informed = Olen teavitanud kindlakstehtud kliente sellest tagasikutsumisest.
form-intro-alternative = Teise võimalusena võite saata Illumina tehnilisele toele e-kirja,
    milles esitate allpool nõutud teabe.
