### status: draft

# Lots, serial numbers and form pieces shared by every notice (Bulgarian).

# Table of affected lots and serial numbers: caption, column headings, a serial range; the
# annex a long table moves to, and the sentence of the letter that refers to it.
lot-table-caption = Таблица 2: Засегнати партиди и серийни номера
lot-table-product = Продукт
lot-table-lot = Партида
lot-table-serial = Сериен номер
lot-table-expiry = Срок на годност
lot-table-manufactured = Дата на производство
lot-table-udi = UDI
lot-serial-range = от { $first } до { $last }
annex-lots-heading = Приложение A: Засегнати партиди и серийни номера
annex-lots-reference = Засегнатите партиди и серийни номера са посочени в приложение A в края на това писмо.

# Certificate of destruction on the reply form: heading, the statement signed, columns.
form-destruction-heading = Удостоверение за унищожаване
form-destruction-statement = Потвърждавам, че изброените по-долу продукти са унищожени съгласно указанията в това съобщение.
form-destruction-product = Продукт
form-destruction-lot = Партида или сериен номер
form-destruction-quantity = Унищожено количество
form-destruction-date = Дата на унищожаване ({ date-placeholder })
form-destruction-method = Начин на унищожаване

# Quantities on the reply form.
form-quantity-returned = Върнати единици
form-quantity-destroyed = Унищожени единици
form-quantity-on-hand = Налични единици

# Action checklist: the mark before an alternative line, the deadline of a step (the date in
# the language's numeric form), and the reply deadline.
form-or = ИЛИ:
deadline-by = до { $date }
form-reply-by = Моля, върнете този формуляр до { $date }.
