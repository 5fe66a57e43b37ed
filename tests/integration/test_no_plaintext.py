"""Nothing plaintext reaches disk: canaries imported, indexed and searched through the real
CLI never show up in
the archive, its journal, its backup, TMPDIR or the config/cache/data directories, whether
as plain bytes (UTF-8, UTF-16, Windows-1251) or inside a zlib stream."""

from __future__ import annotations

import io
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

from tests.integration.cli_helpers import run_cli
from tests.support.pdfgen import make_pdf
from tests.support.scan import inflated

LATIN = "CANARY7f3a9cQalzhatWitness"
CYRILLIC = "КанарейкаЖанаргүлҚалжат"
PASSPHRASE = "canary test passphrase 42"


def _encodings(term: str) -> list[bytes]:
    forms = [term.encode("utf-8"), term.encode("utf-16-le"), term.encode("utf-16-be")]
    try:
        forms.append(term.encode("cp1251"))
    except UnicodeEncodeError:
        forms.append(term.replace("ү", "у").replace("Қ", "К").encode("cp1251"))
    return [f for f in forms if len(f) >= 8]


NEEDLES = [n for t in (LATIN, CYRILLIC, LATIN.lower()) for n in _encodings(t)]


def _leaks(path: Path) -> list[str]:
    data = path.read_bytes()
    found = [f"{path}: plain" for n in NEEDLES if n in data]
    for blob in inflated(data):
        found += [f"{path}: zlib" for n in NEEDLES if n in blob]
    return found


def _docx(text: str) -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
        'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
        f"{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def _inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "statement.txt").write_text(f"The witness {LATIN} saw {CYRILLIC}.", "utf-8")
    (folder / "letter-1251.txt").write_bytes(
        f"Письмо: {CYRILLIC.replace('ү', 'у')}".encode("cp1251", errors="replace")
    )
    (folder / "note-utf16.txt").write_text(f"Note {LATIN}", encoding="utf-16")
    (folder / "ruling.pdf").write_bytes(make_pdf([f"Ruling about {LATIN}", "second page"]))
    (folder / "draft.docx").write_bytes(_docx(f"Draft naming {LATIN}"))
    msg = EmailMessage()
    msg["Subject"] = f"Re: {LATIN}"
    msg["From"] = "a@example.org"
    msg.set_content(f"Body with {CYRILLIC}")
    msg.add_attachment(
        make_pdf([f"attached {LATIN}"]), maintype="application", subtype="pdf", filename="att.pdf"
    )
    (folder / "mail.eml").write_bytes(msg.as_bytes())


def test_no_canary_reaches_disk(tmp_path: Path) -> None:
    inputs, work, tmpdir, appdirs = (tmp_path / n for n in ("inputs", "work", "tmp", "app"))
    _inputs(inputs)
    for d in (work, tmpdir, appdirs):
        d.mkdir()
    env = {
        "TMPDIR": str(tmpdir),
        "ARCHIVE_PASSPHRASE": PASSPHRASE,
        "ARCHIVE_APP_CONFIG_DIR": str(appdirs / "config"),
        "ARCHIVE_APP_CACHE_DIR": str(appdirs / "cache"),
        "ARCHIVE_APP_DATA_DIR": str(appdirs / "data"),
    }
    arc = str(work / "case.archive")
    steps = [
        ("init", arc),
        ("import", arc, str(inputs)),
        ("person", "add", arc, "Witness One", "--alias", LATIN, "--alias", CYRILLIC),
        ("case", "add", arc, f"Case {LATIN}"),
        ("tag", arc, "1", "2", "--person", LATIN, "--case", f"Case {LATIN}"),
        ("edit", arc, "1", "--title", f"Statement of {CYRILLIC}"),
        ("list", arc, "--json"),
        ("show", arc, "1", "--text"),
        ("search", arc, LATIN, "--facets"),
        ("search", arc, f'"{CYRILLIC}" OR person:{LATIN[:8]}*', "--json"),
        ("search", arc, "CANARY7f3a9cQalzhatWitnes~"),
        ("reindex", arc),
        ("backup", arc, str(work / "backup.archive")),
        ("check", arc, "--deep"),
        ("log", arc),
    ]
    for step in steps:
        result = run_cli(*step, env=env)
        assert result.returncode == 0, (step, result.stderr)
    shown = run_cli("show", arc, "1", "--text", env=env).stdout
    assert LATIN in shown  # the canary really is in the archive...
    found = run_cli("search", arc, LATIN, "--json", env=env).stdout
    assert '"total": 6' in found  # ...and in its index
    scanned = [p for root in (work, tmpdir, appdirs) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "case.archive" for p in scanned)
    assert any(p.name == "backup.archive" for p in scanned)
    leaks = [leak for p in scanned for leak in _leaks(p)]
    assert leaks == []  # ...and nowhere on disk in a readable form


def test_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    """Negative control: the scan above would see a leak if there were one."""
    plain = tmp_path / "plain.bin"
    plain.write_bytes(b"xx" + CYRILLIC.encode("utf-16-le") + b"yy")
    packed = tmp_path / "packed.bin"
    packed.write_bytes(b"junk" + zlib.compress(LATIN.encode()) + b"more")
    assert _leaks(plain) and _leaks(packed)
