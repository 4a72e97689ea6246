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

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A picture this share of the page's area or more is a picture of the page.
PAGE_PICTURE_SHARE = 0.8


@dataclass(frozen=True)
class PageLayers:
    """What PDFium sees on a PDF's pages (1-based): the pages that are hidden text over their
    picture, and, when asked, the printed characters each page's text layer holds (whitespace
    aside), a reference for what another reader of the same page should find."""

    hidden: frozenset[int] = frozenset()
    text_counts: Mapping[int, int] = field(default_factory=dict)


def page_layers(path: Path, *, count_text: bool = False) -> PageLayers:
    """Each page looked at once. A PDF PDFium cannot open, or a page it cannot load, has no
    hidden text and counts nothing (the page reader reads it or says why not: this never makes
    a PDF unreadable)."""
    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError):
        return PageLayers()
    hidden: set[int] = set()
    counts: dict[int, int] = {}
    try:
        for number in range(1, len(pdf) + 1):
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError:
                continue
            try:
                if _text_hidden(page):
                    hidden.add(number)
                if count_text:
                    counts[number] = _printed_chars(page)
            finally:
                page.close()
    finally:
        pdf.close()
    return PageLayers(frozenset(hidden), counts)


def hidden_text_pages(path: Path) -> frozenset[int]:
    """The pages (1-based) that are a picture of the page whose every text object is hidden:
    invisible, or painted before a picture of the page covers it."""
    return page_layers(path).hidden


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
    except pdfium.PdfiumError:
        return False
    if not pictures or not texts:
        return False
    # under a picture only when an opaque one is painted over it (a watermark lets text through)
    covered = max((order for order, opaque in pictures if opaque), default=-1)
    return all(not visible or order < covered for order, visible in texts)


def _printed_chars(page: pdfium.PdfPage) -> int:
    try:
        text = page.get_textpage()
    except pdfium.PdfiumError:
        return 0
    try:
        return sum(not ch.isspace() for ch in text.get_text_range())
    except pdfium.PdfiumError:
        return 0
    finally:
        text.close()
