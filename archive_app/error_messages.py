"""archive_app layer: what the core's errors mean, for a front end that speaks another
language than the core's English.

The core writes its messages in English, one line that follows "error:" on the command
line. ``explain`` names each kind the user meets with an English message template
(marked ``N_``: the CLI's gettext catalogue and the window's Qt catalogue hold it) and
its parameters: by the error's class when the class fixes the message (wrong passphrase,
archive in use, ...), else by the shape of its message (no document #7, a person named
'X' is already registered, ...). ``None``: an error to show as the core wrote it.
``explain_line`` and ``report_line`` do the same for the lines of an integrity check or
a backup report and the search index's status (``REPORT_LINES``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archive_app.errors import (
    ArchiveClosed,
    ArchiveDamaged,
    ArchiveError,
    ArchiveExists,
    ArchiveInUse,
    ArchiveNotFound,
    Cancelled,
    EmptyFile,
    OutputExists,
    SchemaTooNew,
    StorageFull,
    WrongPassphrase,
)
from storage.errors import TransactionLost


def N_(message: str) -> str:
    """Marks a template for the catalogues (archive_app.cli.catalogue, ui.error_texts)."""
    return message


DEFAULT_FULL = "the disk is full; nothing was written for this item"
FULL = N_("The disk is full; nothing was written for this item.")

# class -> (message, its parameters from the error); the most specific class first
BY_CLASS: tuple[
    tuple[type[ArchiveError], str, Callable[[ArchiveError], dict[str, object]]], ...
] = (
    (
        WrongPassphrase,
        N_("Wrong passphrase or damaged archive."),
        lambda e: {},
    ),
    (
        ArchiveDamaged,
        N_(
            "The archive is damaged: run Archive > Check integrity and restore it from a backup.",
        ),
        lambda e: {},
    ),
    (ArchiveClosed, N_("The archive is locked or closed."), lambda e: {}),
    (Cancelled, N_("Cancelled."), lambda e: {}),
    (
        TransactionLost,
        N_("The disk is full or failing; nothing of this batch was written."),
        lambda e: {},
    ),
    (EmptyFile, N_("The file is empty (0 bytes)."), lambda e: {}),
    (
        ArchiveNotFound,
        N_("There is no archive at {path}."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        ArchiveExists,
        N_("{path} already exists; it was not overwritten."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        ArchiveInUse,
        N_("The archive is open in another window or program: {path}."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        SchemaTooNew,
        N_(
            "The archive was written by a newer version of the app (schema {found}; this"
            " version knows {known}).",
        ),
        lambda e: {"found": getattr(e, "found", "?"), "known": getattr(e, "known", "?")},
    ),
    (
        OutputExists,
        N_("{path} already exists; choose another name."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
)

_Q = r"(?P<q>['\"])"  # Python's repr() quotes a name with ' (or " when it holds a ')
# the core's message (its whole text) -> the message in the interface language
BY_MESSAGE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"no document #(?P<id>\d+)", N_("No document #{id}.")),
        (r"no person #(?P<id>\d+)", N_("No person #{id}.")),
        (r"no case #(?P<id>\d+)", N_("No case #{id}.")),
        (
            rf"no person {_Q}(?P<name>.+)(?P=q) in the registry; .*",
            N_(
                "“{name}” is not in the persons registry; add them in Registries > Persons.",
            ),
        ),
        (
            rf"no case {_Q}(?P<name>.+)(?P=q); .*",
            N_("There is no case “{name}”; add it in Registries > Cases."),
        ),
        (
            rf"no article {_Q}(?P<name>.+)(?P=q) in the registry; .*",
            N_(
                "“{name}” is not in the articles registry; add it in Registries > Legal articles.",
            ),
        ),
        (
            rf"a person named {_Q}(?P<name>.+)(?P=q) is already registered",
            N_("A person named “{name}” is already registered."),
        ),
        (
            rf"a case named {_Q}(?P<name>.+)(?P=q) already exists",
            N_("A case named “{name}” already exists."),
        ),
        (
            rf"{_Q}(?P<name>.+)(?P=q) names several persons; use the id",
            N_("“{name}” names several persons; choose one from the list."),
        ),
        (
            r"(?P<name>\S.*) is already in the registry",
            N_("{name} is already in the registry."),
        ),
        ("a person needs a name", N_("A person needs a name.")),
        ("a case needs a name", N_("A case needs a name.")),
        ("a document needs a title", N_("A document needs a title.")),
        (
            rf"{_Q}(?P<name>.*)(?P=q) is not a date \(YYYY-MM-DD, YYYY-MM or YYYY\)",
            N_("“{name}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY."),
        ),
        (
            "the two passphrases differ; nothing was changed",
            N_("The two passphrases differ; nothing was changed."),
        ),
        (
            "an empty passphrase is not allowed",
            N_("An empty passphrase is not allowed."),
        ),
        (
            "that is the current passphrase; choose a new one",
            N_("That is the current passphrase; choose a new one."),
        ),
        (
            r"the file is (?P<size>\S+ [KMG]?B), over the import limit of (?P<limit>\S+ [KMG]?B)",
            N_("The file is {size}, over the import limit of {limit}."),
        ),
        ("not a file or not found", N_("Not a file, or not found.")),
        (
            r"password-protected PDF, which cannot be exported: (?P<ids>#\d+(?:, #\d+)*);"
            r" leave it out \(the archive keeps it as it came\)",
            N_(
                "Password-protected PDF, which cannot be exported: {ids}. Leave it out of the"
                " bundle (the archive keeps it as it came).",
            ),
        ),
        (
            "the file changed while it was being imported; try again",
            N_("The file changed while it was being imported; try again."),
        ),
    )
)


# why the importer did not take a file (an import summary's reason, not an exception)
IMPORT_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"the file is empty \(0 bytes\)", N_("The file is empty (0 bytes).")),
        (r"damaged or invalid PDF \((?P<detail>.*)\)", N_("Damaged or invalid PDF ({detail}).")),
        (r"damaged DOCX \((?P<detail>.*)\)", N_("Damaged Word document ({detail}).")),
        (
            r"not a Word document \(no word/document\.xml\)",
            N_("Not a Word document (no word/document.xml)."),
        ),
        (r"damaged Outlook message \((?P<detail>.*)\)", N_("Damaged Outlook message ({detail}).")),
        (
            r"unsupported file type \((?P<kind>.*)\)",
            N_("This kind of file is not imported ({kind})."),
        ),
        (r"cannot read the file: (?P<why>.*)", N_("The file cannot be read: {why}.")),
        (
            r"the text is longer than (?P<limit>[\d,]+) characters",
            N_("The text is longer than {limit} characters, the import limit."),
        ),
        (
            r"not a mailbox: no 'From ' line starts the \.mbox file",
            N_("Not a mailbox: no 'From ' line starts the .mbox file."),
        ),
        (
            r"not an e-mail: the \.eml file holds binary data of an unknown kind",
            N_("Not an e-mail: the .eml file holds binary data of an unknown kind."),
        ),
        (
            r"the PDF reader gave an answer that makes no sense; file refused",
            N_("The PDF reader gave an answer that makes no sense; the file was refused."),
        ),
        (
            r"reading the PDF took longer than (?P<seconds>\S+) s; stopped",
            N_("Reading the PDF took longer than {seconds} s; stopped."),
        ),
    )
)
KEPT_INSIDE = re.compile(r"(?P<reason>.+) \(kept inside the stored e-mail\)")
KEPT_INSIDE_TEXT = N_("{reason} (kept inside the stored e-mail)")


def explain_reason(message: str) -> tuple[str, dict[str, object]] | None:
    """(English template, its parameters) for an importer's reason listed here (a part of
    an e-mail: the part's reason inside ``KEPT_INSIDE_TEXT``), else None."""
    message = message.strip()
    for pattern, text in (*IMPORT_REASONS, *BY_MESSAGE):
        found = pattern.fullmatch(message)
        if found is not None:
            return text, {k: v for k, v in found.groupdict().items() if k != "q"}
    return None


