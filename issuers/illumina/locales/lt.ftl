### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Pasaulinės kokybės viceprezidentas
signatory-vp-regulatory-affairs = Reguliavimo reikalų viceprezidentas

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Visos teisės saugomos. Visi prekių ženklai priklauso
    bendrovei Illumina, Inc. arba atitinkamiems jų savininkams. Konkrečios informacijos apie
    prekių ženklus rasite svetainėje [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Apie šią problemą pranešta vietos ir tarptautinėms reguliavimo
    įstaigoms bei kompetentingoms institucijoms.
form-salutation = { salutation }
form-q-received = Patvirtinu, kad gavau pranešimą { $notice-id }, jį perskaičiau ir supratau
    jo turinį.
form-q-users-informed = Su šia informacija supažindinti visi atitinkami naudotojai.
form-q-customers-informed = Apie šį atšaukimą informavau nustatytus klientus.
form-intro-alternative = Taip pat galite išsiųsti el. laišką bendrovės Illumina techninės
    pagalbos tarnybai ir jame pateikti toliau prašomą informaciją.
