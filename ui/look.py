"""ui layer: the look: light and dark themes (palette, stylesheet, icon colours), icons,
and the colours drawn by hand, read from the resources package.

The theme is a Preferences setting (``Settings.theme``): "" follows the system (Qt's
colour scheme, switching live when it changes), "light" or "dark". ``apply_theme`` sets
the application's palette and stylesheet at start and whenever the choice changes.
Icons are SVG drawn in the light theme's stroke colour; an icon engine redraws them in
the current theme's colour at the size and device pixel ratio asked (crisp at 1.5x/2x,
and live when the theme switches)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from ui.tones import (
    DARK,
    DARK_TONES,
    ICON_STROKE,
    LIGHT,
    LIGHT_TONES,
    SYSTEM,
    THEMES,
    Tones,
    palette,
)

ICON_SIZE = 64
# One colour marks the search's words everywhere: result snippets, text and PDF views;
# in both themes, with dark text on it (the PDF page itself stays paper-white).
HIGHLIGHT_HEX = "#ffe58a"
HIGHLIGHT = QColor(HIGHLIGHT_HEX)
HIGHLIGHT_TEXT_HEX = "#1f2d3a"
HIGHLIGHT_TEXT = QColor(HIGHLIGHT_TEXT_HEX)


_state: dict[str, str] = {"setting": SYSTEM, "theme": LIGHT}
_watching: list[bool] = []


def tones() -> Tones:
    """The colours of the theme in use."""
    return DARK_TONES if _state["theme"] == DARK else LIGHT_TONES


def is_dark() -> bool:
    return _state["theme"] == DARK


def system_is_dark(scheme: Qt.ColorScheme | None = None) -> bool:
    """Whether the system's colour scheme (or ``scheme``, as a signal passes it) is dark."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def resolve(setting: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme ("light" or "dark") a Preferences setting means now."""
    if setting in (LIGHT, DARK):
        return setting
    return DARK if system_is_dark(scheme) else LIGHT


# -- icons ---------------------------------------------------------------------------


