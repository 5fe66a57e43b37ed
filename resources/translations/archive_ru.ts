<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArchiveOperation</name>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Скрытие</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n документ найден</numerusform>
            <numerusform>%n документа найдено</numerusform>
            <numerusform>%n документов найдено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the archive</source>
        <translation>
            <numerusform>%n документ в архиве</numerusform>
            <numerusform>%n документа в архиве</numerusform>
            <numerusform>%n документов в архиве</numerusform>
        </translation>
    </message>
    <message>
        <source> — showing the first {shown}; add words to narrow it</source>
        <translation> — показаны первые {shown}; добавьте слова, чтобы сузить поиск</translation>
    </message>
    <message>
        <source> · filtered by {filters}</source>
        <translation> · фильтр: {filters}</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>сбросить</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Поиск не удался</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Could not open the document</source>
        <translation>Не удалось открыть документ</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавил</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Все акты</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>Add an article</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <source>e.g. KZ-CC 380(1) or ICCPR 19</source>
        <translation>напр. KZ-CC 380(1) или ICCPR 19</translation>
    </message>
    <message>
        <source>What the article is about</source>
        <translation>О чём статья</translation>
    </message>
    <message>
        <source>Instrument &amp;name:</source>
        <translation>&amp;Название акта:</translation>
    </message>
    <message>
        <source>&amp;Add article</source>
        <translation>&amp;Добавить статью</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>{code} is a new instrument: give its full name.</source>
        <translation>{code} — новый акт: укажите его полное название.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Проверка цепочки журнала…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the log again and re-verify the chain (F5)</source>
        <translation>Загрузить журнал заново и ещё раз проверить цепочку (F5)</translation>
    </message>
    <message>
        <source>Select an entry to see all its details and hashes.</source>
        <translation>Выберите запись, чтобы увидеть все её данные и хеши.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Audit chain intact ({entries} entries)</source>
        <translation>Цепочка журнала цела (записей: {entries})</translation>
    </message>
    <message>
        <source>Warning: the audit chain is broken at entry {first_bad_seq}. The log was changed after it was written, from that entry on. Do not rely on it; keep this archive as evidence and compare it with a backup.</source>
        <translation>Внимание: цепочка журнала нарушена на записи {first_bad_seq}. Начиная с этой записи журнал был изменён после записи. Не полагайтесь на него; сохраните этот архив как доказательство и сравните его с резервной копией.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the archive</source>
        <translation>Резервная копия архива</translation>
    </message>
    <message>
        <source>Writes an encrypted copy, then opens it and checks every page and document before calling it done. Keep backups on another disk, stored safely.</source>
        <translation>Записывает зашифрованную копию, затем открывает её и проверяет каждую страницу и документ. Храните копии на другом диске, в надёжном месте.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Куда записать копию</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>The copy is encrypted with the archive&apos;s current passphrase.</source>
        <translation>Копия шифруется текущей парольной фразой архива.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation>Текущая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Со&amp;здать копию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить копию в</translation>
    </message>
    <message>
        <source>Archives (*.archive);;All files (*)</source>
        <translation>Архивы (*.archive);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Выберите, куда записать резервную копию.</translation>
    </message>
    <message>
        <source>That is this archive itself; choose another file.</source>
        <translation>Это сам архив; выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>{path} is in a folder that does not exist; choose a file name.</source>
        <translation>Папки для {path} не существует; укажите имя файла в существующей папке.</translation>
    </message>
    <message>
        <source>Type the archive&apos;s current passphrase.</source>
        <translation>Введите текущую парольную фразу архива.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>Cancel leaves no backup file behind.</source>
        <translation>При отмене файл резервной копии не остаётся.</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Запись и проверка резервной копии…</translation>
    </message>
    <message>
        <source>Verifying the backup — documents: {done} of {total}</source>
        <translation>Проверка резервной копии — документы: {done} из {total}</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was written.</source>
        <translation>Резервное копирование отменено; копия не записана.</translation>
    </message>
    <message>
        <source>Replace backup?</source>
        <translation>Заменить копию?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}.

Replace it with a new backup? The old file is replaced only after the new one has been verified.</source>
        <translation>{name} уже есть в {parent}.

Заменить его новой копией? Старый файл заменяется только после проверки нового.</translation>
    </message>
    <message>
        <source>Backup written to {path} and verified. It opens with the current passphrase.</source>
        <translation>Резервная копия записана в {path} и проверена. Она открывается текущей парольной фразой.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. No backup was written.</source>
        <translation>Это не текущая парольная фраза. Резервная копия не записана.</translation>
    </message>
    <message>
        <source>No backup was written: {reason}</source>
        <translation>Резервная копия не записана: {reason}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Резервная копия не записана.</translation>
    </message>
</context>
<context>
    <name>BundlePage</name>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>How the bundle is numbered, protected and where it is written.</source>
        <translation>Как пакет нумеруется, защищается и куда записывается.</translation>
    </message>
    <message>
        <source>Protect the PDFs with a password (AES-256)</source>
        <translation>Защитить PDF паролем (AES-256)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>One ZIP file instead of a folder</source>
        <translation>Один ZIP-файл вместо папки</translation>
    </message>
    <message>
        <source>Cover title</source>
        <translation>Заголовок обложки</translation>
    </message>
    <message>
        <source>Bates prefix</source>
        <translation>Префикс Bates</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>The owner password is random and not kept. The password is not saved anywhere: send it to the recipient separately.</source>
        <translation>Пароль владельца случайный и не хранится. Пароль нигде не сохраняется: передайте его получателю отдельно.</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <source>Bundle name</source>
        <translation>Имя пакета</translation>
    </message>
    <message>
        <source>Save the bundle in</source>
        <translation>Сохранить пакет в</translation>
    </message>
    <message>
        <source>The Bates prefix takes letters, digits, &apos;-&apos; and &apos;_&apos; (up to 16).</source>
        <translation>Префикс Bates: буквы, цифры, «-» и «_» (до 16).</translation>
    </message>
    <message>
        <source>Type the password twice, or untick the password option.</source>
        <translation>Введите пароль дважды или снимите флажок защиты паролем.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Give the bundle a name (no slashes).</source>
        <translation>Дайте пакету имя (без косой черты).</translation>
    </message>
    <message>
        <source>Choose an existing folder to save the bundle in.</source>
        <translation>Выберите существующую папку для пакета.</translation>
    </message>
    <message>
        <source>{name} already exists there; choose another name.</source>
        <translation>{name} там уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <source>First page: {prefix}000001, then {prefix}000002, …</source>
        <translation>Первая страница: {prefix}000001, затем {prefix}000002, …</translation>
    </message>
    <message>
        <source>Will create: {target}</source>
        <translation>Будет создано: {target}</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Добавить дело</translation>
    </message>
    <message>
        <source>e.g. Defenders&apos; trial, Taldykorgan 2026</source>
        <translation>напр. Суд над правозащитниками, Талдыкорган 2026</translation>
    </message>
    <message>
        <source>Court, file or communication number</source>
        <translation>Номер суда, дела или сообщения</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Add case</source>
        <translation>&amp;Добавить дело</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The whole archive is re-encrypted under the new passphrase. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Весь архив перешифровывается новой парольной фразой. Ранее сделанные копии сохраняют прежнюю фразу.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>С&amp;менить фразу</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>That is the current passphrase; type a new one.</source>
        <translation>Это текущая парольная фраза; введите новую.</translation>
    </message>
    <message>
        <source>Re-encrypting the archive… this takes a while for a large one.</source>
        <translation>Архив перешифровывается… для большого архива это займёт время.</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this archive.</source>
        <translation>Парольная фраза изменена. Прежняя фраза больше не открывает этот архив.</translation>
    </message>
    <message>
        <source>The passphrase remembered on this computer was updated.</source>
        <translation>Парольная фраза, запомненная на этом компьютере, обновлена.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Это не текущая парольная фраза. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Ничего не изменено: {reason}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {label}</source>
        <translation>Убрать {label}</translation>
    </message>
</context>
<context>
    <name>ChronologyDialog</name>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Filter facts…</source>
        <translation>Фильтр фактов…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation>Неоспариваемые</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспариваемые</translation>
    </message>
    <message>
        <source>&amp;Add fact…</source>
        <translation>&amp;Добавить факт…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Draft &amp;submission…</source>
        <translation>&amp;Проект сообщения…</translation>
    </message>
    <message>
        <source>&amp;Remedies…</source>
        <translation>&amp;Средства защиты…</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>С&amp;огласие…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Лицо:</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все лица</translation>
    </message>
    <message>
        <source>{0} of {1} facts</source>
        <translation>Фактов: {0} из {1}</translation>
    </message>
    <message>
        <source>Delete fact</source>
        <translation>Удаление факта</translation>
    </message>
    <message>
        <source>Delete this fact from the chronology?

{0}</source>
        <translation>Удалить этот факт из хронологии?

