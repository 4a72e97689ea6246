"""Shared by the readers whose tables come as a grid of cell texts (DOCX, HTML)."""

from __future__ import annotations

from collections.abc import Sequence

from core.cells import clean_cell
from core.model import RawRow, RawTable, SourceFile, SourceRef


def grid_to_table(grid: Sequence[Sequence[str | None]], number: int, source: SourceFile) -> RawTable:
    """A RawTable from rows of cell texts (None: covered by a merged cell), with lineage."""
    rows = tuple(
        RawRow(
            cells=tuple(cell if cell is None else clean_cell(cell) for cell in cells),
            ref=SourceRef(file=source.path, sha256=source.sha256, table=number, row=row_no),
        )
        for row_no, cells in enumerate(grid, start=1)
    )
    return RawTable(index=number, rows=rows)
