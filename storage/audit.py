"""storage layer: the append-only, hash-chained audit log.

Each entry's hash covers its own fields and the previous entry's hash, so any
edit, insertion or deletion in the middle breaks the chain from there on. The
table also refuses UPDATE and DELETE with triggers.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now

if TYPE_CHECKING:
    from storage.database import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_seq: int | None = None

    @property
    def message(self) -> str:
        if self.ok:
            return f"audit chain intact ({self.entries} entries)"
        return f"audit chain broken at entry {self.first_bad_seq}"


def _digest(
    seq: int, at: str, actor: str, action: str, target: str, details: str, prev_hash: str
) -> str:
    payload = json.dumps(
        [seq, at, actor, action, target, details, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    db: Database, actor: str, action: str, target: str = "", details: dict[str, Any] | None = None
) -> int:
    """Append one entry; call inside the transaction of the change it records."""
    with db.atomic():
        last = db.one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq = 1 if last is None else int(last["seq"]) + 1
        prev = GENESIS if last is None else str(last["hash"])
        at = utc_now()
        body = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
        digest = _digest(seq, at, actor, action, target, body, prev)
        db.execute(
            "INSERT INTO audit_log(seq, at, actor, action, target, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action, target, body, prev, digest),
        )
    return seq


def entries(
    db: Database, *, limit: int | None = None, action: str | None = None
) -> list[AuditEntry]:
    sql = "SELECT * FROM audit_log"
    params: list[Any] = []
    if action:
        sql += " WHERE action = ?"
        params.append(action)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = db.all(sql, tuple(params))
    return [
        AuditEntry(
            seq=int(r["seq"]),
            at=r["at"],
            actor=r["actor"],
            action=r["action"],
            target=r["target"],
            details=json.loads(r["details"]),
            prev_hash=r["prev_hash"],
            hash=r["hash"],
        )
        for r in reversed(rows)
    ]


def verify_chain(db: Database) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for r in db.execute("SELECT * FROM audit_log ORDER BY seq"):
        seq = int(r["seq"])
        recomputed = _digest(
            seq, r["at"], r["actor"], r["action"], r["target"], r["details"], r["prev_hash"]
        )
        if seq != expected_seq or r["prev_hash"] != prev or recomputed != r["hash"]:
            return ChainReport(entries=count, ok=False, first_bad_seq=seq)
        prev = r["hash"]
        expected_seq += 1
        count += 1
    return ChainReport(entries=count, ok=True)
