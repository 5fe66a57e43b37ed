"""ui layer: the name of a search to save (Saved searches → Save this search…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.look import named


class SaveSearchDialog(QDialog):
    def __init__(self, query: str, taken: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save this search"))
        self._taken = {name.casefold() for name in taken}
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("e.g. Seitkali detention 2019"))
        shown = QLabel(query)
        shown.setWordWrap(True)
        self.hint = named(QLabel(), "hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Search"), shown)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(
            named(
                QLabel(self.tr("Saved searches are kept in the archive, encrypted with it.")),
                "hint",
            )
        )
        layout.addWidget(self.buttons)
        self.name_field.textChanged.connect(self._check)
        self._check()

    def name(self) -> str:
        return " ".join(self.name_field.text().split())

    def _check(self) -> None:
        name = self.name()
        taken = name.casefold() in self._taken
        self.hint.setText(
            self.tr("A saved search is already called “{name}”.").format(name=name) if taken else ""
        )
        self.hint.setVisible(taken)
        self.save_button.setEnabled(bool(name) and not taken)

    def accept(self) -> None:
        if self.save_button.isEnabled():
            super().accept()
