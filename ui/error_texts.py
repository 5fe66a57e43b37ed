"""ui layer: the core's error messages in the interface language.

``archive_app.error_messages`` says which kind of error the core raised (an English
template and its parameters); this module translates the template with Qt. Every
template is listed here for lupdate (``TEMPLATES``; a test keeps the two lists equal).
An error not listed there is shown as the core wrote it, in English. The lines of an
integrity check or a backup report and the search index's status are translated the
same way (``REPORT_TEMPLATES``, context "Reports"); in English they read as the core
wrote them."""

from __future__ import annotations

from archive_app.error_messages import (
    KEPT_INSIDE,
    KEPT_INSIDE_TEXT,
    explain,
    explain_reason,
    report_error,
    report_line,
)
from ui.labels import QT_TRANSLATE_NOOP, translated

CONTEXT = "Errors"
TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was written for this item."),
    QT_TRANSLATE_NOOP("Errors", "Wrong passphrase or damaged archive."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The archive is damaged: run Archive > Check integrity and restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The archive is locked or closed."),
    QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    QT_TRANSLATE_NOOP("Errors", "The disk is full or failing; nothing of this batch was written."),
    QT_TRANSLATE_NOOP("Errors", "The file is empty (0 bytes)."),
    QT_TRANSLATE_NOOP("Errors", "There is no archive at {path}."),
    QT_TRANSLATE_NOOP("Errors", "{path} already exists; it was not overwritten."),
    QT_TRANSLATE_NOOP("Errors", "The archive is open in another window or program: {path}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The archive was written by a newer version of the app (schema {found}; this"
        " version knows {known}).",
    ),
    QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name."),
    QT_TRANSLATE_NOOP("Errors", "No document #{id}."),
    QT_TRANSLATE_NOOP("Errors", "No person #{id}."),
    QT_TRANSLATE_NOOP("Errors", "No case #{id}."),
    QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is not in the persons registry; add them in Registries > Persons."
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no case “{name}”; add it in Registries > Cases."),
    QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is not in the articles registry; add it in Registries > Legal articles."
    ),
    QT_TRANSLATE_NOOP("Errors", "A person named “{name}” is already registered."),
    QT_TRANSLATE_NOOP("Errors", "A case named “{name}” already exists."),
    QT_TRANSLATE_NOOP("Errors", "“{name}” names several persons; choose one from the list."),
    QT_TRANSLATE_NOOP("Errors", "{name} is already in the registry."),
    QT_TRANSLATE_NOOP("Errors", "A person needs a name."),
    QT_TRANSLATE_NOOP("Errors", "A case needs a name."),
    QT_TRANSLATE_NOOP("Errors", "A document needs a title."),
    QT_TRANSLATE_NOOP("Errors", "“{name}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY."),
    QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was changed."),
    QT_TRANSLATE_NOOP("Errors", "An empty passphrase is not allowed."),
    QT_TRANSLATE_NOOP("Errors", "That is the current passphrase; choose a new one."),
    QT_TRANSLATE_NOOP("Errors", "The file is {size}, over the import limit of {limit}."),
    QT_TRANSLATE_NOOP("Errors", "Not a file, or not found."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Password-protected PDF, which cannot be exported: {ids}. Leave it out of the"
        " bundle (the archive keeps it as it came).",
    ),
    QT_TRANSLATE_NOOP("Errors", "The file changed while it was being imported; try again."),
    QT_TRANSLATE_NOOP("Errors", "Damaged or invalid PDF ({detail})."),
    QT_TRANSLATE_NOOP("Errors", "Damaged Word document ({detail})."),
    QT_TRANSLATE_NOOP("Errors", "Not a Word document (no word/document.xml)."),
    QT_TRANSLATE_NOOP("Errors", "Damaged Outlook message ({detail})."),
    QT_TRANSLATE_NOOP("Errors", "This kind of file is not imported ({kind})."),
    QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {why}."),
    QT_TRANSLATE_NOOP("Errors", "The text is longer than {limit} characters, the import limit."),
    QT_TRANSLATE_NOOP("Errors", "Not a mailbox: no 'From ' line starts the .mbox file."),
    QT_TRANSLATE_NOOP(
        "Errors", "Not an e-mail: the .eml file holds binary data of an unknown kind."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The PDF reader gave an answer that makes no sense; the file was refused."
    ),
    QT_TRANSLATE_NOOP("Errors", "Reading the PDF took longer than {seconds} s; stopped."),
    QT_TRANSLATE_NOOP("Errors", "{reason} (kept inside the stored e-mail)"),
)

