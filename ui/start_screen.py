"""ui layer: the unlock screen: recent archives, open another, create a new one.

The recent list is kept only while "Remember recently opened archives" is ticked (the
same switch as in Preferences); "Forget this list" empties it at once.

A wrong passphrase gets a clear message; after repeated failures the Unlock
button waits a little longer each time. "Remember on this computer" appears
only with a secure system keyring and is off by default.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app import secrets
from archive_app.secrets import keyring_state
from ui import file_dialogs
from ui.look import icon, named

FREE_FAILURES = 2
MAX_DELAY_S = 30


def failure_delay(failures: int) -> int:
    """Seconds to wait before the next try: none for the first mistakes, then 2, 4, 8 ... 30."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_FAILURES + 1)))


class StartScreen(QWidget):
    unlock_requested = Signal(str, str, bool)  # path, passphrase, remember
    create_requested = Signal()
    remember_recent_changed = Signal(bool)
    forget_recent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._failures = 0
        self._wait_left = 0
        self._failure_text = ""  # the last failure's message, without the countdown
        self.countdown = QTimer(self)  # a second of the back-off gone
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

        card = named(QFrame(), "card")
        card.setMaximumWidth(620)
        title = named(QLabel(self.tr("Secure case archive")), "heading")
        subtitle = named(
            QLabel(
                self.tr(
                    "Everything is kept in one encrypted file. Nothing is readable without the"
                    " passphrase."
                )
            ),
            "subheading",
        )
        subtitle.setWordWrap(True)

        self.recent = QListWidget()
        self.recent.setMaximumHeight(140)
        self.recent.currentItemChanged.connect(self._recent_chosen)
        self.remember_recent = QCheckBox(self.tr("Remember recently opened archives"))
        self.remember_recent.setToolTip(
            self.tr(
                "Keeps the paths of the archives you open on this computer, so they are listed"
                " here. Archive file names often name the case: untick to keep no list."
            )
        )
        self.remember_recent.toggled.connect(self.remember_recent_changed)
        self.forget_recent = QPushButton(self.tr("Forget this list"))
        self.forget_recent.setObjectName("forgetRecent")
        self.forget_recent.setFlat(True)
        self.forget_recent.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forget_recent.clicked.connect(self.forget_recent_requested)
        open_other = QPushButton(icon("archive"), self.tr("Open another archive…"))
        open_other.clicked.connect(self._browse)
        create = QPushButton(icon("key"), self.tr("Create a new archive…"))
        create.clicked.connect(self.create_requested)

        self.path_label = named(QLabel(self.tr("No archive chosen")), "hint")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.passphrase.textChanged.connect(self._update_button)
        state = keyring_state()
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setChecked(False)
        self.remember.setEnabled(state.available)
        note = (
            self.tr("Stored in the system keyring.")
            if state.available
            else self.tr(
                "No secure system keyring (Secret Service, macOS Keychain or Windows"
                " Credential Locker) is available, so the passphrase is asked every time."
            )
        )
        self.remember_note = named(QLabel(note), "hint")
        self.remember_note.setWordWrap(True)
        self.demo_notice = named(QLabel(), "demoNotice")
        self.demo_notice.setWordWrap(True)
        self.demo_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_notice.hide()
        self.error = named(QLabel(), "errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = named(QPushButton(icon("unlock"), self.tr("Unlock")), "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        # Shown when this computer's secure keyring holds the archive's passphrase.
        self.keyring_button = QPushButton(icon("unlock"), self.tr("Unlock with the system keyring"))
        self.keyring_button.clicked.connect(self._unlock_from_keyring)
        self.keyring_button.hide()
        self._from_keyring = False

        buttons = QHBoxLayout()
        buttons.addWidget(open_other)
        buttons.addWidget(create)
        buttons.addStretch()
        form = QVBoxLayout(card)
        form.setContentsMargins(28, 24, 28, 24)
        form.setSpacing(10)
        form.addWidget(title)
        form.addWidget(subtitle)
        form.addSpacing(8)
        self.recent_label = QLabel(self.tr("Recent archives"))
        form.addWidget(self.recent_label)
        form.addWidget(self.recent)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.remember_recent)
        recent_row.addStretch()
        recent_row.addWidget(self.forget_recent)
        form.addLayout(recent_row)
        form.addLayout(buttons)
        form.addSpacing(8)
        form.addWidget(self.path_label)
        form.addWidget(self.demo_notice)
        form.addWidget(self.passphrase)
        form.addWidget(self.remember)
        form.addWidget(self.remember_note)
        form.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.keyring_button)
        row.addWidget(self.unlock_button)
        form.addLayout(row)

        outer = QVBoxLayout(self)
        outer.addStretch()
        centre = QHBoxLayout()
        centre.addStretch()
        centre.addWidget(card, 3)
        centre.addStretch()
        outer.addLayout(centre)
        outer.addStretch(2)
        self._path: Path | None = None
        self._update_button()

    # -- state ------------------------------------------------------------------------------
    def set_recent(self, paths: list[Path], remember: bool = True) -> None:
        self.recent.clear()
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
        self.forget_recent.setVisible(bool(paths))
        self.remember_recent.blockSignals(True)
        self.remember_recent.setChecked(remember)
        self.remember_recent.blockSignals(False)
        for path in paths:
            item = QListWidgetItem(icon("archive"), str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)

    def choose(self, path: Path) -> None:
        self._path = path
        self.path_label.setText(self.tr("Archive: {path}").format(path=path))
        self.error.hide()
        remembered = self.remember.isEnabled() and secrets.recall(path) is not None
        self.keyring_button.setVisible(remembered)
        self.remember.setChecked(remembered)  # untick it to forget at the next unlock
        self._update_button()
        self.passphrase.setFocus()

    def show_demo(self, passphrase: str) -> None:
        self.demo_notice.setText(
            self.tr(
                "Demo archive built from the bundled sample documents. Its passphrase is:"
                "  <b>{passphrase}</b>"
            ).format(passphrase=passphrase)
        )
        self.demo_notice.show()

    def reset(self) -> None:
        """Forget the typed passphrase (after unlocking or on lock)."""
        self.passphrase.clear()
        self.error.hide()

    def unlock_failed(self, message: str) -> None:
        if self._from_keyring and self._path is not None:
            # A stale entry (the passphrase was changed elsewhere) is never kept or retried.
            self._from_keyring = False
            secrets.forget(self._path)
            self.keyring_button.hide()
            self.remember.setChecked(False)
            message = self.tr(
                "the passphrase remembered on this computer no longer opens this archive;"
                " it was forgotten: type the passphrase"
            )
        self._failures += 1
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        delay = failure_delay(self._failures)
        self._failure_text = message[:1].upper() + message[1:] + "."
        self._wait_left = delay
        if delay:
            self.countdown.start()
        self._show_failure()
        self.error.show()
        self._update_button()

    def _show_failure(self) -> None:
        """The failure's message, with the seconds left to wait while there are any."""
        text = self._failure_text
        if self._wait_left > 0:
            text += " " + self.tr("Too many attempts: try again in %n s.", "", self._wait_left)
        self.error.setText(text)

    def unlock_succeeded(self) -> None:
        self._failures = 0
        self._from_keyring = False
        self.reset()

    @property
    def path(self) -> Path | None:
        return self._path

    # -- slots ------------------------------------------------------------------------------
    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left <= 0:
            self.countdown.stop()
        self._show_failure()
        self._update_button()

    def _update_button(self) -> None:
        waiting = self._wait_left > 0
        self.unlock_button.setEnabled(
            bool(self._path) and bool(self.passphrase.text()) and not waiting
        )
        self.unlock_button.setText(
            self.tr("Unlock ({seconds} s)").format(seconds=self._wait_left)
            if waiting
            else self.tr("Unlock")
        )

    def _recent_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(Path(item.text()))

    def _browse(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            self.tr("Open archive"),
            file_dialogs.ARCHIVE,
            self.tr("Archives (*.archive);;All files (*)"),
        )
        if chosen:
            self.choose(chosen)

    def _unlock_from_keyring(self) -> None:
        """Open with the passphrase this computer's secure keyring holds (only a secure
        backend: Secret Service, macOS Keychain, Windows Credential Locker)."""
        if self._path is None or self._wait_left > 0:
            return
        passphrase = secrets.recall(self._path)
        if passphrase is None:
            self.keyring_button.hide()
            return
        self._from_keyring = True
        self.keyring_button.setEnabled(False)
        self.unlock_requested.emit(str(self._path), passphrase, True)
        self.keyring_button.setEnabled(True)

    def _unlock(self) -> None:
        self._from_keyring = False
        if self.unlock_button.isEnabled() and self._path is not None:
            self.unlock_button.setEnabled(False)
            self.unlock_requested.emit(
                str(self._path), self.passphrase.text(), self.remember.isChecked()
            )
