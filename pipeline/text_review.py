"""Line breaks a PDF alone could not settle: each waits for a steward, its row still published.

A PDF hides whether a line break inside a cell stood for a space ("Operations +|Maintenance",
"Maschinen-|und", "(LEED|绿色…)"). The reader decides from geometry where it can and lists the
breaks it could not decide in the row's `checks` (extractors/pdf.py, extractors/tables.py);
another rendering of the notice that prints the same text settles them (pipeline/assemble.py
keeps checks only for rows one file alone carries). What is left is a row that may be wrong by
one space: it is published with its best reading and its `checks`, and each field with an
undecided break is a review item of kind "text", so the run says something waits (exit code 1)
instead of passing the row as certain. A break the word list or the document's own words
support is named so in `checks` and waits for nobody (extractors/joins.py). A steward decides
in review.csv: accept (the text as
published is right) or correct (更正; the printed text in `corrected`). Either settles the
field's breaks for good: the next run publishes the row without them (a corrected field with
the printed text and a "steward:" note in `checks`).

The same loop serves a field that the files of one notice print otherwise when one of them
joined the notice by its catalog title alone (pipeline/assemble.py, JOINED_NOTE): a correction
(更正) printing no 文号 would otherwise be voted into the notice it corrects, with exit code 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from core.model import CatalogRow
from extractors.bilingual import SPLIT_NOTE
from extractors.joins import CONVENTION, DOCUMENT, HAN_SPACE_NOTE, HYPHEN, WORD_LIST, han_space_of
from extractors.variants import TRADITIONAL_NOTE, traditional_of
from normalize.decisions import Decisions, ReviewItem, review_item_id
from pipeline.assemble import JOINED_NOTE, Notice, joined_of
from pipeline.ocr_review import Crop

KIND = "text"
SETTLED = tuple(f" ({why})" for why in (WORD_LIST, DOCUMENT, CONVENTION, HYPHEN))  # a check whose reading the words support
STEWARD_NOTE = "steward:"  # checks a steward's correction leaves; they wait for nobody


def text_item_id(notice_id: str, row: CatalogRow, field: str) -> str:
    """The review item of one field's undecided breaks: the same for the same notice, row, field and text."""
    return review_item_id(KIND, notice_id, row.key, field, getattr(row, field))


def settle_line_breaks(
    notices: Sequence[Notice], decisions: Decisions
) -> tuple[list[Notice], list[ReviewItem], tuple[Crop, ...]]:
    """Notices with the stewards' decisions on undecided line breaks applied, the review items
    of the breaks still undecided, and the rows to picture for them."""
    out: list[Notice] = []
    items: list[ReviewItem] = []
    crops: list[Crop] = []
    for notice in notices:
        rows = []
        for row in notice.rows:
            settled, waiting = _settle(notice, row, decisions)
            rows.append(settled)
            for field, breaks in waiting.items():
                item = _item(notice, settled, field, breaks)
                items.append(item)
                ref = settled.ref
                if ref.page is not None and ref.bbox is not None:
                    crops.append(Crop(item.item_id, ref.file, ref.sha256, ref.page, ref.bbox))
        out.append(replace(notice, rows=tuple(rows)) if tuple(rows) != notice.rows else notice)
    return out, items, tuple(crops)


def undecided_breaks(row: CatalogRow) -> dict[str, list[str]]:
    """field -> its undecided breaks ("Operations|+"), from the row's checks ("qualification: Operations|+").
    Only fields of the row count: a check on a column kept in `extra` names no field to correct."""
    out: dict[str, list[str]] = {}
    for check in row.checks:
        field, where = _break_of(check)
        if where.endswith(SETTLED):
            continue  # the word list or the document's own words support the reading
        if where and hasattr(row, field) and isinstance(getattr(row, field), str):
            out.setdefault(field, []).append(where)
    return out


