"""A `PageSource` backed by pypdfium2 (PDFium): the same page records as pdfplumber, much faster.

PDFium gives each character with its origin, matrix and font, and each path object with its
segments; this module rebuilds from them what pdfminer/pdfplumber would report, so that the
table and text logic above the seam reads the same page either way:

- a character's box is pdfminer's: from the baseline, the font's descent and the font size
  (`Tf`) through the character's matrix, not PDFium's glyph-based box. The descent and the
  MediaBox are read from the file itself (`_FileFacts`, pdfminer's object parser without the
  content streams): PDFium replaces a /Descent of 0 with the font's own and keeps the box in
  32-bit floats;
- a path is split into subpaths and read as pdfminer reads them (a line, a rectangle, or a
  curve through its points), and its rulings are pdfplumber's edges of those objects;
- coordinates are pdfplumber's: the page rotated as displayed, origin at the top left of the
  MediaBox.

PDFium's text page drops some space glyphs that pdfminer reports (the second of two spaces in
a line, spaces before a line-end hyphen); a space that ended its text object is put back from
the object's bounds (`_lost_spaces`).

PDFium keeps numbers as 32-bit floats. A number written in the file with up to 7 significant
digits is recovered exactly (`_f32`), so most coordinates equal pdfminer's to the last bit;
numbers the producer wrote with more digits, and products of `cm` matrices (Chromium,
wkhtmltopdf), differ in the 5th decimal at most, which can flip a 2-decimal rounding.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import FontMetricsDB
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

from core.errors import EncryptedDocument, UnreadableDocument
from extractors.pdfpage import (
    LIBRARY_ERRORS,
    BBox,
    Char,
    ClosingSource,
    Edge,
    PageContent,
    crop_in_page,
    every_layer_off,
    inside_crop,
    is_library_error,
    is_outline,
    is_shading,
)

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_SUBPATH = re.compile(r"m[^m]+")


_F32: dict[float, float] = {}


def _f32(value: float) -> float:
    """The shortest decimal that PDFium's 32-bit float came from (7 significant digits)."""
    try:
        return _F32[value]
    except KeyError:
        if len(_F32) > 200_000:
            _F32.clear()
        out = _F32[value] = float(f"{value:.7g}")
        return out


def _apply(m: Matrix, x: float, y: float) -> Point:
    """pdfminer's apply_matrix_pt."""
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _mult(m1: Matrix, m0: Matrix) -> Matrix:
    """pdfminer's mult_matrix: m1 first, then m0."""
    (a1, b1, c1, d1, e1, f1), (a0, b0, c0, d0, e0, f0) = m1, m0
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)  # fmt: skip


class PdfiumSource(ClosingSource):
    """`PageSource` backed by pypdfium2."""

    def __init__(self, path: Path, *, password: str = "") -> None:
        try:
            self._pdf = pdfium.PdfDocument(path, password=password or None)
        except pdfium.PdfiumError as exc:
            if exc.err_code == raw.FPDF_ERR_PASSWORD:
                raise EncryptedDocument("the PDF is protected by a password", file=path.name) from exc
            raise UnreadableDocument(f"not a readable PDF (PdfiumError: {exc})"[:300], file=path.name) from exc
        self._count = len(self._pdf)
        self._facts = _FileFacts(path, password)

    @property
    def page_count(self) -> int:
        """Number of pages in the document."""
        return self._count

    def read_page(self, number: int) -> PageContent:
        """Read one page's chars, edges and images into plain records, then close it."""
        try:
            page = self._pdf[number - 1]
        except pdfium.PdfiumError as exc:
            raise UnreadableDocument(f"page {number} could not be read (PdfiumError: {exc})"[:300]) from exc
        try:
            mediabox = self._facts.mediabox(number)
            geometry = _Geometry(page, mediabox)
            fonts = _Fonts(lambda: self._facts.fonts(number))
            walk = _Walk(geometry, fonts, crop=self._facts.crop(number), layers_off=self._facts.layers_off(number))
            walk.objects(page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, _IDENTITY)
            textpage = page.get_textpage()
            try:
                chars = _page_chars(textpage.raw, geometry, fonts, walk.hidden)
            finally:
                textpage.close()
            chars += _blank_chars(walk.blanks, geometry)
            if walk.crop is not None:
                chars = tuple(c for c in chars if inside_crop((c.x0, c.top, c.x1, c.bottom), walk.crop, glyph=True))
            return PageContent(number=number, width=geometry.width, height=geometry.height, chars=chars,
                               edges=walk.edges(), images=tuple(walk.images), fills=walk.fills(),
                               outlines=walk.outlines(), crop=walk.crop)  # fmt: skip
        finally:
            page.close()

    def close(self) -> None:
        """Close the document."""
        self._pdf.close()
        self._facts.close()


