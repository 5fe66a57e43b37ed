"""archive_app layer: a bundle's files on disk: written beside the target, then renamed.

The files are written to ``<out>.partial-XXXX`` (a folder, or one ZIP file), read back
and verified there, and only then renamed to ``<out>``; any failure removes the partial
output completely. Nothing else is written: no temporary files anywhere.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import secrets
import shutil
import zipfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from archive_app.export.errors import BundleInvalid, ExportError
from archive_app.export.model import LogEntry

SUMS = "SHA256SUMS"
MANIFEST = "MANIFEST.json"
LOG = "redaction-log.csv"
COVER = "00-cover-and-index.pdf"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sums_file(files: dict[str, bytes]) -> bytes:
    """``sha256sum`` format: hash, two spaces, name (text mode), one line per file."""
    lines = [f"{sha256(files[name])}  {name}\n" for name in sorted(files)]
    return "".join(lines).encode("utf-8")


def parse_sums(data: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise BundleInvalid(f"{SUMS} has a line that is not 'sha256  name'")
        found[name.lstrip("*")] = digest.lower()
    return found


def log_csv(rows: Iterable[tuple[str, str, LogEntry]]) -> bytes:
    """redaction-log.csv: Bates page, document, reason, kind, method; never content."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["bates_page", "document", "reason", "kind", "method"])
    for bates_page, document, entry in rows:
        writer.writerow([bates_page, document, entry.reason, entry.kind, entry.method])
    return out.getvalue().encode("utf-8")


def zip_path(out: Path) -> Path:
    return out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")


def write_partial(out: Path, files: dict[str, bytes], *, as_zip: bool) -> Path:
    """Write the files next to ``out`` under a .partial-XXXX name; return that path."""
    if out.exists() or out.is_symlink():
        raise ExportError(f"{out} exists; choose another name")
    if not out.parent.is_dir():
        raise ExportError(f"no folder {out.parent}")
    partial = out.with_name(f"{out.name}.partial-{secrets.token_hex(4)}")
    try:
        if as_zip:
            root = out.stem
            with partial.open("xb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                for name in sorted(files):
                    zf.writestr(f"{root}/{name}", files[name])
            return partial
        partial.mkdir(mode=0o700)
        for name in sorted(files):
            with (partial / name).open("xb") as fh:
                fh.write(files[name])
                fh.flush()
                os.fsync(fh.fileno())
        return partial
    except OSError as exc:
        remove(partial)
        raise ExportError(f"cannot write the bundle next to {out}: {exc.strerror or exc}") from exc


def finish(partial: Path, out: Path) -> None:
    if out.exists():
        raise ExportError(f"{out} appeared while exporting; the bundle was not moved there")
    os.rename(partial, out)


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(FileNotFoundError):
            path.unlink()


def read_bundle(path: Path) -> dict[str, bytes]:
    """Every file of a bundle folder or ZIP, by name (ZIP: inside its one top folder)."""
    if path.is_dir():
        files: dict[str, bytes] = {}
        for item in sorted(path.iterdir()):
            if not item.is_file() or item.is_symlink():
                raise BundleInvalid(f"{item.name} in the bundle is not a plain file")
            files[item.name] = item.read_bytes()
        return files
    if not path.is_file():
        raise BundleInvalid(f"no bundle at {path}")
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            roots = {n.split("/", 1)[0] for n in names}
            if len(roots) != 1 or any("/" not in n for n in names):
                raise BundleInvalid("the ZIP must hold one folder with the bundle's files")
            files = {}
            for name in names:
                inner = name.split("/", 1)[1]
                if "/" in inner or inner in ("", ".", ".."):
                    raise BundleInvalid(f"unexpected path in the ZIP: {name}")
                files[inner] = zf.read(name)
            return files
    except zipfile.BadZipFile as exc:
        raise BundleInvalid(f"{path} is neither a bundle folder nor a ZIP") from exc


def container_texts(path: Path) -> list[tuple[str, str]]:
    """What the container of a bundle says besides its files' contents, as (where, text):
    the folder or ZIP name, the ZIP's comment, every member's name, comment and extra
    field. A name hidden there travels with the bundle just as well."""
    texts = [("name of the bundle", path.name)]
    if path.is_dir():
        return texts + [("a file name", item.name) for item in sorted(path.iterdir())]
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.comment:
                texts.append(("ZIP comment", _zip_text(zf.comment)))
            for info in zf.infolist():
                texts.append(("a member name of the ZIP", info.filename))
                if info.comment:
                    texts.append(("a member comment of the ZIP", _zip_text(info.comment)))
                if info.extra:
                    texts.append(("a member's extra field in the ZIP", _zip_text(info.extra)))
    except zipfile.BadZipFile as exc:
        raise BundleInvalid(f"{path} is neither a bundle folder nor a ZIP") from exc
    return texts


def _zip_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp437")
