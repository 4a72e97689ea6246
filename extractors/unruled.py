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

Rows between rules. Some producers draw a rule under every row and no column rules (a browser
printing `border-bottom` on each cell, a Word table with only horizontal borders), and centre
each cell's text vertically: a one-line cell then stands level with the middle of its
neighbour's three lines, so no line of the page opens the row, and the header's wrapped
pieces (序 over 号) stand half a line above and below its one-line pieces. There the rules
say what the text cannot (`find_banded`):

1. the header is the block of lines standing close over a rule that runs across it (and under
   the rule above, if any), read piece by piece (a piece is text standing over itself: a
   wrapped header cell);
2. every band between the next rules of that rule's length is one row, its characters cut
   into cells by the columns' boundaries, when every band holds exactly one 序号 number (the
   first band of a continued page may hold the rest of a row the page break split, and a last
   row may have no rule under it). With no such rule among the rows (booktabs: rules over and
   under the header and under the table) the rows are read from the text as above; rules that
   part the rows but not one to a band give no table (`_RowsUnclear`), since the text would mix
   up cells centred between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

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

    @classmethod
    def of(cls, chars: Sequence[Char]) -> Line:
        """A line of these characters, its band theirs."""
        return cls(tuple(chars), min(c.top for c in chars), max(c.bottom for c in chars))


@dataclass(frozen=True)
class Columns:
    """Column boundaries (x of each column's left side, then the last one's right side), and
    which column holds the 序号 (None: the catalog prints none)."""

    bounds: tuple[float, ...]
    seq: int | None
    header_first: tuple[str, ...] = ()  # the header's first line, piece by piece, to know a repeat
    header_lines: int = 0  # further lines the header wraps over
    banded: tuple[float, float] | None = None  # a header over a rule: where that rule starts and ends
    ruled_rows: bool = False  # the rows stand between rules of that length, one each


@dataclass(frozen=True)
class Rule:
    """A horizontal rule as drawn: from x0 to x1 at height y (a thin rectangle gives two)."""

    x0: float
    x1: float
    y: float


Rows = tuple[tuple[tuple[Line, ...], ...], ...]  # per row, per column: the cell's lines


@dataclass(frozen=True)
class UnruledTable:
    """An unruled table found on a page: its header's cell lines (None on a continued page),
    its columns, and rows of cell lines."""

    header: tuple[tuple[Line, ...], ...] | None
    columns: Columns
    rows: Rows
    bbox: tuple[float, float, float, float]
    bands: tuple[tuple[float, float] | None, ...] = ()  # per row, the rules over and under it, where drawn


def page_lines(page: PageContent, chars_to_lines: object) -> list[Line]:
    """The page's upright text as lines, top to bottom (`chars_to_lines` from pdf.py)."""
    grouped = chars_to_lines(c for c in page.chars if c.upright)  # type: ignore[operator]
    lines = [Line.of(g) for g in grouped]
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


def find_unruled(
    lines: Sequence[Line], width: float, carried: Columns | None, rules: Sequence[Rule] = ()
) -> UnruledTable | None:
    """The page's unruled catalog table, or None. `carried`: the previous page's columns, when
    its unruled table may go on here (then that is tried first). `rules`: the page's horizontal
    rules, for a table whose rows stand between them (`find_banded`)."""
    try:
        banded = find_banded(lines, rules, width, carried) if rules else None
    except _RowsUnclear:
        return None  # the page's rows stay outside every table, and the document is refused so
    if banded is not None:
        return banded
    going_on = _continued(lines, carried) if carried and carried.banded is None and lines else None
    if going_on is not None:
        return going_on
    for at, line in enumerate(lines):
        pieces = segments(line)
        if len(pieces) < 3:
            continue
        body = list(lines[at + 1 :])
        bounds = _bounds([(p[0].x0, p[-1].x1) for p in pieces], body, width)
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


def find_unruled_tables(
    lines: Sequence[Line], width: float, carried: Columns | None, rules: Sequence[Rule] = ()
) -> list[UnruledTable]:
    """Every unruled catalog table on the page, top to bottom: the previous page's table going
    on at the top, then any catalog whose header stands lower on the page (附件2 starting under
    the end of 附件1)."""
    found: list[UnruledTable] = []
    rest = list(lines)
    while rest and (table := find_unruled(rest, width, carried if not found else None, rules)) is not None:
        found.append(table)
        rest = [line for line in rest if line.top > table.bbox[3]]
    return found


