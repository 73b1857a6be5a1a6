### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Globális minőségügyi alelnök
signatory-vp-regulatory-affairs = Szabályozási ügyekért felelős alelnök

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Minden jog fenntartva. Minden védjegy az Illumina, Inc.
    vagy a megfelelő tulajdonosok tulajdona. A védjegyekkel kapcsolatos konkrét információkért
    látogasson el a(z) [www.illumina.com/company/legal.html]({ $link-legal }) oldalra.

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = A problémáról tájékoztattuk a helyi és nemzetközi szabályozó
    szerveket, valamint az illetékes hatóságokat.
form-salutation = { salutation }
form-q-received = Megerősítem, hogy az értesítést ({ $notice-id }) megkaptam, tartalmát
    elolvastam és megértettem.
form-q-users-informed = Az információkat minden érintett felhasználó tudomására hoztuk.
form-q-customers-informed = Az azonosított ügyfeleket tájékoztattam erről a visszahívásról.
form-intro-alternative = Az alább kért információkat e-mailben is elküldheti az Illumina
    műszaki támogatásának.
