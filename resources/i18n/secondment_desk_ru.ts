<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Mandatory</source>
        <translation>Обязательные</translation>
    </message>
    <message>
        <source>Desirable</source>
        <translation>Желательные</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>выполнено частично</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>проверить</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>рассчитано</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Препятствия</translation>
    </message>
    <message>
        <source>Readiness summary</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Checklist items grouped by kind</source>
        <translation>Пункты контрольного списка по группам</translation>
    </message>
    <message>
        <source>The selected item in full: requirement, status and evidence</source>
        <translation>Выбранный пункт полностью: требование, статус и подтверждение</translation>
    </message>
    <message>
        <source>Mark the selected item:</source>
        <translation>Отметить выбранный пункт:</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation>Отметить как выполненное</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Частично</translation>
    </message>
    <message>
        <source>Mark as partly met</source>
        <translation>Отметить как выполненное частично</translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation>&amp;Не выполнено</translation>
    </message>
    <message>
        <source>Mark as not met</source>
        <translation>Отметить как невыполненное</translation>
    </message>
    <message>
        <source>&amp;Computed</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <source>Go back to the computed status</source>
        <translation>Вернуть рассчитанный статус</translation>
    </message>
    <message>
        <source>N&amp;ote / evidence:</source>
        <translation>&amp;Заметка / подтверждение:</translation>
    </message>
    <message>
        <source>Your note or evidence for the selected item</source>
        <translation>Ваша заметка или подтверждение для выбранного пункта</translation>
    </message>
    <message>
        <source>Ranked posts:</source>
        <translation>Порядок должностей:</translation>
    </message>
    <message>
        <source>Ranked posts of this call</source>
        <translation>Порядок должностей этого призыва</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Упорядочить</translation>
    </message>
    <message>
        <source>Rank the posts</source>
        <translation>Упорядочить должности</translation>
    </message>
    <message>
        <source>Choose a candidate and load a notice to see the checklist.</source>
        <translation>Выберите кандидата и загрузите объявление, чтобы увидеть контрольный список.</translation>
    </message>
    <message>
        <source>One mandatory item needs your own judgement: marked “to check” below; mark it as met, partly or not met.</source>
        <translation>Один обязательный пункт требует вашей оценки: ниже он помечен «проверить»; отметьте его как выполненный, выполненный частично или невыполненный.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory items need your own judgement: marked “to check” below; mark each as met, partly or not met.</source>
        <translation>
            <numerusform>%n обязательный пункт требует вашей оценки: ниже он помечен «проверить»; отметьте его как выполненный, выполненный частично или невыполненный.</numerusform>
            <numerusform>%n обязательных пункта требуют вашей оценки: ниже они помечены «проверить»; отметьте каждый как выполненный, выполненный частично или невыполненный.</numerusform>
            <numerusform>%n обязательных пунктов требуют вашей оценки: ниже они помечены «проверить»; отметьте каждый как выполненный, выполненный частично или невыполненный.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked in this application: {posts}</source>
        <translation>Порядок в этой заявке: {posts}</translation>
    </message>
    <message>
        <source>Desirable not yet met: {gaps}. Competencies without a STAR story: {stories}.</source>
        <translation>Желательных требований не выполнено: {gaps}. Компетенций без STAR-примера: {stories}.</translation>
    </message>
    <message>
        <source>up to {n} references of this call, most wanted first, e.g. {ref}</source>
        <translation>до {n} номеров должностей этого призыва, самая желанная первой, например {ref}</translation>
    </message>
    <message>
        <source>rank the posts</source>
        <translation>упорядочить должности</translation>
    </message>
    <message>
        <source>Select an item to read it in full here.</source>
        <translation>Выберите пункт, чтобы прочитать его здесь полностью.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <source>mark as {status}</source>
        <translation>отметить: {status}</translation>
    </message>
    <message>
        <source>write a note</source>
        <translation>написать заметку</translation>
    </message>
    <message>
        <source>Getting the checklist ready…</source>
        <translation>Готовим контрольный список…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>⚠ before a vacancy: the notice has warnings; point at the row to read them.</source>
        <translation>⚠ перед вакансией: в объявлении есть предупреждения; наведите указатель на строку, чтобы их прочитать.</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>срок прошёл</translation>
    </message>
    <message>
        <source>due within {n} days</source>
        <translation>срок в пределах {n} дн.</translation>
    </message>
    <message>
        <source>more time</source>
        <translation>время есть</translation>
    </message>
    <message>
        <source>no closing date known</source>
        <translation>срок подачи неизвестен</translation>
    </message>
    <message>
        <source>sent, waiting</source>
        <translation>отправлено, ожидание</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>dates unreadable</source>
        <translation>даты не читаются</translation>
    </message>
    <message>
        <source>Days left counts to the deadline shown in bold: the delegation&apos;s until the application is sent, then the organisation&apos;s.</source>
        <translation>«Осталось дней» считается до срока, выделенного жирным: до срока делегации, пока заявка не отправлена, затем до срока организации.</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delegation deadline</source>
        <translation>Срок делегации</translation>
    </message>
    <message>
        <source>Organisation deadline</source>
        <translation>Срок организации</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>— (apply directly)</source>
        <translation>— (подача напрямую)</translation>
    </message>
    <message>
        <source>Your time: {moment}</source>
        <translation>Ваше время: {moment}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>&lt;h2&gt;Applications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Заявки&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation>&amp;Кандидат:</translation>
    </message>
    <message>
        <source>Filter by candidate</source>
        <translation>Фильтр по кандидату</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>&amp;Открыть заявку</translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation>Открыть выбранную заявку</translation>
    </message>
    <message>
        <source>What the row colours mean</source>
        <translation>Что означают цвета строк</translation>
    </message>
    <message>
        <source>Applications sorted by urgency</source>
        <translation>Заявки по срочности</translation>
    </message>
    <message>
        <source>No applications yet. Load a vacancy notice on the Vacancy screen (Ctrl+2) to start one.</source>
        <translation>Заявок пока нет. Загрузите объявление о вакансии на экране «Вакансия» (Ctrl+2), чтобы начать.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Открываем ваши данные…</translation>
    </message>
    <message>
        <source>Your data is not open. Start the application again to unlock or create it.</source>
        <translation>Ваши данные не открыты. Запустите приложение снова, чтобы разблокировать или создать хранилище.</translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation>Загружаем обзор…</translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation>Все кандидаты</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>&apos;{typed}&apos; is not a month: write it as YYYY-MM (e.g. 2019-03) or choose it from the calendar.</source>
        <translation>«{typed}» — не месяц: пишите ГГГГ-ММ (например, 2019-03) или выберите в календаре.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-03-31) or choose it from the calendar.</source>
        <translation>«{typed}» — не дата: пишите ГГГГ-ММ-ДД (например, 2026-03-31) или выберите в календаре.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>DeadlineScreen</name>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Nominating &amp;state:</source>
        <translation>&amp;Выдвигающее государство:</translation>
    </message>
    <message>
        <source>Nominating state</source>
        <translation>Выдвигающее государство</translation>
    </message>
    <message>
        <source>&amp;Lead time (working days):</source>
        <translation>&amp;Запас (рабочих дней):</translation>
    </message>
    <message>
        <source>state default</source>
        <translation>по умолчанию для государства</translation>
    </message>
    <message>
        <source>Lead time in working days</source>
        <translation>Запас в рабочих днях</translation>
    </message>
    <message>
        <source>Organisation&apos;s deadline:</source>
        <translation>Срок организации:</translation>
    </message>
    <message>
        <source>Organisation&apos;s deadline</source>
        <translation>Срок организации</translation>
    </message>
    <message>
        <source>Computed delegation deadline:</source>
        <translation>Расчётный срок делегации:</translation>
    </message>
    <message>
        <source>Computed delegation deadline</source>
        <translation>Расчётный срок делегации</translation>
    </message>
    <message>
        <source>&amp;Date the national body gave:</source>
        <translation>&amp;Дата, названная национальным органом:</translation>
    </message>
    <message>
        <source>Use the date the national body gave</source>
        <translation>Использовать дату, названную национальным органом</translation>
    </message>
    <message>
        <source>Delegation deadline given by the national body</source>
        <translation>Срок делегации, названный национальным органом</translation>
    </message>
    <message>
        <source>Deadline that applies:</source>
        <translation>Действующий срок:</translation>
    </message>
    <message>
        <source>Deadline that applies</source>
        <translation>Действующий срок</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Экспорт в &amp;календарь (.ics)…</translation>
    </message>
    <message>
        <source>Export both deadlines as a calendar file</source>
        <translation>Экспортировать оба срока в файл календаря</translation>
    </message>
    <message>
        <source>— choose the nominating State —</source>
        <translation>— выберите выдвигающее государство —</translation>
    </message>
    <message>
        <source>No application chosen. Load a notice on the Vacancy screen first.</source>
        <translation>Заявка не выбрана. Сначала загрузите объявление на экране «Вакансия».</translation>
    </message>
    <message>
        <source>Ranked posts (one deadline for all): {posts}</source>
        <translation>Порядок должностей (один срок для всех): {posts}</translation>
    </message>
    <message>
        <source>not stated in the notice</source>
        <translation>в объявлении не указан</translation>
    </message>
    <message>
        <source>time from the notice</source>
        <translation>время из объявления</translation>
    </message>
    <message>
        <source>the organisation&apos;s usual closing time</source>
        <translation>обычное время закрытия у организации</translation>
    </message>
    <message>
        <source>{moment} (your time: {local}; {source})</source>
        <translation>{moment} (по вашему времени: {local}; {source})</translation>
    </message>
    <message>
        <source>State default ({days})</source>
        <translation>по умолчанию для государства ({days})</translation>
    </message>
    <message>
        <source>Export the &amp;register (plaintext)…</source>
        <translation>Экспорт &amp;реестра (открытый текст)…</translation>
    </message>
    <message>
        <source>Every application, one row each (candidate, post, both deadlines, status, the date of each stage) as .xlsx, .csv or .pdf. The file is NOT encrypted.</source>
        <translation>Все заявки, по строке на каждую (кандидат, должность, оба срока, статус, дата каждого этапа), в формате .xlsx, .csv или .pdf. Файл НЕ зашифрован.</translation>
    </message>
    <message>
        <source>Export the register of every application, as a plaintext file</source>
        <translation>Экспортировать реестр всех заявок в незашифрованный файл</translation>
    </message>
    <message>
        <source>Timeline of the application</source>
        <translation>Хронология заявки</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (newest first; kept encrypted with the application)</source>
        <translation>&lt;b&gt;Хронология&lt;/b&gt; (сначала новые; хранится в зашифрованном виде вместе с заявкой)</translation>
    </message>
    <message>
        <source>How to apply:</source>
        <translation>Как подать заявку:</translation>
    </message>
    <message>
        <source>{date} ({days} working days before the closing day)</source>
        <translation>{date} (за {days} рабочих дней до дня закрытия)</translation>
    </message>
    <message>
        <source>choose the nominating State</source>
        <translation>выберите выдвигающее государство</translation>
    </message>
    <message>
        <source>&lt;b&gt;{moment}&lt;/b&gt; (the organisation&apos;s)</source>
        <translation>&lt;b&gt;{moment}&lt;/b&gt; (срок организации)</translation>
    </message>
    <message>
        <source>the date the national body gave</source>
        <translation>дата национального органа</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>рассчитано</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;. {message}</source>
        <translation>Статус: &lt;b&gt;{status}&lt;/b&gt;. {message}</translation>
    </message>
    <message>
        <source>The delegation deadline passed on {date}.</source>
        <translation>Срок делегации истёк {date}.</translation>
    </message>
    <message>
        <source>The organisation closed on {date}.</source>
        <translation>Приём в организации закрылся {date}.</translation>
    </message>
    <message>
        <source>Mark as {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>change the lead time</source>
        <translation>изменить запас</translation>
    </message>
    <message>
        <source>set the delegation deadline</source>
        <translation>задать срок делегации</translation>
    </message>
    <message>
        <source>mark as {status}</source>
        <translation>отметить: {status}</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>Календарь записан в {path}.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Register of {n} applications written to {path} (plaintext: not encrypted).</source>
        <translation>Реестр заявок (всего: {n}) записан в {path} (открытый текст: не зашифрован).</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Записываем реестр…</translation>
    </message>
    <message>
        <source>Export the register (plaintext, not encrypted)</source>
        <translation>Экспорт реестра (открытый текст, без шифрования)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Электронная таблица (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Getting the deadlines ready…</source>
        <translation>Готовим сроки…</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Fill a form of my &amp;own…</source>
        <translation>Заполнить св&amp;ою форму…</translation>
    </message>
    <message>
        <source>No cover letter yet. Write or paste it here: it is saved with this application as you type, and the count below shows how much the notice allows.</source>
        <translation>Сопроводительного письма ещё нет. Напишите или вставьте его сюда: оно сохраняется в заявке по мере ввода, а счётчик ниже показывает, сколько допускает объявление.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Document template</source>
        <translation>Шаблон документа</translation>
    </message>
    <message>
        <source>Fill the template and preview the first page</source>
        <translation>Заполнить шаблон и показать первую страницу</translation>
    </message>
    <message>
        <source>Fill and p&amp;review</source>
        <translation>&amp;Заполнить и просмотреть</translation>
    </message>
    <message>
        <source>E&amp;xport delegation package…</source>
        <translation>&amp;Экспорт пакета для делегации…</translation>
    </message>
    <message>
        <source>Export the delegation package</source>
        <translation>Экспортировать пакет для делегации</translation>
    </message>
    <message>
        <source>Cover &amp;letter:</source>
        <translation>&amp;Сопроводительное письмо:</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Сопроводительное письмо</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Число знаков</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Просмотр первой страницы</translation>
    </message>
    <message>
        <source>Fill a template to see its first page here.</source>
        <translation>Заполните шаблон, чтобы увидеть здесь его первую страницу.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Записанные файлы</translation>
    </message>
    <message>
        <source>Use this form for another organisation&apos;s post</source>
        <translation>Использовать эту форму для должности другой организации</translation>
    </message>
    <message>
        <source>Open any .docx application form and fill it from the profile</source>
        <translation>Открыть любую форму заявки .docx и заполнить её из профиля</translation>
    </message>
    <message>
        <source>Choose a candidate and load a notice to prepare the documents.</source>
        <translation>Выберите кандидата и загрузите объявление, чтобы подготовить документы.</translation>
    </message>
    <message>
        <source>{regime}. Letter to: {addressee}. Form: {form}.</source>
        <translation>{regime}. Адресат письма: {addressee}. Форма: {form}.</translation>
    </message>
    <message>
        <source>Ranked posts: {posts}</source>
        <translation>Порядок должностей: {posts}</translation>
    </message>
    <message>
        <source>Tick “Use this form for another organisation&apos;s post” to fill it anyway.</source>
        <translation>Отметьте «Использовать эту форму для должности другой организации», чтобы всё же заполнить её.</translation>
    </message>
    <message>
        <source>{title} (your template {file})</source>
        <translation>{title} (ваш шаблон {file})</translation>
    </message>
    <message>
        <source>{count} characters with spaces (the notice states its own limit)</source>
        <translation>{count} знаков с пробелами (ограничение указано в объявлении)</translation>
    </message>
    <message>
        <source>{over} over the limit</source>
        <translation>на {over} больше лимита</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>осталось {left}</translation>
    </message>
    <message>
        <source>{count} / {limit} characters with spaces ({note})</source>
        <translation>{count} / {limit} знаков с пробелами ({note})</translation>
    </message>
    <message>
        <source>Save the filled documents in</source>
        <translation>Папка для заполненных документов</translation>
    </message>
    <message>
        <source>Filling the form…</source>
        <translation>Заполняем форму…</translation>
    </message>
    <message>
        <source>Filling the form and making the preview…</source>
        <translation>Заполняем форму и готовим просмотр…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Просмотр отменён.</translation>
    </message>
    <message>
        <source>All {n} pages of the form</source>
        <translation>Все страницы формы ({n})</translation>
    </message>
    <message>
        <source>The form was filled, but no preview can be shown: install poppler-utils (pdftoppm) to see its pages here.</source>
        <translation>Форма заполнена, но предпросмотр показать нельзя: установите poppler-utils (pdftoppm), чтобы видеть её страницы здесь.</translation>
    </message>
    <message>
        <source>The form was filled as .docx, but no PDF could be made for a preview: install LibreOffice to get PDFs.</source>
        <translation>Форма заполнена в .docx, но PDF для просмотра сделать не удалось: установите LibreOffice, чтобы получать PDF.</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Still empty in the form (fill them in the profile):</source>
        <translation>В форме ещё не заполнено (заполните в профиле):</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Просмотра нет.</translation>
    </message>
    <message>
        <source>Open an application form</source>
        <translation>Открыть форму заявки</translation>
    </message>
    <message>
        <source>Word forms (*.docx)</source>
        <translation>Формы Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the filled form</source>
        <translation>Сохранить заполненную форму</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Filling your form…</source>
        <translation>Заполняем вашу форму…</translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation>Пакеты (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the package…</source>
        <translation>Экспортируем пакет…</translation>
    </message>
    <message>
        <source>Package written to {path}.</source>
        <translation>Пакет записан в {path}.</translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write yes or no</source>
        <translation>«{text}»: напишите «да» или «нет»</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: choose one of {choices}</source>
        <translation>«{text}»: выберите одно из значений: {choices}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month; write it as YYYY-MM, e.g. 2019-03</source>
        <translation>«{text}» — не месяц; запишите его как ГГГГ-ММ, например 2019-03</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect your data</source>
        <translation>Защита ваших данных</translation>
    </message>
    <message>
        <source>Secondment Desk keeps candidate profiles encrypted on this computer. Choose where the key is kept.</source>
        <translation>Secondment Desk хранит профили кандидатов на этом компьютере в зашифрованном виде. Выберите, где хранить ключ.</translation>
    </message>
    <message>
        <source>Use the system &amp;keyring (no passphrase to type)</source>
        <translation>Системное хранилище &amp;ключей (пароль вводить не нужно)</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>Хранить ключ в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Where the key would be kept, and how safe that is</source>
        <translation>Где будет храниться ключ и насколько это безопасно</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (asked at every start)</source>
        <translation>&amp;Парольная фраза (спрашивается при каждом запуске)</translation>
    </message>
    <message>
        <source>Protect the key with a passphrase</source>
        <translation>Защитить ключ парольной фразой</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>No keyring works on this computer: use a passphrase.</source>
        <translation>На этом компьютере не работает ни одна связка ключей: используйте парольную фразу.</translation>
    </message>
    <message>
        <source>The only keyring here is a plain text file in your home folder: anyone who can read that folder, or a backup of it, can read the key and so your data. This is not a safe place; use a passphrase instead.</source>
        <translation>Единственная связка ключей здесь — обычный текстовый файл в домашней папке: любой, кто может прочитать эту папку или её резервную копию, прочитает ключ, а с ним и ваши данные. Это небезопасно; используйте парольную фразу.</translation>
    </message>
    <message>
        <source>The keyring here is a file in your home folder, itself protected by a keyring password: safer than a plain file, but not your system&apos;s keyring. A passphrase is as safe and needs no extra password.</source>
        <translation>Связка ключей здесь — файл в домашней папке, защищённый собственным паролем: надёжнее простого файла, но это не системная связка ключей. Парольная фраза столь же надёжна и не требует лишнего пароля.</translation>
    </message>
    <message>
        <source>The key will be kept in your desktop&apos;s keyring (GNOME Keyring or KWallet), which is locked with your login password: a safe place.</source>
        <translation>Ключ будет храниться в связке ключей рабочего стола (GNOME Keyring или KWallet), закрытой паролем входа в систему: это безопасно.</translation>
    </message>
    <message>
        <source>The key will be kept in KWallet, locked with your login: a safe place.</source>
        <translation>Ключ будет храниться в KWallet, закрытом паролем входа: это безопасно.</translation>
    </message>
    <message>
        <source>The key will be kept in the macOS Keychain: a safe place.</source>
        <translation>Ключ будет храниться в Связке ключей macOS: это безопасно.</translation>
    </message>
    <message>
        <source>The key will be kept in the Windows Credential Manager: a safe place.</source>
        <translation>Ключ будет храниться в диспетчере учётных данных Windows: это безопасно.</translation>
    </message>
    <message>
        <source>The system keyring does not work here: use a passphrase.</source>
        <translation>Системная связка ключей здесь не работает: используйте парольную фразу.</translation>
    </message>
    <message>
        <source>The key will be kept in the system keyring.</source>
        <translation>Ключ будет храниться в системной связке ключей.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Парольная фраза должна быть не короче {n} знаков.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Парольные фразы не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>FormMappingDialog</name>
    <message>
        <source>Fields of {form}</source>
        <translation>Поля формы {form}</translation>
    </message>
    <message>
        <source>The mapping you confirmed for this form before.</source>
        <translation>Сопоставление, которое вы раньше подтвердили для этой формы.</translation>
    </message>
    <message>
        <source>The mapping you gave.</source>
        <translation>Сопоставление, которое вы задали.</translation>
    </message>
    <message>
        <source>Proposed from the form&apos;s labels: check each row.</source>
        <translation>Предложено по подписям в форме: проверьте каждую строку.</translation>
    </message>
    <message>
        <source>Choose “(leave empty)” for a place the profile should not fill.</source>
        <translation>Выберите «(оставить пустым)» для места, которое профиль не должен заполнять.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>флажок</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>column: {label}</source>
        <translation>столбец: {label}</translation>
    </message>
    <message>
        <source>Form fields and the profile fields that fill them</source>
        <translation>Поля формы и поля профиля, которые их заполняют</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Label on the form</source>
        <translation>Подпись в форме</translation>
    </message>
    <message>
        <source>Profile field</source>
        <translation>Поле профиля</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(оставить пустым)</translation>
    </message>
    <message>
        <source>Profile field for {label}</source>
        <translation>Поле профиля для «{label}»</translation>
    </message>
    <message>
        <source>Remember and fill…</source>
        <translation>Запомнить и заполнить…</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Listening</source>
        <translation>Аудирование</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Spoken interaction</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Spoken production</source>
        <translation>Монолог</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>Родной</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Name the language.</source>
        <translation>Укажите язык.</translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not a CEFR level: use A1, A2, B1, B2, C1 or C2.</source>
        <translation>«{level}» — не уровень CEFR: используйте A1, A2, B1, B2, C1 или C2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Secondment Desk</source>
        <translation>Secondment Desk</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <source>Choose a screen; Ctrl+1 to Ctrl+7 jump directly</source>
        <translation>Выберите экран; Ctrl+1…Ctrl+7 переходят сразу</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Текущая задача</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel task (Esc)</source>
        <translation>Отменить задачу (Esc)</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Отменить выполняемую задачу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open notice…</source>
        <translation>&amp;Открыть объявление…</translation>
    </message>
    <message>
        <source>&amp;Paste notice</source>
        <translation>&amp;Вставить объявление</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Secondment Desk {version}</source>
        <translation>Secondment Desk {version}</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Открываем ваши данные…</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Готовимся…</translation>
    </message>
    <message>
        <source>No store was created: your data cannot be kept yet.</source>
        <translation>Хранилище не создано: сохранять данные пока нельзя.</translation>
    </message>
    <message>
        <source>The store stays locked.</source>
        <translation>Хранилище остаётся заблокированным.</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Подготовка демонстрации…</translation>
    </message>
    <message>
        <source>Looking for deadlines…</source>
        <translation>Ищем сроки…</translation>
    </message>
    <message>
        <source>Deadlines coming up</source>
        <translation>Приближаются сроки</translation>
    </message>
    <message>
        <source>{n} record(s) cannot be read and are left out ({ids}); every other record is shown. Delete them or restore a backup (secondment-desk profile list shows them).</source>
        <translation>Не удаётся прочитать записи ({n}), они пропущены ({ids}); все остальные записи показаны. Удалите их или восстановите резервную копию (их показывает secondment-desk profile list).</translation>
    </message>
    <message>
        <source>A backup was restored over this store while the window was open: nothing more is saved here. Close and reopen the window to see the restored data.</source>
        <translation>Пока окно было открыто, поверх этого хранилища восстановили резервную копию: здесь больше ничего не сохраняется. Закройте и снова откройте окно, чтобы увидеть восстановленные данные.</translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Dependants (children and others you support):</source>
        <translation>Иждивенцы (дети и другие, кого вы содержите):</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Иждивенцы</translation>
    </message>
    <message>
        <source>Add dependant</source>
        <translation>Добавить иждивенца</translation>
    </message>
    <message>
        <source>Add a dependant</source>
        <translation>Добавить иждивенца</translation>
    </message>
    <message>
        <source>Remove dependant</source>
        <translation>Удалить иждивенца</translation>
    </message>
    <message>
        <source>Remove the selected dependant</source>
        <translation>Удалить выбранного иждивенца</translation>
    </message>
    <message>
        <source>dependants</source>
        <translation>иждивенцы</translation>
    </message>
    <message>
        <source>New dependant</source>
        <translation>Новый иждивенец</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Кандидат:</translation>
    </message>
    <message>
        <source>Current candidate</source>
        <translation>Текущий кандидат</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Новый кандидат</translation>
    </message>
    <message>
        <source>Create a new candidate</source>
        <translation>Создать нового кандидата</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a profile from JSON Resume, Europass or our format</source>
        <translation>Импортировать профиль из JSON Resume, Europass или нашего формата</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
    <message>
        <source>Delete the current candidate</source>
        <translation>Удалить текущего кандидата</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Разделы профиля</translation>
    </message>
    <message>
        <source>&amp;Personal</source>
        <translation>&amp;Личные данные</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Второе имя:</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Второе имя</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Страна рождения:</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Страна рождения</translation>
    </message>
    <message>
        <source>Nationalities (comma-separated)</source>
        <translation>Гражданство (через запятую)</translation>
    </message>
    <message>
        <source>Permanent residences</source>
        <translation>Постоянное проживание</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Website or profile page</source>
        <translation>Сайт или страница профиля</translation>
    </message>
    <message>
        <source>Street (permanent address):</source>
        <translation>Улица (постоянный адрес):</translation>
    </message>
    <message>
        <source>Street and number of the permanent address</source>
        <translation>Улица и дом постоянного адреса</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>City of the permanent address</source>
        <translation>Город постоянного адреса</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <source>Postal code of the permanent address</source>
        <translation>Почтовый индекс постоянного адреса</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Region or province of the permanent address</source>
        <translation>Регион или область постоянного адреса</translation>
    </message>
    <message>
        <source>Country of address:</source>
        <translation>Страна адреса:</translation>
    </message>
    <message>
        <source>Country of the permanent address</source>
        <translation>Страна постоянного адреса</translation>
    </message>
    <message>
        <source>Previous IO index number</source>
        <translation>Прежний индексный номер в международной организации</translation>
    </message>
    <message>
        <source>Holds a driving licence</source>
        <translation>Есть водительские права</translation>
    </message>
    <message>
        <source>Can drive manual transmission</source>
        <translation>Водит машину с механической коробкой</translation>
    </message>
    <message>
        <source>Served with an international organisation before</source>
        <translation>Ранее работал(а) в международной организации</translation>
    </message>
    <message>
        <source>Professional summary</source>
        <translation>Кратко о профессиональном опыте</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>О&amp;бразование</translation>
    </message>
    <message>
        <source>Education entries</source>
        <translation>Записи об образовании</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>Languages with CEFR levels</source>
        <translation>Языки с уровнями CEFR</translation>
    </message>
    <message>
        <source>E&amp;mployment</source>
        <translation>&amp;Работа</translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation>Трудовая история</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>Кур&amp;сы</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Курсы и обучение</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Рекомендатели</translation>
    </message>
    <message>
        <source>Earliest start:</source>
        <translation>Самое раннее начало:</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Самое раннее начало</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Nationalities (comma-separated):</source>
        <translation>Гражданство (через запятую):</translation>
    </message>
    <message>
        <source>Permanent residences:</source>
        <translation>Постоянное проживание:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Previous IO inde&amp;x number:</source>
        <translation>Прежний индексный номер в МО:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Кратко о себе:</translation>
    </message>
    <message>
        <source>Reference&amp;s</source>
        <translation>Реко&amp;мендатели</translation>
    </message>
    <message>
        <source>STAR e&amp;vidence</source>
        <translation>STAR-пример&amp;ы</translation>
    </message>
    <message>
        <source>STAR evidence stories</source>
        <translation>Примеры по методу STAR</translation>
    </message>
    <message>
        <source>The selected story, step by step</source>
        <translation>Выбранный пример по шагам</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Ситуация:</translation>
    </message>
    <message>
        <source>What was the situation?</source>
        <translation>Какова была ситуация?</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>What had you to achieve?</source>
        <translation>Чего нужно было добиться?</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действия:</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Что вы сделали?</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>What came of it, in numbers if you can?</source>
        <translation>К чему это привело (по возможности в цифрах)?</translation>
    </message>
    <message>
        <source>Mem&amp;berships</source>
        <translation>&amp;Членство</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>P&amp;ublications</source>
        <translation>Публика&amp;ции</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Militar&amp;y service</source>
        <translation>&amp;Воинская служба</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Воинская служба</translation>
    </message>
    <message>
        <source>Notice period (&amp;weeks):</source>
        <translation>Срок уведомления (недель):</translation>
    </message>
    <message>
        <source>Convicted of a criminal offence</source>
        <translation>Был(а) осуждён(а) за уголовное преступление</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>&amp;Other details</source>
        <translation>Пр&amp;очее</translation>
    </message>
    <message>
        <source>Relatives work in the organisation</source>
        <translation>В организации работают родственники</translation>
    </message>
    <message>
        <source>I certify that the information is true</source>
        <translation>Подтверждаю, что сведения верны</translation>
    </message>
    <message>
        <source>Notice period (weeks)</source>
        <translation>Срок уведомления (недель)</translation>
    </message>
    <message>
        <source>Availability notes:</source>
        <translation>Примечания о готовности:</translation>
    </message>
    <message>
        <source>Availability notes</source>
        <translation>Примечания о готовности</translation>
    </message>
    <message>
        <source>Computer skills (comma-separated):</source>
        <translation>Компьютерные навыки (через запятую):</translation>
    </message>
    <message>
        <source>Computer skills (comma-separated)</source>
        <translation>Компьютерные навыки (через запятую)</translation>
    </message>
    <message>
        <source>Other information:</source>
        <translation>Другие сведения:</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Другие сведения</translation>
    </message>
    <message>
        <source>Marital status:</source>
        <translation>Семейное положение:</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Nationality at birth (if different):</source>
        <translation>Гражданство при рождении (если другое):</translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation>Гражданство при рождении</translation>
    </message>
    <message>
        <source>Security clearance level:</source>
        <translation>Уровень допуска:</translation>
    </message>
    <message>
        <source>Security clearance level</source>
        <translation>Уровень допуска к секретным сведениям</translation>
    </message>
    <message>
        <source>Clearance issued by:</source>
        <translation>Кем выдан допуск:</translation>
    </message>
    <message>
        <source>Authority that issued the security clearance</source>
        <translation>Орган, выдавший допуск к секретным сведениям</translation>
    </message>
    <message>
        <source>Clearance valid until:</source>
        <translation>Допуск действителен до:</translation>
    </message>
    <message>
        <source>Security clearance expiry date</source>
        <translation>Срок действия допуска к секретным сведениям</translation>
    </message>
    <message>
        <source>Would accept a shorter assignment</source>
        <translation>Согласие на более короткий срок назначения</translation>
    </message>
    <message>
        <source>Agrees that the application is shared with other posts</source>
        <translation>Согласие на передачу заявки для других должностей</translation>
    </message>
    <message>
        <source>Relatives in international organisations:</source>
        <translation>Родственники в международных организациях:</translation>
    </message>
    <message>
        <source>Relatives in international organisations</source>
        <translation>Родственники в международных организациях</translation>
    </message>
    <message>
        <source>Add relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <source>Add a relative in an international organisation</source>
        <translation>Добавить родственника, работающего в международной организации</translation>
    </message>
    <message>
        <source>Remove relative</source>
        <translation>Удалить родственника</translation>
    </message>
    <message>
        <source>Remove the selected relative</source>
        <translation>Удалить выбранного родственника</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>&amp;Добавить запись</translation>
    </message>
    <message>
        <source>Add an entry to this section</source>
        <translation>Добавить запись в этот раздел</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учебное заведение</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Новое учебное заведение</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Новый язык</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>опыт работы</translation>
    </message>
    <message>
        <source>Exact title</source>
        <translation>Точное название должности</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>To (empty: present)</source>
        <translation>По (пусто: по наст. время)</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Staff supervised</source>
        <translation>Подчинённых</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Профильный</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Salary at start</source>
        <translation>Начальный оклад</translation>
    </message>
    <message>
        <source>Salary at end</source>
        <translation>Конечный оклад</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Государственный служащий</translation>
    </message>
    <message>
        <source>UN common system</source>
        <translation>Общая система ООН</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Обязанности</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Новая должность</translation>
    </message>
    <message>
        <source>training</source>
        <translation>курсы</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Новый курс</translation>
    </message>
    <message>
        <source>references</source>
        <translation>рекомендатели</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>New referee</source>
        <translation>Новый рекомендатель</translation>
    </message>
    <message>
        <source>STAR evidence</source>
        <translation>STAR-примеры</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Новый пример</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>членство</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>publications</source>
        <translation>публикации</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>New publication</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>military service</source>
        <translation>воинская служба</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Род войск</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>relatives</source>
        <translation>родственники</translation>
    </message>
    <message>
        <source>New relative</source>
        <translation>Новый родственник</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>single</source>
        <translation>холост / не замужем</translation>
    </message>
    <message>
        <source>married</source>
        <translation>в браке</translation>
    </message>
    <message>
        <source>registered partnership</source>
        <translation>зарегистрированное партнёрство</translation>
    </message>
    <message>
        <source>separated</source>
        <translation>раздельное проживание</translation>
    </message>
    <message>
        <source>divorced</source>
        <translation>в разводе</translation>
    </message>
    <message>
        <source>widowed</source>
        <translation>вдовец / вдова</translation>
    </message>
    <message>
        <source>edit {section}</source>
        <translation>правка: {section}</translation>
    </message>
    <message>
        <source>edit the story</source>
        <translation>правка примера</translation>
    </message>
    <message>
        <source>No candidate yet: create or import one.</source>
        <translation>Кандидатов пока нет: создайте или импортируйте профиль.</translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation>Все изменения сохранены.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Delete {name} and their applications from this computer?</source>
        <translation>Удалить {name} и все заявки этого кандидата с компьютера?</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Импорт профиля</translation>
    </message>
    <message>
        <source>Profiles (*.json *.xml *.pdf);;JSON Resume or Secondment Desk (*.json);;Europass (*.xml *.pdf);;All files (*)</source>
        <translation>Профили (*.json *.xml *.pdf);;JSON Resume или Secondment Desk (*.json);;Europass (*.xml *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing the profile…</source>
        <translation>Импортируем профиль…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation>Импортирован профиль: {name}.</translation>
    </message>
    <message>
        <source>Reading the candidates…</source>
        <translation>Читаем список кандидатов…</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Язык приложения</translation>
    </message>
    <message>
        <source>Key of the store:</source>
        <translation>Ключ хранилища:</translation>
    </message>
    <message>
        <source>Where the store&apos;s key is kept</source>
        <translation>Где хранится ключ хранилища</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <source>Everything you change is saved at once in the encrypted store. Nothing leaves this computer unless you export it.</source>
        <translation>Всё, что вы меняете, сразу сохраняется в зашифрованном хранилище. Ничего не покидает этот компьютер, пока вы сами это не экспортируете.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Хранилище:</translation>
    </message>
    <message>
        <source>Server store address (empty: the file on this computer)</source>
        <translation>Адрес серверного хранилища (пусто: файл на этом компьютере)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Use this store at the next start</source>
        <translation>Использовать это хранилище при следующем запуске</translation>
    </message>
    <message>
        <source>the file on this computer</source>
        <translation>файл на этом компьютере</translation>
    </message>
    <message>
        <source>Saved: the window opens {where} at its next start.</source>
        <translation>Сохранено: при следующем запуске окно откроет {where}.</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системное хранилище ключей</translation>
    </message>
    <message>
        <source>your passphrase (asked at every start)</source>
        <translation>ваша парольная фраза (спрашивается при каждом запуске)</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>хранилище не открыто</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готова</translation>
    </message>
    <message>
        <source>sent to the national body</source>
        <translation>отправлена в национальный орган</translation>
    </message>
    <message>
        <source>nominated</source>
        <translation>выдвинута</translation>
    </message>
    <message>
        <source>assessment / interview</source>
        <translation>оценка / собеседование</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>не выбрана</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвана</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Secondment Desk</source>
        <translation>Разблокировать Secondment Desk</translation>
    </message>
    <message>
        <source>Type the passphrase that protects your data.</source>
        <translation>Введите парольную фразу, которая защищает ваши данные.</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>VacancyFields</name>
    <message>
        <source>Notice status</source>
        <translation>Статус объявления</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер вакансии</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Тип контракта</translation>
    </message>
    <message>
        <source>Job level</source>
        <translation>Уровень должности</translation>
    </message>
    <message>
        <source>Job field</source>
        <translation>Область работы</translation>
    </message>
    <message>
        <source>Number of posts</source>
        <translation>Число мест</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation>Место службы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Время закрытия</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Лет опыта</translation>
    </message>
    <message>
        <source>Years at management level</source>
        <translation>Лет на руководящей должности</translation>
    </message>
    <message>
        <source>Extra years in lieu of the degree</source>
        <translation>Доп. лет вместо степени</translation>
    </message>
    <message>
        <source>Languages required</source>
        <translation>Обязательные языки</translation>
    </message>
    <message>
        <source>Languages desirable</source>
        <translation>Желательные языки</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Водительские права</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Не могут подавать</translation>
    </message>
    <message>
        <source>Max. years of service</source>
        <translation>Макс. срок службы, лет</translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>&amp;Paste notice</source>
        <translation>&amp;Вставить объявление</translation>
    </message>
    <message>
        <source>Paste a vacancy notice from the clipboard</source>
        <translation>Вставить объявление о вакансии из буфера обмена</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Open a vacancy notice file</source>
        <translation>Открыть файл объявления о вакансии</translation>
    </message>
    <message>
        <source>Po&amp;st:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Post in this notice</source>
        <translation>Должность в этом объявлении</translation>
    </message>
    <message>
        <source>How many posts this notice lists</source>
        <translation>Сколько должностей в этом объявлении</translation>
    </message>
    <message>
        <source>or drop a file here</source>
        <translation>или перетащите файл сюда</translation>
    </message>
    <message>
        <source>Parser warnings</source>
        <translation>Предупреждения разбора</translation>
    </message>
    <message>
        <source>Notice text with extracted values highlighted</source>
        <translation>Текст объявления с выделенными найденными значениями</translation>
    </message>
    <message>
        <source>Paste a vacancy notice (Ctrl+Shift+V), open a file (Ctrl+O) or drop one here.</source>
        <translation>Вставьте объявление о вакансии (Ctrl+Shift+V), откройте файл (Ctrl+O) или перетащите его сюда.</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>&amp;Требования</translation>
    </message>
    <message>
        <source>Requirements of the notice</source>
        <translation>Требования из объявления</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the notice first.</source>
        <translation>В буфере обмена нет текста: сначала скопируйте объявление.</translation>
    </message>
    <message>
        <source>Reading the notice…</source>
        <translation>Читаем объявление…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читаем {name}…</translation>
    </message>
    <message>
        <source>Open a vacancy notice</source>
        <translation>Открыть объявление о вакансии</translation>
    </message>
    <message>
        <source>Notices (*.txt *.html *.htm *.pdf *.docx *.odt);;All files (*)</source>
        <translation>Объявления (*.txt *.html *.htm *.pdf *.docx *.odt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This notice lists {n} posts: choose yours here.</source>
        <translation>В объявлении должностей: {n}. Выберите свою здесь.</translation>
    </message>
    <message>
        <source>Create or import a candidate on the Profile screen to start an application for this post.</source>
        <translation>Создайте или импортируйте кандидата на экране «Профиль», чтобы начать заявку на эту должность.</translation>
    </message>
    <message>
        <source>not found in this copy</source>
        <translation>не найдено в этом тексте</translation>
    </message>
    <message>
        <source>Found in the notice: click to see where.</source>
        <translation>Найдено в объявлении: щёлкните, чтобы увидеть где.</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>обязательное</translation>
    </message>
    <message>
        <source>desirable</source>
        <translation>желательное</translation>
    </message>
    <message>
        <source>correct {field}</source>
        <translation>исправить: {field}</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo: the closing date was moved to {date} so the deadlines lie ahead; the notice text still shows the original date.</source>
        <translation>Демо: дата окончания приёма перенесена на {date}, чтобы сроки были впереди; в тексте объявления осталась исходная дата.</translation>
    </message>
</context>
</TS>
