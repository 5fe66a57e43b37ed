"""storage layer: the seeded registry of instruments and legal articles (migration 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.database import Database

INSTRUMENTS: tuple[tuple[str, str], ...] = (
    ("ICCPR", "International Covenant on Civil and Political Rights"),
    ("CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment"),
    ("UDHR", "Universal Declaration of Human Rights"),
    ("KZ-CC", "Criminal Code of the Republic of Kazakhstan"),
    ("KZ-AOC", "Code of Administrative Offences of the Republic of Kazakhstan"),
    ("KZ-CPC", "Criminal Procedure Code of the Republic of Kazakhstan"),
    ("KZ-CONST", "Constitution of the Republic of Kazakhstan"),
)

# (instrument, article, part, title)
ARTICLES: tuple[tuple[str, str, str | None, str], ...] = (
    ("ICCPR", "2", None, "Respect for and ensuring of rights; effective remedy"),
    ("ICCPR", "7", None, "Prohibition of torture and cruel, inhuman or degrading treatment"),
    ("ICCPR", "9", None, "Liberty and security of person; no arbitrary arrest or detention"),
    ("ICCPR", "10", None, "Humane treatment of persons deprived of their liberty"),
    ("ICCPR", "12", None, "Liberty of movement; freedom to leave any country"),
    ("ICCPR", "14", None, "Fair trial"),
    ("ICCPR", "14", "7", "Ne bis in idem: not to be tried or punished again for the same offence"),
    ("ICCPR", "17", None, "Privacy, family, home and correspondence"),
    ("ICCPR", "18", None, "Freedom of thought, conscience and religion"),
    ("ICCPR", "19", None, "Freedom of opinion and expression"),
    ("ICCPR", "21", None, "Right of peaceful assembly"),
    ("ICCPR", "22", None, "Freedom of association"),
    ("ICCPR", "26", None, "Equality before the law and non-discrimination"),
    ("CAT", "1", None, "Definition of torture"),
    ("CAT", "2", None, "Effective measures to prevent torture"),
    ("CAT", "15", None, "Statements made as a result of torture not invoked as evidence"),
    ("CAT", "16", None, "Other cruel, inhuman or degrading treatment or punishment"),
    ("KZ-CC", "174", None, "Inciting social, national, clan, racial, class or religious discord"),
    ("KZ-CC", "174", "1", "Inciting discord (basic offence)"),
    ("KZ-CC", "174", "2", "Inciting discord by a group, with violence or by an official"),
    ("KZ-CC", "179", None, "Propaganda or public calls to seize or retain power"),
    ("KZ-CC", "256", None, "Propaganda of terrorism or public calls to commit terrorism"),
    ("KZ-CC", "274", None, "Dissemination of knowingly false information"),
    (
        "KZ-CC",
        "405",
        None,
        "Organising or participating in a banned public or religious association",
    ),
    ("KZ-AOC", "488", None, "Violation of the law on peaceful assemblies"),
    ("KZ-CPC", "128", None, "Grounds for detaining a suspect"),
    ("KZ-CPC", "146", None, "House arrest"),
    ("KZ-CPC", "147", None, "Detention in custody"),
)


def citation_for(instrument: str, article: str, part: str | None) -> str:
    """The canonical citation: ``KZ-CC 174(2)``, ``ICCPR 19``."""
    return f"{instrument} {article}({part})" if part else f"{instrument} {article}"


def seed_registry(db: Database) -> None:
    db.executemany("INSERT OR IGNORE INTO instruments(code, name) VALUES (?, ?)", INSTRUMENTS)
    db.executemany(
        "INSERT OR IGNORE INTO legal_articles(citation, instrument, article, part, title)"
        " VALUES (?, ?, ?, ?, ?)",
        [(citation_for(i, a, p), i, a, p, t) for i, a, p, t in ARTICLES],
    )
