"""The steward review loop: a review file to fill in Excel, and an append-only decisions file.

    run N:    match → uncertain cells → write_review(review.csv)      (steward fills decision columns)
    run N+1:  apply_review_file(review.csv → decisions.csv) → match applies decisions → write_review

decisions.csv is kept in the repository and only ever appended to, so every decision keeps who
made it and when; the latest decision for an item wins. A filled review row that has not been
applied yet is carried over when the review file is rewritten, so no steward work is lost.
"""

from __future__ import annotations

import csv
import difflib
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, fields, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import DataFileError
from core.model import SourceRef
from normalize.decisions import (  # noqa: F401  (records re-exported for the review loop's users)
    DECISION_COLUMNS,
    DECISIONS,
    DEFAULT_DECISIONS,
    REVIEW_COLUMNS,
    STEWARD_COLUMNS,
    Decision,
    Decisions,
    ReviewItem,
    bracket_answer,
    decision_word,
    review_item_id,
)
from normalize.issuers import IssuerMatch, IssuerParts, issuer_review_item

if TYPE_CHECKING:
    import pandas as pd

_FORMULA_START = ("=", "+", "-", "@")


def _read_rows(path: Path) -> list[dict[str, str]]:
    """CSV rows as dicts (UTF-8 or GB18030, as Excel saves them), blank rows left out."""
    return [row for _, row in _read_table(path, required=(), what="review file")[1]]


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


def load_decisions(path: Path | None = None, *, missing_ok: bool = True) -> Decisions:
    """Read decisions.csv (default normalize/data/decisions.csv).

    A missing file is "no decisions yet" only where `missing_ok` (the default file before the
    first decision); a file named by the steward must exist. Every problem names its line.
    """
    path = path or DEFAULT_DECISIONS
    if not path.exists():
        if missing_ok:
            return Decisions()
        raise DataFileError("no such decisions file", file=str(path), hint=_NEW_DECISIONS_HINT)
    if not path.read_bytes().strip(b"\xef\xbb\xbf \r\n\t"):
        return Decisions()  # a new, empty decisions file
    header, rows = _read_table(path, required=("item_id", "decision"), what="decisions file")
    decisions = []
    for number, row in rows:
        decision = decision_word(row.get("decision", ""))
        if not row.get("item_id"):
            raise DataFileError("the item_id is empty", file=str(path), line=number, column="item_id")
        if decision is None:
            raise DataFileError(
                f"decision {row.get('decision', '')!r} is not one of {', '.join(DECISIONS)}",
                file=str(path), line=number, column="decision",
            )  # fmt: skip
        values = {name: row.get(name, "") for name in DECISION_COLUMNS}
        decisions.append(Decision(**{**values, "decision": decision}))
    return Decisions(tuple(decisions))


_NEW_DECISIONS_HINT = "check the path; to start a new decisions file, create it empty first"


def _read_table(path: Path, required: tuple[str, ...], what: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """A CSV file's header and (line number, row) pairs; refuses what is not a CSV file, and a
    header that lacks a required column (suggesting the closest one printed)."""
    head = path.read_bytes()[:8]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DataFileError(
            f"this is an Excel workbook, not a CSV {what}", file=str(path),
            hint="in Excel choose File → Save As → 'CSV UTF-8 (Comma delimited) (*.csv)' and give that file",
        )  # fmt: skip
    text = _decode(path.read_bytes(), path)
    reader = csv.reader(text.splitlines())
    header = [h.strip() for h in next(reader, [])]
    for column in required:
        if column not in header:
            close = difflib.get_close_matches(column, header, n=1, cutoff=0.6)
            guess = f"; is '{close[0]}' meant to be '{column}'?" if close else ""
            raise DataFileError(
                f"the {what} has no '{column}' column (its columns: {', '.join(header) or 'none'}){guess}",
                file=str(path), line=1,
            )  # fmt: skip
    rows = []
    for number, cells in enumerate(reader, 2):
        if any(c.strip() for c in cells):
            rows.append((number, {k: (v or "").strip() for k, v in zip(header, cells) if k}))
    return header, rows


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM); Excel may save GB18030 instead: accept both."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DataFileError("is neither UTF-8 nor GB18030 text", file=str(path)) from exc


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
        return int(text) if text.isdecimal() else None

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


