<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ArchiveOperation</name>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Жасырулар</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n құжат табылды</numerusform>
            <numerusform>%n құжат табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the archive</source>
        <translation>
            <numerusform>Архивте %n құжат</numerusform>
            <numerusform>Архивте %n құжат</numerusform>
        </translation>
    </message>
    <message>
        <source> — showing the first {shown}; add words to narrow it</source>
        <translation> — алғашқы {shown} көрсетілген; іздеуді тарылту үшін сөз қосыңыз</translation>
    </message>
    <message>
        <source> · filtered by {filters}</source>
        <translation> · сүзгі: {filters}</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>тазарту</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Мүмкін, {suggestion} деп іздегіңіз келген шығар?</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Іздеу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <source>Could not open the document</source>
        <translation>Құжатты ашу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <source>Citation</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Қосқан</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Барлық актілер</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>Add an article</source>
        <translation>Бап қосу</translation>
    </message>
    <message>
        <source>e.g. KZ-CC 380(1) or ICCPR 19</source>
        <translation>мыс. KZ-CC 380(1) немесе ICCPR 19</translation>
    </message>
    <message>
        <source>What the article is about</source>
        <translation>Бап не туралы</translation>
    </message>
    <message>
        <source>Instrument &amp;name:</source>
        <translation>Актінің &amp;атауы:</translation>
    </message>
    <message>
        <source>&amp;Add article</source>
        <translation>Бап &amp;қосу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Сілтеме:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>{code} is a new instrument: give its full name.</source>
        <translation>{code} — жаңа акт: оның толық атауын жазыңыз.</translation>
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
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Журнал тізбегі тексерілуде…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Load the log again and re-verify the chain (F5)</source>
        <translation>Журналды қайта жүктеп, тізбекті қайта тексеру (F5)</translation>
    </message>
    <message>
        <source>Select an entry to see all its details and hashes.</source>
        <translation>Барлық деректері мен хештерін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Audit chain intact ({entries} entries)</source>
        <translation>Журнал тізбегі бүтін (жазбалар: {entries})</translation>
    </message>
    <message>
        <source>Warning: the audit chain is broken at entry {first_bad_seq}. The log was changed after it was written, from that entry on. Do not rely on it; keep this archive as evidence and compare it with a backup.</source>
        <translation>Назар аударыңыз: журнал тізбегі {first_bad_seq}-жазбада бұзылған. Осы жазбадан бастап журнал жазылғаннан кейін өзгертілген. Оған сенбеңіз; бұл архивті дәлел ретінде сақтап, сақтық көшірмемен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the archive</source>
        <translation>Архивтің сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Writes an encrypted copy, then opens it and checks every page and document before calling it done. Keep backups on another disk, stored safely.</source>
        <translation>Шифрланған көшірме жазады, содан кейін оны ашып, әр бет пен құжатты тексереді. Көшірмелерді басқа дискіде, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>Көшірмені қайда жазу керек</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Т&amp;аңдау…</translation>
    </message>
    <message>
        <source>The copy is encrypted with the archive&apos;s current passphrase.</source>
        <translation>Көшірме архивтің қазіргі құпия фразасымен шифрланады.</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>Көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation>Қазіргі &amp;құпия фраза:</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Көшірмені сақтау орны</translation>
    </message>
    <message>
        <source>Archives (*.archive);;All files (*)</source>
        <translation>Архивтер (*.archive);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Сақтық көшірмені қайда жазу керектігін таңдаңыз.</translation>
    </message>
    <message>
        <source>That is this archive itself; choose another file.</source>
        <translation>Бұл — осы архивтің өзі; басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} — қалта; файл атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} is in a folder that does not exist; choose a file name.</source>
        <translation>{path} жоқ қалтада тұр; бар қалтадағы файл атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Type the archive&apos;s current passphrase.</source>
        <translation>Архивтің қазіргі құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Резервтік көшірме жазылуда…</translation>
    </message>
    <message>
        <source>Cancel leaves no backup file behind.</source>
        <translation>Бас тартқанда резервтік көшірме файлы қалмайды.</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Сақтық көшірме жазылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Verifying the backup — documents: {done} of {total}</source>
        <translation>Резервтік көшірме тексерілуде — құжаттар: {total} ішінен {done}</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was written.</source>
        <translation>Резервтік көшірме жасаудан бас тартылды; көшірме жазылмады.</translation>
    </message>
    <message>
        <source>Replace backup?</source>
        <translation>Көшірмені ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}.

Replace it with a new backup? The old file is replaced only after the new one has been verified.</source>
        <translation>{name} файлы {parent} ішінде бар.

Оны жаңа көшірмемен ауыстыру керек пе? Ескі файл жаңасы тексерілгеннен кейін ғана ауыстырылады.</translation>
    </message>
    <message>
        <source>Backup written to {path} and verified. It opens with the current passphrase.</source>
        <translation>Сақтық көшірме {path} файлына жазылып, тексерілді. Ол қазіргі құпия фразамен ашылады.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. No backup was written.</source>
        <translation>Бұл қазіргі құпия фраза емес. Сақтық көшірме жазылмады.</translation>
    </message>
    <message>
        <source>No backup was written: {reason}</source>
        <translation>Сақтық көшірме жазылмады: {reason}</translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation>Сақтық көшірме жазылмады.</translation>
    </message>
</context>
<context>
    <name>BundlePage</name>
    <message>
        <source>Bundle</source>
        <translation>Топтама</translation>
    </message>
    <message>
        <source>How the bundle is numbered, protected and where it is written.</source>
        <translation>Топтама қалай нөмірленеді, қорғалады және қайда жазылады.</translation>
    </message>
    <message>
        <source>Protect the PDFs with a password (AES-256)</source>
        <translation>PDF-терді құпиясөзбен қорғау (AES-256)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>One ZIP file instead of a folder</source>
        <translation>Қалтаның орнына бір ZIP-файл</translation>
    </message>
    <message>
        <source>Cover title</source>
        <translation>Мұқаба тақырыбы</translation>
    </message>
    <message>
        <source>Bates prefix</source>
        <translation>Bates префиксі</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>The owner password is random and not kept. The password is not saved anywhere: send it to the recipient separately.</source>
        <translation>Иесінің құпиясөзі кездейсоқ және сақталмайды. Құпиясөз ешқайда сақталмайды: оны алушыға бөлек жіберіңіз.</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <source>Bundle name</source>
        <translation>Топтама атауы</translation>
    </message>
    <message>
        <source>Save the bundle in</source>
        <translation>Топтаманы сақтау орны</translation>
    </message>
    <message>
        <source>The Bates prefix takes letters, digits, &apos;-&apos; and &apos;_&apos; (up to 16).</source>
        <translation>Bates префиксі: әріптер, цифрлар, «-» және «_» (16-ға дейін).</translation>
    </message>
    <message>
        <source>Type the password twice, or untick the password option.</source>
        <translation>Құпиясөзді екі рет енгізіңіз немесе құпиясөз белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес емес.</translation>
    </message>
    <message>
        <source>Give the bundle a name (no slashes).</source>
        <translation>Топтамаға атау беріңіз (қиғаш сызықсыз).</translation>
    </message>
    <message>
        <source>Choose an existing folder to save the bundle in.</source>
        <translation>Топтаманы сақтау үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} already exists there; choose another name.</source>
        <translation>{name} онда бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>First page: {prefix}000001, then {prefix}000002, …</source>
        <translation>Бірінші бет: {prefix}000001, содан кейін {prefix}000002, …</translation>
    </message>
    <message>
        <source>Will create: {target}</source>
        <translation>Жасалады: {target}</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Іс қосу</translation>
    </message>
    <message>
        <source>e.g. Defenders&apos; trial, Taldykorgan 2026</source>
        <translation>мыс. Құқық қорғаушылар ісі, Талдықорған 2026</translation>
    </message>
    <message>
        <source>Court, file or communication number</source>
        <translation>Сот, іс немесе хабарлама нөмірі</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>&amp;Add case</source>
        <translation>Іс &amp;қосу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>The whole archive is re-encrypted under the new passphrase. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Бүкіл архив жаңа құпия фразамен қайта шифрланады. Бұрын жасалған көшірмелер бұрынғы фразасын сақтайды.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Фразаны &amp;өзгерту</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Алдымен қазіргі құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>That is the current passphrase; type a new one.</source>
        <translation>Бұл — қазіргі құпия фраза; жаңасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Re-encrypting the archive… this takes a while for a large one.</source>
        <translation>Архив қайта шифрлануда… үлкен архив үшін бұл біраз уақыт алады.</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens this archive.</source>
        <translation>Құпия фраза өзгертілді. Бұрынғы фраза бұл архивті енді ашпайды.</translation>
    </message>
    <message>
        <source>The passphrase remembered on this computer was updated.</source>
        <translation>Осы компьютерде есте сақталған құпия фраза жаңартылды.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Бұл қазіргі құпия фраза емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Ештеңе өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove {label}</source>
        <translation>{label} алып тастау</translation>
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
        <translation>Фактілерді сүзу…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Undisputed</source>
        <translation>Даусыз</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Даулы</translation>
    </message>
    <message>
        <source>&amp;Add fact…</source>
        <translation>&amp;Факт қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Draft &amp;submission…</source>
        <translation>&amp;Хабарлама жобасы…</translation>
    </message>
    <message>
        <source>&amp;Remedies…</source>
        <translation>Қорғау &amp;құралдары…</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>&amp;Келісім…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Іс:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Адам:</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлық адамдар</translation>
    </message>
    <message>
        <source>{0} of {1} facts</source>
        <translation>Фактілер: {1} ішінен {0}</translation>
    </message>
    <message>
        <source>Delete fact</source>
        <translation>Фактіні жою</translation>
    </message>
    <message>
        <source>Delete this fact from the chronology?

{0}</source>
        <translation>Бұл фактіні хронологиядан жою керек пе?

{0}</translation>
    </message>
    <message>
        <source>Export the chronology</source>
        <translation>Хронологияны экспорттау</translation>
    </message>
    <message>
        <source>Word (*.docx);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Word құжаты (*.docx);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>Жазылды: {0}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>толық аты-жөні</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>инициалдары</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>атамау</translation>
    </message>
    <message>
        <source>Consent per mechanism</source>
        <translation>Механизмдер бойынша келісім</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Consent to submit</source>
        <translation>Өтініш беруге келісім</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Proof (document id)</source>
        <translation>Растау (құжат №)</translation>
    </message>
    <message>
        <source>Named in public</source>
        <translation>Жария аталуы</translation>
    </message>
    <message>
        <source>Anonymised in decision</source>
        <translation>Шешімде анонимдеу</translation>
    </message>
    <message>
        <source>Submitter confidential</source>
        <translation>Өтініш берушіні жария етпеу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Адам:</translation>
    </message>
    <message>
        <source>A proof is given by its document id.</source>
        <translation>Растау құжат нөмірімен көрсетіледі.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
