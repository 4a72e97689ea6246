"""Pages whose text no reader of the page sees: another program's OCR laid over a scan.

A scanned notice is often published "searchable": a picture of each page, with the text an OCR
program (Tesseract, ocrmypdf, Acrobat, FineReader) recognized laid over it, invisible (text
render mode 3, Tesseract's `GlyphLessFont`), or painted under the picture. That text is an OCR
reading nobody checked: read as a text layer, its misreadings would be published as printed
text, and its table has no rulings (they are in the picture). Such a page is a picture: the
PDF reader takes its text for none, and the document is read by OCR (extractors/ocr.py), whose
every doubtful cell waits for a steward.

pdfplumber (pdfminer) does not keep a glyph's render mode, so PDFium's page objects tell it.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A picture this share of the page's area or more is a picture of the page.
PAGE_PICTURE_SHARE = 0.8


def hidden_text_pages(path: Path) -> frozenset[int]:
    """The pages (1-based) that are a picture of the page whose every text object is hidden:
    invisible, or painted before a picture of the page covers it. A PDF PDFium cannot open
    has none (the page reader reports why it cannot be read)."""
    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError):
        return frozenset()
    try:
        return frozenset(number for number in range(1, len(pdf) + 1) if _page_text_hidden(pdf, number))
    finally:
        pdf.close()


def _page_text_hidden(pdf: pdfium.PdfDocument, number: int) -> bool:
    """Whether page `number` is hidden text over its picture; a page PDFium cannot load is not
    (the page reader reads it or says why not: this check never makes a PDF unreadable)."""
    try:
        return _text_hidden(pdf[number - 1])
    except pdfium.PdfiumError:
        return False


def _text_hidden(page: pdfium.PdfPage) -> bool:
    try:
        width, height = page.get_size()
        area = width * height
        texts: list[tuple[int, bool]] = []  # (painting order, visible)
        pictures: list[tuple[int, bool]] = []  # pictures of the page: (painting order, opaque)
        for order, obj in enumerate(page.get_objects(max_depth=2)):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
                texts.append((order, mode != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE))
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE and area > 0:
                left, bottom, right, top = obj.get_bounds()
                if (right - left) * (top - bottom) >= PAGE_PICTURE_SHARE * area:
                    pictures.append((order, not pdfium_c.FPDFPageObj_HasTransparency(obj.raw)))
        if not pictures or not texts:
            return False
        # under a picture only when an opaque one is painted over it (a watermark lets text through)
        covered = max((order for order, opaque in pictures if opaque), default=-1)
        return all(not visible or order < covered for order, visible in texts)
    finally:
        page.close()


def text_counts(path: Path) -> dict[int, int]:
    """Per page (1-based), the printed characters PDFium's text layer holds (whitespace aside): a
    reference for what another reader of the same page should find. A PDF or page PDFium cannot
    read counts nothing (the page reader reports why it cannot be read)."""
    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError):
        return {}
    counts: dict[int, int] = {}
    try:
        for number in range(1, len(pdf) + 1):
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError:
                continue
            try:
                text = page.get_textpage()
                counts[number] = sum(not ch.isspace() for ch in text.get_text_range())
                text.close()
            except pdfium.PdfiumError:
                pass
            finally:
                page.close()
    finally:
        pdf.close()
    return counts

