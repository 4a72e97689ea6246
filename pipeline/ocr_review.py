"""Rows read from page images (OCR): the certain ones are published, the others wait for a steward.

A row read by OCR (CatalogRow.ocr lists its fields with the reader's confidence) is published
only when every field it read is certain, by one piece of evidence at least:

- `confidence`: the reader's confidence is at least OCR_CONFIDENT;
- `two readings`: a second reading of other pixels read the same text, each reading whole, with
  its runs of ideographs as wide as their count and no seal over the cell (extractors/ocr_check.py);
  free text must pass the word check besides (FREE_TEXT);
- `sequence`: a 序号 that its neighbours' 序号 confirm (the row above is one less, the row
  below one more; the first row of a part is 1);
- `registry pair`: an issuer cell that spells two names of the registry body it matched, each
  exactly (its Chinese name, and in brackets its English name or abbreviation; see
  `spells_issuer`): a misreading would have to land on two names of one body at once;
- `series list`, `title list`: a 所属系列 cell read whole (extractors/ocr_check.py) as a series of
  the national list (normalize/series.py), a title cell as a recognized title, that no other
  listed value as long is one character away from (`_listed`);
- `printed as text`: a value another notice of the run prints in its text, exactly, read whole
  (pipeline/ocr_words.py `printed_elsewhere`);
- `steward`: a steward accepted or corrected the cell.

and no check says otherwise: its 序号 is a number; its title is a recognized professional title
(the entries suite's list, expectations/entries.json); its issuer matched the registry (an OCR'd
issuer the matcher cannot place may be a misreading); it holds no bracket whose width the
reader did not tell from its picture (Tesseract reads （ as (, see BRACKETS); and every column the notice's other rows read was read in this
row too (a cell not found in the picture is no reading of it); and a free-text cell's Latin
words are words (pipeline/ocr_words.py `latin_doubts`, but for a registry pair). Only a steward's decision
outweighs a check. A published row's CatalogRow.ocr_evidence names, per field, the evidence it
was published on.

Otherwise the row is held: it is not in entries.csv, each doubtful field is a review item of
kind "ocr" (the text read, the confidence or the reason, and a picture of the cell in the
version's review-crops/), and rejected.csv names the row (step "ocr"). Its 序号 counts as read
for the sequence check, so the notice's certain rows are published while the run's exit code
says that something waits. A steward decides in review.csv: accept (the text is right),
correct (更正; the printed text in `corrected`), or reject (the row stays out).

A bracket's width is the doubt most scanned rows wait for (a bracket that starts a line, where
the cell wrapped before it, cannot be told from its picture), and a catalog prints a column's
brackets one way throughout. So one more item asks once per notice and column (kind "brackets",
`bracket_item_id`): accept when the column prints its brackets half-width, as read ("()"), or
correct to "（）" when it prints them full-width; its cells' brackets are then decided
(`BRACKETS_DECIDED`), written full-width for "（）". Reject: no one way, each cell is decided alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from core.cells import is_cjk
from core.model import BBox, CatalogRow
from extractors.ocr import OCR_CONFIDENT  # the reader says from which confidence a cell is read
from extractors.ocr_check import AGREED, WHOLE
from extractors.ocr_text import HALF_BRACKETS, is_han
from normalize.decisions import FULL, HALF, Decisions, ReviewItem, bracket_answer, review_item_id
from normalize.registry import Issuer, Registry
from normalize.series import isolated, series_names
from normalize.titles import without_level_note
from pipeline.assemble import Notice
from pipeline.entries import Entry
from pipeline.ocr_words import LOOKALIKES, Vocabulary, latin_doubts, printed_elsewhere, text_vocabulary

STEWARD = 100.0  # the confidence of a cell a steward accepted or corrected
CONFIDENT = "confidence"  # the evidence of a cell read with OCR_CONFIDENT or more
SEQUENCE = "sequence"  # the evidence of a 序号 its neighbours confirm
BY_STEWARD = "steward"  # the evidence of a cell a steward accepted or corrected
IN_REGISTRY = "registry pair"  # the evidence of an issuer cell spelling a registry body's Chinese and English names
PRINTED = "printed as text"  # the evidence of a value another notice of the run prints in its text, exactly
SERIES_LIST = "series list"  # the evidence of a 所属系列 cell read whole as a national series no other is one character from
TITLE_LIST = "title list"  # the same for a title (对应职称) of the recognized titles
# The fields two agreeing readings make certain (extractors/ocr_check.py: each reading whole,
# every run of ideographs as wide as its count, no seal over the cell). Measured on the test
# scans before those checks, two readings agreed on the same misreading in 5-10% of the free-text
# cells they agreed on ("轻TT程" for 轻工工程, "NACE二级" without its space, "AICHEmember",
# "美国绿色建筑委员 (US. …"); with them, the word checks on Latin text (FREE_TEXT,
# pipeline/ocr_words.py), AGREEMENT_FLOOR and LOOKALIKES, none on the test scans or the held-out
# one, cell by cell (README "Scanned notices").
AGREEMENT_FIELDS = frozenset({"seq", "qualification", "qualification_zh", "issuer", "title", "series"})
# Two readings count from this confidence on, and not for a cell with an ideograph of LOOKALIKES
# (pipeline/ocr_words.py). Measured on the test scans and the held-out one: of 310 right cells
# two readings agreed on, none scored under 20; of the wrong ones, "国际医子玉木员" scored 0 and
# "Petroleum Engineering Certification |" 19 (a ruling read as a bar, which the word check holds).
AGREEMENT_FLOOR = 20.0
# Free text: no list holds its values, so its Latin words must show no sign of a space lost or
# a letter misread (pipeline/ocr_words.py), and, for two readings, be words, whatever the
# evidence but a registry pair, which spells a registry body's names exactly.
FREE_TEXT = frozenset({"qualification", "qualification_zh", "issuer"})

# Tesseract reads a full-width bracket as "(": measured on scans of catalogs printed with
# full-width brackets (Chromium, Noto CJK, 200 and 300 dpi), 48 of 48 in issuer cells and 15 of
# 15 in qualification cells that kept their brackets (20 more issuer cells lost theirs); on the
# bundled notices, printed half-width, it never read "（". A bracket's text is a guess at its
# width, whatever the confidence: only the reader's measure of its picture tells it (the cell's
# evidence HALF_BRACKETS, extractors/ocr_text.py opening_brackets_half_width).
BRACKETS = frozenset("()（）")
BRACKET_WIDTH = "has a bracket whose width (（ or () its picture did not tell"
# A cell's evidence: its notice's column has a steward's bracket decision (kind "brackets").
BRACKETS_DECIDED = "brackets as the notice prints them (steward)"
CONFIDENCE_ALONE = "has its brackets from the column's decision and its text from its confidence alone, in a row that waits: check it with the row"
NOT_FOUND = "was not found in the picture (no cell read there)"
# Where the script changes (an ideograph beside a Latin letter or digit), a printed space is
# narrow, and the reader loses it: measured on the test scans and the held-out one, 24 of 27
# readings without a space there were printed with one ("AWS美国焊接协会", "NACE二级"), while 35
# of 35 readings with a space were right.
GLUED = "has an ideograph beside a Latin letter or digit with no space read between: a space there is often lost"
EXPECTATIONS = Path(__file__).resolve().parents[1] / "expectations" / "entries.json"


@dataclass(frozen=True)
class HeldRow:
    """An OCR'd row kept out of the release, with why (for rejected.csv)."""

    entry: Entry
    reasons: tuple[str, ...]
    seq: str = ""  # its 序号 for the sequence check: as read, or told by its neighbours when misread
    brackets: tuple[str, ...] = ()  # the fields that wait (also) for their brackets' width


