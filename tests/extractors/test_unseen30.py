"""The unseen30 probe round (tests/make_unseen30.py): PDFs as Word 2016/2013 and WPS 文字 write them (filled
rectangle borders, a repeated header, a row broken across pages, pagination artifacts, split fonts, TJ gaps,
an ActualText ligature, EMF form XObjects, WPS's flipped glyph-by-glyph text), one whose 对应职称 glyphs are
ideographs under single-byte codes without a ToUnicode map, and two look-alikes. First contact is in
FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen30_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NoCatalogFound, UnreadableTextLayer
from extractors.pdf import read_pdf
from extractors.sniff import file_to_source
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen30"
GARBLED = "dingxi-wuyingshe.pdf"
EXACT = [p for p in probe.documents(FIXTURES, catalog=True) if p.name != GARBLED]


def test_unseen30_round_size() -> None:
    assert (len(probe.documents(FIXTURES)), len(EXACT), len(probe.documents(FIXTURES, catalog=False))) == (12, 9, 2)


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen30_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen30_lookalike_has_no_catalog(path: Path) -> None:
    with pytest.raises(NoCatalogFound):
        probe.rows(path)


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_unseen30_ideographs_under_letter_codes_make_the_text_layer_unreadable(reader: str,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # the page shows 工程师, the text layer says "ABC": never read as letters (OCR reads the page instead)
    monkeypatch.setenv("CATALOG_TESSERACT", "/nonexistent/tesseract")  # without OCR: the reason itself
    path = FIXTURES / GARBLED
    with pytest.raises(UnreadableTextLayer, match=r"letters drawn a full em wide as ideographs are"):
        read_pdf(path, file_to_source(path, FIXTURES), reader=reader)
