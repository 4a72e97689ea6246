"""Shared by the readers whose tables come as a grid of cell texts (DOCX, HTML)."""

from __future__ import annotations

from collections.abc import Sequence

from core.cells import clean_cell
from core.model import RawRow, RawTable, SourceFile, SourceRef

CAPTION_LINES = 3  # the running text's last lines over a table kept as its caption


def grid_to_table(grid: Sequence[Sequence[str | None]], number: int, source: SourceFile, caption: str = "") -> RawTable:
    """A RawTable from rows of cell texts (None: covered by a merged cell), with lineage."""
    rows = tuple(
        RawRow(
            cells=tuple(cell if cell is None else clean_cell(cell) for cell in cells),
            ref=SourceRef(file=source.path, sha256=source.sha256, table=number, row=row_no),
        )
        for row_no, cells in enumerate(grid, start=1)
    )
    return RawTable(index=number, rows=rows, caption=caption)


def captions(lines: Sequence[str], starts: Sequence[int]) -> list[str]:
    """Each table's caption: the last CAPTION_LINES printed lines of running text between the
    table before it and it, given the number of lines read when each table was met."""
    out: list[str] = []
    for k, start in enumerate(starts):
        above = [clean_cell(line) for line in lines[(starts[k - 1] if k else 0) : start]]
        out.append("\n".join([line for line in above if line][-CAPTION_LINES:]))
    return out