def ocr_item_id(notice_id: str, row: CatalogRow, field: str) -> str:
    """The review item of one OCR'd cell: the same for the same notice, entry, field and text read."""
    return review_item_id("ocr", notice_id, row.key, field, getattr(row, field))


def apply_ocr_decisions(notices: Sequence[Notice], decisions: Decisions) -> list[Notice]:
    """Notices whose OCR'd cells carry the stewards' decisions: an accepted cell is certain, a
    corrected one takes the printed text (and is certain); a rejected one stays doubtful."""
    out = []
    for notice in notices:
        rows = tuple(_decided(notice.notice_id, row, decisions) if row.ocr else row for row in notice.rows)
        rows = tuple(_bracketed(notice.notice_id, row, decisions) if row.ocr else row for row in rows)
        out.append(replace(notice, rows=rows) if rows != notice.rows else notice)
    return out


def bracket_item_id(notice_id: str, field: str) -> str:
    """The review item that asks how a notice's column prints its brackets."""
    return review_item_id("brackets", notice_id, field)


def _bracketed(notice_id: str, row: CatalogRow, decisions: Decisions) -> CatalogRow:
    """A row whose OCR'd cells with brackets the reader did not tell take their column's
    bracket decision: accept, half-width as read; correct to FULL, written full-width. A cell a
    steward decided alone keeps that decision."""
    values: dict[str, str] = {}
    markers = dict(row.ocr_evidence)
    for field, _, _ in row.ocr:
        value, read = getattr(row, field), _markers(markers, field)
        if not BRACKETS.intersection(value) or read & {BY_STEWARD, HALF_BRACKETS}:
            continue
        decision = decisions.latest(bracket_item_id(notice_id, field))
        if decision is None or decision.decision == "reject":
            continue
        if decision.decision == "correct" and bracket_answer(decision.corrected) == FULL:
            values[field] = full_width_brackets(value)
        elif decision.decision == "correct" and bracket_answer(decision.corrected) != HALF:
            continue  # review_file refuses any other answer; one in an old file decides nothing
        markers[field] = "; ".join(m for m in (markers.get(field, ""), BRACKETS_DECIDED) if m)
    if markers == dict(row.ocr_evidence):
        return row
    checks = tuple(f"ocr: {field} brackets written full-width by the notice's bracket decision" for field in values)
    changed: dict[str, Any] = {**values, "checks": row.checks + checks, "ocr_evidence": tuple(markers.items())}
    return replace(row, **changed)


