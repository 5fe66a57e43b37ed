"""archive_app layer: what an operation changed, for views to refresh (issue 13).

Every write of the archive is audited (``Archive.record``), so the audit action says
what kind of data changed: documents, tags, registry (persons, articles, cases),
consent, index, redactions, suggestions, facts, remedies, notes on documents, saved
searches. The few writes that are not
audited (suggestions recomputed by the recognisers, pages queued for OCR) note their
kinds themselves (``Archive.note_changes``). The database thread collects
the kinds a job wrote and hands them to a listener after the job (``ArchiveWorker``),
so a front end refreshes an open view at once: a renamed person, a changed consent.
Reads that are audited (a document opened, an export written) change nothing shown.
"""

from __future__ import annotations

DOCUMENTS, TAGS, REGISTRY, CONSENT, INDEX = "documents", "tags", "registry", "consent", "index"
REDACTIONS, SUGGESTIONS, FACTS, REMEDIES = "redactions", "suggestions", "facts", "remedies"
NOTES, SEARCHES = "notes", "searches"  # notes on documents, saved searches

# audit action, or its prefix up to the dot -> the kinds of data it changes
_BY_ACTION: dict[str, tuple[str, ...]] = {
    "document.import": (DOCUMENTS, INDEX, SUGGESTIONS),
    "document.delete": (DOCUMENTS, TAGS, INDEX, NOTES),
    "document.edit": (DOCUMENTS, INDEX),
    "document.ocr": (DOCUMENTS, INDEX, SUGGESTIONS),
    "document.ocr_correct": (DOCUMENTS, INDEX, SUGGESTIONS),
    "document.tag": (TAGS, SUGGESTIONS),
    "document.untag": (TAGS, SUGGESTIONS),
    "document.get": (),  # a document opened
    "document": (DOCUMENTS,),  # any other change of a document
    "person": (REGISTRY,),
    "article": (REGISTRY,),
    "case": (REGISTRY,),
    "consent": (CONSENT, REGISTRY),
    "index": (INDEX,),
    "redaction": (REDACTIONS,),
    "suggestion": (SUGGESTIONS,),
    "fact": (FACTS,),
    "remedy": (REMEDIES,),
    "note": (NOTES, INDEX),  # notes are searchable
    "saved_search": (SEARCHES,),
    "package.merge": (
        DOCUMENTS,
        TAGS,
        REGISTRY,
        CONSENT,
        INDEX,
        REDACTIONS,
        SUGGESTIONS,
        FACTS,
        REMEDIES,
        NOTES,
    ),
}


def kinds_of(action: str) -> tuple[str, ...]:
    """The kinds of data an audited action changes (none for reads and exports)."""
    if action in _BY_ACTION:
        return _BY_ACTION[action]
    return _BY_ACTION.get(action.split(".", 1)[0], ())
