"""archive_app layer: which fields travel in a package and how two values of one are merged.

Ordinary fields merge three-way against the values last agreed between archives (the
*bases*, kept on both sides and carried in the package): a field edited on one side
only takes that side's value, a field edited on both sides is a conflict for the user.
Safety fields never merge that way: the stricter consent and confidentiality win, and a
loosening that comes from a package is reported, never applied.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from storage.documents import DocumentRecord
from storage.registry import PersonRecord
from storage.schema import CONFIDENTIALITY_LEVELS

PERSON_FIELDS = ("name", "role", "status", "notes")
DOCUMENT_FIELDS = ("title", "doc_type", "language", "doc_date", "source")
CASE_FIELDS = ("reference", "description")
# Stricter last: "no" beats "unknown" beats "yes".
CONSENT_ORDER = ("yes", "unknown", "no")


class Outcome(Enum):
    SAME = "same"
    TAKE = "take"  # only the package changed it
    KEEP = "keep"  # only this archive changed it
    CONFLICT = "conflict"  # both changed it


def person_snapshot(person: PersonRecord) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(person, f) for f in PERSON_FIELDS}
    values["consent"] = person.consent
    return values


def document_snapshot(doc: DocumentRecord) -> dict[str, Any]:
    values: dict[str, Any] = {f: getattr(doc, f) for f in DOCUMENT_FIELDS}
    values["confidentiality"] = doc.confidentiality
    return values


def case_snapshot(values: dict[str, str]) -> dict[str, Any]:
    return {f: values[f] for f in CASE_FIELDS}


def case_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def three_way(
    ours: Any,
    theirs: Any,
    our_base: dict[str, Any] | None,
    their_base: dict[str, Any] | None,
    field: str,
) -> Outcome:
    if ours == theirs:
        return Outcome.SAME
    if _blank(theirs):
        return Outcome.KEEP  # a package never blanks a field
    if _blank(ours):
        return Outcome.TAKE  # filling a blank is no conflict
    ob = our_base.get(field) if our_base is not None else None
    tb = their_base.get(field) if their_base is not None else None
    known_ob, known_tb = (
        our_base is not None and field in our_base,
        their_base is not None and field in their_base,
    )
    # "they changed it": differs from what they started from, and from what we last agreed on
    they = (not known_tb or theirs != tb) and (not known_ob or theirs != ob)
    # "we changed it": differs from what we last agreed on, and from what they started from
    we = (not known_ob or ours != ob) and (not known_tb or ours != tb)
    if they and not we:
        return Outcome.TAKE
    if we and not they:
        return Outcome.KEEP
    return Outcome.CONFLICT


def stricter_consent(ours: str, theirs: str) -> str:
    rank = {v: i for i, v in enumerate(CONSENT_ORDER)}
    return ours if rank.get(ours, 1) >= rank.get(theirs, 1) else theirs


def stricter_confidentiality(ours: str, theirs: str) -> str:
    rank = {v: i for i, v in enumerate(CONFIDENTIALITY_LEVELS)}
    return ours if rank.get(ours, len(rank)) >= rank.get(theirs, len(rank)) else theirs