def full_width_brackets(text: str) -> str:
    """A cell's brackets full-width, as a notice that prints them so writes them: no space
    before an opening one or inside either."""
    text = re.sub(r"\s*[(（]\s*", "（", text)
    return re.sub(r"\s*[)）]", "）", text)


def _decided(notice_id: str, row: CatalogRow, decisions: Decisions) -> CatalogRow:
    values: dict[str, str] = {}
    read = []
    markers = dict(row.ocr_evidence)
    for field, confidence, box in row.ocr:
        decision = decisions.latest(ocr_item_id(notice_id, row, field))
        if decision is not None and decision.decision == "correct":
            values[field] = decision.corrected
        if decision is not None and decision.decision in ("correct", "accept"):
            read.append((field, STEWARD, box))
            # the decision itself, not the number: Tesseract may read a cell at 100 too
            markers[field] = "; ".join(m for m in (markers.get(field, ""), BY_STEWARD) if m)
        else:
            read.append((field, confidence, box))
    checks = tuple(f"ocr: {field} corrected by a steward" for field in values)
    changed: dict[str, Any] = {**values, "ocr": tuple(read), "checks": row.checks + checks,
                               "ocr_evidence": tuple(markers.items())}  # fmt: skip
    return replace(row, **changed)


def hold_uncertain(
    entries: Sequence[Entry], registry: Registry | None = None, decisions: Decisions = Decisions()
) -> tuple[list[Entry], list[HeldRow], list[ReviewItem]]:
    """Split entries into those to publish and OCR'd rows that wait, with their review items.
    A published OCR'd row carries, in `ocr_evidence`, the evidence each of its fields is certain by.
    `registry`: the issuer registry whose names an issuer cell may spell (IN_REGISTRY); without
    it, an issuer cell is certain by its confidence only. `decisions`: a column whose bracket
    item a steward rejected is not asked again (its cells are each decided alone)."""
    kept: list[Entry] = []
    held: list[HeldRow] = []
    items: list[ReviewItem] = []
    columns = _read_columns(entries)
    printed = text_vocabulary(entries)
    for index, entry in enumerate(entries):
        if not entry.row.ocr:
            kept.append(entry)
            continue
        above, below = _neighbours(entries, index)
        known = None if registry is None or entry.match.needs_review else registry.by_id.get(entry.match.issuer_id)
        evidence, doubts = _assess(entry, _seq_confirmed(entry, above, below), columns[entry.notice.notice_id], known,
                                   printed)  # fmt: skip
        between = _between(above, below)
        if entry.row.ocr and between is not None and entry.row.seq != str(between):
            # whatever its evidence: two readings agreed on "07" for 67 between 66 and 68 (held-out scan)
            doubts.append(("seq", f"is not {between}, the number between the 序号 above and below it"))
        doubts.extend(_checked_with_its_row(entry, evidence, doubts))
        if not doubts:
            kept.append(replace(entry, row=replace(entry.row, ocr_evidence=evidence)))
            continue
        reasons = tuple(f"{field} {why}: {getattr(entry.row, field)!r}" for field, why in doubts)
        # A 序号 is a number: a bracket read in one is a misreading its own item shows ("is not a number").
        brackets = tuple(field for field, why in doubts if BRACKET_WIDTH in why and field != "seq")
        held.append(HeldRow(entry, reasons, "" if any(f == "seq" for f, _ in doubts) else entry.row.seq, brackets))
        items.extend(_item(entry, field, why) for field, why in doubts)
    return kept, _seqs_in_place(entries, held), items + _bracket_items(held, decisions)


