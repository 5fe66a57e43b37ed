"""ui layer: facet counts for the current search; a click filters, a second click clears.

In a narrow window (1024 px, 1.5x scale) the panel keeps a width that shows about twenty
letters of a name: a longer name is cut with "…" and shown whole in its tooltip, a
group's title spans the row, and the counts stay in view.

Persons, legal articles and cases filter by their id (``SearchRequest.filters``), never
through their name as query text: two persons whose names fold alike stay apart, and
the count beside a value is the number of documents the filter shows. Types, languages
and years are exact values and filter as query clauses.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.labels import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, TYPE_NAMES, translated

GROUPS: tuple[tuple[str, str], ...] = (
    ("cases", QT_TRANSLATE_NOOP("FacetsPanel", "Cases")),
    ("persons", QT_TRANSLATE_NOOP("FacetsPanel", "Persons")),
    ("articles", QT_TRANSLATE_NOOP("FacetsPanel", "Legal articles")),
    ("types", QT_TRANSLATE_NOOP("FacetsPanel", "Document types")),
    ("languages", QT_TRANSLATE_NOOP("FacetsPanel", "Languages")),
    ("years", QT_TRANSLATE_NOOP("FacetsPanel", "Years")),
)
ROLE_FILTER = Qt.ItemDataRole.UserRole + 1
ID_GROUPS = ("persons", "articles", "cases")
ID_MARK = "#"  # an active filter "persons#12": by id, not a query clause
NAME_LETTERS = 22  # of a name the panel is wide enough for, at least


def filter_clause(group: str, value: str) -> str:
    """The query clause a value of a plain facet (type, language, year) stands for."""
    if group == "types":
        return f"type:{value}"
    if group == "languages":
        return f"lang:{value}" if value != "unknown" else ""
    if group == "years":
        return f"date:[{value}-01-01 to {value}-12-31]"
    return ""


class FacetsPanel(QTreeWidget):
    filters_changed = Signal(list)  # the active clauses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(12)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # counts in view
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(self.minimumSizeHint().width())
        self.setToolTip(
            self.tr("Click a value to filter by it; click it again to remove the filter")
        )
        self.active: list[str] = []
        self._labels: dict[str, str] = {}  # clause -> what the list showed for it
        self._collapsed: set[str] = set()
        self.itemClicked.connect(self._clicked)

    def minimumSizeHint(self) -> QSize:
        """Room for about twenty letters of a name, its indentation and a count."""
        metrics = self.fontMetrics()
        name = metrics.averageCharWidth() * NAME_LETTERS
        count = metrics.horizontalAdvance("0000")
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(name + count + 2 * self.indentation() + frame + 12, 120)

    def show_facets(
        self,
        facets: dict[str, list[tuple[str, int]]],
        ids: Mapping[str, Mapping[str, int]] | None = None,
    ) -> None:
        """Show the counts; ``ids`` (group -> value -> id) lets persons, articles and cases
        filter by id (without it they are shown but do not filter)."""
        ids = ids or {}
        groups = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        self._collapsed |= {g.text(0) for g in groups if g is not None and not g.isExpanded()}
        self._collapsed -= {g.text(0) for g in groups if g is not None and g.isExpanded()}
        self.clear()
        for key, label in GROUPS:
            values = facets.get(key, [])
            if not values:
                continue
            title = translated("FacetsPanel", label)
            group = QTreeWidgetItem(self, [title, ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)  # the title takes the row: no count there
            group.setToolTip(0, title)
            for value, count in values:
                if key in ID_GROUPS:
                    found = ids.get(key, {}).get(value)
                    clause = f"{key}{ID_MARK}{found}" if found is not None else ""
                else:
                    clause = filter_clause(key, value)
                names: Mapping[str, str] = {"languages": LANGUAGE_NAMES, "types": TYPE_NAMES}.get(
                    key, {}
                )
                shown = names.get(value, value)
                item = QTreeWidgetItem(group, [shown, str(count)])
                item.setToolTip(0, shown)  # whole, where the list cuts it
                item.setToolTip(1, shown)
                item.setData(0, ROLE_FILTER, clause)
                self._labels[clause] = shown
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if clause and clause in self.active:
                    item.setCheckState(0, Qt.CheckState.Checked)
                    font = item.font(0)
                    font.setBold(True)
                    item.setFont(0, font)
            group.setExpanded(title not in self._collapsed)  # groups stay as the user left them

    def clear_filters(self) -> None:
        self.active = []

    def clauses(self) -> list[str]:
        """The active filters that are query clauses (types, languages, years)."""
        return [clause for clause in self.active if ID_MARK not in clause]

    def id_filters(self) -> tuple[tuple[str, int], ...]:
        """The active filters by id: ``(group, id)`` for ``SearchRequest.filters``."""
        pairs = (clause.split(ID_MARK, 1) for clause in self.active if ID_MARK in clause)
        return tuple((group, int(number)) for group, number in pairs)

    def active_labels(self) -> list[str]:
        """The active filters as the list names them ("Kazakh", not ``lang:kk``)."""
        return [self._labels.get(clause, clause) for clause in self.active]

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        clause = item.data(0, ROLE_FILTER)
        if not clause:
            return
        if clause in self.active:
            self.active.remove(clause)
        else:
            self.active.append(clause)
        self.filters_changed.emit(list(self.active))
