"""The unseen12 probe round (tests/make_unseen12.py): more layouts and producers read exactly,
look-alikes read as none.

Catalogs: every row of every document exact, among them 序号 numbered per section (1.1, 1.2 …),
printed （一） or in full-width digits, 颁证单位 merged down (vMerge, rowspan), 对应职称 merged in a
workbook, columns in an unusual order, extra columns at 7 pt in a landscape LibreOffice print, the
header printed again mid-table, a <div> table styled display:table printed by Chromium, a table
turned 90° on a portrait page, footnote markers kept in their cells, and a catalog in two tables.
Catalogs the reader cannot take are refused with their reason: a <pre> or markdown table, a <div>
table read from its HTML, zebra rows without rules, a Calc print with merged titles, and a catalog
transposed (its fields as rows), which the reader before this round passed over as "no catalog".
Look-alikes ({"catalog": false}) give no catalog. tests/flows/test_unseen12_run.py runs the round
through `catalog run`; measure it with `.venv/bin/python bench/unseen12_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen12"

PRINTED_ELSEWHERE = "no table was read as a catalog, but a catalog header"
TURNED = "table 1 prints a catalog header down its first column"
# Catalogs not read, each refused with its reason (never published short or wrong).
NOT_READ = {
    # text tables: a <pre> block, a markdown table pasted as paragraphs; a table of <div>s in HTML
    "bozhou.html": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "bozhou-chromium.pdf": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "chizhou.html": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "chizhou-chromium.pdf": (CatalogIncomplete, PRINTED_ELSEWHERE),
    "luan.html": (CatalogIncomplete, PRINTED_ELSEWHERE),
    # zebra stripes without rules: the unshaded rows are printed outside every table found
    "huangshan-chromium.pdf": (CatalogIncomplete, "lines that read like its rows"),
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
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen12_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


def test_unseen12_section_numbers_read_as_printed() -> None:
    """序号 numbered per section (1.1, 1.2 … 2.1) are read as printed, the section rows no entries."""
    rows = probe.rows(FIXTURES / "hefei-libreoffice.docx")
    assert [row[0] for row in rows] == [f"{s}.{i}" for s, n in ((1, 5), (2, 4), (3, 5)) for i in range(1, n + 1)]


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
