"""archive_app layer: what merging a package would do, worked out before anything changes.

Documents are matched by SHA-256; persons by lineage id (the package's, or one recorded
when an earlier merge matched them), then by an equal name or alias, then by the name
skeleton (same name in another script or spelling), which the user confirms; cases by
name; articles by citation. Each field is merged three-way (``fields.three_way``); the
stricter consent and confidentiality win; tags, aliases and redaction marks are united.
The case's submission records (facts, remedies, consent per mechanism, person details,
places of detention) are counted as the merge would take them
(archive_app.packages.submission, run dry).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archive_app.notes import package_note_news
from archive_app.packages.fields import (
    CASE_FIELDS,
    DOCUMENT_FIELDS,
    PERSON_FIELDS,
    Outcome,
    case_key,
    stricter_confidentiality,
    stricter_consent,
    three_way,
)
from archive_app.packages.reader import PackageInfo, PackageReader
from archive_app.packages.submission import SubmissionMerge, SubmissionMerger
from indexing.translit import skeleton
from storage import documents as doc_repo
from storage import package_rows as rows
from storage import packages as pkg
from storage import redactions as red_repo
from storage import registry as reg_repo

if TYPE_CHECKING:
    from storage.database import Database

NEW, LINEAGE, NAME, SIMILAR = "new", "lineage", "name", "similar"


@dataclass
class FieldConflict:
    """A field edited on both sides: this archive keeps its value unless the user takes
    the package's."""

    kind: str  # "person", "document" or "case"
    key: str  # person uid, document SHA-256, case name
    label: str
    field: str
    ours: Any
    theirs: Any
    take_theirs: bool = False


@dataclass(frozen=True)
class SafetyNote:
    """Consent or confidentiality: ``result`` is what this archive will hold."""

    kind: str
    label: str
    field: str
    ours: str
    theirs: str
    result: str


@dataclass
class PersonPlan:
    package_id: int
    uid: str
    name: str
    match: str  # NEW, LINEAGE, NAME or SIMILAR
    local_id: int | None = None
    local_name: str = ""
    take: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    consent: str | None = None  # a stricter consent to set
    merge: bool = True  # SIMILAR only: False keeps them apart (a new person)

    @property
    def is_new(self) -> bool:
        return self.local_id is None or (self.match == SIMILAR and not self.merge)


@dataclass
class DocumentPlan:
    package_id: int
    sha256: str
    title: str
    local_id: int | None = None  # None: a new document
    take: dict[str, Any] = field(default_factory=dict)
    confidentiality: str | None = None
    tags: list[str] = field(default_factory=list)  # "person:Name" ... new on an existing one
    redactions: int = 0
    suggestions: int = 0
    notes: int = 0  # notes new here, or edited later there (issue 14)

    @property
    def changes(self) -> bool:
        return bool(
            self.local_id is None
            or self.take
            or self.confidentiality
            or self.tags
            or self.redactions
            or self.suggestions
            or self.notes
        )


@dataclass
class MergePlan:
    info: PackageInfo
    merged_before: str | None = None
    persons: list[PersonPlan] = field(default_factory=list)
    cases_new: list[str] = field(default_factory=list)
    case_updates: dict[int, dict[str, str]] = field(default_factory=dict)
    articles_new: list[str] = field(default_factory=list)
    documents: list[DocumentPlan] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    safety: list[SafetyNote] = field(default_factory=list)
    submission: SubmissionMerge = field(default_factory=SubmissionMerge)

    @property
    def new_documents(self) -> list[DocumentPlan]:
        return [d for d in self.documents if d.local_id is None]

    @property
    def updated_documents(self) -> list[DocumentPlan]:
        return [d for d in self.documents if d.local_id is not None and d.changes]

    @property
    def new_persons(self) -> list[PersonPlan]:
        return [p for p in self.persons if p.is_new]

    @property
    def updated_persons(self) -> list[PersonPlan]:
        return [p for p in self.persons if not p.is_new and (p.take or p.aliases or p.consent)]

    @property
    def similar_persons(self) -> list[PersonPlan]:
        return [p for p in self.persons if p.match == SIMILAR]

    @property
    def new_tags(self) -> int:
        return sum(len(d.tags) for d in self.documents)

    @property
    def empty(self) -> bool:
        return not (
            self.new_documents
            or self.updated_documents
            or self.new_persons
            or self.updated_persons
            or self.cases_new
            or self.case_updates
            or self.articles_new
            or self.submission.changes
            or any(c.take_theirs for c in self.conflicts)
        )