# the lines of an integrity check and a backup report (storage.maintenance, the audit
# chain, the search index's status): the core's own words, values as placeholders
REPORT_LINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (
            r"cipher integrity \(every page authenticates\)",
            N_("cipher integrity (every page authenticates)"),
        ),
        ("database structure", N_("database structure")),
        ("references between tables", N_("references between tables")),
        (r"audit chain intact \((?P<n>\d+) entries\)", N_("audit chain intact ({n} entries)")),
        (r"audit chain broken at entry (?P<seq>\S+)", N_("audit chain broken at entry {seq}")),
        (
            r"(?P<n>\d+) documents complete \(sizes and pages\)",
            N_("{n} documents complete (sizes and pages)"),
        ),
        (
            r"(?P<n>\d+) documents complete \(bytes re-hashed\)",
            N_("{n} documents complete (bytes re-hashed)"),
        ),
        (
            r"document #(?P<id>\d+): stored bytes do not match its SHA-256",
            N_("document #{id}: stored bytes do not match its SHA-256"),
        ),
        (
            r"document #(?P<id>\d+): (?P<stored>\d+) of (?P<size>\d+) bytes stored",
            N_("document #{id}: {stored} of {size} bytes stored"),
        ),
        (
            r"document #(?P<id>\d+): (?P<pages>\d+) of (?P<expected>\d+) pages",
            N_("document #{id}: {pages} of {expected} pages"),
        ),
        (
            "database: damaged pages stop the check here; restore a backup",
            N_("database: damaged pages stop the check here; restore a backup"),
        ),
        (
            r"backup holds (?P<copied>\d+) of (?P<total>\d+) documents",
            N_("backup holds {copied} of {total} documents"),
        ),
        (
            r"dangling reference in (?P<table>\S+) row (?P<row>\S+)",
            N_("dangling reference in {table} row {row}"),
        ),
        (r"cipher: (?P<detail>.+)", N_("cipher: {detail}")),  # SQLCipher's own words
        (r"database: (?P<detail>.+)", N_("database: {detail}")),  # SQLite's own words
        ("the archive has no search index yet", N_("the archive has no search index yet")),
        (
            "the search index is from an older version or incomplete",
            N_("the search index is from an older version or incomplete"),
        ),
        ("search index is current", N_("search index is current")),
        (
            r"search index agrees with all (?P<n>\d+) documents",
            N_("search index agrees with all {n} documents"),
        ),
        (
            r"the search index disagrees with the documents"
            r" \((?P<missing>\d+) missing, (?P<extra>\d+) extra\)",
            N_("the search index disagrees with the documents ({missing} missing, {extra} extra)"),
        ),
        (
            r"the search index holds other text than (?P<n>\d+) document\(s\) \((?P<ids>.+)\)",
            N_("the search index holds other text than {n} document(s) ({ids})"),
        ),
        (
            r"the search index cannot be read \((?P<kind>\w+)\)",
            N_("the search index cannot be read ({kind})"),
        ),
    )
)
REINDEX_ADVICE = re.compile(r"(?P<problem>.+) \(run 'reindex'\)")  # archive_app.maintenance
REINDEX_ADVICE_TEXT = N_("{problem} (run 'reindex')")
REINDEX_ADVICE_WINDOW = N_("{problem} (rebuild it: Archive > Rebuild search index)")
BACKUP_FAILED = re.compile(r"backup failed its check: (?P<problems>.+)")  # storage.maintenance
BACKUP_FAILED_TEXT = N_("The copy failed its check: {problems}.")


