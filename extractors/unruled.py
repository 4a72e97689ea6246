"""Catalog tables printed without rulings: columns found from the header's positions.

Some producers print a table with no borders at all (an HTML table without CSS borders, a
Word table in the "Normal Table" style). pdfplumber's own "text" strategy finds such tables
anywhere on any page, and turns paragraphs and letterheads into junk tables (the reason the
ruled strategy is the default). Here the search is narrowed by what a catalog must have:

1. a header line whose pieces map to a catalog header (`headers.row_to_columns`);
2. columns: the header's pieces give one column each; the boundary between two columns is
   the widest gutter (an x range no text below the header covers) between their pieces;
3. rows: lines below the header, cut into cells at the boundaries. A line opens a new row
   where its 序号 cell holds a number, or where the gap above it is wider than a line gap;
   other lines go on the row above (a cell's wrapped lines);
4. the table ends at the first line that runs across a boundary (running text, a signature)
   or after a gap of several lines.

A page without a header continues the previous page's unruled table with its columns when
its first line opens a numbered row; a catalog whose header stands lower on the same page is
read as a table of its own. The result is a RawTable like a ruled fragment's, so
the chaining in tables.py applies unchanged. Pure functions; no parsing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.cells import join_lines
from extractors.headers import SEQ, missing_required, row_to_columns
from extractors.pdfpage import Char, PageContent

SEGMENT_GAP = 0.5  # a gap wider than this many font sizes (a space is about 0.25–0.3) separates two columns
END_GAP = 3.0  # a vertical gap of this many line heights ends the table
CONTINUED_LINES = 8  # a row going on from the previous page runs over at most this many lines
HEADER_SEARCH = 5  # a repeated header stands within the first lines of a page
HEADER_LINES = 2  # a header wraps over at most this many further lines
CROSS_TOLERANCE = 2.0  # points a piece may reach over a column boundary (glyph side bearings)
_NUMBER = re.compile(r"^\d{1,4}[.、．]?$")


@dataclass(frozen=True)
class Line:
    """One printed line: its characters left to right and its vertical band."""

    chars: tuple[Char, ...]
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return max(c.size for c in self.chars)


@dataclass(frozen=True)
class Columns:
    """Column boundaries (x of each column's left side, then the last one's right side), and
    which column holds the 序号 (None: the catalog prints none)."""

    bounds: tuple[float, ...]
    seq: int | None
    header_first: tuple[str, ...] = ()  # the header's first line, piece by piece, to know a repeat
    header_lines: int = 0  # further lines the header wraps over


@dataclass(frozen=True)
class UnruledTable:
    """An unruled table found on a page: its header's cell lines (None on a continued page),
    its columns, and rows of cell lines."""

    header: tuple[tuple[Line, ...], ...] | None
    columns: Columns
    rows: tuple[tuple[tuple[Line, ...], ...], ...]  # per row, per column: the cell's lines
    bbox: tuple[float, float, float, float]


def page_lines(page: PageContent, chars_to_lines: object) -> list[Line]:
    """The page's upright text as lines, top to bottom (`chars_to_lines` from pdf.py)."""
    grouped = chars_to_lines(c for c in page.chars if c.upright)  # type: ignore[operator]
    lines = [Line(tuple(g), min(c.top for c in g), max(c.bottom for c in g)) for g in grouped]
    return sorted(lines, key=lambda line: line.top)


def segments(line: Line) -> list[tuple[Char, ...]]:
    """Pieces of a line separated by gaps wider than a column gutter."""
    out: list[list[Char]] = []
    for char in line.chars:
        if char.text.isspace():
            continue
        if out and char.x0 - out[-1][-1].x1 <= SEGMENT_GAP * char.size:
            out[-1].append(char)
        else:
            out.append([char])
    return [tuple(s) for s in out]


def _text(chars: Sequence[Char]) -> str:
    return "".join(c.text for c in chars)


def find_unruled(lines: Sequence[Line], width: float, carried: Columns | None) -> UnruledTable | None:
    """The page's unruled catalog table, or None. `carried`: the previous page's columns, when
    its unruled table may go on here (then that is tried first)."""
    going_on = _continued(lines, carried) if carried and lines else None
    if going_on is not None:
        return going_on
    for at, line in enumerate(lines):
        pieces = segments(line)
        if len(pieces) < 3:
            continue
        body = list(lines[at + 1 :])
        bounds = _bounds(pieces, body, width)
        found = _header(line, pieces, body, bounds)
        if found is None:
            continue
        header, seq, taken = found
        rows, end = _rows(body[taken:], bounds, seq)
        if not rows:
            return None
        columns = Columns(bounds, seq, tuple(_text(p) for p in pieces), taken)
        return UnruledTable(header, columns, rows, _bbox([line, *body[: taken + end]], bounds))
    return None


