"""The catalog as one XLSX workbook for data stewards: an about sheet, one sheet per city, the notices.

Headers carry each column's Chinese title over its name, and cells are typed by the schema
(numbers, booleans, dates), so the workbook sorts and filters like the data it is.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from copy import copy
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from pipeline.schema import ENTRIES, NOTICES, TableSchema, check_columns, typed_frame

ABOUT, NOTICES_SHEET, UNKNOWN_CITY = "说明", "通知 notices", "城市未知"
MIN_WIDTH, MAX_WIDTH, MARGIN = 8, 60, 3  # the margin leaves room for the filter button
_INVALID = re.compile(r"[\[\]:*?/\\]")
_SAVED_AT = re.compile(rb"<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>")
_BOLD, _TITLE = Font(bold=True), Font(bold=True, size=14)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TOP, _WRAP = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")


def catalog_workbook(tables: Mapping[str, pd.DataFrame], version: str) -> bytes:
    """The XLSX bytes of the entries (one sheet per city) and notices, after an about sheet.

    Written row by row (openpyxl's write-only mode): a workbook of every cell in memory cost
    about 12 KB a catalog row, the largest share of a run's memory (BENCHMARKS.md, "Memory")."""
    entries, notices = tables["entries"], tables["notices"]
    check_columns({"entries": entries, "notices": notices})
    cities = list(dict.fromkeys(entries["city"]))
    taken = {ABOUT.casefold(), NOTICES_SHEET.casefold()}
    names = [sheet_name(city, taken) for city in cities]
    book = Workbook(write_only=True)
    _register_styles(book)
    counts = entries["city"].value_counts()
    sheets = [(ABOUT, "本页：目录简介、各工作表与列说明 / This page: what the workbook holds")]
    sheets += [(name, f"{city or UNKNOWN_CITY}的目录条目，共 {counts[city]} 条 / Catalog entries of this city")
               for city, name in zip(cities, names)]  # fmt: skip
    sheets.append((NOTICES_SHEET, f"已发布的通知，共 {len(notices)} 份 / Published notices"))
    _write_about(_Sheet(book, ABOUT), version, (len(entries), len(notices), len(cities)), sheets)
    typed = typed_frame(entries, ENTRIES)
    for city, name in zip(cities, names):
        rows = (entries["city"] == city).to_numpy()
        _write_table(_Sheet(book, name), entries[rows], typed[rows], ENTRIES)
    _write_table(_Sheet(book, NOTICES_SHEET), notices, typed_frame(notices, NOTICES), NOTICES)
    out = io.BytesIO()
    book.save(out)
    return _reproducible(out.getvalue())


class _Sheet(WriteOnlyWorksheet):  # type: ignore[misc]  # openpyxl is untyped
    """A streamed sheet that writes the bytes a sheet built in memory writes: its <dimension>
    (set before the first row) and no element for a row without cells."""

    def __init__(self, book: Workbook, title: str) -> None:
        super().__init__(book, title)
        book._add_sheet(self)  # noqa: SLF001  (create_sheet makes only its own class)
        self.dimension = "A1:A1"

    def calculate_dimension(self) -> str:
        """The range the sheet's cells cover (read by openpyxl's writer)."""
        return self.dimension

    def _get_writer(self) -> None:
        if self._writer is None:
            super()._get_writer()
            writer: Any = self._writer
            write_row = writer.write_row

            def write_row_with_cells(xf: Any, row: Iterator[Cell], row_idx: int) -> None:
                first = next(row, None)
                if first is not None:
                    write_row(xf, itertools.chain([first], row), row_idx)

            writer.write_row = write_row_with_cells


def _register_styles(book: Workbook) -> None:
    """Number the fonts in the order a workbook built in memory met them (the tables' headers
    before the about sheet's title), so that streaming the about sheet first changes no byte."""
    for font in (_BOLD, _TITLE):
        book._fonts.add(font)  # noqa: SLF001  (openpyxl numbers styles as they are first used)


def sheet_name(city: str, taken: set[str]) -> str:
    """A valid Excel sheet name for the city, not yet in `taken` (casefolded; the name is added)."""
    base = _INVALID.sub("_", city.strip()).strip("'") or UNKNOWN_CITY
    name, n = base[:31], 1
    while name.casefold() in taken:  # Excel compares sheet names ignoring case
        n += 1
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def text_width(text: str) -> int:
    """Display width of the text's longest line: East Asian wide and fullwidth characters count two."""
    if text.isascii():  # most cells of most columns (ids, dates, English names): one character, one column
        return max(map(len, text.split("\n")))
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in text.split("\n"))


