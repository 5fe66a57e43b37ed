"""archive_app layer: applying a merge plan - one transaction, with progress and Cancel.

Everything the plan lists is written together with the index entries of the documents it
touches, or nothing is: a cancel, a row the archive's rules refuse, or a full disk rolls
the whole merge back. Every change is audited with the package it came in; the package's
own audit excerpt is appended to this archive's chain (once per package). A package
whose seal covers submission records (format 2) has them merged too, de-duplicated
(archive_app.packages.submission).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archive_app import metadata
from archive_app.errors import ArchiveError, StorageFull
from archive_app.notes import merge_package_notes
from archive_app.packages.fields import (
    case_key,
    case_snapshot,
    document_snapshot,
    person_snapshot,
)
from archive_app.packages.plan import LINEAGE, MergePlan, PersonPlan
from archive_app.packages.reader import PackageReader
from archive_app.packages.submission import SubmissionMerge, SubmissionMerger
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from storage import audit, blobs, package_copy
from storage import documents as doc_repo
from storage import package_rows as rows
from storage import packages as pkg
from storage import redactions as red_repo
from storage import registry as reg_repo
from storage.clock import utc_now
from storage.database import DatabaseError
from storage.packages import PackageRejected

if TYPE_CHECKING:
    from archive_app.session import Archive
    from indexing.search import IndexBatch


@dataclass
class MergeReport:
    documents_new: int = 0
    documents_updated: int = 0
    persons_new: int = 0
    persons_updated: int = 0
    cases_new: int = 0
    tags_new: int = 0
    redactions_new: int = 0
    conflicts_open: int = 0
    submission: SubmissionMerge = field(default_factory=SubmissionMerge)
    cancelled: bool = False
    seconds: float = 0.0
    changed_documents: list[int] = field(default_factory=list)


class _Cancelled(Exception):
    pass


class _ChunkStream:
    """A read()-able view of a package document's chunks, one chunk per read."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def read(self, _size: int = -1) -> bytes:
        return next(self._chunks, b"")