class _Geometry:
    """How pdfminer and pdfplumber place user space on the page (see pdfminer's process_page
    and pdfplumber's Page: rotation, MediaBox offset, top-left origin)."""

    def __init__(self, page: pdfium.PdfPage, mediabox: tuple[float, ...] | None) -> None:
        x0, y0, x1, y1 = mediabox or tuple(_f32(v) for v in _mediabox(page))
        rotation = raw.FPDFPage_GetRotation(page.raw) * 90 % 360
        self.ctm: Matrix = {
            90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
            180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
            270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
        }.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
        if rotation in (90, 270):  # pdfplumber's _normalize_box
            x0, y0, x1, y1 = y0, x0, y1, x1
        self.width, self.height = x1 - x0, y1 - y0
        self.mb_x0, self.mb_top = x0, self.height - y1  # pdfplumber's _invert_box
        self.area = self.width * self.height

    def x(self, x: float) -> float:
        """pdfplumber's x of a pdfminer x."""
        return x + self.mb_x0 if self.mb_x0 != 0 else x

    def top(self, y: float) -> float:
        """pdfplumber's top of a pdfminer y."""
        return (self.height - y) + self.mb_top


def _mediabox(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if raw.FPDFPage_GetMediaBox(page.raw, left, bottom, right, top):
        box = (left.value, bottom.value, right.value, top.value)
        return min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])
    # Inherited from the page tree (PDFium's getter reads only the page itself): the page's box.
    rect = raw.FS_RECTF()
    raw.FPDF_GetPageBoundingBox(page.raw, rect)
    return rect.left, rect.bottom, rect.right, rect.top


# --- what PDFium rounds or replaces, read from the file ----------------------------------


FontFacts = tuple[str | None, float | None]  # pdfminer's font name and descent (per unit of size)


class _FileFacts:
    """Each page's MediaBox and its fonts' names and /Descent as pdfminer reads them, from the
    file's objects (pdfminer's parser, no content stream): PDFium keeps the box in 32-bit
    floats, names fonts without their subset tag and replaces a /Descent of 0 (LibreOffice
    writes one) with the font's own. Nothing where pdfminer cannot read the file: PDFium's
    values stand."""

    def __init__(self, path: Path, password: str) -> None:
        self._file = path.open("rb")
        self._password = password
        self._pages: list[PDFPage] | None = None
        self._doc: PDFDocument | None = None

    def mediabox(self, number: int) -> tuple[float, ...] | None:
        """The page's MediaBox as written (None where pdfminer cannot read the file)."""
        page = self._page(number)
        box = resolve1(page.attrs.get("MediaBox")) if page is not None else None
        return tuple(float(resolve1(v)) for v in box) if isinstance(box, list) and len(box) == 4 else None

    def crop(self, number: int) -> BBox | None:
        """The page's crop box where it is smaller than its media box, as pdfplumber places it
        (see extractors.pdfpage.crop_in_page); None where pdfminer cannot read the file."""
        page = self._page(number)
        return crop_in_page(page.attrs) if page is not None else None

    def layers_off(self, number: int) -> bool:
        """Whether the page's default view shows none of the layers it names (see
        extractors.pdfpage.every_layer_off)."""
        page = self._page(number)
        return page is not None and self._doc is not None and every_layer_off(self._doc.catalog, page.resources)

    def fonts(self, number: int) -> dict[str, FontFacts]:
        """The page's fonts' facts by the name PDFium gives them (None for a fact that fonts of
        one name do not share). Asked only for a font PDFium names: parsing every font dict of a
        page is most of this class's cost (Chromium's Type3 fonts, which PDFium leaves unnamed,
        carry hundreds of glyph procedures each)."""
        page = self._page(number)
        if page is None:
            return {}
        try:
            return _page_fonts(page.resources, set())
        except LIBRARY_ERRORS as exc:
            if not is_library_error(exc):
                raise
            return {}

    def _page(self, number: int) -> PDFPage | None:
        try:
            if self._pages is None:
                self._doc = PDFDocument(PDFParser(self._file), password=self._password)
                self._pages = list(PDFPage.create_pages(self._doc))
        except LIBRARY_ERRORS as exc:
            if not is_library_error(exc):
                raise
            self._pages = []
        return self._pages[number - 1] if len(self._pages) >= number else None

    def close(self) -> None:
        """Close the file."""
        self._file.close()


