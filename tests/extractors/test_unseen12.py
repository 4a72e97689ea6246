"""The unseen12 probe round (tests/make_unseen12.py): more layouts and producers read exactly,
look-alikes read as none.

Catalogs: every row of every document exact, among them 序号 numbered per section (1.1, 1.2 …),
printed （一） or in full-width digits, 颁证单位 merged down (vMerge, rowspan), 对应职称 merged in a
workbook, columns in an unusual order, extra columns at 7 pt in a landscape LibreOffice print, the
header printed again mid-table, a <div> table styled display:table printed by Chromium, a table
turned 90° on a portrait page, footnote markers kept in their cells, and a catalog in two tables.
A table of <div>s styled display:table and a markdown table pasted into a CMS page are read from
their HTML too (the reader before this round quarantined both). Catalogs the reader cannot take are refused with their reason: a <pre> or
markdown table, zebra rows without rules, a Calc print with merged titles, and a catalog
transposed (its fields as rows), which the reader before this round passed over as "no catalog".
Look-alikes ({"catalog": false}) give no catalog. tests/flows/test_unseen12_run.py runs the round
through `catalog run`; measure it with `.venv/bin/python bench/unseen12_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from extractors.numbering import SEQ_AS_PRINTED
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen12"

PRINTED_ELSEWHERE = "no table was read as a catalog, but a catalog header"
TURNED = "table 1 prints a catalog header down its first column"
# Catalogs not read, each refused with its reason (never published short or wrong).
NOT_READ = {
    # text tables: a <pre> block, and the print of a markdown table (its web page is read)
    "bozhou.html": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "bozhou-chromium.pdf": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "chizhou-chromium.pdf": (CatalogIncomplete, PRINTED_ELSEWHERE),
    # huangshan-chromium.pdf (zebra stripes without rules) is read since the nineteenth session: the
    # stripes part the rows (extractors/unruled.py find_banded)
    # Calc's print of a workbook whose 对应职称 is merged down: the header is not read whole
    "jining-calc.pdf": (HeaderNotRecognized, "a required column is missing"),
    # a catalog transposed: its fields as rows, one column per qualification
    "huainan-libreoffice.docx": (HeaderNotRecognized, TURNED),
    "huainan-libreoffice.pdf": (HeaderNotRecognized, TURNED),
}


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen12_catalog_every_row_exact(path: Path) -> None:
    if path.name in NOT_READ:
        error, message = NOT_READ[path.name]
        with pytest.raises(error, match=message):
            probe.rows(path)
        return
    assert probe.rows(path) == probe.with_published_seqs(probe.truth(path)["rows"])


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen12_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


@pytest.mark.parametrize("name", ["hefei-libreoffice.docx", "hefei-libreoffice.pdf"])
def test_unseen12_section_numbers_are_parts(name: str) -> None:
    """序号 numbered per section (1.1, 1.2 … 2.1): each section a part, its rows numbered 1 …, the printed 序号 in
    `extra` (held back as "序号 is not a number" before the twenty-ninth session); the section rows no entries."""
    rows = probe.catalog(FIXTURES / name).rows
    printed = [f"{s}.{i}" for s, n in ((1, 5), (2, 4), (3, 5)) for i in range(1, n + 1)]
    assert [(str(r.part), r.seq) for r in rows] == [tuple(seq.split(".")) for seq in printed]
    assert [dict(r.extra)[SEQ_AS_PRINTED] for r in rows] == printed


def test_unseen12_full_width_digits_are_the_seq() -> None:
    for name in ("tongling.html", "tongling-chromium.pdf"):
        assert [row[0] for row in probe.rows(FIXTURES / name)] == [str(n) for n in range(1, 13)], name


def test_unseen12_merged_issuer_fills_its_rows() -> None:
    """颁证单位 merged down over an issuer's rows (vMerge, rowspan) is every one of those rows' issuer."""
    for name in ("maanshan-libreoffice.docx", "maanshan-libreoffice.pdf", "weifang.html", "weifang-chromium.pdf"):
        rows = probe.rows(FIXTURES / name)
        assert [row[3] for row in rows] == [row[3] for row in probe.truth(FIXTURES / name)["rows"]], name


def test_unseen12_turned_table_read_upright() -> None:
    """A table drawn turned 90° on a portrait page (no /Rotate: the glyphs are turned) is read."""
    rows = probe.rows(FIXTURES / "xuancheng-chromium.pdf")
    assert [row[0] for row in rows] == [str(n) for n in range(1, 11)]


def test_unseen12_transposed_without_every_heading_is_refused() -> None:
    """A catalog printed with its fields as rows is refused as such even when a required heading is
    missing (no 对应职称 row); a table whose first column holds questions is still no catalog."""
    from tests.extractors.test_tables import document, table

    turned = document(table(1, 1, ("序号", "1", "2"), ("职业资格名称", "Associate Constructor", "CLARB Certification"),
                             ("译名", "二级建造师", "造园技师认证"), ("颁证单位", "美国建造师学会", "美国注册园林建筑师委员会")))  # fmt: skip
    with pytest.raises(HeaderNotRecognized, match="down its first column"):
        document_to_catalog(turned)
    questions = document(table(1, 1, ("持有证书可以比照认定什么职称？", "可比照认定工程师。"),
                               ("颁证单位更名怎么办？", "按更名后的颁证单位认定。")))  # fmt: skip
    with pytest.raises(NoCatalogFound):
        document_to_catalog(questions)


def test_unseen12_css_table_of_divs_read_as_a_table(tmp_path: Path) -> None:
    """<div>s styled display:table / table-row / table-cell (by class) are a table; a page wrapper
    laid out as a table of one row (two columns) stays layout, its text running text."""
    from extractors.html import read_html
    from extractors.sniff import file_to_source

    rows = probe.rows(FIXTURES / "luan.html")
    assert [row[0] for row in rows] == [str(n) for n in range(1, 8)]
    page = tmp_path / "wrapper.html"
    page.write_text("<html><body><div style='display:table'><div style='display:table-row'>"
                    "<div style='display:table-cell'>导航</div><div style='display:table-cell'><p>关于公布的通知</p>"
                    "<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>甲</td></tr></table></div></div></div>"
                    "</body></html>", encoding="utf-8")  # fmt: skip
    document = read_html(page, file_to_source(page, tmp_path))
    assert [row.cells for row in document.tables[0].rows] == [("序号", "名称"), ("1", "甲")]
    assert "关于公布的通知" in document.text


def test_unseen12_markdown_table_needs_its_rule(tmp_path: Path) -> None:
    """Paragraphs | … | read as a table only under a header with its rule line (|---|); without one
    they stay running text."""
    from extractors.html import read_html
    from extractors.sniff import file_to_source

    rows = probe.rows(FIXTURES / "chizhou.html")
    assert [row[0] for row in rows] == [str(n) for n in range(1, 8)]
    page = tmp_path / "pipes.html"
    page.write_text("<html><body><p>| 甲 | 乙 |</p><p>| 1 | 2 |</p><p>| 3 | 4 |</p></body></html>", encoding="utf-8")
    document = read_html(page, file_to_source(page, tmp_path))
    assert document.tables == () and "| 1 | 2 |" in document.text