def explain_line(line: str) -> tuple[str, dict[str, object]] | None:
    """(English template, its parameters) for a report line listed here, else None."""
    line = line.strip()
    for pattern, text in REPORT_LINES:
        found = pattern.fullmatch(line)
        if found is not None:
            return text, dict(found.groupdict())
    return None


def report_line(line: str, translate: Callable[[str], str], *, cli: bool = False) -> str:
    """``line`` of a report (or an index status) in a front end's language: ``translate``
    turns an English template into it. A line not listed here stays as the core wrote it;
    ``cli``: the advice to rebuild the index in the command line's words."""
    advice = REINDEX_ADVICE.fullmatch(line.strip())
    if advice is not None:
        problem = report_line(advice.group("problem"), translate, cli=cli)
        return translate(REINDEX_ADVICE_TEXT if cli else REINDEX_ADVICE_WINDOW).format(
            problem=problem
        )
    known = explain_line(line)
    if known is None:
        return line
    template, parameters = known
    return translate(template).format(**parameters)


def report_error(message: str, translate: Callable[[str], str], *, cli: bool = False) -> str | None:
    """An error made of report lines in a front end's language: a backup that failed its
    check (each problem a line of the report), a search index problem with the advice to
    rebuild it. None: not such an error."""
    message = message.strip()
    failed = BACKUP_FAILED.fullmatch(message)
    if failed is not None:
        problems = "; ".join(
            report_line(problem, translate, cli=cli)
            for problem in failed.group("problems").split("; ")
        )
        return translate(BACKUP_FAILED_TEXT).format(problems=problems)
    if REINDEX_ADVICE.fullmatch(message) is not None:
        return report_line(message, translate, cli=cli)
    return None


