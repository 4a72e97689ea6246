"""The unseen20 probe round (tests/make_unseen20.py): PDF producers no earlier round has.

Catalogs: XeLaTeX (ctex, longtable) with a ruled grid and with booktabs rules only (no space glyphs
between words: xdvipdfmx positions them), PyMuPDF's Story from HTML (a header background painted
behind each glyph, "fi" ligatures), a writer that draws the table's text out of reading order, and
ReportLab with dashed inner rules and a double outer border. Look-alike: a 职称评审结果公示 typeset by
XeLaTeX. First contact published nothing wrong and refused two catalogs (FIRST_CONTACT.txt in the
fixtures); both are read since the twentieth session. tests/flows/test_unseen20_run.py runs the
round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from extractors import read_document
from extractors.sniff import file_to_source
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen20"


def test_unseen20_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=True)) == 5
    assert len(probe.documents(FIXTURES, catalog=False)) == 1


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen20_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen20_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


def test_unseen20_glyph_shading_makes_no_table() -> None:
    # MuPDF's header background, one box per character, had made three one-row tables of single
    # characters over the header ('职 | 业 | 资 | 格 | 名 | 称')
    path = FIXTURES / "yingkou-pymupdf.pdf"
    doc = read_document(path, file_to_source(path, path.parent))
    assert [t.page for t in doc.tables] == [1, 2]


def test_unseen20_page_number_is_no_line_of_the_last_row() -> None:
    # LaTeX's bare page number under page 2's last row (序号 21) had been read into it
    path = FIXTURES / "jinzhou-booktabs.pdf"
    catalog = probe.rows(path)
    row21 = next(row for row in catalog if row[0] == "21")
    assert row21 == tuple(next(r for r in probe.truth(path)["rows"] if r[0] == "21"))
