"""archive_app layer: the demo archive, built from the sample documents in resources/demo."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from archive_app.importer import ImportOptions
from archive_app.paths import demo_archive_path
from archive_app.session import Archive

DEMO_PASSPHRASE = "demo archive - not for real cases"  # noqa: S105 - public by design
DEMO_CASE = "Atajurt 19 (Taldykorgan trial)"
DEMO_PERSONS: tuple[tuple[str, tuple[str, ...], str, str, str], ...] = (
    (
        "Yerlan Seitkali",
        ("Ерлан Сейткали", "Ерлан Сейтқали", "Seitkali Yerlan"),
        "defender",
        "detained",
        "yes",
    ),
    (
        "Nazigul Maksutkhan",
        ("Назигуль Максутхан", "Нәзигүл Мақсұтхан", "Nazigul Maqsutqan"),
        "defender",
        "house arrest",
        "no",
    ),
)


# Dates the sample documents carry in their text.
DEMO_DATES = {
    "court-ruling-taldykorgan-ru.txt": "2026-01-14",
    "diplomatic-note-consulate-en.txt": "2025-11-18",
    "lawyer-letter-kk.txt": "2026-01-20",
    "witness-statement-en.txt": "2025-12-09",
    "urgent-appeal-atajurt-2026.txt": "2026-01",
}


def demo_files() -> list[Path]:
    folder = resources.files("resources") / "demo"
    names = sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.endswith((".txt", ".pdf"))
    )
    paths: list[Path] = []
    for name in names:
        with resources.as_file(folder / name) as path:
            paths.append(Path(path))
    return paths


def build_demo(path: Path) -> Archive:
    """Create the demo archive at ``path`` and fill it; the caller closes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    archive, _ = Archive.create(path, DEMO_PASSPHRASE)
    archive.registry.add_case(DEMO_CASE, reference="Taldykorgan city court, 2026")
    for name, aliases, role, status, consent in DEMO_PERSONS:
        archive.registry.add_person(
            name, aliases=list(aliases), role=role, status=status, consent=consent
        )
    archive.importer().import_paths(demo_files(), ImportOptions(cases=(DEMO_CASE,)))
    for doc in archive.documents.all():
        if doc.filename in DEMO_DATES:
            archive.documents.edit(doc.id, doc_date=DEMO_DATES[doc.filename])
        if doc.filename.startswith(("court-ruling", "lawyer-letter", "urgent-appeal")):
            archive.tags.tag([doc.id], persons=["Yerlan Seitkali"], articles=["KZ-CC 174(2)"])
    return archive


def ensure_demo() -> Path:
    """The demo archive's path, building it on first use."""
    path = demo_archive_path()
    if not path.exists():
        build_demo(path).close()
    return path


def open_demo() -> Archive:
    path = demo_archive_path()
    if path.exists():
        return Archive.open(path, DEMO_PASSPHRASE)
    return build_demo(path)
