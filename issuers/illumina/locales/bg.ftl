### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Вицепрезидент „Глобално качество“
signatory-vp-regulatory-affairs = Вицепрезидент „Регулаторни въпроси“

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Всички права запазени. Всички търговски марки са
    собственост на Illumina, Inc. или на съответните им притежатели. За конкретна информация
    относно търговските марки вижте [www.illumina.com/company/legal.html]({ $link-legal }).

# Wording every Illumina notice uses alike: the line on the authorities, the heading of the
# "why you received this notice" box, and the verification form's salutation, fields and
# standard questions. A notice that words one differently defines it in its own file.
issuer-actions-authorities = Местните и международните регулаторни органи и компетентните
    органи са уведомени за този проблем.
form-salutation = { salutation }
form-q-received = Потвърждавам, че съм получил(а) известие { $notice-id }, прочел(а) съм го
    и съм разбрал(а) съдържанието му.
form-q-users-informed = Информацията е доведена до знанието на всички съответни потребители.
form-q-customers-informed = Информирах идентифицираните клиенти за това изтегляне.
form-intro-alternative = Като алтернатива можете да изпратите имейл до техническата
    поддръжка на Illumina с исканата по-долу информация.
