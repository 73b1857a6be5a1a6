### status: draft

# Shared wording of the regulatory facts and of the EU template layout (Bulgarian).
# Loaded only for notices that print them (fsn_core::project::LAYOUT_WORDING). Written for
# issue 14, not reviewed.

# Labels of the regulatory facts a notice sets (both layouts).
field-commercial-name = Търговско наименование
field-fsca-id = Идентификатор на FSCA
field-action-type = Вид на действието
field-date = Дата
field-attention = На вниманието на
field-contact = Контакт
field-fsn-type = Вид на FSN
fsn-type-new = Ново FSN
fsn-type-update = Актуализация на предходно FSN
fsn-type-follow-up = Продължение на предходно FSN
fsn-type-other = Друго
field-previous-notice = Предходно FSN (референция, дата)
field-key-information = Основна нова информация
field-reply-required = Изисква се отговор от клиента
field-reply-by = Отговор до
field-inform-patients = Пациентите или неспециалистите трябва да бъдат информирани
field-manufacturer = Производител
field-address = Адрес
field-website = Уебсайт
field-srn = Единен регистрационен номер (SRN)
field-attachments = Приложения

# Section headings and fixed wording of the European Commission's FSN template (December 2018),
# layout eu-2018.
eu-section-device = Информация за изделието
eu-section-reason = Причина за коригиращото действие във връзка с безопасността (FSCA)
eu-section-action = Вид на действието за намаляване на риска
eu-section-general = Обща информация
eu-section-transmission = Предаване на настоящото известие за безопасност
eu-transmission = Настоящото известие трябва да бъде предадено на всички във Вашата
    организация, които трябва да бъдат запознати с него, и на всяка организация, на която са
    били предоставени потенциално засегнатите изделия.
eu-authority-informed = Компетентният (регулаторен) орган на Вашата държава е уведомен за
    настоящото съобщение до клиентите.
eu-distributor-form = Формуляр за отговор за дистрибутори/вносители
eu-distributor-form-intro = Ако сте дистрибутор или вносител, попълнете и този формуляр,
    след като предадете настоящото известие на своите клиенти.