def _page_fonts(resources: object, seen: set[int]) -> dict[str, FontFacts]:
    """The facts of every font in `resources` and its forms', by the names PDFium may give them."""
    out: dict[str, FontFacts] = {}
    resources = resolve1(resources)
    if not isinstance(resources, dict) or id(resources) in seen:
        return out
    seen.add(id(resources))
    found: list[tuple[set[str], FontFacts]] = []
    fonts = resolve1(resources.get("Font"))
    for spec in map(resolve1, fonts.values() if isinstance(fonts, dict) else ()):
        if isinstance(spec, dict):
            found.append((_font_names(spec), _font_facts(spec)))
    xobjects = resolve1(resources.get("XObject"))
    for xobject in map(resolve1, xobjects.values() if isinstance(xobjects, dict) else ()):
        attrs = getattr(xobject, "attrs", None)
        if isinstance(attrs, dict) and _name(attrs.get("Subtype")) == "Form" and "Resources" in attrs:
            found += [({name}, facts) for name, facts in _page_fonts(attrs["Resources"], seen).items()]
    for names, (fontname, descent) in found:
        for name in names:
            seen_name, seen_descent = out.get(name, (fontname, descent))
            out[name] = (fontname if seen_name == fontname else None, descent if seen_descent == descent else None)
    return out


def _font_facts(spec: dict[str, object]) -> FontFacts:
    """pdfminer's PDFFont.fontname and get_descent(); not for a Type3 font (its FontMatrix decides)."""
    subtype = _name(spec.get("Subtype")) or "Type1"
    if subtype == "Type3":
        return None, None
    if subtype == "Type0":
        descendants = resolve1(spec.get("DescendantFonts"))
        spec = resolve1(descendants[0]) if isinstance(descendants, list) and descendants else {}
        if not isinstance(spec, dict):
            return None, None
    descriptor = resolve1(spec.get("FontDescriptor"))
    if subtype not in ("Type0", "CIDFontType0", "CIDFontType2"):
        try:  # pdfminer reads a standard 14 font's metrics from its own AFM files
            descriptor = FontMetricsDB.get_metrics(_name(spec.get("BaseFont")) or "unknown")[0]
        except KeyError:
            pass
    descriptor = descriptor if isinstance(descriptor, dict) else {}
    descent = resolve1(descriptor.get("Descent", 0))
    fontname = resolve1(descriptor.get("FontName", "unknown"))
    # pdfminer takes a positive /Descent (PScript5.dll writes one) as negative
    return (_name(fontname) if isinstance(fontname, PSLiteral) else fontname if isinstance(fontname, str) else None,
            -abs(descent) * 0.001 if isinstance(descent, (int, float)) else None)  # fmt: skip


def _font_names(spec: dict[str, object]) -> set[str]:
    """The names PDFium may give the font: its BaseFont (or its descendant's), with or without
    the subset tag ("ABCDEF+")."""
    names = {_name(spec.get("BaseFont"))}
    descendants = resolve1(spec.get("DescendantFonts"))
    if isinstance(descendants, list) and descendants and isinstance(resolve1(descendants[0]), dict):
        names.add(_name(resolve1(descendants[0]).get("BaseFont")))
    names.discard("")
    return names | {n[7:] for n in names if len(n) > 7 and n[6] == "+"}


