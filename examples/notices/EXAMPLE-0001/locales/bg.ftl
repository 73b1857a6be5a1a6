### status: draft

# EXAMPLE-0001 (Bulgarian): a made-up notice showing every element.

product-analysis-server = Примерен сървър за анализ

intro = { $issuer } се свързва с вас относно *измислен* софтуерен проблем в продуктите,
    изброени в таблица 1. Това известие, издадено на { $issued }, показва всички елементи,
    които fsn предлага.
summary = Софтуерът може да спре цикъл преждевременно. За подробности вижте [примерната
    страница](https://www.example.com/fsn).

step-update = **Актуализирайте софтуера** на всеки засегнат инструмент.
step-update-backup = Преди актуализацията архивирайте данните си.
step-update-verify = След актуализацията проверете версията на екрана „Информация“.
step-form = Попълнете и върнете формуляра за потвърждение.
bullet-contact = При въпроси се свържете с techsupport@example.com.
bullet-forward = Препратете това известие на всички, които използват продуктите.
note-network = **ЗАБЕЛЕЖКА:** актуализацията не променя мрежовите ви настройки.

form-intro = Моля, попълнете формуляра по-долу и го върнете по имейл.
form-product = Продукт
form-quantity = Кол.
form-location = Местоположение
form-mark-products = Отбележете всеки засегнат продукт, който притежавате.
form-row-spare-units = Резервни единици на склад
form-choice-question = Как е свързан инструментът?
form-choice-online = Онлайн
form-choice-offline = Офлайн
form-choice-retired = Изведен от експлоатация
form-actions-heading = Предприети действия
form-reason-no-access = Няма достъп до инструмента
form-reason-scheduled = Планирано за по-късно
form-q-received = Потвърждавам, че съм получил(а) { $notice-id } и съм прочел(а) и разбрал(а)
    съдържанието му.
form-q-customers-informed = Информирал(а) съм идентифицираните клиенти за това изтегляне.
form-acknowledge = Приемам за сведение, че актуализацията трябва да се инсталира отделно на
    всеки засегнат инструмент.