def apply_plan(
    archive: Archive,
    reader: PackageReader,
    plan: MergePlan,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> MergeReport:
    merger = _Merger(archive, reader, plan)
    started = time.monotonic()
    try:
        with archive.db.atomic(), archive.index.writing() as index:
            merger.run(index, progress, cancel)
    except _Cancelled:
        return MergeReport(cancelled=True)
    except DatabaseError as exc:
        raise PackageRejected(
            f"package refused: a row breaks this archive's rules ({exc}); nothing was changed"
        ) from exc
    except PackageRejected:
        raise
    except StorageFull:
        raise
    except ArchiveError as exc:
        raise PackageRejected(f"package refused: {exc}; nothing was changed") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise PackageRejected(
            f"package refused: a value cannot be read ({type(exc).__name__}); nothing was changed"
        ) from exc
    merger.report.seconds = time.monotonic() - started
    return merger.report


class _Merger:
    def __init__(self, archive: Archive, reader: PackageReader, plan: MergePlan) -> None:
        self.archive = archive
        self.db = archive.db
        self.pdb = reader.db
        self.plan = plan
        self.via = plan.info.path.name
        self.report = MergeReport()
        self.persons: dict[int, int] = {}  # package person id -> local id
        self.articles: dict[int, int] = {}
        self.cases: dict[int, int] = {}
        self.documents: dict[int, int] = {}
        self.reindex: set[int] = set()

    def record(self, action: str, target: str, details: dict[str, Any]) -> None:
        self.archive.record(action, target, {**details, "via": self.via})

    def run(
        self, index: IndexBatch, progress: ProgressCallback | None, cancel: CancelToken | None
    ) -> None:
        self._articles()
        self._cases()
        for person in self.plan.persons:
            self._person(person)
        total = len(self.plan.documents)
        for done, entry in enumerate(self.plan.documents):
            if cancel is not None and cancel.cancelled:
                raise _Cancelled
            if progress:
                progress(Progress(done=done, total=total, current=entry.title))
            self._document(entry)
        self._attachments()
        if self.plan.info.format != pkg.LEGACY_FORMAT:  # sealed: believed, checked, merged
            self.report.submission = SubmissionMerger(
                self.db,
                self.pdb,
                persons=self.persons,
                cases=self.cases,
                articles=self.articles,
                documents=self.documents,
                actor=self.archive.actor,
                record=self.record,
            ).run()
        for doc_id in sorted(self.reindex):
            index.update(doc_id)
        self._bases()
        self.report.conflicts_open = sum(1 for c in self.plan.conflicts if not c.take_theirs)
        self._audit()
        if cancel is not None and cancel.cancelled:
            raise _Cancelled
        if progress:
            progress(Progress(done=total, total=total, current=""))

    # -- registry ------------------------------------------------------------------------
    def _articles(self) -> None:
        local = {a.citation: a.id for a in reg_repo.list_articles(self.db)}
        instruments = reg_repo.instruments(self.pdb)
        for article in reg_repo.list_articles(self.pdb):
            if article.citation not in local:
                reg_repo.parse_citation(article.citation)  # refuses a malformed citation
                rows.add_instrument(self.db, article.instrument, instruments[article.instrument])
                local[article.citation] = reg_repo.add_article(
                    self.db, article.citation, title=article.title
                )
                self.record(
                    "article.add",
                    f"article #{local[article.citation]}",
                    {"citation": article.citation},
                )
            self.articles[article.id] = local[article.citation]

    def _cases(self) -> None:
        local = {case_key(v["name"]): cid for cid, v in rows.case_fields(self.db).items()}
        for case_id, values in rows.case_fields(self.pdb).items():
            key = case_key(values["name"])
            if key not in local:
                local[key] = reg_repo.add_case(
                    self.db,
                    values["name"],
                    reference=values["reference"],
                    description=values["description"],
                )
                self.report.cases_new += 1
                self.record("case.add", f"case #{local[key]}", {"name": values["name"]})
            else:
                changes = dict(self.plan.case_updates.get(local[key], {}))
                changes |= {
                    c.field: c.theirs
                    for c in self.plan.conflicts
                    if c.kind == "case" and c.key == key and c.take_theirs
                }
                if changes:
                    rows.update_case(self.db, local[key], changes)
                    self.record("case.edit", f"case #{local[key]}", {"changes": changes})
            self.cases[case_id] = local[key]

    def _person(self, entry: PersonPlan) -> None:
        theirs = reg_repo.find_person(self.pdb, str(entry.package_id))
        if entry.is_new:
            consent = metadata.check_consent(theirs.consent)
            person_id = reg_repo.add_person(
                self.db,
                theirs.name,
                aliases=theirs.aliases,
                role=theirs.role,
                status=theirs.status,
                consent=consent,
                notes=theirs.notes,
            )
            if entry.uid not in rows.person_uids(self.db).values():
                rows.set_person_uid(self.db, person_id, entry.uid)
            self.report.persons_new += 1
            self.record(
                "person.add",
                f"person #{person_id}",
                {"name": theirs.name, "aliases": theirs.aliases, "consent": consent},
            )
            self.persons[entry.package_id] = person_id
            return
        assert entry.local_id is not None
        person_id = entry.local_id
        self.persons[entry.package_id] = person_id
        changes = dict(entry.take)
        changes |= {
            c.field: c.theirs
            for c in self.plan.conflicts
            if c.kind == "person" and c.key == entry.uid and c.take_theirs
        }
        if entry.consent:
            changes["consent"] = metadata.check_consent(entry.consent)
        reg_repo.update_person(self.db, person_id, changes)
        added = [a for a in entry.aliases if reg_repo.add_alias(self.db, person_id, a)]
        if entry.match != LINEAGE:
            local_uid = rows.person_uids(self.db)[person_id]
            pkg.set_base(self.db, "lineage", entry.uid, {"uid": local_uid})
        if changes or added:
            self.report.persons_updated += 1
            self.record(
                "person.edit",
                f"person #{person_id}",
                {"changes": changes, "aliases_added": added, "match": entry.match},
            )
        if "name" in changes or added:
            self.reindex.update(rows.documents_of_person(self.db, person_id))

    # -- documents -----------------------------------------------------------------------
    def _document(self, entry: Any) -> None:
        theirs = doc_repo.get(self.pdb, entry.package_id)
        if entry.local_id is None:
            doc_id = self._new_document(theirs)
            self.report.documents_new += 1
        else:
            doc_id = entry.local_id
            changes = dict(entry.take)
            changes |= {
                c.field: c.theirs
                for c in self.plan.conflicts
                if c.kind == "document" and c.key == entry.sha256 and c.take_theirs
            }
            if entry.confidentiality:
                changes["confidentiality"] = entry.confidentiality
            if changes:
                _check_fields(changes)
                doc_repo.update_fields(self.db, doc_id, changes)
                self.record("document.edit", f"#{doc_id}", {"changes": changes})
            if changes or entry.tags or entry.redactions or entry.suggestions:
                self.report.documents_updated += 1
        self.documents[entry.package_id] = doc_id
        tags = self._links(entry.package_id, doc_id)
        redactions = self._redactions(entry.package_id, doc_id)
        self._suggestions(entry.package_id, doc_id)
        package_copy.copy_ocr_of(self.pdb, self.db, entry.package_id, doc_id)
        notes = merge_package_notes(self.pdb, self.db, entry.package_id, doc_id)
        if notes:
            self.record("note.merge", f"#{doc_id}", {"count": notes})
        if tags:
            self.record("document.tag", f"#{doc_id}", {"tags": tags, "source": "package"})
        if redactions:
            self.record("redaction.add", f"#{doc_id}", {"count": redactions})
        self.reindex.add(doc_id)
        self.report.changed_documents.append(doc_id)

    def _new_document(self, theirs: doc_repo.DocumentRecord) -> int:
        values = {
            "title": theirs.title,
            "doc_type": theirs.doc_type,
            "language": theirs.language,
            "doc_date": theirs.doc_date,
            "source": theirs.source,
            "confidentiality": theirs.confidentiality,
        }
        _check_fields(values)
        new = doc_repo.NewDocument(
            title=theirs.title,
            doc_type=theirs.doc_type,
            language=theirs.language,
            doc_date=theirs.doc_date,
            source=theirs.source,
            confidentiality=theirs.confidentiality,
            filename=safe_file_name(theirs.filename),
            media_type=theirs.media_type,
            page_count=theirs.page_count,
            status=theirs.status,
        )
        doc_id = doc_repo.insert(self.db, new, sha256=theirs.sha256, size=theirs.size)
        stream = _ChunkStream(blobs.iter_chunks(self.pdb, theirs.id))
        written, digest = blobs.write_chunks(self.db, doc_id, stream)  # type: ignore[arg-type]
        if digest != theirs.sha256 or written != theirs.size:
            raise PackageRejected("package refused: a document's bytes changed while merging")
        doc_repo.insert_pages(self.db, doc_id, doc_repo.page_texts(self.pdb, theirs.id))
        origin = pkg.origin(self.pdb, theirs.id)
        if origin is not None:
            pkg.set_origin(
                self.db,
                doc_id,
                pkg.Origin(
                    origin.archive_uid,
                    origin.archive_name,
                    origin.first_imported_at,
                    self.via,
                    utc_now(),
                ),
            )
        self.record(
            "document.import",
            f"#{doc_id}",
            {"sha256": theirs.sha256, "filename": theirs.filename, "pages": theirs.page_count},
        )
        return doc_id

    def _links(self, package_doc: int, doc_id: int) -> list[str]:
        added: list[str] = []
        pairs = (("person", self.persons), ("article", self.articles), ("case", self.cases))
        for kind, mapping in pairs:
            for target, actor, source in rows.links(self.pdb, kind, package_doc):
                local = mapping.get(target)
                if local is not None and doc_repo.link(
                    self.db, kind, doc_id, local, actor=actor, source=source
                ):
                    added.append(f"{kind}:#{local}")
        self.report.tags_new += len(added)
        return added

    def _redactions(self, package_doc: int, doc_id: int) -> int:
        from archive_app.packages.plan import redaction_key

        mine = {
            redaction_key(r, None if r.person_id is None else f"id:{r.person_id}")
            for r in red_repo.for_document(self.db, doc_id)
        }
        added = 0
        for r in red_repo.for_document(self.pdb, package_doc):
            person = None if r.person_id is None else self.persons.get(r.person_id)
            if r.person_id is not None and person is None:
                raise PackageRejected("package refused: a redaction names a person it lacks")
            key = redaction_key(r, None if person is None else f"id:{person}")
            if key in mine:
                continue
            item = red_repo.NewRedaction(
                kind=r.kind,
                reason=r.reason,
                value=r.value,
                person_id=person,
                page_no=r.page_no,
                box=r.box,
            )
            red_repo.add(self.db, doc_id, item, actor=r.created_by)
            mine.add(key)
            added += 1
        self.report.redactions_new += added
        return added

    def _suggestions(self, package_doc: int, doc_id: int) -> None:
        for s in rows.suggestions(self.pdb, package_doc):
            mapping = self.persons if s["kind"] == "person" else self.articles
            target = mapping.get(int(s["target_id"]))
            if target is None or not rows.evidence_is_valid(s["evidence"]):
                continue
            rows.put_suggestion(self.db, doc_id, {**s, "target_id": target})

    def _attachments(self) -> None:
        for package_doc, doc_id in self.documents.items():
            parent = doc_repo.get(self.pdb, package_doc).parent_id
            if parent is not None and parent in self.documents:
                rows.set_parent(self.db, doc_id, self.documents[parent])
        for parent, child, filename in rows.attachment_links(self.pdb):
            if parent in self.documents and child in self.documents:
                doc_repo.link_attachment(
                    self.db, self.documents[parent], self.documents[child], filename
                )

    # -- agreement and audit -------------------------------------------------------------
    def _bases(self) -> None:
        """What the package holds is now agreed: the base of the next three-way merge."""
        uids = rows.person_uids(self.db)
        for package_id, local_id in self.persons.items():
            theirs = reg_repo.find_person(self.pdb, str(package_id))
            pkg.set_base(self.db, "person", uids[local_id], person_snapshot(theirs))
        for package_id in self.documents:
            doc = doc_repo.get(self.pdb, package_id)
            pkg.set_base(self.db, "document", doc.sha256, document_snapshot(doc))
        for values in rows.case_fields(self.pdb).values():
            pkg.set_base(self.db, "case", case_key(values["name"]), case_snapshot(values))

    def _audit(self) -> None:
        info = self.plan.info
        r = self.report
        self.record(
            "package.merge",
            info.name,
            {
                "digest": info.digest,
                "package": info.uid,
                "source": info.source_name,
                "documents_new": r.documents_new,
                "documents_updated": r.documents_updated,
                "persons_new": r.persons_new,
                "persons_updated": r.persons_updated,
                "redactions_new": r.redactions_new,
                "facts_new": r.submission.facts_new,
                "remedies_new": r.submission.remedies_new,
                "consents_new": r.submission.consents_new,
                "consents_changed": r.submission.consents_changed,
                "conflicts": [
                    {
                        "kind": c.kind,
                        "label": c.label,
                        "field": c.field,
                        "kept": "package" if c.take_theirs else "this archive",
                    }
                    for c in self.plan.conflicts
                ],
                "safety": [
                    {"label": s.label, "field": s.field, "result": s.result}
                    for s in self.plan.safety
                ],
            },
        )
        if self.plan.merged_before:
            return
        for entry in audit.entries(self.pdb):
            self.archive.record(
                "package.audit",
                entry.target,
                {
                    "package": info.uid,
                    "seq": entry.seq,
                    "at": entry.at,
                    "actor": entry.actor,
                    "action": entry.action,
                    "details": entry.details,
                    "hash": entry.hash,
                },
            )


def safe_file_name(name: str) -> str:
    """A file name from a package is a name, never a path: last component, printable."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    last = "".join(ch for ch in last if ch.isprintable()).strip()
    return last if last and last not in (".", "..") else "document"


def _check_fields(values: dict[str, Any]) -> None:
    """Values from a package pass the same checks as values typed here."""
    try:
        if "doc_type" in values:
            metadata.check_type(values["doc_type"])
        if "confidentiality" in values:
            metadata.check_confidentiality(values["confidentiality"])
        if "language" in values:
            metadata.check_language(values["language"])
        if "doc_date" in values:
            metadata.check_date(values["doc_date"])
    except ArchiveError as exc:
        raise PackageRejected(f"package refused: {exc}; nothing was changed") from exc
