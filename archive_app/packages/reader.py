"""archive_app layer: a received package, opened read-only and proven sound before use.

``PackageReader.open`` refuses, with one clear message, a wrong passphrase, a damaged or
truncated file, a structure this app does not write (a smuggled trigger, view or table),
oversized content, a broken audit chain, content that no longer matches the seal, or a
document whose bytes do not match its SHA-256. Only then are its rows read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage import packages as pkg
from storage.database import Database
from storage.packages import PackageLimits, PackageRejected


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    uid: str
    name: str
    source_uid: str
    source_name: str
    case: str
    created_at: str
    digest: str
    documents: int
    schema: int
    format: str = pkg.LEGACY_FORMAT  # format 2 on: its submission records are sealed too


class PackageReader:
    def __init__(self, db: Database, info: PackageInfo) -> None:
        self.db = db
        self.info = info

    @classmethod
    def open(
        cls, path: Path, passphrase: str, limits: PackageLimits | None = None
    ) -> PackageReader:
        db = pkg.open_untrusted(path, passphrase)
        try:
            version = pkg.check_structure(db)
            pkg.check_limits(db, limits or PackageLimits())
            seal = pkg.check_seal(db)
            documents = pkg.check_documents(db)
            uid, name = pkg.identity(db)
            info = PackageInfo(
                path=db.path,
                uid=uid,
                name=name,
                source_uid=pkg.meta(db, "package.source_uid") or "",
                source_name=pkg.meta(db, "package.source_name") or "",
                case=pkg.meta(db, "package.case") or "",
                created_at=pkg.meta(db, "package.created_at") or "",
                digest=seal.digest,
                documents=documents,
                schema=version,
                format=seal.format,
            )
        except PackageRejected:
            db.close()
            raise
        except Exception as exc:  # anything else a hostile file provokes is a refusal too
            db.close()
            raise PackageRejected(
                f"package refused: it cannot be read ({type(exc).__name__}); nothing was changed"
            ) from exc
        return cls(db, info)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
