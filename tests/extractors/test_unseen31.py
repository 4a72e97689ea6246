"""The unseen31 probe round (tests/make_unseen31.py): producers no earlier round used. AbiWord (PDF through
cairo, XHTML, DOCX), Calligra Words (PDF through Qt), MuPDF's rewrites (mutool clean: streams decompressed,
linearized with ASCIIHex, RC4-encrypted with an empty user password), LibreOffice Draw re-exporting an imported PDF
(a text frame per line), a Gnumeric annex joined to a LibreOffice notice by pdfunite, and two look-alikes. First
contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen31_run.py runs the round through
`catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NoCatalogFound, TextOverprinted
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen31"
# LibreOffice Draw re-set the Latin in a wider font: `Thermal and` runs over its cell's border onto the 译名
OVERRUN = "zhaotong-draw.pdf"
EXACT = [p for p in probe.documents(FIXTURES, catalog=True) if p.name != OVERRUN]


def test_unseen31_round_size() -> None:
    assert (len(probe.documents(FIXTURES)), len(EXACT), len(probe.documents(FIXTURES, catalog=False))) == (13, 10, 2)


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen31_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen31_lookalike_has_no_catalog(path: Path) -> None:
    with pytest.raises(NoCatalogFound):
        probe.rows(path)


def test_unseen31_text_run_over_its_cell_holds_the_notice_back() -> None:
    with pytest.raises(TextOverprinted, match=r"text is drawn over other text in 1 catalog row\(s\) \(序号 16; page\(s\) 3\)"):
        probe.rows(FIXTURES / OVERRUN)


def test_unseen31_japanese_name_published_as_printed() -> None:
    # AbiWord's XHTML prints 日商簿記検定1級: folded by OpenCC it had read 日商簿记検定1级 (検 left as it was, 記 and 級 folded)
    row = next(r for r in probe.rows(FIXTURES / "hechi-abiword.html") if r[1].startswith("日商"))
    assert row[1] == "日商簿記検定1級"
