"""Read a PDF into ruled tables (one RawTable per table per page) and the running text around them.

Parsing sits behind the `extractors.pdfpage.PageSource` seam; table finding is pdfplumber's own
algorithm (`TableFinder`: edges -> intersections -> cells -> tables) fed from that seam. Cell
text is rebuilt from characters with a line-join rule that reads the geometry (see
`_line_separator`), because pdfplumber's `extract_text` cannot tell a wrapped space from a
word broken mid-way in a narrow column.
"""

from __future__ import annotations

import bisect
import re
import statistics
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils import dedupe_chars, extract_text

from core.cells import (
    FOOTNOTE_MARKER,
    FULL_WIDTH_CLOSERS,
    FULL_WIDTH_OPENERS,
    NO_BREAK_BEFORE,
    clean_cell,
    is_cjk,
    is_footnote_marker,
)
from core.errors import (
    ConverterMissing,
    DocumentTooLarge,
    IngestError,
    NeedsOCR,
    TextAsOutlines,
    UnreadableDocument,
    UnreadableTextLayer,
)
from core.model import BBox, Document, RawRow, RawTable, SourceFile, SourceRef
from extractors.decorations import lowered_small_caps, without_decorations
from extractors.furniture import furniture_chars, page_numbers, with_neighbours
from extractors.grid import boxes_across
from extractors.joins import CONJUNCTIONS, cut_word, gender_ending, may_be_cut
from extractors.overprint import overprinted_spots, spots_inside
from extractors.pdf_layers import PageLayers, page_layers
from extractors.pdfium import PdfiumSource
from extractors.pdfpage import (
    LIBRARY_ERRORS,
    Char,
    Edge,
    PageContent,
    PageSource,
    PdfplumberSource,
    default_reader,
    is_library_error,
    pages_of,
)
from extractors.rotation import turn_upright
from extractors.unruled import Columns, Rule, UnruledTable, find_unruled_tables, page_lines

MAX_PAGES = 2000
# Ruled tables only. A text-alignment fallback ("text" strategy) was left out on purpose: on
# ordinary notices it turns paragraphs and letterheads into junk tables.
TABLE_SETTINGS = TableSettings(vertical_strategy="lines", horizontal_strategy="lines")
# A page is a scan when it shows an image, or text as outlines, and fewer drawn characters than this.
SCAN_MAX_CHARS = 10
# A page without text draws its text as outlines with this many glyph-sized filled curves or more
# (an ideograph is drawn in 1 to 10 contours; a vector seal's ring, stars and some 15 characters stay
# under it). Found on real documents: a Microsoft Print to PDF of a government web page, and a
# ministry's notice with its text "converted to curves"; read as "no catalog", such a page lost
# whatever it prints.
OUTLINED_MIN = 200
# Characters a line may break after without a space (UAX #14 classes HY/BA and SY).
BREAK_AFTER = "-\u2010\u2013/"
SPACES = " \t\u00a0\u3000"  # Qt WebKit draws a space as a tab glyph
OPENERS = "([{\uff08\u3010\u300a\u201c\u2018"
CLOSERS = ")]}\uff09\u3011\u300b\u201d\u2019"


# The page readers behind the seam. pdfplumber is the reference; pdfium (pypdfium2) is many times
# faster but not yet identical on every document (tests/extractors/test_pdfium.py says where).
READERS: dict[str, type[PdfplumberSource] | type[PdfiumSource]] = {
    "pdfplumber": PdfplumberSource, "pdfium": PdfiumSource}
DEFAULT_READER = default_reader()


_PDFIUM_LOCK = threading.Lock()


def read_pdf(path: Path, source: SourceFile, *, reader: str | None = None) -> Document:
    """Read a PDF's ruled tables and running text; every failure is an UnreadableDocument.

    `reader` names the page reader (see READERS; default: $CATALOG_PDF_READER or pdfplumber)."""
    name = reader or DEFAULT_READER
    if name not in READERS:
        raise ValueError(f"unknown PDF reader {name!r}: choose one of {', '.join(READERS)}")
    # PDFium may not be called from two threads at once (pypdfium2's documentation): one
    # document at a time in a process; worker processes (catalog run --dask) each have their own.
    guard = _PDFIUM_LOCK if name == "pdfium" else nullcontext()
    hidden: frozenset[int] = frozenset()
    try:
        try:
            with _PDFIUM_LOCK:
                layers = page_layers(path, count_text=name == "pdfplumber")
            hidden = layers.hidden
            try:
                with guard, READERS[name](path) as pdf:
                    read = source_to_document(_Layered(pdf, layers), source)
            except _TextLost:
                # pdfminer cannot decode the page's fonts (fpdf2's embedded encoding CMap); PDFium
                # reads the same page objects to the same table algorithm (tests/extractors/test_pdfium.py)
                with _PDFIUM_LOCK, PdfiumSource(path) as pdf:
                    read = source_to_document(_Layered(pdf, replace(layers, text_counts={})), source)
            # files attached to the PDF are not read: a notice without a catalog table that
            # attaches one is never taken for one without a catalog (extractors.tables)
            return replace(read, embedded=layers.attachments) if layers.attachments else read
        except (NeedsOCR, UnreadableTextLayer) as err:
            if hidden and isinstance(err, NeedsOCR):
                err.message = (f"{err.message} (page(s) {_page_list(sorted(hidden))} carry only text another "
                               "program's OCR laid over the picture, not read as printed text)")  # fmt: skip
                err.args = (err.message,)
            read = _read_by_ocr(path, source, err)
            if isinstance(err, UnreadableTextLayer):
                _check_ocr_read_the_glyphs(read, err)
            return read
    except IngestError as err:
        err.file = source.path  # the seam only knows the file name; lineage uses raw/-relative paths
        raise
    except LIBRARY_ERRORS as exc:  # broken bytes; anything else, or raised by our code, is a bug
        if not is_library_error(exc):
            raise
        raise UnreadableDocument(f"the PDF could not be read ({type(exc).__name__}: {exc})"[:300],
                                 file=source.path) from exc


# A page whose text pdfminer reads this share of PDFium's or less, PDFium reading this many
# characters or more, lost its text to pdfminer (found by the unseen18 probe: fpdf2 writes a Type0
# font's /Encoding as an embedded CMap stream, which pdfminer looks up by its name and finds
# empty; the page read as no text at all, and its catalog as "no catalog header").
TEXT_LOST_SHARE, TEXT_LOST_MIN = 0.5, 20


class _TextLost(Exception):
    """pdfplumber read a page's text far short of PDFium's: the document is read by PDFium."""


class _Layered:
    """A PDF's pages as its page reader reads them, with what PDFium saw on each
    (extractors/pdf_layers.py): a page whose text the reader reads far short of PDFium's
    characters (`counts`, pdfplumber only) raises _TextLost, and the `hidden` pages are read
    without their text: pictures of the page whose only text is another program's OCR, invisible
    or under the picture. They count as scanned pages, so the document is read by OCR when they
    hold its catalog."""

    def __init__(self, pdf: PageSource, layers: PageLayers) -> None:
        self._pdf, self._layers = pdf, layers

    @property
    def page_count(self) -> int:
        return self._pdf.page_count

    def read_page(self, number: int) -> PageContent:
        page = self._pdf.read_page(number)
        reference = self._layers.text_counts.get(number, 0)
        read = sum(not c.text.isspace() for c in page.chars)
        if reference >= TEXT_LOST_MIN and read <= TEXT_LOST_SHARE * reference:
            raise _TextLost(number)
        if number in self._layers.hidden:
            return replace(page, chars=())
        unseen = self._layers.unseen.get(number)
        return replace(page, chars=_without_unseen(page.chars, unseen)) if unseen else page

    def close(self) -> None:
        self._pdf.close()


# points between a glyph's centre as PDFium and as the page reader place it, and half an em across:
# PDFium boxes a glyph's ink, the readers its advance (a full-width bracket's ink is on one side)
UNSEEN_SLACK = 1.5


def _without_unseen(chars: Sequence[Char], unseen: Sequence[tuple[str, float, float]]) -> tuple[Char, ...]:
    """The page's glyphs without those PDFium finds drawn but not seen (pdf_layers.PageLayers.unseen),
    matched one for one by character and place: an invisible copy drawn over the same printed
    glyph takes one of the two away, and the printed one stays."""
    left: dict[str, list[tuple[float, float]]] = {}
    for text, x, y in unseen:
        left.setdefault(text, []).append((x, y))
    out: list[Char] = []
    for c in chars:
        places = left.get(c.text)
        x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        at = next((k for k, (ux, uy) in enumerate(places or ())
                   if abs(ux - x) <= UNSEEN_SLACK + 0.5 * c.size and abs(uy - y) <= UNSEEN_SLACK + 0.3 * c.size), None)  # fmt: skip
        if places is not None and at is not None:
            del places[at]
            continue
        out.append(c)
    return tuple(out)


def _read_by_ocr(path: Path, source: SourceFile, err: NeedsOCR | UnreadableTextLayer) -> Document:
    """A scan, or a text layer that does not decode, read from the page pictures by OCR
    (extractors.ocr). Else `err` is raised: pictures too coarse to read keep its message (the
    hint says why); without Tesseract the message says what to install, and the document is
    set aside like one whose converter is missing: not cached, read again once it is there."""
    from extractors import ocr  # OpenCV and Tesseract only for the documents that need them

    if isinstance(err, NeedsOCR) and not isinstance(err, TextAsOutlines):
        dpi = ocr.scan_resolution(path, _PDFIUM_LOCK)
        if dpi is not None and dpi < ocr.MIN_SCAN_DPI:
            err.hint = f"the pages are scanned at {dpi:.0f} dpi, too coarse to read (OCR needs {ocr.MIN_SCAN_DPI})"
            raise err
    missing = ocr.ocr_missing()
    if missing:
        err.message = f"{err.message}; {missing}: to read it by OCR, install it (`{ocr.INSTALL}`)"
        err.args = (err.message,)
        err.hint = f"`{ocr.INSTALL}`, then run again" + (f"; or {err.hint}" if err.hint else "")
        err.step = ConverterMissing.step
        raise err
    return ocr.read_scanned_pdf(path, source, lock=_PDFIUM_LOCK)


