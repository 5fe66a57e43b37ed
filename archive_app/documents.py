"""archive_app layer: reading, editing, exporting originals of and deleting documents."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app import metadata
from archive_app.errors import IntegrityFailure, InvalidValue, OutputExists
from storage import blobs
from storage import documents as repo
from storage.documents import DocumentRecord

if TYPE_CHECKING:
    from archive_app.session import Archive

VALIDATORS = {
    "title": lambda v: (v or "").strip(),
    "doc_type": metadata.check_type,
    "language": metadata.check_language,
    "doc_date": metadata.check_date,
    "source": lambda v: (v or "").strip(),
    "confidentiality": metadata.check_confidentiality,
}


class DocumentService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def get(self, document_id: int) -> DocumentRecord:
        return repo.get(self._db, document_id)

    def all(self) -> list[DocumentRecord]:
        return repo.list_all(self._db)

    def count(self) -> int:
        return repo.count(self._db)

    def pages(self, document_id: int) -> list[str]:
        repo.get(self._db, document_id)
        return repo.page_texts(self._db, document_id)

    def attachments(self, document_id: int) -> list[int]:
        return repo.children(self._db, document_id)

    def edit(self, document_id: int, **changes: Any) -> DocumentRecord:
        """Validate and apply metadata changes; records old and new values in the audit log."""
        before = repo.get(self._db, document_id)
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in VALIDATORS:
                raise ValueError(f"{name} is not editable")
            clean[name] = VALIDATORS[name](value)
        if "title" in clean and not clean["title"]:
            raise InvalidValue("a document needs a title")
        diff = {k: [getattr(before, k), v] for k, v in clean.items() if getattr(before, k) != v}
        if not diff:
            return before
        with self._db.atomic(), self._archive.index.writing() as index:
            repo.update_fields(self._db, document_id, {k: v[1] for k, v in diff.items()})
            index.update(document_id)
            self._archive.record("document.edit", f"#{document_id}", {"changes": diff})
        return repo.get(self._db, document_id)

    def delete(self, document_id: int) -> DocumentRecord:
        doc = repo.get(self._db, document_id)
        with self._db.atomic(), self._archive.index.writing() as index:
            repo.delete(self._db, document_id)
            index.remove(document_id)
            self._archive.record(
                "document.delete",
                f"#{document_id}",
                {"sha256": doc.sha256, "title": doc.title, "filename": doc.filename},
            )
        self._db.reclaim_free_pages()
        return doc

    def read_original(self, document_id: int) -> bytes:
        """The original bytes in memory (for the viewer), checked against the SHA-256."""
        doc = repo.get(self._db, document_id)
        data = b"".join(blobs.iter_chunks(self._db, document_id))
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            raise IntegrityFailure(
                f"document #{document_id}: stored bytes fail their SHA-256 check"
            )
        return data

    def save_original(self, document_id: int, dest: Path, *, force: bool = False) -> Path:
        """Write the original bytes to ``dest`` (a path the user chose), checked against SHA-256."""
        doc = repo.get(self._db, document_id)
        dest = dest.expanduser()
        if dest.is_dir():
            dest = dest / doc.filename
        if dest.exists() and not force:
            raise OutputExists(str(dest))
        partial = dest.with_name(f".{dest.name}.partial-{secrets.token_hex(4)}")
        digest = hashlib.sha256()
        try:
            with partial.open("xb") as out:
                for chunk in blobs.iter_chunks(self._db, document_id):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != doc.sha256:
                raise IntegrityFailure(
                    f"document #{document_id}: stored bytes fail their SHA-256 check"
                )
            os.replace(partial, dest)
        finally:
            if partial.exists():
                partial.unlink()
        self._archive.record("document.get", f"#{document_id}", {"to": str(dest.name)})
        return dest