def report_templates() -> list[str]:
    """Every template ``report_line`` and ``report_error`` can translate in the window."""
    return [text for _, text in REPORT_LINES] + [REINDEX_ADVICE_WINDOW, BACKUP_FAILED_TEXT]


# the window's wording -> the command line's, where the window names its menus
CLI_WORDING = {
    "The archive is damaged: run Archive > Check integrity and restore it from a backup.": N_(
        "The archive is damaged: run 'archive-app check' and restore it from a backup."
    ),
    "{path} already exists; choose another name.": N_(
        "{path} already exists; choose another name or pass --force."
    ),
    "“{name}” is not in the persons registry; add them in Registries > Persons.": N_(
        "“{name}” is not in the persons registry; add them with 'person add'."
    ),
    "There is no case “{name}”; add it in Registries > Cases.": N_(
        "There is no case “{name}”; add it with 'case add'."
    ),
    "“{name}” is not in the articles registry; add it in Registries > Legal articles.": N_(
        "“{name}” is not in the articles registry; add it with 'article add'."
    ),
    "“{name}” names several persons; choose one from the list.": N_(
        "“{name}” names several persons; use the id."
    ),
}


def explain(error: BaseException, *, cli: bool = False) -> tuple[str, dict[str, object]] | None:
    """(English template, its parameters) for a kind of error listed here, else None;
    ``cli``: in the command line's words."""
    found = _explain(error)
    if found is not None and cli:
        return CLI_WORDING.get(found[0], found[0]), found[1]
    return found


def _explain(error: BaseException) -> tuple[str, dict[str, object]] | None:
    if not isinstance(error, ArchiveError):
        return None
    message = str(error).strip()
    for kind, text, parameters in BY_CLASS:
        if isinstance(error, kind):
            return text, parameters(error)
    if isinstance(error, StorageFull) and message == DEFAULT_FULL:
        return FULL, {}
    for pattern, text in BY_MESSAGE:
        found = pattern.fullmatch(message)
        if found is not None:
            return text, {k: v for k, v in found.groupdict().items() if k != "q"}
    return None


def templates() -> list[str]:
    """Every template ``explain`` can return in the window."""
    every = (
        [text for _, text, _ in BY_CLASS]
        + [FULL]
        + [text for _, text in BY_MESSAGE]
        + [text for _, text in IMPORT_REASONS]
        + [KEPT_INSIDE_TEXT]
    )
    return list(dict.fromkeys(every))  # once each (an empty file: exception and reason)