@dataclass
class _Pages:
    tables: list[RawTable] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    scanned: list[int] = field(default_factory=list)
    outlined: list[int] = field(default_factory=list)  # of the scanned: text drawn as outlines
    garbled: list[int] = field(default_factory=list)
    word_cuts: int = 0
    table_sized_pictures: int = 0  # pictures on pages with text, as large as a table (TABLE_PICTURE_SHARE)
    drawn: int = 0  # glyphs drawn, spaces aside (an unreadable text layer's OCR must answer for them)


def _read_pages(pdf: PageSource, source: SourceFile, *, cuts_anywhere: bool) -> _Pages:
    """Every page's tables and running text, one page at a time."""
    out = _Pages()
    previous: _Fragment | None = None
    tail = ""  # the text below the previous page's last table (or all its text): a caption overleaf
    # turned by a quarter: upright; emphasis marks and struck-through text out (extractors.decorations)
    for page, neighbours in with_neighbours(map(without_decorations, map(turn_upright, pages_of(pdf)))):
        furniture = furniture_chars(page, neighbours)
        fragments = page_to_fragments(page, source, first_index=len(out.tables) + 1, previous=previous,
                                      cuts_anywhere=cuts_anywhere, furniture=furniture)  # fmt: skip
        outside = _outside(page, [f.table.bbox for f in fragments if f.table.bbox])
        titles, tail = _captions(outside, [f.table.bbox for f in fragments], tail)
        spots = overprinted_spots(page.chars, furniture) if fragments else ()
        out.tables.extend(replace(f.table, caption=title,
                                  overprinted=spots_inside(spots, f.table.bbox) if f.table.bbox else (),
                                  cut_by_crop=_cut_by_crop(page, f.table.bbox))
                          for f, title in zip(fragments, titles))  # fmt: skip
        out.word_cuts += sum(f.word_cuts for f in fragments)
        previous = fragments[-1] if fragments else None
        out.texts.append(_chars_text(outside))
        scan = _is_scan(page)
        out.scanned += [page.number] if scan else []
        # a page without text that prints many glyph-sized filled paths draws its text as outlines
        out.outlined += [page.number] if scan and page.outlines >= OUTLINED_MIN else []
        out.garbled += [page.number] if _is_garbled(page) else []
        out.drawn += _drawn(page)
        if not scan:
            out.table_sized_pictures += sum(1 for x0, top, x1, bottom in page.images
                                            if x1 - x0 >= TABLE_PICTURE_SHARE[0] * page.width
                                            and bottom - top >= TABLE_PICTURE_SHARE[1] * page.height)  # fmt: skip
    return out


# A picture this share of its page's width and height or more could hold a catalog's table
# (docx.TABLE_PICTURE_CM on an A4 page: 10 of 21 cm wide, 5 of 29.7 cm high).
TABLE_PICTURE_SHARE = (0.45, 0.17)


def source_to_document(pdf: PageSource, source: SourceFile) -> Document:
    """Read every page of an open PDF, one at a time, into a Document."""
    count = pdf.page_count
    if count > MAX_PAGES:
        raise DocumentTooLarge(f"the PDF has {count} pages, over the cap of {MAX_PAGES}", file=source.path)
    if count == 0:
        raise UnreadableDocument("the PDF has no pages", file=source.path)
    read = _read_pages(pdf, source, cuts_anywhere=False)
    if read.word_cuts:
        # a page showed this producer cuts words anywhere: read every page so, the earlier ones too
        read = _read_pages(pdf, source, cuts_anywhere=True)
    tables, texts, scanned, garbled = read.tables, read.texts, read.scanned, read.garbled
    if read.outlined:  # whatever else is read, these pages print text no reader has (their glyphs' straight
        # strokes even make tables of nothing): one of them may be the catalog's
        raise TextAsOutlines(
            f"needs OCR: page(s) {_page_list(read.outlined)} of {count} draw their text as outlines (glyph paths), "
            "with no text layer", file=source.path,
        )  # fmt: skip
    if scanned and (len(scanned) * 2 >= count or not tables):
        raise NeedsOCR(f"needs OCR: {len(scanned)} of {count} pages are images without text", file=source.path)
    if _runs_into_a_picture(tables, scanned):
        last = max(t.page or 0 for t in tables)
        raise NeedsOCR(
            f"needs OCR: page(s) {_page_list(scanned)} of {count} are images without text, and the table on "
            f"page {last} is followed by one: the catalog may go on in the picture", file=source.path,
        )  # fmt: skip
    if garbled:  # one garbled page may be the catalog's: never read the rest as if it were complete
        unreadable = UnreadableTextLayer(
            f"text layer unreadable on page(s) {_page_list(garbled)} of {count}: the text decodes to glyph "
            "codes, private-use characters, punctuation, or letters drawn a full em wide as ideographs are "
            "(fonts without a ToUnicode map)",
            file=source.path, hint="ask the bureau for the DOCX or web page of the notice",
        )  # fmt: skip
        unreadable.glyphs = read.drawn
        raise unreadable
    text = "\n".join(t for t in texts if t)
    return Document(source=source, format="pdf", text=text, tables=tuple(tables), pages=count,
                    table_sized_pictures=read.table_sized_pictures)  # fmt: skip


TABLE_NEAR_PAGE_END = 0.8  # a table whose bottom is below this share of its page's height may go on overleaf


def _runs_into_a_picture(tables: Sequence[RawTable], scanned: Sequence[int]) -> bool:
    """The last table runs to the bottom of its page and the next page is a picture without
    text (a scanned page): the catalog may go on in it. A table that ends higher up (a stamped
    signature page scanned after it) is complete."""
    if not tables or not scanned:
        return False
    last = tables[-1]
    if last.page is None or last.page + 1 not in scanned:
        return False
    if last.bbox is None or not last.page_height:
        return True
    return last.bbox[3] >= TABLE_NEAR_PAGE_END * last.page_height


GARBLED_MIN_CHARS = 20  # fewer drawn characters (a seal, a page number) say nothing either way
GARBLED_MAX_READABLE = 0.5  # a real page is mostly letters, ideographs and digits


def _is_garbled(page: PageContent) -> bool:
    """Most drawn characters are undecoded glyph codes ("(cid:12)"), private-use code points or
    punctuation: the font maps its glyphs to nothing readable. Or letters are drawn as ideographs
    (_letters_as_ideographs): the text layer names other characters than the page shows."""
    if _letters_as_ideographs(page):
        return True
    drawn = [c.text for c in page.chars if c.text and not c.text.isspace()]
    if len(drawn) < GARBLED_MIN_CHARS:
        return False
    readable = sum(1 for t in drawn if not t.startswith("(cid:") and unicodedata.category(t[0])[0] in "LN"
                   and unicodedata.category(t[0]) != "Co")  # fmt: skip
    return readable < GARBLED_MAX_READABLE * len(drawn)


# A Latin letter or digit is at most about 0.9 em wide (W and M are the widest); a glyph a full em
# wide is an ideograph. A single-byte font without a ToUnicode map that draws ideographs (a CJK font
# subset under WinAnsi codes) gives their codes as letters: the page shows 工程师, the text layer
# says "ABC" (found by the unseen30 probe, after Word 2013's split fonts; published as a title, it
# was held back only by chance of the title list).
IDEOGRAPH_WIDE_EMS = 0.95
_WIDE_LETTERS = frozenset("WMwm")


def _letters_as_ideographs(page: PageContent) -> bool:
    """Two or more ASCII letters or digits in a row, in one font, each a full em wide (as wide as
    its box is high: the box's height, not `size`, which a page turned upright carries over from
    the glyph's advance)."""
    run = 0
    previous = ""
    for c in page.chars:
        em = c.bottom - c.top
        wide = (len(c.text) == 1 and c.text.isascii() and c.text.isalnum() and c.text not in _WIDE_LETTERS
                and em > 0 and c.upright and (c.x1 - c.x0) >= IDEOGRAPH_WIDE_EMS * em)  # fmt: skip
        run = run + 1 if wide and (run == 0 or c.fontname == previous) else (1 if wide else 0)
        previous = c.fontname
        if run >= 2:
            return True
    return False


# OCR of pages whose text layer does not decode must read at least this share of the glyphs the
# layer draws as letters or digits: else the glyphs draw no legible letters either (blocks, a
# private symbol font), and "no catalog" from the little OCR read would hide a document nothing could
# read (unseen16 probe: Type3 glyphs without ToUnicode, drawn as blocks, answered "no catalog").
OCR_MIN_GLYPH_SHARE = 0.2


def _drawn(page: PageContent) -> int:
    return sum(1 for c in page.chars if c.text and not c.text.isspace())


def _check_ocr_read_the_glyphs(doc: Document, err: UnreadableTextLayer) -> None:
    """Raise `err`, saying so, when OCR read far fewer letters and digits than the text layer draws
    glyphs (counted while the layer was read: err.glyphs)."""
    texts = [doc.text, *(cell or "" for table in doc.tables for row in table.rows for cell in row.cells)]
    read = sum(1 for text in texts for ch in text if unicodedata.category(ch)[0] in "LN" and unicodedata.category(ch) != "Co")
    if read >= OCR_MIN_GLYPH_SHARE * err.glyphs:
        return
    err.message = (f"{err.message}; OCR of the page pictures read {read} letters or digits for the {err.glyphs} "
                   "glyphs drawn: the glyphs draw no legible text either")  # fmt: skip
    err.args = (err.message,)
    raise err