</context>
<context>
    <name>CreateArchiveDialog</name>
    <message>
        <source>New archive</source>
        <translation>Жаңа архив</translation>
    </message>
    <message>
        <source>An archive is one encrypted file. Everything you put in it is readable only with its passphrase.</source>
        <translation>Архив — бір шифрланған файл. Ондағының бәрін тек құпия фразасымен оқуға болады.</translation>
    </message>
    <message>
        <source>Where to save the archive</source>
        <translation>Архивті қайда сақтау керек</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt;, not even the team that wrote this program. Keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Жоғалған құпия фразаны ешкім қалпына келтіре алмайды&lt;/b&gt;, тіпті бағдарлама авторлары да. Оны осы компьютерден тыс, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Create &amp;archive</source>
        <translation>&amp;Архив жасау</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Add a person…</source>
        <translation>Адам қосу…</translation>
    </message>
    <message>
        <source>Add an article, e.g. ICCPR 19…</source>
        <translation>Бап қосу, мыс. ICCPR 19…</translation>
    </message>
    <message>
        <source>Add to a case…</source>
        <translation>Іске қосу…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the changed details (Ctrl+S)</source>
        <translation>Өзгертілген мәліметтерді сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Ұсынылған белгілер</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Бәрін қабылдау</translation>
    </message>
    <message>
        <source>No document selected.</source>
        <translation>Құжат таңдалмаған.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ids} documents selected.&lt;/b&gt; Tags added here go on all of them.</source>
        <translation>&lt;b&gt;Таңдалған құжаттар: {ids}.&lt;/b&gt; Мұнда қосылған белгілер бәріне қойылады.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n page(s) · {status}</source>
        <translation>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n бет · {status}</numerusform>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n бет · {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>p.{page}: “{quote}”</source>
        <translation>{page}-б.: «{quote}»</translation>
    </message>
    <message>
        <source>Person: {label}</source>
        <translation>Тұлға: {label}</translation>
    </message>
    <message>
        <source>Article: {label}</source>
        <translation>Бап: {label}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Could not save the details</source>
        <translation>Мәліметтерді сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Add “{name}” to the persons registry…</source>
        <translation>«{name}» тұлғалар тізіліміне қосу…</translation>
    </message>
    <message>
        <source>Add “{name}” to the legal articles…</source>
        <translation>«{name}» заң баптарына қосу…</translation>
    </message>
    <message>
        <source>Add a case “{name}”…</source>
        <translation>«{name}» ісін қосу…</translation>
    </message>
    <message>
        <source>Could not change the tags</source>
        <translation>Белгілерді өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <source>Could not apply the suggestion</source>
        <translation>Ұсынысты қолдану мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Save original…</source>
        <translation>&amp;Түпнұсқаны сақтау…</translation>
    </message>
    <message>
        <source>Write the selected document&apos;s original file where you choose (its hash is checked)</source>
        <translation>Таңдалған құжаттың түпнұсқа файлын өзіңіз таңдаған жерге жазу (хеші тексеріледі)</translation>
    </message>
    <message>
        <source>&amp;Delete document…</source>
        <translation>&amp;Құжатты жою…</translation>
    </message>
    <message>
        <source>Remove the selected documents from the archive (asks first)</source>
        <translation>Таңдалған құжаттарды архивтен жою (алдымен сұралады)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n document(s)…</source>
        <translation>
            <numerusform>%n құжатты &amp;жою…</numerusform>
            <numerusform>%n құжатты &amp;жою…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the original of “{title}”</source>
        <translation>«{title}» түпнұсқасын сақтау</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Файлды ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with the original?</source>
        <translation>{name} файлы {folder} қалтасында бар. Оны түпнұсқамен ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Nothing was saved; {name} was left as it was.</source>
        <translation>Ештеңе сақталмады; {name} файлы өзгеріссіз қалды.</translation>
    </message>
    <message>
        <source>Saved the original of “{title}” as {path}. Its SHA-256 matches the one recorded at import ({hash}…).</source>
        <translation>«{title}» түпнұсқасы {path} ретінде сақталды. Оның SHA-256 мәні импорт кезінде жазылғанмен сәйкес ({hash}…).</translation>
    </message>
    <message>
        <source>The original was not saved</source>
        <translation>Түпнұсқа сақталмады</translation>
    </message>
    <message>
        <source>Delete “{title}” (#{id}, {file}) from the archive?</source>
        <translation>«{title}» (#{id}, {file}) құжатын архивтен жою керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… тағы %n</numerusform>
            <numerusform>… тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n documents from the archive?</source>
        <translation>
            <numerusform>Осы %n құжатты архивтен жою керек пе?</numerusform>
            <numerusform>Осы %n құжатты архивтен жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>The file, its text, its tags, suggested tags and redactions go with it; this cannot be undone (a backup made earlier still holds it). The audit log keeps a record of the deletion.</source>
        <translation>Онымен бірге файл, оның мәтіні, белгілері, ұсынылған белгілері және жасырулары жойылады; мұны болдырмау мүмкін емес (бұрын жасалған сақтық көшірмеде ол қалады). Аудит журналы жою туралы жазбаны сақтайды.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» жойылды.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s).</source>
        <translation>
            <numerusform>%n құжат жойылды.</numerusform>
            <numerusform>%n құжат жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was not deleted</source>
        <translation>Құжат жойылмады</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Choose a document in the list to read it here.</source>
        <translation>Құжатты осында оқу үшін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Correct the OCR text of this page…</source>
        <translation>Осы беттің OCR мәтінін түзету…</translation>
    </message>
    <message>
        <source>“{filename}” is a password-protected PDF. Its original bytes are kept in the archive as evidence, but it cannot be shown or searched here.</source>
        <translation>«{filename}» — құпиясөзбен қорғалған PDF. Түпнұсқа файл архивте дәлел ретінде сақталады, бірақ оны мұнда көрсету немесе онда іздеу мүмкін емес.</translation>
    </message>
    <message>
        <source>This PDF could not be displayed; its text is shown instead.</source>
        <translation>Бұл PDF көрсетілмеді; оның орнына мәтіні көрсетілген.</translation>
    </message>
    <message>
        <source>— page {number} —</source>
        <translation>— {number}-бет —</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Drag over the text to select a passage</source>
        <translation>Үзіндіні белгілеу үшін мәтіннің үстімен тышқанды сүйреңіз</translation>
    </message>
    <message>
        <source>Add as &amp;fact…</source>
        <translation>&amp;Факт ретінде қосу…</translation>
    </message>
    <message>
        <source>Redact the selected words as</source>
        <translation>Белгіленген сөздерді жасыру себебі</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>One PDF per document, in this order; Bates numbers run on across the bundle.</source>
        <translation>Әр құжатқа бір PDF, осы ретпен; Bates нөмірлері бүкіл топтама бойынша жалғасады.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Saved redactions</source>
        <translation>Сақталған жасырулар</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>ids, e.g. 3, 5, 9</source>
        <translation>нөмірлер, мыс. 3, 5, 9</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add the {search_ids} search results</source>
        <translation>Іздеу нәтижелерін қосу ({search_ids})</translation>
    </message>
    <message>
        <source>Add by id</source>
        <translation>Нөмір бойынша қосу</translation>
    </message>
    <message>
        <source>Could not add the documents</source>
        <translation>Құжаттарды қосу мүмкін болмады</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>A password-protected PDF cannot be exported: remove it.</source>
        <translation>Құпиясөзбен қорғалған PDF экспортталмайды: оны алып тастаңыз.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No documents yet: add them by id, or select them in the result list first.</source>
        <translation>Әзірге құжат жоқ: оларды нөмірі бойынша қосыңыз немесе алдымен нәтижелер тізімінен таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n бет.</numerusform>
            <numerusform>%n бет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be exported (a password-protected PDF, in red): select it and Remove it.</source>
        <translation>
            <numerusform>Олардың %n экспортталмайды (құпиясөзбен қорғалған PDF, қызылмен белгіленген): оны таңдап, «Алып тастау» батырмасын басыңыз.</numerusform>
            <numerusform>Олардың %n экспортталмайды (құпиясөзбен қорғалған PDF, қызылмен белгіленген): оларды таңдап, «Алып тастау» батырмасын басыңыз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft a UN communication</source>
        <translation>БҰҰ-ға хабарлама жобасы</translation>
    </message>
    <message>
        <source>optional: an exported bundle folder</source>
        <translation>міндетті емес: экспортталған топтама қалтасы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Кім туралы:</translation>
    </message>
    <message>
        <source>&amp;Submitted by:</source>
        <translation>Өтініш &amp;беруші:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>Т&amp;оптама:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Қайта &amp;тексеру</translation>
    </message>
    <message>
        <source>Write &amp;DOCX…</source>
        <translation>&amp;DOCX жазу…</translation>
    </message>
    <message>
        <source>Write &amp;PDF…</source>
        <translation>&amp;PDF жазу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Checklist before sending:</source>
        <translation>Жіберу алдындағы тексеру тізімі:</translation>
    </message>
    <message>
        <source>(to be completed)</source>
        <translation>(кейін көрсетіледі)</translation>
    </message>
    <message>
        <source>Exported bundle</source>
        <translation>Экспортталған топтама</translation>
    </message>
    <message>
        <source>Checklist before sending (checking…):</source>
        <translation>Жіберу алдындағы тексеру тізімі (тексерілуде…):</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Әзірге ештеңе жазылған жоқ.</translation>
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
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Writing the draft and checking it against consent…</source>
        <translation>Жоба жазылып, келісімдермен салыстырылуда…</translation>
    </message>
    <message>
        <source>Written to {0}.</source>
        <translation>Жазылды: {0}.</translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation>Жазылмады: {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not do that</source>
        <translation>Әрекетті орындау мүмкін болмады</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>The archive app met an unexpected problem. Your archive is safe: everything saved before this point is kept.

If it happens again, send the details below to the team (they contain no document text).</source>
        <translation>Бағдарламада күтпеген ақау пайда болды. Архивіңіз қауіпсіз: осы сәтке дейін сақталғанның бәрі орнында.

Бұл қайталанса, төмендегі мәліметтерді әзірлеушілер тобына жіберіңіз (оларда құжаттардың мәтіні жоқ).</translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged archive.</source>
        <translation>Құпия фраза қате немесе архив зақымдалған.</translation>
    </message>
    <message>
        <source>The archive is damaged: run Archive &gt; Check integrity and restore it from a backup.</source>
        <translation>Архив зақымдалған: «Архив &gt; Тұтастықты тексеру» әрекетін орындап, оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The archive is locked or closed.</source>
        <translation>Архив құлыпталған немесе жабық.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Болдырылмады.</translation>
    </message>
    <message>
        <source>The disk is full or failing; nothing of this batch was written.</source>
        <translation>Диск толы немесе ақаулы; бұл топтан ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл бос (0 байт).</translation>
    </message>
    <message>
        <source>There is no archive at {path}.</source>
        <translation>{path} жолында архив жоқ.</translation>
    </message>
    <message>
        <source>{path} already exists; it was not overwritten.</source>
        <translation>{path} бұрыннан бар; ол қайта жазылмады.</translation>
    </message>
    <message>
        <source>The archive is open in another window or program: {path}.</source>
        <translation>Архив басқа терезеде немесе бағдарламада ашық: {path}.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of the app (schema {found}; this version knows {known}).</source>
        <translation>Архивті бағдарламаның жаңарақ нұсқасы жазған (схема {found}; бұл нұсқа {known} біледі).</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>No document #{id}.</source>
        <translation>#{id} құжаты жоқ.</translation>
    </message>
    <message>
        <source>No person #{id}.</source>
        <translation>#{id} тұлғасы жоқ.</translation>
    </message>
    <message>
        <source>No case #{id}.</source>
        <translation>#{id} ісі жоқ.</translation>
    </message>
    <message>
        <source>“{name}” is not in the persons registry; add them in Registries &gt; Persons.</source>
        <translation>«{name}» тұлғалар тізілімінде жоқ; оны «Тізілімдер &gt; Адамдар» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>There is no case “{name}”; add it in Registries &gt; Cases.</source>
        <translation>«{name}» ісі жоқ; оны «Тізілімдер &gt; Істер» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>“{name}” is not in the articles registry; add it in Registries &gt; Legal articles.</source>
        <translation>«{name}» баптар тізілімінде жоқ; оны «Тізілімдер &gt; Заң баптары» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>A person named “{name}” is already registered.</source>
        <translation>«{name}» есімді тұлға тізілімде бұрыннан бар.</translation>
    </message>
    <message>
        <source>A case named “{name}” already exists.</source>
        <translation>«{name}» ісі бұрыннан бар.</translation>
    </message>
    <message>
        <source>“{name}” names several persons; choose one from the list.</source>
        <translation>«{name}» бірнеше тұлғаға сәйкес келеді; тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is already in the registry.</source>
        <translation>{name} тізілімде бұрыннан бар.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Тұлғаның аты болуы керек.</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>Істің атауы болуы керек.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Құжаттың атауы болуы керек.</translation>
    </message>
    <message>
        <source>“{name}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{name}» күн емес: ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Екі құпия фраза сәйкес келмейді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Бос құпия фразаға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>That is the current passphrase; choose a new one.</source>
        <translation>Бұл — қазіргі құпия фраза; жаңасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file is {size}, over the import limit of {limit}.</source>
        <translation>Файл өлшемі {size}, импорт шегінен ({limit}) асады.</translation>
    </message>
    <message>
        <source>Not a file, or not found.</source>
        <translation>Бұл файл емес немесе ол табылмады.</translation>
    </message>
    <message>
        <source>Password-protected PDF, which cannot be exported: {ids}. Leave it out of the bundle (the archive keeps it as it came).</source>
        <translation>Құпиясөзбен қорғалған PDF экспортталмайды: {ids}. Оны топтамаға қоспаңыз (архивте ол бастапқы күйінде сақталады).</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; try again.</source>
        <translation>Файл импорт кезінде өзгерді; қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Damaged or invalid PDF ({detail}).</source>
        <translation>Зақымдалған немесе жарамсыз PDF ({detail}).</translation>
    </message>
    <message>
        <source>Damaged Word document ({detail}).</source>
        <translation>Зақымдалған Word құжаты ({detail}).</translation>
    </message>
    <message>
        <source>Not a Word document (no word/document.xml).</source>
        <translation>Бұл Word құжаты емес (word/document.xml жоқ).</translation>
    </message>
    <message>
        <source>Damaged Outlook message ({detail}).</source>
        <translation>Зақымдалған Outlook хаты ({detail}).</translation>
    </message>
    <message>
        <source>This kind of file is not imported ({kind}).</source>
        <translation>Мұндай түрдегі файлдар импортталмайды ({kind}).</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}.</source>
        <translation>Файлды оқу мүмкін емес: {why}.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters, the import limit.</source>
        <translation>Мәтін {limit} таңбадан ұзын — бұл импорт шегі.</translation>
    </message>
    <message>
        <source>Not a mailbox: no &apos;From &apos; line starts the .mbox file.</source>
        <translation>Бұл пошта жәшігі емес: .mbox файлы &apos;From &apos; жолынан басталмайды.</translation>
    </message>
    <message>
        <source>Not an e-mail: the .eml file holds binary data of an unknown kind.</source>
        <translation>Бұл хат емес: .eml файлында белгісіз түрдегі екілік деректер бар.</translation>
    </message>
    <message>
        <source>The PDF reader gave an answer that makes no sense; the file was refused.</source>
        <translation>PDF оқу бағдарламасы мағынасыз жауап берді; файл қабылданбады.</translation>
    </message>
    <message>
        <source>Reading the PDF took longer than {seconds} s; stopped.</source>
        <translation>PDF оқу {seconds} с-тан ұзаққа созылды; тоқтатылды.</translation>
    </message>
    <message>
        <source>{reason} (kept inside the stored e-mail)</source>
        <translation>{reason} (архивтегі хаттың ішінде сақталды)</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written for this item.</source>
        <translation>Диск толы; бұл элемент үшін ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export bundle</source>
        <translation>Топтаманы экспорттау</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>Құжат түрлері</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <source>Click a value to filter by it; click it again to remove the filter</source>
        <translation>Сүзу үшін мәнді басыңыз; сүзгіні алу үшін қайта басыңыз</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>Edit fact</source>
        <translation>Фактіні өзгерту</translation>
    </message>
    <message>
        <source>Add fact</source>
        <translation>Жаңа факт</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM, YYYY, START..END or tbd</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА, ЖЖЖЖ, БАСЫ..СОҢЫ немесе tbd</translation>
    </message>
    <message>
        <source>e.g. ICCPR 9, KZ-CC 174(2)</source>
        <translation>мыс. ICCPR 9, KZ-CC 174(2)</translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>даусыз</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>даулы</translation>
    </message>
    <message>
        <source>&amp;Fact:</source>
        <translation>&amp;Факт:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Адамдар:</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Баптар:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Үзінді:</translation>
    </message>
    <message>
        <source>&amp;Bates:</source>
        <translation>Bates &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>, page {0}</source>
        <translation>, {0}-бет</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(іс көрсетілмеген)</translation>
    </message>
    <message>
        <source>Not a date yet.</source>
        <translation>Күн әлі танылмады.</translation>
    </message>
    <message>
        <source>Proposed from the passage: {0}. Check it.</source>
        <translation>Үзіндіден ұсынылды: {0}. Тексеріңіз.</translation>
    </message>
    <message>
        <source>Date: to be determined</source>
        <translation>Күні: кейін анықталады</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Күні: {0}</translation>
    </message>
    <message>
        <source>A fact needs a statement.</source>
        <translation>Фактінің мазмұнын жазыңыз.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Баптар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>undisputed</source>
        <translation>даусыз</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>даулы</translation>
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
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Қайталанған</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>already in the archive as #{id}; linked</source>
        <translation>архивте №{id} ретінде бар; байланыстырылды</translation>
    </message>
    <message>
        <source>already in the archive as #{id}</source>
        <translation>архивте №{id} ретінде бар</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Файлдар ізделуде…</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%m файлдың %v</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop after the current file; what is imported is kept (Esc)</source>
        <translation>Ағымдағы файлдан кейін тоқтату; импортталғаны сақталады (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n файлды импорттау</numerusform>
            <numerusform>%n файлды импорттау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n folder(s) and file(s)</source>
        <translation>
            <numerusform>Импорттау: %n қалта не файл</numerusform>
            <numerusform>Импорттау: %n қалта не файл</numerusform>
        </translation>
    </message>
    <message>
        <source>The new documents</source>
        <translation>Жаңа құжаттар</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Іс көрсетілмеген</translation>
    </message>
    <message>
        <source>Recognise from each file</source>
        <translation>Әр файл бойынша анықтау</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Con&amp;fidentiality:</source>
        <translation>&amp;Құпиялылық:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Stopping after the current file… Everything imported so far is kept.</source>
        <translation>Ағымдағы файлдан кейін тоқтайды… Импортталғанның бәрі сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n файл импортталуда…</numerusform>
            <numerusform>%n файл импортталуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%v of %m file(s)</source>
        <translation>
            <numerusform>%m файлдың %v</numerusform>
            <numerusform>%m файлдың %v</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>файл жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Оқылуда: {name}</translation>
    </message>
    <message>
        <source>Imported: {imported}    Duplicates: {duplicates}    Failed: {failed}</source>
        <translation>Импортталды: {imported}    Қайталанған: {duplicates}    Қате: {failed}</translation>
    </message>
    <message>
        <source>Import stopped: {stopped}</source>
        <translation>Импорт тоқтатылды: {stopped}</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Импорт болдырылмады: %n файл импортталмады.</numerusform>
            <numerusform>Импорт болдырылмады: %n файл импортталмады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: no files were found.</source>
        <translation>Импорттайтын ештеңе жоқ: файлдар табылмады.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <source>The import stopped because of an error.</source>
        <translation>Импорт қатеге байланысты тоқтады.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported,</source>
        <translation>
            <numerusform>Импортталды: %n,</numerusform>
            <numerusform>Импортталды: %n,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s),</source>
        <translation>
            <numerusform>қайталанған: %n,</numerusform>
            <numerusform>қайталанған: %n,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>қате: %n.</numerusform>
            <numerusform>қате: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Everything imported before that is kept.</source>
        <translation>Болдырылмады. Оған дейін импортталғанның бәрі сақталды.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message>
        <source>Check integrity</source>
        <translation>Тұтастықты тексеру</translation>
    </message>
    <message>
        <source>&amp;Deep check: also re-read and re-hash every document (slower)</source>
        <translation>&amp;Терең тексеру: әр құжатты қайта оқып, қайта хештеу (баяуырақ)</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Қайта тексеру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Checking every document&apos;s bytes…</source>
        <translation>Әр құжаттың байттары тексерілуде…</translation>
    </message>
    <message>
        <source>Checking documents: {done} of {total}</source>
        <translation>Құжаттар тексерілуде: {total} ішінен {done}</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was judged.</source>
        <translation>Тексеруден бас тартылды; ештеңе бағаланбады.</translation>
    </message>
    <message numerus="yes">
        <source>The archive is healthy: all %n checks passed.</source>
        <translation>
            <numerusform>Архив дұрыс: %n тексеруден өтті.</numerusform>
            <numerusform>Архив дұрыс: барлық %n тексеруден өтті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see the list below.</source>
        <translation>
            <numerusform>%n ақау табылды; төмендегі тізімді қараңыз.</numerusform>
            <numerusform>%n ақау табылды; төмендегі тізімді қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Тексеруді орындау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Secure case archive</source>
        <translation>Қорғалған істер архиві</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n құжат</numerusform>
            <numerusform>%n құжат</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>Архивті &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation>&amp;Жаңа архив…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Топтаманы &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export the selected documents as a redacted, Bates-numbered, verified bundle</source>
        <translation>Таңдалған құжаттарды жасырулары мен Bates нөмірлері бар тексерілген топтамаға экспорттау</translation>
    </message>
    <message>
        <source>S&amp;hare case…</source>
        <translation>Істі бе&amp;ру…</translation>
    </message>
    <message>
        <source>Write one case into a separate, encrypted package for a colleague</source>
        <translation>Бір істі әріптеске арналған жеке шифрланған бумаға жазу</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>Бу&amp;маны біріктіру…</translation>
    </message>
    <message>
        <source>Check a package from a colleague and merge it into this archive</source>
        <translation>Әріптестен келген буманы тексеріп, осы архивпен біріктіру</translation>
    </message>
    <message>
        <source>&amp;Redact</source>
        <translation>&amp;Жасыру</translation>
    </message>
    <message>
        <source>Mark redactions on the document shown: boxes, words, terms (Ctrl+Shift+R)</source>
        <translation>Көрсетілген құжатта жасыруларды белгілеу: аймақтар, сөздер, терминдер (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Құ&amp;лыптау</translation>
    </message>
    <message>
        <source>Lock the archive now (Ctrl+L)</source>
        <translation>Архивті қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Check &amp;integrity…</source>
        <translation>&amp;Тұтастықты тексеру…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>Refresh suggested &amp;tags</source>
        <translation>Ұсынылған &amp;белгілерді жаңарту</translation>
    </message>
    <message>
        <source>Read every document again for the persons and articles in the registry (done by itself when a person&apos;s name or aliases change)</source>
        <translation>Тізілімдегі адамдар мен баптарды іздеп, барлық құжатты қайта оқу (адамның аты не бүркеншік аттары өзгергенде өзі орындалады)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <source>Legal &amp;articles…</source>
        <translation>Заң &amp;баптары…</translation>
    </message>
    <message>
        <source>&amp;Cases…</source>
        <translation>&amp;Істер…</translation>
    </message>
    <message>
        <source>C&amp;hronology…</source>
        <translation>&amp;Хронология…</translation>
    </message>
    <message>
        <source>The facts of a case in date order</source>
        <translation>Іс фактілері хронологиялық ретпен</translation>
    </message>
    <message>
        <source>Draft UN &amp;communication…</source>
        <translation>&amp;БҰҰ-ға хабарлама жобасы…</translation>
    </message>
    <message>
        <source>Domestic &amp;remedies…</source>
        <translation>Ішкі құқықтық қорғау &amp;құралдары…</translation>
    </message>
    <message>
        <source>C&amp;onsent per mechanism…</source>
        <translation>Механизмдер бойынша &amp;келісім…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Search &amp;syntax</source>
        <translation>Іздеу &amp;синтаксисі</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Бағдарлама &amp;туралы</translation>
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
        <translation>&amp;Құжат</translation>
    </message>
    <message>
        <source>&amp;Registries</source>
        <translation>&amp;Тізілімдер</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>А&amp;нықтама</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Басқа әрекеттер</translation>
    </message>
    <message>
        <source>Submission &amp;workspace…</source>
        <translation>Өтініштің &amp;жұмыс орны…</translation>
    </message>
    <message>
        <source>Secure case archive — {name}</source>
        <translation>Қорғалған істер архиві — {name}</translation>
    </message>
    <message>
        <source>Archive: {name}</source>
        <translation>Архив: {name}</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <source>Could not remember the passphrase</source>
        <translation>Құпия фразаны есте сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Іздеу индексі</translation>
    </message>
    <message>
        <source>Rebuild it now?</source>
        <translation>Оны қазір қайта құру керек пе?</translation>
    </message>
    <message>
        <source>Preparing the demo archive…</source>
        <translation>Демо-архив дайындалуда…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Файлдарды импорттау</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Қалтаны импорттау</translation>
    </message>
    <message>
        <source>Rebuild of the search index cancelled; the previous index is kept.</source>
        <translation>Іздеу индексін қайта құру болдырылмады; бұрынғы индекс сақталды.</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Іздеу индексі қайта құрылуда…</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>Іздеу индексі қайта құрылды.</translation>
    </message>
    <message>
        <source>Rebuilding the search index — documents: {done} of {total}</source>
        <translation>Іздеу индексі қайта құрылуда — құжаттар: {total} ішінен {done}</translation>
    </message>
    <message>
        <source>Searches use the previous index until the new one is complete; cancelling keeps it.</source>
        <translation>Жаңа индекс дайын болғанша іздеу бұрынғы индекспен жүреді; құруды тоқтатсаңыз, бұрынғы индекс сақталады.</translation>
    </message>
    <message>
        <source>Another operation is still running.</source>
        <translation>Басқа әрекет әлі орындалуда.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secure case archive&lt;/b&gt;&lt;br&gt;An offline, encrypted archive for human-rights legal teams. Documents, their text, tags and the audit log live in one SQLCipher file; nothing readable is written to disk.</source>
        <translation>&lt;b&gt;Қорғалған істер архиві&lt;/b&gt;&lt;br&gt;Құқық қорғаушы заңгерлер тобына арналған желіден тыс, шифрланған архив. Құжаттар, олардың мәтіні, белгілері және аудит журналы бір SQLCipher файлында сақталады; дискіге оқылатын ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Баптауларды сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ManageSavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Жаңа атауы</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Орындау</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Could not rename the saved search</source>
        <translation>Сақталған іздеудің атын өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Сақталған іздеуді жою</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}”? The documents stay.</source>
        <translation>«{name}» сақталған іздеуі жойылсын ба? Құжаттар қалады.</translation>
    </message>
    <message>
        <source>Could not delete the saved search</source>
        <translation>Сақталған іздеуді жою мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>MergePackageDialog</name>
    <message>
        <source>Merge a package</source>
        <translation>Буманы біріктіру</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Т&amp;аңдау…</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>Бума &amp;файлы:</translation>
    </message>
    <message>
        <source>Package &amp;passphrase:</source>
        <translation>Буманың &amp;құпия фразасы:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>This archive</source>
        <translation>Осы архив</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Chec&amp;k package</source>
        <translation>Буманы &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Біріктіру</translation>
    </message>
    <message>
        <source>Merge which package?</source>
        <translation>Қай буманы біріктіру керек?</translation>
    </message>
    <message>
        <source>Choose the package to merge.</source>
        <translation>Біріктіретін буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking the package (structure, audit chain, seal, documents)…</source>
        <translation>Бума тексерілуде (құрылымы, журнал тізбегі, мөрі, құжаттары)…</translation>
    </message>
    <message>
        <source>Nothing new in this package; merging it would change nothing.</source>
        <translation>Бұл бумада жаңа ештеңе жоқ; біріктіру ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>The package is sound. Decide the conflicts, then merge.</source>
        <translation>Бума дұрыс. Қайшылықтарды шешіп, біріктіріңіз.</translation>
    </message>
    <message>
        <source>From {source}, case {case}, sealed {when}: {docs} documents.</source>
        <translation>{source} архивінен, іс {case}, мөрленген {when}: құжаттар: {docs}.</translation>
    </message>
    <message>
        <source>Adds {docs} documents, {persons} persons, {cases} cases; updates {udocs} documents and {upersons} persons; {tags} new tags.</source>
        <translation>Қосады: құжаттар {docs}, адамдар {persons}, істер {cases}; жаңартады: құжаттар {udocs}, адамдар {upersons}; жаңа белгілер: {tags}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new fact(s)</source>
        <translation>
            <numerusform>%n жаңа факт</numerusform>
            <numerusform>%n жаңа факт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) completed</source>
        <translation>
            <numerusform>%n факт толықтырылды</numerusform>
            <numerusform>%n факт толықтырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new remedy step(s)</source>
        <translation>
            <numerusform>%n жаңа шағымдану қадамы</numerusform>
            <numerusform>%n жаңа шағымдану қадамы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s) completed</source>
        <translation>
            <numerusform>%n шағымдану қадамы толықтырылды</numerusform>
            <numerusform>%n шағымдану қадамы толықтырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent answer(s), new or stricter</source>
        <translation>
            <numerusform>келісім туралы %n жауап, жаңа немесе қатаңырақ</numerusform>
            <numerusform>келісім туралы %n жауап, жаңа немесе қатаңырақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person detail(s)</source>
        <translation>
            <numerusform>адам туралы %n мәлімет</numerusform>
            <numerusform>адам туралы %n мәлімет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) of detention</source>
        <translation>
            <numerusform>%n ұстау орны</numerusform>
            <numerusform>%n ұстау орны</numerusform>
        </translation>
    </message>
    <message>
        <source>Case record: {parts}.</source>
        <translation>Іс материалдары: {parts}.</translation>
    </message>
    <message>
        <source>This package was merged here before.</source>
        <translation>Бұл бума бұған дейін осында біріктірілген.</translation>
    </message>
    <message>
        <source>Same person: {theirs} = {ours}</source>
        <translation>Сол адам: {theirs} = {ours}</translation>
    </message>
    <message>
        <source>{label}: {field} here {ours}, package {theirs}; keeps {result}</source>
        <translation>{label}: {field} мұнда {ours}, бумада {theirs}; қалады: {result}</translation>
    </message>
    <message>
        <source>This archive&apos;s</source>
        <translation>Осы архивтікі</translation>
    </message>
    <message>
        <source>The package&apos;s</source>
        <translation>Бумадағысы</translation>
    </message>
    <message>
        <source>Merging… Cancel undoes the whole merge.</source>
        <translation>Біріктірілуде… Болдырмау бүкіл біріктіруді кері қайтарады.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Болдырылмады; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>Merged: {new} new and {updated} updated documents, {persons} new persons, {marks} redaction marks; {open} conflicts kept this archive&apos;s value.</source>
        <translation>Біріктірілді: жаңа құжаттар {new}, жаңартылғандар {updated}, жаңа адамдар {persons}, жасыру белгілері {marks}; {open} қайшылықта осы архивтің мәні қалды.</translation>
    </message>
    <message>
        <source>Stopping; the merge is being undone…</source>
        <translation>Тоқтатылуда; біріктіру кері қайтарылуда…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Жаңа құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <source>Type a passphrase: an empty one is not allowed.</source>
        <translation>Құпия фразаны теріңіз: бос фразаға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type the same passphrase twice.</source>
        <translation>Құпия фразалар сәйкес емес. Бір фразаны екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>No notes on this document.</source>
        <translation>Бұл құжатқа жазба жоқ.</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Жазба қосу…</translation>
    </message>
    <message>
        <source>A remark of yours on this document: searchable, never exported unless asked</source>
        <translation>Құжатқа өз жазбаңыз: ол бойынша іздеуге болады, экспортқа тек сұралғанда кіреді</translation>
    </message>
    <message>
        <source>Write the note… (Ctrl+Enter saves)</source>
        <translation>Жазбаны жазыңыз… (Ctrl+Enter — сақтау)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>{author} · {date} (edited {edited})</source>
        <translation>{author} · {date} (өзгертілді {edited})</translation>
    </message>
    <message>
        <source>{author} · {date}</source>
        <translation>{author} · {date}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Edit the note of {date}</source>
        <translation>{date} жазбасын өзгерту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the note of {date}</source>
        <translation>{date} жазбасын жою</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>Жазбаны сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Delete this note? It cannot be brought back.</source>
        <translation>Бұл жазба жойылсын ба? Оны қайтару мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>Жазбаны жою мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>OcrCorrectionDialog</name>
    <message>
        <source>Correct the OCR text</source>
        <translation>OCR мәтінін түзету</translation>
    </message>
    <message>
        <source>Page {page} of “{title}”</source>
        <translation>«{title}» құжатының {page}-беті</translation>
    </message>
    <message>
        <source>Page {page} of document #{id}</source>
        <translation>№{id} құжаттың {page}-беті</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>The corrected text is what search, suggestions and the export use; what OCR read is kept. The change is recorded in the audit log.</source>
        <translation>Түзетілген мәтінді іздеу, ұсыныстар және экспорт пайдаланады; OCR оқыған мәтін сақталады. Өзгеріс аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Use the OCR text</source>
        <translation>OCR мәтінін қайтару</translation>
    </message>
    <message>
        <source>Drop the correction: the page gets the text OCR read again</source>
        <translation>Түзетуден бас тарту: бетке OCR оқыған мәтін қайтарылады</translation>
    </message>
    <message>
        <source>The text as OCR read it. Edit it and save.</source>
        <translation>OCR оқыған күйіндегі мәтін. Түзетіп, сақтаңыз.</translation>
    </message>
    <message>
        <source>This page was corrected by hand; the correction is shown.</source>
        <translation>Бұл бет қолмен түзетілген; түзету көрсетілген.</translation>
    </message>
    <message>
        <source>The OCR text of this page could not be read.</source>
        <translation>Осы беттің OCR мәтінін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not open the OCR text</source>
        <translation>OCR мәтінін ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Could not save the correction</source>
        <translation>Түзетуді сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message numerus="yes">
        <source>%n scanned page(s) cannot be read: </source>
        <translation>
            <numerusform>%n сканерленген бетті тану мүмкін емес: </numerusform>
            <numerusform>%n сканерленген бетті тану мүмкін емес: </numerusform>
        </translation>
    </message>
    <message>
        <source>OCR: reading scans…</source>
        <translation>OCR: сканерлер оқылуда…</translation>
    </message>
    <message>
        <source>Scanned pages are read so they can be searched and redacted; what was read is kept if you cancel, the rest is read later.</source>
        <translation>Сканерленген беттер іздеу мен жасыру үшін оқылады; болдырмасаңыз оқылғаны сақталады, қалғаны кейін оқылады.</translation>
    </message>
    <message>
        <source>Stopping OCR after the pages under way…</source>
        <translation>OCR ағымдағы беттерден кейін тоқтайды…</translation>
    </message>
    <message numerus="yes">
        <source>OCR: %1 of %n page(s)</source>
        <translation>
            <numerusform>OCR: %n беттің %1</numerusform>
            <numerusform>OCR: %n беттің %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR stopped; %n page(s) read, the rest wait for the next opening.</source>
        <translation>
            <numerusform>OCR тоқтатылды; %n бет танылды, қалғандары келесі ашуды күтеді.</numerusform>
            <numerusform>OCR тоқтатылды; %n бет танылды, қалғандары келесі ашуды күтеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n page(s) read.</source>
        <translation>
            <numerusform>OCR аяқталды: %n бет танылды.</numerusform>
            <numerusform>OCR аяқталды: %n бет танылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read.</source>
        <translation>
            <numerusform>%n бетті тану мүмкін болмады.</numerusform>
            <numerusform>%n бетті тану мүмкін болмады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were hard to read: check them.</source>
        <translation>
            <numerusform>%n бет қиын танылды: оларды тексеріңіз.</numerusform>
            <numerusform>%n бет қиын танылды: оларды тексеріңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>Found on the scan: {what} ({reason}). Drag to move, drag an edge to resize, right-click for more.</source>
        <translation>Сканнан табылды: {what} ({reason}). Жылжыту үшін сүйреңіз, өлшемін өзгерту үшін шетінен тартыңыз, басқа әрекеттер үшін оң жақпен басыңыз.</translation>
    </message>
    <message>
        <source>Drag to move, drag an edge to resize, right-click to remove this box</source>
        <translation>Жылжыту үшін сүйреңіз, өлшемін өзгерту үшін шетінен тартыңыз, аймақты алып тастау үшін оң жақпен басыңыз</translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <source>Go to page (Ctrl+G)</source>
        <translation>Бетке өту (Ctrl+G)</translation>
    </message>
    <message>
        <source>of 0</source>
        <translation>/ 0</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Алдыңғы бет (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Келесі бет (PgDown)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width (Ctrl+0)</source>
        <translation>Ені бойынша (Ctrl+0)</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Mark redactions: draw boxes or select words (Ctrl+Shift+R)</source>
        <translation>Жасыруларды белгілеу: аймақ сызыңыз не сөздерді белгілеңіз (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
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
        <translation>Иә, келісім берілген</translation>
    </message>
    <message>
        <source>No, redact every alias</source>
        <translation>Жоқ, барлық атын жасыру</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Әзірге белгісіз</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Аталады</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Жасырылады</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>defender</source>
        <translation>құқық қорғаушы</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>куә</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>туысы</translation>
    </message>
    <message>
        <source>official</source>
        <translation>лауазымды тұлға</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>ұсталған</translation>
    </message>
    <message>
        <source>house arrest</source>
        <translation>үй қамағы</translation>
    </message>
    <message>
        <source>convicted</source>
        <translation>сотталған</translation>
    </message>
    <message>
        <source>released</source>
        <translation>босатылған</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>хабарсыз кеткен</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>шетелде</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Басқа аттары</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>In exports</source>
        <translation>Экспортта</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Filter by name or alias (Ctrl+F)</source>
        <translation>Аты бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <source>May be named in exports (consent to disclosure)</source>
        <translation>Экспортта аталуы мүмкін (ашуға келісім)</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>&amp;Жаңа адам</translation>
    </message>
    <message>
        <source>Empty the form to add a person (Ctrl+N)</source>
        <translation>Адам қосу үшін форманы тазарту (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save this person (Ctrl+S)</source>
        <translation>Осы адамды сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <source>One a line, in any script: Latin, Cyrillic, Kazakh letters.
Search finds every alias; without consent, each one is redacted.</source>
        <translation>Әр жолға біреуден, кез келген жазумен: латын, кирилл, қазақ әріптері.
Іздеу әр атты табады; келісім болмаса, әрқайсысы жасырылады.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>Басқа &amp;аттары:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>May be named
in exports:</source>
        <translation>Экспортта
аталуы мүмкін:</translation>
    </message>
    <message>
        <source>Consent to disclosure of this person&apos;s name in exports</source>
        <translation>Осы адамның атын экспортта ашуға келісім</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Person #{id}</source>
        <translation>#{id} тұлға</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Тұлғаны &amp;қосу</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Discard the changes you made to this person?</source>
        <translation>Осы адамға енгізген өзгерістерді тастау керек пе?</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Тұлғаның аты болуы керек.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Қосылды: {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Сақталды: {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Соңғы архивтер</translation>
    </message>
    <message>
        <source>Remember recently opened archives</source>
        <translation>Жақында ашылған архивтерді есте сақтау</translation>
    </message>
    <message>
        <source>Forget this list</source>
        <translation>Бұл тізімді ұмыту</translation>
    </message>
    <message>
        <source>Only the paths of archive files are kept, in {file}. File names often name the case: without the list, choose the archive each time.</source>
        <translation>Тек архив файлдарының жолдары сақталады, {file} ішінде. Файл аттары жиі істі атайды: тізімсіз архивті әр жолы таңдаңыз.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Алмасу буфері</translation>
    </message>
    <message>
        <source>Clear copied text from the clipboard after</source>
        <translation>Көшірілген мәтінді буферден тазарту уақыты</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Text copied from the archive is marked so clipboard managers do not keep it, and it is always cleared when the archive locks or the app quits, if the clipboard still holds it.</source>
        <translation>Архивтен көшірілген мәтін буфер менеджерлері сақтамайтындай белгіленеді және архив құлыпталғанда не бағдарлама жабылғанда, буферде әлі болса, әрқашан өшіріледі.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Жүйедегідей ({language})</translation>
    </message>
    <message>
        <source>The interface changes to the new language at the next start.</source>
        <translation>Интерфейс келесі іске қосқанда жаңа тілге ауысады.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Сыртқы түрі</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock the archive after</source>
        <translation>Архивті құлыптау уақыты:</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>әрекетсіз</translation>
    </message>
    <message>
        <source>Reading scans (OCR)</source>
        <translation>Сканерленген беттерді тану (OCR)</translation>
    </message>
    <message>
        <source>Read scans in</source>
        <translation>Сканерлерді тану тілдері:</translation>
    </message>
    <message>
        <source>Each language needs its OCR model installed. Fewer languages read faster; pages already read are not read again.</source>
        <translation>Әр тілге OCR моделі орнатылған болуы керек. Тілдер аз болса, тану жылдамырақ; танылған беттер қайта оқылмайды.</translation>
    </message>
    <message>
        <source>Choose at least one language to read scans in.</source>
        <translation>Сканерлерді тану үшін кемінде бір тіл таңдаңыз.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Баптауларды сақтау мүмкін болмады: {reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>The pages as they will be exported. Pages with redactions are rebuilt as images with the boxes burned in; the others keep their text.</source>
        <translation>Беттер экспортталатын күйінде. Жасырулары бар беттер аймақтары басылған сурет ретінде қайта жасалады; қалғандары мәтінін сақтайды.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>#{id} · {title}</source>
        <translation>#{id} · {title}</translation>
    </message>
    <message numerus="yes">
        <source>Rendering the preview of %n page(s)…</source>
        <translation>
            <numerusform>%n беттің алдын ала көрінісі салынуда…</numerusform>
            <numerusform>%n беттің алдын ала көрінісі салынуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Алдын ала көрініс жоқ: {error}</translation>
    </message>
    <message>
        <source>Bates numbers and the confidentiality legend are stamped at export.</source>
        <translation>Bates нөмірлері мен құпиялылық белгісі экспорт кезінде қойылады.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count} беттің {page}-беті</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Redactions</source>
        <translation>Жасырулар</translation>
    </message>
    <message>
        <source>These apply to every document, together with each document&apos;s saved redactions (boxes, terms, persons, patterns, withheld pages).</source>
        <translation>Әр құжаттың сақталған жасыруларымен (аймақтар, терминдер, адамдар, үлгілер, алынған беттер) бірге барлық құжатқа қолданылады.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Always redacted: persons without consent to disclosure</source>
        <translation>Әрқашан жасырылады: ашуға келісімі жоқ адамдар</translation>
    </message>
    <message>
        <source>No UN mechanism: the registry&apos;s consent only</source>
        <translation>БҰҰ механизмінсіз: тек тізілімдегі келісім</translation>
    </message>
    <message>
        <source>Exported for:</source>
        <translation>Экспорт кімге:</translation>
    </message>
    <message>
        <source>Also redact these registered persons</source>
        <translation>Тізілімдегі мына адамдарды да жасыру</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Every name, alias and spelling, in any script.</source>
        <translation>Барлық аты, лақап аты және жазылуы, кез келген әліпбиде.</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Сөз немесе тіркес</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Terms and phrases</source>
        <translation>Терминдер мен тіркестер</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <source>{names} — under every name, alias and spelling, in every document.</source>
        <translation>{names} — барлық аты, лақап аты және жазылуы бойынша, барлық құжатта.</translation>
    </message>
    <message>
        <source>No registered person is marked “no consent to disclosure”.</source>
        <translation>Тізілімде «ашуға келісім жоқ» деп белгіленген адам жоқ.</translation>
    </message>
    <message>
        <source>Reading consent…</source>
        <translation>Келісімдер оқылуда…</translation>
    </message>
    <message>
        <source>Nobody&apos;s consent for this mechanism keeps their name out.</source>
        <translation>Бұл механизм үшін ешкімнің келісімі атын жасыруды талап етпейді.</translation>
    </message>
    <message>
        <source>{name}: initials only — redacted (pages cannot show initials)</source>
        <translation>{name}: тек инициалдар — жасырылды (беттер инициалдарды көрсете алмайды)</translation>
    </message>
    <message>
        <source>{name}: not to be named — redacted</source>
        <translation>{name}: атауға болмайды — жасырылды</translation>
    </message>
    <message>
        <source>Also redacted, as their consent for {mechanism} allows:</source>
        <translation>Сондай-ақ жасырылды, «{mechanism}» үшін келісімі рұқсат еткендей:</translation>
    </message>
</context>
<context>
    <name>ReasonCombo</name>
    <message>
        <source>By role (victim or witness)</source>
        <translation>Рөлі бойынша (жәбірленуші не куә)</translation>
    </message>
    <message>
        <source>Reason code, shown as the label on the box and in the redaction log</source>
        <translation>Себеп коды: аймақтағы және жасыру журналындағы жазу</translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message>
        <source>&lt;b&gt;Redact mode&lt;/b&gt;</source>
        <translation>&lt;b&gt;Жасыру режимі&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Алдыңғы бет (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>Келесі бет (PgDown)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Leave redact mode and read the document again (Esc)</source>
        <translation>Жасыру режимінен шығып, құжатты қайта оқу (Esc)</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Drag a rectangle over the page</source>
        <translation>Бетте тіктөртбұрыш сызыңыз</translation>
    </message>
    <message>
        <source>Select words</source>
        <translation>Сөздер</translation>
    </message>
    <message>
        <source>Drag over words in the text</source>
        <translation>Мәтіндегі сөздерді белгілеңіз</translation>
    </message>
    <message>
        <source>Withhold page</source>
        <translation>Бетті алып қою</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count} беттің {page}-беті</translation>
    </message>
    <message>
        <source>Release page</source>
        <translation>Бетті қайтару</translation>
    </message>
    <message>
        <source>Include this page again</source>
        <translation>Бетті экспортқа қайтару</translation>
    </message>
    <message>
        <source>Leave this whole page out of the export</source>
        <translation>Бүкіл бетті экспорттан шығару</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) on this page.</source>
        <translation>
            <numerusform>Бұл бетте %n аймақ.</numerusform>
            <numerusform>Бұл бетте %n аймақ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag over words; then choose to redact them everywhere or box only those.</source>
        <translation>Сөздерді белгілеңіз, содан кейін таңдаңыз: барлық жерде жасыру не тек соларды жабу.</translation>
    </message>
    <message>
        <source>Drag a rectangle over what must go. It is saved at once with the reason.</source>
        <translation>Алынатын жерді тіктөртбұрышпен сызыңыз. Ол себебімен бірден сақталады.</translation>
    </message>
    <message>
        <source>Right-click a box to remove it.</source>
        <translation>Аймақты алып тастау үшін оны оң жақпен басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) found on this scan (dashed): drag one to move or resize it; what was found stays covered all the same.</source>
        <translation>
            <numerusform>Бұл сканнан %n аймақ табылды (үзік сызық): оны сүйреп жылжытуға немесе өлшемін өзгертуге болады; табылған мәтін бәрібір жабық қалады.</numerusform>
            <numerusform>Бұл сканнан %n аймақ табылды (үзік сызық): оларды сүйреп жылжытуға немесе өлшемін өзгертуге болады; табылған мәтін бәрібір жабық қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms, persons and patterns are not drawn here: the export preview shows them.</source>
        <translation>Терминдер, адамдар мен үлгілер мұнда сызылмайды: оларды экспорттың алдын ала көрінісі көрсетеді.</translation>
    </message>
    <message>
        <source>Redact “{shown}” everywhere in this document ({reason})</source>
        <translation>«{shown}» осы құжаттың барлық жерінде жасыру ({reason})</translation>
    </message>
    <message>
        <source>Box only the selected words ({reason})</source>
        <translation>Тек белгіленген сөздерді жабу ({reason})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Remove this box</source>
        <translation>Бұл аймақты алып тастау</translation>
    </message>
    <message>
        <source>Remove the redaction of “{shown}” from this document</source>
        <translation>«{shown}» жасыруын осы құжаттан алып тастау</translation>
    </message>
    <message>
        <source>{shown}: no consent to disclosure, redacted in every export</source>
        <translation>{shown}: ашуға келісім жоқ, әр экспортта жасырылады</translation>
    </message>
</context>
<context>
    <name>RedactionPanel</name>
    <message>
        <source>Mark on the page</source>
        <translation>Бетте белгілеу</translation>
    </message>
    <message>
        <source>Redact mode: draw boxes or select words (Ctrl+Shift+R)</source>
        <translation>Жасыру режимі: аймақ сызыңыз не сөздерді белгілеңіз (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reason for new redactions</source>
        <translation>Жаңа жасырулардың себебі</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected redactions (Delete)</source>
        <translation>Таңдалған жасыруларды алып тастау (Delete)</translation>
    </message>
    <message>
        <source>A word or phrase to remove wherever it appears</source>
        <translation>Кездескен жерінің бәрінен алынатын сөз не тіркес</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Термин қосу</translation>
    </message>
    <message>
        <source>A registered person: every name, alias and spelling</source>
        <translation>Тізілімдегі адам: әр аты, нұсқасы мен жазылуы</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>Add pattern</source>
        <translation>Үлгі қосу</translation>
    </message>
    <message>
        <source>Add to this document</source>
        <translation>Осы құжатқа қосу</translation>
    </message>
    <message>
        <source>Persons without consent to disclosure named here</source>
        <translation>Мұнда аталған, ашуға келісімі жоқ адамдар</translation>
    </message>
    <message>
        <source>Double-click a box to show its page.</source>
        <translation>Бетін көрсету үшін аймақты екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Could not change the redactions</source>
        <translation>Жасыруларды өзгерту мүмкін болмады</translation>
    </message>
    <message>
        <source>No document shown. Choose one in the list to review it.</source>
        <translation>Құжат көрсетілмеген. Тексеру үшін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · redactions: {saved}</source>
        <translation>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · жасырулар: {saved}</translation>
    </message>
    <message>
        <source>Redacted in every export anyway. Add them here to record the decision with its reason.</source>
        <translation>Кез келген экспортта бәрібір жасырылады. Шешімді себебімен жазу үшін осында қосыңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {named_times}{tagged}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {named_times}{tagged}</translation>
    </message>
    <message>
        <source>Add as {reason}</source>
        <translation>{reason} ретінде қосу</translation>
    </message>
</context>
<context>
    <name>RemediesDialog</name>
    <message>
        <source>Domestic remedies</source>
        <translation>Ішкі құқықтық қорғау құралдары</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Add the next step</source>
        <translation>Келесі кезеңді қосу</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Сот немесе өзге орган</translation>
    </message>
    <message>
        <source>document id</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Шешім &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Ruling:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Кезең &amp;қосу</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Жоға&amp;ры</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Іс:</translation>
    </message>
    <message>
        <source>A ruling is given by its document id.</source>
        <translation>Шешім құжат нөмірімен көрсетіледі.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Сақталмады: {0}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>cipher integrity (every page authenticates)</source>
        <translation>шифрлау тұтастығы (әр беттің түпнұсқалығы расталды)</translation>
    </message>
    <message>
        <source>database structure</source>
        <translation>дерекқор құрылымы</translation>
    </message>
    <message>
        <source>references between tables</source>
        <translation>кестелер арасындағы сілтемелер</translation>
    </message>
    <message>
        <source>audit chain intact ({n} entries)</source>
        <translation>журнал тізбегі бүтін (жазбалар: {n})</translation>
    </message>
    <message>
        <source>audit chain broken at entry {seq}</source>
        <translation>журнал тізбегі {seq}-жазбада бұзылған</translation>
    </message>
    <message>
        <source>{n} documents complete (sizes and pages)</source>
        <translation>бүтін құжаттар: {n} (өлшемдері мен беттері тексерілді)</translation>
    </message>
    <message>
        <source>{n} documents complete (bytes re-hashed)</source>
        <translation>бүтін құжаттар: {n} (байттары қайта хештелді)</translation>
    </message>
    <message>
        <source>document #{id}: stored bytes do not match its SHA-256</source>
        <translation>#{id} құжаты: сақталған байттар оның SHA-256 мәніне сәйкес келмейді</translation>
    </message>
    <message>
        <source>document #{id}: {stored} of {size} bytes stored</source>
        <translation>#{id} құжаты: {size} байт ішінен {stored} байт сақталған</translation>
    </message>
    <message>
        <source>document #{id}: {pages} of {expected} pages</source>
        <translation>#{id} құжаты: {expected} бет ішінен {pages} бет бар</translation>
    </message>
    <message>
        <source>database: damaged pages stop the check here; restore a backup</source>
        <translation>дерекқор: зақымдалған беттерге байланысты тексеру тоқтады; архивті сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>backup holds {copied} of {total} documents</source>
        <translation>сақтық көшірмеде {total} құжат ішінен {copied} құжат бар</translation>
    </message>
    <message>
        <source>dangling reference in {table} row {row}</source>
        <translation>иесіз сілтеме: {table} кестесі, {row}-жол</translation>
    </message>
    <message>
        <source>cipher: {detail}</source>
        <translation>шифрлау: {detail}</translation>
    </message>
    <message>
        <source>database: {detail}</source>
        <translation>дерекқор: {detail}</translation>
    </message>
    <message>
        <source>the archive has no search index yet</source>
        <translation>архивте әлі іздеу индексі жоқ</translation>
    </message>
    <message>
        <source>the search index is from an older version or incomplete</source>
        <translation>іздеу индексі бағдарламаның ескі нұсқасынан қалған немесе толық емес</translation>
    </message>
    <message>
        <source>search index is current</source>
        <translation>іздеу индексі өзекті</translation>
    </message>
    <message>
        <source>search index agrees with all {n} documents</source>
        <translation>іздеу индексі барлық {n} құжатпен сәйкес келеді</translation>
    </message>
    <message>
        <source>the search index disagrees with the documents ({missing} missing, {extra} extra)</source>
        <translation>іздеу индексі құжаттармен сәйкес емес ({missing} жетіспейді, {extra} артық)</translation>
    </message>
    <message>
        <source>the search index holds other text than {n} document(s) ({ids})</source>
        <translation>іздеу индексіндегі мәтін {n} құжаттың мәтінімен сәйкес емес ({ids})</translation>
    </message>
    <message>
        <source>the search index cannot be read ({kind})</source>
        <translation>іздеу индексін оқу мүмкін емес ({kind})</translation>
    </message>
    <message>
        <source>{problem} (rebuild it: Archive &gt; Rebuild search index)</source>
        <translation>{problem} (оны қайта құрыңыз: «Архив &gt; Іздеу индексін қайта құру»)</translation>
    </message>
    <message>
        <source>The copy failed its check: {problems}.</source>
        <translation>Көшірме тексеруден өтпеді: {problems}.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Жолды көшіру</translation>
    </message>
    <message>
        <source>Verification report (the bundle read back from disk)</source>
        <translation>Тексеру есебі (дискіден қайта оқылған топтама)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Open it from your file manager; the archive app does not start other programs.</source>
        <translation>Оны файл менеджерінен ашыңыз; архив басқа бағдарламаларды іске қоспайды.</translation>
    </message>
    <message>
        <source>✔ Bundle written and verified</source>
        <translation>✔ Пакет жазылды және тексерілді</translation>
    </message>
    <message>
        <source>✖ The bundle was written, but checking it again found problems</source>
        <translation>✖ Пакет жазылды, бірақ қайта тексеру ақаулар тапты</translation>
    </message>
    <message>
        <source>{code} ({meaning}): {count}</source>
        <translation>{code} ({meaning}): {count}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; document(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; құжат</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; page(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; бет</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Bates &lt;b&gt;{first}&lt;/b&gt; to &lt;b&gt;{last}&lt;/b&gt;.</source>
        <translation>Bates &lt;b&gt;{first}&lt;/b&gt; – &lt;b&gt;{last}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s): {reasons}.</source>
        <translation>
            <numerusform>%n жасыру: {reasons}.</numerusform>
            <numerusform>%n жасыру: {reasons}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No redactions.</source>
        <translation>Жасырулар жоқ.</translation>
    </message>
    <message>
        <source>PDFs protected with AES-256.</source>
        <translation>PDF файлдары AES-256 арқылы қорғалған.</translation>
    </message>
    <message>
        <source>Every file matches SHA256SUMS and MANIFEST.json (files: {files})</source>
        <translation>Әр файл SHA256SUMS және MANIFEST.json-ға сәйкес (файлдар: {files})</translation>
    </message>
    <message>
        <source>PDFs scrubbed: {pdfs} ({pages} pages with the cover): no metadata, XMP, attachments, JavaScript, forms, annotations or links</source>
        <translation>Тазартылған PDF: {pdfs} (мұқабамен бірге бет: {pages}): метадеректер, XMP, тіркемелер, JavaScript, формалар, аннотациялар мен сілтемелер жоқ</translation>
    </message>
    <message>
        <source>Bates numbers {first} to {last}: continuous, one on each document page ({pages})</source>
        <translation>Bates нөмірлері {first} – {last}: үзіліссіз, құжаттардың әр бетінде біреуден ({pages})</translation>
    </message>
    <message>
        <source>No redacted text found by pypdf, PDFium or a raw scan of every object (bundle-wide terms and values checked again: {terms}; each document&apos;s own redactions were checked before anything was written)</source>
        <translation>Жасырылған мәтінді pypdf те, PDFium да, әр объектіні шикі қарау да таппады (бүкіл топтаманың терминдері мен мәндері қайта тексерілді: {terms}; әр құжаттың өз жасырулары жазудан бұрын тексерілді)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>… %n more matching page(s)</source>
        <translation>
            <numerusform>… тағы %n сәйкес бет</numerusform>
            <numerusform>… тағы %n сәйкес бет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>OCR text</source>
        <translation>OCR мәтіні</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <source>p.{page}</source>
        <translation>{page}-б.</translation>
    </message>
    <message>
        <source>Open page {page}</source>
        <translation>{page}-бетті ашу</translation>
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
        <translation>Жасау, мөр басу және тексеру. Әр файл тексеруден өтпейінше ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Change the options</source>
        <translation>Параметрлерді өзгерту</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s) to {name}…</source>
        <translation>
            <numerusform>%n құжат {name} ішіне экспортталуда…</numerusform>
            <numerusform>%n құжат {name} ішіне экспортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <source>Stopping after the current page… Nothing will be written.</source>
        <translation>Ағымдағы беттен кейін тоқтайды… Ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Verifying every file: text from pypdf and PDFium, and a raw scan of every object…</source>
        <translation>Әр файл тексерілуде: pypdf пен PDFium мәтіні және әр нысанды тікелей қарау…</translation>
    </message>
    <message>
        <source>Rendering document #{id} ({n} of {total})</source>
        <translation>№{id} құжатты салу ({total} ішінен {n})</translation>
    </message>
    <message>
        <source>Rendering {current}</source>
        <translation>Салу: {current}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Экспорт болдырылмады. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Export stopped. Nothing was written.</source>
        <translation>Экспорт тоқтатылды. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Export stopped: redacted content found</source>
        <translation>Экспорт тоқтатылды: жасырылған мазмұн табылды</translation>
    </message>
    <message>
        <source>{text}

The verification found text that should have been removed, so nothing was written. Check that document&apos;s redactions on that page (the preview shows them), then export again.</source>
        <translation>{text}

Тексеру алынуы тиіс мәтінді тапты, сондықтан ештеңе жазылмады. Сол құжаттың сол беттегі жасыруларын тексеріп (алдын ала көріністе көрінеді), қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Экспорт тоқтатылды</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Save this search</source>
        <translation>Осы іздеуді сақтау</translation>
    </message>
    <message>
        <source>e.g. Seitkali detention 2019</source>
        <translation>мысалы, Сейтқали ұстау 2019</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Saved searches are kept in the archive, encrypted with it.</source>
        <translation>Сақталған іздеулер архивте, онымен бірге шифрланып сақталады.</translation>
    </message>
    <message>
        <source>A saved search is already called “{name}”.</source>
        <translation>«{name}» деген сақталған іздеу бар.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesButton</name>
    <message>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <source>Save this search, or run one saved in the archive</source>
        <translation>Осы іздеуді сақтау немесе архивте сақталғанын орындау</translation>
    </message>
    <message>
        <source>Save this search…</source>
        <translation>Осы іздеуді сақтау…</translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation>Әзірге сақталған іздеу жоқ</translation>
    </message>
    <message>
        <source>Manage saved searches…</source>
        <translation>Сақталған іздеулерді басқару…</translation>
    </message>
    <message>
        <source>Could not save the search</source>
        <translation>Іздеуді сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>ScanWarning</name>
    <message>
        <source>#{document} p.{page} ({confidence}%)</source>
        <translation>№{document} {page}-б. ({confidence}%)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) could not be read reliably: check them.</source>
        <translation>
            <numerusform>%n сканерленген бет сенімді оқылмады: оларды тексеріңіз.</numerusform>
            <numerusform>%n сканерленген бет сенімді оқылмады: оларды тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Words OCR misread are not found, so they are not redacted: look at these pages and box what is left by hand.</source>
        <translation>OCR қате оқыған сөздер табылмайды, сондықтан жасырылмайды: осы беттерді қарап, қалғанын қолмен жақтаумен жабыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) have not been read by OCR yet: names on them are not found or redacted automatically.</source>
        <translation>
            <numerusform>%n сканерленген бет әлі OCR арқылы оқылмады: ондағы аттар автоматты түрде табылмайды және жасырылмайды.</numerusform>
            <numerusform>%n сканерленген бет әлі OCR арқылы оқылмады: ондағы аттар автоматты түрде табылмайды және жасырылмайды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract (OCR) is not available on this computer, so scanned pages cannot be checked: the export cannot prove that nothing redacted is still readable on them.</source>
        <translation>Бұл компьютерде Tesseract (OCR) жоқ, сондықтан сканерленген беттерді тексеру мүмкін емес: экспорт оларда жасырылған ештеңе оқылмайтынын дәлелдей алмайды.</translation>
    </message>
    <message>
        <source>Install Tesseract with its Kazakh, Russian and English models (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng).</source>
        <translation>Tesseract бағдарламасын қазақ, орыс және ағылшын модельдерімен орнатыңыз (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-eng).</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search documents — names in any script, &quot;phrases&quot;, person:, article:, date: …</source>
        <translation>Құжаттардан іздеу — кез келген жазумен аттар, &quot;тіркестер&quot;, person:, article:, date: …</translation>
    </message>
    <message>
        <source>Search syntax and examples (F1)</source>
        <translation>Іздеу синтаксисі мен мысалдар (F1)</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Ең жақсы сәйкестік</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Алдымен ескілері</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы бойынша</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Қосылған күні бойынша</translation>
    </message>
    <message>
        <source>Newest and oldest go by the document&apos;s own date (undated documents last); date added is when it came into the archive</source>
        <translation>«Алдымен жаңалары» мен «Алдымен ескілері» құжаттың өз күні бойынша (күні жоқтар соңында); қосылған күні — оның архивке түскен уақыты</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сұрыптау:</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share a case</source>
        <translation>Істі беру</translation>
    </message>
    <message>
        <source>Writes the case&apos;s documents, with their texts, tags, persons, redaction marks and audit history, into a new encrypted package with a passphrase of its own. Give the passphrase to your colleague another way than the file.</source>
        <translation>Іс құжаттарын мәтіндерімен, белгілерімен, адамдарымен, жасыру белгілерімен және аудит тарихымен бірге өз құпия фразасы бар жаңа шифрланған бумаға жазады. Фразаны әріптесіңізге файлдан басқа жолмен беріңіз.</translation>
    </message>
    <message>
        <source>optional: only documents matching this search</source>
        <translation>міндетті емес: тек осы іздеуге сай құжаттар</translation>
    </message>
    <message>
        <source>Where to write the package</source>
        <translation>Буманы қайда жазу керек</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Т&amp;аңдау…</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>&amp;Package file:</source>
        <translation>Бума &amp;файлы:</translation>
    </message>
    <message>
        <source>Package &amp;passphrase:</source>
        <translation>Буманың &amp;құпия фразасы:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Фразаны &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Беру</translation>
    </message>
    <message>
        <source>This archive has no cases yet; add one under Registries &gt; Cases.</source>
        <translation>Бұл архивте әзірге іс жоқ; Тізілімдер &gt; Істер мәзірінде қосыңыз.</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Буманы жазу орны</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Буманы қайда жазатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>That file exists already; choose another name.</source>
        <translation>Мұндай файл бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Мұндай қалта жоқ.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The package needs a passphrase.</source>
        <translation>Бумаға құпия фраза керек.</translation>
    </message>
    <message>
        <source>Writing and checking the package…</source>
        <translation>Бума жазылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>Болдырылмады; бума жазылмады.</translation>
    </message>
    <message>
        <source>Package written and verified: {docs} documents, {persons} persons, {marks} redaction marks.</source>
        <translation>Бума жазылып, тексерілді: құжаттар {docs}, адамдар {persons}, жасыру белгілері {marks}.</translation>
    </message>
    <message>
        <source>No package was written: {error}</source>
        <translation>Бума жазылмады: {error}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Secure case archive</source>
        <translation>Қорғалған істер архиві</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file. Nothing is readable without the passphrase.</source>
        <translation>Бәрі бір шифрланған файлда сақталады. Құпия фразасыз ештеңе оқылмайды.</translation>
    </message>
    <message>
        <source>Remember recently opened archives</source>
        <translation>Жақында ашылған архивтерді есте сақтау</translation>
    </message>
    <message>
        <source>Keeps the paths of the archives you open on this computer, so they are listed here. Archive file names often name the case: untick to keep no list.</source>
        <translation>Ашқан архивтеріңіздің жолдарын осы компьютерде сақтайды, сонда олар осында көрсетіледі. Файл аттары жиі істі атайды: тізім жүргізбеу үшін белгіні алыңыз.</translation>
    </message>
    <message>
        <source>Forget this list</source>
        <translation>Бұл тізімді ұмыту</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Басқа архивті ашу…</translation>
    </message>
    <message>
        <source>Create a new archive…</source>
        <translation>Жаңа архив жасау…</translation>
    </message>
    <message>
        <source>No archive chosen</source>
        <translation>Архив таңдалмаған</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Осы компьютерде есте сақтау</translation>
    </message>
    <message>
        <source>Stored in the system keyring.</source>
        <translation>Жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>No secure system keyring (Secret Service, macOS Keychain or Windows Credential Locker) is available, so the passphrase is asked every time.</source>
        <translation>Қорғалған жүйелік кілттер қоймасы жоқ, сондықтан құпия фраза әр жолы сұралады.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Жүйелік кілттер қоймасы арқылы ашу</translation>
    </message>
    <message>
        <source>Recent archives</source>
        <translation>Соңғы архивтер</translation>
    </message>
    <message>
        <source>Archive: {path}</source>
        <translation>Архив: {path}</translation>
    </message>
    <message>
        <source>Demo archive built from the bundled sample documents. Its passphrase is:  &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Бірге берілген үлгі құжаттардан жасалған демо-архив. Оның құпия фразасы:  &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the passphrase remembered on this computer no longer opens this archive; it was forgotten: type the passphrase</source>
        <translation>осы компьютерде сақталған құпия фраза бұл архивті енді ашпайды; ол өшірілді: құпия фразаны енгізіңіз</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Әрекет тым көп: %n с кейін қайталаңыз.</numerusform>
            <numerusform>Әрекет тым көп: %n с кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock ({seconds} s)</source>
        <translation>Ашу ({seconds} с)</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Архивті ашу</translation>
    </message>
    <message>
        <source>Archives (*.archive);;All files (*)</source>
        <translation>Архивтер (*.archive);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>StatusOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>берік</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Бос құпия фразаға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Short ({length} characters). {minimum} or more, e.g. several words, is much harder to guess.</source>
        <translation>Қысқа (таңба саны: {length}). {minimum} не одан көп, мысалы бірнеше сөз, табу әлдеқайда қиын.</translation>
    </message>
    <message>
        <source>Repeated characters or a well-known password; choose words.</source>
        <translation>Қайталанған таңбалар немесе белгілі құпиясөз; сөздер таңдаңыз.</translation>
    </message>
    <message>
        <source>Long and varied. Avoid quotes and song lines: the meter cannot tell.</source>
        <translation>Ұзын әрі алуан түрлі. Дәйексөздер мен ән жолдарын қолданбаңыз: өлшегіш оларды ажырата алмайды.</translation>
    </message>
    <message>
        <source>Another word or two would make it strong.</source>
        <translation>Тағы бір-екі сөз оны берік етеді.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Құпия фразаның беріктігі</translation>
    </message>
    <message>
        <source>Strength: {label}. {hint}</source>
        <translation>Беріктігі: {label}. {hint}</translation>
    </message>
</context>
<context>
    <name>SubmissionLabels</name>
    <message>
        <source>Working Group on Arbitrary Detention</source>
        <translation>Ерікті түрде қамауға алу жөніндегі жұмыс тобы</translation>
    </message>
    <message>
        <source>Special Procedures (Special Rapporteurs)</source>
        <translation>Арнайы рәсімдер (арнайы баяндамашылар)</translation>
    </message>
    <message>
        <source>Human Rights Committee</source>
        <translation>Адам құқықтары жөніндегі комитет</translation>
    </message>
    <message>
        <source>WGAD</source>
        <translation>ЕҚЖТ</translation>
    </message>
    <message>
        <source>Special Procedures</source>
        <translation>Арнайы рәсімдер</translation>
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
        <translation>қадағалау тәртібіндегі шағым</translation>
    </message>
    <message>
        <source>prosecutor complaint</source>
        <translation>прокурорға шағым</translation>
    </message>
    <message>
        <source>investigative judge</source>
        <translation>тергеу судьясы</translation>
    </message>
    <message>
        <source>ombudsman</source>
        <translation>омбудсмен</translation>
    </message>
    <message>
        <source>constitutional court</source>
        <translation>Конституциялық сот</translation>
    </message>
    <message>
        <source>administrative complaint</source>
        <translation>әкімшілік шағым</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>қанағаттандырылмады</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>қанағаттандырылды</translation>
    </message>
    <message>
        <source>partly upheld</source>
        <translation>ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <source>not considered</source>
        <translation>қаралмады</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>пайдаланылмады</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>анықталады</translation>
    </message>
    <message>
        <source>, page {0}</source>
        <translation>, {0}-бет</translation>
    </message>
</context>
<context>
    <name>SubmissionWorkspace</name>
    <message>
        <source>Submission workspace</source>
        <translation>Өтініш жұмыс орны</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>No case yet: add one under Registries &gt; Cases, then come back.</source>
        <translation>Әзірге іс жоқ: Тізілімдер &gt; Істер мәзірінде іс қосып, осында оралыңыз.</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Фактілер</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Facts (%n)</source>
        <translation>
            <numerusform>&amp;Фактілер (%n)</numerusform>
            <numerusform>&amp;Фактілер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Domestic &amp;remedies</source>
        <translation>&amp;Ішкі құқықтық қорғау құралдары</translation>
    </message>
    <message numerus="yes">
        <source>Domestic &amp;remedies (%n)</source>
        <translation>
            <numerusform>&amp;Ішкі құқықтық қорғау құралдары (%n)</numerusform>
            <numerusform>&amp;Ішкі құқықтық қорғау құралдары (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Draft and checklist</source>
        <translation>&amp;Жоба және тексеру тізімі</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Draft and checklist (%n open)</source>
        <translation>
            <numerusform>&amp;Жоба және тексеру тізімі (%n ашық)</numerusform>
            <numerusform>&amp;Жоба және тексеру тізімі (%n ашық)</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;onsent per mechanism</source>
        <translation>&amp;Механизмдер бойынша келісім</translation>
    </message>
    <message>
        <source>checking what is missing…</source>
        <translation>не жетіспейтіні тексерілуде…</translation>
    </message>
    <message>
        <source>nothing missing that the archive can tell</source>
        <translation>архив білетін кемшілік жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to settle before sending</source>
        <translation>
            <numerusform>жіберу алдында %n тармақты шешу керек</numerusform>
            <numerusform>жіберу алдында %n тармақты шешу керек</numerusform>
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
            <numerusform>%n факт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s)</source>
        <translation>
            <numerusform>%n қорғау қадамы</numerusform>
            <numerusform>%n қорғау қадамы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionRefresher</name>
    <message>
        <source>Refreshing suggested tags…</source>
        <translation>Ұсынылған белгілер жаңартылуда…</translation>
    </message>
    <message>
        <source>Every document is read again for the persons and articles in the registry; what was refreshed is kept if you cancel.</source>
        <translation>Тізілімдегі адамдар мен баптар үшін әр құжат қайта оқылады; болдырмасаңыз жаңартылғаны сақталады.</translation>
    </message>
    <message>
        <source>Stopping the refresh of suggested tags…</source>
        <translation>Ұсынылған белгілерді жаңарту тоқтатылуда…</translation>
    </message>
    <message>
        <source>Refreshing suggested tags — documents: %1 of %2</source>
        <translation>Ұсынылған белгілер жаңартылуда — құжаттар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Refresh of suggested tags cancelled; what was refreshed is kept (documents: %1 of %2).</source>
        <translation>Ұсынылған белгілерді жаңарту болдырылмады; жаңартылғаны сақталды (құжаттар: %2 ішінен %1).</translation>
    </message>
    <message>
        <source>Suggested tags refreshed; new suggestions: %1.</source>
        <translation>Ұсынылған белгілер жаңартылды; жаңа ұсыныстар: %1.</translation>
    </message>
    <message>
        <source>Suggested tags refreshed: nothing new.</source>
        <translation>Ұсынылған белгілер жаңартылды: жаңа ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>SyntaxHelp</name>
    <message>
        <source>a name in any script: also finds Сейткали, Сейтқали</source>
        <translation>кез келген жазумен аты: Сейткали, Сейтқали да табылады</translation>
    </message>
    <message>
        <source>an exact phrase</source>
        <translation>дәл тіркес</translation>
    </message>
    <message>
        <source>both words (AND is the default)</source>
        <translation>екі сөз де (әдепкісі AND)</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>сөздердің бірі</translation>
    </message>
    <message>
        <source>leave out documents with a word</source>
        <translation>сөзі бар құжаттарды шығарып тастау</translation>
    </message>
    <message>
        <source>words starting with detent</source>
        <translation>detent деп басталатын сөздер</translation>
    </message>
    <message>
        <source>spelling mistakes forgiven</source>
        <translation>қате жазу кешіріледі</translation>
    </message>
    <message>
        <source>documents tagged with a person</source>
        <translation>адам белгісі бар құжаттар</translation>
    </message>
    <message>
        <source>documents tagged with an article</source>
        <translation>бап белгісі бар құжаттар</translation>
    </message>
    <message>
        <source>documents of a case</source>
        <translation>іс құжаттары</translation>
    </message>
    <message>
        <source>by document type and language</source>
        <translation>құжат түрі мен тілі бойынша</translation>
    </message>
    <message>
        <source>by document date</source>
        <translation>құжат күні бойынша</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search syntax&lt;/b&gt; — click an example to try it</source>
        <translation>&lt;b&gt;Іздеу синтаксисі&lt;/b&gt; — байқап көру үшін мысалды басыңыз</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Court material</source>
        <translation>Сот материалы</translation>
    </message>
    <message>
        <source>Diplomatic note</source>
        <translation>Дипломатиялық нота</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Медициналық құжат</translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translation>Куә айғағы</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Хат алмасу</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Ішкі пайдалану үшін</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Қатаң құпия</translation>
    </message>
    <message>
        <source>text extracted</source>
        <translation>мәтін алынды</translation>
    </message>
    <message>
        <source>password-protected PDF</source>
        <translation>құпиясөзді PDF</translation>
    </message>
    <message>
        <source>no text layer</source>
        <translation>мәтін қабаты жоқ</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Replace file</source>
        <translation>Файлды ауыстыру</translation>
    </message>
    <message>
        <source>{0} exists. Replace it?</source>
        <translation>{0} файлы бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Personal data of a victim or their family</source>
        <translation>Жәбірленушінің не отбасының жеке деректері</translation>
    </message>
    <message>
        <source>Personal data of a witness</source>
        <translation>Куәнің жеке деректері</translation>
    </message>
    <message>
        <source>Medical details</source>
        <translation>Медициналық мәліметтер</translation>
    </message>
    <message>
        <source>A confidential source</source>
        <translation>Құпия дереккөз</translation>
    </message>
    <message>
        <source>Legally privileged (lawyer-client)</source>
        <translation>Адвокаттық құпия (адвокат — клиент)</translation>
    </message>
    <message>
        <source>Would put someone&apos;s safety at risk</source>
        <translation>Біреудің қауіпсіздігіне қатер төндіреді</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Телефон нөмірлері</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Эл. пошта мекенжайлары</translation>
    </message>
    <message>
        <source>IIN (12 digits)</source>
        <translation>ЖСН (12 цифр)</translation>
    </message>
    <message>
        <source>ID and passport numbers</source>
        <translation>Куәлік пен паспорт нөмірлері</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Туған күндер</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>Page withheld</source>
        <translation>Бет алынып қойылды</translation>
    </message>
    <message>
        <source>every occurrence</source>
        <translation>барлық кездесулері</translation>
    </message>
    <message>
        <source>every name, alias and spelling</source>
        <translation>барлық есімдері, бүркеншік аттары және жазылулары</translation>
    </message>
    <message>
        <source>every match</source>
        <translation>барлық сәйкестіктер</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>{page}-бет</translation>
    </message>
    <message>
        <source>Whole page withheld</source>
        <translation>Бет толығымен алынып тасталды</translation>
    </message>
</context>
</TS>
