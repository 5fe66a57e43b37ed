"""storage layer: the tables of schema version 10 - from evidence to a UN communication.

- ``facts``: a short statement with its own date (exact day, month, year, a range or to
  be determined), its case, a source (document and page, the Bates label once exported),
  a status (undisputed / disputed); ``fact_persons`` and ``fact_articles`` link it.
- ``remedies``: the domestic remedies of a case as ordered steps (appeal, cassation, ...)
  with date, body, outcome and the ruling document.
- ``consents``: consent per person and mechanism (wgad, sp, hrc): to submit (date, the
  document that proves it), to be named in a public report (full, initials, none),
  anonymisation in a decision, the submitter's identity kept confidential.
- ``person_details``: what the mechanisms ask about a person and the registry lacks
  (date of birth, nationality, identity document, ...), one row per field;
  ``detention_places``: places of detention with transfers and dates.

Dates are ISO text as far as known: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
"""

from __future__ import annotations

DATE_KINDS = ("exact", "month", "year", "range", "tbd")
FACT_STATUSES = ("undisputed", "disputed")
MECHANISMS = ("wgad", "sp", "hrc")
REMEDY_KINDS = (
    "appeal",
    "cassation",
    "supervisory-review",
    "prosecutor-complaint",
    "investigative-judge",
    "ombudsman",
    "constitutional-court",
    "administrative-complaint",
    "other",
)
REMEDY_OUTCOMES = (
    "pending",
    "dismissed",
    "upheld",
    "partly-upheld",
    "not-considered",
    "no-response",
    "not-tried",
    "other",
)
YES_NO = ("unknown", "yes", "no")
NAMING = ("unknown", "full", "initials", "none")
PERSON_DETAIL_FIELDS = (
    "date_of_birth",
    "sex",
    "nationality",
    "identity_document",
    "identity_document_issuer",
    "identity_document_date",
    "identity_document_number",
    "profession",
    "address",
    "place_of_birth",
)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


SCHEMA_V10_SUBMISSIONS = f"""
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    date_kind TEXT NOT NULL DEFAULT 'tbd' CHECK (date_kind IN {_in(DATE_KINDS)}),
    date_start TEXT,
    date_end TEXT,
    status TEXT NOT NULL DEFAULT 'undisputed' CHECK (status IN {_in(FACT_STATUSES)}),
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    page_no INTEGER,
    quote TEXT NOT NULL DEFAULT '',
    bates TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX facts_case ON facts(case_id, date_start);
CREATE INDEX facts_document ON facts(document_id);
CREATE TABLE fact_persons (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    PRIMARY KEY (fact_id, person_id)
);
CREATE INDEX fact_persons_person ON fact_persons(person_id);
CREATE TABLE fact_articles (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES legal_articles(id) ON DELETE CASCADE,
    PRIMARY KEY (fact_id, article_id)
);
CREATE TABLE remedies (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {_in(REMEDY_KINDS)}),
    filed_on TEXT,
    body TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN {_in(REMEDY_OUTCOMES)}),
    decided_on TEXT,
    ruling_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE TABLE consents (
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    mechanism TEXT NOT NULL CHECK (mechanism IN {_in(MECHANISMS)}),
    submit TEXT NOT NULL DEFAULT 'unknown' CHECK (submit IN {_in(YES_NO)}),
    submit_date TEXT,
    proof_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    public_naming TEXT NOT NULL DEFAULT 'unknown' CHECK (public_naming IN {_in(NAMING)}),
    anonymised TEXT NOT NULL DEFAULT 'unknown' CHECK (anonymised IN {_in(YES_NO)}),
    submitter_confidential TEXT NOT NULL DEFAULT 'unknown'
        CHECK (submitter_confidential IN {_in(YES_NO)}),
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (person_id, mechanism)
);
CREATE TABLE person_details (
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN {_in(PERSON_DETAIL_FIELDS)}),
    value TEXT NOT NULL,
    PRIMARY KEY (person_id, field)
);
CREATE TABLE detention_places (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    place TEXT NOT NULL,
    authority TEXT NOT NULL DEFAULT '',
    date_from TEXT,
    date_to TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX detention_places_person ON detention_places(person_id, date_from);
"""