def _name(value: object) -> str:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        return value.name if isinstance(value.name, str) else value.name.decode("latin-1")
    return value.decode("latin-1") if isinstance(value, bytes) else ""


# --- characters --------------------------------------------------------------------------


class _TextRun:
    """What one text object gives all its characters: matrix, font size, font name and descent."""

    __slots__ = ("user", "matrix", "size", "font", "fontname", "descent", "upright", "origin", "flat", "space")

    def __init__(self, obj: raw.FPDF_PAGEOBJECT, matrix: Matrix, geometry: _Geometry,
                 fonts: _Fonts) -> None:  # fmt: skip
        self.user = matrix  # in user space, as PDFium's character boxes are
        self.matrix = _mult(matrix, geometry.ctm)  # on the page as displayed
        size = ctypes.c_float()
        raw.FPDFTextObj_GetFontSize(obj, size)
        self.size = _f32(size.value)
        self.font = raw.FPDFTextObj_GetFont(obj)
        self.fontname, self.descent = fonts.info(self.font)
        a, b, c, d = self.matrix[:4]
        self.upright = a * d > 0 and b * c <= 0
        self.origin: Point = (0.0, 0.0)
        self.flat = False  # upright and unrotated in user space
        self.space: float | None = None  # the width of a space the text page reported


class _Fonts:
    """Each PDFium font of a page: pdfminer's name and descent (per unit of size) for it."""

    def __init__(self, facts: Callable[[], dict[str, FontFacts]]) -> None:
        self._read_facts = facts  # from the file, by the names PDFium gives (see _FileFacts)
        self._facts: dict[str, FontFacts] | None = None
        self._known: dict[int, tuple[str, float]] = {}

    def _file_facts(self) -> dict[str, FontFacts]:
        if self._facts is None:
            self._facts = self._read_facts()
        return self._facts

    def info(self, font: raw.FPDF_FONT) -> tuple[str, float]:
        """The file's name and descent of the font; PDFium's (and a name unique on the page)
        where the file's are not known."""
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        known = self._known.get(key)
        if known is None:
            buffer = ctypes.create_string_buffer(256)
            length = raw.FPDFFont_GetBaseFontName(font, buffer, 256)
            name = buffer.raw[: max(length - 1, 0)].decode("utf-8", "replace")
            fontname, descent = self._file_facts().get(name, (None, None)) if name else (None, None)
            if descent is None:
                pdfium_descent = ctypes.c_float()
                raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), pdfium_descent)
                # pdfminer: a positive /Descent (PScript5.dll writes one) is taken as negative.
                descent = -abs(_f32(pdfium_descent.value)) * 0.001
            known = self._known[key] = (fontname or f"{name}#{len(self._known)}", descent)
        return known


