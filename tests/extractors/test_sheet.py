"""extractors.sheet: catalogs in .xlsx, .xls and .et workbooks (pandas + python-calamine).

Fixtures: tests/fixtures/legacy, made by tests/make_legacy.py (no LibreOffice runs here); other
layouts are written with openpyxl in the test.
"""

from __future__ import annotations

import hashlib
import re
import struct
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

import extractors.sheet as sheet
from core.errors import DocumentTooLarge
from core.model import Document, DocumentResult
from extractors import read_document
from extractors.sheet import apply_merges, value_to_text, whole_number_text
from extractors.sniff import file_to_source
from pipeline.ingest import file_to_result
from tests.make_legacy import SERIES, runs
from tests.notices import FIXTURES, NOTICES, RAW, load_truth

LEGACY = FIXTURES / "legacy"
FIELDS = ("seq", "qualification", "qualification_zh", "issuer", "title", "series", "country", "part")
SHEETS = ("xlsx", "xls", "et")
HEADER_ROW = 3  # the title in row 1, a blank row 2, the header in row 3 (tests/make_legacy.py)


def _rows(result: DocumentResult, fields: tuple[str, ...] = FIELDS) -> list[list[str | int]]:
    assert result.catalog is not None, f"{result.source.path}: {result.status} {result.step} {result.reason}"
    return [[getattr(row, name) for name in fields] for row in result.catalog.rows]


def _read(path: Path) -> Document:
    return read_document(path, file_to_source(path, path.parent))


@pytest.mark.parametrize("ext", SHEETS)
@pytest.mark.parametrize("notice", NOTICES)
def test_sheet_rows_equal_truth_and_docx(notice: str, ext: str) -> None:
    result = file_to_result(LEGACY / f"{notice}.{ext}", LEGACY)
    assert (result.status, result.format) == ("catalog", "xlsx" if ext == "xlsx" else "xls")
    assert _rows(result, FIELDS[:6]) == load_truth(notice)["rows"]
    assert _rows(result) == _rows(file_to_result(RAW / f"{notice}.docx", RAW))


@pytest.mark.parametrize("ext", SHEETS)
@pytest.mark.parametrize("notice", NOTICES)
def test_sheet_title_row_gives_the_catalog_title(notice: str, ext: str) -> None:
    meta = file_to_result(LEGACY / f"{notice}.{ext}", LEGACY).meta
    docx_meta = file_to_result(RAW / f"{notice}.docx", RAW).meta
    assert meta.catalog_title == docx_meta.catalog_title and meta.catalog_title.endswith("目录（第一批）")
    assert meta.batch == "第一批"


@pytest.mark.parametrize("ext", SHEETS)
@pytest.mark.parametrize("notice", NOTICES)
def test_sheet_table_as_printed_with_merges_and_lineage(notice: str, ext: str) -> None:
    path = LEGACY / f"{notice}.{ext}"
    truth = load_truth(notice)
    doc = _read(path)
    assert doc.text == file_to_result(RAW / f"{notice}.docx", RAW).meta.catalog_title
    (table,) = doc.tables
    expected: list[list[str | None]] = [list(truth["header"]), *(list(row) for row in truth["rows"])]
    for first, last in runs(truth["rows"], SERIES):
        for index in range(first + 1, last + 1):
            expected[1 + index][SERIES] = None  # merged in the sheet: covered positions are None
    assert [list(row.cells) for row in table.rows] == expected
    assert [row.cells[0] for row in table.rows[1:4]] == ["1", "2", "3"]  # numbers, printed as Excel shows them
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    assert table.index == 1 and table.page is None
    assert [(r.ref.file, r.ref.sha256, r.ref.table, r.ref.page) for r in table.rows] == [
        (path.name, sha256, 1, None)
    ] * len(table.rows)
    assert [r.ref.row for r in table.rows] == list(range(HEADER_ROW, HEADER_ROW + len(table.rows)))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1, "1"),
        (1.0, "1"),
        (-3.0, "-3"),
        (2.5, "2.5"),
        (0.1 + 0.2, "0.3"),
        (20211213.0, "20211213"),
        (float("nan"), ""),
        (None, ""),
        ("", ""),
        (True, "TRUE"),
        (False, "FALSE"),
        (datetime(2021, 12, 13), "2021-12-13"),
        (datetime(2021, 12, 13, 9, 30), "2021-12-13 09:30:00"),
        (date(2022, 1, 1), "2022-01-01"),
        (time(8, 0), "08:00:00"),
        ("美国建造师学会\n(The American Institute of Constructors)", "美国建造师学会 (The American Institute of Constructors)"),
        ("工程\n师", "工程师"),
        ("Associate\r\nConstructor", "Associate Constructor"),
    ],
)
def test_sheet_value_to_text(value: object, text: str) -> None:
    assert value_to_text(value) == text