REPORTS = "Reports"
REPORT_TEMPLATES = (
    QT_TRANSLATE_NOOP("Reports", "cipher integrity (every page authenticates)"),
    QT_TRANSLATE_NOOP("Reports", "database structure"),
    QT_TRANSLATE_NOOP("Reports", "references between tables"),
    QT_TRANSLATE_NOOP("Reports", "audit chain intact ({n} entries)"),
    QT_TRANSLATE_NOOP("Reports", "audit chain broken at entry {seq}"),
    QT_TRANSLATE_NOOP("Reports", "{n} documents complete (sizes and pages)"),
    QT_TRANSLATE_NOOP("Reports", "{n} documents complete (bytes re-hashed)"),
    QT_TRANSLATE_NOOP("Reports", "document #{id}: stored bytes do not match its SHA-256"),
    QT_TRANSLATE_NOOP("Reports", "document #{id}: {stored} of {size} bytes stored"),
    QT_TRANSLATE_NOOP("Reports", "document #{id}: {pages} of {expected} pages"),
    QT_TRANSLATE_NOOP("Reports", "database: damaged pages stop the check here; restore a backup"),
    QT_TRANSLATE_NOOP("Reports", "backup holds {copied} of {total} documents"),
    QT_TRANSLATE_NOOP("Reports", "dangling reference in {table} row {row}"),
    QT_TRANSLATE_NOOP("Reports", "cipher: {detail}"),
    QT_TRANSLATE_NOOP("Reports", "database: {detail}"),
    QT_TRANSLATE_NOOP("Reports", "the archive has no search index yet"),
    QT_TRANSLATE_NOOP("Reports", "the search index is from an older version or incomplete"),
    QT_TRANSLATE_NOOP("Reports", "search index is current"),
    QT_TRANSLATE_NOOP("Reports", "search index agrees with all {n} documents"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "the search index disagrees with the documents ({missing} missing, {extra} extra)",
    ),
    QT_TRANSLATE_NOOP("Reports", "the search index holds other text than {n} document(s) ({ids})"),
    QT_TRANSLATE_NOOP("Reports", "the search index cannot be read ({kind})"),
    QT_TRANSLATE_NOOP("Reports", "{problem} (rebuild it: Archive > Rebuild search index)"),
    QT_TRANSLATE_NOOP("Reports", "The copy failed its check: {problems}."),
)


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``, in the interface language when it is a kind
    the core's list knows; otherwise the core's own (English) message."""
    known = explain(error)
    if known is None:
        made_of_lines = report_error(str(error), lambda t: translated(REPORTS, t))
        return str(error).strip() if made_of_lines is None else made_of_lines
    template, parameters = known
    return translated(CONTEXT, template).format(**parameters)


def reason_text(message: str) -> str:
    """Why the importer did not take a file, in the interface language when the core's
    list knows the reason; otherwise as the core wrote it."""
    inside = KEPT_INSIDE.fullmatch(message.strip())
    if inside is not None:
        return translated(CONTEXT, KEPT_INSIDE_TEXT).format(
            reason=reason_text(inside.group("reason"))
        )
    known = explain_reason(message)
    if known is None:
        return message
    template, parameters = known
    return translated(CONTEXT, template).format(**parameters)


def line_text(line: str) -> str:
    """A line of an integrity check or backup report, or the search index's status, in
    the interface language when the core's list knows it; otherwise as the core wrote it."""
    return report_line(line, lambda template: translated(REPORTS, template))
