"""The theme (issue 14, dark mode): a Preferences setting (follow the system, light,
dark) that is saved, applied at once and followed live when the system switches; text
readable in both themes (WCAG contrast); icons drawn at the device pixel ratio."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from archive_app.settings import Settings, load_settings
from ui import look, tones
from ui.dialogs.preferences import PreferencesDialog
from ui.look import apply_theme
from ui.tones import DARK, DARK_TONES, LIGHT, LIGHT_TONES, SYSTEM, Tones


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Each test leaves the application's palette, stylesheet and theme as it found them."""
    palette, sheet, state = QGuiApplication.palette(), qapp.styleSheet(), dict(look._state)
    yield
    look._state.update(state)
    qapp.setStyleSheet(sheet)
    QGuiApplication.setPalette(palette)


def window_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def is_dark(colour: QColor) -> bool:
    return colour.lightnessF() < 0.3


def is_light(colour: QColor) -> bool:
    return colour.lightnessF() > 0.8


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_theme_preference_is_saved_and_applied_at_once(qtbot: QtBot) -> None:
    settings = Settings()
    assert settings.theme == SYSTEM  # follows the system unless chosen
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == SYSTEM
    dialog.theme.setCurrentIndex(dialog.theme.findData(DARK))
    assert is_dark(window_colour())  # shown before OK
    assert "#1c2026" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    dialog.accept()
    assert load_settings().theme == DARK

    again = PreferencesDialog(load_settings())
    qtbot.addWidget(again)
    assert again.theme.currentData() == DARK
    again.theme.setCurrentIndex(again.theme.findData(LIGHT))
    assert is_light(window_colour())
    again.accept()
    assert load_settings().theme == LIGHT
    assert is_light(window_colour())


def test_cancel_goes_back_to_the_saved_theme(qtbot: QtBot) -> None:
    apply_theme(LIGHT)
    dialog = PreferencesDialog(Settings(theme=LIGHT))
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData(DARK))
    assert is_dark(window_colour())
    dialog.reject()
    assert is_light(window_colour())
    assert load_settings().theme != DARK


def test_following_the_system_switches_when_its_scheme_changes(qtbot: QtBot) -> None:
    hints = QGuiApplication.styleHints()
    apply_theme(SYSTEM, Qt.ColorScheme.Light)
    assert is_light(window_colour())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform announces it
    assert is_dark(window_colour())
    assert look.is_dark()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert is_light(window_colour())

    apply_theme(LIGHT)  # a theme chosen by hand stays
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_light(window_colour())


def test_palette_and_theme_colours_are_readable(qtbot: QtBot) -> None:
    """Text against its background reaches 4.5:1 (WCAG AA) in both themes; the focus
    ring against the window 3:1 (non-text contrast)."""
    colours: Tones
    for theme, colours in ((LIGHT, LIGHT_TONES), (DARK, DARK_TONES)):
        pal = tones.palette(theme)
        role = QPalette.ColorRole
        pairs = {
            "text on base": (pal.color(role.Text), pal.color(role.Base)),
            "window text": (pal.color(role.WindowText), pal.color(role.Window)),
            "button text": (pal.color(role.ButtonText), pal.color(role.Button)),
            "selected text": (pal.color(role.HighlightedText), pal.color(role.Highlight)),
            "link": (pal.color(role.Link), pal.color(role.Base)),
            "muted on base": (QColor(colours.muted), pal.color(role.Base)),
            "muted on window": (QColor(colours.muted), pal.color(role.Window)),
            "error": (QColor(colours.error), pal.color(role.Window)),
            "success": (QColor(colours.success), pal.color(role.Window)),
            "OCR mark": (QColor(colours.warning), pal.color(role.Base)),
            "search highlight": (look.HIGHLIGHT_TEXT, look.HIGHLIGHT),
        }
        for what, (fg, bg) in pairs.items():
            assert contrast(fg, bg) >= 4.5, (theme, what, fg.name(), bg.name())
        assert contrast(colours.accent, colours.window) >= 3.0, theme
        # the stylesheet's text on its window and fields; selected rows
        assert contrast(colours.text, colours.window) >= 4.5, theme
        assert contrast(colours.text, colours.base) >= 4.5, theme
        assert contrast(colours.selection_text, colours.selection) >= 4.5, theme
        assert contrast(colours.link, colours.selection) >= 3.0, theme  # "p.3" on a selected hit
        # disabled text is visibly fainter than enabled text
        fainter = contrast(colours.disabled, colours.window)
        assert fainter < contrast(colours.text, colours.window) / 2, theme


