"""A text PDF whose catalog goes on in pages that are pictures (a scanned tail) is never read
short: it goes to OCR whole. A scanned page after a table that ends higher up (a stamped
signature page) changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from core.errors import NeedsOCR
from core.model import RawTable, SourceFile
from extractors.pdf import _runs_into_a_picture, source_to_document
from extractors.pdfpage import PdfplumberSource
from extractors.tables import document_to_catalog
from tests.notices import RAW, load_truth

WUXI = RAW / "wuxi-2021-49.pdf"


def with_pictures(pdf: Path, text_pages: int, picture_pages: list[int], out: Path) -> Path:
    """The first `text_pages` pages as they are, then `picture_pages` (1-based) as images only."""
    source = pdfium.PdfDocument(pdf)
    images = [source[n - 1].render(scale=100 / 72).to_pil().convert("RGB") for n in picture_pages]
    scans = out.with_suffix(".scans.pdf")
    images[0].save(scans, save_all=True, append_images=images[1:], resolution=100)
    made = pdfium.PdfDocument.new()
    made.import_pages(source, list(range(text_pages)))
    made.import_pages(pdfium.PdfDocument(scans))
    made.save(out)
    return out


def read(path: Path):  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    with PdfplumberSource(path) as pdf:
        return source_to_document(pdf, SourceFile(path.name, hashlib.sha256(data).hexdigest(), len(data)))


def test_pdf_a_catalog_going_on_in_scanned_pages_needs_ocr(tmp_path: Path) -> None:
    pdf = with_pictures(WUXI, 7, [8, 9], tmp_path / "wuxi-tail-scanned.pdf")  # 序号 45-61 are pictures
    with pytest.raises(NeedsOCR) as raised:
        read(pdf)
    assert raised.value.message == ("needs OCR: page(s) 8, 9 of 9 are images without text, and the table on page 7 "
                                    "is followed by one: the catalog may go on in the picture")  # fmt: skip


def test_pdf_a_scanned_signature_page_after_a_finished_table_is_read_as_text(tmp_path: Path) -> None:
    pdf = with_pictures(WUXI, 9, [1], tmp_path / "wuxi-stamped.pdf")  # the letterhead page again, as a picture
    rows = document_to_catalog(read(pdf)).rows
    assert [(r.seq, r.qualification) for r in rows] == [(t[0], t[1]) for t in load_truth("wuxi-2021-49")["rows"]]


def test_pdf_runs_into_a_picture_needs_the_table_at_the_page_bottom() -> None:
    low, high = RawTable(1, (), 4, (50.0, 100.0, 500.0, 780.0), 842.0), RawTable(1, (), 4, (50, 100, 500, 400), 842.0)
    assert _runs_into_a_picture([low], [5]) and not _runs_into_a_picture([high], [5])
    assert not _runs_into_a_picture([low], [6]) and not _runs_into_a_picture([], [5])
