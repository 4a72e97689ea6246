"""Pages whose text no reader of the page sees: another program's OCR laid over a scan.

A scanned notice is often published "searchable": a picture of each page, with the text an OCR
program (Tesseract, ocrmypdf, Acrobat, FineReader) recognized laid over it, invisible (text
render mode 3, Tesseract's `GlyphLessFont`), or painted under the picture. That text is an OCR
reading nobody checked: read as a text layer, its misreadings would be published as printed
text, and its table has no rulings (they are in the picture). Such a page is a picture: the
PDF reader takes its text for none, and the document is read by OCR (extractors/ocr.py), whose
every doubtful cell waits for a steward.

pdfplumber (pdfminer) does not keep a glyph's render mode, so PDFium's page objects tell it.

**Glyphs no reader sees on a page with printed text** (`PageLayers.unseen`): text drawn invisible
(render mode 3) beside or over the printed text, and text filled white, not stroked, on the white
page (no coloured shape, picture or shading behind it). A patched notice keeps its old wording so: an older 对应职称 in
white under the new, an earlier name drawn invisibly over the printed one (found by the unseen28
probe: both were read into the cells). They are left out of the page whichever reader reads it
(`extractors.pdf._Layered`), matched by character and place.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable, Mapping
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
    # per page, the glyphs drawn but not seen: (character, x, y of the box's centre, in the page's
    # top-left coordinates from its media box, as the page readers give them)
    unseen: Mapping[int, tuple[tuple[str, float, float], ...]] = field(default_factory=dict)
    # files attached to the PDF (its /EmbeddedFiles and file-attachment annotations), by name: the
    # page reader does not read them, and a notice may attach its catalog so
    attachments: tuple[str, ...] = ()


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
    unseen: dict[int, tuple[tuple[str, float, float], ...]] = {}
    attached: list[str] = []
    try:
        attached += _attached_files(pdf)
        for number in range(1, len(pdf) + 1):
            try:
                page = pdf[number - 1]
            except pdfium.PdfiumError:
                continue
            try:
                objects = _objects(page)  # walked once for both questions
                if _text_hidden(page, objects):
                    hidden.add(number)
                elif glyphs := _unseen_glyphs(page, objects):
                    unseen[number] = glyphs
                if count_text:
                    counts[number] = _printed_chars(page)
                attached += _annotated_files(page, pdf)
            finally:
                page.close()
    finally:
        pdf.close()
    return PageLayers(frozenset(hidden), counts, unseen, tuple(dict.fromkeys(attached)))


# What a damaged attachment or annotation makes PDFium or pypdfium2 raise: listing them never makes
# a PDF unreadable (the page reader reads it or says why not).
_ATTACHMENT_ERRORS = (pdfium.PdfiumError, OSError, ValueError, UnicodeDecodeError)


def _attached_files(pdf: pdfium.PdfDocument) -> list[str]:
    """The names of the files in the document's /EmbeddedFiles ([] where PDFium cannot list them)."""
    try:
        return _names(pdf.get_attachment(i) for i in range(pdf.count_attachments()))
    except _ATTACHMENT_ERRORS:
        return []


def _annotated_files(page: pdfium.PdfPage, pdf: pdfium.PdfDocument) -> list[str]:
    """The names of the files a page's file-attachment annotations (a paper-clip icon) hold; an
    annotation PDFium cannot read names none."""
    out: list[str] = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
                attachment = pdfium_c.FPDFAnnot_GetFileAttachment(annot)
                if attachment:
                    out += _names([pdfium.PdfAttachment(attachment, pdf)])
        except _ATTACHMENT_ERRORS:
            continue
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


def _names(attachments: Iterable[pdfium.PdfAttachment]) -> list[str]:
    """Each attachment's file name (as the PDF names it; "an attached file" when it has none)."""
    return [attachment.get_name() or "an attached file" for attachment in attachments]


WHITE = 250  # each of R, G, B at least this (of 255): white


