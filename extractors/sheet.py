"""Read a spreadsheet catalog (.xlsx; .xls, and WPS Spreadsheets' .et, which is BIFF8) into
tables with lineage.

pandas reads the cells through python-calamine (`engine="calamine"`, one reader for xlsx and
xls). Each visible worksheet is one RawTable whose index is the sheet's number in the workbook;
each row's SourceRef.row is the row number Excel shows, page None. Cells are text as Excel shows
them by default: an integer stored as a number is "1", never "1.0"; a date is 2021-12-13.

Merged cells come from python-calamine's `merged_cell_ranges`, which reads them from both xlsx
(mergeCell) and xls (MERGEDCELLS records); pandas drops them, and openpyxl would read xlsx only.
As in every reader, a merged range's first position carries its text and every other position
it covers is None.

A sheet's title rows are not table rows: rows above the table (and below it) that print one
text across the sheet (one cell, merged or not: 附件1, 无锡市…目录（第一批）, a note) are the
sheet's running text, so the metadata reader finds the catalog title there. Blank rows and the
empty columns at either side are not printed, so not read; row numbers stay Excel's.

Safety: calamine lays a sheet out as a dense grid from its first to its last cell, its xls reader
reserves what the DIMENSIONS record declares, and pandas asks for the grid from A1. A 5 KB .xlsx
with one cell at A1 and one at XFD1048576 asks for 17 billion cells, and the allocation failure
aborts the process, the whole run with it (measured with python-calamine 0.9.1). So each sheet's
extent is read from the file before calamine opens it (xlsx: the cell references of each
worksheet's XML, streamed; xls: the BIFF cell and DIMENSIONS records), and a sheet over MAX_CELLS
is refused. An .xlsx's declared zip sizes are checked as a .docx's are.
"""

from __future__ import annotations

import math
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import IO

import olefile
import pandas as pd
import python_calamine
from lxml import etree

from core.cells import STRUCK, clean_cell, close_struck_gaps
from core.errors import DocumentTooLarge, EncryptedDocument, UnreadableDocument
from core.model import Document, RawRow, RawTable, SourceFile, SourceRef
from extractors.headers import row_to_columns
from extractors.joins import join_cell_lines
from extractors.sniff import MAX_MEMBERS, MAX_RATIO, MAX_UNCOMPRESSED_BYTES, MIN_RATIO_BYTES, check_zip_sizes

MAX_CELLS = 2_000_000  # per sheet, counted from A1: a catalog of 2,000 rows x 20 columns is 40,000
Grid = list[list[str | None]]
Merge = tuple[tuple[int, int], tuple[int, int]]  # ((first row, first column), (last row, last column)), 0-based

_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW, _CELL, _COL = f"{{{_SML}}}row", f"{{{_SML}}}c", f"{{{_SML}}}col"
_AUTO_FILTER = f"{{{_SML}}}autoFilter"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_REF = re.compile(r"^([A-Za-z]+)(\d+)$")
# BIFF records calamine turns into cells (row and column in their first 4 bytes); MULRK spans columns.
_BIFF_CELLS = frozenset({0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006})
_BOF, _EOF, _DIMENSIONS, _MULRK = 0x0809, 0x000A, 0x0200, 0x00BD