class _RowsUnclear(Exception):
    """Rules part a table's rows, but not into one numbered row each: its page is read as no table."""


RULE_JOIN = 2.0  # points between two rule segments drawn end to end (each cell its own border) that make one rule
RULE_SAME = 2.5  # rules closer than this are one drawn rule (a thin rectangle's top and bottom sides)
RULE_REACH = 2.0  # points two rules' ends may differ by and still be one table's


def joined_rules(rules: Sequence[Rule]) -> list[Rule]:
    """Rules drawn end to end at one height as one rule, top to bottom."""
    out: list[Rule] = []
    level: list[Rule] = []
    for rule in sorted(rules, key=lambda r: r.y):
        if level and rule.y - level[0].y > 0.5:
            out.extend(_join_level(level))
            level = []
        level.append(rule)
    out.extend(_join_level(level))
    return out


def _join_level(level: Sequence[Rule]) -> list[Rule]:
    out: list[Rule] = []
    for rule in sorted(level, key=lambda r: r.x0):
        if out and rule.x0 <= out[-1].x1 + RULE_JOIN:
            out[-1] = Rule(out[-1].x0, max(out[-1].x1, rule.x1), out[-1].y)
        else:
            out.append(rule)
    return out


def level_with(rules: Sequence[Rule], x0: float, x1: float) -> list[float]:
    """Heights of the rules that run from x0 to x1 (a row's rules all do; a box round the whole
    table or the page's furniture does not), top to bottom, one per drawn rule."""
    out: list[float] = []
    for rule in rules:
        if abs(rule.x0 - x0) <= RULE_REACH and abs(rule.x1 - x1) <= RULE_REACH and not (out and rule.y - out[-1] < RULE_SAME):
            out.append(rule.y)
    return out


def find_banded(lines: Sequence[Line], rules: Sequence[Rule], width: float, carried: Columns | None) -> UnruledTable | None:
    """A table whose header stands over a rule (module docstring): on a page that goes on with
    such a table, its rows from the top; else the first header over a rule that runs across it,
    and the rows below. None when no rule has a catalog header over it."""
    joined = joined_rules(rules)
    if carried is not None and carried.banded is not None:
        return _banded_continued(lines, joined, carried)
    for n, rule in enumerate(joined):
        header = _edge_block(_below(lines, joined, n), rule.y, up=True)
        extents = _pieces(header)
        texts = _band_texts(header, extents)
        columns = row_to_columns(list(texts)) if len(texts) >= 3 else None
        if columns is None or missing_required(columns) or SEQ not in columns:
            continue
        if rule.x0 > extents[0][0] + RULE_REACH or rule.x1 < extents[-1][1] - RULE_REACH:
            continue  # a rule under part of the header only
        bounds = _bounds(extents, [line for line in lines if line.top > rule.y], width)
        head = _banded_cells(header, bounds)
        if head is None:
            return None
        found = Columns(bounds, columns.index(SEQ), texts, 0, banded=(rule.x0, rule.x1))
        return _rows_below(lines, joined, rule.y, found, head, header, at_least=2)
    return None


def _below(lines: Sequence[Line], joined: Sequence[Rule], n: int) -> list[Line]:
    """The lines under the nearest rule over rule n (all of them when there is none): a header
    over rule n stands there."""
    # the last such rule before n, found from n backwards: `joined` is in height order (within half
    # a point), so this stops at once, where collecting every rule over it grew with the square of
    # the rules (a page of 22,500 short curves, 18,000 rules: 13 s, now 2.4 s; bench/bench_dense.py)
    over = next((joined[k].y for k in range(n - 1, -1, -1) if joined[n].y - joined[k].y >= RULE_SAME), None)
    return list(lines) if over is None else [line for line in lines if line.top > over]


def _banded_continued(lines: Sequence[Line], joined: Sequence[Rule], carried: Columns) -> UnruledTable | None:
    """The previous page's table going on: under its repeated header, or from the page's top."""
    assert carried.banded is not None
    ys = level_with(joined, *carried.banded)
    for k, y in enumerate(ys[:2]):  # the header over the first rule, or boxed between the first two
        block = _edge_block([line for line in lines if not k or line.top > ys[k - 1]], y, up=True)
        if block and _band_texts(block) == carried.header_first:
            return _rows_below(lines, joined, y, carried, _banded_cells(block, carried.bounds), block)
    return _rows_below(lines, joined, None, carried, None, [])


