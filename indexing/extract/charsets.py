"""indexing layer: text from bytes whose encoding is undeclared, wrong or mislabelled.

Mail and web pages name their charset, and are often wrong: a Russian body sent
as Windows-1251 or KOI8-U without a label, Latin-1 labels on Windows-1252 text,
``gb2312`` on text that needs GB18030, raw 8-bit bytes in headers. Labels are
mapped the way mail clients and browsers map them (WHATWG); a label that
decodes to nonsense, or none at all, is replaced by the candidate whose text
looks least like mojibake (charset-normalizer's mess measure), Cyrillic
encodings first.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

# Labels read the way mail clients and browsers read them: a superset, not the letter.
ALIASES = {
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "csgb2312": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "chinese": "gb18030",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-user-defined": "cp1252",
}
UNKNOWN_LABELS = {"unknown-8bit", "x-unknown", "unknown", "default", "charset", "8bit", ""}
# Tried in this order when nothing (or nonsense) is declared; on a tie the earlier wins.
CANDIDATES = (
    "utf-8",
    "cp1251",
    "koi8-u",
    "kz1048",
    "cp866",
    "iso8859-5",
    "mac-cyrillic",
    "cp1252",
    "cp1250",
    "iso8859-2",
    "gb18030",
    "big5hkscs",
    "cp932",
    "euc-jp",
    "cp949",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
)
SAMPLE = 64 * 1024
_NOT_RU_UK = re.compile("[ЌЋќћЎўЈјЅѕ]")
SUSPICIOUS = 0.1  # mess ratio above which a declared charset is second-guessed
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO2022 = re.compile(rb"\x1b\$[@B]|\x1b\(J|\x1b\$\)C")


def canonical(label: str | None) -> str | None:
    """The Python codec a charset label means, or None for no label / an unknown one."""
    if label is None:
        return None
    name = label.strip().strip("\"'").lower()
    if name in UNKNOWN_LABELS:
        return None
    name = ALIASES.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return ALIASES.get(codec, codec)


_TOKEN = re.compile(r"\S{2,}")
# A symbol between two letters of one word ("M№ller") means the bytes were mis-read.
_SYMBOL_IN_WORD = re.compile(
    r"(?<=[^\W\d_])[^\w\s\-'’.,;:!?()\[\]/\\\"«»“”„&@#%+=*<>|~^`$§°](?=[^\W\d_])"
)


def _script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    code = ord(ch)
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if code <= 0x024F:
        return "latin"
    return "other"


def _odd_words(text: str) -> float:
    """Share of words that mix Latin and Cyrillic letters ("Mьller") or carry a symbol
    between letters ("M№ller"): signs of a mis-read charset."""
    words = _TOKEN.findall(text[:SAMPLE])
    if not words:
        return 0.0
    odd = 0
    for word in words:
        scripts = {_script(c) for c in word if c.isalpha()} - {"other"}
        if len(scripts) > 1 or _SYMBOL_IN_WORD.search(word):
            odd += 1
    return odd / len(words)


def _mess(text: str) -> float:
    if not text:
        return 0.0
    return float(mess_ratio(text[:SAMPLE], 1.0)) + _odd_words(text)


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def guess(raw: bytes) -> tuple[str, str]:
    """(text, codec) for bytes of unknown encoding: the least messy reading."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace"), codec
    if raw.isascii():
        if _ISO2022.search(raw):
            text = _strict(raw, "iso2022_jp") or _strict(raw, "iso2022_kr")
            if text is not None:
                return text, "iso2022_jp"
        return raw.decode("ascii"), "ascii"
    text = _strict(raw, "utf-8")
    if text is not None:
        return text, "utf-8"
    sample = raw[:SAMPLE]
    best: tuple[float, int, str] | None = None
    candidates = list(CANDIDATES[1:])
    detected = from_bytes(sample).best()
    if detected is not None:
        name = canonical(detected.encoding)
        if name and name not in candidates:
            candidates.append(name)
    for order, codec in enumerate(candidates):
        decoded = _strict(sample, codec)
        if decoded is None:
            # a sample cut inside a multi-byte character still counts
            decoded = _strict(sample[:-3], codec) if len(sample) == SAMPLE else None
        if decoded is None:
            continue
        score = round(_mess(decoded), 2)
        if best is None or (score, order) < best[:2]:
            best = (score, order, codec)
        if score == 0.0:
            break
    codec = best[2] if best is not None else "cp1252"
    if codec == "cp1251" and _NOT_RU_UK.search(sample.decode("cp1251", errors="replace")):
        codec = "kz1048"  # Kazakh letters sit where cp1251 has Serbian/Macedonian ones
    return raw.decode(codec, errors="replace"), codec


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec): the declared charset when it reads as text, else the best guess."""
    codec = canonical(declared)
    if codec is None:
        return guess(raw)
    text = _strict(raw, codec)
    if text is not None:
        if raw.isascii() or codec.startswith("utf"):
            return text, codec
        declared_mess = _mess(text)
        if declared_mess <= SUSPICIOUS:
            return text, codec
        other, other_codec = guess(raw)
        if other_codec != codec and _mess(other) + 0.05 < declared_mess:
            return other, other_codec
        return text, codec
    other, other_codec = guess(raw)
    if other_codec == "utf-8" or _mess(other) < _mess(raw.decode(codec, errors="replace")):
        return other, other_codec
    return raw.decode(codec, errors="replace"), codec


# -- headers ---------------------------------------------------------------------------
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?]*)\?=")
_QP_HEX = re.compile(rb"=([0-9A-Fa-f]{2})")


def _word_bytes(kind: str, payload: str) -> bytes:
    if kind.lower() == "b":
        data = payload.encode("ascii", errors="ignore")
        data += b"=" * (-len(data) % 4)
        try:
            return base64.b64decode(data)
        except (binascii.Error, ValueError):
            return payload.encode("ascii", errors="replace")
    raw = payload.replace("_", " ").encode("latin-1", errors="replace")
    return _QP_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), raw)


def decode_header(value: str, hint: str | None = None) -> str:
    """A header as a reader sees it: raw 8-bit bytes (carried as surrogate escapes by
    Python's parser) guessed, RFC 2047 encoded words decoded with charset aliases, and
    adjacent words of one charset joined before decoding (a character may span two)."""
    value = re.sub(r"\r?\n[ \t]+", " ", value).replace("\r", "").replace("\n", " ")
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        raw = value.encode("ascii", errors="surrogateescape")
        text = _strict(raw, "utf-8")
        value = text if text is not None else decode(raw, hint)[0]
    pieces: list[tuple[str, bytes | str]] = []  # (codec or "", bytes) / ("", text)
    pos = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[pos : match.start()]
        if between and not (between.isspace() and pieces and pieces[-1][0]):
            pieces.append(("", between))
        label = match.group(1).split("*", 1)[0]
        codec = canonical(label) or "?"
        data = _word_bytes(match.group(2), match.group(3))
        if pieces and pieces[-1][0] == codec and isinstance(pieces[-1][1], bytes):
            pieces[-1] = (codec, pieces[-1][1] + data)
        else:
            pieces.append((codec, data))
        pos = match.end()
    pieces.append(("", value[pos:]))
    out: list[str] = []
    for codec, chunk in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
        elif codec == "?":
            out.append(decode(chunk, hint)[0])
        else:
            out.append(decode(chunk, codec)[0])
    return "".join(out).strip()
