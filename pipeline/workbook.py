"""The catalog as one XLSX workbook for data stewards: an about sheet, one sheet per city, the notices.

Headers carry each column's Chinese title over its name, and cells are typed by the schema
(numbers, booleans, dates), so the workbook sorts and filters like the data it is. Written with
XlsxWriter in its constant_memory mode: each row goes to a temporary file once the next begins.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from core.errors import PublishError
from pipeline.schema import (
    BOOLEAN,
    DATE,
    ENTRIES,
    INTEGER,
    NOTICES,
    NUMBER,
    STRING,
    TableSchema,
    check_columns,
    typed_frame,
)

ABOUT, NOTICES_SHEET, UNKNOWN_CITY = "说明", "通知 notices", "城市未知"
MIN_WIDTH, MAX_WIDTH, MARGIN = 8, 60, 3  # the margin leaves room for the filter button
_INVALID = re.compile(r"[\[\]:*?/\\]")
# The document's created and modified time, fixed: the same tables give the same bytes. (XlsxWriter
# stamps the zip entries with a fixed date of its own, 1980-01-31.)
_CREATED = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
# Text is written as text and only as text: a CSV value that looks like a number, a formula or a URL stays as it is.
_OPTIONS = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False}  # fmt: skip
_PIXELS_PER_CHARACTER = 7  # of Calibri 11, the default font: the unit of a column's width in the file
_TOP, _WRAP, _DATE = {"valign": "top"}, {"text_wrap": True, "valign": "top"}, {"num_format": "yyyy-mm-dd"}
_FORMATS: dict[str, dict[str, Any]] = {
    "header": {**_WRAP, "bold": True, "pattern": 1, "bg_color": "#DDEBF7"},
    "title": {"bold": True, "font_size": 14},
    "top": _TOP, "wrap": _WRAP, "top date": {**_TOP, **_DATE}, "wrap date": {**_WRAP, **_DATE},
    "bold wrap": {**_WRAP, "bold": True},
}  # fmt: skip

_Writer = Callable[[int, int, Any, Format], int]  # a Worksheet.write_* method: 0 once the cell is written


def catalog_workbook(tables: Mapping[str, pd.DataFrame], version: str) -> bytes:
    """The XLSX bytes of the entries (one sheet per city) and notices, after an about sheet.

    Written row by row (XlsxWriter's constant_memory mode): a workbook of every cell in memory cost
    about 12 KB a catalog row with openpyxl, the largest share of a run's memory (BENCHMARKS.md,
    "Memory"). XlsxWriter writes it about 2.5 times as fast as openpyxl's write-only mode did
    (bench/bench_workbook.py)."""
    entries, notices = tables["entries"], tables["notices"]
    check_columns({"entries": entries, "notices": notices})
    cities = list(dict.fromkeys(entries["city"]))
    taken = {ABOUT.casefold(), NOTICES_SHEET.casefold()}
    names = [sheet_name(city, taken) for city in cities]
    counts = entries["city"].value_counts()
    sheets = [(ABOUT, "本页：目录简介、各工作表与列说明 / This page: what the workbook holds")]
    sheets += [(name, f"{city or UNKNOWN_CITY}的目录条目，共 {counts[city]} 条 / Catalog entries of this city")
               for city, name in zip(cities, names)]  # fmt: skip
    sheets.append((NOTICES_SHEET, f"已发布的通知，共 {len(notices)} 份 / Published notices"))
    typed_entries, typed_notices = typed_frame(entries, ENTRIES), typed_frame(notices, NOTICES)  # may raise
    out = io.BytesIO()
    with xlsxwriter.Workbook(out, _OPTIONS) as book:  # closed (its temporary files removed) even on an error
        book.set_properties({"created": _CREATED})
        formats = {name: book.add_format(properties) for name, properties in _FORMATS.items()}
        _write_about(book.add_worksheet(ABOUT), formats, version, (len(entries), len(notices), len(cities)), sheets)
        for city, name in zip(cities, names):
            rows = (entries["city"] == city).to_numpy()
            _write_table(book.add_worksheet(name), formats, entries[rows], typed_entries[rows], ENTRIES)
        _write_table(book.add_worksheet(NOTICES_SHEET), formats, notices, typed_notices, NOTICES)
    return out.getvalue()


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


def _write_table(sheet: Worksheet, formats: Mapping[str, Format], text: pd.DataFrame, typed: pd.DataFrame,
                 schema: TableSchema) -> None:  # fmt: skip
    columns = schema.columns_of(text)
    headers = [f"{c.title_zh}\n{c.name}" for c in columns]
    wrapped = _fit_widths(sheet, [[h, *text[c.name].unique()] for h, c in zip(headers, columns)])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(text), len(columns) - 1)
    for i, header in enumerate(headers):
        sheet.write_string(0, i, header, formats["header"])
    styles = [formats[("wrap" if i in wrapped else "top") + (" date" if c.type == DATE else "")]
              for i, c in enumerate(columns)]  # fmt: skip
    # column by column into lists, null as None: a pandas scalar per cell costs more than the write
    values = [typed[c.name].to_numpy(dtype=object, na_value=None).tolist() for c in columns]
    writers = [_writer(sheet, c.type, column) for c, column in zip(columns, values)]
    for row, cells in enumerate(zip(*values), start=1):
        for i, (value, write, style) in enumerate(zip(cells, writers, styles)):
            if value is not None and write(row, i, value, style):  # an empty value is no cell
                raise PublishError(f"{schema.name}.{columns[i].name} row {row} does not fit an Excel sheet "
                                   "(at most 1,048,576 rows and 32,767 characters a cell)")  # fmt: skip


def _writer(sheet: Worksheet, kind: str, values: list[Any]) -> _Writer:
    """The sheet's method that writes the column's values, of the schema type `kind`, as their Excel type."""
    if kind == STRING and any(map(_looks_rich, values)):
        return functools.partial(_write_text, sheet)  # only where needed: it costs a call more a cell
    write: _Writer = {STRING: sheet.write_string, INTEGER: sheet.write_number, NUMBER: sheet.write_number,
                     BOOLEAN: sheet.write_boolean, DATE: sheet.write_datetime}[kind]  # fmt: skip
    return write


def _looks_rich(value: object) -> bool:
    """Whether XlsxWriter's constant_memory mode would take this value for rich-text XML of its own."""
    return isinstance(value, str) and value.startswith("<r>") and value.endswith("</r>")