{0}</translation>
    </message>
    <message>
        <source>Export the chronology</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <source>Word (*.docx);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Документ Word (*.docx);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>Записано: {0}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>полное имя</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>инициалы</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>не называть</translation>
    </message>
    <message>
        <source>Consent per mechanism</source>
        <translation>Согласие по механизмам</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Consent to submit</source>
        <translation>Согласие на подачу</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Proof (document id)</source>
        <translation>Подтверждение (№ документа)</translation>
    </message>
    <message>
        <source>Named in public</source>
        <translation>Публичное упоминание</translation>
    </message>
    <message>
        <source>Anonymised in decision</source>
        <translation>Анонимность в решении</translation>
    </message>
    <message>
        <source>Submitter confidential</source>
        <translation>Не раскрывать заявителя</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Лицо:</translation>
    </message>
    <message>
        <source>A proof is given by its document id.</source>
        <translation>Подтверждение указывается номером документа.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <source>New archive</source>
        <translation>Новый архив</translation>
    </message>
    <message>
        <source>An archive is one encrypted file. Everything you put in it is readable only with its passphrase.</source>
        <translation>Архив — это один зашифрованный файл. Всё, что в нём хранится, можно прочитать только с его парольной фразой.</translation>
    </message>
    <message>
        <source>Where to save the archive</source>
        <translation>Где сохранить архив</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not even the team that wrote this program. Keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Утерянную парольную фразу не восстановит никто&lt;/b&gt;, даже авторы программы. Храните её в надёжном месте, не на этом компьютере.</translation>
    </message>
    <message>
        <source>Create &amp;archive</source>
        <translation>Создать &amp;архив</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Add a person…</source>
        <translation>Добавить лицо…</translation>
    </message>
    <message>
        <source>Add an article, e.g. ICCPR 19…</source>
        <translation>Добавить статью, напр. ICCPR 19…</translation>
    </message>
    <message>
        <source>Add to a case…</source>
        <translation>Добавить в дело…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changed details (Ctrl+S)</source>
        <translation>Сохранить изменённые сведения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Предлагаемые метки</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>Документ не выбран.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ids} documents selected.&lt;/b&gt; Tags added here go on all of them.</source>
        <translation>&lt;b&gt;Выбрано документов: {ids}.&lt;/b&gt; Метки, добавленные здесь, получат все они.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n page(s) · {status}</source>
        <translation>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n страница · {status}</numerusform>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n страницы · {status}</numerusform>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n страниц · {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>p.{page}: “{quote}”</source>
        <translation>с.{page}: «{quote}»</translation>
    </message>
    <message>
        <source>Person: {label}</source>
        <translation>Лицо: {label}</translation>
    </message>
    <message>
        <source>Article: {label}</source>
        <translation>Статья: {label}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Could not save the details</source>
        <translation>Не удалось сохранить сведения</translation>
    </message>
    <message>
        <source>Add “{name}” to the persons registry…</source>
        <translation>Добавить «{name}» в реестр лиц…</translation>
    </message>
    <message>
        <source>Add “{name}” to the legal articles…</source>
        <translation>Добавить «{name}» в статьи закона…</translation>
    </message>
    <message>
        <source>Add a case “{name}”…</source>
        <translation>Добавить дело «{name}»…</translation>
    </message>
    <message>
        <source>Could not change the tags</source>
        <translation>Не удалось изменить метки</translation>
    </message>
    <message>
        <source>Could not apply the suggestion</source>
        <translation>Не удалось применить предложение</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Save original…</source>
        <translation>&amp;Сохранить оригинал…</translation>
    </message>
    <message>
        <source>Write the selected document&apos;s original file where you choose (its hash is checked)</source>
        <translation>Записать исходный файл выбранного документа в указанное место (хеш проверяется)</translation>
    </message>
    <message>
        <source>&amp;Delete document…</source>
        <translation>&amp;Удалить документ…</translation>
    </message>
    <message>
        <source>Remove the selected documents from the archive (asks first)</source>
        <translation>Удалить выбранные документы из архива (с подтверждением)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n document(s)…</source>
        <translation>
            <numerusform>&amp;Удалить %n документ…</numerusform>
            <numerusform>&amp;Удалить %n документа…</numerusform>
            <numerusform>&amp;Удалить %n документов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the original of “{title}”</source>
        <translation>Сохранить оригинал «{title}»</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with the original?</source>
        <translation>Файл {name} уже есть в папке {folder}. Заменить его оригиналом?</translation>
    </message>
    <message>
        <source>Nothing was saved; {name} was left as it was.</source>
        <translation>Ничего не сохранено; файл {name} остался без изменений.</translation>
    </message>
    <message>
        <source>Saved the original of “{title}” as {path}. Its SHA-256 matches the one recorded at import ({hash}…).</source>
        <translation>Оригинал «{title}» сохранён как {path}. Его SHA-256 совпадает с записанным при импорте ({hash}…).</translation>
    </message>
    <message>
        <source>The original was not saved</source>
        <translation>Оригинал не сохранён</translation>
    </message>
    <message>
        <source>Delete “{title}” (#{id}, {file}) from the archive?</source>
        <translation>Удалить «{title}» (#{id}, {file}) из архива?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n documents from the archive?</source>
        <translation>
            <numerusform>Удалить этот %n документ из архива?</numerusform>
            <numerusform>Удалить эти %n документа из архива?</numerusform>
            <numerusform>Удалить эти %n документов из архива?</numerusform>
        </translation>
    </message>
    <message>
        <source>The file, its text, its tags, suggested tags and redactions go with it; this cannot be undone (a backup made earlier still holds it). The audit log keeps a record of the deletion.</source>
        <translation>Вместе с ним удаляются файл, его текст, метки, предлагаемые метки и скрытия; отменить это нельзя (в ранее сделанной резервной копии он остаётся). Журнал аудита сохраняет запись об удалении.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» удалён.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s).</source>
        <translation>
            <numerusform>Удалён %n документ.</numerusform>
            <numerusform>Удалено %n документа.</numerusform>
            <numerusform>Удалено %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was not deleted</source>
        <translation>Документ не удалён</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Choose a document in the list to read it here.</source>
        <translation>Выберите документ в списке, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <source>Correct the OCR text of this page…</source>
        <translation>Исправить распознанный текст этой страницы…</translation>
    </message>
    <message>
        <source>“{filename}” is a password-protected PDF. Its original bytes are kept in the archive as evidence, but it cannot be shown or searched here.</source>
        <translation>«{filename}» — PDF, защищённый паролем. Исходный файл хранится в архиве как доказательство, но показать его или искать в нём здесь нельзя.</translation>
    </message>
    <message>
        <source>This PDF could not be displayed; its text is shown instead.</source>
        <translation>Этот PDF не удалось показать; вместо него показан его текст.</translation>
    </message>
    <message>
        <source>— page {number} —</source>
        <translation>— страница {number} —</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Drag over the text to select a passage</source>
        <translation>Выделите фрагмент, проведя мышью по тексту</translation>
    </message>
    <message>
        <source>Add as &amp;fact…</source>
        <translation>Добавить как &amp;факт…</translation>
    </message>
    <message>
        <source>Redact the selected words as</source>
        <translation>Скрыть выделенные слова как</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>One PDF per document, in this order; Bates numbers run on across the bundle.</source>
        <translation>По одному PDF на документ, в этом порядке; номера Bates идут сквозь весь пакет.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Saved redactions</source>
        <translation>Сохранённые скрытия</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>ids, e.g. 3, 5, 9</source>
        <translation>номера, напр. 3, 5, 9</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the {search_ids} search results</source>
        <translation>Добавить результаты поиска ({search_ids})</translation>
    </message>
    <message>
        <source>Add by id</source>
        <translation>Добавить по номеру</translation>
    </message>
    <message>
        <source>Could not add the documents</source>
        <translation>Не удалось добавить документы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A password-protected PDF cannot be exported: remove it.</source>
        <translation>PDF, защищённый паролем, нельзя экспортировать: уберите его.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No documents yet: add them by id, or select them in the result list first.</source>
        <translation>Документов пока нет: добавьте их по номеру или сначала выберите в списке результатов.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be exported (a password-protected PDF, in red): select it and Remove it.</source>
        <translation>
            <numerusform>%n из них нельзя экспортировать (PDF, защищённый паролем, выделен красным): выберите его и нажмите «Убрать».</numerusform>
            <numerusform>%n из них нельзя экспортировать (PDF, защищённые паролем, выделены красным): выберите их и нажмите «Убрать».</numerusform>
            <numerusform>%n из них нельзя экспортировать (PDF, защищённые паролем, выделены красным): выберите их и нажмите «Убрать».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft a UN communication</source>
        <translation>Проект сообщения в ООН</translation>
    </message>
    <message>
        <source>optional: an exported bundle folder</source>
        <translation>необязательно: папка экспортированного пакета</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;В отношении:</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>&amp;Заявитель:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Пакет:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Write &amp;DOCX…</source>
        <translation>Записать &amp;DOCX…</translation>
    </message>
    <message>
        <source>Write &amp;PDF…</source>
        <translation>Записать &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checklist before sending:</source>
        <translation>Контрольный список перед отправкой:</translation>
    </message>
    <message>
        <source>(to be completed)</source>
        <translation>(указать позже)</translation>
    </message>
    <message>
        <source>Exported bundle</source>
        <translation>Экспортированный пакет</translation>
    </message>
    <message>
        <source>Checklist before sending (checking…):</source>
        <translation>Контрольный список перед отправкой (проверка…):</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write the draft</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Writing the draft and checking it against consent…</source>
        <translation>Составление проекта и сверка с согласиями…</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>Записано: {0}.</translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation>Не записано: {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not do that</source>
        <translation>Не удалось выполнить действие</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The archive app met an unexpected problem. Your archive is safe: everything saved before this point is kept.

If it happens again, send the details below to the team (they contain no document text).</source>
        <translation>В программе произошла непредвиденная ошибка. Ваш архив в безопасности: всё, что было сохранено до этого момента, не потеряно.

Если это повторится, отправьте сведения ниже команде разработчиков (в них нет текста документов).</translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged archive.</source>
        <translation>Неверная парольная фраза или повреждённый архив.</translation>
    </message>
    <message>
        <source>The archive is damaged: run Archive &gt; Check integrity and restore it from a backup.</source>
        <translation>Архив повреждён: выполните «Архив &gt; Проверить целостность» и восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The archive is locked or closed.</source>
        <translation>Архив заблокирован или закрыт.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The disk is full or failing; nothing of this batch was written.</source>
        <translation>Диск заполнен или неисправен; ничего из этой партии не записано.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <source>There is no archive at {path}.</source>
        <translation>По пути {path} архива нет.</translation>
    </message>
    <message>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} уже существует; он не перезаписан.</translation>
    </message>
    <message>
        <source>The archive is open in another window or program: {path}.</source>
        <translation>Архив открыт в другом окне или программе: {path}.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of the app (schema {found}; this version knows {known}).</source>
        <translation>Архив записан более новой версией программы (схема {found}; эта версия знает {known}).</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>No document #{id}.</source>
        <translation>Документа #{id} нет.</translation>
    </message>
    <message>
        <source>No person #{id}.</source>
        <translation>Лица #{id} нет.</translation>
    </message>
    <message>
        <source>No case #{id}.</source>
        <translation>Дела #{id} нет.</translation>
    </message>
    <message>
        <source>“{name}” is not in the persons registry; add them in Registries &gt; Persons.</source>
        <translation>«{name}» нет в реестре лиц; добавьте в «Реестры &gt; Лица».</translation>
    </message>
    <message>
        <source>There is no case “{name}”; add it in Registries &gt; Cases.</source>
        <translation>Дела «{name}» нет; добавьте его в «Реестры &gt; Дела».</translation>
    </message>
    <message>
        <source>“{name}” is not in the articles registry; add it in Registries &gt; Legal articles.</source>
        <translation>«{name}» нет в реестре статей; добавьте её в «Реестры &gt; Статьи закона».</translation>
    </message>
    <message>
        <source>A person named “{name}” is already registered.</source>
        <translation>Лицо с именем «{name}» уже есть в реестре.</translation>
    </message>
    <message>
        <source>A case named “{name}” already exists.</source>
        <translation>Дело «{name}» уже существует.</translation>
    </message>
    <message>
        <source>“{name}” names several persons; choose one from the list.</source>
        <translation>«{name}» подходит к нескольким лицам; выберите одно из списка.</translation>
    </message>
    <message>
        <source>{name} is already in the registry.</source>
        <translation>{name} уже есть в реестре.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>У лица должно быть имя.</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>У дела должно быть название.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>У документа должно быть название.</translation>
    </message>
    <message>
        <source>“{name}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{name}» — не дата: пишите ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Две парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Пустая парольная фраза не допускается.</translation>
    </message>
    <message>
        <source>That is the current passphrase; choose a new one.</source>
        <translation>Это текущая парольная фраза; выберите новую.</translation>
    </message>
    <message>
        <source>The file is {size}, over the import limit of {limit}.</source>
        <translation>Размер файла {size} превышает предел импорта {limit}.</translation>
    </message>
    <message>
        <source>Not a file, or not found.</source>
        <translation>Это не файл, или он не найден.</translation>
    </message>
    <message>
        <source>Password-protected PDF, which cannot be exported: {ids}. Leave it out of the bundle (the archive keeps it as it came).</source>
        <translation>PDF, защищённый паролем, нельзя экспортировать: {ids}. Исключите его из пакета (в архиве он хранится в исходном виде).</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Файл изменился во время импорта; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Damaged or invalid PDF ({detail}).</source>
        <translation>Повреждённый или недопустимый PDF ({detail}).</translation>
    </message>
    <message>
        <source>Damaged Word document ({detail}).</source>
        <translation>Повреждённый документ Word ({detail}).</translation>
    </message>
    <message>
        <source>Not a Word document (no word/document.xml).</source>
        <translation>Это не документ Word (нет word/document.xml).</translation>
    </message>
    <message>
        <source>Damaged Outlook message ({detail}).</source>
        <translation>Повреждённое письмо Outlook ({detail}).</translation>
    </message>
    <message>
        <source>This kind of file is not imported ({kind}).</source>
        <translation>Файлы такого типа не импортируются ({kind}).</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}.</source>
        <translation>Файл не читается: {why}.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters, the import limit.</source>
        <translation>Текст длиннее {limit} знаков — предела импорта.</translation>
    </message>
    <message>
        <source>Not a mailbox: no &apos;From &apos; line starts the .mbox file.</source>
        <translation>Это не почтовый ящик: файл .mbox не начинается строкой &apos;From &apos;.</translation>
    </message>
    <message>
        <source>Not an e-mail: the .eml file holds binary data of an unknown kind.</source>
        <translation>Это не письмо: файл .eml содержит двоичные данные неизвестного вида.</translation>
    </message>
    <message>
        <source>The PDF reader gave an answer that makes no sense; the file was refused.</source>
        <translation>Программа чтения PDF дала бессмысленный ответ; файл отклонён.</translation>
    </message>
    <message>
        <source>Reading the PDF took longer than {seconds} s; stopped.</source>
        <translation>Чтение PDF заняло больше {seconds} с; остановлено.</translation>
    </message>
    <message>
        <source>{reason} (kept inside the stored e-mail)</source>
        <translation>{reason} (сохранено внутри письма в архиве)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written for this item.</source>
        <translation>Диск заполнен; для этого элемента ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>Типы документов</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Click a value to filter by it; click it again to remove the filter</source>
        <translation>Щёлкните значение, чтобы отфильтровать по нему; щёлкните ещё раз, чтобы снять фильтр</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Edit fact</source>
        <translation>Изменение факта</translation>
    </message>
    <message>
        <source>Add fact</source>
        <translation>Новый факт</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM, YYYY, START..END or tbd</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ, ГГГГ, НАЧАЛО..КОНЕЦ или tbd</translation>
    </message>
    <message>
        <source>e.g. ICCPR 9, KZ-CC 174(2)</source>
        <translation>напр. ICCPR 9, KZ-CC 174(2)</translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>неоспариваемый</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оспариваемый</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Факт:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Лица:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Статьи:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Фрагмент:</translation>
    </message>
    <message>
        <source>&amp;Bates:</source>
        <translation>Номер &amp;Bates:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>, page {0}</source>
        <translation>, стр. {0}</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <source>Not a date yet.</source>
        <translation>Дата пока не распознана.</translation>
    </message>
    <message>
        <source>Proposed from the passage: {0}. Check it.</source>
        <translation>Предложено по фрагменту: {0}. Проверьте.</translation>
    </message>
    <message>
        <source>Date: to be determined</source>
        <translation>Дата: будет уточнена</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Дата: {0}</translation>
    </message>
    <message>
        <source>A fact needs a statement.</source>
        <translation>Укажите содержание факта.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>неоспариваемый</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оспариваемый</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>already in the archive as #{id}; linked</source>
        <translation>уже в архиве как №{id}; связан</translation>
    </message>
    <message>
        <source>already in the archive as #{id}</source>
        <translation>уже в архиве как №{id}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v из %m файлов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the current file; what is imported is kept (Esc)</source>
        <translation>Остановить после текущего файла; импортированное сохранится (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Импортировать %n файл</numerusform>
            <numerusform>Импортировать %n файла</numerusform>
            <numerusform>Импортировать %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n folder(s) and file(s)</source>
        <translation>
            <numerusform>Импорт: %n папка или файл</numerusform>
            <numerusform>Импорт: %n папки или файла</numerusform>
            <numerusform>Импорт: %n папок или файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>The new documents</source>
        <translation>Новые документы</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Без дела</translation>
    </message>
    <message>
        <source>Recognise from each file</source>
        <translation>Определять по каждому файлу</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Con&amp;fidentiality:</source>
        <translation>&amp;Конфиденциальность:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Stopping after the current file… Everything imported so far is kept.</source>
        <translation>Остановка после текущего файла… Всё импортированное сохранится.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импортируется %n файл…</numerusform>
            <numerusform>Импортируются %n файла…</numerusform>
            <numerusform>Импортируются %n файлов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%v of %m file(s)</source>
        <translation>
            <numerusform>%v из %m файла</numerusform>
            <numerusform>%v из %m файлов</numerusform>
            <numerusform>%v из %m файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>нет файлов</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Чтение {name}</translation>
    </message>
    <message>
        <source>Imported: {imported}    Duplicates: {duplicates}    Failed: {failed}</source>
        <translation>Импортировано: {imported}    Дубликатов: {duplicates}    Ошибок: {failed}</translation>
    </message>
    <message>
        <source>Import stopped: {stopped}</source>
        <translation>Импорт остановлен: {stopped}</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Импорт отменён: %n файл не импортирован.</numerusform>
            <numerusform>Импорт отменён: %n файла не импортировано.</numerusform>
            <numerusform>Импорт отменён: %n файлов не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: no files were found.</source>
        <translation>Нечего импортировать: файлы не найдены.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>The import stopped because of an error.</source>
        <translation>Импорт остановлен из-за ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported,</source>
        <translation>
            <numerusform>Импортировано: %n,</numerusform>
            <numerusform>Импортировано: %n,</numerusform>
            <numerusform>Импортировано: %n,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s),</source>
        <translation>
            <numerusform>дубликатов: %n,</numerusform>
            <numerusform>дубликатов: %n,</numerusform>
            <numerusform>дубликатов: %n,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>ошибок: %n.</numerusform>
            <numerusform>ошибок: %n.</numerusform>
            <numerusform>ошибок: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Everything imported before that is kept.</source>
        <translation>Отменено. Всё, что было импортировано до этого, сохранено.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <source>Check integrity</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>&amp;Deep check: also re-read and re-hash every document (slower)</source>
        <translation>&amp;Глубокая проверка: заново прочитать и хешировать каждый документ (медленнее)</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Checking every document&apos;s bytes…</source>
        <translation>Проверка байтов каждого документа…</translation>
    </message>
    <message>
        <source>Checking documents: {done} of {total}</source>
        <translation>Проверка документов: {done} из {total}</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was judged.</source>
        <translation>Проверка отменена; ничего не оценено.</translation>
    </message>
    <message numerus="yes">
        <source>The archive is healthy: all %n checks passed.</source>
        <translation>
            <numerusform>Архив в порядке: %n проверка пройдена.</numerusform>
            <numerusform>Архив в порядке: все %n проверки пройдены.</numerusform>
            <numerusform>Архив в порядке: все %n проверок пройдены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see the list below.</source>
        <translation>
            <numerusform>Найдена %n проблема; см. список ниже.</numerusform>
            <numerusform>Найдены %n проблемы; см. список ниже.</numerusform>
            <numerusform>Найдено %n проблем; см. список ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Проверку не удалось выполнить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Secure case archive</source>
        <translation>Защищённый архив дел</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation>&amp;Новый архив…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Export the selected documents as a redacted, Bates-numbered, verified bundle</source>
        <translation>Экспортировать выбранные документы в проверенный пакет со скрытиями и номерами Bates</translation>
    </message>
    <message>
        <source>S&amp;hare case…</source>
        <translation>П&amp;ередать дело…</translation>
    </message>
    <message>
        <source>Write one case into a separate, encrypted package for a colleague</source>
        <translation>Записать одно дело в отдельный зашифрованный пакет для коллеги</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>О&amp;бъединить пакет…</translation>
    </message>
    <message>
        <source>Check a package from a colleague and merge it into this archive</source>
        <translation>Проверить пакет от коллеги и объединить его с этим архивом</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>С&amp;крыть</translation>
    </message>
    <message>
        <source>Mark redactions on the document shown: boxes, words, terms (Ctrl+Shift+R)</source>
        <translation>Отметить скрытия в показанном документе: области, слова, термины (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock the archive now (Ctrl+L)</source>
        <translation>Заблокировать архив сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation>Проверить &amp;целостность…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Rebuild search index</source>
        <translation>Пере&amp;строить поисковый индекс</translation>
    </message>
    <message>
        <source>Refresh suggested &amp;tags</source>
        <translation>Обновить предлагаемые &amp;метки</translation>
    </message>
    <message>
        <source>Read every document again for the persons and articles in the registry (done by itself when a person&apos;s name or aliases change)</source>
        <translation>Перечитать все документы, ища лица и статьи из реестра (выполняется само, когда меняется имя или псевдонимы лица)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Лица…</translation>
    </message>
    <message>
        <source>Legal &amp;articles…</source>
        <translation>&amp;Статьи закона…</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>&amp;Дела…</translation>
    </message>
    <message>
        <source>C&amp;hronology…</source>
        <translation>&amp;Хронология…</translation>
    </message>
    <message>
        <source>The facts of a case in date order</source>
        <translation>Факты дела в хронологическом порядке</translation>
    </message>
    <message>
        <source>Draft UN &amp;communication…</source>
        <translation>&amp;Проект сообщения в ООН…</translation>
    </message>
    <message>
        <source>Domestic &amp;remedies…</source>
        <translation>&amp;Внутренние средства правовой защиты…</translation>
    </message>
    <message>
        <source>C&amp;onsent per mechanism…</source>
        <translation>&amp;Согласие по механизмам…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>&amp;Синтаксис поиска</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>О &amp;программе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архив</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Реестры</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>Submission &amp;workspace…</source>
        <translation>&amp;Рабочее место обращения…</translation>
    </message>
    <message>
        <source>Secure case archive — {name}</source>
        <translation>Защищённый архив дел — {name}</translation>
    </message>
    <message>
        <source>Archive: {name}</source>
        <translation>Архив: {name}</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Could not remember the passphrase</source>
        <translation>Не удалось запомнить парольную фразу</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <source>Rebuild it now?</source>
        <translation>Перестроить его сейчас?</translation>
    </message>
    <message>
        <source>Preparing the demo archive…</source>
        <translation>Подготовка демо-архива…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Rebuild of the search index cancelled; the previous index is kept.</source>
        <translation>Перестройка поискового индекса отменена; прежний индекс сохранён.</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Перестройка поискового индекса…</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>Поисковый индекс перестроен.</translation>
    </message>
    <message>
        <source>Rebuilding the search index — documents: {done} of {total}</source>
        <translation>Перестройка поискового индекса — документы: {done} из {total}</translation>
    </message>
    <message>
        <source>Searches use the previous index until the new one is complete; cancelling keeps it.</source>
        <translation>Пока новый индекс не готов, поиск идёт по прежнему; при отмене прежний индекс сохранится.</translation>
    </message>
    <message>
        <source>Another operation is still running.</source>
        <translation>Ещё выполняется другая операция.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secure case archive&lt;/b&gt;&lt;br&gt;An offline, encrypted archive for human-rights legal teams. Documents, their text, tags and the audit log live in one SQLCipher file; nothing readable is written to disk.</source>
        <translation>&lt;b&gt;Защищённый архив дел&lt;/b&gt;&lt;br&gt;Автономный зашифрованный архив для правозащитных юридических команд. Документы, их текст, метки и журнал аудита хранятся в одном файле SQLCipher; ничего читаемого на диск не записывается.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
</context>
<context>
    <name>ManageSavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Could not rename the saved search</source>
        <translation>Не удалось переименовать сохранённый поиск</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Удаление сохранённого поиска</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”? The documents stay.</source>
        <translation>Удалить сохранённый поиск «{name}»? Документы останутся.</translation>
    </message>
    <message>
        <source>Could not delete the saved search</source>
        <translation>Не удалось удалить сохранённый поиск</translation>
    </message>
</context>
<context>
    <name>MergePackageDialog</name>
    <message>
        <source>Merge a package</source>
        <translation>Объединение пакета</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>&amp;Файл пакета:</translation>
    </message>
    <message>
        <source>Package &amp;passphrase:</source>
        <translation>&amp;Парольная фраза пакета:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This archive</source>
        <translation>Этот архив</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Chec&amp;k package</source>
        <translation>&amp;Проверить пакет</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge which package?</source>
        <translation>Какой пакет объединить?</translation>
    </message>
    <message>
        <source>Choose the package to merge.</source>
        <translation>Выберите пакет для объединения.</translation>
    </message>
    <message>
        <source>Checking the package (structure, audit chain, seal, documents)…</source>
        <translation>Проверка пакета (структура, цепочка журнала, печать, документы)…</translation>
    </message>
    <message>
        <source>Nothing new in this package; merging it would change nothing.</source>
        <translation>В этом пакете нет ничего нового; объединение ничего не изменит.</translation>
    </message>
    <message>
        <source>The package is sound. Decide the conflicts, then merge.</source>
        <translation>Пакет в порядке. Разрешите конфликты и объедините.</translation>
    </message>
    <message>
        <source>From {source}, case {case}, sealed {when}: {docs} documents.</source>
        <translation>Из {source}, дело {case}, запечатан {when}: документов: {docs}.</translation>
    </message>
    <message>
        <source>Adds {docs} documents, {persons} persons, {cases} cases; updates {udocs} documents and {upersons} persons; {tags} new tags.</source>
        <translation>Добавит документов: {docs}, лиц: {persons}, дел: {cases}; обновит документов: {udocs}, лиц: {upersons}; новых меток: {tags}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new fact(s)</source>
        <translation>
            <numerusform>%n новый факт</numerusform>
            <numerusform>%n новых факта</numerusform>
            <numerusform>%n новых фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) completed</source>
        <translation>
            <numerusform>%n факт дополнен</numerusform>
            <numerusform>%n факта дополнены</numerusform>
            <numerusform>%n фактов дополнены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new remedy step(s)</source>
        <translation>
            <numerusform>%n новый шаг обжалования</numerusform>
            <numerusform>%n новых шага обжалования</numerusform>
            <numerusform>%n новых шагов обжалования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s) completed</source>
        <translation>
            <numerusform>%n шаг обжалования дополнен</numerusform>
            <numerusform>%n шага обжалования дополнены</numerusform>
            <numerusform>%n шагов обжалования дополнены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent answer(s), new or stricter</source>
        <translation>
            <numerusform>%n ответ о согласии, новый или более строгий</numerusform>
            <numerusform>%n ответа о согласии, новые или более строгие</numerusform>
            <numerusform>%n ответов о согласии, новые или более строгие</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person detail(s)</source>
        <translation>
            <numerusform>%n сведение о человеке</numerusform>
            <numerusform>%n сведения о людях</numerusform>
            <numerusform>%n сведений о людях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) of detention</source>
        <translation>
            <numerusform>%n место содержания</numerusform>
            <numerusform>%n места содержания</numerusform>
            <numerusform>%n мест содержания</numerusform>
        </translation>
    </message>
    <message>
        <source>Case record: {parts}.</source>
        <translation>Материалы дела: {parts}.</translation>
    </message>
    <message>
        <source>This package was merged here before.</source>
        <translation>Этот пакет уже объединялся с этим архивом.</translation>
    </message>
    <message>
        <source>Same person: {theirs} = {ours}</source>
        <translation>То же лицо: {theirs} = {ours}</translation>
    </message>
    <message>
        <source>{label}: {field} here {ours}, package {theirs}; keeps {result}</source>
        <translation>{label}: {field} здесь {ours}, в пакете {theirs}; останется {result}</translation>
    </message>
    <message>
        <source>This archive&apos;s</source>
        <translation>Значение этого архива</translation>
    </message>
    <message>
        <source>The package&apos;s</source>
        <translation>Значение пакета</translation>
    </message>
    <message>
        <source>Merging… Cancel undoes the whole merge.</source>
        <translation>Объединение… Отмена откатит всё объединение.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Merged: {new} new and {updated} updated documents, {persons} new persons, {marks} redaction marks; {open} conflicts kept this archive&apos;s value.</source>
        <translation>Объединено: новых документов {new}, обновлённых {updated}, новых лиц {persons}, отметок скрытия {marks}; в {open} конфликтах оставлено значение этого архива.</translation>
    </message>
    <message>
        <source>Stopping; the merge is being undone…</source>
        <translation>Остановка; объединение откатывается…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>Type a passphrase: an empty one is not allowed.</source>
        <translation>Введите парольную фразу: пустая не допускается.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>No notes on this document.</source>
        <translation>К этому документу заметок нет.</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <source>A remark of yours on this document: searchable, never exported unless asked</source>
        <translation>Ваша заметка к документу: по ней ищут, в экспорт попадает только по запросу</translation>
    </message>
    <message>
        <source>Write the note… (Ctrl+Enter saves)</source>
        <translation>Напишите заметку… (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{author} · {date} (edited {edited})</source>
        <translation>{author} · {date} (изменено {edited})</translation>
    </message>
    <message>
        <source>{author} · {date}</source>
        <translation>{author} · {date}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the note of {date}</source>
        <translation>Изменить заметку от {date}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the note of {date}</source>
        <translation>Удалить заметку от {date}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>Не удалось сохранить заметку</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Delete this note? It cannot be brought back.</source>
        <translation>Удалить эту заметку? Вернуть её будет нельзя.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Не удалось удалить заметку</translation>
    </message>
</context>
<context>
    <name>OcrCorrectionDialog</name>
    <message>
        <source>Correct the OCR text</source>
        <translation>Исправление распознанного текста</translation>
    </message>
    <message>
        <source>Page {page} of “{title}”</source>
        <translation>Страница {page} документа «{title}»</translation>
    </message>
    <message>
        <source>Page {page} of document #{id}</source>
        <translation>Страница {page} документа №{id}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The corrected text is what search, suggestions and the export use; what OCR read is kept. The change is recorded in the audit log.</source>
        <translation>Исправленный текст используют поиск, предложения и экспорт; распознанный OCR текст сохраняется. Изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Use the OCR text</source>
        <translation>Вернуть текст OCR</translation>
    </message>
    <message>
        <source>Drop the correction: the page gets the text OCR read again</source>
        <translation>Отменить исправление: странице вернётся текст, распознанный OCR</translation>
    </message>
    <message>
        <source>The text as OCR read it. Edit it and save.</source>
        <translation>Текст в том виде, как его распознал OCR. Исправьте и сохраните.</translation>
    </message>
    <message>
        <source>This page was corrected by hand; the correction is shown.</source>
        <translation>Эта страница исправлена вручную; показано исправление.</translation>
    </message>
    <message>
        <source>The OCR text of this page could not be read.</source>
        <translation>Не удалось прочитать распознанный текст этой страницы.</translation>
    </message>
    <message>
        <source>Could not open the OCR text</source>
        <translation>Не удалось открыть распознанный текст</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Could not save the correction</source>
        <translation>Не удалось сохранить исправление</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message numerus="yes">
        <source>%n scanned page(s) cannot be read: </source>
        <translation>
            <numerusform>%n отсканированную страницу нельзя распознать: </numerusform>
            <numerusform>%n отсканированные страницы нельзя распознать: </numerusform>
            <numerusform>%n отсканированных страниц нельзя распознать: </numerusform>
        </translation>
    </message>
    <message>
        <source>OCR: reading scans…</source>
        <translation>OCR: чтение сканов…</translation>
    </message>
    <message>
        <source>Scanned pages are read so they can be searched and redacted; what was read is kept if you cancel, the rest is read later.</source>
        <translation>Отсканированные страницы распознаются, чтобы по ним можно было искать и скрывать; прочитанное сохранится при отмене, остальное будет прочитано позже.</translation>
    </message>
    <message>
        <source>Stopping OCR after the pages under way…</source>
        <translation>Остановка OCR после текущих страниц…</translation>
    </message>
    <message numerus="yes">
        <source>OCR: %1 of %n page(s)</source>
        <translation>
            <numerusform>OCR: %1 из %n страницы</numerusform>
            <numerusform>OCR: %1 из %n страниц</numerusform>
            <numerusform>OCR: %1 из %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR stopped; %n page(s) read, the rest wait for the next opening.</source>
        <translation>
            <numerusform>OCR остановлено; распознана %n страница, остальные ждут следующего открытия.</numerusform>
            <numerusform>OCR остановлено; распознано %n страницы, остальные ждут следующего открытия.</numerusform>
            <numerusform>OCR остановлено; распознано %n страниц, остальные ждут следующего открытия.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n page(s) read.</source>
        <translation>
            <numerusform>OCR завершено: распознана %n страница.</numerusform>
            <numerusform>OCR завершено: распознано %n страницы.</numerusform>
            <numerusform>OCR завершено: распознано %n страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read.</source>
        <translation>
            <numerusform>%n страницу не удалось распознать.</numerusform>
            <numerusform>%n страницы не удалось распознать.</numerusform>
            <numerusform>%n страниц не удалось распознать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were hard to read: check them.</source>
        <translation>
            <numerusform>%n страница распознана с трудом: проверьте её.</numerusform>
            <numerusform>%n страницы распознаны с трудом: проверьте их.</numerusform>
            <numerusform>%n страниц распознаны с трудом: проверьте их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>Found on the scan: {what} ({reason}). Drag to move, drag an edge to resize, right-click for more.</source>
        <translation>Найдено на скане: {what} ({reason}). Перетащите, чтобы сдвинуть, потяните за край, чтобы изменить размер, щелчок правой кнопкой — другие действия.</translation>
    </message>
    <message>
        <source>Drag to move, drag an edge to resize, right-click to remove this box</source>
        <translation>Перетащите, чтобы сдвинуть, потяните за край, чтобы изменить размер, щелчок правой кнопкой убирает область</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <translation>Перейти к странице (Ctrl+G)</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>из 0</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Предыдущая страница (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Следующая страница (PgDown)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation>По ширине (Ctrl+0)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Mark redactions: draw boxes or select words (Ctrl+Shift+R)</source>
        <translation>Отметить скрытия: нарисуйте области или выделите слова (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <source>Yes, consent given</source>
        <translation>Да, согласие дано</translation>
    </message>
    <message>
        <source>No, redact every alias</source>
        <translation>Нет, скрывать все имена</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Называется</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Скрыт</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>defender</source>
        <translation>правозащитник</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <source>official</source>
        <translation>должностное лицо</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>задержан</translation>
    </message>
    <message>
        <source>house arrest</source>
        <translation>домашний арест</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>осуждён</translation>
    </message>
    <message>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>пропал без вести</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>за границей</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In exports</source>
        <translation>В экспорте</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Filter by name or alias (Ctrl+F)</source>
        <translation>Фильтр по имени (Ctrl+F)</translation>
    </message>
    <message>
        <source>May be named in exports (consent to disclosure)</source>
        <translation>Может быть назван в экспорте (согласие на раскрытие)</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>Н&amp;овое лицо</translation>
    </message>
    <message>
        <source>Empty the form to add a person (Ctrl+N)</source>
        <translation>Очистить форму, чтобы добавить лицо (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Сохранить это лицо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>One a line, in any script: Latin, Cyrillic, Kazakh letters.
Search finds every alias; without consent, each one is redacted.</source>
        <translation>По одному в строке, любым письмом: латиница, кириллица, казахские буквы.
Поиск находит каждое имя; без согласия скрывается каждое.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>Д&amp;ругие имена:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>May be named
in exports:</source>
        <translation>Может быть назван
в экспорте:</translation>
    </message>
    <message>
        <source>Consent to disclosure of this person&apos;s name in exports</source>
        <translation>Согласие на раскрытие имени этого лица в экспорте</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>З&amp;аметки:</translation>
    </message>
    <message>
        <source>Person #{id}</source>
        <translation>Лицо #{id}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Добавить лицо</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard the changes you made to this person?</source>
        <translation>Отбросить изменения, внесённые в это лицо?</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>У лица должно быть имя.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Добавлено: {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Недавние архивы</translation>
    </message>
    <message>
        <source>Remember recently opened archives</source>
        <translation>Запоминать недавно открытые архивы</translation>
    </message>
    <message>
        <source>Forget this list</source>
        <translation>Забыть этот список</translation>
    </message>
    <message>
        <source>Only the paths of archive files are kept, in {file}. File names often name the case: without the list, choose the archive each time.</source>
        <translation>Хранятся только пути к файлам архивов, в {file}. Имена файлов часто называют дело: без списка выбирайте архив каждый раз.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after</source>
        <translation>Очищать скопированный текст из буфера через</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Text copied from the archive is marked so clipboard managers do not keep it, and it is always cleared when the archive locks or the app quits, if the clipboard still holds it.</source>
        <translation>Текст, скопированный из архива, помечается, чтобы менеджеры буфера его не сохраняли, и всегда стирается при блокировке архива или выходе из программы, если он ещё в буфере.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>The interface changes to the new language at the next start.</source>
        <translation>Интерфейс перейдёт на новый язык при следующем запуске.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the archive after</source>
        <translation>Блокировать архив через</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>бездействия</translation>
    </message>
    <message>
        <source>Reading scans (OCR)</source>
        <translation>Распознавание сканов (OCR)</translation>
    </message>
    <message>
        <source>Read scans in</source>
        <translation>Распознавать сканы на языках:</translation>
    </message>
    <message>
        <source>Each language needs its OCR model installed. Fewer languages read faster; pages already read are not read again.</source>
        <translation>Для каждого языка нужна установленная модель OCR. Чем меньше языков, тем быстрее распознавание; уже распознанные страницы повторно не читаются.</translation>
    </message>
    <message>
        <source>Choose at least one language to read scans in.</source>
        <translation>Выберите хотя бы один язык распознавания сканов.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>The pages as they will be exported. Pages with redactions are rebuilt as images with the boxes burned in; the others keep their text.</source>
        <translation>Страницы в том виде, в каком они будут экспортированы. Страницы со скрытиями пересобираются как изображения с впечатанными областями; остальные сохраняют текст.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>#{id} · {title}</source>
        <translation>#{id} · {title}</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n page(s)…</source>
        <translation>
            <numerusform>Отрисовка предпросмотра %n страницы…</numerusform>
            <numerusform>Отрисовка предпросмотра %n страниц…</numerusform>
            <numerusform>Отрисовка предпросмотра %n страниц…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Просмотр недоступен: {error}</translation>
    </message>
    <message>
        <source>Bates numbers and the confidentiality legend are stamped at export.</source>
        <translation>Номера Bates и гриф конфиденциальности ставятся при экспорте.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Redactions</source>
        <translation>Скрытие</translation>
    </message>
    <message>
        <source>These apply to every document, together with each document&apos;s saved redactions (boxes, terms, persons, patterns, withheld pages).</source>
        <translation>Применяются ко всем документам вместе с сохранёнными скрытиями каждого документа (области, термины, лица, шаблоны, изъятые страницы).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Always redacted: persons without consent to disclosure</source>
        <translation>Всегда скрываются: лица без согласия на раскрытие</translation>
    </message>
    <message>
        <source>No UN mechanism: the registry&apos;s consent only</source>
        <translation>Без механизма ООН: только согласие из реестра</translation>
    </message>
    <message>
        <source>Exported for:</source>
        <translation>Для кого экспорт:</translation>
    </message>
    <message>
        <source>Also redact these registered persons</source>
        <translation>Также скрыть этих лиц из реестра</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Every name, alias and spelling, in any script.</source>
        <translation>Все имена, другие имена и написания, в любом алфавите.</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Слово или фраза</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Terms and phrases</source>
        <translation>Термины и фразы</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>{names} — under every name, alias and spelling, in every document.</source>
        <translation>{names} — под всеми именами, псевдонимами и написаниями, во всех документах.</translation>
    </message>
    <message>
        <source>No registered person is marked “no consent to disclosure”.</source>
        <translation>Ни одно лицо в реестре не отмечено как «нет согласия на раскрытие».</translation>
    </message>
    <message>
        <source>Reading consent…</source>
        <translation>Чтение согласий…</translation>
    </message>
    <message>
        <source>Nobody&apos;s consent for this mechanism keeps their name out.</source>
        <translation>Ничьё согласие для этого механизма не требует скрывать имя.</translation>
    </message>
    <message>
        <source>{name}: initials only — redacted (pages cannot show initials)</source>
        <translation>{name}: только инициалы — скрыто (страницы не могут показать инициалы)</translation>
    </message>
    <message>
        <source>{name}: not to be named — redacted</source>
        <translation>{name}: не называть — скрыто</translation>
    </message>
    <message>
        <source>Also redacted, as their consent for {mechanism} allows:</source>
        <translation>Также скрыты, как позволяет их согласие для механизма «{mechanism}»:</translation>
    </message>
</context>
<context>
    <name>ReasonCombo</name>
    <message>
        <source>By role (victim or witness)</source>
        <translation>По роли (потерпевший или свидетель)</translation>
    </message>
    <message>
        <source>Reason code, shown as the label on the box and in the redaction log</source>
        <translation>Код причины: надпись на области и в журнале скрытий</translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message>
        <source>&lt;b&gt;Redact mode&lt;/b&gt;</source>
        <translation>&lt;b&gt;Режим скрытия&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Предыдущая страница (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Следующая страница (PgDown)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Leave redact mode and read the document again (Esc)</source>
        <translation>Выйти из режима скрытия и вернуться к чтению (Esc)</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Drag a rectangle over the page</source>
        <translation>Обведите прямоугольник на странице</translation>
    </message>
    <message>
        <source>Select words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Drag over words in the text</source>
        <translation>Выделите слова в тексте</translation>
    </message>
    <message>
        <source>Withhold page</source>
        <translation>Изъять страницу</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>Release page</source>
        <translation>Вернуть страницу</translation>
    </message>
    <message>
        <source>Include this page again</source>
        <translation>Вернуть страницу в экспорт</translation>
    </message>
    <message>
        <source>Leave this whole page out of the export</source>
        <translation>Не включать всю страницу в экспорт</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) on this page.</source>
        <translation>
            <numerusform>%n область на этой странице.</numerusform>
            <numerusform>%n области на этой странице.</numerusform>
            <numerusform>%n областей на этой странице.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag over words; then choose to redact them everywhere or box only those.</source>
        <translation>Выделите слова, затем выберите: скрыть их везде или закрыть только эти.</translation>
    </message>
    <message>
        <source>Drag a rectangle over what must go. It is saved at once with the reason.</source>
        <translation>Обведите прямоугольником то, что нужно убрать. Область сразу сохраняется с причиной.</translation>
    </message>
    <message>
        <source>Right-click a box to remove it.</source>
        <translation>Щелчок правой кнопкой по области убирает её.</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) found on this scan (dashed): drag one to move or resize it; what was found stays covered all the same.</source>
        <translation>
            <numerusform>На этом скане найдена %n область (пунктир): её можно сдвинуть или изменить размер перетаскиванием; найденное всё равно останется закрытым.</numerusform>
            <numerusform>На этом скане найдены %n области (пунктир): их можно сдвинуть или изменить размер перетаскиванием; найденное всё равно останется закрытым.</numerusform>
            <numerusform>На этом скане найдено %n областей (пунктир): их можно сдвинуть или изменить размер перетаскиванием; найденное всё равно останется закрытым.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms, persons and patterns are not drawn here: the export preview shows them.</source>
        <translation>Термины, лица и шаблоны здесь не рисуются: их показывает просмотр экспорта.</translation>
    </message>
    <message>
        <source>Redact “{shown}” everywhere in this document ({reason})</source>
        <translation>Скрыть «{shown}» везде в этом документе ({reason})</translation>
    </message>
    <message>
        <source>Box only the selected words ({reason})</source>
        <translation>Закрыть только выделенные слова ({reason})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Remove this box</source>
        <translation>Убрать эту область</translation>
    </message>
    <message>
        <source>Remove the redaction of “{shown}” from this document</source>
        <translation>Убрать скрытие «{shown}» из этого документа</translation>
    </message>
    <message>
        <source>{shown}: no consent to disclosure, redacted in every export</source>
        <translation>{shown}: нет согласия на раскрытие, скрывается в каждом экспорте</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>Mark on the page</source>
        <translation>Отметить на странице</translation>
    </message>
    <message>
        <source>Redact mode: draw boxes or select words (Ctrl+Shift+R)</source>
        <translation>Режим скрытия: нарисуйте области или выделите слова (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reason for new redactions</source>
        <translation>Причина новых скрытий</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Скрытие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected redactions (Delete)</source>
        <translation>Убрать выбранные скрытия (Delete)</translation>
    </message>
    <message>
        <source>A word or phrase to remove wherever it appears</source>
        <translation>Слово или фраза, которые нужно убрать везде, где они встречаются</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Добавить термин</translation>
    </message>
    <message>
        <source>A registered person: every name, alias and spelling</source>
        <translation>Лицо из реестра: каждое имя, вариант и написание</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Add pattern</source>
        <translation>Добавить шаблон</translation>
    </message>
    <message>
        <source>Add to this document</source>
        <translation>Добавить к этому документу</translation>
    </message>
    <message>
        <source>Persons without consent to disclosure named here</source>
        <translation>Названные здесь лица без согласия на раскрытие</translation>
    </message>
    <message>
        <source>Double-click a box to show its page.</source>
        <translation>Дважды щёлкните область, чтобы показать её страницу.</translation>
    </message>
    <message>
        <source>Could not change the redactions</source>
        <translation>Не удалось изменить скрытия</translation>
    </message>
    <message>
        <source>No document shown. Choose one in the list to review it.</source>
        <translation>Документ не показан. Выберите его в списке для проверки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · redactions: {saved}</source>
        <translation>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · скрытий: {saved}</translation>
    </message>
    <message>
        <source>Redacted in every export anyway. Add them here to record the decision with its reason.</source>
        <translation>Скрываются в любом экспорте. Добавьте их здесь, чтобы записать решение с причиной.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {named_times}{tagged}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {named_times}{tagged}</translation>
    </message>
    <message>
        <source>Add as {reason}</source>
        <translation>Добавить как {reason}</translation>
    </message>
</context>
<context>
    <name>RemediesDialog</name>
    <message>
        <source>Domestic remedies</source>
        <translation>Внутренние средства правовой защиты</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Add the next step</source>
        <translation>Добавить следующий этап</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Суд или иной орган</translation>
    </message>
    <message>
        <source>document id</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>Дата &amp;подачи:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Дата &amp;решения:</translation>
    </message>
    <message>
        <source>&amp;Ruling:</source>
        <translation>&amp;Текст решения:</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>A ruling is given by its document id.</source>
        <translation>Решение указывается номером документа.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>cipher integrity (every page authenticates)</source>
        <translation>целостность шифрования (подлинность каждой страницы подтверждена)</translation>
    </message>
    <message>
        <source>database structure</source>
        <translation>структура базы данных</translation>
    </message>
    <message>
        <source>references between tables</source>
        <translation>ссылки между таблицами</translation>
    </message>
    <message>
        <source>audit chain intact ({n} entries)</source>
        <translation>цепочка журнала цела (записей: {n})</translation>
    </message>
    <message>
        <source>audit chain broken at entry {seq}</source>
        <translation>цепочка журнала нарушена на записи {seq}</translation>
    </message>
    <message>
        <source>{n} documents complete (sizes and pages)</source>
        <translation>документы целы: {n} (проверены размеры и страницы)</translation>
    </message>
    <message>
        <source>{n} documents complete (bytes re-hashed)</source>
        <translation>документы целы: {n} (байты заново хешированы)</translation>
    </message>
    <message>
        <source>document #{id}: stored bytes do not match its SHA-256</source>
        <translation>документ #{id}: сохранённые байты не совпадают с его SHA-256</translation>
    </message>
    <message>
        <source>document #{id}: {stored} of {size} bytes stored</source>
        <translation>документ #{id}: сохранено {stored} из {size} байт</translation>
    </message>
    <message>
        <source>document #{id}: {pages} of {expected} pages</source>
        <translation>документ #{id}: страниц {pages} из {expected}</translation>
    </message>
    <message>
        <source>database: damaged pages stop the check here; restore a backup</source>
        <translation>база данных: из-за повреждённых страниц проверка остановлена; восстановите архив из резервной копии</translation>
    </message>
    <message>
        <source>backup holds {copied} of {total} documents</source>
        <translation>в резервной копии документов: {copied} из {total}</translation>
    </message>
    <message>
        <source>dangling reference in {table} row {row}</source>
        <translation>висячая ссылка: таблица {table}, строка {row}</translation>
    </message>
    <message>
        <source>cipher: {detail}</source>
        <translation>шифрование: {detail}</translation>
    </message>
    <message>
        <source>database: {detail}</source>
        <translation>база данных: {detail}</translation>
    </message>
    <message>
        <source>the archive has no search index yet</source>
        <translation>у архива ещё нет поискового индекса</translation>
    </message>
    <message>
        <source>the search index is from an older version or incomplete</source>
        <translation>поисковый индекс создан прежней версией программы или не достроен</translation>
    </message>
    <message>
        <source>search index is current</source>
        <translation>поисковый индекс актуален</translation>
    </message>
    <message>
        <source>search index agrees with all {n} documents</source>
        <translation>поисковый индекс совпадает со всеми документами ({n})</translation>
    </message>
    <message>
        <source>the search index disagrees with the documents ({missing} missing, {extra} extra)</source>
        <translation>поисковый индекс расходится с документами (недостаёт: {missing}, лишних: {extra})</translation>
    </message>
    <message>
        <source>the search index holds other text than {n} document(s) ({ids})</source>
        <translation>текст в поисковом индексе не совпадает с текстом документов ({n}: {ids})</translation>
    </message>
    <message>
        <source>the search index cannot be read ({kind})</source>
        <translation>не удаётся прочитать поисковый индекс ({kind})</translation>
    </message>
    <message>
        <source>{problem} (rebuild it: Archive &gt; Rebuild search index)</source>
        <translation>{problem} (перестройте его: «Архив &gt; Перестроить поисковый индекс»)</translation>
    </message>
    <message>
        <source>The copy failed its check: {problems}.</source>
        <translation>Копия не прошла проверку: {problems}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Копировать путь</translation>
    </message>
    <message>
        <source>Verification report (the bundle read back from disk)</source>
        <translation>Отчёт о проверке (пакет, заново прочитанный с диска)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Open it from your file manager; the archive app does not start other programs.</source>
        <translation>Откройте его в файловом менеджере; архив не запускает другие программы.</translation>
    </message>
    <message>
        <source>✔ Bundle written and verified</source>
        <translation>✔ Пакет записан и проверен</translation>
    </message>
    <message>
        <source>✖ The bundle was written, but checking it again found problems</source>
        <translation>✖ Пакет записан, но повторная проверка нашла проблемы</translation>
    </message>
    <message>
        <source>{code} ({meaning}): {count}</source>
        <translation>{code} ({meaning}): {count}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; document(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; документ</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; документа</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; page(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; страница</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; страницы</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Bates &lt;b&gt;{first}&lt;/b&gt; to &lt;b&gt;{last}&lt;/b&gt;.</source>
        <translation>Bates &lt;b&gt;{first}&lt;/b&gt; – &lt;b&gt;{last}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s): {reasons}.</source>
        <translation>
            <numerusform>%n скрытие: {reasons}.</numerusform>
            <numerusform>%n скрытия: {reasons}.</numerusform>
            <numerusform>%n скрытий: {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No redactions.</source>
        <translation>Скрытий нет.</translation>
    </message>
    <message>
        <source>PDFs protected with AES-256.</source>
        <translation>PDF защищены AES-256.</translation>
    </message>
    <message>
        <source>Every file matches SHA256SUMS and MANIFEST.json (files: {files})</source>
        <translation>Каждый файл совпадает с SHA256SUMS и MANIFEST.json (файлов: {files})</translation>
    </message>
    <message>
        <source>PDFs scrubbed: {pdfs} ({pages} pages with the cover): no metadata, XMP, attachments, JavaScript, forms, annotations or links</source>
        <translation>Очищено PDF: {pdfs} (страниц с обложкой: {pages}): нет метаданных, XMP, вложений, JavaScript, форм, аннотаций и ссылок</translation>
    </message>
    <message>
        <source>Bates numbers {first} to {last}: continuous, one on each document page ({pages})</source>
        <translation>Номера Bates с {first} по {last}: без пропусков, по одному на каждой странице документов ({pages})</translation>
    </message>
    <message>
        <source>No redacted text found by pypdf, PDFium or a raw scan of every object (bundle-wide terms and values checked again: {terms}; each document&apos;s own redactions were checked before anything was written)</source>
        <translation>Ни pypdf, ни PDFium, ни побайтовый просмотр каждого объекта не нашли скрытого текста (повторно проверено терминов и значений всего пакета: {terms}; скрытия каждого документа проверены до записи)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>… %n more matching page(s)</source>
        <translation>
            <numerusform>… ещё %n подходящая страница</numerusform>
            <numerusform>… ещё %n подходящие страницы</numerusform>
            <numerusform>… ещё %n подходящих страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>OCR text</source>
        <translation>текст OCR</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>p.{page}</source>
        <translation>с.{page}</translation>
    </message>
    <message>
        <source>Open page {page}</source>
        <translation>Открыть страницу {page}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Rendering, stamping and verifying. Nothing is written unless every file passes.</source>
        <translation>Отрисовка, штампы и проверка. Ничего не записывается, пока каждый файл не пройдёт проверку.</translation>
    </message>
    <message>
        <source>Change the options</source>
        <translation>Изменить параметры</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s) to {name}…</source>
        <translation>
            <numerusform>Экспорт %n документа в {name}…</numerusform>
            <numerusform>Экспорт %n документов в {name}…</numerusform>
            <numerusform>Экспорт %n документов в {name}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stopping after the current page… Nothing will be written.</source>
        <translation>Остановка после текущей страницы… Ничего не будет записано.</translation>
    </message>
    <message>
        <source>Verifying every file: text from pypdf and PDFium, and a raw scan of every object…</source>
        <translation>Проверка каждого файла: текст из pypdf и PDFium и просмотр каждого объекта…</translation>
    </message>
    <message>
        <source>Rendering document #{id} ({n} of {total})</source>
        <translation>Отрисовка документа №{id} ({n} из {total})</translation>
    </message>
    <message>
        <source>Rendering {current}</source>
        <translation>Отрисовка: {current}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Экспорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>Export stopped. Nothing was written.</source>
        <translation>Экспорт остановлен. Ничего не записано.</translation>
    </message>
    <message>
        <source>Export stopped: redacted content found</source>
        <translation>Экспорт остановлен: найдено скрытое содержимое</translation>
    </message>
    <message>
        <source>{text}

The verification found text that should have been removed, so nothing was written. Check that document&apos;s redactions on that page (the preview shows them), then export again.</source>
        <translation>{text}

Проверка нашла текст, который должен был быть удалён, поэтому ничего не записано. Проверьте скрытия этого документа на этой странице (они видны в просмотре) и повторите экспорт.</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Экспорт остановлен</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Save this search</source>
        <translation>Сохранить этот поиск</translation>
    </message>
    <message>
        <source>e.g. Seitkali detention 2019</source>
        <translation>например, Сейткали задержание 2019</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Saved searches are kept in the archive, encrypted with it.</source>
        <translation>Сохранённые поиски хранятся в архиве и зашифрованы вместе с ним.</translation>
    </message>
    <message>
        <source>A saved search is already called “{name}”.</source>
        <translation>Сохранённый поиск «{name}» уже есть.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesButton</name>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <source>Save this search, or run one saved in the archive</source>
        <translation>Сохранить этот поиск или выполнить сохранённый в архиве</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Сохранить этот поиск…</translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation>Сохранённых поисков пока нет</translation>
    </message>
    <message>
        <source>Manage saved searches…</source>
        <translation>Управление сохранёнными поисками…</translation>
    </message>
    <message>
        <source>Could not save the search</source>
        <translation>Не удалось сохранить поиск</translation>
    </message>
</context>
<context>
    <name>ScanWarning</name>
    <message>
        <source>#{document} p.{page} ({confidence}%)</source>
        <translation>№{document} с.{page} ({confidence}%)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) could not be read reliably: check them.</source>
        <translation>
            <numerusform>%n отсканированную страницу не удалось надёжно распознать: проверьте её.</numerusform>
            <numerusform>%n отсканированные страницы не удалось надёжно распознать: проверьте их.</numerusform>
            <numerusform>%n отсканированных страниц не удалось надёжно распознать: проверьте их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Words OCR misread are not found, so they are not redacted: look at these pages and box what is left by hand.</source>
        <translation>Слова, которые OCR распознал неверно, не находятся и поэтому не скрываются: просмотрите эти страницы и закройте оставшееся рамками вручную.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) have not been read by OCR yet: names on them are not found or redacted automatically.</source>
        <translation>
            <numerusform>%n отсканированная страница ещё не распознана OCR: имена на ней не находятся и не скрываются автоматически.</numerusform>
            <numerusform>%n отсканированные страницы ещё не распознаны OCR: имена на них не находятся и не скрываются автоматически.</numerusform>
            <numerusform>%n отсканированных страниц ещё не распознаны OCR: имена на них не находятся и не скрываются автоматически.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract (OCR) is not available on this computer, so scanned pages cannot be checked: the export cannot prove that nothing redacted is still readable on them.</source>
        <translation>Tesseract (OCR) недоступен на этом компьютере, поэтому отсканированные страницы нельзя проверить: экспорт не может доказать, что на них не осталось читаемым ничего скрытого.</translation>
    </message>
    <message>
        <source>Install Tesseract with its Kazakh, Russian and English models (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng).</source>
        <translation>Установите Tesseract с казахской, русской и английской моделями (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng).</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search documents — names in any script, &quot;phrases&quot;, person:, article:, date: …</source>
        <translation>Поиск по документам — имена любым письмом, &quot;фразы&quot;, person:, article:, date: …</translation>
    </message>
    <message>
        <source>Search syntax and examples (F1)</source>
        <translation>Синтаксис поиска и примеры (F1)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>По дате добавления</translation>
    </message>
    <message>
        <source>Newest and oldest go by the document&apos;s own date (undated documents last); date added is when it came into the archive</source>
        <translation>«Сначала новые» и «Сначала старые» — по дате самого документа (документы без даты в конце); дата добавления — когда он попал в архив</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share a case</source>
        <translation>Передать дело</translation>
    </message>
    <message>
        <source>Writes the case&apos;s documents, with their texts, tags, persons, redaction marks and audit history, into a new encrypted package with a passphrase of its own. Give the passphrase to your colleague another way than the file.</source>
        <translation>Записывает документы дела с текстами, метками, лицами, отметками скрытия и историей аудита в новый зашифрованный пакет со своей парольной фразой. Передайте фразу коллеге иным путём, чем файл.</translation>
    </message>
    <message>
        <source>optional: only documents matching this search</source>
        <translation>необязательно: только документы по этому запросу</translation>
    </message>
    <message>
        <source>Where to write the package</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>&amp;Файл пакета:</translation>
    </message>
    <message>
        <source>Package &amp;passphrase:</source>
        <translation>&amp;Парольная фраза пакета:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Повторите фразу:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <source>This archive has no cases yet; add one under Registries &gt; Cases.</source>
        <translation>В этом архиве ещё нет дел; добавьте дело в меню Реестры &gt; Дела.</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Записать пакет в</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Выберите, куда записать пакет.</translation>
    </message>
    <message>
        <source>That file exists already; choose another name.</source>
        <translation>Такой файл уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The package needs a passphrase.</source>
        <translation>Пакету нужна парольная фраза.</translation>
    </message>
    <message>
        <source>Writing and checking the package…</source>
        <translation>Запись и проверка пакета…</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>Отменено; пакет не записан.</translation>
    </message>
    <message>
        <source>Package written and verified: {docs} documents, {persons} persons, {marks} redaction marks.</source>
        <translation>Пакет записан и проверен: документов {docs}, лиц {persons}, отметок скрытия {marks}.</translation>
    </message>
    <message>
        <source>No package was written: {error}</source>
        <translation>Пакет не записан: {error}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Secure case archive</source>
        <translation>Защищённый архив дел</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file. Nothing is readable without the passphrase.</source>
        <translation>Всё хранится в одном зашифрованном файле. Без парольной фразы ничего прочитать нельзя.</translation>
    </message>
    <message>
        <source>Remember recently opened archives</source>
        <translation>Запоминать недавно открытые архивы</translation>
    </message>
    <message>
        <source>Keeps the paths of the archives you open on this computer, so they are listed here. Archive file names often name the case: untick to keep no list.</source>
        <translation>Хранит на этом компьютере пути к открытым архивам, чтобы показывать их здесь. Имена файлов часто называют дело: снимите флажок, чтобы не вести список.</translation>
    </message>
    <message>
        <source>Forget this list</source>
        <translation>Забыть этот список</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Открыть другой архив…</translation>
    </message>
    <message>
        <source>Create a new archive…</source>
        <translation>Создать новый архив…</translation>
    </message>
    <message>
        <source>No archive chosen</source>
        <translation>Архив не выбран</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>Stored in the system keyring.</source>
        <translation>Хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>No secure system keyring (Secret Service, macOS Keychain or Windows Credential Locker) is available, so the passphrase is asked every time.</source>
        <translation>Защищённого системного хранилища ключей нет, поэтому парольная фраза запрашивается каждый раз.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Открыть с помощью системного хранилища ключей</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Недавние архивы</translation>
    </message>
    <message>
        <source>Archive: {path}</source>
        <translation>Архив: {path}</translation>
    </message>
    <message>
        <source>Demo archive built from the bundled sample documents. Its passphrase is:  &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Демо-архив из прилагаемых образцов документов. Его парольная фраза:  &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the passphrase remembered on this computer no longer opens this archive; it was forgotten: type the passphrase</source>
        <translation>сохранённая на этом компьютере парольная фраза больше не открывает этот архив; она удалена: введите парольную фразу</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Слишком много попыток: повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток: повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток: повторите через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock ({seconds} s)</source>
        <translation>Открыть ({seconds} с)</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <source>Archives (*.archive);;All files (*)</source>
        <translation>Архивы (*.archive);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StatusOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Пустая парольная фраза не допускается.</translation>
    </message>
    <message>
        <source>Short ({length} characters). {minimum} or more, e.g. several words, is much harder to guess.</source>
        <translation>Коротко (символов: {length}). {minimum} и больше, например несколько слов, угадать гораздо труднее.</translation>
    </message>
    <message>
        <source>Repeated characters or a well-known password; choose words.</source>
        <translation>Повторяющиеся символы или известный пароль; выберите слова.</translation>
    </message>
    <message>
        <source>Long and varied. Avoid quotes and song lines: the meter cannot tell.</source>
        <translation>Длинная и разнообразная. Избегайте цитат и строк из песен: индикатор их не распознаёт.</translation>
    </message>
    <message>
        <source>Another word or two would make it strong.</source>
        <translation>Ещё одно-два слова сделают её надёжной.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Strength: {label}. {hint}</source>
        <translation>Надёжность: {label}. {hint}</translation>
    </message>
</context>
<context>
    <name>SubmissionLabels</name>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Рабочая группа по произвольным задержаниям</translation>
    </message>
    <message>
        <source>Special Procedures (Special Rapporteurs)</source>
        <translation>Специальные процедуры (специальные докладчики)</translation>
    </message>
    <message>
        <source>Human Rights Committee</source>
        <translation>Комитет по правам человека</translation>
    </message>
    <message>
        <source>WGAD</source>
        <translation>РГПЗ</translation>
    </message>
    <message>
        <source>Special Procedures</source>
        <translation>Специальные процедуры</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>апелляция</translation>
    </message>
    <message>
        <source>cassation</source>
        <translation>кассация</translation>
    </message>
    <message>
        <source>supervisory review</source>
        <translation>надзорная жалоба</translation>
    </message>
    <message>
        <source>prosecutor complaint</source>
        <translation>жалоба прокурору</translation>
    </message>
    <message>
        <source>investigative judge</source>
        <translation>следственный судья</translation>
    </message>
    <message>
        <source>ombudsman</source>
        <translation>омбудсмен</translation>
    </message>
    <message>
        <source>constitutional court</source>
        <translation>Конституционный суд</translation>
    </message>
    <message>
        <source>administrative complaint</source>
        <translation>административная жалоба</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>удовлетворено</translation>
    </message>
    <message>
        <source>partly upheld</source>
        <translation>удовлетворено частично</translation>
    </message>
    <message>
        <source>not considered</source>
        <translation>не рассмотрено</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>не использовано</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>уточняется</translation>
    </message>
    <message>
        <source>, page {0}</source>
        <translation>, стр. {0}</translation>
    </message>
</context>
<context>
    <name>SubmissionWorkspace</name>
    <message>
        <source>Submission workspace</source>
        <translation>Рабочее место обращения</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No case yet: add one under Registries &gt; Cases, then come back.</source>
        <translation>Дел пока нет: добавьте дело в меню Реестры &gt; Дела и вернитесь сюда.</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Факты</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Facts (%n)</source>
        <translation>
            <numerusform>&amp;Факты (%n)</numerusform>
            <numerusform>&amp;Факты (%n)</numerusform>
            <numerusform>&amp;Факты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Domestic &amp;remedies</source>
        <translation>&amp;Внутренние средства защиты</translation>
    </message>
    <message numerus="yes">
        <source>Domestic &amp;remedies (%n)</source>
        <translation>
            <numerusform>&amp;Внутренние средства защиты (%n)</numerusform>
            <numerusform>&amp;Внутренние средства защиты (%n)</numerusform>
            <numerusform>&amp;Внутренние средства защиты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Draft and checklist</source>
        <translation>&amp;Проект и контрольный список</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Draft and checklist (%n open)</source>
        <translation>
            <numerusform>&amp;Проект и контрольный список (открыт %n)</numerusform>
            <numerusform>&amp;Проект и контрольный список (открыто %n)</numerusform>
            <numerusform>&amp;Проект и контрольный список (открыто %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;onsent per mechanism</source>
        <translation>&amp;Согласие по механизмам</translation>
    </message>
    <message>
        <source>checking what is missing…</source>
        <translation>проверяется, чего не хватает…</translation>
    </message>
    <message>
        <source>nothing missing that the archive can tell</source>
        <translation>по данным архива ничего не упущено</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to settle before sending</source>
        <translation>
            <numerusform>%n пункт решить до отправки</numerusform>
            <numerusform>%n пункта решить до отправки</numerusform>
            <numerusform>%n пунктов решить до отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>{facts}, {remedies}; {state}</source>
        <translation>{facts}, {remedies}; {state}</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n факт</numerusform>
            <numerusform>%n факта</numerusform>
            <numerusform>%n фактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s)</source>
        <translation>
            <numerusform>%n шаг защиты</numerusform>
            <numerusform>%n шага защиты</numerusform>
            <numerusform>%n шагов защиты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionRefresher</name>
    <message>
        <source>Refreshing suggested tags…</source>
        <translation>Обновление предлагаемых меток…</translation>
    </message>
    <message>
        <source>Every document is read again for the persons and articles in the registry; what was refreshed is kept if you cancel.</source>
        <translation>Каждый документ перечитывается в поисках лиц и статей из реестра; обновлённое сохранится при отмене.</translation>
    </message>
    <message>
        <source>Stopping the refresh of suggested tags…</source>
        <translation>Остановка обновления предлагаемых меток…</translation>
    </message>
    <message>
        <source>Refreshing suggested tags — documents: %1 of %2</source>
        <translation>Обновление предлагаемых меток — документы: %1 из %2</translation>
    </message>
    <message>
        <source>Refresh of suggested tags cancelled; what was refreshed is kept (documents: %1 of %2).</source>
        <translation>Обновление предлагаемых меток отменено; обновлённое сохранено (документы: %1 из %2).</translation>
    </message>
    <message>
        <source>Suggested tags refreshed; new suggestions: %1.</source>
        <translation>Предлагаемые метки обновлены; новых предложений: %1.</translation>
    </message>
    <message>
        <source>Suggested tags refreshed: nothing new.</source>
        <translation>Предлагаемые метки обновлены: ничего нового.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>a name in any script: also finds Сейткали, Сейтқали</source>
        <translation>имя любым письмом: находит и Сейткали, Сейтқали</translation>
    </message>
    <message>
        <source>an exact phrase</source>
        <translation>точная фраза</translation>
    </message>
    <message>
        <source>both words (AND is the default)</source>
        <translation>оба слова (AND по умолчанию)</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>любое из слов</translation>
    </message>
    <message>
        <source>leave out documents with a word</source>
        <translation>исключить документы со словом</translation>
    </message>
    <message>
        <source>words starting with detent</source>
        <translation>слова, начинающиеся с detent</translation>
    </message>
    <message>
        <source>spelling mistakes forgiven</source>
        <translation>опечатки прощаются</translation>
    </message>
    <message>
        <source>documents tagged with a person</source>
        <translation>документы с меткой лица</translation>
    </message>
    <message>
        <source>documents tagged with an article</source>
        <translation>документы с меткой статьи</translation>
    </message>
    <message>
        <source>documents of a case</source>
        <translation>документы дела</translation>
    </message>
    <message>
        <source>by document type and language</source>
        <translation>по типу и языку документа</translation>
    </message>
    <message>
        <source>by document date</source>
        <translation>по дате документа</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search syntax&lt;/b&gt; — click an example to try it</source>
        <translation>&lt;b&gt;Синтаксис поиска&lt;/b&gt; — щёлкните пример, чтобы попробовать</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Court material</source>
        <translation>Материалы суда</translation>
    </message>
    <message>
        <source>Diplomatic note</source>
        <translation>Дипломатическая нота</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медицинский документ</translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translation>Показания свидетеля</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Для внутреннего пользования</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Строго конфиденциально</translation>
    </message>
    <message>
        <source>text extracted</source>
        <translation>текст извлечён</translation>
    </message>
    <message>
        <source>password-protected PDF</source>
        <translation>PDF с паролем</translation>
    </message>
    <message>
        <source>no text layer</source>
        <translation>нет текстового слоя</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Replace file</source>
        <translation>Замена файла</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>Файл {0} уже существует. Заменить его?</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Personal data of a victim or their family</source>
        <translation>Персональные данные потерпевшего или его семьи</translation>
    </message>
    <message>
        <source>Personal data of a witness</source>
        <translation>Персональные данные свидетеля</translation>
    </message>
    <message>
        <source>Medical details</source>
        <translation>Медицинские сведения</translation>
    </message>
    <message>
        <source>A confidential source</source>
        <translation>Конфиденциальный источник</translation>
    </message>
    <message>
        <source>Legally privileged (lawyer-client)</source>
        <translation>Адвокатская тайна (адвокат — клиент)</translation>
    </message>
    <message>
        <source>Would put someone&apos;s safety at risk</source>
        <translation>Угроза чьей-либо безопасности</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <source>IIN (12 digits)</source>
        <translation>ИИН (12 цифр)</translation>
    </message>
    <message>
        <source>ID and passport numbers</source>
        <translation>Номера удостоверений и паспортов</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Даты рождения</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Page withheld</source>
        <translation>Страница изъята</translation>
    </message>
    <message>
        <source>every occurrence</source>
        <translation>все вхождения</translation>
    </message>
    <message>
        <source>every name, alias and spelling</source>
        <translation>все имена, псевдонимы и написания</translation>
    </message>
    <message>
        <source>every match</source>
        <translation>все совпадения</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>страница {page}</translation>
    </message>
    <message>
        <source>Whole page withheld</source>
        <translation>Страница изъята целиком</translation>
    </message>
</context>
</TS>
