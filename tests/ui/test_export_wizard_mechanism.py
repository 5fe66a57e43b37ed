"""The export wizard's "Exported for" choice (issue 20): the bundle follows the consent the
persons gave for that UN mechanism; the page says, by name, who it keeps out and why, and
the preview redacts them as the export will."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from archive_app.facts.service import FactService
from archive_app.session import Archive
from ui.export.wizard import ExportWizard
from ui.session import UiSession

WAIT = 20_000


def _seed(archive: Archive, folder: Path) -> int:
    note = folder / "protocol.txt"
    note.write_text("Yerlan Seitkali was detained. Lawyer Zhanar Kurmangaliyeva came.", "utf-8")
    doc = archive.importer().import_paths([note]).document_ids[0]
    archive.registry.add_person("Yerlan Seitkali", role="defender")
    archive.registry.add_person("Zhanar Kurmangaliyeva", role="lawyer")
    service = FactService(archive)
    service.set_consent("Yerlan Seitkali", "wgad", submit="yes", public_naming="initials")
    service.set_consent("Zhanar Kurmangaliyeva", "wgad", submit="yes", public_naming="full")
    service.set_consent("Zhanar Kurmangaliyeva", "sp", submit="no")
    return doc


def test_the_mechanism_chosen_decides_who_is_named(
    qtbot: QtBot, ui_session: UiSession, on_db: Callable[..., Any], tmp_path: Path
) -> None:
    doc = on_db(lambda a: _seed(a, tmp_path))
    wizard = ExportWizard(ui_session, [doc])
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.documents.isComplete(), timeout=WAIT)
    wizard.next()  # -> redactions
    profile = wizard.profile
    qtbot.waitUntil(lambda: profile.loaded, timeout=WAIT)
    assert profile.mechanism() is None and wizard.export_options().mechanism is None
    key = wizard.profile_key()

    profile.mechanism_box.setCurrentIndex(profile.mechanism_box.findData("wgad"))
    qtbot.waitUntil(lambda: bool(profile.mechanism_namings), timeout=WAIT)
    label = profile.mechanism_label.text()
    assert "as their consent for WGAD allows" in label
    assert "<b>Yerlan Seitkali</b>: initials only" in label and "Kurmangaliyeva" not in label
    assert wizard.export_options().mechanism == "wgad"
    assert wizard.profile_key() != key  # the preview is drawn again
    document = wizard.docs()[0]
    rules = on_db(lambda a: wizard.preview_rules(a, document))
    assert [p.names[0] for p in rules.persons] == ["Yerlan Seitkali"]

    profile.mechanism_box.setCurrentIndex(profile.mechanism_box.findData("sp"))
    qtbot.waitUntil(lambda: "Kurmangaliyeva" in profile.mechanism_label.text(), timeout=WAIT)
    assert "<b>Zhanar Kurmangaliyeva</b>: not to be named" in profile.mechanism_label.text()
    assert "Seitkali" not in profile.mechanism_label.text()  # no record for sp: registry's
    profile.mechanism_box.setCurrentIndex(0)
    assert profile.mechanism_label.text() == "" and wizard.export_options().mechanism is None
