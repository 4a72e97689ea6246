"""Shared by the readers whose tables come as a grid: of cell texts (DOCX, HTML), or of cell
boxes from pdfplumber's TableFinder (PDF, OCR)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.cells import clean_cell
from core.model import RawRow, RawTable, SourceFile, SourceRef

CAPTION_LINES = 3  # the running text's last lines over a table kept as its caption


@dataclass(frozen=True)
class Laid:
    """A table laid out on its grid: rows of cell texts, None where a merged cell covers a
    position; `across` holds the (row, column) positions covered by a cell of the same row merged
    across them (see RawRow.across), every other None is covered from above."""

    rows: list[list[str | None]]
    across: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    # (row, column) -> the text struck through in a cell that prints nothing else (see RawRow.struck)
    struck: dict[tuple[int, int], str] = field(default_factory=dict)


def grid_to_table(grid: Laid, number: int, source: SourceFile, caption: str = "") -> RawTable:
    """A RawTable from a laid-out table, with lineage."""
    rows = tuple(
        RawRow(
            cells=tuple(cell if cell is None else clean_cell(cell) for cell in cells),
            ref=SourceRef(file=source.path, sha256=source.sha256, table=number, row=row_no),
            across=frozenset(c for r, c in grid.across if r == row_no - 1),
            struck=_struck_row(grid, row_no - 1, cells),
        )
        for row_no, cells in enumerate(grid.rows, start=1)
    )
    return RawTable(index=number, rows=rows, caption=caption)


def _struck_row(grid: Laid, r: int, cells: Sequence[str | None]) -> tuple[str, ...]:
    """The row's struck text per cell when it prints nothing else: a row struck through whole."""
    if any(clean_cell(c) for c in cells if c is not None):
        return ()
    struck = tuple(clean_cell(grid.struck.get((r, c), "")) for c in range(len(cells)))
    return struck if any(struck) else ()


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def boxes_across(rows: Sequence[Sequence[Box | None]], tol: float = 1.0) -> list[frozenset[int]]:
    """Per row of a TableFinder table, the positions covered by a cell of that same row (merged
    across): TableFinder lists a cell once, in the row and at the column where it starts, and
    None at every other position it covers, to its right (across) and in the rows below (down).
    A position's left edge is the left edge of the cells that start at it."""
    lefts: dict[int, float] = {}
    for row in rows:
        for j, box in enumerate(row):
            if box is not None:
                lefts[j] = min(lefts.get(j, box[0]), box[0])
    return [frozenset(j for j, box in enumerate(row) if box is None and j in lefts
                      and any(b[0] + tol < lefts[j] < b[2] - tol for b in row if b is not None))
            for row in rows]  # fmt: skip


def captions(lines: Sequence[str], starts: Sequence[int]) -> list[str]:
    """Each table's caption: the last CAPTION_LINES printed lines of running text between the
    table before it and it, given the number of lines read when each table was met."""
    out: list[str] = []
    for k, start in enumerate(starts):
        above = [clean_cell(line) for line in lines[(starts[k - 1] if k else 0) : start]]
        out.append("\n".join([line for line in above if line][-CAPTION_LINES:]))
    return out
