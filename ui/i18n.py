"""ui layer: the interface language: English, Russian or Kazakh.

The language is the one chosen in Preferences (``Settings.language``) or, when none
is chosen, the first of the system's UI languages the app speaks, else English. The
catalogues are Qt Linguist files compiled to .qm, shipped in ``resources/translations``
and read with importlib.resources (no file path needed, so a frozen app works too);
Qt's own catalogue (standard buttons, file and colour dialogs) comes from the Qt
installation. English has a catalogue too: it holds only the plural forms
("%n document(s)" -> "1 document", "2 documents").

The language is chosen at start-up; a change in Preferences applies at the next start.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
DEFAULT = "en"

_installed: list[tuple[QTranslator, bytes]] = []  # a translator reads its bytes in place


def system_language() -> str:
    """The first of the system's UI languages the app speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def interface_language(setting: str) -> str:
    """The language to use for a Preferences setting ("" means follow the system)."""
    return setting if setting in LANGUAGES else system_language()


def catalogue(language: str) -> bytes:
    """The compiled app catalogue for ``language`` (empty when none is shipped)."""
    path = resources.files("resources") / "translations" / f"archive_{language}.qm"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def install(language: str) -> str:
    """Install the catalogues for ``language`` (replacing any installed); return it."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for translator, _ in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT
    data = catalogue(language)
    if data:
        translator = QTranslator(app)
        if translator.load(data):
            QCoreApplication.installTranslator(translator)
            _installed.append((translator, data))
    if language != DEFAULT:
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt)
            _installed.append((qt, b""))
    QLocale.setDefault(QLocale(language))
    return language
