"""The XLSX workbook for data stewards, built from the golden bundled tables."""

import datetime as dt
import io
import zipfile

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell

from pipeline.schema import BOOLEAN, DATE, ENTRIES, INTEGER, NOTICES, NUMBER, TableSchema
from pipeline.workbook import catalog_workbook
from tests.notices import GOLDEN, read_table

VERSION = "b7cfea6ce80a61f2"


def golden(name: str) -> pd.DataFrame:
    return read_table(GOLDEN / f"{name}.csv")


def build(entries: pd.DataFrame) -> Workbook:
    return load_workbook(io.BytesIO(catalog_workbook({"entries": entries, "notices": golden("notices")}, VERSION)))


@pytest.fixture(scope="module")
def entries() -> pd.DataFrame:
    return golden("entries")


@pytest.fixture(scope="module")
def book(entries: pd.DataFrame) -> Workbook:
    return build(entries)


def as_text(value: object, kind: str) -> str:
    """The cell value written back the way the CSV prints it, checking its Excel type on the way."""
    if value is None:
        return ""
    if kind == INTEGER:
        assert type(value) is int
        return str(value)
    if kind == NUMBER:
        assert isinstance(value, int | float) and not isinstance(value, bool)
        return str(float(value))
    if kind == BOOLEAN:
        assert type(value) is bool
        return str(value).lower()
    if kind == DATE:
        assert isinstance(value, dt.datetime)
        return value.date().isoformat()
    assert isinstance(value, str)
    return value


def sheet_as_csv(book: Workbook, name: str, schema: TableSchema) -> list[list[str]]:
    rows = list(book[name].iter_rows(min_row=2, values_only=True))
    return [[as_text(v, c.type) for v, c in zip(row, schema.columns)] for row in rows]


def width(book: Workbook, sheet: str, header: str) -> float:
    cell: Cell = next(c for c in book[sheet][1] if str(c.value).endswith("\n" + header))
    return float(book[sheet].column_dimensions[cell.column_letter].width)


def test_workbook_sheet_names_in_order(book: Workbook) -> None:
    assert book.sheetnames == ["说明", "泰州", "无锡", "通知 notices"]


@pytest.mark.parametrize("city", ["泰州", "无锡"])
def test_workbook_city_sheet_holds_its_entries_exactly(book: Workbook, entries: pd.DataFrame, city: str) -> None:
    expected = entries[entries["city"] == city].values.tolist()
    assert len(expected) > 50
    assert sheet_as_csv(book, city, ENTRIES) == expected


def test_workbook_city_sheets_add_up_to_entries(book: Workbook, entries: pd.DataFrame) -> None:
    assert sum(book[name].max_row - 1 for name in ("泰州", "无锡")) == len(entries) == 113


def test_workbook_notices_sheet_holds_notices(book: Workbook) -> None:
    assert sheet_as_csv(book, "通知 notices", NOTICES) == golden("notices").values.tolist()


