"""序号 printed as no plain number, read as the numbers they stand for, where a whole part prints them so.

Most catalogs number their rows 1, 2, 3 … (the forms clerks type round a number, １２、(12) ①, are
read by `core.cells.seq_text`). Probe round unseen39 found complete catalogs held back for their
numbering alone:

- Chinese numerals, 一 二 … 二十三, one a row;
- numbers under their group's number, 1.1 … 1.12, 2.1 … (or 1-1 …), a catalog grouped by series;
- no 序号 column at all (read in print order in a Word or web table or a sheet, whose rows are the file's own; not on
  a PDF's page, where a row a page break split reads as two and nothing tells: held back as before).

A part is read so only when every row of it is numbered the same way: then the 序号 is the
number (一 → 1), each group of 1.1 … is a part of its own (its rows 1, 2 …, so that the sequence
check sees a group's missing row as it sees any other), and a part without a 序号 column is
numbered in print order. The printed 序号 stays in the row's `extra` (`序号（原文）`), so nothing
printed is lost. A part that mixes forms, or whose 序号 are no numbers, is left as it is read:
the entries suite holds it back ("序号 is not a number").

Parts are renumbered 1, 2 … in print order when a group becomes a part; headings (parent and
withdrawn rows) follow their rows' parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from core.model import CatalogRow, Heading
from extractors.metadata import cn_number

# `extra`'s key for a 序号 read as another number than it prints (一 → 1, 2.3 → 3 in part of group 2)
SEQ_AS_PRINTED = "序号（原文）"
# its value for a part that prints no 序号 column, numbered in print order
NOT_PRINTED = "（无序号列，按印刷顺序编号）"

# A number under its group's number: 1.1, 1-1 (full-width dot and hyphen as typed in Chinese input modes)
_IN_GROUP = re.compile(r"([0-9]{1,3})[.\-\uff0e\uff0d]([0-9]{1,4})")


def _plain(seq: str) -> bool:
    """A 序号 in ASCII digits, as core.cells.seq_text leaves a plain number."""
    return seq.isascii() and seq.isdecimal()


def place(seq: str) -> tuple[int, int] | None:
    """Where a printed 序号 stands: (group, number), group 0 for a plain number or a Chinese
    numeral ("12" → (0, 12), "二十三" → (0, 23), "2.3" → (2, 3)); None for what is none of these."""
    if _plain(seq):
        return 0, int(seq)
    if match := _IN_GROUP.fullmatch(seq):
        return int(match[1]), int(match[2])
    number = cn_number(seq) if 0 < len(seq) <= 3 and "两" not in seq else None
    return (0, number) if number else None


def renumbered(
    rows: Sequence[CatalogRow], headings: Sequence[Heading], unnumbered: Iterable[int] = ()
) -> tuple[tuple[CatalogRow, ...], tuple[Heading, ...]]:
    """The rows and headings with each part read as above; `unnumbered` are the parts whose
    header has no 序号 column, to be numbered in print order. Rows and headings come back
    unchanged where nothing applies."""
    without_column = frozenset(unnumbered)
    by_part: dict[int, list[CatalogRow]] = {}
    for row in rows:
        by_part.setdefault(row.part, []).append(row)
    read = {part: _read_part(part_rows, part in without_column) for part, part_rows in by_part.items()}
    if all(numbers is None for numbers in read.values()):
        return tuple(rows), tuple(headings)
    new_part: dict[tuple[int, int], int] = {}  # (part as read, group) → part
    out: list[CatalogRow] = []
    position = {part: 0 for part in by_part}
    for row in rows:
        numbers = read[row.part]
        if numbers is None:
            group, number = 0, None
        else:
            group, number = numbers[position[row.part]]
            position[row.part] += 1
        part = new_part.setdefault((row.part, group), len(new_part) + 1)
        if number is None:
            out.append(replace(row, part=part) if part != row.part else row)
            continue
        printed = row.seq if row.seq else NOT_PRINTED
        out.append(replace(row, seq=str(number), part=part, extra=(*row.extra, (SEQ_AS_PRINTED, printed))))
    first_of: dict[int, int] = {}
    for (old, _), part in new_part.items():
        first_of.setdefault(old, part)
    return tuple(out), tuple(_heading_moved(h, new_part, first_of) for h in headings)


def _read_part(rows: Sequence[CatalogRow], without_column: bool) -> list[tuple[int, int]] | None:
    """(group, number) of every row of a part read another way than as printed, or None."""
    if without_column:
        return [(0, n) for n in range(1, len(rows) + 1)] if all(not r.seq for r in rows) else None
    places = [place(row.seq) for row in rows]
    if any(p is None for p in places) or all(_plain(row.seq) for row in rows):
        return None
    groups = [p[0] for p in places if p is not None]
    if 0 in groups and set(groups) != {0}:
        return None  # plain numbers and grouped ones in one part: no rule reads both
    if groups[0] == 0 and any(row.seq.isascii() for row in rows):
        return None  # digits among Chinese numerals (1, 一): which is the typo no rule tells
    if _interleaved(groups):
        return None  # 1.1, 2.1, 1.2: groups are printed one after the other
    return [p for p in places if p is not None]


def _interleaved(groups: Sequence[int]) -> bool:
    seen: set[int] = set()
    for before, group in zip([None, *groups], groups, strict=False):
        if group != before:
            if group in seen:
                return True
            seen.add(group)
    return False


def _heading_moved(heading: Heading, new_part: dict[tuple[int, int], int], first_of: dict[int, int]) -> Heading:
    """A heading in the part its rows went to, with the number it stands for: a struck 2.5 to
    group 2's part as 5, a struck 五 as 5; a parent row (1 | 工程系列 over 1.1 …) to its part's first."""
    found = place(heading.seq)
    if found is not None and (heading.part, found[0]) in new_part:
        seq = heading.seq if _plain(heading.seq) else str(found[1])
        return replace(heading, part=new_part[(heading.part, found[0])], seq=seq)
    part = first_of.get(heading.part, heading.part)
    return replace(heading, part=part) if part != heading.part else heading