def _page_list(pages: list[int]) -> str:
    return ", ".join(map(str, pages[:10])) + (f" … ({len(pages)} pages)" if len(pages) > 10 else "")


def _cut_by_crop(page: PageContent, bbox: BBox | None) -> bool:
    """Whether the page's crop box cuts through the table: a ruling crosses the table and runs on
    past the crop box's edge (found by probing: a crop box cutting away the right 15% of every
    page took the 所属系列 column out of sight, and the rows were published without it). A row
    printed wholly outside it (tonghua, unseen28) does not cut the table. A ruling that starts at
    the table's edge counts too: where a producer draws each cell's borders apart, the table found
    ends at the last column in sight and the cut row's ruling starts there (a page turned upright,
    tests/extractors/test_rotation.py)."""
    crop = page.crop
    if crop is None or bbox is None:
        return False
    x0, top, x1, bottom = bbox
    for e in page.edges:
        if e.orientation == "h" and top + 1 < e.top < bottom - 1 and e.x0 < x1 + 1 and e.x1 > x0 - 1:
            if e.x0 < crop[0] - 1 or e.x1 > crop[2] + 1:
                return True
        elif e.orientation == "v" and x0 + 1 < e.x0 < x1 - 1 and e.top < bottom + 1 and e.bottom > top - 1:
            if e.top < crop[1] - 1 or e.bottom > crop[3] + 1:
                return True
    return False


def _is_scan(page: PageContent) -> bool:
    drawn = sum(1 for c in page.chars if not c.text.isspace())
    return (bool(page.images) or page.outlines >= OUTLINED_MIN) and drawn < SCAN_MAX_CHARS


# --- tables ------------------------------------------------------------------------------

Cell = tuple[float, float, float, float]
Grid = list[tuple[Cell, list[Cell | None]]]  # per row: its band and its cells (None: merged)


@dataclass(frozen=True)
class _Fragment:
    """A table as printed on one page, with what the next page's fragment needs to know."""

    table: RawTable
    columns: tuple[float, ...]  # x of each column's left rule
    open_columns: frozenset[int]  # columns whose vertically merged cell runs off the bottom
    unruled: Columns | None = None  # an unruled table's columns, for the next page to go on with
    word_cuts: int = 0  # words cut mid-way though they would have fitted (see _Metrics.cuts_anywhere)


class _EdgePage:
    """The slice of a pdfplumber Page that TableFinder's "lines" strategy reads."""

    def __init__(self, page: PageContent) -> None:
        self.bbox = (0.0, 0.0, page.width, page.height)
        self.chars: list[dict[str, Any]] = []
        edges = close_cut_tables(clip_edges(page.edges, page.width, page.height))
        self.edges = [
            {"x0": e.x0, "x1": e.x1, "top": e.top, "bottom": e.bottom, "doctop": e.top,
             "width": e.x1 - e.x0, "height": e.bottom - e.top,
             "orientation": e.orientation, "object_type": e.kind}
            for e in edges
        ]
        self.cuts = [e.top for e in edges if e.kind == "synthetic"]  # where a page break cut a table open


def _without_furniture(chars: list[Char], grid: Grid, cuts: Sequence[float], furniture: frozenset[Char]) -> list[Char]:
    """The characters without the page's furniture that falls in a row a page break cut open at
    the page's foot (closed by a synthetic rule): a fixed footer or page number printed over the
    cut row's band. Every other row keeps all its text: a header row repeated at the same place
    on every page, at the top of a page, is the table's own."""
    if not furniture or not cuts:
        return chars
    open_bands = [(top, bottom) for (_, top, _, bottom), _ in grid if any(abs(y - bottom) <= 1 for y in cuts)]
    return [c for c in chars if c not in furniture or not any(top <= c.top <= bottom for top, bottom in open_bands)]


# A glyph this many times the size most of a table's glyphs have is printed over the table, not in
# it: a watermark (常州市人力资源和社会保障局 across the page, 仅供参考), which a CMS stamps on
# every page of an attachment. A title row in a table is printed at most about twice the body size.
WATERMARK_SIZE = 2.2