def _page_chars(textpage: raw.FPDF_TEXTPAGE, geometry: _Geometry, fonts: _Fonts, hidden: set[int]
                ) -> tuple[Char, ...]:  # fmt: skip
    """Every drawn character (PDFium's generated spaces and line breaks left out, and the
    characters of the text objects in `hidden`: a switched-off layer's, see _Walk)."""
    out: list[Char] = []
    runs: dict[int, _TextRun] = {}
    tails: dict[int, tuple[int, int, float, float, float]] = {}  # object: its last char (see _lost_spaces)
    x, y = ctypes.c_double(), ctypes.c_double()
    box = raw.FS_RECTF()
    last: tuple[int, float, float] | None = None
    # The loop runs once per glyph (140,000 on the producer corpus): PDFium's functions and
    # ctypes' cast are looked up once, not per glyph.
    is_generated, text_object, unicode = raw.FPDFText_IsGenerated, raw.FPDFText_GetTextObject, raw.FPDFText_GetUnicode
    char_origin, loose_box, cast, void_p = raw.FPDFText_GetCharOrigin, raw.FPDFText_GetLooseCharBox, ctypes.cast, ctypes.c_void_p
    for i in range(raw.FPDFText_CountChars(textpage)):
        if is_generated(textpage, i) == 1:
            continue
        obj = text_object(textpage, i)
        key = cast(obj, void_p).value or 0
        if hidden and key in hidden:
            continue
        run = runs.get(key)
        if run is None:
            m = raw.FS_MATRIX()
            raw.FPDFText_GetMatrix(textpage, i, m)
            run = runs[key] = _TextRun(obj, (_f32(m.a), _f32(m.b), _f32(m.c), _f32(m.d), 0.0, 0.0), geometry, fonts)
            run.flat = m.a > 0 and m.b == 0 and m.c == 0
        code = unicode(textpage, i)
        text = "-" if code == 2 else chr(code)  # PDFium marks a line-end hyphen as U+0002
        char_origin(textpage, i, x, y)
        loose_box(textpage, i, box)
        here = (key, x.value, y.value)
        fx, fy = _f32(here[1]), _f32(here[2])
        if here == last and out:  # one glyph, several code points (a ligature, a surrogate pair)
            prev, piece = out[-1], _char(text, run, fx, fy, box, geometry)
            out[-1] = Char(_join(prev.text, text), prev.x0, max(prev.x1, piece.x1), prev.top, prev.bottom, prev.size,
                           prev.fontname, prev.upright, prev.base)  # fmt: skip
            if run.flat:  # the glyph ends where its last code point's box does (see _lost_spaces)
                tails[key] = (len(out), i, fx, fy, _f32(box.right))
            continue
        last = here
        out.append(_char(text, run, fx, fy, box, geometry))
        if run.flat:
            tails[key] = (len(out), i, fx, fy, _f32(box.right))
            if text == " ":
                run.space = out[-1].x1 - out[-1].x0
    for index, space in sorted(_lost_spaces(textpage, tails, runs, geometry), key=lambda t: -t[0]):
        out.insert(index, space)
    return tuple(out)