def find_unruled_tables(lines: Sequence[Line], width: float, carried: Columns | None) -> list[UnruledTable]:
    """Every unruled catalog table on the page, top to bottom: the previous page's table going
    on at the top, then any catalog whose header stands lower on the page (附件2 starting under
    the end of 附件1)."""
    found: list[UnruledTable] = []
    rest = list(lines)
    while rest and (table := find_unruled(rest, width, carried if not found else None)) is not None:
        found.append(table)
        rest = [line for line in rest if line.top > table.bbox[3]]
    return found


def _continued(lines: Sequence[Line], carried: Columns) -> UnruledTable | None:
    """The previous page's unruled table going on at this page's top, under a repeated header
    (known by its first line, and as many lines as it took there) or none."""
    start = next((n + 1 + carried.header_lines for n, line in enumerate(lines[:HEADER_SEARCH])
                  if tuple(_text(p) for p in segments(line)) == carried.header_first), 0)  # fmt: skip
    header = lines[:start]
    rows, end = _rows(list(lines[start:]), carried.bounds, carried.seq, must_open=True)
    if not rows:
        return None
    cells: list[list[Line]] | None = [[] for _ in carried.bounds[:-1]] if header else None
    for line in header if cells is not None else ():
        for j, cell in enumerate(_split(line, carried.bounds) or ()):
            if cell is not None and cells is not None:
                cells[j].append(cell)
    head = tuple(tuple(c) for c in cells) if cells is not None else None
    return UnruledTable(head, carried, rows, _bbox(lines[: start + end], carried.bounds))


def _header(
    line: Line, pieces: Sequence[Sequence[Char]], body: Sequence[Line], bounds: tuple[float, ...]
) -> tuple[tuple[tuple[Line, ...], ...], int | None, int] | None:
    """The header's cell lines, its 序号 column and how many further lines it wraps over; None
    when the line opens no catalog header. A wrapped header (序 | 号, 所属系 | 列(专业)) is read
    with as few further lines as make it a complete header followed by a numbered row."""
    cells: list[list[Line]] = [[] for _ in bounds[:-1]]
    for piece in pieces:
        cells[_column(bounds, (piece[0].x0 + piece[0].x1) / 2)].append(Line(tuple(piece), line.top, line.bottom))
    for taken in range(HEADER_LINES + 1):
        if taken:
            split = _split(body[taken - 1], bounds) if taken <= len(body) else None
            if split is None:
                return None
            for j, cell in enumerate(split):
                if cell is not None:
                    cells[j].append(cell)
        texts = [join_lines(_text(ln.chars) for ln in cell) for cell in cells]
        columns = row_to_columns(texts)
        if columns is None or missing_required(columns):
            continue
        seq = columns.index(SEQ) if SEQ in columns else None
        nxt = _split(body[taken], bounds) if taken < len(body) else None
        if seq is None or (nxt is not None and _NUMBER.match(_cell_text(nxt, seq))):
            return tuple(tuple(c) for c in cells), seq, taken
    return None


def _bounds(header: Sequence[Sequence[Char]], body: Sequence[Line], width: float) -> tuple[float, ...]:
    """Column boundaries: between two header pieces, the middle of the widest uncovered gutter."""
    covered = sorted((s[0].x0, s[-1].x1) for line in body[:60] for s in segments(line))
    bounds = [min(header[0][0].x0, covered[0][0] if covered else width) - 1.0]
    for left, right in zip(header, header[1:]):
        lo, hi = (left[0].x0 + left[-1].x1) / 2, (right[0].x0 + right[-1].x1) / 2
        gutters = _gutters(covered, lo, hi) or _least_covered(covered, lo, hi)
        if gutters:
            a, b = max(gutters, key=lambda g: g[1] - g[0])
            bounds.append((a + b) / 2)
        else:
            bounds.append((left[-1].x1 + right[0].x0) / 2)
    bounds.append(width)  # the last column is open to the right: a later page may print it wider
    return tuple(bounds)


def _gutters(covered: Sequence[tuple[float, float]], lo: float, hi: float) -> list[tuple[float, float]]:
    """Uncovered x ranges inside (lo, hi)."""
    out: list[tuple[float, float]] = []
    x = lo
    for x0, x1 in covered:
        if x1 <= x:
            continue
        if x0 >= hi:
            break
        if x0 > x:
            out.append((x, x0))
        x = max(x, x1)
    if x < hi:
        out.append((x, hi))
    return out


