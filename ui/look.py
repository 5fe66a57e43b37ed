"""ui layer: icons and the stylesheet, read from the resources package."""

from __future__ import annotations

from functools import cache
from importlib import resources
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


def stylesheet() -> str:
    return (resources.files("resources") / "style.qss").read_text(encoding="utf-8")


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (the stylesheet's hook) and return it."""
    widget.setObjectName(name)
    return widget
