"""storage layer: the tables of schema version 1 and those added by later migrations."""

from __future__ import annotations

DOCUMENT_TYPES = (
    "court-material",
    "diplomatic-note",
    "medical-record",
    "witness-statement",
    "correspondence",
    "submission",
    "media",
    "other",
)
CONFIDENTIALITY_LEVELS = ("public", "internal", "confidential", "strictly-confidential")
DOCUMENT_STATUSES = ("ok", "no-text-layer", "encrypted-pdf")
CONSENT_VALUES = ("unknown", "yes", "no")
LINK_SOURCES = ("manual", "import", "suggested")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


SCHEMA_V1 = f"""
CREATE TABLE instruments (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE legal_articles (
    id INTEGER PRIMARY KEY,
    citation TEXT NOT NULL UNIQUE,
    instrument TEXT NOT NULL REFERENCES instruments(code),
    article TEXT NOT NULL,
    part TEXT,
    title TEXT NOT NULL DEFAULT '',
    user_defined INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    reference TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    consent TEXT NOT NULL DEFAULT 'unknown' CHECK (consent IN {_in(CONSENT_VALUES)}),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (person_id, alias)
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    doc_type TEXT NOT NULL DEFAULT 'other' CHECK (doc_type IN {_in(DOCUMENT_TYPES)}),
    language TEXT,
    doc_date TEXT,
    source TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT 'confidential'
        CHECK (confidentiality IN {_in(CONFIDENTIALITY_LEVELS)}),
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    page_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN {_in(DOCUMENT_STATUSES)}),
    parent_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
CREATE INDEX documents_parent ON documents(parent_id);
CREATE INDEX documents_date ON documents(doc_date);

-- original bytes, streamed in fixed-size chunks
CREATE TABLE document_chunks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (document_id, seq)
);

CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (document_id, page_no)
);

CREATE TABLE document_persons (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN {_in(LINK_SOURCES)}),
    PRIMARY KEY (document_id, person_id)
);
CREATE INDEX document_persons_person ON document_persons(person_id);

CREATE TABLE document_articles (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES legal_articles(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN {_in(LINK_SOURCES)}),
    PRIMARY KEY (document_id, article_id)
);
CREATE INDEX document_articles_article ON document_articles(article_id);

CREATE TABLE document_cases (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN {_in(LINK_SOURCES)}),
    PRIMARY KEY (document_id, case_id)
);
CREATE INDEX document_cases_case ON document_cases(case_id);

-- append-only, hash-chained
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{{}}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
"""

# Version 4: the full-text index lives in the archive too (one row per Whoosh file).
SCHEMA_V4_INDEX = """
CREATE TABLE index_files (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    data BLOB NOT NULL,
    modified REAL NOT NULL
);
CREATE TABLE index_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

SUGGESTION_KINDS = ("person", "article")
SUGGESTION_STATES = ("pending", "accepted", "rejected")

# Version 5: tag suggestions with their evidence; a rejection is remembered.
SCHEMA_V5_SUGGESTIONS = f"""
CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN {_in(SUGGESTION_KINDS)}),
    target_id INTEGER NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN {_in(SUGGESTION_STATES)}),
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (document_id, kind, target_id)
);
CREATE INDEX suggestions_document ON suggestions(document_id, state);
"""

REDACTION_REASONS = (
    "PII-VICTIM",
    "PII-WITNESS",
    "MEDICAL",
    "SOURCE-CONF",
    "PRIVILEGED",
    "SECURITY",
)
REDACTION_KINDS = ("term", "person", "pattern", "rect", "page")

# Version 6: redactions saved per document, so a review can be resumed before export.
# term: value is the text; person: person_id (every alias at export time); pattern: value is
# phone|email|iin|id|dob; rect: page_no and x0..y1 as fractions of the displayed page (origin
# top left); page: page_no withheld whole.
SCHEMA_V6_REDACTIONS = f"""
CREATE TABLE redactions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN {_in(REDACTION_KINDS)}),
    value TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE,
    page_no INTEGER,
    x0 REAL,
    y0 REAL,
    x1 REAL,
    y1 REAL,
    reason TEXT NOT NULL CHECK (reason IN {_in(REDACTION_REASONS)}),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX redactions_document ON redactions(document_id);