def _least_covered(covered: Sequence[tuple[float, float]], lo: float, hi: float) -> list[tuple[float, float]]:
    """The x ranges inside (lo, hi) that the fewest lines cover, when every x is covered: a page
    number (—4—) or a footer line centred over a gutter covers it once, the columns' text many times."""
    marks = sorted({lo, hi, *(x for span in covered for x in span if lo < x < hi)})
    counts = [(a, b, sum(x0 < b and x1 > a for x0, x1 in covered)) for a, b in zip(marks, marks[1:])]
    least = min((n for _, _, n in counts), default=0)
    out: list[tuple[float, float]] = []
    for a, b, n in counts:
        if n != least:
            continue
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _rows(
    body: Sequence[Line], bounds: tuple[float, ...], seq_column: int | None, must_open: bool = False
) -> tuple[tuple[tuple[tuple[Line, ...], ...], ...], int]:
    """Rows of cell lines below a header (or at a continued page's top), and how many lines they use."""
    pitch = min((b.top - a.top for a, b in zip(body, body[1:]) if b.top - a.top > 0.5), default=0.0)
    rows: list[list[list[Line]]] = []
    end = 0
    for n, line in enumerate(body):
        cells = _split(line, bounds)
        if cells is None:
            break
        gap = line.top - body[n - 1].bottom if n else 0.0
        if rows and pitch and gap > END_GAP * pitch:
            break
        seq = _cell_text(cells, seq_column)
        opens = bool(_NUMBER.match(seq)) if seq_column is not None else (not rows or gap > 0.5 * line.size)
        if not rows and not opens and must_open and not _opens_soon(body[n + 1 : n + CONTINUED_LINES], bounds, seq_column):
            return (), 0  # a page that goes on with the table starts with a row (or the end of one)
        if seq and not opens:
            break  # text where the 序号 stands is not a number: not a catalog row
        if opens or not rows:
            rows.append([[] for _ in cells])
        for j, cell in enumerate(cells):
            if cell is not None:
                rows[-1][j].append(cell)
        end = n + 1
    return tuple(tuple(tuple(c) for c in row) for row in rows), end


def _opens_soon(lines: Sequence[Line], bounds: tuple[float, ...], seq_column: int | None) -> bool:
    """One of the lines opens a numbered row (the lines before it end the previous page's row)."""
    for line in lines:
        cells = _split(line, bounds)
        if cells is None or seq_column is None:
            return False
        if cells[seq_column] is not None:
            return bool(_NUMBER.match(_cell_text(cells, seq_column)))
    return False


def _cell_text(cells: Sequence[Line | None], column: int | None) -> str:
    cell = cells[column] if column is not None else None
    return _text(cell.chars).strip() if cell is not None else ""


def _split(line: Line, bounds: tuple[float, ...]) -> list[Line | None] | None:
    """A line cut at the column boundaries; None when a piece runs across one (not a table line)."""
    cells: list[list[Char]] = [[] for _ in bounds[:-1]]
    for piece in segments(line):
        if piece[0].x0 < bounds[0] - CROSS_TOLERANCE or piece[-1].x1 > bounds[-1] + CROSS_TOLERANCE:
            return None
        column = _column(bounds, (piece[0].x0 + piece[0].x1) / 2)
        if _column(bounds, piece[-1].x1 - CROSS_TOLERANCE) != column:
            return None
        cells[column].extend(piece)
    spaced = [c for c in line.chars if c.text.isspace()]
    for j, chars in enumerate(cells):  # keep drawn spaces inside the cell's text, and one it ends with
        if chars:
            x0, x1 = chars[0].x0, chars[-1].x1
            chars.extend(c for c in spaced if x0 < c.x0 <= x1 + 0.5)
            chars.sort(key=lambda c: c.x0)
    return [Line(tuple(c), line.top, line.bottom) if c else None for c in cells]


def _column(bounds: tuple[float, ...], x: float) -> int:
    for j in range(len(bounds) - 1):
        if x < bounds[j + 1]:
            return j
    return len(bounds) - 2


def _bbox(lines: Sequence[Line], bounds: tuple[float, ...]) -> tuple[float, float, float, float]:
    return (bounds[0], min(line.top for line in lines), bounds[-1], max(line.bottom for line in lines) + 0.5)