def _checked_with_its_row(
    entry: Entry, evidence: Sequence[tuple[str, str]], doubts: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The cells of a row that waits, or waited for a steward's answer on another cell, whose
    brackets its column's decision settled and whose text only their confidence vouches for: the
    steward checks them with the row. A column's bracket
    decision looks at no cell's text, and answering the row's other cells publishes it
    (measured: `Incorporated Engineer (Eng)` for (IEng), read at 90.0 on a 150 dpi scan, its
    only doubt the bracket, in a row held for two other cells: published wrong once a steward
    had decided the column and answered those)."""
    if not doubts and all(kind != BY_STEWARD for _, kind in evidence):
        return []  # a row no cell of which waits or waited for a steward: the decision publishes it
    doubted = {field for field, _ in doubts}
    read, confidence = dict(entry.row.ocr_evidence), {field: conf for field, conf, _ in entry.row.ocr}
    return [(field, f"{CONFIDENCE_ALONE} ({confidence[field]:.0f})") for field, kind in evidence
            if kind == CONFIDENT and field not in doubted and BRACKETS_DECIDED in _markers(read, field)]  # fmt: skip


def _bracket_items(held: Sequence[HeldRow], decisions: Decisions) -> list[ReviewItem]:
    """One item per notice and column whose held cells wait for their brackets' width: how
    does the notice print that column's brackets? Placed at the first such cell, with its
    picture; not asked again once a steward rejected it (the column prints both widths)."""
    waiting: dict[tuple[str, str], list[Entry]] = {}
    for row in held:
        for field in row.brackets:
            rejected = decisions.latest(bracket_item_id(row.entry.notice.notice_id, field))
            if rejected is None or rejected.decision != "reject":
                waiting.setdefault((row.entry.notice.notice_id, field), []).append(row.entry)
    items = []
    for (notice_id, field), entries in waiting.items():
        first = entries[0]
        ref, item_id = first.row.ref, bracket_item_id(notice_id, field)
        ask = (f"{len(entries)} cell(s) of {field} wait for their brackets' width, which the scan does not "
               f"show; accept if this notice prints them half-width {HALF}, correct to {FULL} if full-width "
               "(one decision for the column; reject if it prints both)")  # fmt: skip
        items.append(ReviewItem(
            item_id=item_id, kind="brackets", status="review", raw=HALF,
            notice=first.notice.meta.doc_number or notice_id, source_file=ref.file, page=ref.page, row=ref.row,
            field=field, confidence=ask, crop=f"review-crops/{item_id}.png", occurrences=len(entries),
        ))  # fmt: skip
    return items


def evidence_of(row: CatalogRow) -> dict[str, str]:
    """What each OCR'd field of a row is certain by (a published row's; for another, the reader's)."""
    return dict(row.ocr_evidence)


def _read_columns(entries: Sequence[Entry]) -> dict[str, frozenset[str]]:
    """The fields each notice's OCR'd rows read: the columns of its catalog as found in the picture."""
    found: dict[str, set[str]] = {}
    for entry in entries:
        found.setdefault(entry.notice.notice_id, set()).update(field for field, _, _ in entry.row.ocr)
    return {notice_id: frozenset(fields) for notice_id, fields in found.items()}


def _neighbours(entries: Sequence[Entry], index: int) -> tuple[Entry | None, Entry | None]:
    """The rows printed above and below an entry in its notice's catalog part."""
    entry = entries[index]
    same = lambda other: (other.notice.notice_id, other.row.part) == (entry.notice.notice_id, entry.row.part)  # noqa: E731
    above = next((e for e in reversed(entries[:index]) if same(e)), None)
    below = next((e for e in entries[index + 1 :] if same(e)), None)
    return above, below


def _number(entry: Entry | None) -> int | None:
    return int(entry.row.seq) if entry is not None and entry.row.seq.isdecimal() else None


def _seq_confirmed(entry: Entry, above: Entry | None, below: Entry | None) -> bool:
    """A 序号 read as a number that its neighbours confirm: the row above reads one less (or,
    first of its part, it is 1) and the row below one more (or it is the last). Two misreadings
    would have to agree with each other to pass."""
    seq = _number(entry)
    if seq is None or (above is None and below is None):
        return False
    up = seq == 1 if above is None else _number(above) == seq - 1
    down = below is None or _number(below) == seq + 1
    return up and down


def _between(above: Entry | None, below: Entry | None) -> int | None:
    """The 序号 the rows above and below leave for a row between them (they read n-1 and n+1)."""
    up, down = _number(above), _number(below)
    return up + 1 if up is not None and down is not None and down - up == 2 else None


def _seqs_in_place(entries: Sequence[Entry], held: list[HeldRow]) -> list[HeldRow]:
    """The held rows, each with the 序号 the sequence check counts it under: its own when it is
    not in doubt; else the number its place leaves for it. Rows whose 序号 is in doubt (misread,
    "D7" for 57, or read at 86 as "50" for 56) that stand together between two rows whose 序号
    is sure (published, or waiting for another cell) take the numbers between those two, when
    there are exactly as many numbers as rows (a part's first rows count from 0 above them).
    Only for the check: each row waits for a steward with its 序号 as read. When the places do
    not tell (a row lost beside a misread one), the 序号 stays as read, and the check holds the
    notice back. One misread 序号 between two sure ones was told so before; two together held
    the notice back (the held-out scan: 55, "50", "D7", 58)."""
    doubtful = {id(h.entry): h for h in held if not h.seq}
    told: dict[int, str] = {}
    parts: dict[tuple[str, object], list[Entry]] = {}
    for entry in entries:
        parts.setdefault((entry.notice.notice_id, entry.row.part), []).append(entry)
    for rows in parts.values():
        run: list[Entry] = []
        after: int | None = 0  # the sure 序号 above the run: 0 above a part's first row
        ends: list[Entry | None] = [*rows, None]  # None: past the part's last row
        for row in ends:
            if row is not None and id(row) in doubtful:
                run.append(row)
                continue
            sure = _number(row)
            if run and after is not None and sure is not None and sure - after - 1 == len(run):
                told.update((id(e), str(after + 1 + n)) for n, e in enumerate(run))
            run, after = [], sure
    return [replace(h, seq=told.get(id(h.entry), h.entry.row.seq)) if not h.seq else h for h in held]


def _assess(
    entry: Entry, seq_confirmed: bool, columns: frozenset[str] = frozenset(), issuer: Issuer | None = None,
    printed: Vocabulary | None = None,
) -> tuple[tuple[tuple[str, str], ...], list[tuple[str, str]]]:
    """The evidence each OCR'd field of an entry is certain by, and (field, why) for each doubtful
    one. `columns`: the fields the notice's other OCR'd rows read; one this row has no reading
    of was not found in its picture (a ruling lost, two cells taken as one), and its value, often
    empty, is no reading at all. `issuer`: the registry body its issuer cell matched, if any.
    `printed`: the values the run's text documents print (`text_vocabulary`)."""
    read = dict(entry.row.ocr_evidence)
    evidence: list[tuple[str, str]] = []
    doubts: list[tuple[str, str]] = [(field, NOT_FOUND) for field in sorted(columns - {f for f, _, _ in entry.row.ocr})]
    spelled = entry.row.issuer if issuer is not None and spells_issuer(entry.row.issuer, issuer) else None
    for field, confidence, _ in entry.row.ocr:
        if BY_STEWARD in _markers(read, field):
            evidence.append((field, BY_STEWARD))
            continue
        if confidence >= OCR_CONFIDENT:
            evidence.append((field, CONFIDENT))
        elif field == "seq" and seq_confirmed:
            evidence.append((field, SEQUENCE))
        elif field == "issuer" and spelled is not None:
            evidence.append((field, IN_REGISTRY))
        elif AGREED in _markers(read, field) and field in AGREEMENT_FIELDS and confidence >= AGREEMENT_FLOOR \
                and not LOOKALIKES.intersection(getattr(entry.row, field)):  # fmt: skip
            evidence.append((field, AGREED))
        elif kind := _listed(entry, field, _markers(read, field)):
            evidence.append((field, kind))
        elif WHOLE in _markers(read, field) and printed_elsewhere(entry, field, printed or {}):
            evidence.append((field, PRINTED))
        else:
            doubts.append((field, f"read with confidence {confidence:.0f} (< {OCR_CONFIDENT:.0f})"))
        doubts.extend((field, why) for why in _checks(entry, field, _markers(read, field)))
        if field in FREE_TEXT and not (field == "issuer" and spelled is not None):
            # every word for agreement (measured: two readings agreed on lost spaces); the signs of
            # a space lost for the others (measured: "WSET Level 4 Diplomain Wines" at 91)
            every_word = bool(evidence) and evidence[-1] == (field, AGREED)
            doubts.extend((field, why) for why in latin_doubts(getattr(entry.row, field), every_word=every_word))
    seen: dict[str, str] = {}
    for field, why in doubts:  # one item per field: the first reason, then the others joined
        seen[field] = f"{seen[field]}; {why}" if field in seen else why
    return tuple(evidence), list(seen.items())


def _listed(entry: Entry, field: str, reader: AbstractSet[str]) -> str:
    """TITLE_LIST or SERIES_LIST for a title or series read whole (every line read, each run of
    ideographs as wide as its count: none dropped or added) as a listed value that no other
    listed value of its length is one character from; else ""."""
    if WHOLE not in reader or field not in ("title", "series"):
        return ""
    names = titles() if field == "title" else series_names()
    return (TITLE_LIST if field == "title" else SERIES_LIST) if isolated(getattr(entry.row, field), names,
                                                                         same_length=True) else ""  # fmt: skip


def _markers(read: dict[str, str], field: str) -> set[str]:
    """The reader's evidence for a field (extractors/ocr.py joins several with "; ")."""
    return set(read.get(field, "").split("; ")) - {""}


def _checks(entry: Entry, field: str, reader: AbstractSet[str] = frozenset()) -> list[str]:
    """What the value of an OCR'd field says against it, whatever the reading's evidence;
    `reader`: what the reader saw besides the text (HALF_BRACKETS: each bracket half-width)."""
    value = getattr(entry.row, field)
    found = [BRACKET_WIDTH] if BRACKETS.intersection(value) and not reader & {HALF_BRACKETS, BRACKETS_DECIDED} else []
    if _glued_scripts(value):
        found.append(GLUED)
    if field == "seq" and not entry.row.seq.isdigit():
        found.append("is not a number")
    if field == "title" and without_level_note(entry.row.title) not in titles():
        found.append("is not a recognized professional title (职称)")
    if field == "issuer" and entry.match.needs_review:
        found.append("does not match an issuer of the registry")
    return found


def _item(entry: Entry, field: str, why: str) -> ReviewItem:
    row, notice = entry.row, entry.notice
    item_id = ocr_item_id(notice.notice_id, row, field)
    ref = row.ref
    return ReviewItem(
        item_id=item_id, kind="ocr", status="review", raw=getattr(row, field),
        notice=notice.meta.doc_number or notice.notice_id, source_file=ref.file, page=ref.page, row=ref.row,
        field=field, confidence=why, crop=f"review-crops/{item_id}.png",
    )  # fmt: skip


# An issuer cell printed as its Chinese name with its English name (or abbreviation) in brackets:
# "美国焊接协会 (American Welding Society)", "美国绿色建筑委员会（U.S. Green Building Council）".
_PAIR = re.compile(r"^(?P<zh>[^()（）]+?)(?: \((?P<en>.+)\)|（(?P<en_wide>.+)）)$")


def spells_issuer(text: str, issuer: Issuer) -> bool:
    """True when an issuer cell, as read, spells two of a registry body's names exactly, each
    character as the registry writes it: a Chinese name, then in brackets an English name (a
    leading "The" and a trailing bracketed abbreviation allowed) or its abbreviation. A
    misreading would have to land on two names of one body at once. The brackets' width is no
    part of it: the bracket check (BRACKETS) decides that."""
    pair = _PAIR.match(text)
    if pair is None:
        return False
    zh, en = pair["zh"], pair["en"] or pair["en_wide"]
    chinese = {n for n in (issuer.name_zh, *issuer.names) if _cjk(n)}
    latin = [n for n in (issuer.name_en, *issuer.names) if n and not _cjk(n)]
    abbrs = [a for a in issuer.abbrs if not _cjk(a)]
    english = {*latin, *abbrs, *(f"The {n}" for n in latin)}
    english |= {f"{n}{gap}({a})" for n in set(english) - set(abbrs) for a in abbrs for gap in ("", " ")}
    return zh in chinese and en in english


def _cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def _glued_scripts(text: str) -> bool:
    """An ideograph and a Latin letter or digit side by side, with nothing between (a full-width
    bracket is no ideograph: "委员会（NCEES）" is as printed)."""
    return any((is_han(a) and b.isascii() and b.isalnum()) or (a.isascii() and a.isalnum() and is_han(b))
               for a, b in zip(text, text[1:]))  # fmt: skip


@dataclass(frozen=True)
class Crop:
    """Where the cell of an OCR review item is: its file in raw/ (by sha256), page and box."""

    item_id: str
    file: str
    sha256: str
    page: int
    box: BBox


def crops_of(held: Sequence[HeldRow], items: Sequence[ReviewItem]) -> tuple[Crop, ...]:
    """The cells to draw for the review items of held rows (those whose reader gave a box)."""
    wanted = {item.item_id for item in items}
    crops: dict[str, Crop] = {}
    for waiting in held:
        row, notice_id = waiting.entry.row, waiting.entry.notice.notice_id
        for field, _, box in row.ocr:
            # the cell's own item, and its column's bracket item (the first cell's picture)
            ids = [ocr_item_id(notice_id, row, field)] + [bracket_item_id(notice_id, field)] * (field in waiting.brackets)
            for item_id in ids:
                if item_id in wanted and box is not None and row.ref.page is not None:
                    crops.setdefault(item_id, Crop(item_id, row.ref.file, row.ref.sha256, row.ref.page, box))
    return tuple(crops[k] for k in sorted(crops))


def read_keys(held: Sequence[HeldRow]) -> list[tuple[str, str, str]]:
    """(notice_id, part, seq) of the held rows: read, only waiting, for the sequence check."""
    return [(h.entry.notice.notice_id, str(h.entry.row.part), h.seq or h.entry.row.seq) for h in held]


def waiting_rows(held: Sequence[HeldRow]) -> list[dict[str, str]]:
    """rejected.csv rows for the held OCR rows (step ocr), one per row, with every doubt."""
    rows = []
    for waiting in held:
        row, notice = waiting.entry.row, waiting.entry.notice
        rows.append({
            "file": row.ref.file, "sha256": row.ref.sha256, "format": "pdf", "step": "ocr",
            "reason": "read from a scan and not certain: " + "; ".join(waiting.reasons)
                      + " (the row waits in review.csv: accept or correct it)",
            "rule": "ocr confident", "notice": notice.meta.doc_number or notice.notice_id, "seq": row.seq,
            "page": "" if row.ref.page is None else str(row.ref.page), "row": str(row.ref.row),
        })  # fmt: skip
    return rows


def render_crops(raw_dir: Path, crops: Sequence[Crop], dpi: int = 200) -> dict[str, bytes]:
    """PNG pictures of the cells, by item id, drawn from the raw PDFs (found by sha256); a file
    no longer in raw/ gives no picture (the review item still names its page and row)."""
    if not crops:
        return {}
    import io

    import pypdfium2

    from pipeline.trace import raw_file_of

    pictures: dict[str, bytes] = {}
    for sha256 in sorted({c.sha256 for c in crops}):
        path = raw_file_of(raw_dir, next(c.file for c in crops if c.sha256 == sha256), sha256)
        if path is None:
            continue
        document = pypdfium2.PdfDocument(str(path))
        try:
            for crop in (c for c in crops if c.sha256 == sha256):
                page = document[crop.page - 1]
                image = page.render(scale=dpi / 72).to_pil()
                x0, top, x1, bottom = (round(v * dpi / 72) for v in crop.box)
                margin = round(4 * dpi / 72)
                box = (max(0, x0 - margin), max(0, top - margin), min(image.width, x1 + margin),
                       min(image.height, bottom + margin))  # fmt: skip
                out = io.BytesIO()
                image.crop(box).save(out, format="PNG")
                pictures[crop.item_id] = out.getvalue()
        finally:
            document.close()
    return pictures


@cache
def titles() -> frozenset[str]:
    """The recognized professional titles: the value set of the entries suite's title rule."""
    suite = json.loads(EXPECTATIONS.read_text(encoding="utf-8"))
    for expectation in suite["expectations"]:
        kwargs = expectation.get("kwargs", {})
        if expectation.get("type") == "expect_column_values_to_be_in_set" and kwargs.get("column") == "title":
            return frozenset(kwargs["value_set"])
    raise LookupError(f"{EXPECTATIONS} has no title rule")  # a broken checkout, not bad input
