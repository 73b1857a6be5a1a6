### status: draft

# Illumina: job titles of the signatories.
signatory-vp-global-quality = Вицепрезидент „Глобално качество“
signatory-vp-regulatory-affairs = Вицепрезидент „Регулаторни въпроси“

# Copyright and trademark line of the footer.
legal = © { $year } Illumina, Inc. Всички права запазени. Всички търговски марки са
    собственост на Illumina, Inc. или на съответните им притежатели. За конкретна информация
    относно търговските марки вижте [www.illumina.com/company/legal.html]({ $link-legal }).
