<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveView</name>
    <message numerus="yes">
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the archive</source>
        <translation>
            <numerusform>%n document in the archive</numerusform>
            <numerusform>%n documents in the archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n page(s) · {status}</source>
        <translation>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n page · {status}</numerusform>
            <numerusform>&lt;b&gt;#{id}&lt;/b&gt; · {filename} · %n pages · {status}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <source>&amp;Delete %n document(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n document…</numerusform>
            <numerusform>&amp;Delete %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n documents from the archive?</source>
        <translation>
            <numerusform>Delete this document from the archive?</numerusform>
            <numerusform>Delete these %n documents from the archive?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s).</source>
        <translation>
            <numerusform>Deleted %n document.</numerusform>
            <numerusform>Deleted %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be exported (a password-protected PDF, in red): select it and Remove it.</source>
        <translation>
            <numerusform>%n of them cannot be exported (a password-protected PDF, in red): select it and Remove it.</numerusform>
            <numerusform>%n of them cannot be exported (password-protected PDFs, in red): select them and Remove them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n folder(s) and file(s)</source>
        <translation>
            <numerusform>Import %n folder</numerusform>
            <numerusform>Import %n folders and files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%v of %m file(s)</source>
        <translation>
            <numerusform>%v of %m file</numerusform>
            <numerusform>%v of %m files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Import cancelled: %n file not imported.</numerusform>
            <numerusform>Import cancelled: %n files not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported,</source>
        <translation>
            <numerusform>%n imported,</numerusform>
            <numerusform>%n imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s),</source>
        <translation>
            <numerusform>%n duplicate,</numerusform>
            <numerusform>%n duplicates,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheckDialog</name>
    <message numerus="yes">
        <source>The archive is healthy: all %n checks passed.</source>
        <translation>
            <numerusform>The archive is healthy: the %n check passed.</numerusform>
            <numerusform>The archive is healthy: all %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; see the list below.</source>
        <translation>
            <numerusform>%n problem found; see the list below.</numerusform>
            <numerusform>%n problems found; see the list below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePackageDialog</name>
    <message numerus="yes">
        <source>%n new fact(s)</source>
        <translation>
            <numerusform>%n new fact</numerusform>
            <numerusform>%n new facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) completed</source>
        <translation>
            <numerusform>%n fact completed</numerusform>
            <numerusform>%n facts completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new remedy step(s)</source>
        <translation>
            <numerusform>%n new remedy step</numerusform>
            <numerusform>%n new remedy steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s) completed</source>
        <translation>
            <numerusform>%n remedy step completed</numerusform>
            <numerusform>%n remedy steps completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent answer(s), new or stricter</source>
        <translation>
            <numerusform>%n consent answer, new or stricter</numerusform>
            <numerusform>%n consent answers, new or stricter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person detail(s)</source>
        <translation>
            <numerusform>%n person detail</numerusform>
            <numerusform>%n person details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) of detention</source>
        <translation>
            <numerusform>%n place of detention</numerusform>
            <numerusform>%n places of detention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrRunner</name>
    <message numerus="yes">
        <source>%n scanned page(s) cannot be read: </source>
        <translation>
            <numerusform>%n scanned page cannot be read: </numerusform>
            <numerusform>%n scanned pages cannot be read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR: %1 of %n page(s)</source>
        <translation>
            <numerusform>OCR: %1 of %n page</numerusform>
            <numerusform>OCR: %1 of %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR stopped; %n page(s) read, the rest wait for the next opening.</source>
        <translation>
            <numerusform>OCR stopped; %n page read, the rest wait for the next opening.</numerusform>
            <numerusform>OCR stopped; %n pages read, the rest wait for the next opening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCR finished: %n page(s) read.</source>
        <translation>
            <numerusform>OCR finished: %n page read.</numerusform>
            <numerusform>OCR finished: %n pages read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read.</source>
        <translation>
            <numerusform>%n page could not be read.</numerusform>
            <numerusform>%n pages could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were hard to read: check them.</source>
        <translation>
            <numerusform>%n page was hard to read: check it.</numerusform>
            <numerusform>%n pages were hard to read: check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Rendering the preview of %n page(s)…</source>
        <translation>
            <numerusform>Rendering the preview of %n page…</numerusform>
            <numerusform>Rendering the preview of %n pages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message numerus="yes">
        <source>%n box(es) on this page.</source>
        <translation>
            <numerusform>%n box on this page.</numerusform>
            <numerusform>%n boxes on this page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) found on this scan (dashed): drag one to move or resize it; what was found stays covered all the same.</source>
        <translation>
            <numerusform>%n box found on this scan (dashed): drag it to move or resize it; what was found stays covered all the same.</numerusform>
            <numerusform>%n boxes found on this scan (dashed): drag one to move or resize it; what was found stays covered all the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; document(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; document</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; page(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; page</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redaction(s): {reasons}.</source>
        <translation>
            <numerusform>%n redaction: {reasons}.</numerusform>
            <numerusform>%n redactions: {reasons}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>… %n more matching page(s)</source>
        <translation>
            <numerusform>… %n more matching page</numerusform>
            <numerusform>… %n more matching pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Exporting %n document(s) to {name}…</source>
        <translation>
            <numerusform>Exporting %n document to {name}…</numerusform>
            <numerusform>Exporting %n documents to {name}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanWarning</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) could not be read reliably: check them.</source>
        <translation>
            <numerusform>%n scanned page could not be read reliably: check it.</numerusform>
            <numerusform>%n scanned pages could not be read reliably: check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) have not been read by OCR yet: names on them are not found or redacted automatically.</source>
        <translation>
            <numerusform>%n scanned page has not been read by OCR yet: names on it are not found or redacted automatically.</numerusform>
            <numerusform>%n scanned pages have not been read by OCR yet: names on them are not found or redacted automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionWorkspace</name>
    <message numerus="yes">
        <source>&amp;Facts (%n)</source>
        <translation>
            <numerusform>&amp;Facts (%n)</numerusform>
            <numerusform>&amp;Facts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domestic &amp;remedies (%n)</source>
        <translation>
            <numerusform>Domestic &amp;remedies (%n)</numerusform>
            <numerusform>Domestic &amp;remedies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Draft and checklist (%n open)</source>
        <translation>
            <numerusform>&amp;Draft and checklist (%n open)</numerusform>
            <numerusform>&amp;Draft and checklist (%n open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to settle before sending</source>
        <translation>
            <numerusform>%n point to settle before sending</numerusform>
            <numerusform>%n points to settle before sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remedy step(s)</source>
        <translation>
            <numerusform>%n remedy step</numerusform>
            <numerusform>%n remedy steps</numerusform>
        </translation>
    </message>
</context>
</TS>
