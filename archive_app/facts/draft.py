"""archive_app layer: building a submission draft for a case and a mechanism.

Every field the mechanism's field list (resources/mechanisms) asks for is filled from
the archive - the person's details and places of detention, the facts in date order
with their citations, the domestic remedies, the domestic articles and the ICCPR rights
they engage (for the Working Group, the category each supports), the consent answers
and the annex index of an exported bundle - or marked missing. The checklist says what
is still missing and which of the mechanism's rules the draft does not meet yet.
Persons are named only as far as their consent allows (archive_app.facts.naming).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app.errors import InvalidValue
from archive_app.export import bundle
from archive_app.facts.draft_docx import docx_bytes
from archive_app.facts.draft_fill import Filler
from archive_app.facts.draft_model import Draft, DraftField, DraftSection
from archive_app.facts.draft_pdf import pdf_bytes
from archive_app.facts.mechanisms import Mechanism, load
from archive_app.facts.naming import FULL, NONE, Namer, other_level, subject_level
from archive_app.facts.outputs import format_of, write_checked
from storage import consents as consent_repo
from storage import facts as fact_repo
from storage import registry as reg_repo
from storage import remedies as remedy_repo

if TYPE_CHECKING:
    from archive_app.session import Archive

WORDS_PER_PAGE = 500
NOTHING_MISSING = "Nothing missing that the archive can tell."


@dataclass
class DraftRequest:
    case: str
    mechanism: str
    persons: list[str] = field(default_factory=list)  # whom it is about; default: consent
    submitter: str | None = None
    bundle: Path | None = None  # an exported bundle (folder or ZIP) for the annex index
    language: str = "en"
    today: date | None = None


def read_manifest(path: Path) -> dict[str, Any]:
    files = bundle.read_bundle(path)
    if bundle.MANIFEST not in files:
        raise InvalidValue(f"{path.name} is not an exported bundle (no {bundle.MANIFEST})")
    data: dict[str, Any] = json.loads(files[bundle.MANIFEST].decode("utf-8"))
    return data


class DraftBuilder:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def _subjects(self, request: DraftRequest, case_id: int, mechanism: str) -> list[int]:
        if request.persons:
            return [reg_repo.find_person(self._db, ref).id for ref in request.persons]
        linked = {
            pid for fact in fact_repo.query(self._db, case_id=case_id) for pid in fact.person_ids
        }
        subjects = [
            pid for pid in sorted(linked) if consent_repo.get(self._db, pid, mechanism) is not None
        ]
        if not subjects:
            raise InvalidValue(
                "say whom the submission is about (--person): no person of this case's facts"
                f" has a consent recorded for {mechanism}"
            )
        return subjects

    def namer(
        self, mechanism: str, subjects: list[int], submitter: int | None
    ) -> tuple[Namer, bool]:
        persons = reg_repo.list_persons(self._db)
        consents = {p.id: consent_repo.get(self._db, p.id, mechanism) for p in persons}
        levels = {
            p.id: (subject_level if p.id in subjects else other_level)(consents[p.id], p.consent)
            for p in persons
        }
        confidential = any(
            c is not None and c.submitter_confidential == "yes"
            for pid, c in consents.items()
            if pid in subjects or pid == submitter
        )
        hidden = (submitter,) if confidential and submitter is not None else ()
        return (
            Namer.build(persons, levels, subjects=tuple(subjects), confidential=hidden),
            confidential,
        )

    def build(self, request: DraftRequest) -> Draft:
        mech = load(request.mechanism)
        case = reg_repo.find_case(self._db, request.case)
        subjects = self._subjects(request, case.id, mech.id)
        submitter = (
            reg_repo.find_person(self._db, request.submitter).id if request.submitter else None
        )
        namer, confidential = self.namer(mech.id, subjects, submitter)
        today = request.today or date.today()
        manifest = read_manifest(request.bundle) if request.bundle else None
        facts = fact_repo.query(self._db, case_id=case.id)
        remedies = remedy_repo.for_case(self._db, case.id)
        filler = Filler(
            self._db,
            mech,
            namer,
            subjects=subjects,
            submitter=submitter,
            submitter_confidential=confidential,
            facts=facts,
            remedies=remedies,
            manifest=manifest,
            today=today,
        )
        draft = Draft(
            mechanism=mech,
            case_name=namer.clean(case.name),
            title=f"Draft communication to the {mech.name}",
            created=today,
            language=request.language,
        )
        draft.intro = [
            f"To: {mech.addressee}",
            f"Case: {draft.case_name}" + (f" ({case.reference})" if case.reference else ""),
            f"Concerning: {', '.join(namer.label(p) for p in subjects)}",
            f"Draft prepared on {today.isoformat()} from the case archive; every field below"
            " is prefilled from the archive or marked [to be completed].",
        ]
        for section in mech.sections:
            out = DraftSection(section.title)
            for spec in section.fields:
                item = DraftField(spec.label, spec.source, spec.required)
                filler.fill(spec.fill, item)
                out.fields.append(item)
            draft.sections.append(out)
        draft.checklist = self._checklist(draft, mech, filler, namer, subjects, request, today)
        draft.rules = list(mech.rule("notes") or [])
        draft.sources = [f"{s['title']} - {s['symbol']} - {s['url']}" for s in mech.sources]
        draft.sources.append("Field list: " + str(mech.verification.get("note", "")))
        return draft

    def _checklist(
        self,
        draft: Draft,
        mech: Mechanism,
        filler: Filler,
        namer: Namer,
        subjects: list[int],
        request: DraftRequest,
        today: date,
    ) -> list[str]:
        items = [f"Missing: {m}" for m in draft.missing_fields()]
        for pid in subjects:
            consent = consent_repo.get(self._db, pid, mech.id)
            label = namer.label(pid)
            if consent is None or consent.submit != "yes":
                items.append(
                    f"No recorded consent of {label} to submit to the {mech.short}: record it"
                    " (with its date and the document that proves it) before sending."
                )
            elif consent.proof_document_id is None:
                items.append(f"The consent of {label} has no proof document linked.")
            if mech.rule("anonymous_refused") and namer.level(pid) != FULL:
                items.append(
                    f"The {mech.short} does not accept anonymous communications: {label} must"
                    " be identified to it (in a confidential annex if need be), with a request"
                    " that the name be withheld from public documents."
                )
        if mech.rule("one_form_per_person") and len(subjects) > 1:
            items.append(f"The {mech.short} asks for one questionnaire per person.")
        if request.language not in mech.languages:
            items.append(
                f"The draft is in '{request.language}'; the {mech.short} accepts:"
                f" {', '.join(mech.languages)}."
            )
        foreign = filler.languages_needing_translation(request.language)
        if foreign:
            items.append(
                _counted(foreign, "fact statement is", "fact statements are")
                + " not in the language of the draft; translate them."
            )
        undated = sum(1 for f in filler.facts if f.date_kind == "tbd")
        if undated:
            items.append(f"{_counted(undated, 'fact has', 'facts have')} no date yet.")
        unsourced = sum(1 for f in filler.facts if f.document_id is None)
        if unsourced:
            items.append(f"{_counted(unsourced, 'fact cites', 'facts cite')} no document.")
        disputed = sum(1 for f in filler.facts if f.status == "disputed")
        if disputed:
            items.append(
                _counted(disputed, "fact is", "facts are")
                + " marked disputed; say so in the text or drop them."
            )
        if filler.manifest is None:
            items.append(
                "The annex is not numbered: export the redacted bundle and draft again with it,"
                " so facts and the annex index cite Bates numbers."
            )
        elif (filler.manifest.get("mechanism") or {}).get("id") != mech.id:
            items.append(
                f"The annex bundle was not exported for the {mech.short}: export it again with"
                " that mechanism chosen, so every document names persons only as far as their"
                " consent for it allows."
            )
        items += filler.remedy_problems()
        pages = -(-draft.word_count() // WORDS_PER_PAGE)
        limit, summary = mech.rule("page_limit"), mech.rule("summary_above_pages")
        if limit and pages > limit:
            items.append(f"About {pages} pages: above the {mech.short}'s limit of {limit}.")
        if summary and pages > summary:
            items.append(f"About {pages} pages: above {summary}, a summary is needed.")
        hidden = [namer.label(p) for p in subjects if namer.level(p) == NONE]
        if hidden:
            items.append(
                f"Named here only as {', '.join(hidden)}, as consent allows; give identities"
                " to the mechanism separately if it needs them."
            )
        return items or [NOTHING_MISSING]


@dataclass(frozen=True)
class DraftResult:
    path: Path
    missing: list[str]
    checklist: list[str]


def write_draft(
    archive: Archive, request: DraftRequest, out: Path, *, force: bool = False
) -> DraftResult:
    """Build the draft, check it names nobody beyond their consent (as data and again as
    the DOCX reads back), then write it to ``out``; audited."""
    fmt = format_of(out, ("docx", "pdf"))
    builder = DraftBuilder(archive)
    draft = builder.build(request)
    case = reg_repo.find_case(archive.db, request.case)
    subjects = builder._subjects(request, case.id, request.mechanism)
    submitter = (
        reg_repo.find_person(archive.db, request.submitter).id if request.submitter else None
    )
    namer, _ = builder.namer(request.mechanism, subjects, submitter)
    namer.check(draft.texts(), what="the draft")
    data = docx_bytes(draft) if fmt == "docx" else pdf_bytes(draft)
    path = write_checked(data, fmt, out, namer, what="the draft", force=force)
    archive.record(
        "draft.write",
        path.name,
        {
            "case": case.id,
            "mechanism": request.mechanism,
            "persons": subjects,
            "levels": {str(p): namer.level(p) for p in subjects},
            "missing": len(draft.missing_fields()),
            "bundle": request.bundle.name if request.bundle else None,
        },
    )
    return DraftResult(path, draft.missing_fields(), draft.checklist)


def _counted(count: int, one: str, many: str) -> str:
    """'1 fact has' / '3 facts have' (the checklist is in English, the draft's language)."""
    return f"{count} {one if count == 1 else many}"
