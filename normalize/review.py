"""The steward review loop: a review file to fill in Excel, and an append-only decisions file.

    run N:    match → uncertain cells → write_review(review.csv)      (steward fills decision columns)
    run N+1:  apply_review_file(review.csv → decisions.csv) → match applies decisions → write_review

decisions.csv is kept in the repository and only ever appended to, so every decision keeps who
made it and when; the latest decision for an item wins. A filled review row that has not been
applied yet is carried over when the review file is rewritten, so no steward work is lost.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from catalog.model import SourceRef, stable_id

if TYPE_CHECKING:  # issuers.py imports this module; the types are only for the checker
    import pandas as pd

    from normalize.issuers import IssuerMatch, IssuerParts

DEFAULT_DECISIONS = Path(__file__).parent / "data" / "decisions.csv"

DECISIONS = ("accept", "reject", "new")
# Stewards type in Excel, sometimes in Chinese.
_DECISION_WORDS = {
    "accept": "accept", "accepted": "accept", "yes": "accept", "y": "accept", "接受": "accept", "同意": "accept",
    "reject": "reject", "rejected": "reject", "no": "reject", "n": "reject", "拒绝": "reject", "否": "reject",
    "new": "new", "新": "new", "新建": "new", "新增": "new",
}
DECISION_COLUMNS = ("item_id", "kind", "raw", "decision", "target_id", "decided_by", "decided_at", "note")
STEWARD_COLUMNS = ("decision", "target_id", "decided_by", "note")
_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class ReviewItem:
    """One uncertain cell, with what it was parsed into, the candidates and where it was printed."""

    item_id: str
    kind: str
    status: str
    raw: str
    name_zh: str = ""
    name_en: str = ""
    abbr: str = ""
    country: str = ""
    candidates: str = ""
    top_candidate: str = ""
    provisional_id: str = ""
    notice: str = ""
    source_file: str = ""
    page: int | None = None
    row: int | None = None
    occurrences: int = 1


REVIEW_COLUMNS = tuple(f.name for f in fields(ReviewItem)) + STEWARD_COLUMNS


@dataclass(frozen=True)
class Decision:
    """A steward's decision on one review item."""

    item_id: str
    kind: str
    raw: str
    decision: str
    target_id: str
    decided_by: str
    decided_at: str
    note: str = ""


@dataclass(frozen=True)
class Decisions:
    """Every decision ever recorded, oldest first."""

    rows: tuple[Decision, ...] = ()

    @cached_property
    def _by_item(self) -> dict[str, tuple[Decision, ...]]:
        index: dict[str, list[Decision]] = {}
        for decision in self.rows:
            index.setdefault(decision.item_id, []).append(decision)
        return {item_id: tuple(ds) for item_id, ds in index.items()}

    def history(self, item_id: str) -> tuple[Decision, ...]:
        """Every decision on one item, oldest first."""
        return self._by_item.get(item_id, ())

    def latest(self, item_id: str) -> Decision | None:
        """The decision in force for an item: the last one recorded."""
        history = self.history(item_id)
        return history[-1] if history else None

    def rejected(self, item_id: str) -> frozenset[str]:
        """Candidates a steward ever rejected for the item (never suggested again)."""
        return frozenset(d.target_id for d in self.history(item_id) if d.decision == "reject" and d.target_id)


def review_item_id(kind: str, *parts: str) -> str:
    """A review item's id, from its kind and normalized text, so it is the same on every run."""
    return stable_id("rev", kind, *parts)


