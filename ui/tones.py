"""ui layer: the colours of the light and dark themes: the tones HTML and painters use,
and the application palettes (see ui.look, which applies them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

SYSTEM, LIGHT, DARK = "", "light", "dark"  # Settings.theme
THEMES = (SYSTEM, LIGHT, DARK)
ICON_STROKE = "#34495e"  # the stroke resources/icons are drawn in (the light theme's)


@dataclass(frozen=True)
class Tones:
    """The colours of one theme: the palette's and those HTML and painters use."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str  # secondary lines, hints
    button: str
    border: str
    accent: str  # focus rings, links
    selection: str  # selected rows
    selection_text: str
    disabled: str  # disabled text
    error: str
    success: str
    warning: str  # the "OCR text" mark
    icon: str  # icon strokes
    canvas: str  # behind rendered pages
    link: str


LIGHT_TONES = Tones(
    name=LIGHT,
    window="#f6f7f9",
    base="#ffffff",
    alternate="#f4f6f8",
    text="#1f2d3a",
    muted="#5b6b7b",
    button="#ffffff",
    border="#c9d1da",
    accent="#2f6fb0",
    selection="#d6e6f7",
    selection_text="#1f2d3a",
    disabled="#9aa5b1",
    error="#b3261e",
    success="#1b7a3d",
    warning="#8a5a00",
    icon=ICON_STROKE,
    canvas="#e3e7ec",
    link="#2f6fb0",
)
DARK_TONES = Tones(
    name=DARK,
    window="#1c2026",
    base="#252a31",
    alternate="#2a3038",
    text="#e4e8ec",
    muted="#a5b1bd",
    button="#2c323a",
    border="#434c56",
    accent="#6aaef0",
    selection="#2c4a6e",
    selection_text="#eef3f8",
    disabled="#69737d",
    error="#ff8a80",
    success="#7fd69a",
    warning="#f0c060",
    icon="#d3dbe3",
    canvas="#15181c",
    link="#8cc4ff",
)


# The light palette is Qt's own (Fusion's) with one change: selected text on the accent
# blue instead of #308cc6 (white on it was 3.6:1, below WCAG AA); the stylesheet draws
# the rest. The dark palette is the dark tones.
LIGHT_PALETTE = {
    "Window": "#efefef",
    "WindowText": "#000000",
    "Base": "#ffffff",
    "AlternateBase": "#f7f7f7",
    "Text": "#000000",
    "Button": "#efefef",
    "ButtonText": "#000000",
    "BrightText": "#ffffff",
    "Highlight": "#2f6fb0",
    "HighlightedText": "#ffffff",
    "Link": "#2f6fb0",
    "LinkVisited": "#2f6fb0",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#808080",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Mid": "#b8b8b8",
    "Dark": "#9f9f9f",
    "Shadow": "#767676",
    "Accent": "#2f6fb0",
}
LIGHT_DISABLED = {
    "WindowText": "#bebebe",
    "Text": "#bebebe",
    "ButtonText": "#bebebe",
    "Base": "#efefef",
    "Highlight": "#919191",
    "Dark": "#bebebe",
    "Shadow": "#b1b1b1",
    "Accent": "#919191",
}
D = DARK_TONES
DARK_PALETTE = {
    "Window": D.window,
    "WindowText": D.text,
    "Base": D.base,
    "AlternateBase": D.alternate,
    "Text": D.text,
    "Button": D.button,
    "ButtonText": D.text,
    "BrightText": "#ffffff",
    "Highlight": D.selection,
    "HighlightedText": D.selection_text,
    "Link": D.link,
    "LinkVisited": D.link,
    "ToolTipBase": D.button,
    "ToolTipText": D.text,
    "PlaceholderText": "#8a96a2",
    "Light": "#3a424b",
    "Midlight": "#2f363e",
    "Mid": D.border,
    "Dark": "#14171b",
    "Shadow": "#000000",
    "Accent": D.accent,
}
DARK_DISABLED = {
    "WindowText": D.disabled,
    "Text": D.disabled,
    "ButtonText": D.disabled,
    "HighlightedText": D.disabled,
    "Base": D.window,
    "Button": D.window,
    "Highlight": "#3a424b",
}


def palette(theme: str) -> QPalette:
    """The application palette of a theme (what unstyled widgets and painters read)."""
    colours, disabled = (
        (DARK_PALETTE, DARK_DISABLED) if theme == DARK else (LIGHT_PALETTE, LIGHT_DISABLED)
    )
    pal = QPalette()
    for name, hex_ in colours.items():
        pal.setColor(getattr(QPalette.ColorRole, name), QColor(hex_))
    for name, hex_ in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, name), QColor(hex_))
    return pal
