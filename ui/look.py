"""ui layer: icons and the stylesheet, read from the resources package."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QColor, QIcon, QPixmap

ICON_SIZE = 64
# One colour marks the search's words everywhere: result snippets, text and PDF views.
HIGHLIGHT_HEX = "#ffe58a"
HIGHLIGHT = QColor(HIGHLIGHT_HEX)


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons, rendered crisply at every device pixel ratio."""
    data = (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(data), "SVG")
    result = QIcon()
    for size in (16, 24, 32, 48, ICON_SIZE):
        result.addPixmap(pixmap.scaled(size, size))
    return result


# The arrows of spin boxes, date fields and drop-down lists. A styled field (border,
# padding) draws its buttons from the stylesheet too, and with no rule for them Qt drew
# half a button and no arrow (issue 14): each button gets a frame and an arrow image
# (resources/icons/arrow-*.svg, by file path: the stylesheet cannot take bytes).
ARROWS = """
QAbstractSpinBox { padding-right: 20px; }
QAbstractSpinBox:focus { padding-right: 19px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {
    subcontrol-origin: padding; width: 18px; background: #f4f6f8;
    border: none; border-left: 1px solid #c9d1da; }
QAbstractSpinBox::up-button { subcontrol-position: top right;
    border-bottom: 1px solid #dde2e7; border-top-right-radius: 3px; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right;
    border-bottom-right-radius: 3px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: #e3eaf2; }
QAbstractSpinBox::up-button:pressed, QAbstractSpinBox::down-button:pressed {
    background: #d6e6f7; }
QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled {
    background: #eef0f3; }
QAbstractSpinBox::up-arrow { image: url("{arrow-up}"); width: 9px; height: 6px; }
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {
    image: url("{arrow-down}"); width: 9px; height: 6px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {
    image: url("{arrow-up-off}"); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off,
QComboBox::down-arrow:disabled { image: url("{arrow-down-off}"); }
QComboBox { padding-right: 22px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: top right;
    width: 20px; border: none; border-left: 1px solid #dde2e7; }
"""
ARROW_IMAGES = ("arrow-up", "arrow-down", "arrow-up-off", "arrow-down-off")


def arrows() -> str:
    """The ARROWS rules with the images' paths; "" where the icons are not plain files
    (Qt's own arrows then)."""
    rules = ARROWS
    for name in ARROW_IMAGES:
        path = resources.files("resources") / "icons" / f"{name}.svg"
        if not isinstance(path, Path) or not path.is_file():
            return ""
        rules = rules.replace("{" + name + "}", path.as_posix())
    return rules


# The primary button (Unlock) disabled: its object-name rule outranks QPushButton:disabled,
# so during the back-off it stayed blue and looked ready to press (issue 14).
DISABLED_PRIMARY = """
QPushButton#primary:disabled, QPushButton:default:disabled {
    color: #98a4b0; background: #f1f3f5; border-color: #dde2e7; }
"""


def stylesheet() -> str:
    """The window's stylesheet: resources/style.qss, the fields' arrows, the disabled
    primary button."""
    qss = (resources.files("resources") / "style.qss").read_text(encoding="utf-8")
    return qss + arrows() + DISABLED_PRIMARY


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (the stylesheet's hook) and return it."""
    widget.setObjectName(name)
    return widget