def name_key(name: str) -> str:
    return " ".join(skeleton(w) for w in name.split())


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class _Locals:
    """This archive's registry, indexed for matching."""

    def __init__(self, db: Database) -> None:
        self.persons = {p.id: p for p in reg_repo.list_persons(db)}
        self.uids = rows.person_uids(db)
        self.by_uid = {uid: pid for pid, uid in self.uids.items()}
        self.by_name: dict[str, set[int]] = {}
        self.by_skeleton: dict[str, set[int]] = {}
        for p in self.persons.values():
            for name in (p.name, *p.aliases):
                self.by_name.setdefault(_fold(name), set()).add(p.id)
                key = name_key(name)
                if len(key) >= 4:
                    self.by_skeleton.setdefault(key, set()).add(p.id)
        self.cases = {case_key(v["name"]): (cid, v) for cid, v in rows.case_fields(db).items()}
        self.citations = {a.citation for a in reg_repo.list_articles(db)}
        self.bases = pkg.bases(db)


def build_plan(db: Database, reader: PackageReader) -> MergePlan:
    pdb = reader.db
    plan = MergePlan(info=reader.info, merged_before=rows.merged_before(db, reader.info.digest))
    local = _Locals(db)
    theirs_bases = pkg.bases(pdb)
    _plan_persons(plan, pdb, local, theirs_bases)
    _plan_cases(plan, pdb, local, theirs_bases)
    plan.articles_new = [
        a.citation for a in reg_repo.list_articles(pdb) if a.citation not in local.citations
    ]
    _plan_documents(plan, db, pdb, local, theirs_bases)
    if reader.info.format != pkg.LEGACY_FORMAT:
        plan.submission = _plan_submission(plan, db, pdb, local)
    return plan


def _plan_submission(
    plan: MergePlan, db: Database, pdb: Database, local: _Locals
) -> SubmissionMerge:
    """What the merge would do to the submission records (nothing is written): what the
    merge adds is mapped to negative ids, which match nothing here."""
    here = {a.citation: a.id for a in reg_repo.list_articles(db)}
    return SubmissionMerger(
        db,
        pdb,
        persons={
            p.package_id: p.local_id if p.local_id and not p.is_new else -p.package_id
            for p in plan.persons
        },
        cases={
            cid: local.cases[case_key(v["name"])][0] if case_key(v["name"]) in local.cases else -cid
            for cid, v in rows.case_fields(pdb).items()
        },
        articles={a.id: here.get(a.citation, -a.id) for a in reg_repo.list_articles(pdb)},
        documents={d.package_id: d.local_id or -d.package_id for d in plan.documents},
        actor="",
        record=lambda *_: None,
        dry=True,
    ).run()


def _match(local: _Locals, uid: str, names: list[str]) -> tuple[str, int | None]:
    if uid in local.by_uid:
        return LINEAGE, local.by_uid[uid]
    traced = local.bases.get(("lineage", uid))
    if traced and traced.get("uid") in local.by_uid:
        return LINEAGE, local.by_uid[str(traced["uid"])]
    for index, kind in ((local.by_name, NAME), (local.by_skeleton, SIMILAR)):
        found: set[int] = set()
        for name in names:
            found |= index.get(_fold(name) if kind == NAME else name_key(name), set())
        if len(found) == 1:
            return kind, found.pop()
    return NEW, None


def _plan_persons(
    plan: MergePlan,
    pdb: Database,
    local: _Locals,
    theirs_bases: dict[tuple[str, str], dict[str, Any]],
) -> None:
    uids = rows.person_uids(pdb)
    for person in reg_repo.list_persons(pdb):
        uid = uids[person.id]
        match, local_id = _match(local, uid, [person.name, *person.aliases])
        entry = PersonPlan(person.id, uid, person.name, match, local_id)
        plan.persons.append(entry)
        if local_id is None:
            continue
        mine = local.persons[local_id]
        entry.local_name = mine.name
        our_base = local.bases.get(("person", local.uids[local_id]))
        their_base = theirs_bases.get(("person", uid))
        for name in PERSON_FIELDS:
            ours, theirs = getattr(mine, name), getattr(person, name)
            outcome = three_way(ours, theirs, our_base, their_base, name)
            if outcome is Outcome.TAKE and name == "name" and _fold(theirs) in local.by_name:
                outcome = Outcome.CONFLICT  # the new name is taken here: the user decides
            if outcome is Outcome.TAKE:
                entry.take[name] = theirs
            elif outcome is Outcome.CONFLICT:
                plan.conflicts.append(FieldConflict("person", uid, mine.name, name, ours, theirs))
        known = {_fold(a) for a in (mine.name, *mine.aliases)}
        entry.aliases = [a for a in (person.name, *person.aliases) if _fold(a) not in known]
        entry.aliases = list(dict.fromkeys(entry.aliases))
        result = stricter_consent(mine.consent, person.consent)
        if result != mine.consent:
            entry.consent = result
            plan.safety.append(
                SafetyNote("person", mine.name, "consent", mine.consent, person.consent, result)
            )
        elif person.consent != mine.consent and (
            their_base is None or their_base.get("consent") != person.consent
        ):
            plan.safety.append(
                SafetyNote("person", mine.name, "consent", mine.consent, person.consent, result)
            )


