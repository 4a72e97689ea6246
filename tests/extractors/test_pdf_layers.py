"""A scan published "searchable" (another program's OCR laid over the page's picture) is read as a
scan, never its hidden text as printed text; a picture under or over real text changes nothing.

Before: Tesseract's own searchable PDF of 泰州's scan was read as text without rulings and
quarantined ("no table was read as a catalog, but lines that read like catalog rows (序号 1–52)
is printed"); had its text layer held a ruled table, its misreadings would have been published.
"""

from __future__ import annotations

import shutil
import subprocess
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import extractors.ocr as ocr
from core.errors import NeedsOCR
from core.model import Document, SourceFile
from extractors.pdf import read_pdf
from extractors.pdf_layers import hidden_text_pages, page_layers
from tests.dense_pages import pdf_of
from tests.notices import ROOT

SCAN = ROOT / "tests" / "fixtures" / "scans" / "taizhou-2022-30-150dpi.pdf"
TEXT = "BT /F1 24 Tf {mode} Tr 72 700 Td (Certified Welding Inspector) Tj ET\n"
PICTURE = "q {alpha}595 0 0 842 0 0 cm /Im1 Do Q\n"


def _pdf(path: Path, content: str) -> Path:
    """A one-page A4 PDF: `content` over a Helvetica font, a 1x1 grey picture /Im1 and a
    graphics state /Half (alpha 0.3)."""
    stream = content.encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources "
        b"<< /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> /ExtGState << /Half 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(zlib.compress(b"\xc0")) + zlib.compress(b"\xc0")
        + b"\nendstream",
        b"<< /Type /ExtGState /ca 0.3 /CA 0.3 >>",
    ]
    path.write_bytes(pdf_of(objects))
    return path


@pytest.mark.parametrize(
    ("content", "hidden"),
    [(PICTURE.format(alpha="") + TEXT.format(mode=3), True),  # invisible OCR text over the picture (Tesseract, Acrobat)
     (TEXT.format(mode=0) + PICTURE.format(alpha=""), True),  # text painted under the picture (FineReader)
     (PICTURE.format(alpha="") + TEXT.format(mode=0), False),  # a letterhead picture under printed text
     (TEXT.format(mode=0) + PICTURE.format(alpha="/Half gs "), False),  # a watermark over printed text
     (TEXT.format(mode=3), False),  # invisible text, no picture: nothing to read instead
     (PICTURE.format(alpha=""), False)],  # a scan: no text at all (the scan rule reads it)
    ids=["invisible-over", "under-opaque", "letterhead", "watermark", "no-picture", "bare-scan"],
)  # fmt: skip
def test_hidden_text_pages(tmp_path: Path, content: str, hidden: bool) -> None:
    assert hidden_text_pages(_pdf(tmp_path / "page.pdf", content)) == ({1} if hidden else set())


def test_a_pdf_pdfium_cannot_open_has_no_hidden_pages(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\nnot a pdf")
    assert hidden_text_pages(tmp_path / "broken.pdf") == frozenset()


def test_no_test_pdf_has_hidden_text() -> None:
    """Every text PDF of the test corpus (producers, probe rounds, the bundled notices) keeps its text."""
    pdfs = sorted((ROOT / "tests" / "fixtures").rglob("*.pdf")) + sorted((ROOT / "raw").glob("*.pdf"))
    assert len(pdfs) > 100
    assert [p.name for p in pdfs if hidden_text_pages(p)] == []


@pytest.mark.skipif(shutil.which("tesseract") is None or bool(ocr.ocr_missing()), reason="needs Tesseract with chi_sim")
def test_tesseract_searchable_scan_is_read_by_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract's own searchable PDF of two pages of 泰州's scan (the notice, then the catalog's
    first page): its text is read by our OCR, with review, not as printed text."""
    scan = pdfium.PdfDocument(SCAN)
    pages = []
    for number in (0, 2):
        image = tmp_path / f"p{number}.png"
        scan[number].render(scale=150 / 72).to_pil().convert("L").save(image)
        subprocess.run(["tesseract", str(image), str(tmp_path / f"p{number}"), "-l", "chi_sim+eng", "--dpi", "150",
                        "pdf"], check=True, capture_output=True, timeout=300)  # fmt: skip
        pages.append(tmp_path / f"p{number}.pdf")
    searchable = tmp_path / "searchable.pdf"
    subprocess.run(["pdfunite", *map(str, pages), str(searchable)], check=True, timeout=60)
    assert hidden_text_pages(searchable) == {1, 2}

    read: list[Path] = []

    def by_ocr(path: Path, source: SourceFile, **_: object) -> Document:
        read.append(path)
        return Document(source=source, format="pdf", text="", tables=(), pages=2)

    monkeypatch.setattr(ocr, "read_scanned_pdf", by_ocr)
    source = SourceFile(path=searchable.name, sha256="0" * 64, size=searchable.stat().st_size)
    assert read_pdf(searchable, source).pages == 2 and read == [searchable]

    monkeypatch.setattr(ocr, "ocr_missing", lambda: "Tesseract is not installed")
    with pytest.raises(NeedsOCR) as caught:  # without OCR: set aside, saying why the text is not read
        read_pdf(searchable, source)
    assert caught.value.message.startswith("needs OCR: 2 of 2 pages are images without text (page(s) 1, 2 carry "
                                           "only text another program's OCR laid over the picture")  # fmt: skip


WORD = "BT /F1 24 Tf {mode} Tr 72 700 Td (Inspector) Tj ET\n"


@pytest.mark.parametrize(
    ("content", "unseen"),
    [
        ("0 g " + WORD.format(mode=0), ""),  # black text: seen
        ("1 1 1 rg " + WORD.format(mode=0), "Inspector"),  # white on the white page
        ("1 g " + WORD.format(mode=0), "Inspector"),  # white in gray
        ("0 0 0 0 k " + WORD.format(mode=0), "Inspector"),  # white in CMYK
        ("0 0 0.5 rg 60 690 200 40 re f 1 1 1 rg " + WORD.format(mode=0), ""),  # white on a dark band: seen
        (PICTURE.format(alpha="") + "1 1 1 rg " + WORD.format(mode=0), ""),  # white over a picture: seen
        ("1 1 1 rg 0 G " + WORD.format(mode=2), ""),  # white fill, black outline: seen
        (WORD.format(mode=3), "Inspector"),  # invisible
    ],
)  # fmt: skip
def test_glyphs_drawn_but_not_seen(tmp_path: Path, content: str, unseen: str) -> None:
    # text a patched notice keeps out of sight (unseen28): left out of the page whichever reader reads it
    path = _pdf(tmp_path / "page.pdf", content)
    found = page_layers(path).unseen.get(1, ())
    assert "".join(text for text, _, _ in found) == unseen
    if found:  # placed where the page reader places the glyph
        x, y = found[0][1:]
        assert 72 <= x <= 90 and abs(y - (842 - 700 - 8)) < 12