def _write_table(sheet: _Sheet, text: pd.DataFrame, typed: pd.DataFrame, schema: TableSchema) -> None:
    columns = schema.columns_of(text)
    headers = [f"{c.title_zh}\n{c.name}" for c in columns]
    wrapped = _fit_widths(sheet, [[h, *text[c.name]] for h, c in zip(headers, columns)])
    sheet.freeze_panes = "A2"
    reference = f"A1:{get_column_letter(len(columns))}{len(text) + 1}"  # what a sheet in memory measures
    sheet.auto_filter.ref = sheet.dimension = reference
    header = _style(sheet, _WRAP, _BOLD, _HEADER_FILL)
    sheet.append([_cell(sheet, h, header) for h in headers])
    if text.empty:
        return
    # styles made once per table, in the order a sheet in memory first used them
    made = {alignment: _style(sheet, alignment) for alignment in (_WRAP, _TOP)
            if any((i in wrapped) == (alignment is _WRAP) for i in range(1, len(columns) + 1))}  # fmt: skip
    styles = [made[_WRAP if i in wrapped else _TOP] for i in range(1, len(columns) + 1)]
    for values in typed.astype(object).itertuples(index=False):
        sheet.append([_cell(sheet, None if pd.isna(v) else v, style) for v, style in zip(values, styles)])


def _style(sheet: WriteOnlyWorksheet, alignment: Alignment, font: Font | None = None,
           fill: PatternFill | None = None) -> StyleArray:  # fmt: skip
    """The style of a cell with these alignment, font and fill (numbered in the workbook now)."""
    cell = WriteOnlyCell(sheet)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    cell.alignment = alignment
    return cell._style  # noqa: SLF001


def _cell(sheet: WriteOnlyWorksheet, value: object, style: StyleArray) -> Cell:
    """A cell of `value` in `style` (a copy: a date's number format is added to it)."""
    cell = WriteOnlyCell(sheet)
    cell._style = copy(style)  # noqa: SLF001  (setting each style anew costs a lookup per cell)
    cell.value = value
    if cell.data_type == "f":  # text that starts with "=" is data, not a formula
        cell.data_type = "s"
    return cell


def _write_about(sheet: _Sheet, version: str, counts: Sequence[int], sheets: list[tuple[str, str]]) -> None:
    headings = (["工作表\nsheet", "内容\ncontents"], ["城市工作表的列\ncolumns of the city sheets"],
                ["中文标题\ntitle", "列名\ncolumn", "说明\ndescription"])  # fmt: skip
    body: list[Sequence[str | int]] = [
        [], ["版本\nversion", version], ["条目数\nentries", counts[0]], ["通知数\nnotices", counts[1]],
        ["城市数\ncities", counts[2]], [], headings[0], *sheets, [], headings[1], headings[2],
        *([c.title_zh, c.name, c.description] for c in ENTRIES.columns),
    ]  # fmt: skip
    _fit_widths(sheet, [[str(row[i]) for row in body if len(row) > i] for i in range(3)])
    sheet.dimension = f"A1:C{3 + len(body)}"
    title = WriteOnlyCell(sheet, "国际职业资格比照认定职称目录")
    title.font = _TITLE
    sheet.append([title])
    sheet.append(["International qualifications recognized as professional titles (职称)"])
    sheet.append(["本工作簿由已发布的 CSV 文件生成，内容与 entries.csv、notices.csv 相同。"
                  " / Made from the published CSV files; it holds the same data as entries.csv and notices.csv."])  # fmt: skip
    plain, bold = (_style(sheet, _WRAP), _style(sheet, _WRAP, _BOLD)) if body else ((), ())
    for values in body:
        heading = any(values is h for h in headings)
        sheet.append([_cell(sheet, v, bold if heading or i == 0 else plain) for i, v in enumerate(values)])


def _fit_widths(sheet: WriteOnlyWorksheet, columns: Iterable[list[str]]) -> set[int]:
    """Set each column's width to its text; return the (1-based) columns capped, whose text wraps."""
    capped = set()
    for i, texts in enumerate(columns, start=1):
        width = max(map(text_width, set(texts)), default=0) + MARGIN  # a column repeats its values
        if width > MAX_WIDTH:
            capped.add(i)
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width, MIN_WIDTH), MAX_WIDTH)
    return capped


def _reproducible(data: bytes) -> bytes:
    """The archive without its save time (zip entries, docProps/core.xml): the same tables give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "docProps/core.xml":
                content = _SAVED_AT.sub(b"", content)
            dst.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()
