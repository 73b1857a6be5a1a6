### status: draft

# Shared boilerplate of every notice (Bulgarian).

# Letter opening and closing.
salutation = Уважаеми клиенти,
closing = С уважение,

# Label beside the title, and the title lines (largest first).
label-recall = Изтегляне
title-quality-notification = Уведомление за качество
title-urgent-device-recall = Спешно изтегляне на медицинско изделие
title-urgent-safety-notice = Спешно известие за безопасност

# Table of affected products: caption, column headings, missing UDI-DI.
product-table-caption = Таблица 1: Засегнати продукти
product-table-name = Засегнат продукт
product-table-catalog = Каталожен номер
product-table-udi-di = Уникален идентификатор на изделието – Идентификатор на изделието
product-table-version = Версия на софтуера
product-table-serials = Серийни номера
udi-di-not-available = Не е налично

# Section headings of the letter.
section-summary = Обобщение на проблема
section-issuer-actions = Действия на { $issuer }
section-customer-actions = Действия от страна на клиента

# The "why you are receiving this notice" box.
why-heading = Защо получавате това известие
why-body-contact = Получавате това известие, защото според нашите данни вие сте лицето за
    контакт във вашата организация по въпроси, свързани с промени в продуктите, спиране на
    продукти от производство и проблеми с качеството.
why-body-marketing = Моля, имайте предвид, че тези известия съдържат важна информация за
    нашите продукти и не са маркетингови съобщения. Поради това може да получавате тези
    известия дори ако сте се отказали от получаването на маркетингови съобщения от
    { $issuer }. Ако не сте подходящото лице за контакт във вашата организация за получаване
    на такива известия, можете да се отпишете от тях, като [изпратите този
    формуляр]({ $link-unsubscribe }). За повече информация вижте нашата [Политика за
    поверителност]({ $link-privacy }).

# Footer: contact labels, page number, intended use.
contact-technical-support = Техническа поддръжка:
contact-customer-care = Обслужване на клиенти:
page-label = Страница { $page } от { $total }
intended-use-ivd = За ин витро диагностична употреба. Не се предлага във всички държави и
    региони.

# How to write a date by hand: fsn derives it from CLDR for the language and the
# notice's form-date-style ("GG/MM/AAAA", "TT-MMM-JJJJ"); a notice may override it.
date-placeholder = { $date-format }

# Verification form: page heading, table title and fields.
form-heading = Формуляр за потвърждение
form-title = Формуляр за потвърждение
form-company-name = Име на фирмата
form-person-heading = Информация за лицето, попълващо формуляра
form-person-name = Име:
form-person-title = Длъжност:
form-date = Дата ({ date-placeholder }):
form-serial-numbers = Сериен номер (номера)
form-customer-responses = Отговори на клиента
form-distributor-responses = Отговори на дистрибутора/вносителя

# Answer boxes of the form.
form-yes = Да
form-no = Не
form-not-applicable = Неприложимо

# Action checklist of the form: each step is done (on the serial numbers given) or not done,
# for one of the listed reasons or another written in.
form-done = Изпълнено
form-not-done = Неизпълнено
form-other-reason = Друго:

# Signature cells at the end of the form.
form-signature = Подпис на лицето, попълващо формуляра
form-signature-date = Дата