def _without_watermark(chars: list[Char], bbox: Sequence[float]) -> list[Char]:
    """The characters without those printed over the table at a watermark's size."""
    sizes = sorted(c.size for c in chars if bbox[0] <= c.x0 and c.x1 <= bbox[2] and bbox[1] <= c.top and c.bottom <= bbox[3])
    if not sizes:
        return chars
    limit = WATERMARK_SIZE * sizes[len(sizes) // 2]
    return [c for c in chars if c.size <= limit]


def clip_edges(edges: Sequence[Edge], width: float, height: float) -> list[Edge]:
    """Rulings as they show on the page: cut to the page box, those outside it dropped.

    Some producers (Qt WebKit) draw the whole table row that crosses a page break, running
    past the page edge, and draw it again on the next page; only the visible part counts.
    """
    out: list[Edge] = []
    for e in edges:
        x0, x1, top, bottom = max(e.x0, 0.0), min(e.x1, width), max(e.top, 0.0), min(e.bottom, height)
        if x0 > x1 or top > bottom or (e.orientation == "h" and x1 - x0 < 1) or (e.orientation == "v" and bottom - top < 1):
            continue
        out.append(e if (x0, x1, top, bottom) == (e.x0, e.x1, e.top, e.bottom)
                   else Edge(x0, top, x1, bottom, e.orientation, e.kind))
    return out


def close_cut_tables(edges: Sequence[Edge], tol: float = 3.0) -> list[Edge]:
    """Add the missing rule where a page break cut a table open (Chromium draws none there).

    Where three or more column rules end (or start) at one height, hang from a horizontal rule,
    no horizontal rule spans them there and no column rule goes on past that height, the table
    was cut: close it with a rule. A column rule going on (the next row's, or the side of a
    merged cell) shows a row boundary inside the table, where a vertically merged cell (rowspan)
    is drawn without a bottom rule: a rule across it would split it into empty cells.
    """
    # rules by height and column rules by x, looked up by bisection: a page drawn with thousands of
    # lines (a map, a chart's grid) made every height scan every rule (seconds a page)
    rules = sorted((e for e in edges if e.orientation == "h" and e.x1 - e.x0 >= tol), key=lambda e: e.top)
    tops = [h.top for h in rules]
    columns = [e for e in edges if e.orientation == "v" and e.bottom - e.top >= tol]
    by_x = sorted(columns, key=lambda e: e.x0)
    lefts = [v.x0 for v in by_x]

    def rules_at(y: float) -> list[Edge]:
        near = rules[bisect.bisect_left(tops, y - tol - 0.5) : bisect.bisect_right(tops, y + tol + 0.5)]
        return [h for h in near if abs(h.top - y) <= tol]

    added: list[Edge] = []
    for end, other in (("bottom", "top"), ("top", "bottom")):
        ends: dict[int, list[Edge]] = {}
        for v in columns:
            ends.setdefault(round(getattr(v, end)), []).append(v)
        for y, group in ends.items():
            xs = sorted(v.x0 for v in group)
            distinct = 1 + sum(1 for a, b in zip(xs, xs[1:]) if b - a > tol)
            if distinct < 3:
                continue
            anchored = any(rules_at(getattr(v, other)) for v in group)
            closed = any(h.x0 <= xs[0] + tol and h.x1 >= xs[-1] - tol for h in rules_at(y))
            inside = by_x[bisect.bisect_left(lefts, xs[0] - tol) : bisect.bisect_right(lefts, xs[-1] + tol)]
            if anchored and not closed and not _goes_on(inside, y, end == "bottom", tol):
                added.append(Edge(xs[0], float(y), xs[-1], float(y), "h", "synthetic"))
    return [*edges, *added]


def _goes_on(columns: Sequence[Edge], y: float, down: bool, tol: float) -> bool:
    """A column rule reaches past height `y` (below it when `down`, else above) from at or
    before it: the table goes on there."""
    if down:
        return any(v.bottom > y + tol and v.top <= y + tol for v in columns)
    return any(v.top < y - tol and v.bottom >= y - tol for v in columns)


def page_to_fragments(
    page: PageContent, source: SourceFile, *, first_index: int = 1, previous: _Fragment | None = None,
    cuts_anywhere: bool = False, furniture: frozenset[Char] = frozenset(),
) -> list[_Fragment]:
    """Find the page's ruled tables with pdfplumber's TableFinder and read their cells; on a
    page without ruled tables, a catalog printed without rulings (see extractors.unruled).
    `furniture`: the page's running header, footer and number (extractors.furniture)."""
    ruled = (_ruled_fragments(page, source, first_index=first_index, previous=previous, cuts_anywhere=cuts_anywhere,
                              furniture=furniture)
             if page.edges else [])  # fmt: skip
    if ruled and any(len(f.columns) > 1 for f in ruled) and not _stripes(ruled):
        return ruled
    # No ruled table, only one-column ones (boxes round whole rows, no column rules between
    # cells), or only one-row ones (shaded stripes under every other row). Then the rules may
    # still part the rows (extractors.unruled, `find_banded`).
    carried = previous.unruled if previous is not None else None
    rules = [Rule(e.x0, e.x1, e.top) for e in clip_edges(page.edges, page.width, page.height) if e.orientation == "h"]
    numbers = page_numbers(page, furniture)  # no line of a table's last row
    text = replace(page, chars=tuple(c for c in page.chars if c not in numbers)) if numbers else page
    found = find_unruled_tables(page_lines(text, chars_to_lines), page.width, carried, rules)
    if ruled and not found:
        return ruled
    return [_unruled_fragment(table, page, source, first_index + k, cuts_anywhere) for k, table in enumerate(found)]


def _stripes(ruled: Sequence[_Fragment]) -> bool:
    """Three or more tables of a row or two and nothing else: shading under every other row
    (the header's shading touching the first row's), not a grid."""
    return len(ruled) >= 3 and all(len(f.table.rows) <= 2 for f in ruled)


def _unruled_fragment(
    found: UnruledTable, page: PageContent, source: SourceFile, index: int, cuts_anywhere: bool = False
) -> _Fragment:
    """An unruled table as a fragment: its cells read with the same line-join rule as ruled ones."""
    printed = ([found.header] if found.header else []) + list(found.rows)
    bounds = found.columns.bounds
    # The right edge of a column's text is where its widest line ends: the rulings are not drawn.
    rights = [max((line.chars[-1].x1 for row in printed for line in row[j]), default=bounds[j + 1])
              for j in range(len(bounds) - 1)]  # fmt: skip
    boxes = [[(bounds[j], min((ln.top for ln in cell), default=0.0), bounds[j + 1],
               max((ln.bottom for ln in cell), default=0.0)) for j, cell in enumerate(row)] for row in printed]  # fmt: skip
    measured = _table_metrics([(box, [list(ln.chars) for ln in cell]) for brow, row in zip(boxes, printed)
                               for box, cell in zip(brow, row) if cell], cuts_anywhere)  # fmt: skip
    metrics = replace(measured, pad=0.0)
    rows: list[RawRow] = []
    ruled = [None] * (len(printed) - len(found.rows)) + list(found.bands or [None] * len(found.rows))
    for r, (row, brow, between) in enumerate(zip(printed, boxes, ruled), start=1):
        readings = [_cell_reading([list(ln.chars) for ln in cell], rights[j], metrics) for j, cell in enumerate(row)]
        tops = [b[1] for b, cell in zip(brow, row) if cell]
        bottoms = [b[3] for b, cell in zip(brow, row) if cell]
        # a row between two rules is the band they draw; else the box of its text
        top, bottom = between or (min(tops, default=0.0), max(bottoms, default=0.0))
        band = (bounds[0], top, bounds[-1], bottom)
        rows.append(RawRow(
            cells=tuple(text for text, _, _ in readings),
            ref=SourceRef(file=source.path, sha256=source.sha256, table=index, row=r, page=page.number, bbox=_round(band)),
            undecided=tuple((j, join) for j, (_, joins, _) in enumerate(readings) for join in joins),
        ))  # fmt: skip
    table = RawTable(index=index, rows=tuple(rows), page=page.number, bbox=_round(found.bbox), page_height=page.height)
    return _Fragment(table, bounds[:-1], frozenset(), unruled=found.columns, word_cuts=measured.word_cuts)


def _ruled_fragments(
    page: PageContent, source: SourceFile, *, first_index: int = 1, previous: _Fragment | None = None,
    cuts_anywhere: bool = False, furniture: frozenset[Char] = frozenset(),
) -> list[_Fragment]:
    edge_page = _EdgePage(page)
    finder = TableFinder(edge_page, TABLE_SETTINGS)  # type: ignore[arg-type]
    chars = [c for c in page.chars if c.upright]
    out: list[_Fragment] = []
    stacked = _in_column_order([part for table in finder.tables for part in split_stacked([list(row.cells) for row in table.rows])])
    for offset, rows_cells in enumerate(stacked):
        index = first_index + offset
        grid: Grid = [(_row_band(cells), cells) for cells in rows_cells]
        bbox = _cells_box([c for cells in rows_cells for c in cells if c is not None])
        mine = _without_watermark(_without_furniture(chars, grid, edge_page.cuts, furniture), bbox)
        read, word_cuts = _grid_to_texts(grid, mine, cuts_anywhere)
        texts: list[list[str | None]] = [[None if c is None else c[0] for c in row] for row in read]
        struck = _struck_rows(grid, texts, [c for c in page.struck if _inside(c, bbox)], cuts_anywhere)
        undecided = [tuple((j, join) for j, c in enumerate(row) if c is not None for join in c[1]) for row in read]
        tails = [tuple((j, c[2]) for j, c in enumerate(row) if c is not None and c[2] is not None) for row in read]
        columns = tuple(sorted({c[0] for cells in rows_cells for c in cells if c is not None}))
        if offset == 0 and previous is not None:
            _mark_carried_merges(grid, texts, columns, previous)
        rows = tuple(
            RawRow(cells=tuple(cells), ref=SourceRef(file=source.path, sha256=source.sha256, table=index,
                                                     row=r, page=page.number, bbox=_round(band)),
                   undecided=joins, open_tails=tail, across=across, struck=gone)
            for r, (band, cells, joins, tail, across, gone)
            in enumerate(zip(_row_boxes(grid), texts, undecided, tails, boxes_across(rows_cells), struck), start=1)
        )
        raw = RawTable(index=index, rows=rows, page=page.number, bbox=_round(bbox), page_height=page.height)
        out.append(_Fragment(raw, columns, _open_columns(grid, bbox[3]), word_cuts=word_cuts))
    return out


def _struck_rows(grid: Grid, texts: Sequence[Sequence[str | None]], struck: list[Char], cuts_anywhere: bool
                 ) -> list[tuple[str, ...]]:  # fmt: skip
    """Per row, its struck text per cell when it prints nothing else (RawRow.struck), else ()."""
    if not struck:
        return [()] * len(texts)
    read, _ = _grid_to_texts(grid, struck, cuts_anywhere)
    out: list[tuple[str, ...]] = []
    for row, gone in zip(texts, read):
        cells = tuple("" if c is None else clean_cell(c[0]) for c in gone)
        out.append(cells if not any(t for t in row if t) and any(cells) else ())
    return out


def _in_column_order(parts: list[list[list[Cell | None]]]) -> list[list[list[Cell | None]]]:
    """The page's tables in reading order: a page set in text columns (a notice printed two
    columns a page) is read column by column, left first, each from its top; tables that share
    any horizontal stretch are one column, in their order down the page (found by the unseen11
    probe: a catalog going on at the top of the right column was met before its own header, low in
    the left one, and its rows were dropped)."""
    boxes = [_cells_box([c for cells in part for c in cells if c is not None]) for part in parts]
    order = sorted(range(len(parts)), key=lambda i: boxes[i][0])
    band_of: dict[int, int] = {}
    band, right = -1, float("-inf")
    for i in order:
        if boxes[i][0] >= right - 1.0:  # clear of every table left of it: the next text column
            band += 1
        right = max(right, boxes[i][2]) if boxes[i][0] < right - 1.0 else boxes[i][2]
        band_of[i] = band
    if band < 1:
        return parts
    return [parts[i] for i in sorted(range(len(parts)), key=lambda i: (band_of[i], boxes[i][1]))]


def _cells_box(cells: Sequence[Cell]) -> Cell:
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def split_stacked(rows: Sequence[Sequence[Cell | None]], tol: float = 2.0) -> list[list[list[Cell | None]]]:
    """A ruled grid cut into the tables stacked in it, each on its own columns.

    Two tables printed one right under the other (a web page's table cut in two, each laid out
    to its own widths) touch, and the line finder reads them as one grid on the union of their
    column rules: a cell of the lower table then starts in a column the upper one's header spans,
    and the column under that header is empty, as if merged from above (found by the unseen9
    probe: 4 rows published with the qualification of the row above them). A boundary that no
    cell crosses, with a column rule above it that no row below has and one below that no row
    above has, separates two tables; a header or section row that spans columns has only rules
    the other rows have too, and stays."""
    cut = [0]
    for r in range(1, len(rows)):
        above = [c for row in rows[cut[-1] : r] for c in row if c is not None]
        below = [c for row in rows[r:] for c in row if c is not None]
        top = min((c[1] for c in rows[r] if c is not None), default=None)
        if top is None or not above or any(c[3] > top + tol for c in above):
            continue  # a merged cell runs across the boundary: one table
        rules_above, rules_below = _rules(above), _rules(below)
        if _lacks(rules_below, rules_above, tol) and _lacks(rules_above, rules_below, tol):
            cut.append(r)
    cut.append(len(rows))
    return [_own_columns(rows[a:b], tol) for a, b in zip(cut, cut[1:])]


def _rules(cells: Sequence[Cell]) -> set[float]:
    return {x for c in cells for x in (c[0], c[2])}


def _lacks(rules: set[float], others: set[float], tol: float) -> bool:
    """Some rule of `others` is not among `rules`."""
    return any(all(abs(x - y) > tol for y in rules) for x in others)


def _own_columns(rows: Sequence[Sequence[Cell | None]], tol: float) -> list[list[Cell | None]]:
    """Rows re-indexed on the columns their own cells start at (None: a merged cell covers it)."""
    lefts: list[float] = []
    for x in sorted(c[0] for row in rows for c in row if c is not None):
        if not lefts or x - lefts[-1] > tol:
            lefts.append(x)
    return [[next((c for c in row if c is not None and abs(c[0] - x) <= tol), None) for x in lefts] for row in rows]


def _row_band(cells: Sequence[Cell | None]) -> Cell:
    # A row's own band: a merged cell would stretch it over the rows it covers.
    real = [c for c in cells if c is not None]
    return (min(c[0] for c in real), min(c[1] for c in real), max(c[2] for c in real), min(c[3] for c in real))


def _row_boxes(grid: Grid) -> list[Cell]:
    """Each row's box: its band, across every cell that covers it, merged cells (rowspan) too,
    so a row under a merged cell spans the table as the others do."""
    cells = [c for _, row_cells in grid for c in row_cells if c is not None]
    boxes: list[Cell] = []
    for band, _ in grid:
        over = [c for c in cells if c[1] <= band[1] + 1 and c[3] >= band[3] - 1] or [band]
        boxes.append((min(c[0] for c in over), band[1], max(c[2] for c in over), band[3]))
    return boxes


def _open_columns(grid: Grid, table_bottom: float) -> frozenset[int]:
    """Columns where a cell spanning several rows reaches the fragment's bottom."""
    last_top = grid[-1][0][1]
    lefts = sorted({c[0] for _, cells in grid for c in cells if c is not None})
    spanning = [c for _, cells in grid for c in cells
                if c is not None and c[1] < last_top - 1 and c[3] >= table_bottom - 1]
    return frozenset(j for j, x in enumerate(lefts) if any(c[0] <= x < c[2] for c in spanning))


def _mark_carried_merges(grid: Grid, texts: list[list[str | None]], columns: tuple[float, ...],
                         previous: _Fragment) -> None:
    """Blank cells that continue a merged cell from the previous page become None (merged).

    Producers print a merged cell's text only where it starts; the part that runs onto the
    next page is drawn as an empty cell. It is taken as a continuation when the previous
    page's table has the same columns and its merged cell ran off the bottom there, or when
    the blank cell itself spans several rows: a later row ruled in two or more columns starts
    inside it. (Chromium draws a merged cell continued from the page before shorter than the
    rows it covers; the strip left below it is a "row" of that one column, not a row.)
    """
    same = len(columns) == len(previous.columns) and all(
        abs(a - b) <= 2 for a, b in zip(columns, previous.columns))
    if not same or not texts:
        return
    first = 1 if len(texts) > 1 and texts[0] == list(previous.table.rows[0].cells) else 0
    starts = [band[1] for band, cells in grid[first + 1 :] if sum(c is not None for c in cells) >= 2]
    for j, (cell, text) in enumerate(zip(grid[first][1], texts[first])):
        if cell is None or text != "":
            continue
        if j in previous.open_columns or any(cell[1] + 1 < y < cell[3] - 1 for y in starts):
            texts[first][j] = None


def _round(bbox: Sequence[float]) -> BBox:
    x0, top, x1, bottom = (round(float(v), 2) for v in bbox)
    return (x0, top, x1, bottom)


def _inside(char: Char, box: Sequence[float]) -> bool:
    # The centre test pdfplumber's Table.extract uses, so both assign the same chars.
    h_mid, v_mid = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    return box[0] <= h_mid < box[2] and box[1] <= v_mid < box[3]


_Reading = tuple[str, tuple[str, ...], "bool | None"]  # text, undecided joins, open tail (see _open_tail)


def _grid_to_texts(grid: Grid, chars: list[Char], cuts_anywhere: bool = False) -> tuple[list[list[_Reading | None]], int]:
    """Cell readings of a table: None where a merged cell covers the position."""
    cells: list[tuple[Cell, list[list[Char]]]] = []
    # Chars by the height of their centre, so that each row looks only at its own band (the
    # same centre test as _inside, kept in the page's order): was rows x chars tests a table.
    middle = [(c.top + c.bottom) / 2 for c in chars]
    by_middle = sorted(range(len(chars)), key=middle.__getitem__)
    middles = [middle[i] for i in by_middle]
    for _, row_cells in grid:
        real = [c for c in row_cells if c is not None]
        extent = (real[0][0], min(c[1] for c in real), real[-1][2], max(c[3] for c in real))
        band = by_middle[bisect.bisect_left(middles, extent[1]):bisect.bisect_left(middles, extent[3])]
        row_chars = [chars[i] for i in sorted(band) if _inside(chars[i], extent)]  # fewer tests per cell
        per_cell = _overflow_to_its_cell([(cell, [c for c in row_chars if _inside(c, cell)]) for cell in real])
        cells.extend((cell, chars_to_lines(own)) for cell, own in per_cell)
    metrics = _table_metrics(cells, cuts_anywhere)
    texts = iter(_cell_reading(lines, box[2] - metrics.pad, metrics) for box, lines in cells)
    return [[None if cell is None else next(texts) for cell in row_cells] for _, row_cells in grid], metrics.word_cuts


OVERFLOW_TOUCH = 0.5  # pt: glyphs of one word touch; a cell's own text keeps its padding from the rule
OVERFLOW_REACH = 4.0  # pt past the rule where an overhanging glyph may start (the "-" of "…/-" in Typst)


def _is_ideograph(text: str) -> bool:
    return bool(text) and unicodedata.category(text[0]) == "Lo" and is_cjk(text[0])


def _overflow_to_its_cell(cells: list[tuple[Cell, list[Char]]]) -> list[tuple[Cell, list[Char]]]:
    """Glyphs that ran past a cell's right rule into its neighbour go back to their cell: a
    producer that never breaks before "/" or a closing bracket lets them overhang ("…mechaniker/-"
    over the rule in Typst, "（ASCP）" in ReportLab), and the centre test gives them to the next
    column. Such a glyph starts within a point or so of the rule and touches the glyph before it
    on the same line; the neighbour's own text starts after its padding."""
    out = [(box, list(own)) for box, own in cells]
    for (left_box, left), (right_box, right) in zip(out, out[1:]):
        if abs(left_box[2] - right_box[0]) > 1:
            continue  # not side by side
        for c in sorted(right, key=lambda ch: ch.x0):
            if c.x0 > right_box[0] + OVERFLOW_REACH or c.text in SPACES or _is_ideograph(c.text):
                continue  # past any padding, or the neighbour's own (an ideograph never overhangs: it may break anywhere)
            line = [g for g in left if g.bottom > c.top and g.top < c.bottom and g.x1 <= c.x0 + OVERFLOW_TOUCH]
            if line and abs(c.x0 - max(g.x1 for g in line)) <= OVERFLOW_TOUCH:
                right.remove(c)
                left.append(c)
    return out


def _cell_reading(lines: Sequence[Sequence[Char]], content_right: float, m: _Metrics) -> _Reading:
    lines = _without_end_marker(lines)
    text, undecided = lines_to_cell(lines, content_right, m)
    return text, undecided, _open_tail(lines, content_right, m)


def _without_end_marker(lines: Sequence[Sequence[Char]]) -> Sequence[Sequence[Char]]:
    """The cell's lines without footnote markers: up to three glyphs of digits, reference signs or
    small roman numerals (LibreOffice's endnotes: i, ii) set superscript, smaller than the line's
    text (at most 3/4 of its size) and raised (their foot above the line's by a quarter of its
    size), after the text they mark and before a space or the line's end: "…Professional)¹",
    "工程师³", "美国临床病理学学会⁴ (American …)" (the DOCX reader drops the same markers,
    extractors/docx.py; core/cells.is_footnote_marker). A marker raised so far that it makes a
    line of its own is measured against the line before it (found by the unseen28 probe:
    `会计师2`, the 2 set 0.6 em up)."""
    out = [list(line) for line in lines]
    for n, line in enumerate(out):
        body = [c for c in line if c.text not in SPACES]
        if n and body and len(body) <= 3 and _is_marker_run(body, out[n - 1]) and body[0].x0 >= out[n - 1][-1].x1 - 1:
            marker = "".join(c.text for c in body)
            if is_footnote_marker(marker, line_to_text(out[n - 1])) or _ROMAN_MARKER.fullmatch(marker):
                out[n] = []
                continue
        out[n] = _without_markers_in(line)
    return [line for line in out if line]


_ROMAN_MARKER = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|x)")