def _filled_decision(
    row: dict[str, str], where: tuple[str, int], now: datetime, known: Mapping[str, ReviewItem], registry_ids: frozenset[str]
) -> Decision:
    file, line = where
    decision = decision_word(row["decision"])
    if decision is None:
        raise DataFileError(f"decision {row['decision']!r} is not one of {', '.join(DECISIONS)} (or 接受, 拒绝, 新增, 更正)",
                            file=file, line=line, column="decision")  # fmt: skip
    item = known.get(row["item_id"])
    if item is None:
        raise DataFileError(f"item {row['item_id']!r} is not in the review queue", file=file, line=line,
                            column="item_id", hint="copy review.csv from the latest run and fill that copy")  # fmt: skip
    target, corrected = row.get("target_id", ""), _unexcel(row.get("corrected", ""))
    if item.kind == "ocr":
        if decision not in ("accept", "correct", "reject"):
            raise DataFileError(f"a cell read from a scan takes accept, correct (更正) or reject, not '{decision}'",
                                file=file, line=line, column="decision")  # fmt: skip
        target = ""
    elif item.kind == "text":
        if decision not in ("accept", "correct"):
            raise DataFileError(f"a line break the PDF left open takes accept (the text is right) or correct (更正), "
                                f"not '{decision}'", file=file, line=line, column="decision")  # fmt: skip
        target = ""
    elif item.kind == "sequence":
        if decision not in ("accept", "reject"):
            raise DataFileError(f"a catalog's first 序号 takes accept (it numbers on from an earlier batch) or reject, "
                                f"not '{decision}'", file=file, line=line, column="decision")  # fmt: skip
        target = ""
    elif item.kind == "brackets":
        if decision not in ("accept", "correct", "reject"):
            raise DataFileError(f"a column's brackets take accept (half-width, as read), correct (更正) to （） or reject, "
                                f"not '{decision}'", file=file, line=line, column="decision")  # fmt: skip
        if decision == "correct" and bracket_answer(corrected) is None:
            raise DataFileError(f"a column's brackets are corrected to （） (full-width) or () (half-width), "
                                f"not {corrected!r}", file=file, line=line, column="corrected",
                                hint="type （） or 全角 when the notice prints them full-width")  # fmt: skip
        target = ""
    elif item.kind == "end":
        if decision not in ("accept", "reject"):
            raise DataFileError(f"a catalog's last 序号 takes accept (the notice's catalog ends there) or reject, "
                                f"not '{decision}'", file=file, line=line, column="decision")  # fmt: skip
        target = ""
    elif decision == "correct":
        raise DataFileError("'correct' is for cells read from a scan (kind ocr) or text (kind text); an issuer takes "
                            "accept, reject or new",
                            file=file, line=line, column="decision")  # fmt: skip
    elif decision == "new":
        target = target or item.provisional_id
        if target in registry_ids:
            raise DataFileError(f"'new' needs an id the registry does not use; {target} is a registry issuer "
                                "(to merge with it, decide 'accept')", file=file, line=line, column="target_id")  # fmt: skip
    else:
        target = target or item.top_candidate
        if not target:
            raise DataFileError(f"'{decision}' needs a target_id (there is no candidate to take)",
                                file=file, line=line, column="target_id")  # fmt: skip
        if target not in registry_ids:
            raise DataFileError(f"target {target!r} is not an issuer id of the registry", file=file, line=line,
                                column="target_id", hint="use an id from the candidates column, e.g. iss-dihk")  # fmt: skip
    if decision == "correct" and not corrected:  # only kinds ocr and text get here with 'correct'
        source = "the picture named in the crop column" if item.crop else "the page named in the page column"
        raise DataFileError("'correct' needs the text as printed in the corrected column", file=file, line=line,
                            column="corrected", hint=f"copy the text from {source}")  # fmt: skip
    return Decision(
        item_id=row["item_id"], kind=row.get("kind", "") or item.kind, raw=_unexcel(row.get("raw", "")) or item.raw,
        decision=decision, target_id=target, decided_by=row.get("decided_by", "") or "unknown",
        decided_at=now.isoformat(timespec="seconds"), note=row.get("note", ""),
        corrected=corrected if decision == "correct" else "",
    )  # fmt: skip


def read_review_items(review_csv: Path) -> dict[str, ReviewItem]:
    """The items a review file lists, by id (the queue a filled copy is checked against)."""
    if not review_csv.exists():
        raise DataFileError("no review file; run `catalog run` first", file=str(review_csv))
    _, rows = _read_table(review_csv, required=REVIEW_COLUMNS[:1], what="review file")
    return {row["item_id"]: _row_to_item(row) for _, row in rows if row.get("item_id")}


def apply_review_file(
    review_csv: Path,
    decisions_csv: Path | None,
    now: datetime,
    *,
    known: Mapping[str, ReviewItem],
    registry_ids: frozenset[str],
) -> list[Decision]:
    """Append the decisions a steward filled in review_csv to decisions_csv; returns the new ones.

    Every filled row is checked first (its item is in the queue `known`, its decision is a
    known word, its target a registry id where it must be); one bad row records nothing.
    """
    decisions_csv = decisions_csv or DEFAULT_DECISIONS
    if not review_csv.exists():
        raise DataFileError("no such file", file=str(review_csv))
    _, rows = _read_table(review_csv, required=("item_id", "decision"), what="filled review file")
    previous = load_decisions(decisions_csv)
    added: list[Decision] = []
    for number, row in rows:
        if not row.get("decision") or not row.get("item_id"):
            continue  # still pending
        decision = _filled_decision(row, (str(review_csv), number), now, known, registry_ids)
        earlier = [d for d in added if d.item_id == decision.item_id]
        latest = earlier[-1] if earlier else previous.latest(decision.item_id)
        if latest and (latest.decision, latest.target_id, latest.corrected) == (
            decision.decision, decision.target_id, decision.corrected):  # fmt: skip
            continue  # already recorded: re-running must not duplicate history
        added.append(decision)
    if added:
        records = [asdict(d) for d in (*previous.rows, *added)]
        _write_csv(decisions_csv, DECISION_COLUMNS, records, bom=False)
    return added
