"""archive_app layer: sharing one case as a package - a separate, sealed archive file.

The package is written under a temporary name beside its destination, in one
transaction together with its search index, sealed (content digest in its audit
chain), reopened as the untrusted input a recipient will see and checked like one, and
only then renamed into place. The source archive records what left it.

With the case go its submission records: the facts of the case (and facts of no case
that cite a shared document), its domestic remedies, and the consent per mechanism,
details and places of detention of every person in the package; the persons a fact is
about come along even when no shared document names them.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.errors import ArchiveError, InvalidValue, OutputExists
from archive_app.packages.fields import case_key, case_snapshot, document_snapshot, person_snapshot
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.search import SearchRequest
from storage import documents as doc_repo
from storage import notes as note_repo
from storage import package_copy as copy
from storage import package_rows as rows
from storage import packages as pkg
from storage import registry as reg_repo
from storage.clock import utc_now
from storage.database import Database, check_new_passphrase

if TYPE_CHECKING:
    from archive_app.session import Archive

MAX_QUERY_HITS = 100_000


@dataclass(frozen=True)
class ShareRequest:
    """What to share: the documents of a case, narrowed by a query; or a query; or ids."""

    case: str | None = None
    query: str | None = None
    ids: tuple[int, ...] = ()


@dataclass
class ShareReport:
    path: Path
    documents: int = 0
    persons: int = 0
    cases: int = 0
    redactions: int = 0
    suggestions: int = 0
    facts: int = 0
    remedies: int = 0
    consents: int = 0
    audit_entries: int = 0
    other_cases_left_out: int = 0
    digest: str = ""
    seconds: float = 0.0
    cancelled: bool = False
    warnings: list[str] = field(default_factory=list)


class _Cancelled(Exception):
    pass


def chosen_documents(archive: Archive, request: ShareRequest) -> tuple[list[int], list[int]]:
    """(document ids with their attachments, ids of the requested cases)."""
    db = archive.db
    case_ids: list[int] = []
    ids: set[int] | None = None
    if request.case:
        case = reg_repo.find_case(db, request.case)
        case_ids = [case.id]
        ids = set(copy.case_document_ids(db, case.id))
    if request.query and request.query.strip():
        result = archive.search.search(SearchRequest(text=request.query, limit=MAX_QUERY_HITS))
        hits = {hit.id for hit in result.hits}
        ids = hits if ids is None else ids & hits
    if request.ids:
        for doc_id in request.ids:
            doc_repo.get(db, doc_id)
        ids = set(request.ids) if ids is None else ids | set(request.ids)
    if ids is None:
        raise InvalidValue("say what to share: a case, a query or document ids")
    if not ids:
        raise InvalidValue("nothing to share: no document matches")
    return copy.with_attachments(db, ids), case_ids


def share(
    archive: Archive,
    out: Path,
    passphrase: str,
    request: ShareRequest,
    *,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ShareReport:
    warnings = check_new_passphrase(passphrase)
    out = out.expanduser().absolute()
    if out.exists() and not overwrite:
        raise OutputExists(str(out))
    if out == archive.path:
        raise OutputExists(str(out))
    started = time.monotonic()
    ids, requested_cases = chosen_documents(archive, request)
    src = archive.db
    all_cases = copy.cases_for(src, ids)
    case_ids = [c for c in all_cases if c in requested_cases] if requested_cases else all_cases
    fact_ids = copy.facts_for(src, case_ids, ids)
    person_ids = sorted(set(copy.persons_for(src, ids)) | copy.fact_person_ids(src, fact_ids))
    report = ShareReport(path=out, warnings=warnings)
    report.other_cases_left_out = len(all_cases) - len(case_ids)
    base_keys = _baselines(archive, ids, person_ids, case_ids)
    partial = out.with_name(f".{out.name}.partial-{secrets.token_hex(4)}")
    try:
        _write(
            archive,
            partial,
            out,
            passphrase,
            ids,
            person_ids,
            case_ids,
            fact_ids,
            base_keys,
            report,
            request,
            progress,
            cancel,
        )
        _verify(partial, passphrase)
        if cancel is not None and cancel.cancelled:
            raise _Cancelled
        os.replace(partial, out)
    except _Cancelled:
        report.cancelled = True
        return report
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    report.seconds = time.monotonic() - started
    archive.record(
        "package.export",
        out.name,
        {
            "digest": report.digest,
            "documents": report.documents,
            "persons": report.persons,
            "facts": report.facts,
            "remedies": report.remedies,
            "consents": report.consents,
            "case": request.case or "",
            "query": request.query or "",
        },
    )
    return report


def _baselines(
    archive: Archive, ids: list[int], person_ids: list[int], case_ids: list[int]
) -> list[tuple[str, str]]:
    """The first time something is shared, its current values become the base both sides
    start from; later shares keep the base of the last agreement."""
    db = archive.db
    keys: list[tuple[str, str]] = []
    uids = rows.person_uids(db)
    cases = rows.case_fields(db)
    with db.atomic():
        for doc_id in ids:
            doc = doc_repo.get(db, doc_id)
            keys.append(("document", doc.sha256))
            if pkg.base(db, "document", doc.sha256) is None:
                pkg.set_base(db, "document", doc.sha256, document_snapshot(doc))
        for person_id in person_ids:
            keys.append(("person", uids[person_id]))
            if pkg.base(db, "person", uids[person_id]) is None:
                person = reg_repo.find_person(db, str(person_id))
                pkg.set_base(db, "person", uids[person_id], person_snapshot(person))
        for case_id in case_ids:
            key = case_key(cases[case_id]["name"])
            keys.append(("case", key))
            if pkg.base(db, "case", key) is None:
                pkg.set_base(db, "case", key, case_snapshot(cases[case_id]))
    return keys


def _write(
    archive: Archive,
    partial: Path,
    out: Path,
    passphrase: str,
    ids: list[int],
    person_ids: list[int],
    case_ids: list[int],
    fact_ids: list[int],
    base_keys: list[tuple[str, str]],
    report: ShareReport,
    request: ShareRequest,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> None:
    from archive_app.session import Archive as _Archive

    src = archive.db
    package = _Archive(Database.create(partial, passphrase), archive.settings)
    try:
        db = package.db
        total = len(ids)
        with db.atomic():
            pkg.set_meta(db, "name", out.stem)
            src_uid, src_name = pkg.identity(src)
            pkg.set_meta(db, "package.source_uid", src_uid)
            pkg.set_meta(db, "package.source_name", src_name)
            pkg.set_meta(db, "package.created_at", utc_now())
            pkg.set_meta(db, "package.case", request.case or "")
            package.record("package.create", out.name, {"source": src_name})
            copy.copy_cases(src, db, case_ids)
            copy.copy_persons(src, db, person_ids)
            wanted = set(copy.articles_for(src, ids)) | copy.fact_article_ids(src, fact_ids)
            articles = copy.copy_articles(src, db, sorted(wanted))
            texts: dict[int, list[str]] = {}
            for done, doc_id in enumerate(ids):
                if cancel is not None and cancel.cancelled:
                    raise _Cancelled
                if progress:
                    progress(Progress(done=done, total=total, current=f"document #{doc_id}"))
                texts[doc_id] = copy.copy_document(src, db, doc_id)
            copy.copy_parents(src, db, ids)
            copy.copy_ocr(src, db, ids)
            note_repo.copy_for_documents(src, db, ids)  # the lawyers' notes travel too
            copy.copy_links(src, db, ids, case_ids=set(case_ids), articles=articles)
            report.redactions = copy.copy_redactions(src, db, ids)
            report.suggestions = copy.copy_suggestions(src, db, ids, articles)
            submission = copy.copy_submission(
                src,
                db,
                fact_ids=fact_ids,
                case_ids=case_ids,
                person_ids=person_ids,
                doc_ids=ids,
                articles=articles,
            )
            report.facts = submission["facts"]
            report.remedies = submission["remedies"]
            report.consents = submission["consents"]
            copy.copy_bases(src, db, base_keys)
            excerpt = copy.audit_excerpt(src, ids, person_ids, case_ids)
            for entry in excerpt:
                package.record(
                    "package.excerpt",
                    entry.target,
                    {
                        "seq": entry.seq,
                        "at": entry.at,
                        "actor": entry.actor,
                        "action": entry.action,
                        "details": entry.details,
                        "hash": entry.hash,
                    },
                )
            if progress:
                progress(Progress(done=total, total=total, current="search index"))
            with package.index.writing() as batch:
                for doc_id in ids:
                    batch.add(doc_id, texts[doc_id])
        seal = pkg.write_seal(
            db,
            archive.actor,
            {
                "documents": len(ids),
                "persons": len(person_ids),
                "facts": report.facts,
                "source": src_name,
            },
        )
        report.digest = seal.digest
        report.documents, report.persons, report.cases = len(ids), len(person_ids), len(case_ids)
        report.audit_entries = len(excerpt)
    finally:
        package.close()


def _verify(path: Path, passphrase: str) -> None:
    """Open the written package as a recipient will, and check it the same way."""
    db = pkg.open_untrusted(path, passphrase)
    try:
        pkg.check_structure(db)
        pkg.check_seal(db)
        pkg.check_documents(db)
    except ArchiveError as exc:
        raise ArchiveError(f"the package failed its own check and was not written ({exc})") from exc
    finally:
        db.close()