def _is_marker_run(run: Sequence[Char], reference: Sequence[Char]) -> bool:
    """The glyphs are set as a superscript against the glyphs of `reference` (smaller, raised)."""
    measure = _line_measure(reference)
    return measure is not None and all(_is_marker_glyph(c, *measure) for c in run)


def _line_measure(line: Sequence[Char]) -> tuple[float, float] | None:
    """The line's usual glyph size and foot (medians), or None for fewer than two glyphs."""
    body = [c for c in line if c.text not in SPACES]
    if len(body) < 2:
        return None
    # the foot is the box's bottom: pdfminer's baseline (Char.base) leaves out a text rise, and the
    # box keeps it (extractors/pdfpage.descents_by_font)
    return sorted(c.size for c in body)[len(body) // 2], sorted(c.bottom for c in body)[len(body) // 2]


def _is_marker_glyph(c: Char, size: float, foot: float) -> bool:
    return (c.size <= 0.75 * size and c.bottom <= foot - 0.25 * size
            and bool(FOOTNOTE_MARKER.fullmatch(c.text) or (c.text and c.text in "ivx")))  # fmt: skip


def _without_markers_in(line: list[Char]) -> list[Char]:
    """The line without the superscript footnote markers that follow its text and stand before a
    space or its end."""
    measure = _line_measure(line)
    if measure is None:
        return line
    out, j = list(line), 0
    while j < len(out):
        if not _is_marker_glyph(out[j], *measure):
            j += 1
            continue
        k = j
        while k < len(out) and k - j < 3 and _is_marker_glyph(out[k], *measure):
            k += 1
        marker, before = "".join(c.text for c in out[j:k]), line_to_text(out[:j])
        if (j and out[j - 1].text not in SPACES and (k == len(out) or out[k].text in SPACES)
                and (is_footnote_marker(marker, before) or _ROMAN_MARKER.fullmatch(marker))):  # fmt: skip
            del out[j:k]
        else:
            j = k
    return out


def _open_tail(lines: Sequence[Sequence[Char]], content_right: float, m: _Metrics) -> bool | None:
    """Whether the cell's last word may go on in the next printed row (a page break split the
    row): the last line is one unbroken run that fills the line to within a glyph, like a word
    broken mid-way (rule 3 of `_line_separator`). None: it cannot; True/False: it can, and
    whether the geometry decides it (a dropped space would have been painted)."""
    if not lines or lines[-1][-1].text in SPACES or " " in line_to_text(lines[-1]).strip():
        return None
    last = lines[-1][-1]
    room = content_right - last.x1
    if m.cuts_anywhere and last.text[-1:].isalnum() and not is_cjk(last.text[-1]) and room < m.space(last) + last.size:
        return False  # a producer that cuts words anywhere may have cut this one at the page end: undecided
    # the next glyph is on another page, so its width is unknown: up to an em ("M") may not fit
    if is_cjk(last.text[-1]) or last.text[-1] in BREAK_AFTER or room >= last.size:
        return None
    space = m.space(last)
    return m.draws_trailing_spaces and room >= space


# --- cell text -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Metrics:
    """What the line-join rule needs to know about a table as a whole."""

    pad: float  # inner padding between the ruling and the text, both sides
    space_widths: dict[str, float]  # width of a space glyph, per font
    draws_trailing_spaces: bool  # the producer paints a line's trailing space when it fits
    sized_spaces: dict[float, float] = field(default_factory=dict)  # per font size, any font's space
    fixed_widths: dict[str, float] = field(default_factory=dict)  # fixed-width fonts: their advance
    # The producer cuts Latin words anywhere to fill a line (ReportLab's CJK wrapping, Word's "allow
    # Latin text to wrap in the middle of a word"): geometry then cannot tell a cut from a space.
    cuts_anywhere: bool = False
    word_cuts: int = 0  # the evidence: breaks inside a word whose piece would have fitted whole

    def space(self, char: Char) -> float:
        """How wide a space after `char` would be, measured from the glyphs themselves: the
        font's own space glyph; else a space of the same size in another subset of the
        document (a producer may draw spaces in a font of their own); else, in a fixed-width
        font, one advance; else a quarter of the size (a typical proportional space)."""
        if char.fontname in self.space_widths:
            return self.space_widths[char.fontname]
        if round(char.size, 1) in self.sized_spaces:
            return self.sized_spaces[round(char.size, 1)]
        return self.fixed_widths.get(char.fontname, 0.25 * char.size)


def _table_metrics(cells: Sequence[tuple[Cell, list[list[Char]]]], cuts_anywhere: bool = False) -> _Metrics:
    # Padding is taken as the smallest left inset over the table: left-aligned text sits
    # right at it, and table styles pad both sides alike. The first column's is not counted
    # where others exist: LibreOffice prints a table in a text box with its outer left padding
    # lost (text at the rule), while every cell keeps its right padding.
    left = min((box[0] for box, lines in cells if lines), default=0.0)
    inner = [(box, lines) for box, lines in cells if lines and box[0] > left + 1.0]
    insets = [min(c.x0 for c in lines[0]) - box[0] for box, lines in (inner or cells) if lines]
    widths: dict[str, float] = {}
    sized: dict[float, float] = {}
    advances: dict[str, set[float]] = {}
    letters: dict[str, set[str]] = {}
    trailing = False
    for _, lines in cells:
        for n, line in enumerate(lines):
            for c in line:
                if c.text in SPACES and c.x1 > c.x0:
                    widths.setdefault(c.fontname, c.x1 - c.x0)
                    sized.setdefault(round(c.size, 1), c.x1 - c.x0)
                elif c.text.isascii() and c.text.isalpha():
                    advances.setdefault(c.fontname, set()).add(round(c.x1 - c.x0, 1))
                    letters.setdefault(c.fontname, set()).add(c.text)
            trailing = trailing or (n < len(lines) - 1 and line[-1].text in SPACES)
    # A font whose Latin letters (i and m alike) all advance the same is fixed-width.
    fixed = {font: next(iter(a)) for font, a in advances.items() if len(a) == 1 and len(letters[font]) >= 4}
    pad = max(0.0, min(insets, default=0.0))
    cuts = sum(_cut_though_it_fitted(lines[n - 1], lines[n], box[2] - pad) for box, lines in cells for n in range(1, len(lines)))
    return _Metrics(pad=pad, space_widths=widths, draws_trailing_spaces=trailing, sized_spaces=sized,
                    fixed_widths=fixed, cuts_anywhere=cuts_anywhere or cuts > 0, word_cuts=cuts)  # fmt: skip


def _cut_though_it_fitted(prev: Sequence[Char], nxt: Sequence[Char], content_right: float) -> bool:
    """A break inside an English word ("Institut|e", "Membershi|p") on a full line whose last
    piece would have fitted on the next line whole: no renderer that breaks words only where
    they are wider than the line does this, so this producer cuts words anywhere."""
    ink = [c for c in prev if c.text not in SPACES]
    first = next((c for c in nxt if c.text not in SPACES), None)
    if not ink or first is None or prev[-1].text in SPACES:
        return False
    last = ink[-1]
    if last.text[-1:] in OPENERS and first.text[:1].isalnum() and len(ink) > 1 and is_cjk(ink[-2].text[-1]):
        return True  # no line breaking rule breaks after an opening bracket that could have moved: "协会（|ACRP）"
    tail = [c for c in ink if c.x0 >= _last_break_x(prev)]
    if not tail or tail[0] is ink[0] or (last.x1 - tail[0].x0) + _lead_width(nxt) > content_right - ink[0].x0:
        return False  # the piece was as wide as the line: any renderer cuts it ("Engineers(|IME))")
    if last.text[-1:] in OPENERS and first.text[:1].isalnum():
        return True  # "Society (|ASM)": the bracket would have gone to the next line with its word
    if content_right - last.x1 >= first.x1 - first.x0:
        return False  # the next glyph would have fitted: not a full line
    before = "".join(c.text for c in tail)
    after = line_to_text(nxt).strip()
    end = len(before) - len(before.lstrip("([{")) if before[:1] in "([{" else 0
    piece = before[end:]
    following = after[: len(after) - len(after.lstrip("abcdefghijklmnopqrstuvwxyz"))]
    return bool(following) and cut_word(piece, following)


def chars_to_lines(chars: Iterable[Char]) -> list[list[Char]]:
    """Group a cell's chars into lines by vertical overlap, each sorted left to right.

    Overlap (not equal `top`) keeps superscripts, subscripts and mixed fonts on their line.
    """
    lines: list[tuple[list[float], list[Char]]] = []
    for char in sorted(chars, key=lambda c: c.top):
        text = _char_text(char.text)
        if not text:
            continue
        char = Char(text, char.x0, char.x1, char.top, char.bottom, char.size, char.fontname, char.upright, char.base)
        for band, members in reversed(lines[-3:]):
            overlap = min(band[1], char.bottom) - max(band[0], char.top)
            if overlap >= 0.5 * min(band[1] - band[0], char.bottom - char.top):
                members.append(char)
                band[0], band[1] = min(band[0], char.top), max(band[1], char.bottom)
                break
        else:
            lines.append(([char.top, char.bottom], [char]))
    return [lowered_small_caps(_dedupe(sorted(m, key=lambda c: c.x0))) for _, m in lines
            if any(not c.text.isspace() for c in m)]  # fmt: skip


# Skia (Chromium) writes a text layer from the font's cmap, so 工/人/车/食/青 come out as the
# look-alike radicals or strokes that share their glyph, and "fi" as a ligature. Notices never use
# those code points, so fold them back: radicals and strokes by Unicode's Equivalent_Unified_Ideograph
# (extractors/data/EquivalentUnifiedIdeograph.txt, Unicode 15.0 from Debian's unicode-data, under
# Unicode's terms of use: Python's unicodedata lacks the property; the twentieth session's list of
# 28 had missed ⻘, read for 青 in unseen22's 青海), ligatures by NFKC.
def _equivalent_ideographs() -> dict[str, str]:
    out: dict[str, str] = {}
    text = resources.files("extractors.data").joinpath("EquivalentUnifiedIdeograph.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        points, target = (field.strip() for field in body.split(";"))
        first, _, last = points.partition("..")
        out.update((chr(cp), chr(int(target, 16))) for cp in range(int(first, 16), int(last or first, 16) + 1))
    return out


# The figure dash (U+2012, for digits in phone numbers) shares the en dash's glyph in Noto's fonts,
# and Skia writes the lower code point: `Architect ‒ Professional` for `… – …` (unseen22).
# The Kangxi radical DOOR ⼾ shares its glyph with simplified 户 in Noto Sans and Serif CJK SC (with
# 戶 in TC, which publishes as 户 all the same): Unicode's equivalent 戶 had made a Chromium print of
# 户籍 read 戶籍 (measured on Chromium 156's prints; unseen33's yearbook).
# The angle brackets 〈〉 (U+3008/9) come out as U+2329/232A, their canonical equivalents (NFC folds them), which are no
# CJK punctuation to the line joins: `凭祥市 〈区域…〉 成员国` (a Chromium print, probe round unseen41).
_RADICALS = {**_equivalent_ideographs(), "\u2012": "\u2013", "\u2f3e": "\u6237", "\u2329": "\u3008", "\u232a": "\u3009"}


def _char_text(text: str) -> str:
    if not any(ch in _RADICALS or "\ufb00" <= ch <= "\ufb06" for ch in text):
        return text
    return "".join(_RADICALS.get(ch) or unicodedata.normalize("NFKC", ch) for ch in text)


def _dedupe(line: list[Char]) -> list[Char]:
    # Fake bold draws each glyph twice at almost the same spot (not the same glyph in the same
    # place on the line below, which a line of centred cells can take in).
    out: list[Char] = []
    for c in line:
        if (out and c.text == out[-1].text and abs(c.x0 - out[-1].x0) < 0.3 * max(c.x1 - c.x0, 0.1)
                and abs(c.top - out[-1].top) < 0.3 * max(c.bottom - c.top, 0.1)):  # fmt: skip
            continue
        out.append(c)
    return _without_phantom_spaces(out)


def _without_phantom_spaces(line: list[Char]) -> list[Char]:
    """The line without space glyphs that take no room: the next glyph starts where the space
    does (within a tenth of its width). Chromium writes a soft hyphen that does not break the line
    (HTML &shy;, "Antriebs&shy;technik") as a space glyph drawn under the next letter; a typed space
    moves the next glyph on by its width (found by the unseen25 probe: "Antriebs technik"). The
    spaces PDFium's reader puts back start well before the next glyph and stay."""
    return [c for k, c in enumerate(line)
            if not (c.text in SPACES and k + 1 < len(line) and line[k + 1].text not in SPACES
                    and line[k + 1].x0 < c.x0 + 0.1 * (c.x1 - c.x0))]  # fmt: skip


# Between two ideographs a space is a glyph the producer drew, not a gap: a justified line (两端对齐,
# Word's default for Chinese; Chromium and LibreOffice justify a wrapped line so) spreads its
# ideographs apart, up to about an em (found by the unseen18 probe: "美 国 材 料 信 息 协 会" was
# read from a Word page's print). A gap wider than this many ems is layout (a tab, two fields).
IDEOGRAPH_GAP_EMS = 1.5
# Between an ideograph and a Latin letter or digit LibreOffice leaves 0.19-0.215 em where no space
# was typed (its spacing between Asian and non-Asian text), and a space glyph it does not draw is
# 0.25 em (Times, Liberation Serif) to 0.35 em wide. Measured over the LibreOffice test PDFs: two
# groups, 0.19-0.21 and 0.31-0.35 em (`LEED绿色建筑` had been read `LEED 绿色建筑`: unseen22).
MIXED_SCRIPT_GAP_EMS = 0.23


def _gap_is_space(prev: Char, c: Char, tracking: float = 0.0) -> bool:
    """The gap between two glyphs of a line is as wide as a space would be (between two
    ideographs, as wide as layout leaves, not justification; between an ideograph and Latin,
    wider than the spacing a producer adds between scripts; between two Latin glyphs, wider
    than a space beyond the line's letter spacing, `tracking`)."""
    size = min(c.size, prev.size)
    before, after = _is_ideograph(prev.text[-1:]), _is_ideograph(c.text[:1])
    if before and after:
        return c.x0 - prev.x1 > IDEOGRAPH_GAP_EMS * size
    if before != after and (prev.text[-1:] + c.text[:1]).isalnum():
        return c.x0 - prev.x1 > MIXED_SCRIPT_GAP_EMS * size
    return c.x0 - prev.x1 - tracking > 0.2 * size


# Letter spacing (a PDF's Tc, Word's 字符间距 加宽) moves every glyph of a line on by the same amount:
# the line's own gaps between Latin letters say how much, and a space is that much wider again
# (found by the unseen28 probe: `NACE` set 0.2 em apart read as `NA CE`). At least this many gaps.
TRACKING_MIN_GAPS = 3


def _tracking(line: Sequence[Char]) -> float:
    """The line's letter spacing: the median gap between consecutive Latin letters and digits (0
    for a line with fewer than TRACKING_MIN_GAPS of them, or tighter than its glyph boxes)."""
    gaps = [c.x0 - p.x1 for p, c in zip(line, line[1:])
            if p.text.isascii() and c.text.isascii() and p.text.isalnum() and c.text.isalnum()]  # fmt: skip
    return max(statistics.median(gaps), 0.0) if len(gaps) >= TRACKING_MIN_GAPS else 0.0


def line_to_text(line: Sequence[Char]) -> str:
    """A line's text: glyphs in order, a space where a gap is as wide as a space would be."""
    out: list[str] = []
    prev: Char | None = None
    tracking = _tracking(line)
    for c in line:
        if prev is not None and _gap_is_space(prev, c, tracking) and not (c.text in SPACES or prev.text in SPACES):
            out.append(" ")
        out.append(c.text)
        prev = c
    return "".join(out)


def lines_to_text(lines: Sequence[Sequence[Char]], content_right: float, metrics: _Metrics) -> str:
    """Join a cell's lines, deciding from geometry whether each line break hid a space."""
    return lines_to_cell(lines, content_right, metrics)[0]


def lines_to_cell(
    lines: Sequence[Sequence[Char]], content_right: float, metrics: _Metrics
) -> tuple[str, tuple[str, ...]]:
    """The cell's text, and the line breaks the geometry could not decide ("Examiners|for")."""
    text = ""
    undecided: list[str] = []
    for n, line in enumerate(lines):
        body = clean_cell(line_to_text(line))
        if n:
            separator, decided = _line_separator(lines[n - 1], line, content_right, metrics)
            text += separator
            if not decided:
                undecided.append(f"{text.rstrip().rsplit(' ', 1)[-1]}|{separator}{body.split(' ', 1)[0]}")
        text += body
    return clean_cell(text), tuple(undecided)


def _line_separator(
    prev: Sequence[Char], nxt: Sequence[Char], content_right: float, m: _Metrics
) -> tuple[str, bool]:
    """"" or " " between two wrapped lines of one cell, and whether the geometry decided it.

    A break hides whether a space stood there. A renderer breaks at a space only when the
    next word does not fit; without a space it breaks only between CJK characters, after a
    hyphen or slash, or inside a word that is wider than the whole line (then the broken
    fragment fills the line from its start and the next glyph would not fit). So the break
    is read as a space (the rule for wraps of unknown geometry, as join_wrapped does) unless
    the geometry proves otherwise:
    1. a space glyph drawn at the end of the line: a space;
    2. CJK on both sides (looking through brackets): no space;
    3. a word broken inside (no break opportunity here, the line is one unbroken run, the next
       glyph, or the next line's first piece that may not be broken, would not have fitted, and
       the next line does not open with a capital or bracket after a lower-case letter): no space
       ("Handelskamm|ertag", "Mechatroniker|/-in", "Engineer|s（美": no break after an opening
       bracket, so "s（美" moves as one piece). A
       one-word line that happens to end within a glyph of the edge and is followed by a
       lower-case word ("Association|of") looks the same: that case is read as a broken word;
    4. no break opportunity, and no word was broken (the next glyph would have fitted, a capital
       starts a word, or the piece would have moved to the next line whole): a space stood
       there or the break was typed in the cell (Shift+Enter, a paragraph): a space;
    4b. the producer paints trailing spaces that fit (seen in this table: LibreOffice does) and
       one would have fitted here but none was painted: no space ("Elektroniker/-|in");
    5. a line ending in a hyphen or slash from a producer that never paints trailing spaces
       (Chromium): undecidable, read as a compound ("ACRP-|MDP"), the common case in names.
    6. Latin next to CJK: where the next piece would have fitted, the break was typed, a space
       (6a); otherwise, with no painted space to tell (a producer that paints none, or no room
       for one), read as a space, undecided.
    Left undecided, e.g. LibreOffice's "Maschinen-|und" where the space would not have fitted,
    the break stays a space (as published: "Elektroniker/-in-Maschinen- und Antriebstechnik").
    Rule 3 is decided only where a dropped space would have been painted (rule 4's evidence);
    rule 5 and the hyphen default never are: the caller reports those joins for a check.
    """
    ink = [c for c in prev if c.text not in SPACES]
    first = next(c for c in nxt if c.text not in SPACES)
    if not ink or prev[-1].text in SPACES:
        return " ", True
    last = ink[-1]
    a, b = last.text[-1], first.text[0]
    if is_cjk(a.rstrip(CLOSERS) or _last_letter(ink)) and is_cjk(_first_letter(nxt)):
        return "", True  # brackets belong to the run they enclose: "所属系列|(专业)" has no space
    if b in FULL_WIDTH_OPENERS or a in FULL_WIDTH_CLOSERS:
        return "", True  # a full-width bracket carries its own spacing: "委员会|（U.S. …）"
    if a in OPENERS:
        return "", True  # nothing is typed after an opening bracket: "（|ACRP）" (a renderer that breaks anywhere)
    if ink[-2:] and "".join(c.text for c in ink[-2:]).endswith("/-") and b.islower():
        return "", True  # the German gender ending "Mechatroniker/-|in" never takes a space
    if gender_ending(_ink_text(ink), _first_word(nxt)):
        # "Elektroniker|/-in", "Pharmakant/|-in": no space either, whatever the geometry says (a
        # narrow cell cuts the word there); reported as a join, which the word list settles
        return "", False
    # Line breaking (UAX #14) never breaks before a hyphen or a closing bracket: a line that
    # starts with a hyphen after a letter broke at a space ("Elektroniker/-in|-Betriebsstechnik"),
    # and one that starts with a closing bracket or a colon, comma … was cut where no space stood
    # ("(IME)|)", "Mechanical|: HVAC").
    room = content_right - last.x1
    if m.cuts_anywhere and a.isalnum() and b.isalnum() and not (is_cjk(a) or is_cjk(b)):
        return _cut_anywhere_separator(a, b, room, m.space(last) + (first.x1 - first.x0))
    if b in "-\u2010" and a.isalnum():
        # certain only if the hyphen would have fitted: on a full line a word too wide for it may
        # have been cut before its hyphen ("Maschinen|- und" for "Maschinen- und")
        return " ", room >= first.x1 - first.x0
    if b in CLOSERS or b in NO_BREAK_BEFORE:
        return "", True
    opportunity = a in BREAK_AFTER and b not in BREAK_AFTER
    if a == "/" and len(prev) >= 2 and (prev[-2].text in SPACES or _gap_is_space(prev[-2], prev[-1])):
        # a slash spaced before is spaced after: "初级：助理工程师 /|中级：工程师" (unseen23)
        return " ", True
    one_run = " " not in line_to_text(ink).strip()
    # A capital or an opening bracket after a lower-case letter starts a new word, as does a
    # letter after a colon or comma ("Computer:|Electrical").
    word_start = (a.islower() and b.isupper()) or (b == "(" and (a.isalnum() or a in CLOSERS)) or (
        a in ":;," and b.isalpha())
    space = m.space(last)
    space_would_show = m.draws_trailing_spaces and room >= space
    # A renderer breaks a word only when it is wider than the whole line: a line with a space,
    # hyphen or slash before its last piece would have carried the piece whole to the next line.
    tail = [c for c in ink if c.x0 >= _last_break_x(prev)]
    piece_fits = bool(tail) and tail[0] is not ink[0] and (last.x1 - tail[0].x0) + _lead_width(nxt) <= content_right - ink[0].x0
    cut = room < first.x1 - first.x0 or room < _bracket_bound_lead(nxt)
    if not opportunity and one_run and not (is_cjk(a) or is_cjk(b) or word_start or piece_fits) and cut:
        return "", space_would_show
    if opportunity and _lead_width(nxt) <= room and _lead_ends(nxt, content_right):
        # The next piece would have fitted after the hyphen: no renderer wrapped here, the break
        # was typed. After a hyphen that ends a word part ("Non-⏎Ferrous", Shift+Enter) it joins
        # as the DOCX reads it (joins.join_cell_lines), unless a conjunction follows ("Maschinen-⏎und");
        # a slash or a hyphen standing alone ("Elektroniker/-in -⏎Betriebsstechnik") keeps the space.
        if a == "-" and _ink_text(ink)[-2:-1].isalpha() and b.isalpha():
            return (" ", True) if _first_word(nxt).casefold() in CONJUNCTIONS else ("", True)
        return " ", True
    if opportunity and a != "/" and b.isupper():
        return "", False  # a capital after a hyphen goes on a compound ("Corrosion-|Chemical")
    if opportunity and a != "/" and b.islower() and _ink_text(ink)[-2:-1].isalpha():
        # German compounds break at their hyphen ("Kraftfahrzeug-|mechatroniker"); a suspended
        # hyphen is followed by a conjunction ("Maschinen-|und Antriebstechnik")
        return (" ", False) if _first_word(nxt).casefold() in CONJUNCTIONS else ("", False)
    if not opportunity and not (is_cjk(a) or is_cjk(b)) and (room >= first.x1 - first.x0 or word_start or piece_fits):
        # No break opportunity here, and no word was broken: the next glyph would have fitted
        # (rule 3 needs a full line), a capital starts a word after a lower-case letter, or the
        # piece would have gone to the next line whole. So a space stood here, painted or not,
        # or the break was typed in the cell (Shift+Enter, a second paragraph), which stands for
        # a space as in the DOCX ("Associate|Constructor", "Neighborhood|Development",
        # "Operations +|Maintenance"). Unless only the piece's moving whole says so, and the piece
        # starts after a hyphen in a line of one run: a non-breaking hyphen (Word's
        # w:noBreakHyphen) prints as a plain one, and then the run was one word too wide for the
        # line, broken inside ("Elektroniker/-in-Masch|inen-", found by the unseen29 probe: read
        # with a space, silently). Read as a space, undecided.
        after_hyphen = piece_fits and tail[0] is not ink[0] and ink[ink.index(tail[0]) - 1].text in HYPHENS
        only_the_piece = room < first.x1 - first.x0 and not word_start and a.isalpha() and b.isalpha()
        word_cut = room < _lead_width(nxt) and not word_start and a.islower() and b.islower()  # its lead did not fit
        if word_cut and may_be_cut(_ink_text(tail), re.sub(r"\W.*", "", _first_word(nxt))):
            # …and the pieces make one English word, the one after the break no word alone ("Internationa|l（",
            # "Professional|s）"): LibreOffice breaks a Latin word in a CJK paragraph where the lead with its closing
            # bracket does not fit (probe round unseen45 had read `Internationa l`, decided). A space, undecided: the
            # word list settles it (joins.settle)
            return " ", False
        return " ", not (after_hyphen and only_the_piece and one_run and cut)
    if is_cjk(a) != is_cjk(b) and room >= _lead_width(nxt):
        # 6a. Latin next to CJK, and the next line's first piece would have fitted: no renderer
        # wrapped here, the break was typed (Shift+Enter, a new paragraph), which stands for a
        # space between Latin and CJK as in the DOCX ("美国建造师学会|(The American …)")
        return " ", True
    if space_would_show:
        # no space painted where one would have fitted; but between Latin and CJK a typed break
        # (a space in the DOCX) paints none either, and the next piece did not fit: undecided
        return "", is_cjk(a) == is_cjk(b)
    if opportunity and not m.draws_trailing_spaces:
        return "", False
    if is_cjk(a) != is_cjk(b) and (a.isalnum() or b.isalnum()):
        # 6. Latin next to CJK: a renderer may break there with or without a space ("(LEED|绿色",
        # "LEED 绿色" and "LEED绿色" wrap alike), and none was painted to tell: a space, undecided
        return " ", False
    return " ", not opportunity


def _cut_anywhere_separator(a: str, b: str, room: float, space_and_glyph: float) -> tuple[str, bool]:
    """Rule 7: letters or digits on both sides of a break, from a producer that cuts words
    anywhere to fill a line (`_Metrics.cuts_anywhere`). Where a space and the next glyph would
    have fitted, the line was not full: a space or a typed break, a space. A number is never cut
    by a space ("1|0"). Otherwise the line was filled and the break may be a cut or a space: read
    as a cut ("Institut|e") and left undecided, for the word list and the document to settle
    (extractors/joins.py) or a steward to decide."""
    if room >= space_and_glyph:
        return " ", True
    if a.isdigit() and b.isdigit():
        return "", True
    if a.islower() and b.isupper():
        return " ", False  # a capital starts a word, most likely: "and|Electronics"
    return "", False


HYPHENS = "-\u2010\u2011"


def _last_break_x(line: Sequence[Char]) -> float:
    """Where the line's last piece starts: after its last space, hyphen or slash (the line's
    start if none)."""
    ink = [c for c in line if c.text not in SPACES]
    x = ink[0].x0 if ink else 0.0
    for prev, c in zip(line, line[1:]):
        gap = prev.text in SPACES or _gap_is_space(prev, c)
        if c.text not in SPACES and c.text not in BREAK_AFTER and (gap or prev.text in BREAK_AFTER):
            x = c.x0
    return x


def _ink_text(line: Sequence[Char]) -> str:
    return "".join(c.text for c in line)


def _first_word(line: Sequence[Char]) -> str:
    return line_to_text(line).strip().split(" ", 1)[0].strip(",.;:")


def _first_letter(line: Sequence[Char]) -> str:
    return next((c.text[0] for c in line if c.text not in SPACES and c.text[0] not in OPENERS), "")


def _last_letter(line: Sequence[Char]) -> str:
    return next((c.text[-1] for c in reversed(line) if c.text[-1] not in CLOSERS), "")


def _lead_ends(line: Sequence[Char], content_right: float) -> bool:
    """The line's first piece ends on it: a space or hyphen follows it there, or the line stops
    short of the edge. A piece that runs to the edge may be a word broken onto the next line,
    wider than what this line shows ("-|Betriebsstechni|k")."""
    ink = [c for c in line if c.text not in SPACES]
    if any(c.text in SPACES or c.text in BREAK_AFTER for c in line[:-1]) or not ink:
        return True
    return content_right - ink[-1].x1 >= 0.6 * ink[-1].size


def _bracket_bound_lead(line: Sequence[Char]) -> float:
    """Width of a line's first letters when an opening bracket and a CJK character follow them
    at once ("s（美"): no break may follow an opening bracket, so the three move as one piece.
    0 when the line starts otherwise: a word alone is as likely a space's wrap as a cut word."""
    i = 0
    while i < len(line) and line[i].text[:1].isascii() and line[i].text[:1].isalpha():
        i += 1
    opener = i + 1 < len(line) and 0 < i and line[i].text[:1] in OPENERS
    if not (opener and is_cjk(line[i + 1].text[:1]) and line[i + 1].text[:1] not in FULL_WIDTH_CLOSERS):
        return 0.0
    return line[i + 1].x1 - line[0].x0


def _lead_width(line: Sequence[Char]) -> float:
    """Width of a line's first unbreakable piece (up to a space, hyphen or slash)."""
    end = line[0]
    for c in line:
        if c.text in SPACES:
            break
        end = c
        if c.text in BREAK_AFTER:
            break
    return end.x1 - line[0].x0


# --- running text --------------------------------------------------------------------------


CAPTION_LINES = 3  # as extractors/grid.py: the last lines of text over a table


def _outside(page: PageContent, boxes: Sequence[BBox]) -> list[Char]:
    """The page's characters outside its tables: its running text."""
    return [c for c in page.chars if not any(_inside(c, box) for box in boxes)]


def _captions(outside: Sequence[Char], boxes: Sequence[BBox | None], tail: str) -> tuple[list[str], str]:
    """Each table's caption on a page, given the page's characters outside its tables (the last
    lines of text between the table above it, or the page's top, and it; for the first, when
    nothing is printed above it, the previous page's tail), and this page's tail (the text below
    its last table, or all its text)."""
    titles: list[str] = []
    above = 0.0
    for box in boxes:
        if box is None:
            titles.append("")
            continue
        text = _chars_text([c for c in outside if c.top >= above - 1.0 and c.bottom <= box[1] + 1.0])
        if not text and not titles:
            text = tail
        titles.append("\n".join(text.splitlines()[-CAPTION_LINES:]))
        above = box[3]
    return titles, _chars_text([c for c in outside if c.top >= above - 1.0])


def _chars_text(chars: Sequence[Char]) -> str:
    """The text of some of a page's characters, in reading order, lines joined with newlines."""
    rows = [
        {"text": _char_text(c.text), "x0": c.x0, "x1": c.x1, "top": c.top, "bottom": c.bottom,
         "doctop": c.top, "upright": c.upright, "size": c.size, "fontname": c.fontname}
        for c in chars
    ]
    # a fake bold draws each glyph two or three times a fraction of a point apart: once in the text
    # (found by the unseen28 probe: the 文号 and title read 双双双人人人社社社…, so the notice had neither)
    return str(extract_text(dedupe_chars(rows, tolerance=1))).strip() if rows else ""
