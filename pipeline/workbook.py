"""The catalog as one XLSX workbook for data stewards: an about sheet, one sheet per city, the notices.

Headers carry each column's Chinese title over its name, and cells are typed by the schema
(numbers, booleans, dates), so the workbook sorts and filters like the data it is.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.schema import ENTRIES, NOTICES, TableSchema, check_columns, typed_frame

ABOUT, NOTICES_SHEET, UNKNOWN_CITY = "说明", "通知 notices", "城市未知"
MIN_WIDTH, MAX_WIDTH, MARGIN = 8, 60, 3  # the margin leaves room for the filter button
_INVALID = re.compile(r"[\[\]:*?/\\]")
_SAVED_AT = re.compile(rb"<dcterms:(created|modified)\b[^>]*>[^<]*</dcterms:\1>")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TOP, _WRAP = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")


def catalog_workbook(tables: Mapping[str, pd.DataFrame], version: str) -> bytes:
    """The XLSX bytes of the entries (one sheet per city) and notices, after an about sheet."""
    entries, notices = tables["entries"], tables["notices"]
    check_columns({"entries": entries, "notices": notices})
    cities = list(dict.fromkeys(entries["city"]))
    taken = {ABOUT.casefold(), NOTICES_SHEET.casefold()}
    names = [sheet_name(city, taken) for city in cities]
    book = Workbook()
    about = book.worksheets[0]
    about.title = ABOUT
    typed = typed_frame(entries, ENTRIES)
    for city, name in zip(cities, names):
        rows = (entries["city"] == city).to_numpy()
        _write_table(book.create_sheet(name), entries[rows], typed[rows], ENTRIES)
    _write_table(book.create_sheet(NOTICES_SHEET), notices, typed_frame(notices, NOTICES), NOTICES)
    counts = entries["city"].value_counts()
    sheets = [(ABOUT, "本页：目录简介、各工作表与列说明 / This page: what the workbook holds")]
    sheets += [(name, f"{city or UNKNOWN_CITY}的目录条目，共 {counts[city]} 条 / Catalog entries of this city")
               for city, name in zip(cities, names)]  # fmt: skip
    sheets.append((NOTICES_SHEET, f"已发布的通知，共 {len(notices)} 份 / Published notices"))
    _write_about(about, version, (len(entries), len(notices), len(cities)), sheets)
    out = io.BytesIO()
    book.save(out)
    return _reproducible(out.getvalue())


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
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in text.split("\n"))


def _write_table(sheet: Worksheet, text: pd.DataFrame, typed: pd.DataFrame, schema: TableSchema) -> None:
    columns = schema.columns_of(text)
    headers = [f"{c.title_zh}\n{c.name}" for c in columns]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _WRAP
    for values in typed.astype(object).itertuples(index=False):
        sheet.append([None if pd.isna(v) else v for v in values])
    wrapped = _fit_widths(sheet, [[h, *text[c.name]] for h, c in zip(headers, columns)])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = _WRAP if cell.column in wrapped else _TOP
            if cell.data_type == "f":  # text that starts with "=" is data, not a formula
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _write_about(sheet: Worksheet, version: str, counts: Sequence[int], sheets: list[tuple[str, str]]) -> None:
    sheet.append(["国际职业资格比照认定职称目录"])
    sheet.append(["International qualifications recognized as professional titles (职称)"])
    sheet.append(["本工作簿由已发布的 CSV 文件生成，内容与 entries.csv、notices.csv 相同。"
                  " / Made from the published CSV files; it holds the same data as entries.csv and notices.csv."])
    sheet["A1"].font = Font(bold=True, size=14)
    headings = (["工作表\nsheet", "内容\ncontents"], ["城市工作表的列\ncolumns of the city sheets"],
                ["中文标题\ntitle", "列名\ncolumn", "说明\ndescription"])  # fmt: skip
    body: list[Sequence[str | int]] = [
        [], ["版本\nversion", version], ["条目数\nentries", counts[0]], ["通知数\nnotices", counts[1]],
        ["城市数\ncities", counts[2]], [], headings[0], *sheets, [], headings[1], headings[2],
        *([c.title_zh, c.name, c.description] for c in ENTRIES.columns),
    ]  # fmt: skip
    for row, values in enumerate(body, start=4):
        sheet.append(values)
        heading = any(values is h for h in headings)
        for column in range(1, len(values) + 1):
            cell = sheet.cell(row, column)
            cell.alignment = _WRAP
            if heading or column == 1:
                cell.font = _BOLD
    _fit_widths(sheet, [[str(row[i]) for row in body if len(row) > i] for i in range(3)])


def _fit_widths(sheet: Worksheet, columns: Iterable[list[str]]) -> set[int]:
    """Set each column's width to its text; return the (1-based) columns capped, whose text wraps."""
    capped = set()
    for i, texts in enumerate(columns, start=1):
        width = max(map(text_width, texts), default=0) + MARGIN
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
