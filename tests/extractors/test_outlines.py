"""PDFs whose text is drawn as outlines (tests/make_outlines.py): no text layer, so they are read by
OCR like a scan, never taken for a document without a catalog (before, a catalog drawn so was
"no catalog": lost without a word)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from core.errors import NoCatalogFound, TextAsOutlines
from extractors import ocr, read_document
from extractors.pdf import READERS, source_to_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "outlines"
CATALOG, LOOKALIKE = FIXTURES / "xinxiang-outlines.pdf", FIXTURES / "changde-outlines.pdf"
needs_tesseract = pytest.mark.skipif(bool(ocr.ocr_missing()), reason="Tesseract with chi_sim is not installed")


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("path", "pages"), [(CATALOG, "1 of 2"), (LOOKALIKE, "1 of 1")], ids=["catalog", "lookalike"])
def test_text_drawn_as_outlines_needs_ocr(reader: str, path: Path, pages: str) -> None:
    with READERS[reader](path) as pdf, pytest.raises(TextAsOutlines) as caught:
        source_to_document(pdf, file_to_source(path, path.parent))
    assert f"page(s) {pages} draw their text as outlines (glyph paths)" in caught.value.message


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_one_outlined_page_among_text_pages_needs_ocr(reader: str, tmp_path: Path) -> None:
    # a notice of text pages with its catalog page drawn as outlines: the text pages' table and the
    # outlined glyphs' straight strokes (read as rulings) must not pass for the whole document
    text = Path(__file__).resolve().parents[1] / "fixtures" / "unseen17" / "changde-libreoffice.pdf"
    mixed = tmp_path / "mixed.pdf"
    subprocess.run(["qpdf", "--empty", "--pages", str(text), str(CATALOG), "1", str(text), "--", str(mixed)], check=True)
    with READERS[reader](mixed) as pdf, pytest.raises(TextAsOutlines) as caught:
        source_to_document(pdf, file_to_source(mixed, tmp_path))
    assert "page(s) 2 of 3 draw their text as outlines" in caught.value.message


@needs_tesseract
@pytest.mark.xdist_group("ocr-outlines")
def test_an_outlined_catalog_is_read_by_ocr_as_a_catalog() -> None:
    # every row is found (the last one split by the page break too); the cells are OCR's reading,
    # so the run sends them to review (tests/flows/test_outlines_run.py), none published as certain
    catalog = document_to_catalog(read_document(CATALOG, file_to_source(CATALOG, FIXTURES)))
    truth = json.loads(CATALOG.with_name("xinxiang-outlines.truth.json").read_text(encoding="utf-8"))
    assert len(catalog.rows) == len(truth["rows"]) == 11
    assert [r.qualification_zh for r in catalog.rows][1:3] == [row[2] for row in truth["rows"]][1:3]


@needs_tesseract
@pytest.mark.xdist_group("ocr-outlines")
def test_an_outlined_lookalike_is_read_by_ocr_and_has_no_catalog() -> None:
    document = read_document(LOOKALIKE, file_to_source(LOOKALIKE, FIXTURES))
    assert "职称" in document.text  # OCR read its words
    with pytest.raises(NoCatalogFound):
        document_to_catalog(document)
