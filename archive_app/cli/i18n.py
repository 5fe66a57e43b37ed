"""archive_app layer (CLI): the command line in English, Russian or Kazakh.

One gettext catalogue per language (domain ``archive-cli``): the sources are
``resources/locale/<lang>/LC_MESSAGES/archive-cli.po``, compiled to ``.mo`` beside them
by ``make translations`` (``archive_app.cli.catalogue``), read with importlib.resources
so a frozen app finds them too. The language is ``--lang`` if given, else the first of
LANGUAGE, LC_ALL, LC_MESSAGES, LANG that names one the CLI speaks, else English.

Messages are marked ``_("...")`` (translated when called), ``N_("...")`` (marked only,
translated later with ``_``) and ``ngettext(singular, plural, n)``; placeholders are
``{name}`` filled with ``str.format`` after translation. argparse's own words (usage,
options, "the following arguments are required") come from the same catalogue.
"""

from __future__ import annotations

import argparse
import gettext
import io
import os
from collections.abc import Mapping, Sequence
from importlib import resources

DOMAIN = "archive-cli"
LANGUAGES = ("en", "ru", "kk")
DEFAULT = "en"
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT


def _(message: str) -> str:
    """``message`` in the CLI's language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` in the CLI's language (Russian has three)."""
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue; translate it with ``_`` where it is shown."""
    return message


def yes_words() -> tuple[str, ...]:
    """What counts as yes at a [y/N] prompt: y/yes and the language's own words."""
    return ("y", "yes", *_("y|yes").lower().split("|"))


def code_of(value: str) -> str | None:
    """``ru_RU.UTF-8`` -> ``ru``; None for a language the CLI does not speak."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def option_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` (before parsing it)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """--lang, else the locale's environment, else English."""
    given = option_language(argv)
    if given is not None:
        return code_of(given) or DEFAULT
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        for value in env.get(name, "").split(":"):  # LANGUAGE may list several
            if value and value not in ("C", "POSIX"):
                code = code_of(value)
                if code is not None:
                    return code
        if env.get(name):
            return DEFAULT  # the first one set decides, as in gettext
    return DEFAULT


def catalogue(language: str) -> bytes:
    """The compiled catalogue for ``language`` (empty for English or when missing)."""
    path = resources.files("resources") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def install(language: str) -> str:
    """Use ``language`` for every message from now on (argparse's too); return it."""
    global _translation, _language
    language = language if language in LANGUAGES else DEFAULT
    data = catalogue(language) if language != DEFAULT else b""
    _translation = gettext.GNUTranslations(io.BytesIO(data)) if data else gettext.NullTranslations()
    _language = language
    # argparse looks its words up through these module globals when it speaks
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    return language


def language() -> str:
    return _language
