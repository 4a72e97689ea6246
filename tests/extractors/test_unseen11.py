"""The unseen11 probe round (tests/make_unseen11.py): more layouts and producers read exactly,
look-alikes read as none.

Catalogs: every row of every document exact, among them those the round found read wrong or not
at all: 序号 numbered by Word's automatic list (w:numPr), a DOCX with tracked changes (a deleted
row, a move, edits), one table per 系列 under headings with no 所属系列 column, a catalog inside an
<iframe srcdoc>, a workbook whose superseded 对应职称 column is hidden, and a notice printed in two
text columns. Catalogs the reader cannot take are refused with their reason. Look-alikes
({"catalog": false}) give no catalog, among them a 继续教育 course list (学时 | 适用职称) and a notice
withdrawing qualifications under a catalog's exact header (停止比照认定), which the reader before
this round read as catalogs. tests/flows/test_unseen11_run.py runs the round through `catalog
run`; measure it with `.venv/bin/python bench/unseen11_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from extractors import read_document
from extractors.sniff import file_to_source
from tests.extractors import probe_fixtures as probe
from tests.notices import load_truth

FIXTURES = probe.FIXTURES / "unseen11"

# Catalogs not read, each refused with its reason (never published short or wrong).
NOT_READ = {
    # rows shaded in stripes, no rules: the unshaded rows are printed outside every table found
    "wenzhou-libreoffice.pdf": (CatalogIncomplete, "lines that read like its rows"),
    # a table of withdrawn qualifications under the catalog's header, after the catalog
    "jinhua.html": (UncertainCatalog, "table 2 is headed '停止比照认定的国际职业资格"),
    "jinhua-chromium.pdf": (UncertainCatalog, "table 3 is headed '停止比照认定的国际职业资格"),
}

# Read with rows twice: a catalog nested in a layout table's cell, printed over a page break (the
# frame's cell and the inner table's rows overlap); validation holds the notice back ("this 序号
# is printed more than once", tests/flows/test_unseen11_run.py).
READ_TWICE = {"jurong-libreoffice.pdf": {"5"}}  # 9 too, before merges across were told from merges down


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen11_catalog_every_row_exact(path: Path) -> None:
    if path.name in NOT_READ:
        error, message = NOT_READ[path.name]
        with pytest.raises(error, match=message):
            probe.rows(path)
        return
    if path.name in READ_TWICE:
        rows = probe.rows(path)
        twice = {seq for seq in {row[0] for row in rows} if sum(row[0] == seq for row in rows) > 1}
        assert twice == READ_TWICE[path.name]
        assert sorted(set(rows)) == sorted(tuple(row) for row in probe.truth(path)["rows"])
        return
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen11_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


def test_unseen11_list_numbers_are_the_seq() -> None:
    """序号 cells that are empty paragraphs of an automatic list read as the numbers Word prints."""
    rows = probe.rows(FIXTURES / "jiangyin-libreoffice.docx")
    assert [row[0] for row in rows] == [str(n) for n in range(1, 27)]


def test_unseen11_tracked_changes_read_accepted() -> None:
    """A deleted row, a move's old place (w:moveFrom, text in w:t) and deleted text are not read;
    an inserted row, a move's new place and inserted text are."""
    path = FIXTURES / "yixing.docx"
    rows = probe.rows(path)
    assert [row[0] for row in rows] == [str(n) for n in range(1, 14)]
    withdrawn = next(r[1] for r in load_truth("taizhou-2022-30")["rows"] if r[0] == "40")
    assert withdrawn not in {row[1] for row in rows}  # the deleted row
    assert len({row[1] for row in rows}) == len(rows)  # the moved row once, at its new place
    assert rows[2][4] != "高级工程师"  # the title deleted in place


def test_unseen11_hidden_column_not_read() -> None:
    """A hidden column (the superseded 对应职称, kept before the current one) is not read."""
    rows = probe.rows(FIXTURES / "gaoyou.xlsx")
    assert "技术员" not in {row[4] for row in rows}
    assert [row[4] for row in rows] == [row[4] for row in probe.truth(FIXTURES / "gaoyou.xlsx")["rows"]]


def test_unseen11_iframe_srcdoc_read_in_place() -> None:
    path = FIXTURES / "taixing.html"
    document = read_document(path, file_to_source(path, path.parent))
    assert len(document.tables) == 1
    assert "泰兴市国际职业资格比照认定职称目录" in document.text


def test_unseen11_heading_over_a_table_names_its_series() -> None:
    """一、建设工程系列 printed over a table without a 所属系列 column gives its rows their series."""
    for name in ("danyang-libreoffice.docx", "danyang-libreoffice.pdf"):
        rows = probe.rows(FIXTURES / name)
        assert [row[5] for row in rows] == ["建设工程系列"] * 6 + ["机械工程系列"] * 5 + ["电子信息工程系列"] * 4, name


def test_unseen11_withdrawn_list_is_no_catalog() -> None:
    for name in ("feizhi-libreoffice.docx", "feizhi-libreoffice.pdf"):
        with pytest.raises(NoCatalogFound, match="withdrawn"):
            probe.rows(FIXTURES / name)


def test_unseen11_course_list_is_no_catalog() -> None:
    with pytest.raises(NoCatalogFound):
        probe.rows(FIXTURES / "jixu.xlsx")


def test_unseen11_two_text_columns_read_left_first() -> None:
    """A catalog printed in a page's left text column and going on at the top of the right one."""
    rows = probe.rows(FIXTURES / "haimen-libreoffice.pdf")
    assert [row[0] for row in rows] == [str(n) for n in range(1, 17)]


def test_unseen11_title_printed_in_the_grid_names_the_city() -> None:
    """A workbook printed with gridlines: its title row is inside the table's grid, not running
    text; the notice's city and batch are read from it."""
    from pipeline.ingest import document_to_result

    path = FIXTURES / "qidong-calc.pdf"
    result = document_to_result(read_document(path, file_to_source(path, path.parent)))
    assert (result.meta.city, result.meta.batch) == ("启东", "第一批")