def read_sheet(path: Path, source: SourceFile, fmt: str) -> Document:
    """Read every visible worksheet of an .xlsx or .xls workbook into tables and title text."""
    check_extent(path, fmt, source.path)
    lines: list[str] = []
    tables: list[RawTable] = []
    hidden = _xlsx_hidden(path, source.path) if fmt == "xlsx" else {}
    strikes = _xlsx_struck(path, source.path) if fmt == "xlsx" else {}
    try:
        with path.open("rb") as handle, pd.ExcelFile(handle, engine="calamine") as workbook:
            for number, name in _visible_sheets(workbook.book):
                grid, across = _sheet_to_grid(workbook, name, source.path)
                struck: dict[tuple[int, int], str] = {}
                for (r, c), (shown, whole) in strikes.get(name, {}).items():  # struck text is not shown as current
                    if r < len(grid) and c < len(grid[r]) and grid[r][c] is not None:
                        grid[r][c] = value_to_text(shown)
                        if not shown.strip():
                            struck[(r, c)] = value_to_text(whole)
                rows_hidden, columns_hidden = hidden.get(name, (frozenset(), frozenset()))
                for row_no in rows_hidden:  # a hidden row is neither shown nor printed
                    if row_no <= len(grid):
                        grid[row_no - 1] = [""] * len(grid[row_no - 1])
                width = max((len(line) for line in grid), default=0)
                blanked = sorted(c - 1 for c in columns_hidden if c <= width)  # Excel often hides all columns past the table
                for line in grid:  # nor is a hidden column (a superseded 对应职称 kept beside the current one)
                    for column in blanked:
                        if column < len(line):
                            line[column] = ""
                title, table = grid_to_text_and_table(grid, number, source, across, struck)
                lines.extend(title)
                if table is not None:
                    tables.append(table)
    except python_calamine.PasswordError as exc:
        raise EncryptedDocument("the workbook is protected by a password", file=source.path) from exc
    except (python_calamine.CalamineError, ValueError, KeyError, IndexError, OSError) as exc:
        # calamine tries every format on a damaged file and then says only "Cannot detect file format"
        raise UnreadableDocument(f"not a readable .{fmt} workbook, damaged or malformed ({exc})",
                                 file=source.path) from exc  # fmt: skip
    except BaseException as exc:  # a panic in calamine's Rust code arrives as pyo3's PanicException
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableDocument(f"the workbook is malformed (the reader failed: {exc})", file=source.path) from exc
    return Document(source=source, format="xlsx" if fmt == "xlsx" else "xls", text="\n".join(lines),
                    tables=tuple(tables))  # fmt: skip


def _visible_sheets(book: python_calamine.CalamineWorkbook) -> Iterator[tuple[int, str]]:
    """(number in the workbook, name) of each visible worksheet: hidden sheets and chart sheets
    are not what the notice shows (hidden ones often hold lookup lists)."""
    worksheet, visible = python_calamine.SheetTypeEnum.WorkSheet, python_calamine.SheetVisibleEnum.Visible
    for number, meta in enumerate(book.sheets_metadata, start=1):
        if meta.typ == worksheet and meta.visible == visible:
            yield number, meta.name


