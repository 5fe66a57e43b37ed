"""archive_app layer (CLI): the CLI's gettext catalogues, kept and compiled.

``python -m archive_app.cli.catalogue`` (run by ``make translations``) collects every
message the CLI marks (``_``, ``N_``, ``ngettext`` in archive_app/cli and
archive_app/error_messages.py) and argparse's own words, brings each language's
``.po`` up to date (new messages added untranslated, gone ones dropped, translations
kept) and compiles it to the ``.mo`` the CLI reads. Pure Python: no msgfmt needed.
"""

from __future__ import annotations

import argparse
import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from archive_app.cli.i18n import DOMAIN

REPO = Path(__file__).resolve().parents[2]
LOCALE = REPO / "resources" / "locale"
TRANSLATED = ("ru", "kk")
PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 &&"
    " (n%100<10 || n%100>=20) ? 1 : 2);",
    "kk": "nplurals=2; plural=(n != 1);",
}
MARKERS = {"_", "N_", "ngettext"}


@dataclass
class Entry:
    msgid: str
    plural: str = ""
    strings: list[str] = field(default_factory=list)  # one, or one per plural form

    @property
    def translated(self) -> bool:
        return bool(self.strings) and all(self.strings)


def sources() -> list[Path]:
    cli = sorted((REPO / "archive_app" / "cli").glob("*.py"))
    return [*cli, REPO / "archive_app" / "error_messages.py", Path(argparse.__file__)]


def messages_in(path: Path) -> list[tuple[str, str]]:
    """(msgid, plural) of every marked message in ``path``, in order."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in MARKERS or not node.args:
            continue
        texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
        if not texts or not all(isinstance(t, str) for t in texts):
            continue
        if node.func.id == "ngettext" and len(texts) == 2:
            found.append((str(texts[0]), str(texts[1])))
        else:
            found.append((str(texts[0]), ""))
    return found


def wanted() -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for path in sources():
        for msgid, plural in sorted(messages_in(path), key=lambda m: m[0]):
            seen.setdefault(msgid, plural)
    return sorted(seen.items())


# -- .po -------------------------------------------------------------------------------------
def _unquote(text: str) -> str:
    value = ast.literal_eval(text)
    return str(value)


def read_po(path: Path) -> dict[str, Entry]:
    """msgid -> entry (the header, msgid "", left out)."""
    if not path.exists():
        return {}
    fields: list[list[str]] = []  # [keyword, text] in order; continuation lines joined
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            fields[-1][1] += _unquote(line)
        else:
            keyword, _, rest = line.partition(" ")
            fields.append([keyword, _unquote(rest)])
    entries: dict[str, Entry] = {}
    current: Entry | None = None
    for keyword, text in fields:
        if keyword == "msgid":
            current = Entry(text)
            if text:
                entries[text] = current
        elif current is None:
            continue
        elif keyword == "msgid_plural":
            current.plural = text
        elif keyword.startswith("msgstr"):
            current.strings.append(text)
    return entries


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped.replace(chr(9), chr(92) + "t")}"'


def write_po(path: Path, language: str, entries: list[Entry]) -> None:
    header = (
        f"Project-Id-Version: {DOMAIN}\\n"
        f"Language: {language}\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        f"Plural-Forms: {PLURAL_FORMS[language]}\\n"
    )
    lines = [
        f"# The command line in {language} (archive_app/cli/i18n.py).",
        'msgid ""',
        'msgstr ""',
        *[f'"{part}\\n"' for part in header.split("\\n") if part],
        "",
    ]
    forms = int(PLURAL_FORMS[language].split(";")[0].split("=")[1])
    for entry in entries:
        lines.append(f"msgid {_quote(entry.msgid)}")
        if entry.plural:
            lines.append(f"msgid_plural {_quote(entry.plural)}")
            strings = (entry.strings + [""] * forms)[:forms]
            lines += [f"msgstr[{i}] {_quote(s)}" for i, s in enumerate(strings)]
        else:
            lines.append(f"msgstr {_quote((entry.strings or [''])[0])}")
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def update(language: str) -> list[Entry]:
    path = po_path(language)
    old = read_po(path)
    entries = []
    for msgid, plural in wanted():
        before = old.get(msgid)
        strings = before.strings if before is not None and before.plural == plural else []
        entries.append(Entry(msgid, plural, list(strings)))
    write_po(path, language, entries)
    return entries


# -- .mo -------------------------------------------------------------------------------------
def compile_mo(language: str, entries: list[Entry]) -> bytes:
    """GNU .mo bytes; untranslated messages are left out (they show in English)."""
    header = (
        f"Project-Id-Version: {DOMAIN}\nLanguage: {language}\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        f"Plural-Forms: {PLURAL_FORMS[language]}\n"
    )
    pairs = [("", header)]
    for entry in entries:
        if not entry.translated:
            continue
        key = f"{entry.msgid}\0{entry.plural}" if entry.plural else entry.msgid
        pairs.append((key, "\0".join(entry.strings)))
    pairs.sort()
    ids = [k.encode("utf-8") for k, _ in pairs]
    strs = [v.encode("utf-8") for _, v in pairs]
    count = len(pairs)
    start = 7 * 4 + 16 * count
    offsets: list[int] = []
    data = b""
    for blob in ids + strs:
        offsets += [len(blob), start + len(data)]
        data += blob + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return out + struct.pack(f"<{4 * count}I", *offsets) + data


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def main(argv: list[str] | None = None) -> int:
    for language in TRANSLATED:
        entries = update(language)
        mo_path(language).write_bytes(compile_mo(language, entries))
        missing = sum(not e.translated for e in entries)
        if missing:
            print(f"{language}: {missing} CLI message(s) to translate in {po_path(language)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