def _break_of(check: str) -> tuple[str, str]:
    """(field, "left|right") of a line-break check ("qualification: Operations|+"), or of a space
    between two Chinese characters ("issuer: 协 会 (…)"); where is "" for any other check (a
    steward's note, an OCR correction), and of files of one notice that print a field otherwise
    ("issuer: printed otherwise by … (a.pdf: X; b.xlsx: Y)", pipeline/assemble.py)."""
    field, sep, where = check.partition(": ")
    known = "|" in where or han_space_of(where) or joined_of(where) or traditional_of(where)
    return (field, where) if sep and known else (field, "")


def _settle(notice: Notice, row: CatalogRow, decisions: Decisions) -> tuple[CatalogRow, dict[str, list[str]]]:
    breaks = undecided_breaks(row)
    if not breaks or row.ocr:  # an OCR'd row waits as a whole (pipeline/ocr_review.py)
        return row, {}
    changed: dict[str, Any] = {}
    settled: set[str] = set()
    notes: list[str] = []
    for field in breaks:
        decision = decisions.latest(text_item_id(notice.notice_id, row, field))
        if decision is None or decision.decision not in ("accept", "correct"):
            continue
        settled.add(field)
        if decision.decision == "correct":
            changed[field] = decision.corrected
            notes.append(f"{STEWARD_NOTE} {field} corrected")
    if not settled:
        return row, breaks
    kept = tuple(c for c in row.checks if not ((b := _break_of(c))[1] and b[0] in settled))
    return replace(row, **changed, checks=kept + tuple(notes)), {f: b for f, b in breaks.items() if f not in settled}


def _why(breaks: list[str]) -> str:
    """The item's reason: line breaks the PDF did not decide, or where a cell holding a name and
    its 译名 was split (extractors/bilingual.py)."""
    joined = [printed for b in breaks if (printed := joined_of(b))]
    breaks = [b for b in breaks if not joined_of(b)]
    split = [b for b in breaks if SPLIT_NOTE in b]
    spaces = [spaced for b in breaks if (spaced := han_space_of(b))]
    traditional = [printed for b in breaks if (printed := traditional_of(b))]
    lines = [b for b in breaks if SPLIT_NOTE not in b and not han_space_of(b) and not traditional_of(b)]
    said = [f"{JOINED_NOTE} ({'; '.join(joined)}), one of them put with it by its catalog title alone (it "
            "prints no 文号): a correction (更正) of the notice, or a rendering misread? Check it with the "
            "notices; accept the published text or correct it. A correction is its own notice: load it "
            "with its notice page, which prints its 文号"] if joined else []
    said += [f"where the name ends and its 译名 begins is not certain: {'; '.join(split)}"] if split else []
    if spaces:  # extractors/joins.py, han_spaces
        said.append(f"{HAN_SPACE_NOTE} ({'; '.join(spaces)}): meant by the notice, or a stray space (a line break "
                    "of the web page a PDF was printed from, or a typing slip)? Check it with the notice; correct it "
                    "without the space")
    if traditional:  # extractors/variants.py
        said.append(f"{TRADITIONAL_NOTE} ({'; '.join(traditional)}), published in simplified ones: accept, or "
                    "correct it (a name a body prints so on purpose, or a character the conversion got wrong)")
    return "; ".join(said + (["line break not decided by the PDF: " + "; ".join(lines)] if lines else []))


def _item(notice: Notice, row: CatalogRow, field: str, breaks: list[str]) -> ReviewItem:
    item_id = text_item_id(notice.notice_id, row, field)
    ref = row.ref
    crop = f"review-crops/{item_id}.png" if ref.page is not None and ref.bbox is not None else ""
    return ReviewItem(
        item_id=item_id, kind=KIND, status="review", raw=getattr(row, field),
        notice=notice.meta.doc_number or notice.notice_id, source_file=ref.file, page=ref.page, row=ref.row,
        field=field, confidence=_why(breaks), crop=crop,
    )  # fmt: skip
