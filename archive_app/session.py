"""archive_app layer: an unlocked archive and the services that work on it.

``Archive.create`` / ``Archive.open`` give an object that owns the locked,
keyed database; the services hang off it. The CLI and the desktop window both
drive this object; nothing here knows about Qt.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app.changes import kinds_of
from archive_app.settings import Settings, load_settings
from indexing.search import SearchIndex, forget_cached_words
from storage import audit
from storage.database import Database, check_new_passphrase

if TYPE_CHECKING:
    from archive_app.documents import DocumentService
    from archive_app.export.review import RedactionService
    from archive_app.export.service import ExportService
    from archive_app.importer import ImportService
    from archive_app.maintenance import MaintenanceService
    from archive_app.ocr import OcrService
    from archive_app.registry import RegistryService
    from archive_app.search import SearchService
    from archive_app.suggestions import SuggestionService
    from archive_app.tagging import TaggingService


class Archive:
    def __init__(self, db: Database, settings: Settings) -> None:
        self.db = db
        self.settings = settings
        self.actor = settings.actor_name()
        self.changed: set[str] = set()  # kinds of data written since ``take_changes``

    @classmethod
    def create(
        cls, path: Path, passphrase: str, settings: Settings | None = None
    ) -> tuple[Archive, list[str]]:
        """A new archive at ``path`` (which must not exist); returns warnings to show."""
        warnings = check_new_passphrase(passphrase)
        archive = cls(Database.create(path, passphrase), settings or load_settings())
        archive.record("archive.create", str(archive.path.name))
        archive.index.ensure()
        return archive, warnings

    @classmethod
    def open(cls, path: Path, passphrase: str, settings: Settings | None = None) -> Archive:
        return cls(Database.open(path, passphrase), settings or load_settings())

    @property
    def path(self) -> Path:
        return self.db.path

    def abort(self) -> None:
        """Any thread: make the work under way stop now (see ``Database.abort``); the
        archive is then closed on its own thread."""
        self.db.abort()

    def interrupt(self) -> None:
        """Any thread: interrupt the statement under way."""
        self.db.interrupt()

    def close(self) -> None:
        if "index" in self.__dict__:
            self.__dict__.pop("index").close()  # open index blobs go before the connection
        self.db.close()
        forget_cached_words()  # caches of names and words read from documents

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, action: str, target: str = "", details: dict[str, Any] | None = None) -> int:
        """Append to the audit log (inside the caller's transaction, if any); the kinds
        of data the action changes are noted for ``take_changes``."""
        entry = audit.append(self.db, self.actor, action, target, details)
        self.changed.update(kinds_of(action))
        return entry

    def note_changes(self, *kinds: str) -> None:
        """A write that is not audited (suggestions the recognisers computed, pages queued
        for OCR) says what it changed, for ``take_changes`` like an audited one."""
        self.changed.update(kinds)

    def take_changes(self) -> frozenset[str]:
        """The kinds of data written since the last call (``archive_app.changes``)."""
        taken, self.changed = frozenset(self.changed), set()
        return taken

    # -- services -------------------------------------------------------------------
    @cached_property
    def index(self) -> SearchIndex:
        return SearchIndex(self.db)

    @cached_property
    def search(self) -> SearchService:
        from archive_app.search import SearchService

        return SearchService(self)

    @cached_property
    def documents(self) -> DocumentService:
        from archive_app.documents import DocumentService

        return DocumentService(self)

    @cached_property
    def registry(self) -> RegistryService:
        from archive_app.registry import RegistryService

        return RegistryService(self)

    @cached_property
    def tags(self) -> TaggingService:
        from archive_app.tagging import TaggingService

        return TaggingService(self)

    @cached_property
    def suggestions(self) -> SuggestionService:
        from archive_app.suggestions import SuggestionService

        return SuggestionService(self)

    @cached_property
    def exports(self) -> ExportService:
        from archive_app.export.service import ExportService

        return ExportService(self)

    @cached_property
    def redactions(self) -> RedactionService:
        from archive_app.export.review import RedactionService

        return RedactionService(self)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from archive_app.maintenance import MaintenanceService

        return MaintenanceService(self)

    @cached_property
    def ocr(self) -> OcrService:
        from archive_app.ocr import OcrService

        return OcrService(self)

    def importer(self) -> ImportService:
        from archive_app.importer import ImportService

        return ImportService(self)