def _plan_cases(
    plan: MergePlan,
    pdb: Database,
    local: _Locals,
    theirs_bases: dict[tuple[str, str], dict[str, Any]],
) -> None:
    for values in rows.case_fields(pdb).values():
        key = case_key(values["name"])
        if key not in local.cases:
            plan.cases_new.append(values["name"])
            continue
        case_id, mine = local.cases[key]
        our_base, their_base = local.bases.get(("case", key)), theirs_bases.get(("case", key))
        for name in CASE_FIELDS:
            outcome = three_way(mine[name], values[name], our_base, their_base, name)
            if outcome is Outcome.TAKE:
                plan.case_updates.setdefault(case_id, {})[name] = values[name]
            elif outcome is Outcome.CONFLICT:
                plan.conflicts.append(
                    FieldConflict("case", key, mine["name"], name, mine[name], values[name])
                )


def person_key(plan: MergePlan, package_person: int | None) -> str | None:
    """How a package person is known on this side: a local id, or its uid when new."""
    if package_person is None:
        return None
    for p in plan.persons:
        if p.package_id == package_person:
            return f"uid:{p.uid}" if p.is_new else f"id:{p.local_id}"
    return None


def redaction_key(r: red_repo.RedactionRecord, person: str | None) -> tuple[Any, ...]:
    box = tuple(round(v, 6) for v in r.box) if r.box else None
    return (r.kind, r.value, person, r.page_no, box, r.reason)


def _plan_documents(
    plan: MergePlan,
    db: Database,
    pdb: Database,
    local: _Locals,
    theirs_bases: dict[tuple[str, str], dict[str, Any]],
) -> None:
    for doc in doc_repo.list_all(pdb):
        local_id = doc_repo.id_by_sha256(db, doc.sha256)
        entry = DocumentPlan(doc.id, doc.sha256, doc.title, local_id)
        plan.documents.append(entry)
        if local_id is None:
            continue
        mine = doc_repo.get(db, local_id)
        our_base = local.bases.get(("document", doc.sha256))
        their_base = theirs_bases.get(("document", doc.sha256))
        for name in DOCUMENT_FIELDS:
            ours, theirs = getattr(mine, name), getattr(doc, name)
            outcome = three_way(ours, theirs, our_base, their_base, name)
            if outcome is Outcome.TAKE:
                entry.take[name] = theirs
            elif outcome is Outcome.CONFLICT:
                plan.conflicts.append(
                    FieldConflict("document", doc.sha256, mine.title, name, ours, theirs)
                )
        level = stricter_confidentiality(mine.confidentiality, doc.confidentiality)
        if level != mine.confidentiality:
            entry.confidentiality = level
            plan.safety.append(
                SafetyNote(
                    "document",
                    mine.title,
                    "confidentiality",
                    mine.confidentiality,
                    doc.confidentiality,
                    level,
                )
            )
        entry.tags = _new_tags(plan, pdb, doc, mine)
        mine_keys = {
            redaction_key(r, None if r.person_id is None else f"id:{r.person_id}")
            for r in red_repo.for_document(db, local_id)
        }
        entry.redactions = sum(
            1
            for r in red_repo.for_document(pdb, doc.id)
            if redaction_key(r, person_key(plan, r.person_id)) not in mine_keys
        )
        entry.suggestions = _new_suggestions(plan, db, pdb, doc.id, local_id)
        entry.notes = len(package_note_news(pdb, db, doc.id, local_id))


def _new_tags(
    plan: MergePlan, pdb: Database, doc: doc_repo.DocumentRecord, mine: doc_repo.DocumentRecord
) -> list[str]:
    tags: list[str] = []
    local_persons = {_fold(n) for n in mine.persons}
    by_name = {p.name: p for p in plan.persons}
    for name in doc.persons:
        p = by_name.get(name)
        shown = p.local_name if p is not None and not p.is_new else name
        if _fold(shown) not in local_persons:
            tags.append(f"person:{shown}")
    tags += [f"article:{a}" for a in doc.articles if a not in mine.articles]
    mine_cases = {case_key(c) for c in mine.cases}
    tags += [f"case:{c}" for c in doc.cases if case_key(c) not in mine_cases]
    return tags


def _new_suggestions(
    plan: MergePlan, db: Database, pdb: Database, package_doc: int, local_doc: int
) -> int:
    citations = {a.id: a.citation for a in reg_repo.list_articles(pdb)}
    local_citations = {a.citation: a.id for a in reg_repo.list_articles(db)}
    mine = {(s["kind"], s["target_id"]): s["state"] for s in rows.suggestions(db, local_doc)}
    count = 0
    for s in rows.suggestions(pdb, package_doc):
        if s["kind"] == "person":
            key = person_key(plan, int(s["target_id"]))
            if key is None or not key.startswith("id:"):
                count += 1
                continue
            target = int(key[3:])
        else:
            target = local_citations.get(citations.get(int(s["target_id"]), ""), -1)
            if target == -1:
                count += 1
                continue
        state = mine.get((s["kind"], target))
        if state is None or (state == "pending" and s["state"] != "pending"):
            count += 1
    return count