def _rows_below(
    lines: Sequence[Line], joined: Sequence[Rule], y: float | None, columns: Columns,
    head: tuple[tuple[Line, ...], ...] | None, header: Sequence[Line], at_least: int = 1,
) -> UnruledTable | None:  # fmt: skip
    """The rows under the header's rule at `y` (None: from the page's top, no header): one per
    band between the rows' rules when every band holds one numbered row, else read from the
    text (`_rows`), as a table without rules is."""
    assert columns.banded is not None
    bounds, seq = columns.bounds, columns.seq
    ys = [v for v in level_with(joined, *columns.banded) if y is None or v >= y - RULE_SAME / 2]
    ruled: list[tuple[tuple[float, float] | None, list[Line]]] = [
        ((a, b), band) for a, b in zip(ys, ys[1:]) if (band := _band(lines, a, b))
    ]
    if y is None and ys:  # a page going on: its first row's rule may be on the page before
        top = _edge_block(lines, ys[0], up=True)
        if top and _banded_cells(top, bounds) is not None:
            ruled.insert(0, (None, top))
    bands = [band for _, band in ruled]
    rows = _banded_rows(bands, bounds, seq, at_least, going_on=head is None or at_least == 1) if ys else None
    if rows is not None:
        last, under = _last_row(lines, ys[-1], bounds, seq)
        printed = [*header, *(line for band in bands for line in band), *under]
        return UnruledTable(head, replace(columns, ruled_rows=True), rows + last, _bbox(printed, bounds),
                            tuple(ys for ys, _ in ruled) + (None,) * len(last))  # fmt: skip
    body = [line for line in lines if y is None or line.top > y]
    text_rows, end = _rows(body, bounds, seq, must_open=y is None)
    if not text_rows:
        return None
    if any(body[0].top < v < body[end - 1].bottom for v in ys):
        # Rules part the rows, yet not one numbered row each (a section row across the table, two
        # rows in a band): reading them from the text would mix up cells centred between rules.
        raise _RowsUnclear
    return UnruledTable(head, replace(columns, ruled_rows=False), text_rows, _bbox([*header, *body[:end]], bounds))


def _band(lines: Sequence[Line], top: float, bottom: float) -> list[Line]:
    """The parts of the lines whose characters stand between two heights."""
    out: list[Line] = []
    for line in lines:
        if line.bottom < top or line.top > bottom:
            continue
        chars = tuple(c for c in line.chars if top < (c.top + c.bottom) / 2 < bottom)
        if any(not c.text.isspace() for c in chars):
            out.append(Line.of(chars))
    return out


EDGE_REACH = 3.0  # font sizes between a rule and the first line of a row it does not close
EDGE_LEADING = 1.0  # font sizes between two lines of that row


def _edge_block(lines: Sequence[Line], y: float, *, up: bool) -> list[Line]:
    """The lines standing close together over (`up`) or under a rule, nearest first out: a
    header over its rule, a row whose other rule the page break cut off, or that has none (the
    table's last row)."""
    near = sorted((ln for ln in lines if (ln.bottom < y if up else ln.top > y)), key=lambda ln: ln.top, reverse=up)
    out: list[Line] = []
    edge = y
    for line in near:
        gap = edge - line.bottom if up else line.top - edge
        if gap > (EDGE_LEADING if out else EDGE_REACH) * line.size:
            break
        out.append(line)
        edge = line.top if up else line.bottom
    return sorted(out, key=lambda ln: ln.top)


def _last_row(lines: Sequence[Line], y: float, bounds: tuple[float, ...], seq: int | None) -> tuple[Rows, list[Line]]:
    """A numbered row under the last rule and its lines, when the table draws no rule under its
    last row; anything else there (running text, a signature) is not the table's."""
    block = _edge_block(lines, y, up=False)
    row = _banded_rows([block], bounds, seq) if block else None
    return (row, block) if row else ((), [])