def _write_text(sheet: Worksheet, row: int, col: int, text: str, style: Format | None = None) -> int:
    """Write the text as a string, never a formula, number or link, whatever it looks like.

    In constant_memory mode XlsxWriter writes a string that starts with <r> and ends with </r>
    unescaped, as rich-text XML of its own (a stray & would break the file); such text goes as
    three runs of plain text instead, which Excel and openpyxl read back as the same string."""
    if _looks_rich(text):
        return int(sheet.write_rich_string(row, col, text[:1], text[1:2], text[2:], style))
    return int(sheet.write_string(row, col, text, style))


def _write_about(sheet: Worksheet, formats: Mapping[str, Format], version: str, counts: Sequence[int],
                 sheets: list[tuple[str, str]]) -> None:  # fmt: skip
    headings = (["工作表\nsheet", "内容\ncontents"], ["城市工作表的列\ncolumns of the city sheets"],
                ["中文标题\ntitle", "列名\ncolumn", "说明\ndescription"])  # fmt: skip
    body: list[Sequence[str | int]] = [
        [], ["版本\nversion", version], ["条目数\nentries", counts[0]], ["通知数\nnotices", counts[1]],
        ["城市数\ncities", counts[2]], [], headings[0], *sheets, [], headings[1], headings[2],
        *([c.title_zh, c.name, c.description] for c in ENTRIES.columns),
    ]  # fmt: skip
    _fit_widths(sheet, [[str(row[i]) for row in body if len(row) > i] for i in range(3)])
    sheet.write_string(0, 0, "国际职业资格比照认定职称目录", formats["title"])
    sheet.write_string(1, 0, "International qualifications recognized as professional titles (职称)")
    sheet.write_string(2, 0, "本工作簿由已发布的 CSV 文件生成，内容与 entries.csv、notices.csv 相同。"
                       " / Made from the published CSV files; it holds the same data as entries.csv and notices.csv.")
    for row, values in enumerate(body, start=3):
        heading = any(values is h for h in headings)
        for i, value in enumerate(values):
            style = formats["bold wrap" if heading or i == 0 else "wrap"]
            if isinstance(value, str):
                if value:  # an empty text is no cell
                    _write_text(sheet, row, i, value, style)
            else:
                sheet.write_number(row, i, value, style)


def _fit_widths(sheet: Worksheet, columns: Iterable[list[str]]) -> set[int]:
    """Set each column's width to its text; return the (0-based) columns capped, whose text wraps."""
    capped = set()
    for i, texts in enumerate(columns):
        width = max(map(text_width, set(texts)), default=0) + MARGIN  # a column repeats its values
        if width > MAX_WIDTH:
            capped.add(i)
        # In pixels, so that the file stores the width as it is: XlsxWriter adds 5 pixels of cell
        # padding to a width given in characters (60 would be stored as 60.71).
        sheet.set_column_pixels(i, i, min(max(width, MIN_WIDTH), MAX_WIDTH) * _PIXELS_PER_CHARACTER)
    return capped