def _lost_spaces(textpage: raw.FPDF_TEXTPAGE, tails: dict[int, tuple[int, int, float, float, float]],
                 runs: dict[int, _TextRun], geometry: _Geometry) -> list[tuple[int, Char]]:  # fmt: skip
    """The space that ends a text object where PDFium's text page dropped it, with where it goes.

    The text page keeps one space of a run of spaces and drops those before a line-end hyphen;
    pdfminer reports every space glyph. A space has no ink, so the object's bounds end at its
    origin: at or past the advance of the last character the text page reported for the
    object, and past that character's ink."""
    out: list[tuple[int, Char]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    c_left, c_right, c_bottom, c_top = (ctypes.c_double() for _ in range(4))
    for key, (index, i, x, y, loose_right) in tails.items():
        run = runs[key]
        if not raw.FPDFPageObj_GetBounds(raw.FPDFText_GetTextObject(textpage, i), left, bottom, right, top):
            continue
        end = _f32(right.value)
        raw.FPDFText_GetCharBox(textpage, i, c_left, c_right, c_bottom, c_top)
        # ink ends before the object does, at or past the last advance: a glyph without ink there
        if end < loose_right - 0.01 or end <= _f32(c_right.value) + 0.01 or not bottom.value - 0.01 <= y <= top.value + 0.01:
            continue
        width = run.space
        if width is None:
            advance = ctypes.c_float()
            if not raw.FPDFFont_GetGlyphWidth(run.font, 0x20, ctypes.c_float(run.size), advance):
                continue
            width = _f32(advance.value)
        else:
            width /= run.matrix[0] if run.matrix[0] else 1.0
        out.append((index, _box(" ", run, _apply(geometry.ctm, end, y), width, geometry)))
    return out


def _blank_chars(runs: list[_TextRun], geometry: _Geometry) -> tuple[Char, ...]:
    """A space for each text object the text page skipped, one advance of the font's space wide."""
    out: list[Char] = []
    width = ctypes.c_float()
    for run in runs:
        if not raw.FPDFFont_GetGlyphWidth(run.font, 0x20, ctypes.c_float(run.size), width):
            continue
        out.append(_box(" ", run, run.origin, _f32(width.value), geometry))
    return tuple(out)


def _join(first: str, second: str) -> str:
    if len(first) == 1 and 0xD800 <= ord(first) < 0xDC00 and 0xDC00 <= ord(second) < 0xE000:
        return chr(0x10000 + ((ord(first) - 0xD800) << 10) + ord(second) - 0xDC00)
    return first + second


def _char(text: str, run: _TextRun, x: float, y: float, box: raw.FS_RECTF, geometry: _Geometry) -> Char:
    """pdfminer's LTChar box: (0, descent) .. (advance, descent + size) through the matrix."""
    # PDFium's loose box runs from the origin along the advance (its height is PDFium's own).
    return _box(text, run, _apply(geometry.ctm, x, y), _advance(run, x, y, box), geometry)


def _box(text: str, run: _TextRun, origin: Point, advance: float, geometry: _Geometry) -> Char:
    a, b, c, d = run.matrix[:4]
    ox, oy = origin
    descent = run.descent * run.size
    if b == 0 and c == 0:  # upright, not turned: the corners' sums below without their zero terms (same floats)
        xa, xb = ox, a * advance + ox
        ya, yb = d * descent + oy, d * (descent + run.size) + oy
        x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
        y0, y1 = (ya, yb) if ya <= yb else (yb, ya)
        return Char(text, geometry.x(x0), geometry.x(x1), geometry.top(y1), geometry.top(y0), y1 - y0, run.fontname,
                    run.upright, geometry.top(oy) if run.upright else None)  # fmt: skip
    m: Matrix = (a, b, c, d, ox, oy)
    corners = [_apply(m, px, py) for px in (0.0, advance) for py in (descent, descent + run.size)]
    x0, x1 = min(p[0] for p in corners), max(p[0] for p in corners)
    y0, y1 = min(p[1] for p in corners), max(p[1] for p in corners)
    return Char(text, geometry.x(x0), geometry.x(x1), geometry.top(y1), geometry.top(y0), y1 - y0, run.fontname,
                run.upright)  # fmt: skip


def _advance(run: _TextRun, x: float, y: float, box: raw.FS_RECTF) -> float:
    """The glyph's advance in text space, from PDFium's loose box (which spans it).

    The box and the origin are in user space, so the text's direction there (not on the page
    as displayed: a page shown turned by /Rotate) says which side of the box the advance ends on."""
    a, b = run.user[0], run.user[1]
    if b == 0 and a != 0:
        return (_f32(box.right) - x) / a if a > 0 else (x - _f32(box.left)) / -a
    if a == 0 and b != 0:
        return (_f32(box.top) - y) / b if b > 0 else (y - _f32(box.bottom)) / -b
    scale = (a * a + b * b) ** 0.5
    return max(_f32(box.right) - _f32(box.left), _f32(box.top) - _f32(box.bottom)) / scale if scale else 0.0


# --- paths and images --------------------------------------------------------------------


class _Walk:
    """Collects pdfminer's lines, rectangles and curves, and the images, from the page objects."""

    def __init__(self, geometry: _Geometry, fonts: _Fonts, *, crop: BBox | None = None,
                 layers_off: bool = False) -> None:  # fmt: skip
        self.geometry = geometry
        self.fonts = fonts
        self.crop = crop  # drawings wholly outside it are left out (extractors.pdfpage.meets)
        self.layers_off = layers_off  # every layer the page names is off: OC-marked objects are left out
        self.hidden: set[int] = set()  # the text objects of a switched-off layer (by address)
        self.blanks: list[_TextRun] = []  # text objects PDFium's text page leaves out
        self._bounds = tuple(ctypes.c_float() for _ in range(4))
        self.lines: list[tuple[Point, Point]] = []
        self.rects: list[tuple[float, float, float, float, bool, bool]] = []  # x0 y0 x1 y1 fill stroke
        self.curves: list[list[Point]] = []
        self.filled_curves: list[int] = []  # the curves painted with a fill, by index
        self.images: list[BBox] = []

    def objects(self, parent: object, count: object, get: object, matrix: Matrix, in_layer: bool = False) -> None:
        """Visit the objects of a page or form XObject, `matrix` taking the form to the page;
        `in_layer`: the form is drawn inside a switched-off layer's marked content."""
        for i in range(count(parent)):  # type: ignore[operator]
            obj = get(parent, i)  # type: ignore[operator]
            kind = raw.FPDFPageObj_GetType(obj)
            hidden = self.layers_off and _in_layer(obj, in_layer)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                self.objects(obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject,
                             _mult(_object_matrix(obj), matrix), hidden)  # fmt: skip
            elif hidden:
                if kind == raw.FPDF_PAGEOBJ_TEXT:
                    self.hidden.add(ctypes.cast(obj, ctypes.c_void_p).value or 0)
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                self.path(obj, _mult(_object_matrix(obj), matrix))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                self.image(obj, _mult(_object_matrix(obj), matrix))
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                self.text(obj, matrix)

    def text(self, obj: raw.FPDF_PAGEOBJECT, form: Matrix) -> None:
        """Keep a text object whose glyphs have no extent: PDFium's text page skips it, pdfminer
        reports its glyphs (in practice, a space drawn on its own)."""
        left, bottom, right, top = self._bounds
        if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top) and abs(right.value - left.value) < 0.01:
            matrix = _mult(_object_matrix(obj), form)
            run = _TextRun(obj, (*matrix[:4], 0.0, 0.0), self.geometry, self.fonts)
            run.origin = _apply(self.geometry.ctm, matrix[4], matrix[5])
            self.blanks.append(run)

    def path(self, obj: raw.FPDF_PAGEOBJECT, matrix: Matrix) -> None:
        """One painted path, split into subpaths as pdfminer's paint_path splits it."""
        fillmode, stroke = ctypes.c_int(), ctypes.c_int()
        raw.FPDFPath_GetDrawMode(obj, fillmode, stroke)
        fill = fillmode.value != raw.FPDF_FILLMODE_NONE
        if not fill and not stroke.value:
            return
        ops, pts = _path_ops(obj)
        ctm = _mult(matrix, self.geometry.ctm)
        shape = "".join(ops)
        if not shape.startswith("m"):
            return  # not a valid path (pdfminer paints nothing either)
        spans = [m.span() for m in _SUBPATH.finditer(shape)] if shape.count("m") > 1 else [(0, len(shape))]
        for start, end in spans:
            self.subpath(shape[start:end], [_apply(ctm, *p) for p in pts[start:end]], fill, bool(stroke.value))

    def subpath(self, shape: str, pts: list[Point], fill: bool, stroke: bool) -> None:
        """pdfminer's classification: a line, an axis-aligned rectangle, or a curve."""
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
        if shape in ("mlh", "ml"):
            self.lines.append((pts[0], pts[1]))
            return
        if shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if pts[0] == pts[4] and square:
                self.rects.append((min(x0, x2), min(y0, y2), max(x0, x2), max(y0, y2), fill, stroke))
                return
        if fill:
            self.filled_curves.append(len(self.curves))
        self.curves.append(pts)

    def image(self, obj: raw.FPDF_PAGEOBJECT, matrix: Matrix) -> None:
        """The image's box: the unit square through its matrix."""
        corners = [_apply(_mult(matrix, self.geometry.ctm), x, y) for x in (0.0, 1.0) for y in (0.0, 1.0)]
        g = self.geometry
        x0, x1 = min(p[0] for p in corners), max(p[0] for p in corners)
        y0, y1 = min(p[1] for p in corners), max(p[1] for p in corners)
        self.images.append((g.x(x0), g.top(y1), g.x(x1), g.top(y0)))

    def fills(self) -> tuple[BBox, ...]:
        """The boxes of the filled, unstroked rectangles (pdfplumber's rects with fill and no stroke)."""
        g = self.geometry
        boxes = ((g.x(x0), g.top(y1), g.x(x1), g.top(y0)) for x0, y0, x1, y1, fill, stroke in self.rects
                 if fill and not stroke)  # fmt: skip
        return tuple(box for box in boxes if self._shown(*box))

    def outlines(self) -> int:
        """How many filled curves could be glyph contours (extractors.pdfpage.is_outline)."""
        g, count = self.geometry, 0
        for index in self.filled_curves:
            xs, tops = [g.x(x) for x, _ in self.curves[index]], [g.top(y) for _, y in self.curves[index]]
            x0, x1, top, bottom = min(xs), max(xs), min(tops), max(tops)
            count += is_outline(x1 - x0, bottom - top, True) and self._shown(x0, top, x1, bottom)
        return count

    def _shown(self, x0: float, top: float, x1: float, bottom: float) -> bool:
        """A drawing shows inside the crop box by any part of it."""
        return self.crop is None or inside_crop((x0, top, x1, bottom), self.crop, glyph=False)

    def edges(self) -> tuple[Edge, ...]:
        """pdfplumber's page.edges (lines, rectangle sides, curve segments) as rulings, without
        a background rectangle (see extractors.pdfpage._ruling_objects) and what lies wholly
        outside the crop box."""
        g, out = self.geometry, []
        for (xa, ya), (xb, yb) in self.lines:
            x0, x1, top, bottom = g.x(min(xa, xb)), g.x(max(xa, xb)), g.top(max(ya, yb)), g.top(min(ya, yb))
            if self._shown(x0, top, x1, bottom):
                out.append(Edge(x0, top, x1, bottom, "h" if top == bottom else "v", "line"))
        for x0, y0, x1, y1, fill, stroke in self.rects:
            if is_shading(x1 - x0, y1 - y0, bool(fill), bool(stroke), g.area):
                continue
            left, right, top, bottom = g.x(x0), g.x(x1), g.top(y1), g.top(y0)
            if not self._shown(left, top, right, bottom):
                continue
            out += [Edge(left, top, right, top, "h", "rect_edge"), Edge(left, bottom, right, bottom, "h", "rect_edge"),
                    Edge(left, top, left, bottom, "v", "rect_edge"), Edge(right, top, right, bottom, "v", "rect_edge")]  # fmt: skip
        for pts in self.curves:
            coords = [(g.x(px), g.top(py)) for px, py in pts]
            xs, tops = [x for x, _ in coords], [t for _, t in coords]
            if not self._shown(min(xs), min(tops), max(xs), max(tops)):
                continue
            for (xa, ta), (xb, tb) in zip(coords, coords[1:]):
                orientation = "v" if xa == xb else ("h" if ta == tb else None)
                if orientation is not None:
                    out.append(Edge(min(xa, xb), min(ta, tb), max(xa, xb), max(ta, tb), orientation, "curve_edge"))
        return tuple(out)