def _pieces(band: Sequence[Line]) -> list[tuple[float, float]]:
    """x ranges of a band's text, left to right: pieces that stand over one another (a wrapped
    header cell) or nearly touch are one."""
    out: list[tuple[float, float]] = []
    for x0, x1, size in sorted((s[0].x0, s[-1].x1, s[0].size) for line in band for s in segments(line)):
        if out and x0 - out[-1][1] <= SEGMENT_GAP * size:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _band_texts(band: Sequence[Line], extents: Sequence[tuple[float, float]] | None = None) -> tuple[str, ...]:
    """Each piece's text, its lines top to bottom."""
    return tuple(
        join_lines(text for line in band if (text := _text([c for c in line.chars if x0 - 0.5 <= c.x0 and c.x1 <= x1 + 0.5]).strip()))
        for x0, x1 in (extents if extents is not None else _pieces(band))
    )  # fmt: skip


def _banded_cells(band: Sequence[Line], bounds: tuple[float, ...]) -> tuple[tuple[Line, ...], ...] | None:
    """A band's lines cut into cells at the boundaries; None when a piece runs across one."""
    cells: list[list[Line]] = [[] for _ in bounds[:-1]]
    for line in band:
        split = _split(line, bounds)
        if split is None:
            return None
        for j, cell in enumerate(split):
            if cell is not None:
                cells[j].append(Line.of(cell.chars))  # its own band, not the page line's
    return tuple(tuple(sorted(cell, key=lambda ln: ln.top)) for cell in cells)


def _banded_rows(bands: Sequence[Sequence[Line]], bounds: tuple[float, ...], seq: int | None,
                 at_least: int = 1, going_on: bool = False) -> Rows | None:  # fmt: skip
    """One row per band, when each band's 序号 cell is one line holding a number. `going_on`: the
    first band may hold none, the rest of the previous page's last row (tables.py joins it)."""
    if seq is None or len(bands) < at_least:
        return None
    rows: list[tuple[tuple[Line, ...], ...]] = []
    for n, band in enumerate(bands):
        cells = _banded_cells(band, bounds)
        if cells is None:
            return None
        numbered = len(cells[seq]) == 1 and _NUMBER.match(_text(cells[seq][0].chars).strip())
        if not numbered and not (going_on and n == 0 and not cells[seq]):
            return None
        rows.append(cells)
    return tuple(rows)


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
    unnumbered: tuple[tuple[tuple[Line, ...], ...], int | None, int] | None = None
    for taken in range(HEADER_LINES + 1):
        if taken:
            split = _split(body[taken - 1], bounds) if taken <= len(body) else None
            if split is None:
                return unnumbered
            for j, cell in enumerate(split):
                if cell is not None:
                    cells[j].append(cell)
        texts = [join_lines(_text(ln.chars) for ln in cell) for cell in cells]
        columns = row_to_columns(texts)
        if columns is None or missing_required(columns):
            continue
        seq = columns.index(SEQ) if SEQ in columns else None
        nxt = _split(body[taken], bounds) if taken < len(body) else None
        if seq is None:
            # a header without 序号, unless a further line makes one ('序' over '号' beside '所属系'
            # over '列', AR PL fonts: the first line alone reads as a complete header)
            unnumbered = unnumbered or (tuple(tuple(c) for c in cells), None, taken)
        elif nxt is not None and _NUMBER.match(_cell_text(nxt, seq)):
            return tuple(tuple(c) for c in cells), seq, taken
    return unnumbered


def _bounds(header: Sequence[tuple[float, float]], body: Sequence[Line], width: float) -> tuple[float, ...]:
    """Column boundaries: between two header pieces (their x ranges), the middle of the widest
    uncovered gutter."""
    covered = sorted((s[0].x0, s[-1].x1) for line in body[:60] for s in segments(line))
    bounds = [min(header[0][0], covered[0][0] if covered else width) - 1.0]
    for left, right in zip(header, header[1:]):
        lo, hi = (left[0] + left[1]) / 2, (right[0] + right[1]) / 2
        gutters = _gutters(covered, lo, hi) or _least_covered(covered, lo, hi)
        if gutters:
            a, b = max(gutters, key=lambda g: g[1] - g[0])
            bounds.append((a + b) / 2)
        else:
            bounds.append((left[1] + right[0]) / 2)
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
) -> tuple[Rows, int]:
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