def _sheet_to_grid(workbook: pd.ExcelFile, name: str, file: str) -> tuple[Grid, frozenset[tuple[int, int]]]:
    """The sheet's cells from A1 as text, None where a merged cell covers; and the positions
    covered across (see apply_merges)."""
    frame = pd.read_excel(workbook, sheet_name=name, header=None, dtype=object, na_filter=False)
    grid: Grid = [[value_to_text(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    merges = workbook.book.get_sheet_by_name(name).merged_cell_ranges or []
    return grid, apply_merges(grid, merges, file)


def value_to_text(value: object) -> str:
    """A cell as Excel shows it by default: 1 (not 1.0), 0.25, 2021-12-13, TRUE; "" when empty."""
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "" if math.isnan(value) else str(value)
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, datetime):  # pandas.Timestamp too
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    text = str(value)
    return join_cell_lines(text.splitlines()) if "\n" in text or "\r" in text else text


def apply_merges(grid: Grid, merges: Sequence[Merge], file: str) -> frozenset[tuple[int, int]]:
    """Set every position a merged range covers, except its first, to None (clipped to the grid);
    return the (row, column) positions covered across: those in the range's first row."""
    height, width = len(grid), max((len(row) for row in grid), default=0)
    clipped = [((r0, c0), (min(r1, height - 1), min(c1, width - 1))) for (r0, c0), (r1, c1) in merges
               if r0 < height and c0 < width]  # fmt: skip
    if sum((r1 - r0 + 1) * (c1 - c0 + 1) for (r0, c0), (r1, c1) in clipped) > MAX_CELLS:
        raise DocumentTooLarge(f"the sheet's merged ranges cover over {MAX_CELLS} cells (overlapping merges)",
                               file=file)  # fmt: skip
    across: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in clipped:
        for r in range(r0, r1 + 1):
            row = grid[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if (r, c) != (r0, c0):
                    row[c] = None
        across.update((r0, c) for c in range(c0 + 1, min(c1, len(grid[r0]) - 1) + 1))
    return frozenset(across)


def grid_to_text_and_table(
    grid: Grid, number: int, source: SourceFile, across: frozenset[tuple[int, int]] = frozenset(),
    struck: Mapping[tuple[int, int], str] | None = None,
) -> tuple[list[str], RawTable | None]:
    """Split a sheet into its title lines and its table (rows numbered as Excel shows them). Title
    lines are rows of one text across, above and below the table, and inside it above a header
    (a second catalog's 附件2 and title); blank rows and empty outer columns are dropped. `struck`:
    the text of cells struck through whole (0-based row, column): a row of them is withdrawn."""
    struck = struck or {}
    gone = {r: {c: clean_cell(t) for (rr, c), t in struck.items() if rr == r} for r in {r for r, _ in struck}}
    cleaned = ((row_no, [None if c is None else clean_cell(c) for c in cells]) for row_no, cells in enumerate(grid, 1))
    rows = [(row_no, cells) for row_no, cells in cleaned if any(cells) or any(gone.get(row_no - 1, {}).values())]
    wide = [sum(1 for c in cells if c) + len(gone.get(row_no - 1, {})) > 1 for row_no, cells in rows]
    if not any(wide):
        return [_only_text(cells) for _, cells in rows], None
    titles = _title_rows(rows, wide)
    lines = [_only_text(cells) for i, (_, cells) in enumerate(rows) if i in titles]
    body = [row for i, row in enumerate(rows) if i not in titles]
    used = [j for j in range(max(len(cells) for _, cells in body)) if any(j < len(c) and c[j] != "" for _, c in body)]
    left, right = used[0], used[-1] + 1
    raw_rows = tuple(
        RawRow(cells=tuple(cells[left:right]) + ("",) * max(0, right - len(cells)),
               ref=SourceRef(file=source.path, sha256=source.sha256, table=number, row=row_no),
               across=frozenset(c - left for r, c in across if r == row_no - 1 and left <= c < right),
               struck=_struck_row(gone.get(row_no - 1, {}), cells, left, right))
        for row_no, cells in body
    )  # fmt: skip
    return lines, RawTable(index=number, rows=raw_rows)


def _struck_row(gone: Mapping[int, str], cells: Sequence[str | None], left: int, right: int) -> tuple[str, ...]:
    """A row's struck text per cell when it shows nothing else (RawRow.struck), else ()."""
    if any(cells) or not any(gone.values()):
        return ()
    return tuple(gone.get(c, "") for c in range(left, right))


def _title_rows(rows: Sequence[tuple[int, list[str | None]]], wide: Sequence[bool]) -> set[int]:
    """Positions of the one-text rows that are titles: before the first wide row, after the last,
    and those whose next wide row is a catalog header. Other one-text rows inside the table are
    section rows (一、工程系列) and stay in it."""
    first, last = wide.index(True), len(wide) - 1 - wide[::-1].index(True)
    titles = set(range(first)) | set(range(last + 1, len(rows)))
    next_wide: int | None = None
    for index in range(last, first - 1, -1):
        if wide[index]:
            next_wide = index
        elif next_wide is not None and row_to_columns(rows[next_wide][1]) is not None:
            titles.add(index)
    return titles


def _only_text(cells: Sequence[str | None]) -> str:
    return next((c for c in cells if c), "")


def check_extent(path: Path, fmt: str, file: str) -> None:
    """Refuse a workbook one of whose sheets spans over MAX_CELLS cells from A1, before calamine
    lays it out (see the module docstring); an .xlsx's zip sizes are checked too."""
    extents = cell_extents(path, file) if fmt == "xlsx" else _xls_extents(path, file)
    for rows, columns in extents:
        if rows * columns > MAX_CELLS:
            raise DocumentTooLarge(
                f"a sheet spans {rows} rows x {columns} columns from A1, over the cap of {MAX_CELLS} cells "
                "(a stray cell far below or right of the table does this)",
                file=file,
            )


def range_end(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of a range's bottom-right cell (A1:F12 -> (12, 6)); None if unreadable."""
    match = _REF.match(ref.split(":")[-1].replace("$", ""))
    if not match:
        return None
    column, row = _cell_position(match[0], 0, 0)
    return row, column


def cell_extents(path: Path, file: str) -> list[tuple[int, int]]:
    """(rows, columns) from A1 to the last cell with content, of each worksheet part of an .xlsx."""
    with _unreadable_as_xlsx(file), zipfile.ZipFile(path) as archive:
        check_zip_sizes(archive.infolist(), file, what=".xlsx", max_members=MAX_MEMBERS, max_ratio=MAX_RATIO,
                        max_bytes=MAX_UNCOMPRESSED_BYTES, min_ratio_bytes=MIN_RATIO_BYTES)  # fmt: skip
        names = set(archive.namelist())
        parts = sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))
        parts += sorted(_worksheet_targets(archive, names) - set(parts))
        extents = []
        for part in parts:
            with archive.open(part) as handle:
                extents.append(_cells_extent(handle))
        return extents


@contextmanager
def _unreadable_as_xlsx(file: str) -> Iterator[None]:
    """What zipfile and lxml raise on a damaged .xlsx, as UnreadableDocument."""
    try:
        yield
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, ValueError,
            NotImplementedError, etree.LxmlError) as exc:  # fmt: skip
        raise UnreadableDocument(f"not a readable .xlsx workbook, damaged or malformed ({type(exc).__name__}: {exc})",
                                 file=file) from exc  # fmt: skip


def _worksheets(archive: zipfile.ZipFile, names: set[str]) -> Iterator[tuple[str, str]]:
    """(name, part) of each worksheet the workbook lists, in its order."""
    parts = _worksheet_parts(archive, names)
    for sheet in etree.fromstring(archive.read("xl/workbook.xml"), _PARSER).iter(f"{{{_SML}}}sheet"):
        part = parts.get(sheet.get(f"{{{_DOC_RELS}}}id", ""))
        if part is not None:
            yield sheet.get("name", ""), part


def _worksheet_targets(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
    """The worksheet parts the workbook's relationships name (they need not sit in xl/worksheets/)."""
    return set(_worksheet_parts(archive, names).values())


def _worksheet_parts(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Relationship id -> worksheet part, for the parts the archive holds."""
    if "xl/_rels/workbook.xml.rels" not in names:
        return {}
    root = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _PARSER)
    parts = {}
    for rel in root.iter(f"{{{_RELS}}}Relationship"):
        target = rel.get("Target", "")
        if rel.get("Type", "").endswith("/worksheet") and rel.get("TargetMode") != "External":
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            if part in names:
                parts[rel.get("Id", "")] = part
    return parts


# The cells Excel shows otherwise than calamine reads them: (shown, whole), where shown leaves out
# struck-through runs ("" for a cell struck whole) or applies the cell's number format.
Struck = dict[tuple[int, int], tuple[str, str]]
_TOGGLE_OFF = ("0", "false", "off")


def _xlsx_struck(path: Path, file: str) -> dict[str, Struck]:
    """Per worksheet name, its cells (0-based row, column) that Excel shows otherwise than their
    value (found by the unseen27 probe): a cell whose font strikes it through (a row withdrawn so,
    struck whole), a rich-text string some of whose runs are struck (the old value before the
    new one), and a whole number under a format that pads or decorates it (序号 as 001, 1.)."""
    with _unreadable_as_xlsx(file), zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            return {}
        fonts, formats = _cell_styles(archive.read("xl/styles.xml")) if "xl/styles.xml" in names else (frozenset(), {})
        strings = _shared_strings(archive.read("xl/sharedStrings.xml")) if "xl/sharedStrings.xml" in names else []
        if not fonts and not formats and not any(struck for runs in strings for _, struck in runs):
            return {}
        out: dict[str, Struck] = {}
        for name, part in _worksheets(archive, names):
            with archive.open(part) as handle:
                out[name] = _struck_cells(handle, fonts, formats, strings)
        return out


def _is_on(element: etree._Element | None) -> bool:
    return element is not None and element.get("val", "true") not in _TOGGLE_OFF


def _cell_styles(styles: bytes) -> tuple[frozenset[int], dict[int, str]]:
    """The cell formats (cellXfs indexes, a cell's `s`) whose font is struck through, and those
    whose number format pads or decorates a whole number (their format code)."""
    root = etree.fromstring(styles, _PARSER)
    fonts = root.find(f"{{{_SML}}}fonts")
    struck = {i for i, font in enumerate(fonts if fonts is not None else ()) if _is_on(font.find(f"{{{_SML}}}strike"))}
    codes = {_index(f.get("numFmtId"), -1): f.get("formatCode", "") for f in root.iter(f"{{{_SML}}}numFmt")}
    formats = root.find(f"{{{_SML}}}cellXfs")
    xfs = list(formats if formats is not None else ())
    return (frozenset(i for i, xf in enumerate(xfs) if _index(xf.get("fontId"), 0) in struck),
            {i: code for i, xf in enumerate(xfs) if (code := codes.get(_index(xf.get("numFmtId"), 0), ""))
             and whole_number_text(1, code) is not None})  # fmt: skip


# A number format that pads or decorates a whole number: zeros and digit signs in one run, with
# quoted or escaped literals around them (000, 0"."，"第"0"项"). Others (decimals, thousands,
# dates, conditions, colours) are shown as calamine reads the value.
_FORMAT_TOKEN = re.compile(r'"[^"]*"|\\.|[0#]+|[^0#"\\]')


def whole_number_text(value: int, code: str) -> str | None:
    """`value` as Excel shows it under the number format `code` (its first section), or None when
    the format is not one of zeros and literals."""
    section = code.split(";")[0]
    tokens = _FORMAT_TOKEN.findall(section)
    digits = [k for k, t in enumerate(tokens) if t[0] in "0#"]
    if len(digits) != 1 or "".join(tokens) != section:
        return None
    out = []
    for token in tokens:
        if token[0] in "0#":
            out.append(str(abs(value)).zfill(token.count("0")))
        elif token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token in " -–—.()（）、:：/第项号":
            out.append(token)
        else:
            return None
    return ("-" if value < 0 else "") + "".join(out)


Runs = tuple[tuple[str, bool | None], ...]  # a string's runs: text, and struck (None: as the cell's font)


def _shared_strings(data: bytes) -> list[Runs]:
    """Each shared string's runs."""
    return [_runs(si) for si in etree.fromstring(data, _PARSER).iter(f"{{{_SML}}}si")]


def _runs(si: etree._Element) -> Runs:
    """A string's text runs: a rich-text run with its own properties says whether it is struck;
    plain text, or a run without properties, is as the cell's font."""
    out: list[tuple[str, bool | None]] = []
    for t in si.iter(f"{{{_SML}}}t"):
        parent = t.getparent()
        if parent is not None and parent.tag == f"{{{_SML}}}rPh":
            continue  # phonetic (furigana) runs are not shown in the cell
        props = parent.find(f"{{{_SML}}}rPr") if parent is not None and parent.tag == f"{{{_SML}}}r" else None
        out.append((t.text or "", None if props is None else _is_on(props.find(f"{{{_SML}}}strike"))))
    return tuple(out)


def _shown(runs: Runs, cell_struck: bool) -> tuple[str, str]:
    """(the text without its struck runs, the whole text)."""
    shown = "".join(STRUCK if (cell_struck if struck is None else struck) else text for text, struck in runs)
    return close_struck_gaps(shown), "".join(text for text, _ in runs)


def _struck_cells(handle: IO[bytes], fonts: frozenset[int], formats: Mapping[int, str], strings: Sequence[Runs]
                  ) -> Struck:  # fmt: skip
    """The worksheet's cells with struck text or a decorating number format, streamed."""
    out: Struck = {}
    row = column = 0
    for _, element in etree.iterparse(handle, events=("end",), tag=(_ROW, _CELL), resolve_entities=False,
                                      no_network=True, load_dtd=False):  # fmt: skip
        if element.tag == _ROW:
            element.clear()
            continue
        column, row = _cell_position(element.get("r"), row, column + 1)
        kind = element.get("t")
        value = element.find(f"{{{_SML}}}v")
        runs: Runs = ()
        if kind == "s" and value is not None and value.text and value.text.strip().isdigit():
            runs = strings[int(value.text)] if int(value.text) < len(strings) else ()
        elif kind == "inlineStr" and (inline := element.find(f"{{{_SML}}}is")) is not None:
            runs = _runs(inline)
        elif value is not None and value.text:
            runs = ((value.text, None),)
            style = _index(element.get("s"), 0)
            if kind in (None, "n") and style in formats and style not in fonts:
                number = _whole_number(value.text)
                shown = whole_number_text(number, formats[style]) if number is not None else None
                if shown is not None and shown != value.text:
                    out[(row - 1, column - 1)] = (shown, value.text)
                element.clear()
                continue
        shown, whole = _shown(runs, _index(element.get("s"), 0) in fonts)
        if shown != whole and whole.strip():
            out[(row - 1, column - 1)] = (shown, whole)
        element.clear()
    return out


def _whole_number(text: str) -> int | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() and abs(number) < 1e15 else None


def _xlsx_hidden(path: Path, file: str) -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """Per worksheet name, the rows and the columns (1-based) the workbook keeps hidden (a superseded
    row or column): Excel neither shows nor prints them, so they are not read (found by the unseen11
    probe: a hidden former 对应职称 column before the current one was read as the title). Rows a
    filter or a folded group hides are read (see _hidden_rows_and_columns)."""
    with _unreadable_as_xlsx(file), zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            return {}
        hidden = {}
        for name, part in _worksheets(archive, names):
            with archive.open(part) as handle:
                hidden[name] = _hidden_rows_and_columns(handle)
        return hidden


MAX_HIDDEN_COLUMNS = 16_384  # a worksheet's columns (XFD): a <col> range is clipped to them


def _hidden_rows_and_columns(handle: IO[bytes]) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers of the rows and of the columns a worksheet part keeps hidden, streamed.

    A row an AutoFilter hides (inside the filter's range) or a collapsed outline group folds
    (outlineLevel) is not kept hidden: a filter and a fold are views a clerk leaves on, and the
    rows are the catalog's (found by the unseen27 probe: a filter on 所属系列 left on hid four
    rows, a group folded eight). A row hidden by itself is a superseded row kept out of view."""
    hidden: set[int] = set()
    folded: set[int] = set()
    columns: set[int] = set()
    filtered: tuple[int, int] | None = None
    row = 0
    for _, element in etree.iterparse(handle, events=("end",), tag=(_ROW, _COL, _AUTO_FILTER), resolve_entities=False,
                                      no_network=True, load_dtd=False):  # fmt: skip
        if element.tag == _AUTO_FILTER:
            if (match := re.fullmatch(r"\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d+)", element.get("ref", "").upper())):
                filtered = (int(match[1]), int(match[2]))
            continue
        if element.tag == _COL:
            if element.get("hidden") in ("1", "true"):
                first = _index(element.get("min"), 0)
                last = min(_index(element.get("max"), first), MAX_HIDDEN_COLUMNS)
                columns.update(range(max(first, 1), last + 1))
            continue
        row = _index(element.get("r"), row + 1)
        if element.get("hidden") in ("1", "true"):
            (folded if _index(element.get("outlineLevel"), 0) > 0 else hidden).add(row)
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
    if filtered is not None:
        hidden -= set(range(filtered[0], filtered[1] + 1))
    return frozenset(hidden), frozenset(columns)


def _cells_extent(handle: IO[bytes]) -> tuple[int, int]:
    """(rows, columns) from A1 to the last cell holding a value, formula or inline text, streamed."""
    rows = columns = row = column = 0
    events = etree.iterparse(handle, events=("start", "end"), tag=(_ROW, _CELL), resolve_entities=False,
                             no_network=True, load_dtd=False)  # fmt: skip
    for event, element in events:
        if element.tag == _ROW:
            if event == "start":
                row, column = _index(element.get("r"), row + 1), 0
            else:
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
        elif event == "end":
            column, row = _cell_position(element.get("r"), row, column + 1)
            if len(element):  # <v>, <f> or <is>: a cell with content (a styled empty cell has none)
                rows, columns = max(rows, row), max(columns, column)
            element.clear()
    return rows, columns


def _index(text: str | None, default: int) -> int:
    return int(text) if text and text.isdecimal() else default


def _cell_position(ref: str | None, row: int, column: int) -> tuple[int, int]:
    """(column, row), 1-based, from a reference such as AB12; the running position when absent."""
    match = _REF.match(ref or "")
    if not match:
        return column, row
    number = 0
    for letter in match[1].upper():
        number = number * 26 + ord(letter) - 64
    return number, int(match[2])


def _xls_extents(path: Path, file: str) -> list[tuple[int, int]]:
    """(rows, columns) of each BIFF substream, from A1 to the furthest cell or declared dimension."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            data = ole.openstream(stream).read()
    except Exception as exc:  # olefile raises OSError, ValueError, IndexError … on damaged files
        raise UnreadableDocument(f"not a readable .xls workbook, damaged or malformed ({exc})", file=file) from exc
    return list(_biff_extents(data))


def _biff_extents(data: bytes) -> Iterator[tuple[int, int]]:
    rows = columns = depth = 0
    position = 0
    while position + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, position)
        body = data[position + 4 : position + 4 + size]
        position += 4 + size
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                yield rows, columns
                rows = columns = depth = 0
        elif kind == _DIMENSIONS and len(body) in (10, 14):
            first, last, first_col, last_col = (struct.unpack_from("<IIHH", body) if len(body) == 14
                                                else struct.unpack_from("<HHHH", body))  # fmt: skip
            # calamine reserves (last - first + 1) x (columns) cells; a first row past the last wraps around
            declared = last - first + 1 if last >= first else 1 << 32
            rows, columns = max(rows, declared, last), max(columns, last_col)
        elif (kind in _BIFF_CELLS or kind == _MULRK) and len(body) >= 4:
            row, column = struct.unpack_from("<HH", body)
            if kind == _MULRK and len(body) >= 6:
                column = max(column, struct.unpack_from("<H", body, len(body) - 2)[0])
            rows, columns = max(rows, row + 1), max(columns, column + 1)
    yield rows, columns
