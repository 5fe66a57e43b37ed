"""ui layer: what the window puts on the clipboard is marked secret and taken back.

- Marked for clipboard managers (Klipper, CopyQ, GNOME's clipboard-history extensions,
  macOS and Windows clipboard history), as KeePassXC marks passwords:
  ``x-kde-passwordManagerHint: secret``, ``org.nspasteboard.ConcealedType`` and Windows'
  ``ExcludeClipboardContentFromMonitorProcessing`` / ``CanIncludeInClipboardHistory`` 0.
  The document viewer marks its copies where they are made (``SecretTextBrowser``);
  ``copy_text`` does for the app's own Copy buttons; anything else copied from the window
  (Ctrl+C in a field, the X11 selection) is caught by ``ClipboardGuard`` the moment the
  clipboard changes while the app owns it, and put back marked.
- Taken back after ``Settings.clipboard_clear_seconds``, when the archive locks and when
  the app quits (Qt would otherwise hand it to the clipboard manager) — only if the
  clipboard still holds what the app put there. A keyed digest is kept to compare, not
  the text.
"""

from __future__ import annotations

import hashlib
import secrets
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QTextBrowser

KDE_HINT = "x-kde-passwordManagerHint"
_WINDOWS = 'application/x-qt-windows-mime;value="{}"'
DWORD_0 = b"\x00\x00\x00\x00"
# Platforms without other programs on the clipboard (tests): every change is the app's own.
SINGLE_PROCESS_PLATFORMS = ("offscreen", "minimal")


def _hints(text: bytes) -> list[tuple[str, bytes]]:
    hints = [(KDE_HINT, b"secret")]
    if sys.platform == "darwin":
        hints.append(("application/x-nspasteboard-concealed-type", text))
    if sys.platform == "win32":
        hints += [
            (_WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"), b"1"),
            (_WINDOWS.format("CanIncludeInClipboardHistory"), DWORD_0),
            (_WINDOWS.format("CanUploadToCloudClipboard"), DWORD_0),
        ]
    return hints


def is_marked(data: QMimeData | None) -> bool:
    return data is not None and data.hasFormat(KDE_HINT)


def mark_secret(data: QMimeData) -> QMimeData:
    """Add the clipboard-manager hints to ``data`` (in place) and return it."""
    for mime, value in _hints(data.text().encode("utf-8")):
        data.setData(mime, value)
    return data


def marked_copy(data: QMimeData) -> QMimeData:
    copy = QMimeData()
    for mime in data.formats():
        copy.setData(mime, data.data(mime))
    return mark_secret(copy)


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard, marked secret (the guard takes it back later)."""
    data = QMimeData()
    data.setText(text)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setMimeData(mark_secret(data))


class SecretTextBrowser(QTextBrowser):
    """A read-only text view whose copies (Ctrl+C, menu, drag, X11 selection) are marked."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return mark_secret(super().createMimeDataFromSelection())


class ClipboardGuard(QObject):
    """Marks and later clears whatever the app puts on the clipboard (and X11 selection)."""

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = secrets.token_bytes(32)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_ours)
        self.set_seconds(seconds)
        clipboard = QGuiApplication.clipboard()
        self._single_process = QGuiApplication.platformName() in SINGLE_PROCESS_PLATFORMS
        if clipboard is not None:  # bound methods: Qt disconnects them when the guard goes
            clipboard.dataChanged.connect(self._clipboard_changed)
            if clipboard.supportsSelection():
                clipboard.selectionChanged.connect(self._selection_changed)

    def set_seconds(self, seconds: int) -> None:
        """Clear after ``seconds``; 0: only on lock and quit."""
        self._seconds = max(0, int(seconds))
        self._timer.setInterval(self._seconds * 1000)
        if not self._seconds:
            self._timer.stop()

    @property
    def seconds(self) -> int:
        return self._seconds

    def holds_ours(self) -> bool:
        clipboard = QGuiApplication.clipboard()
        return clipboard is not None and any(
            self._digest(clipboard.text(mode)) == digest for mode, digest in self._ours.items()
        )

    def clear_ours(self) -> None:
        """Empty the clipboard (and selection) where it still holds what the app put there."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        ours, self._ours = self._ours, {}
        if clipboard is None:
            return
        for mode, digest in ours.items():
            if self._digest(clipboard.text(mode)) == digest:
                clipboard.clear(mode)

    # -- watching ---------------------------------------------------------------------------
    def _owned(self, clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
        if self._single_process:
            return True
        if mode == QClipboard.Mode.Selection:
            return clipboard.ownsSelection()
        return clipboard.ownsClipboard()

    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _changed(self, mode: QClipboard.Mode) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._busy or clipboard is None or not self._owned(clipboard, mode):
            return  # another program's copy: none of our business
        data = clipboard.mimeData(mode)
        text = clipboard.text(mode)
        if data is None or not text:
            self._ours.pop(mode, None)
            return
        if not is_marked(data):  # a widget copied by itself: put it back marked, now
            self._busy = True
            try:
                clipboard.setMimeData(marked_copy(data), mode)
            finally:
                self._busy = False
        self._ours[mode] = self._digest(text)
        if self._seconds:
            self._timer.start()

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=16).digest()