def _objects(page: pdfium.PdfPage) -> list[pdfium.PdfObject]:
    """The page's objects in painting order, those of its forms too ([] if PDFium cannot list them)."""
    try:
        return list(page.get_objects(max_depth=2))
    except pdfium.PdfiumError:
        return []


def _unseen_glyphs(page: pdfium.PdfPage, objects: list[pdfium.PdfObject]) -> tuple[tuple[str, float, float], ...]:
    """The page's glyphs drawn invisible, or filled white and not stroked off any coloured shape,
    picture or shading."""
    try:
        unseen_objects = {ctypes.addressof(obj.raw.contents) for obj in objects
                          if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT and _unseen_text(obj.raw)}  # fmt: skip
        if not unseen_objects:
            return ()
        # what white text shows on: a filled shape not white, or a picture (a header's background image)
        grounds = [obj.get_bounds() for obj in objects
                   if (obj.type == pdfium_c.FPDF_PAGEOBJ_PATH and _coloured_fill(obj.raw))
                   or obj.type in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING)]  # fmt: skip
        left, bottom, right, top = page.get_mediabox()
        textpage = page.get_textpage()
    except (pdfium.PdfiumError, ValueError):
        return ()
    out: list[tuple[str, float, float]] = []
    try:
        box = [ctypes.c_double() for _ in range(4)]
        for i in range(pdfium_c.FPDFText_CountChars(textpage.raw)):
            obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, i)
            if not obj or ctypes.addressof(obj.contents) not in unseen_objects:
                continue
            char = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
            if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1 or not pdfium_c.FPDFText_GetCharBox(
                    textpage.raw, i, *map(ctypes.byref, box)):  # fmt: skip
                continue  # a space PDFium put in where the page draws none
            x, y = (box[0].value + box[1].value) / 2, (box[2].value + box[3].value) / 2
            if _is_invisible(obj) or not any(g[0] <= x <= g[2] and g[1] <= y <= g[3] for g in grounds):
                out.append((char, x - left, top - y))
    finally:
        textpage.close()
    return tuple(out)


def _unseen_text(obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    """A text object drawn invisible, or filled white and not stroked."""
    if _is_invisible(obj):
        return True
    mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
    return mode in (pdfium_c.FPDF_TEXTRENDERMODE_FILL, pdfium_c.FPDF_TEXTRENDERMODE_FILL_CLIP) and _white_fill(obj)


def _is_invisible(obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    return pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE


def _fill(obj: pdfium_c.FPDF_PAGEOBJECT) -> tuple[int, int, int, int] | None:
    """The object's fill colour as R, G, B, A (0-255), or None when PDFium cannot tell it."""
    rgba = [ctypes.c_uint() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, *map(ctypes.byref, rgba)):
        return None
    r, g, b, a = (v.value for v in rgba)
    return r, g, b, a


def _is_white(rgba: tuple[int, int, int, int]) -> bool:
    return all(v >= WHITE for v in rgba[:3])


def _white_fill(obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    rgba = _fill(obj)
    return rgba is not None and _is_white(rgba) and rgba[3] > 0


def _coloured_fill(obj: pdfium_c.FPDF_PAGEOBJECT) -> bool:
    """A filled shape whose fill is not white: white text on it shows."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
        return False
    rgba = _fill(obj)
    return rgba is not None and not _is_white(rgba)


def hidden_text_pages(path: Path) -> frozenset[int]:
    """The pages (1-based) that are a picture of the page whose every text object is hidden:
    invisible, or painted before a picture of the page covers it."""
    return page_layers(path).hidden


def _text_hidden(page: pdfium.PdfPage, objects: list[pdfium.PdfObject]) -> bool:
    try:
        width, height = page.get_size()
        area = width * height
        texts: list[tuple[int, bool]] = []  # (painting order, visible)
        pictures: list[tuple[int, bool]] = []  # pictures of the page: (painting order, opaque)
        for order, obj in enumerate(objects):
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
