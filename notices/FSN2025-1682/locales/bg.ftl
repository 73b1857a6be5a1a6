### status: draft

# FSN2025-1682 (Bulgarian): BMC vulnerability in the DRAGEN Servers.

# Affected product whose name is translated (table row).
product-novaseq-dragen = Инструмент NovaSeq 6000Dx, включително DRAGEN Server

# Introduction after the salutation, before Table 1.
intro = Illumina се обръща към вас във връзка с уязвимост в сигурността, установена в
    контролера за управление на дънната платка (Baseboard Management Controller, BMC) в
    DRAGEN™ Server for NovaSeq™ 6000Dx Instrument и Illumina DRAGEN Server for NextSeq™
    550Dx Instrument. Засегнатите сървъри са посочени в таблица 1 по-долу. Настоящото
    известие обобщава проблема, действията на Illumina и необходимите действия от страна на
    клиента. Забележка: тази уязвимост в сигурността се отнася само до посочените екземпляри
    на Illumina DRAGEN Server. Другите версии на DRAGEN Server не са засегнати.

# Issue summary.
summary-risk = Екипът по сигурност на продуктите на Illumina наскоро установи неконтролиран
    риск за сигурността на продукта, свързан с контролера за управление на дънната платка
    (BMC), използван в посочените по-горе екземпляри на DRAGEN Server. Уязвимостта в
    сигурността се дължи на конфигурации за отдалечено управление и наблюдение на мрежата.
summary-exploitation = Illumina установи, че ако неоторизирано лице използва тази уязвимост,
    то би могло да получи достъп до отдалечената конзола на BMC, без да въвежда парола
    (заобикаляне на удостоверяването). Използването на тази уязвимост може да доведе до
    неоторизиран достъп до системата, манипулиране на хардуерните настройки, отдалечено
    изпълнение на код, отдалечено управление, изтичане на данни и атаки за отказ на услуга
    (denial of service).
summary-no-reports = Към момента Illumina не е получавала сигнали и не разполага с
    доказателства, че тази уязвимост е била използвана.

# Illumina actions.
issuer-actions-instructions = Illumina предоставя на клиентите посочените по-долу инструкции
    как да защитят своите сървъри и системи от използване на тази уязвимост. След като бъдат
    приложени, тези инструкции ще отстранят уязвимостта.
issuer-actions-risk = Неспазването на тези инструкции може да изложи вашата система на
    описаните по-горе рискове.

# Customer actions: intro, the download bullet, the verification form, the note.
customer-actions-intro = За всички засегнати екземпляри на DRAGEN Server, посочени в таблица
    1 по-горе, трябва да бъдат предприети следните действия за отстраняване на тази критична
    уязвимост в сигурността:
customer-actions-download = Изтеглете инструкциите за клиента от [тази уеб
    страница](https://support.illumina.com/support-content/bmc.html) и ги следвайте. Пълната
    хипервръзка е посочена по-долу:
    <https://support.illumina.com/support-content/bmc.html>
customer-actions-verification-form = Попълнете и върнете формуляра за потвърждение, след
    като изпълните всички стъпки от предоставените инструкции за вашите конкретни сървъри,
    посочени като засегнати в таблица 1.
customer-actions-note = **ЗАБЕЛЕЖКА:** Ако подозирате, че сигурността на вашия сървър е
    компрометирана от неоторизирано лице, незабавно изключете мрежовия кабел и се свържете с
    техническата поддръжка на Illumina на адрес techsupport@illumina.com.

# Reporting adverse events, and closing remarks before the signatures.
adverse-event-reporting = Ако при използването на някой от засегнатите сървъри настъпи
    нежелано събитие, дължащо се на тази уязвимост в сигурността, докладвайте събитието в
    програмата MedWatch на FDA за докладване на нежелани събития онлайн, по обикновена поща
    или по факс. Можете да попълните и подадете доклада онлайн на адрес
    www.fda.gov/medwatch/report.htm. Извън Съединените щати се свържете с местния
    регулаторен орган.
closing-remarks = Illumina се отнася изключително сериозно към сигурността. Ангажирани сме
    да ви подкрепим при отстраняването на тази уязвимост. При допълнителни въпроси или нужда
    от помощ се свържете с techsupport@illumina.com. Възможно е с вас да се свърже и външен
    доставчик от името на Illumina, който ще се погрижи да получите необходимата ви
    поддръжка.

# Verification form: paragraphs before the form table.
form-intro-sent = Illumina ви изпрати известие за спешно изтегляне на медицинско изделие
    { $notice-id } относно проблем, засягащ DRAGEN Server for NovaSeq 6000Dx Instrument и
    Illumina DRAGEN Server for NextSeq 550Dx Instrument.
form-intro-complete = Попълнете формуляра по-долу, за да потвърдите получаването на
    известието и изпълнението на описаните в него действия от страна на клиента. След като
    го попълните, изпратете формуляра по имейл на techsupport@illumina.com.

# Verification form: heading of the server column.
form-server-name = Име на сървъра

# Verification form: questions for customers.
form-q-remediation-done = Потвърждавам, че стъпките за отстраняване, посочени в раздел
    „Действия от страна на клиента“, са изпълнени на всеки засегнат сървър, посочен в този
    формуляр за потвърждение.

# Verification form: questions for distributors and importers.
form-q-customers-identified = Идентифицирах клиентите, които са получили или е възможно да
    са получили засегнатите сървъри.