"""

# Version 7: one file attached to several e-mails is stored once (by hash) and linked from
# every e-mail it came with; ``documents.parent_id`` keeps the first place it was found.
SCHEMA_V7_ATTACHMENT_LINKS = """
CREATE TABLE attachment_links (
    parent_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    filename TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX attachment_links_child ON attachment_links(child_id);
"""

# Version 8: case packages (issue 16). An archive knows its own identity (``archive_meta``:
# uid, name); a person keeps a lineage id that travels with packages; a document keeps
# where it was first imported (its origin) and the package it last arrived in; the values
# last agreed with other archives (``sync_bases``) let a merge tell a one-sided edit from
# a field edited on both sides.
SCHEMA_V8_PACKAGES = """
CREATE TABLE archive_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO archive_meta(key, value) VALUES ('uid', lower(hex(randomblob(16))));
ALTER TABLE persons ADD COLUMN uid TEXT;
UPDATE persons SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX persons_uid ON persons(uid);
CREATE TRIGGER persons_uid_default AFTER INSERT ON persons WHEN NEW.uid IS NULL
BEGIN
    UPDATE persons SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TABLE document_origins (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    archive_uid TEXT NOT NULL,
    archive_name TEXT NOT NULL DEFAULT '',
    first_imported_at TEXT NOT NULL,
    arrived_via TEXT NOT NULL DEFAULT '',
    arrived_at TEXT
);
INSERT INTO document_origins(document_id, archive_uid, first_imported_at)
SELECT d.id, m.value, d.imported_at FROM documents d, archive_meta m WHERE m.key = 'uid';
CREATE TRIGGER documents_origin_default AFTER INSERT ON documents
BEGIN
    INSERT OR IGNORE INTO document_origins(document_id, archive_uid, archive_name,
                                           first_imported_at)
    SELECT NEW.id, u.value, coalesce(n.value, ''), NEW.imported_at
    FROM archive_meta u LEFT JOIN archive_meta n ON n.key = 'name' WHERE u.key = 'uid';
END;
CREATE TABLE sync_bases (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
"""

OCR_STATES = ("queued", "failed")

# Version 9: OCR of scans. ``ocr_queue`` holds the pages still to read (a page leaves it
# in the same transaction that stores what was read, so a killed run resumes exactly);
# ``ocr_pages`` keeps what was read: the text and its words with boxes (JSON rows
# ``[text, x0, y0, x1, y1, confidence, line]``, fractions of the displayed page).
SCHEMA_V9_OCR = f"""
CREATE TABLE ocr_queue (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN {_in(OCR_STATES)}),
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    queued_at TEXT NOT NULL,
    PRIMARY KEY (document_id, page_no)
) WITHOUT ROWID;
CREATE TABLE ocr_pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    words TEXT NOT NULL DEFAULT '[]',
    confidence REAL NOT NULL,
    languages TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (document_id, page_no)
) WITHOUT ROWID;
"""

# Version 11: OCR text corrected by hand, kept next to what the machine read (NULL: none);
# the correction is what the page text, search and export use.
SCHEMA_V11_OCR_CORRECTIONS = """
ALTER TABLE ocr_pages ADD COLUMN corrected TEXT;
ALTER TABLE ocr_pages ADD COLUMN corrected_at TEXT;
"""

# Version 12: a lawyer's working notes kept in the archive (issue 14): saved searches (a
# name, the query and its sort; the session's history is wiped on lock, these are not) and
# notes on a document (author, dates, text), deleted with their document.
SCHEMA_V12_NOTES = """
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    query TEXT NOT NULL,
    sort TEXT NOT NULL DEFAULT 'relevance',
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE document_notes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
);
CREATE INDEX document_notes_document ON document_notes(document_id, id);
"""

# Version 13: what the search index must be told about (issue 15). A change to what the
# index holds (a document added or removed, its page count, a page's text, its notes)
# notes the document in ``index_pending`` in the same statement; an index commit that
# indexed the document takes it out again, in the same transaction. So the index status
# on open is a couple of reads: nothing pending, and the index files as its meta
# recorded them (``storage.index_files``), instead of reading every page.
SCHEMA_V13_INDEX_PENDING = """
CREATE TABLE index_pending (
    document_id INTEGER PRIMARY KEY
);
CREATE TRIGGER index_pending_document_added AFTER INSERT ON documents
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_pending_document_removed AFTER DELETE ON documents
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (OLD.id);
END;
CREATE TRIGGER index_pending_page_count AFTER UPDATE OF page_count ON documents
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_pending_page_added AFTER INSERT ON pages
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.document_id);
END;
CREATE TRIGGER index_pending_page_text AFTER UPDATE OF text, page_no, document_id ON pages
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (OLD.document_id);
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.document_id);
END;
CREATE TRIGGER index_pending_page_removed AFTER DELETE ON pages
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (OLD.document_id);
END;
CREATE TRIGGER index_pending_note_added AFTER INSERT ON document_notes
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.document_id);
END;
CREATE TRIGGER index_pending_note_text AFTER UPDATE OF text, document_id ON document_notes
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (OLD.document_id);
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (NEW.document_id);
END;
CREATE TRIGGER index_pending_note_removed AFTER DELETE ON document_notes
BEGIN
    INSERT OR IGNORE INTO index_pending(document_id) VALUES (OLD.document_id);
END;
"""

# Version 14: index files written in chunks (issue 15). SQLite reads a blob at an offset by
# walking its overflow pages from the start (each one read and decrypted), so reading the
# directory at the end of a 100 MB segment file cost about as much as reading all of it,
# once per file in every new process. A file is now rows of at most 128 KB (its own row
# keeps its name and an empty ``data``); a file written before keeps its one blob.
SCHEMA_V14_INDEX_CHUNKS = """
CREATE TABLE index_chunks (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES index_files(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (file_id, seq)
);
"""