def _read_rows(path: Path) -> list[dict[str, str]]:
    """CSV rows as dicts. Excel may save in GB18030 instead of UTF-8; accept both."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(text.splitlines())]


def _excel_safe(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in Excel; a leading ' shows it as text.
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _unexcel(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:2] in _FORMULA_START else value


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, str]], bom: bool) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\r\n" if bom else "\n")
        writer.writeheader()
        writer.writerows(rows)
    os.replace(tmp, path)


def load_decisions(path: Path | None = None) -> Decisions:
    """Read decisions.csv (default normalize/data/decisions.csv; a missing file is no decisions yet)."""
    path = path or DEFAULT_DECISIONS
    if not path.exists():
        return Decisions()
    rows = []
    for number, row in enumerate(_read_rows(path), 2):
        decision = _DECISION_WORDS.get(row.get("decision", "").casefold())
        if decision is None or not row.get("item_id"):
            raise ValueError(f"{path}:{number}: needs an item_id and a decision in {DECISIONS}")
        values = {name: row.get(name, "") for name in DECISION_COLUMNS}
        rows.append(Decision(**{**values, "decision": decision}))
    return Decisions(tuple(rows))


def merge_review_items(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    """One item per item_id (the first place it was printed), counting its occurrences, in stable order."""
    merged: dict[str, ReviewItem] = {}
    place = lambda i: (i.notice, i.source_file, i.page or 0, i.row or 0)  # noqa: E731
    for item in sorted(items, key=place):
        seen = merged.get(item.item_id)
        merged[item.item_id] = replace(seen, occurrences=seen.occurrences + item.occurrences) if seen else item
    return sorted(merged.values(), key=lambda i: (i.kind, i.status, i.raw, i.item_id))


def _item_row(item: ReviewItem) -> dict[str, str]:
    return {k: _excel_safe("" if v is None else str(v)) for k, v in asdict(item).items()}


def review_item(parts: IssuerParts, match: IssuerMatch, notice: str, ref: SourceRef) -> ReviewItem:
    """The review row of an issuer cell printed at `ref` in `notice`."""
    from normalize.issuers import issuer_review_item  # a cycle at import time, not at call time

    return issuer_review_item(parts, match, notice=notice, source_file=ref.file, page=ref.page, row=ref.row)


def review_rows(items: Iterable[ReviewItem]) -> list[dict[str, str]]:
    """Review items as CSV rows (REVIEW_COLUMNS, steward columns empty), merged and in stable order."""
    return [{**_item_row(item), **{c: "" for c in STEWARD_COLUMNS}} for item in merge_review_items(items)]


def review_frame(items: Iterable[ReviewItem]) -> pd.DataFrame:
    """Review items as a DataFrame with REVIEW_COLUMNS, for publishing next to the catalog."""
    import pandas as pd  # only the publishing edge needs pandas

    return pd.DataFrame.from_records(review_rows(items), columns=list(REVIEW_COLUMNS)).astype("string")


def write_review(items: Iterable[ReviewItem], path: Path, decisions: Decisions | None = None) -> int:
    """Write the review file (UTF-8 with BOM for Excel); returns how many items wait.

    Steward columns already filled in the old file are kept for items still listed, and a
    filled row whose decision is not in `decisions` yet is kept even if the item is gone.
    """
    old = {r.get("item_id", ""): r for r in _read_rows(path)} if path.exists() else {}
    rows = []
    for item in merge_review_items(items):
        row = _item_row(item)
        row.update({c: old.get(item.item_id, {}).get(c, "") for c in STEWARD_COLUMNS})
        rows.append(row)
    listed = {r["item_id"] for r in rows}
    known = decisions or Decisions()
    for item_id, row in old.items():
        if item_id not in listed and row.get("decision") and known.latest(item_id) is None:
            rows.append({c: row.get(c, "") for c in REVIEW_COLUMNS})
    _write_csv(path, REVIEW_COLUMNS, rows, bom=True)
    return len(rows)


def _row_to_item(row: dict[str, str]) -> ReviewItem:
    def number(text: str) -> int | None:
        return int(text) if text.isdigit() else None

    values = {f.name: _unexcel(row.get(f.name, "")) for f in fields(ReviewItem)}
    occurrences = number(values.pop("occurrences")) or 1
    page, line = number(values.pop("page")), number(values.pop("row"))
    return ReviewItem(**values, page=page, row=line, occurrences=occurrences)


def pending_items(review_csv: Path, decisions: Decisions) -> list[ReviewItem]:
    """Items in the review file that no recorded decision settles yet."""
    if not review_csv.exists():
        return []
    rows = [r for r in _read_rows(review_csv) if r.get("item_id")]
    return [_row_to_item(r) for r in rows if decisions.latest(r["item_id"]) is None]


def _filled_decision(row: dict[str, str], where: str, now: datetime) -> Decision:
    decision = _DECISION_WORDS.get(row["decision"].casefold())
    if decision is None:
        raise ValueError(f"{where}: decision {row['decision']!r} is not one of {DECISIONS}")
    target = row.get("target_id", "")
    if decision == "new":
        target = target or row.get("provisional_id", "")
    else:
        target = target or row.get("top_candidate", "")
    if not target:
        raise ValueError(f"{where}: '{decision}' needs a target_id (there is no candidate to take)")
    return Decision(
        item_id=row["item_id"], kind=row.get("kind", ""), raw=_unexcel(row.get("raw", "")), decision=decision,
        target_id=target, decided_by=row.get("decided_by", "") or "unknown",
        decided_at=now.isoformat(timespec="seconds"), note=row.get("note", ""),
    )


def apply_review_file(review_csv: Path, decisions_csv: Path | None, now: datetime) -> int:
    """Append the decisions a steward filled in review_csv to decisions_csv; returns how many were new."""
    decisions_csv = decisions_csv or DEFAULT_DECISIONS
    if not review_csv.exists():
        return 0
    known = load_decisions(decisions_csv)
    added: list[Decision] = []
    for number, row in enumerate(_read_rows(review_csv), 2):
        if not row.get("decision") or not row.get("item_id"):
            continue  # still pending
        decision = _filled_decision(row, f"{review_csv}:{number}", now)
        earlier = [d for d in added if d.item_id == decision.item_id]
        latest = earlier[-1] if earlier else known.latest(decision.item_id)
        if latest and (latest.decision, latest.target_id) == (decision.decision, decision.target_id):
            continue  # already recorded: re-running must not duplicate history
        added.append(decision)
    if added:
        rows = [asdict(d) for d in (*known.rows, *added)]
        _write_csv(decisions_csv, DECISION_COLUMNS, rows, bom=False)
    return len(added)
