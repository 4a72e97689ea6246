"""The seam between PDF parsing and table reading: a page is characters, ruling edges and images.

Everything above this module (pdf.py) sees only these records, so another parser (e.g. a
pypdfium2-backed `PageSource`) can replace pdfplumber/pdfminer without touching the table
and text logic. Pages are read one at a time and released, so memory stays bounded on long
documents.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self

import pdfminer
import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psexceptions import PSException
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges
from pdfplumber.utils.exceptions import PdfminerException

from core.errors import EncryptedDocument, UnreadableDocument

BBox = tuple[float, float, float, float]

# What pdfminer/pdfplumber raise on broken bytes: their own families (PSException covers
# PDFException, PDFSyntaxError, PSEOF …), pdfplumber's wrapper, and the builtins their parsers
# let escape on malformed data (an assert, a bad index, a short deflate stream …). A builtin
# counts only when it was raised inside the libraries (see `is_library_error`): the same
# KeyError raised in our own code is a bug and must not be reported as a bad document.
LIBRARY_ERRORS: tuple[type[BaseException], ...] = (
    PSException, PdfminerException, ValueError, TypeError, KeyError, IndexError, AttributeError, AssertionError,
    EOFError, OverflowError, RecursionError, ZeroDivisionError, struct.error, zlib.error, OSError,
)  # fmt: skip
_LIBRARY_DIRS = tuple(str(Path(module.__file__ or "").parent) for module in (pdfminer, pdfplumber))


@dataclass(frozen=True, slots=True)
class Char:
    """One drawn glyph in page coordinates (top-left origin, points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    upright: bool
    # the baseline's y (top-left origin) of an upright glyph, where the reader knows it: a box hangs
    # from it by the font's descent, which fonts give differently (extractors.strike measures from it)
    base: float | None = None


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal or vertical ruling: a drawn line or one side of a drawn rectangle."""

    x0: float
    top: float
    x1: float
    bottom: float
    orientation: str  # "h" or "v"
    kind: str  # "line", "rect_edge" or "curve_edge", as pdfplumber names them


@dataclass(frozen=True)
class PageContent:
    """What the table and text logic needs from one page."""

    number: int
    width: float
    height: float
    chars: tuple[Char, ...]
    edges: tuple[Edge, ...]
    images: tuple[BBox, ...]
    # the boxes of filled, unstroked rectangles whose sides are among `edges`: a cell's shading, a
    # ruling drawn as a bar, or a highlighter's band behind text (extractors.decorations)
    fills: tuple[BBox, ...] = ()
    # the glyphs struck through, taken out of `chars` (extractors.decorations): a row struck whole
    # is read from them as withdrawn (RawRow.struck)
    struck: tuple[Char, ...] = ()
    # filled curves no larger than a glyph (OUTLINE_GLYPH): text drawn as outlines, with no text
    # layer, where a page has many of them and no characters (extractors.pdf.OUTLINED_MIN)
    outlines: int = 0
    # the crop box (what viewers show), where it is smaller than the page: what lies outside it is
    # left out of `chars` and `edges`; a ruling that runs across it is kept whole
    crop: BBox | None = None


# A filled curve this size or smaller on both sides may be a glyph's contour (a title's
# ideograph is at most about 30 pt; a ruling or a seal's ring is larger on one side).
OUTLINE_GLYPH = 50.0  # points


def is_outline(width: float, height: float, fill: bool) -> bool:
    """A painted path that may be one contour of a glyph drawn as an outline."""
    return fill and width <= OUTLINE_GLYPH and height <= OUTLINE_GLYPH


def default_reader() -> str:
    """The page reader a run uses: $CATALOG_PDF_READER, else pdfplumber (the reference). The
    extraction cache and the run fingerprint carry it (pipeline/cache.py): rows one reader read
    are never served to a run of the other."""
    return os.environ.get("CATALOG_PDF_READER") or "pdfplumber"


class PageSource(Protocol):
    """An open PDF that yields its pages one at a time (1-based page numbers)."""

    @property
    def page_count(self) -> int:
        """Number of pages in the document."""
        ...

    def read_page(self, number: int) -> PageContent:
        """Read one page and release the parser's memory for it."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...


class ClosingSource:
    """A `PageSource` used in a `with` block closes its file at the end of it."""

    def close(self) -> None:
        """Release the file."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class PdfplumberSource(ClosingSource):
    """`PageSource` backed by pdfplumber (pdfminer.six)."""

    def __init__(self, path: Path, *, password: str = "") -> None:
        try:
            self._pdf = pdfplumber.open(path, password=password)
            self._pages = self._pdf.pages
        except LIBRARY_ERRORS as exc:
            if not is_library_error(exc):
                raise
            if isinstance(_root_cause(exc), (PDFPasswordIncorrect, PDFEncryptionError)):
                raise EncryptedDocument("the PDF is protected by a password", file=path.name) from exc
            raise UnreadableDocument(f"not a readable PDF ({_reason(exc)})", file=path.name) from exc

    @property
    def page_count(self) -> int:
        """Number of pages in the document."""
        return len(self._pages)

    def read_page(self, number: int) -> PageContent:
        """Copy one page's chars, edges and images into plain records, then flush its cache."""
        page = self._pages[number - 1]
        try:
            layers = _shown_by_layers(self._pdf, page)
            crop = _crop_of(page)

            def shown(obj: dict[str, Any]) -> bool:
                return layers(obj) and (crop is None or meets(obj, crop))

            chars = [c for c in page.chars if shown(c)]
            descents = descents_by_font(chars)

            return PageContent(
                number=number,
                width=float(page.width),
                height=float(page.height),
                chars=tuple(_to_char(c, descents) for c in chars),
                edges=tuple(e for e in map(_to_edge, _ruling_objects(page, shown)) if e is not None),
                images=tuple(_bbox(i) for i in page.images),
                fills=tuple(_bbox(r) for r in page.rects if r.get("fill") and not r.get("stroke") and shown(r)),
                outlines=sum(1 for c in page.curves if is_outline(float(c["width"]), float(c["height"]),
                                                                  bool(c.get("fill"))) and shown(c)),
                crop=crop,
            )
        finally:
            page.close()  # drops the cached layout objects: bounded memory on long PDFs

    def close(self) -> None:
        """Close the underlying file."""
        self._pdf.close()


def pages_of(source: PageSource) -> Iterator[PageContent]:
    """Yield every page in order, one at a time."""
    for number in range(1, source.page_count + 1):
        yield source.read_page(number)


# A filled, unstroked rectangle over this share of the page is a background (Qt WebKit paints
# the page's white body this way), not a table: its sides would join every table on the page.
BACKGROUND_SHARE = 0.8


# A filled, unstroked rectangle this size on both sides is a glyph's shading, no cell: MuPDF
# (PyMuPDF's Story) paints a header's background as one box behind each character, and their
# sides would make a table of one character a cell. A ruling drawn as a rectangle is thinner.
GLYPH_SHADING = (2.0, 10.0)  # points


def _ruling_objects(page: Any, shown: Callable[[dict[str, Any]], bool] = lambda _: True) -> list[dict[str, Any]]:
    """The page's edges (lines, curves and every rectangle's sides) without backgrounds, glyph
    shadings and what a switched-off layer draws."""
    area = float(page.width) * float(page.height)
    rects = [r for r in page.rects if shown(r) and not is_shading(float(r["width"]), float(r["height"]),
                                                                  bool(r.get("fill")), bool(r.get("stroke")), area)]  # fmt: skip
    lines, curves = [x for x in page.lines if shown(x)], [x for x in page.curves if shown(x)]
    if len(rects) == len(page.rects) and len(lines) == len(page.lines) and len(curves) == len(page.curves):
        return list(page.edges)
    return [*map(line_to_edge, lines), *(e for r in rects for e in rect_to_edges(r)),
            *(e for c in curves for e in curve_to_edges(c))]  # fmt: skip


def _crop_of(page: Any) -> BBox | None:
    """The page's crop box (what viewers show and printers print) where it is smaller than the
    media box, in the page's top-left coordinates; None when it is the whole page."""
    return smaller_crop(tuple(map(float, page.cropbox)), tuple(map(float, page.mediabox)))


def smaller_crop(crop: tuple[float, ...], media: tuple[float, ...]) -> BBox | None:
    """`crop` where it is smaller than `media` (both in the page's top-left coordinates)."""
    return None if all(abs(a - b) < 0.5 for a, b in zip(crop, media)) else crop  # type: ignore[return-value]


def crop_in_page(attrs: dict[str, Any]) -> BBox | None:
    """The crop box of a page from its (inherited) attributes, as pdfplumber places it: rotated
    as displayed, top-left origin; None when it is the media box or unreadable. For readers that
    have no pdfplumber page (extractors.pdfium)."""
    try:
        media, crop = (resolve1(attrs.get(k)) for k in ("MediaBox", "CropBox"))
        if not isinstance(media, list) or not isinstance(crop, list) or len(media) != 4 or len(crop) != 4:
            return None
        turned = int(resolve1(attrs.get("Rotate")) or 0) % 360 in (90, 270)

        def normal(box: list[object]) -> tuple[float, float, float, float]:
            x0, x1 = sorted((float(resolve1(box[0])), float(resolve1(box[2]))))  # type: ignore[arg-type]
            y0, y1 = sorted((float(resolve1(box[1])), float(resolve1(box[3]))))  # type: ignore[arg-type]
            return (y0, x0, y1, x1) if turned else (x0, y0, x1, y1)

        m, c = normal(media), normal(crop)
    except LIBRARY_ERRORS as exc:
        if not is_library_error(exc):
            raise
        return None
    height = m[3] - m[1]  # pdfplumber's _invert_box with the media box's height
    return smaller_crop((c[0], height - c[3], c[2], height - c[1]), (m[0], height - m[3], m[2], height - m[1]))


def meets(obj: dict[str, Any], crop: BBox) -> bool:
    """An object shows inside the crop box: a glyph by its centre, a drawing by any part of it.
    What a page draws outside it (printer's marks, a job line, a row laid out past the page's
    edge) is not shown (found by the unseen28 probe: a stray row below the crop box was read as
    the catalog's cut last row)."""
    x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
    return inside_crop((x0, top, x1, bottom), crop, glyph=obj.get("object_type") == "char")


def inside_crop(box: BBox, crop: BBox, *, glyph: bool) -> bool:
    """A box (x0, top, x1, bottom) shows inside the crop box: a glyph's by its centre, a drawing's
    by any part of it (both page readers: meets, extractors.pdfium)."""
    x0, top, x1, bottom = box
    if glyph:
        x, y = (x0 + x1) / 2, (top + bottom) / 2
        return crop[0] <= x <= crop[2] and crop[1] <= y <= crop[3]
    return x1 >= crop[0] and x0 <= crop[2] and bottom >= crop[1] and top <= crop[3]


def _shown_by_layers(pdf: Any, page: Any) -> Callable[[dict[str, Any]], bool]:
    """Whether an object of the page is shown, as far as optional content (layers) decides.

    A PDF may draw content in layers (/OC marked content) that its default view switches off
    (/OCProperties /D: /OFF, or /BaseState /OFF): a reviewer's old values, a draft watermark.
    Viewers and printers do not show them; pdfminer reads them with the rest (found by the
    unseen28 probe: a switched-off layer's old 对应职称 was published beside the new). pdfminer
    tags such objects "OC" but keeps no note of which layer. So when every layer the page names
    is off, its OC-tagged objects are left out; when some are on, all are read (a layer's text
    drawn over the shown text is then caught by extractors.overprint)."""
    if not every_layer_off(pdf.doc.catalog, page.page_obj.resources):
        return lambda _: True
    return lambda obj: obj.get("tag") != "OC"


def every_layer_off(catalog: dict[str, Any], resources: object) -> bool:
    """Whether the page (by its resources) names layers and its default view shows none of them
    (see _shown_by_layers). False where the document's optional content cannot be read."""
    try:
        props = resolve1(catalog.get("OCProperties"))
        resources = resolve1(resources)
        named = resolve1(resources.get("Properties")) if isinstance(resources, dict) else None
        if not isinstance(props, dict) or not isinstance(named, dict):
            return False
        config = resolve1(props.get("D")) or {}
        off = {ref.objid for ref in resolve1(config.get("OFF")) or [] if isinstance(ref, PDFObjRef)}
        on = {ref.objid for ref in resolve1(config.get("ON")) or [] if isinstance(ref, PDFObjRef)}
        base_off = getattr(resolve1(config.get("BaseState")), "name", "ON") == "OFF"
        layers = [ref for value in named.values() for ref in _layers_named(value)]
    except LIBRARY_ERRORS as exc:
        if not is_library_error(exc):
            raise
        return False
    return bool(layers) and all(ref in off or (base_off and ref not in on) for ref in layers)


def _layers_named(value: object) -> list[int]:
    """The object numbers of the layers (OCGs) a /Properties entry names: itself, or an OCMD's."""
    if not isinstance(value, PDFObjRef):
        return []
    spec = resolve1(value)
    kind = getattr(spec.get("Type"), "name", "") if isinstance(spec, dict) else ""
    if kind == "OCG":
        return [value.objid]
    if kind == "OCMD":
        members = resolve1(spec.get("OCGs"))
        members = members if isinstance(members, list) else [spec.get("OCGs")]
        return [ref.objid for ref in members if isinstance(ref, PDFObjRef)]
    return []


def is_shading(width: float, height: float, fill: bool, stroke: bool, page_area: float) -> bool:
    """A filled, unstroked rectangle that rules nothing: the page's background, or a glyph's box."""
    if not fill or stroke:
        return False
    low, high = GLYPH_SHADING
    return width * height >= BACKGROUND_SHARE * page_area or (low <= width <= high and low <= height <= high)


# pdfminer hangs a glyph's box from its baseline by the font's descent (the descriptor's Descent,
# a Type 3 font's FontBBox). Real fonts descend 0-0.3 em. cairo (pdftocairo -pdf) writes Noto
# CJK's Descent as -1049/1000, which drops every ideograph's box most of a line below its
# baseline (into the row below the header, out of order with the Latin beside it), and turns
# Chromium's fonts into Type 3 fonts whose boxes float 0.8 em above the baseline (a row's first
# line at a page top lands above the table, lost). A descent past half an em down, or above a
# quarter em up, is taken as Noto CJK's own.
IMPLAUSIBLE_DESCENT, IMPLAUSIBLE_RISE = -0.5, 0.25
FALLBACK_DESCENT = -0.12


def descents_by_font(chars: list[dict[str, Any]]) -> dict[str, float]:
    """Each font's descent (ems) as its upright glyphs on the page show it, their median: a glyph
    raised or lowered by text rise (a superscript footnote mark) is no sign of the font's."""
    ratios: dict[str, list[float]] = {}
    for obj in chars:
        if (ratio := _descent_of(obj)) is not None:
            ratios.setdefault(str(obj["fontname"]), []).append(ratio)
    return {font: sorted(values)[len(values) // 2] for font, values in ratios.items()}


def _descent_of(obj: dict[str, Any]) -> float | None:
    """How far (ems) the glyph's box hangs below the baseline its matrix gives (None: no matrix)."""
    size, matrix = float(obj.get("size") or 0.0), obj.get("matrix")
    if not obj.get("upright") or size <= 0 or not matrix or len(matrix) < 6:
        return None
    return (float(obj["y0"]) - float(matrix[5])) / size


def _to_char(obj: dict[str, Any], descents: dict[str, float] | None = None) -> Char:
    top, bottom = float(obj["top"]), float(obj["bottom"])
    shift = _descent_shift(obj, (descents or {}).get(str(obj.get("fontname"))))
    matrix = obj.get("matrix")
    upright = bool(obj["upright"])
    # the box's bottom is y0, the baseline the matrix's origin: both in PDF space, so their
    # difference carries over to the page's top-left coordinates
    base = bottom + float(obj["y0"]) - float(matrix[5]) if upright and matrix and len(matrix) >= 6 else None
    return Char(
        text=str(obj["text"]),
        x0=float(obj["x0"]),
        x1=float(obj["x1"]),
        top=top - shift,
        bottom=bottom - shift,
        size=float(obj["size"]),
        fontname=str(obj["fontname"]),
        upright=upright,
        base=base,
    )


def _descent_shift(obj: dict[str, Any], font_descent: float | None = None) -> float:
    """How far (points) an upright glyph's box hangs too low under an implausible Descent. The
    font's descent (`font_descent`, from its glyphs on the page) decides, where known: a glyph
    set higher by text rise hangs less far, and its box stays raised by the rise (found by the
    unseen28 probe: a raised footnote digit's box was moved back onto the line, and read)."""
    own = _descent_of(obj)
    if own is None:
        return 0.0
    descent = own if font_descent is None else font_descent
    plausible = IMPLAUSIBLE_DESCENT <= descent <= IMPLAUSIBLE_RISE
    return 0.0 if plausible else (FALLBACK_DESCENT - descent) * float(obj["size"])


def _to_edge(obj: dict[str, Any]) -> Edge | None:
    # Diagonal curve segments have no orientation and cannot bound a cell.
    if obj.get("orientation") not in ("h", "v"):
        return None
    return Edge(
        x0=float(obj["x0"]),
        top=float(obj["top"]),
        x1=float(obj["x1"]),
        bottom=float(obj["bottom"]),
        orientation=str(obj["orientation"]),
        kind=str(obj.get("object_type", "line")),
    )


def _bbox(obj: dict[str, Any]) -> BBox:
    return (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def is_library_error(exc: BaseException) -> bool:
    """True when the PDF libraries raised `exc` (on broken bytes), not our own code (a bug).

    The innermost frame decides; OSError counts wherever it was raised (reading the file)."""
    if isinstance(exc, (PSException, PdfminerException, OSError)):
        return True
    tb, innermost = exc.__traceback__, None
    while tb is not None:
        innermost, tb = tb, tb.tb_next
    return innermost is not None and innermost.tb_frame.f_code.co_filename.startswith(_LIBRARY_DIRS)


def _root_cause(exc: BaseException) -> BaseException:
    # pdfplumber wraps pdfminer's errors: PdfminerException(original)
    while exc.args and isinstance(exc.args[0], BaseException):
        exc = exc.args[0]
    return exc


def _reason(exc: BaseException) -> str:
    exc = _root_cause(exc)
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
