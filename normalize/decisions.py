"""Steward decisions and review items: the records of the review loop (no file handling here).

A review item is one uncertain cell: an issuer cell the matcher could not place (kind
"issuer"), a cell read from a page image with too little confidence (kind "ocr"), or a
catalog whose 序号 starts after 1 with no earlier batch in the run to number on from (kind
"sequence"), or a PDF catalog that runs to the bottom of the file's last page (kind "end"), or
how a scanned notice's column prints its brackets (kind "brackets"); a decision is what a steward said about it. The matcher (normalize/issuers.py) and
pipeline/ocr_review.py apply decisions; pipeline/review_file.py reads and writes the files
(review.csv for Excel, the append-only decisions.csv).

    kind     decisions
    issuer   accept (target_id: a registry issuer), reject (never suggest it again), new
    ocr      accept (the text read is right), correct (the printed text in `corrected`), reject
    sequence accept (the catalog's first 序号 is right: it numbers on from an earlier batch), reject
    end      accept (the catalog ends at its last 序号 read: no page of it was lost), reject
    brackets accept (a scanned notice's column prints its brackets half-width, as read), correct
             (to （）: full-width; `corrected`), reject (both: each cell is decided alone)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path

from core.model import stable_id

DEFAULT_DECISIONS = Path(__file__).parent / "data" / "decisions.csv"  # kept in git, append-only

DECISIONS = ("accept", "reject", "new", "correct")
# Stewards type in Excel, sometimes in Chinese.
DECISION_WORDS = {
    "accept": "accept", "accepted": "accept", "yes": "accept", "y": "accept", "接受": "accept", "同意": "accept",
    "reject": "reject", "rejected": "reject", "no": "reject", "n": "reject", "拒绝": "reject", "否": "reject",
    "new": "new", "新": "new", "新建": "new", "新增": "new",
    "correct": "correct", "corrected": "correct", "更正": "correct", "改正": "correct", "修改": "correct",
}
DECISION_COLUMNS = ("item_id", "kind", "raw", "decision", "target_id", "decided_by", "decided_at", "note", "corrected")
STEWARD_COLUMNS = ("decision", "target_id", "decided_by", "note", "corrected")
HALF, FULL = "()", "（）"  # the answers to a bracket decision (kind brackets): `raw`, or `corrected`
# A steward types that answer in Excel: the brackets themselves, or a word for them.
BRACKET_WORDS = {"()": HALF, "half": HALF, "half-width": HALF, "半角": HALF, "（）": FULL, "full": FULL,
                 "full-width": FULL, "全角": FULL}  # fmt: skip


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
    field: str = ""  # ocr: the catalog field read (qualification, issuer, title …)
    confidence: str = ""  # ocr: the reader's confidence, 0-100, or why the value is doubtful
    crop: str = ""  # ocr: the cell's picture, relative to the version folder (review-crops/<item_id>.png)
    former_names: str = ""  # issuer: earlier names the cell prints (原…, formerly …; a 现… note displaces the name)


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
    corrected: str = ""  # ocr, decision correct: the text as printed


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


def bracket_answer(text: str) -> str | None:
    """HALF or FULL for what a steward typed as a bracket decision's `corrected`, else None."""
    return BRACKET_WORDS.get(text.strip().lower().replace(" ", ""))


def review_item_id(kind: str, *parts: str) -> str:
    """A review item's id, from its kind and normalized text, so it is the same on every run."""
    return stable_id("rev", kind, *parts)


def decision_word(text: str) -> str | None:
    """accept, reject or new for what a steward typed (接受, yes, Rejected …); None if unknown."""
    return DECISION_WORDS.get(text.strip().casefold())