def _in_layer(obj: raw.FPDF_PAGEOBJECT, inherited: bool) -> bool:
    """Whether an object is drawn in optional content, as pdfminer tags it: by the innermost
    marked content around it (its last mark), else by the marked content its form is drawn in."""
    marks = raw.FPDFPageObj_CountMarks(obj)
    if marks <= 0:
        return inherited
    mark = raw.FPDFPageObj_GetMark(obj, marks - 1)
    buffer, length = (raw.FPDF_WCHAR * 32)(), ctypes.c_ulong()
    if not raw.FPDFPageObjMark_GetName(mark, buffer, ctypes.sizeof(buffer), length):
        return inherited
    return bytes(buffer)[: max(length.value - 2, 0)].decode("utf-16-le", "replace") == "OC"


def _object_matrix(obj: raw.FPDF_PAGEOBJECT) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (_f32(m.a), _f32(m.b), _f32(m.c), _f32(m.d), _f32(m.e), _f32(m.f))


def _path_ops(obj: raw.FPDF_PAGEOBJECT) -> tuple[list[str], list[Point]]:
    """The path as pdfminer's operators, one point each (a curve's end point; a closing 'h' at
    its subpath's start)."""
    ops: list[str] = []
    pts: list[Point] = []
    start: Point = (0.0, 0.0)
    pending = 0  # Bezier control points still to come before a curve's end point
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, i)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (_f32(x.value), _f32(y.value))
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            pending = pending - 1 if pending else 2
            if pending:
                continue
            ops.append("c")
        elif kind == raw.FPDF_SEGMENT_MOVETO:
            ops.append("m")
            start = point
        else:
            ops.append("l")
        pts.append(point)
        if raw.FPDFPathSegment_GetClose(segment):
            ops.append("h")
            pts.append(start)
    return ops, pts