def test_sheet_merges_cover_all_but_their_first_position() -> None:
    grid: list[list[str | None]] = [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]
    across = apply_merges(grid, [((0, 0), (0, 2)), ((1, 1), (5, 1)), ((7, 0), (8, 2))], "x.xlsx")  # the last lies outside
    assert grid == [["a", None, None], ["d", "e", "f"], ["g", None, "i"]]
    assert across == {(0, 1), (0, 2)}  # the range's first row; (2, 1) is covered from above


def test_sheet_overlapping_merges_over_the_cap_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet, "MAX_CELLS", 10)
    grid: list[list[str | None]] = [[""] * 3 for _ in range(3)]
    with pytest.raises(DocumentTooLarge, match="merged ranges cover over 10 cells"):
        apply_merges(grid, [((0, 0), (2, 2))] * 2, "x.xlsx")


def _workbook(path: Path) -> Path:
    """Two title rows, a table from column B with a blank row inside, a note below; a hidden
    sheet, and a third sheet with a second table."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "说明"
    first["A1"] = "附件1"
    first["B2"] = "某市国际职业资格比照认定职称目录（第二批）"
    first.merge_cells("B2:G2")
    first.append([None, "序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"])
    first.append([None, 1, "Associate Constructor", "二级建造师", "美国建造师学会", "工程师", "建设工程"])
    first.append([])
    first.append([None, 2, "CLARB Certification", "造园技师认证", "美国注册园林建筑师委员会", "工程师", None])
    first.merge_cells("G4:G6")
    first["B8"] = "注：以上目录自发布之日起施行。"
    hidden = book.create_sheet("lists")
    hidden.append(["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"])
    hidden.append([9, "Hidden", "隐藏", "某机构", "工程师", "建设工程"])
    hidden.sheet_state = "hidden"
    third = book.create_sheet("续表")
    third.append([3, "Professional Members", "专业会员", "美国专业园林设计师协会", "工程师", "建设工程"])
    book.save(path)
    return path


def test_sheet_layout_title_rows_blank_rows_columns_and_sheets(tmp_path: Path) -> None:
    doc = _read(_workbook(tmp_path / "catalog.xlsx"))
    assert doc.text.split("\n") == ["附件1", "某市国际职业资格比照认定职称目录（第二批）", "注：以上目录自发布之日起施行。"]
    assert [t.index for t in doc.tables] == [1, 3]  # sheet numbers in the workbook; the hidden sheet is not read
    first, third = doc.tables
    assert [(r.ref.row, r.cells) for r in first.rows] == [
        (3, ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")),
        (4, ("1", "Associate Constructor", "二级建造师", "美国建造师学会", "工程师", "建设工程")),
        (6, ("2", "CLARB Certification", "造园技师认证", "美国注册园林建筑师委员会", "工程师", None)),
    ]
    assert [(r.ref.table, r.ref.row) for r in third.rows] == [(3, 1)]


def test_sheet_layout_end_to_end_joins_the_continuing_sheet(tmp_path: Path) -> None:
    result = file_to_result(_workbook(tmp_path / "catalog.xlsx"), tmp_path)
    assert [(r.seq, r.series, r.ref.table, r.ref.row) for r in result.catalog.rows] == [  # type: ignore[union-attr]
        ("1", "建设工程", 1, 4), ("2", "建设工程", 1, 6), ("3", "建设工程", 3, 1)
    ]
    assert (result.meta.catalog_title, result.meta.batch) == ("某市国际职业资格比照认定职称目录（第二批）", "第二批")


def test_sheet_second_catalog_title_is_text_not_an_entry(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    rows = book.active
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    rows.append(["附件1"])
    rows.append(header)
    rows.append(["一、工程系列"])  # a section row: one text across, but no header below it
    rows.append([1, "Associate Constructor", "二级建造师", "美国建造师学会", "工程师", None])
    rows.append([])
    rows.append(["附件2"])
    rows.append(["某市国际职业资格比照认定职称目录（第二批）"])
    rows.merge_cells("A7:F7")
    rows.append(header)
    rows.append([1, "CLARB Certification", "造园技师认证", "美国注册园林建筑师委员会", "工程师", "建设工程"])
    book.save(tmp_path / "two.xlsx")
    doc = _read(tmp_path / "two.xlsx")
    assert doc.text.split("\n") == ["附件1", "附件2", "某市国际职业资格比照认定职称目录（第二批）"]
    result = file_to_result(tmp_path / "two.xlsx", tmp_path)
    assert [(r.part, r.seq, r.qualification, r.series, r.ref.row) for r in result.catalog.rows] == [  # type: ignore[union-attr]
        (1, "1", "Associate Constructor", "工程系列", 4), (2, "1", "CLARB Certification", "建设工程", 9)
    ]


def test_sheet_far_stray_cell_is_refused_before_calamine(tmp_path: Path) -> None:
    # Without the check, calamine lays out 17 billion cells and the process aborts.
    book = openpyxl.Workbook()
    book.active["A1"] = "序号"
    book.active["XFD1048576"] = "x"
    book.save(tmp_path / "far.xlsx")
    result = file_to_result(tmp_path / "far.xlsx", tmp_path)
    assert (result.status, result.step) == ("rejected", "read")
    assert result.reason == (
        "a sheet spans 1048576 rows x 16384 columns from A1, over the cap of 2000000 cells "
        "(a stray cell far below or right of the table does this)"
    )


def test_sheet_styled_empty_cells_do_not_count(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "x"
    book.active["XFD1048576"].number_format = "0.00"  # styled, no value: calamine keeps no cell for it
    book.save(tmp_path / "styled.xlsx")
    assert _read(tmp_path / "styled.xlsx").text == "x"


def test_sheet_xls_declared_dimensions_over_the_cap_are_refused(tmp_path: Path) -> None:
    data = bytearray((LEGACY / "wuxi-2021-49.xls").read_bytes())
    at = data.find(struct.pack("<HH", 0x0200, 14))  # the first sheet's DIMENSIONS record (BIFF8)
    struct.pack_into("<I", data, at + 4 + 4, 0xFFFFFF00)  # its last row: calamine would reserve that many rows
    path = tmp_path / "wide.xls"
    path.write_bytes(bytes(data))
    result = file_to_result(path, tmp_path)
    assert (result.status, result.step) == ("rejected", "read")
    assert "over the cap of 2000000 cells" in result.reason


def test_sheet_damaged_xlsx_is_refused(tmp_path: Path) -> None:
    data = (LEGACY / "wuxi-2021-49.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    result = file_to_result(tmp_path / "cut.xlsx", tmp_path)
    assert (result.status, result.step) == ("rejected", "read")


def test_sheet_unreadable_workbook_stream_is_refused(tmp_path: Path) -> None:
    # A valid OLE2 container whose Workbook stream is noise: calamine's error, reported, not raised.
    data = bytearray((LEGACY / "wuxi-2021-49.xls").read_bytes())
    for offset in range(512, len(data) - 4096, 97):  # the stream sectors, not the header or directory
        data[offset] ^= 0x5A
    path = tmp_path / "noise.xls"
    path.write_bytes(bytes(data))
    result = file_to_result(path, tmp_path)
    assert result.status in ("rejected", "no-catalog") and result.step != "internal", result.reason


def test_sheet_et_is_the_xls_bytes() -> None:
    # LibreOffice cannot write WPS Spreadsheets' own format: the .et fixtures are BIFF8 (.xls) bytes.
    for notice in NOTICES:
        assert (LEGACY / f"{notice}.et").read_bytes() == (LEGACY / f"{notice}.xls").read_bytes()


def _typed_breaks(text: str) -> str:
    """A cell as a steward types it with Alt+Enter: a break at every space, inside every run of
    Chinese, before a German gender ending ("Elektroniker⏎/-in") and after a hyphen that joins two
    words ("Kraftfahrzeug-⏎mechatroniker"), none where the break would stand for a space that
    is not printed (a hyphen standing alone, "-in -Betriebsstechnik")."""
    text = text.replace("/-in", "\n/-in")
    text = re.sub(r"(?<=[^\W\d_]-)(?=[^\W\d_])", "\n", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff]{2})", "\n", text, count=1)
    return re.sub(r"(?<=[^\W\d_]{3}) (?=[^\W\d_-])", "\n", text)


@pytest.mark.parametrize("notice", NOTICES)
def test_sheet_cells_with_typed_line_breaks_read_as_printed(tmp_path: Path, notice: str) -> None:
    # Before: "Kraftfahrzeug-⏎mechatroniker" read "Kraftfahrzeug- mechatroniker", and
    # "Elektroniker⏎/-in" "Elektroniker /-in" (extractors/joins.join_cell_lines).
    book = openpyxl.load_workbook(LEGACY / f"{notice}.xlsx")
    broken = 0
    for row in book.active.iter_rows(min_row=HEADER_ROW + 1):
        for cell in row:
            if isinstance(cell.value, str) and (typed := _typed_breaks(cell.value)) != cell.value:
                cell.value, broken = typed, broken + 1
    assert broken > 50
    book.save(tmp_path / f"{notice}.xlsx")
    result = file_to_result(tmp_path / f"{notice}.xlsx", tmp_path)
    assert _rows(result, FIELDS[:6]) == load_truth(notice)["rows"]


@pytest.mark.parametrize(
    ("code", "shown"),
    [("000", "007"), ('0"."', "7."), ('"第"0"项"', "第7项"), ("0", "7"), ("00;(00)", "07"), ("\\N\\o0", "No7"),
     ("0.00", None), ("#,##0", None), ("yyyy-mm-dd", None), ("General", None), ("0%", None), ("00-00", None)],
)  # fmt: skip
def test_sheet_a_whole_number_shows_as_its_format_pads_or_decorates_it(code: str, shown: str | None) -> None:
    # only zeros (or #) in one run with literals round them; any other format leaves the value as read
    assert whole_number_text(7, code) == shown