def test_dark_theme_is_dark_and_light_unchanged(qtbot: QtBot) -> None:
    assert is_dark(tones.palette(DARK).color(QPalette.ColorRole.Window))
    assert is_dark(tones.palette(DARK).color(QPalette.ColorRole.Base))
    assert is_light(tones.palette(LIGHT).color(QPalette.ColorRole.Base))
    light = look.stylesheet(LIGHT)
    assert "QWidget { font-size: 10pt; color: #1f2d3a; }" in light
    assert "arrow-down.svg" in light and "-dark.svg" not in light
    dark = look.stylesheet(DARK)
    assert "arrow-down-dark.svg" in dark and "#1f2d3a" not in dark


def opaque_lightness(image: QImage) -> float:
    """The mean lightness of an icon's drawn (mostly opaque) pixels."""
    values = [
        image.pixelColor(x, y).lightnessF()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon drew nothing"
    return sum(values) / len(values)


def test_icons_are_drawn_at_the_device_pixel_ratio(qtbot: QtBot) -> None:
    """At 2x an icon has twice the pixels, drawn from the SVG at that size (the same as
    the SVG rendered at 48 px), not a small picture scaled up."""
    apply_theme(LIGHT)
    look.icon.cache_clear()
    pixmap = look.icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)

    direct = QImage(48, 48, QImage.Format.Format_ARGB32)
    direct.fill(Qt.GlobalColor.transparent)
    painter = QPainter(direct)
    QSvgRenderer(QByteArray(look.svg_data("search", tones.ICON_STROKE))).render(painter)
    painter.end()
    diff = sum(
        abs(image.pixelColor(x, y).alpha() - direct.pixelColor(x, y).alpha())
        for y in range(48)
        for x in range(48)
    )
    assert diff / (48 * 48) < 2  # the same picture, pixel for pixel

    one_x = look.icon("search").pixmap(QSize(24, 24), 1.0)
    assert one_x.size() == QSize(24, 24)
    blurry = one_x.toImage().scaled(48, 48, mode=Qt.TransformationMode.SmoothTransformation)
    blurry_diff = sum(
        abs(blurry.pixelColor(x, y).alpha() - direct.pixelColor(x, y).alpha())
        for y in range(48)
        for x in range(48)
    )
    assert blurry_diff > 4 * max(diff, 1)  # and a 1x picture scaled up is visibly not it


def test_icons_are_light_in_the_dark_theme(qtbot: QtBot) -> None:
    icon = look.icon("lock")
    apply_theme(LIGHT)
    light = opaque_lightness(icon.pixmap(QSize(32, 32), 1.0).toImage())
    apply_theme(DARK)  # the same QIcon follows the theme
    dark = opaque_lightness(icon.pixmap(QSize(32, 32), 1.0).toImage())
    assert light < 0.4 < 0.7 < dark
    assert contrast(DARK_TONES.icon, DARK_TONES.window) >= 4.5


def test_labels_drawn_with_theme_colours_follow_a_live_switch(qtbot: QtBot) -> None:
    """What a widget was given once (a quote's colour in HTML, the lock icon's picture) is
    drawn again when the theme changes; the results' colours are read when painted."""
    from ui.look import IconLabel, ThemedLabel, tones
    from ui.results_view import hit_css

    apply_theme(LIGHT)
    quote = ThemedLabel(lambda: f"<span style='color:{tones().muted}'>p.1: a quote</span>")
    lock = IconLabel()
    lock.set_icon("lock", 16)
    qtbot.addWidget(quote)
    qtbot.addWidget(lock)
    assert LIGHT_TONES.muted in quote.text() and LIGHT_TONES.link in hit_css()
    light = opaque_lightness(lock.pixmap().toImage())

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not look.is_dark()  # Light was chosen: the system's change is not followed
    apply_theme(SYSTEM, Qt.ColorScheme.Dark)
    assert DARK_TONES.muted in quote.text() and LIGHT_TONES.muted not in quote.text()
    assert DARK_TONES.link in hit_css()
    assert opaque_lightness(lock.pixmap().toImage()) > light + 0.3


def test_dialog_messages_are_readable_in_both_themes(qtbot: QtBot) -> None:
    """The dialogs' error and success lines (registry, facts, passphrase, maintenance,
    audit log) were #c62828 and #2e7d32 in both themes: 2.9:1 and 3.2:1 on the dark
    window."""
    from ui.look import alert_colour

    for theme, window in ((LIGHT, "#f6f7f9"), (DARK, DARK_TONES.window)):
        apply_theme(theme)
        for kind in ("error", "ok"):
            assert contrast(alert_colour(kind), window) >= 4.5, (theme, kind)
    apply_theme(LIGHT)
    assert alert_colour("error") == "#c62828"  # the light theme as it was