@pytest.mark.parametrize(("sheet", "schema", "cell", "header"), [
    ("无锡", ENTRIES, "G1", "序号\nseq"), ("通知 notices", NOTICES, "F1", "发文日期\nissue_date"),
])  # fmt: skip
def test_workbook_header_frozen_bold_filtered(
    book: Workbook, sheet: str, schema: TableSchema, cell: str, header: str
) -> None:
    ws = book[sheet]
    assert [c.value for c in ws[1]] == [f"{c.title_zh}\n{c.name}" for c in schema.columns]
    assert ws[cell].value == header
    assert all(c.font.bold and c.alignment.wrap_text for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    assert ws.max_row == 1 + (61 if sheet == "无锡" else 2)


def test_workbook_cells_typed_by_schema(book: Workbook) -> None:
    wuxi, notices = book["无锡"], book["通知 notices"]
    seq = wuxi.cell(2, 7)
    assert (seq.value, seq.data_type) == (1, "n")
    assert wuxi.cell(2, 20).value == 100 and wuxi.cell(2, 20).data_type == "n"  # issuer_match_score
    assert wuxi.cell(2, 31).value is True  # in_force
    assert wuxi.cell(2, 32).value is None  # superseded_by, empty stays empty
    issued = notices.cell(3, 6)
    assert issued.value == dt.datetime(2021, 12, 13) and issued.is_date and issued.number_format == "yyyy-mm-dd"


def test_workbook_chinese_column_wider_than_ascii(entries: pd.DataFrame) -> None:
    one = entries.head(1).copy()
    one["batch"], one["issuer_abbr"] = "第" * 20, "a" * 20
    book = build(one)
    assert width(book, "泰州", "batch") > width(book, "泰州", "issuer_abbr") + 15
    assert width(book, "泰州", "issuer_abbr") >= 20


def test_workbook_long_text_capped_and_wrapped(book: Workbook) -> None:
    assert width(book, "泰州", "issuer") == 60
    assert book["泰州"]["J2"].alignment.wrap_text
    assert not book["泰州"]["A2"].alignment.wrap_text


def test_workbook_sheet_names_sanitized(entries: pd.DataFrame) -> None:
    cities = ["无锡", "苏州/无锡[试点]:a*b?c\\d", "长" * 40, "", "y" * 35 + "1", "Y" * 35 + "2"]
    frame = entries.head(len(cities)).copy()
    frame["city"] = cities
    book = build(frame)
    names = ["无锡", "苏州_无锡_试点__a_b_c_d", "长" * 31, "城市未知", "y" * 31, "Y" * 27 + " (2)"]
    assert book.sheetnames == ["说明", *names, "通知 notices"]
    for name, city in zip(names, cities):
        assert [row[3] for row in book[name].iter_rows(min_row=2, values_only=True)] == [city or None]


def test_workbook_about_sheet_says_what_it_holds(book: Workbook) -> None:
    rows = [[v for v in row if v is not None] for row in book["说明"].iter_rows(values_only=True)]
    assert rows[0] == ["国际职业资格比照认定职称目录"]
    assert ["版本\nversion", VERSION] in rows and ["城市数\ncities", 2] in rows
    assert ["条目数\nentries", 113] in rows and ["通知数\nnotices", 2] in rows
    assert [row[0] for row in rows if len(row) == 2 and row[0] in book.sheetnames] == book.sheetnames
    assert ["无锡", "无锡的目录条目，共 61 条 / Catalog entries of this city"] in rows
    start = rows.index(["中文标题\ntitle", "列名\ncolumn", "说明\ndescription"]) + 1
    assert rows[start:] == [[c.title_zh, c.name, c.description] for c in ENTRIES.columns]


def test_workbook_text_starting_with_equals_stays_text(entries: pd.DataFrame) -> None:
    one = entries.head(1).copy()
    one["extra"] = "=HYPERLINK(\"http://example.com\")"
    cell = build(one)["泰州"]["AC2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://example.com")', "s")


def test_workbook_text_like_rich_text_xml_stays_text(entries: pd.DataFrame) -> None:
    # XlsxWriter's constant_memory mode writes a string "<r>…</r>" unescaped unless it is guarded
    two = entries.head(2).copy()
    two["extra"] = ["<r>a & b</r>", "<r><t>x</t></r>"]
    assert [book["泰州"][f"AC{row}"].value for book in [build(two)] for row in (2, 3)] == list(two["extra"])


def test_workbook_same_tables_same_bytes(entries: pd.DataFrame) -> None:
    tables = {"entries": entries.head(3), "notices": golden("notices")}
    data = catalog_workbook(tables, VERSION)
    assert catalog_workbook(tables, VERSION) == data
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 31, 0, 0, 0)}  # fixed, not the save time
    core = archive.read("docProps/core.xml")
    assert b">1980-01-01T00:00:00Z</dcterms:created>" in core and b">1980-01-01T00:00:00Z</dcterms:modified>" in core