@cache
def _svg(name: str) -> bytes:
    return (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()


def svg_data(name: str, colour: str) -> bytes:
    """An icon's SVG with its strokes and fills in ``colour``."""
    return _svg(name).replace(ICON_STROKE.encode(), colour.encode())


class SvgIconEngine(QIconEngine):
    """Draws an SVG icon at the asked size times the device pixel ratio, in the current
    theme's colour (disabled: its disabled colour). Never a 1x pixmap scaled up."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def _colour(self, mode: QIcon.Mode) -> str:
        t = tones()
        return t.disabled if mode == QIcon.Mode.Disabled else t.icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(QByteArray(svg_data(self.name, self._colour(mode))))
        renderer.render(painter, rect.toRectF())

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        scale = max(1.0, scale)
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer = QSvgRenderer(QByteArray(svg_data(self.name, self._colour(mode))))
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def iconName(self) -> str:
        return self.name


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons, rendered crisply at every size and device pixel
    ratio, in the current theme's colour."""
    _svg(name)  # a missing icon fails here, not at paint time
    return QIcon(SvgIconEngine(name))


# -- stylesheet -----------------------------------------------------------------------

# The arrows of spin boxes, date fields and drop-down lists. A styled field (border,
# padding) draws its buttons from the stylesheet too, and with no rule for them Qt drew
# half a button and no arrow (issue 14): each button gets a frame and an arrow image
# (resources/icons/arrow-*.svg, by file path: the stylesheet cannot take bytes; the dark
# theme's are arrow-*-dark.svg).
ARROWS = """
QAbstractSpinBox { padding-right: 20px; }
QAbstractSpinBox:focus { padding-right: 19px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: padding; width: 18px; background: {button};
    border: none; border-left: 1px solid {border}; }
QAbstractSpinBox::up-button { subcontrol-position: top right;
    border-bottom: 1px solid {line}; border-top-right-radius: 3px; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right;
    border-bottom-right-radius: 3px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: {hover}; }
QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {
    background: {pressed}; }
QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {
    background: {off}; }
QAbstractSpinBox::up-arrow { image: url("{arrow-up}"); width: 9px; height: 6px; }
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {
    image: url("{arrow-down}"); width: 9px; height: 6px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {
    image: url("{arrow-up-off}"); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off,
QComboBox::down-arrow:disabled { image: url("{arrow-down-off}"); }
QComboBox { padding-right: 22px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: top right;
    width: 20px; border: none; border-left: 1px solid {line}; }
"""
ARROW_IMAGES = ("arrow-up", "arrow-down", "arrow-up-off", "arrow-down-off")
ARROW_COLOURS = {
    LIGHT: {
        "button": "#f4f6f8",
        "border": "#c9d1da",
        "line": "#dde2e7",
        "hover": "#e3eaf2",
        "pressed": "#d6e6f7",
        "off": "#eef0f3",
    },
    DARK: {
        "button": "#2c323a",
        "border": "#434c56",
        "line": "#3a424b",
        "hover": "#364049",
        "pressed": "#2c4a6e",
        "off": "#23272d",
    },
}


def arrows(theme: str = LIGHT) -> str:
    """The ARROWS rules with the images' paths; "" where the icons are not plain files
    (Qt's own arrows then)."""
    rules = ARROWS
    for key, value in ARROW_COLOURS[theme].items():
        rules = rules.replace("{" + key + "}", value)
    if theme == DARK:
        for name in ARROW_IMAGES:
            rules = rules.replace("{" + name + "}", "{" + name + "-dark}")
        return with_images(rules, tuple(f"{name}-dark" for name in ARROW_IMAGES))
    return with_images(rules, ARROW_IMAGES)


# Check boxes and radio buttons in the dark theme: Fusion draws their frames from the
# window colour, almost black on the dark window; here they get a frame one can see and a
# tick image (resources/icons/check-*-dark.svg, radio-*-dark.svg).
DARK_INDICATORS = """
QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator {
    width: 13px; height: 13px; border: 1px solid #8a96a2; border-radius: 3px;
    background: #252a31; }
QRadioButton::indicator { width: 13px; height: 13px; border: 1px solid #8a96a2;
    border-radius: 7px; background: #252a31; }
QCheckBox::indicator:hover, QRadioButton::indicator:hover,
QAbstractItemView::indicator:hover { border-color: #6aaef0; }
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked,
QGroupBox::indicator:checked { background: #2f6fb0; border-color: #6aaef0;
    image: url("{check-on-dark}"); }
QRadioButton::indicator:checked { background: #2f6fb0; border-color: #6aaef0;
    image: url("{radio-on-dark}"); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled,
QAbstractItemView::indicator:disabled { background: #1f2329; border-color: #434c56; }
QCheckBox::indicator:checked:disabled, QAbstractItemView::indicator:checked:disabled {
    background: #2a3038; image: url("{check-off-dark}"); }
QRadioButton::indicator:checked:disabled { background: #2a3038; image: url("{radio-off-dark}"); }
"""


def with_images(rules: str, names: tuple[str, ...]) -> str:
    """``rules`` with each {name} replaced by the path of resources/icons/name.svg; ""
    where the icons are not plain files (Qt's own drawing then)."""
    for name in names:
        path = resources.files("resources") / "icons" / f"{name}.svg"
        if not isinstance(path, Path) or not path.is_file():
            return ""
        rules = rules.replace("{" + name + "}", path.as_posix())
    return rules


# The primary button (Unlock) disabled: its object-name rule outranks QPushButton:disabled,
# so during the back-off it stayed blue and looked ready to press (issue 14).
DISABLED_PRIMARY = """
QPushButton#primary:disabled, QPushButton:default:disabled {
    color: {disabled}; background: {off}; border-color: {line}; }
"""


def stylesheet(theme: str | None = None) -> str:
    """The window's stylesheet for ``theme`` (default: the one in use): resources/style.qss
    or style-dark.qss, the fields' arrows, the disabled primary button."""
    theme = theme or _state["theme"]
    name = "style-dark.qss" if theme == DARK else "style.qss"
    qss = (resources.files("resources") / name).read_text(encoding="utf-8")
    colours = ARROW_COLOURS[theme]
    primary = (
        DISABLED_PRIMARY.replace("{disabled}", "#98a4b0" if theme == LIGHT else "#69737d")
        .replace("{off}", "#f1f3f5" if theme == LIGHT else colours["off"])
        .replace("{line}", colours["line"])
    )
    indicators = (
        with_images(
            DARK_INDICATORS, ("check-on-dark", "check-off-dark", "radio-on-dark", "radio-off-dark")
        )
        if theme == DARK
        else ""
    )
    return qss + arrows(theme) + primary + indicators


# -- applying a theme ------------------------------------------------------------------


def apply_theme(setting: str, scheme: Qt.ColorScheme | None = None) -> str:
    """Use the theme a Preferences setting means (now and, for "follow the system", when
    the system's scheme changes); return "light" or "dark"."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("apply_theme() needs a QGuiApplication")
    _state["setting"] = setting if setting in THEMES else SYSTEM
    theme = resolve(_state["setting"], scheme)
    _state["theme"] = theme
    hints = QGuiApplication.styleHints()
    if not _watching:
        hints.colorSchemeChanged.connect(system_scheme_changed)
        _watching.append(True)
    QGuiApplication.setPalette(palette(theme))
    set_stylesheet = getattr(app, "setStyleSheet", None)
    if set_stylesheet is not None:  # a QApplication: widgets
        set_stylesheet(stylesheet(theme))
    return theme


def system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The system switched between light and dark: follow it if the setting says so."""
    if _state["setting"] == SYSTEM and resolve(SYSTEM, scheme) != _state["theme"]:
        apply_theme(SYSTEM, scheme)


# The dialogs' message colours on the light theme (their red and green since the start).
LIGHT_ALERTS = {"error": "#c62828", "ok": "#2e7d32"}


def alert_colour(kind: str) -> str:
    """The colour of a dialog's error ("error") or success ("ok") message in the theme in
    use (the light red was 2.9:1 on the dark window)."""
    if is_dark():
        return DARK_TONES.error if kind == "error" else DARK_TONES.success
    return LIGHT_ALERTS["error" if kind == "error" else "ok"]


class ThemedLabel(QLabel):
    """A rich-text label whose text names theme colours: built again by ``html`` when the
    theme changes (the stylesheet's repolish sends every widget a StyleChange)."""

    def __init__(self, html: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._html = html
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(html())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            text = self._html()
            if text != self.text():
                self.setText(text)


class IconLabel(QLabel):
    """A label showing one icon, drawn again at the device pixel ratio and in the theme's
    colour when the theme changes (a QLabel keeps the pixmap it was given)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon: tuple[str, int] | None = None

    def set_icon(self, name: str, size: int) -> None:
        self._icon = (name, size)
        self._draw()

    def _draw(self) -> None:
        if self._icon is not None:
            name, size = self._icon
            self.setPixmap(icon(name).pixmap(QSize(size, size), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._draw()


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (the stylesheet's hook) and return it."""
    widget.setObjectName(name)
    return widget
