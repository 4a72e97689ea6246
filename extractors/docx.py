"""Read a Word (.docx) notice: running text and tables, in body order, with lineage.

python-docx opens the package; the grid is read from the XML (w:gridSpan, w:vMerge) because
`_Row.cells` repeats a merged cell's proxy for every grid column and row it covers, which
loses the difference between "covered by a merge" and "the same text printed twice".

Merged cells, as in every reader: the first grid position of a merged cell carries its text,
every other position it covers is None, horizontally (gridSpan, legacy hMerge) and vertically
(vMerge continuation rows). "" is a cell that is printed and empty.

Nested tables: a table that holds another table is a layout frame (a letterhead box, a form
around a list), not data. Its inner tables are returned as tables in their place, and the
frame's own paragraphs are running text. A text box's paragraphs and tables are read where the
box is anchored, as if they stood there. Hidden text (w:vanish), which Word neither shows nor
prints, is not read; nor is struck-through text (w:strike, w:dstrike: a value a revised notice
replaces), nor a superscript footnote marker that ends a paragraph; these and All Caps are read as
the run's own properties, or as its character style, its paragraph's style or the document's
defaults set them (extractors/docx_styles.py). Tracked changes are read
accepted: insertions and a move's new place are text, deletions (w:delText), a move's old place (w:moveFrom, whose text is still w:t) and rows
marked deleted (w:trPr/w:del) are not. Automatic list numbers in table cells (a 序号 column
numbered by Word) are read as printed (extractors/docx_lists.py). A page the body imports whole
(w:altChunk of HTML, as web-to-Word exporters write the notice) is read in its place as a web page.

Safety: a .docx is a zip. Its declared sizes are checked before python-docx reads a byte
(zipfile never inflates a member past its declared size, so the declared sizes bound memory),
and a part that declares a DTD is refused: Word, WPS and LibreOffice never write one, and a DTD
is how external-entity and entity-expansion attacks start. python-docx also parses with
resolve_entities=False, a second layer.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from lxml import etree

from core.cells import STRUCK, clean_cell, close_struck_gaps, is_footnote_marker
from core.errors import IngestError, UnreadableDocument
from core.model import Document, SourceFile
from extractors.docx_lists import label_list_paragraphs
from extractors.docx_styles import apply_run_styles
from extractors.grid import Laid, captions, grid_to_table
from extractors.headers import grid_has_catalog_header
from extractors.html import page_to_parts
from extractors.joins import join_cell_lines
from extractors.sniff import MAX_MEMBERS, MAX_RATIO, MAX_UNCOMPRESSED_BYTES, MIN_RATIO_BYTES, check_zip_sizes

PROLOG_BYTES = 4096

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (_w(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
TXBX, FALLBACK = _w("txbxContent"), f"{{{_MC}}}Fallback"
_TEXT_TAGS = frozenset({_w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen"), _w("sym")})
# Word's Insert Symbol writes a glyph of a symbol font as w:sym (font, code), with no character in
# the text: catalogs tick a row's title with one (found by the unseen15 probe: every tick of a DOCX
# read as empty). The check marks are read as the characters they draw; any other symbol as the
# private-use character the font maps it to (U+F0xx), which is what a PDF printed from it carries.
_SYMBOL_CHECKS = {("wingdings", 0xFC): "✓", ("wingdings", 0xFE): "☑", ("wingdings 2", 0x50): "✓",
                  ("wingdings 2", 0x52): "☑"}  # fmt: skip
# Wrappers whose children are read as if they stood in the parent (content controls, custom
# XML, tracked insertions, moves, alternate content). Deleted text lives in w:delText: never read.
_TRANSPARENT = frozenset({SDT, SDT_CONTENT, CUSTOM_XML, _w("ins"), _w("moveTo"), f"{{{_MC}}}AlternateContent"})
# Tracked changes not accepted yet, whose text Word shows struck through (or not at all) and which
# accepting removes: a move's old place (w:moveFrom keeps its text in w:t, not w:delText) and a
# deletion. The document is read as it stands with every change accepted.
# A ruby's reading (w:rt: pinyin or kana set over the characters of w:rubyBase) annotates the text
# and is no part of it (found by the unseen29 probe: tè特xǔ许金融分析师).
_REMOVED = frozenset({_w("moveFrom"), _w("del"), _w("rt")})


def read_docx(path: Path, source: SourceFile, depth: int = 0) -> Document:
    """Read a .docx into its running text and its tables (merged positions None); `depth`: how
    deep in other Word documents this one is embedded (see _Objects)."""
    zip_to_checked(path, source.path)
    try:
        word = docx.Document(_as_transitional_document(path))
        body = word.element.body
    except Exception as exc:  # python-docx raises many types (KeyError, PackageNotFoundError, XMLSyntaxError)
        raise UnreadableDocument(f"not a readable Word document ({type(exc).__name__})", file=source.path) from exc
    try:
        label_list_paragraphs(body, _numbering(word), word.styles.element)
        apply_run_styles(body, word.styles.element)  # struck, hidden, capitals set by a style
        lines: list[str] = []
        grids: list[Laid] = []
        starts: list[int] = []
        objects = _Objects(word, source, depth)
        _walk(body, lines, grids, starts, _chunks(word, source.path), objects)
    except (ValueError, TypeError, RecursionError, etree.LxmlError, etree.ParserError) as exc:
        raise UnreadableDocument(f"the Word document's structure is malformed ({exc})", file=source.path) from exc
    titles = captions(lines, starts)
    tables = tuple(grid_to_table(grid, number, source, titles[number - 1]) for number, grid in enumerate(grids, start=1))
    text = "\n".join(line for line in lines if line)
    pictures = len(body.findall(".//" + _w("drawing"))) + len(body.findall(".//" + _w("pict")))
    return Document(source=source, format="docx", text=text, tables=tables, pictures=pictures,
                    table_sized_pictures=_table_sized(body), embedded=tuple(objects.unread))  # fmt: skip


# Packages Word writes that python-docx opens only as a plain document: a macro-enabled document
# (.docm; its macros are never run or read), a template (.dotx, .dotm), and ISO/IEC 29500 Strict
# (Word's "Strict Open XML Document": other namespace URIs for the same elements). Found by the
# unseen29 probe: each was "not a readable Word document". The main part's content type is given
# the plain document's, and Strict's namespaces the transitional ones, in memory; the file on disk
# is never changed. Strict's few value differences (jc start/end, units on measures) are in
# properties this reader does not use.
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")  # fmt: skip
_STRICT_NAMESPACE = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|schemaLibrary)/")


def _as_transitional_document(path: Path) -> str | io.BytesIO:
    """The package as python-docx opens it: the path itself, or a rewritten copy in memory."""
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
        strict = any(_STRICT_NAMESPACE.search(_head(archive, name))
                     for name in archive.namelist() if name.endswith((".xml", ".rels")))  # fmt: skip
        if not strict and not any(main in types for main in _OTHER_MAINS):
            return str(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for item in archive.infolist():
                data = archive.read(item.filename)
                if item.filename.endswith((".xml", ".rels")):
                    for main in _OTHER_MAINS:
                        data = data.replace(main, _DOCUMENT_MAIN)
                    data = _STRICT_NAMESPACE.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)
                copy.writestr(item.filename, data)
    out.seek(0)
    return out


def _head(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's first bytes, where its namespaces are declared (the member is not read whole)."""
    with archive.open(name) as member:
        return member.read(PROLOG_BYTES)


_EXTENT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
EMU_PER_CM = 360_000
# A picture this large or larger could hold a catalog's table (a page-wide picture several rows
# high); a seal (about 4 cm across) or a red letterhead (page-wide, 2-3 cm high) is smaller.
TABLE_PICTURE_CM = (10.0, 5.0)


def _table_sized(body: etree._Element) -> int:
    """Drawings in the body at least TABLE_PICTURE_CM wide and high (their wp:extent)."""
    count = 0
    for extent in body.iter(_EXTENT):
        try:
            width, height = int(extent.get("cx", "0")) / EMU_PER_CM, int(extent.get("cy", "0")) / EMU_PER_CM
        except ValueError:
            continue
        count += width >= TABLE_PICTURE_CM[0] and height >= TABLE_PICTURE_CM[1]
    return count


def _numbering(word: docx.document.Document) -> etree._Element | None:
    """The numbering part's XML (w:numbering), or None when the document has none."""
    try:
        return word.part.numbering_part.element  # type: ignore[no-any-return]
    except (KeyError, NotImplementedError):
        return None


def zip_to_checked(path: Path, file: str, what: str = ".docx") -> None:
    """Refuse a zip (a `what`: .docx, or .odt before LibreOffice unpacks it) whose declared sizes or
    ratio are a zip bomb, or whose XML declares a DTD."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            check_zip_sizes(members, file, what=what, max_members=MAX_MEMBERS, max_bytes=MAX_UNCOMPRESSED_BYTES,
                            max_ratio=MAX_RATIO, min_ratio_bytes=MIN_RATIO_BYTES)  # fmt: skip
            for member in members:
                if member.filename.endswith((".xml", ".rels")) and member.file_size:
                    with archive.open(member) as fh:
                        _check_prolog(fh.read(PROLOG_BYTES), member.filename, file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError,
            NotImplementedError) as exc:
        # RuntimeError: an encrypted member; zlib.error / EOFError: corrupt or truncated deflate data;
        # NotImplementedError: a compression method zipfile lacks.
        raise UnreadableDocument(f"not a readable zip archive, so not a {what} ({exc})", file=file) from exc


def _check_prolog(head: bytes, member: str, file: str) -> None:
    encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    if "<!doctype" in head.decode(encoding, errors="ignore").lower():
        raise UnreadableDocument(
            f"the part {member} declares a DTD, which Word never writes; refused for safety", file=file
        )


# A part the body imports whole (w:altChunk): Word shows it in the chunk's place. Web-to-Word
# exporters write the whole page so, document.xml holding no paragraph of its own (found by the
# unseen16 probe: such a DOCX gave "none of the 0 tables", no catalog). An HTML chunk is read as a
# web page is; a chunk of another kind (RTF, another DOCX, MHTML, plain text) is refused, not skipped.
ALT_CHUNK = _w("altChunk")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
Chunks = dict[str, bytes]  # relationship id -> an HTML chunk's bytes


def _chunks(word: docx.document.Document, file: str) -> Chunks:
    """The HTML parts the body imports by w:altChunk, by relationship id; UnreadableDocument for a
    chunk of any other kind (its text would be left out)."""
    out: Chunks = {}
    for rid, rel in word.part.rels.items():
        if rel.is_external or not rel.reltype.endswith("/aFChunk"):
            continue
        part = rel.target_part
        kind = part.content_type.split(";")[0].strip().lower()
        if kind not in _HTML_TYPES and not str(part.partname).lower().endswith((".htm", ".html", ".xhtml")):
            raise UnreadableDocument(
                f"the document imports a part Word shows in its place (w:altChunk, {kind or 'no type'}, "
                f"{part.partname}) that is not read: only HTML chunks are", file=file,
            )  # fmt: skip
        out[rid] = part.blob
    return out


def _walk(parent: etree._Element, lines: list[str], grids: list[Laid], starts: list[int],
          chunks: Chunks | None = None, objects: _Objects | None = None) -> None:  # fmt: skip
    """Body order: paragraphs go to the running text, data tables to grids (with the number of
    lines read before each, in starts), frames are entered, HTML chunks and embedded objects
    read in their place."""
    for child in parent:
        if child.tag == P:
            lines.extend(clean_cell(line) for line in paragraph_to_text(child).split("\n"))
            for box in _text_boxes(child):  # a text box's paragraphs and tables, where it is anchored
                _walk(box, lines, grids, starts, chunks, objects)
            for ole in child.iter(_OLE_OBJECT):
                if objects is not None:
                    objects.read(ole.get("ProgID") or "", ole.get(_R_ID, ""), lines, grids, starts)
        elif child.tag == ALT_CHUNK:
            _read_chunk((chunks or {}).get(child.get(_R_ID, "")), lines, grids, starts)
        elif child.tag == TBL:
            grid = tbl_to_grid(child)
            # A table holding tables is a layout frame, entered; unless its own rows print a
            # catalog header: then it is the catalog, one of whose cells holds a small table
            # (its text is read into the cell).
            if any(True for _ in child.iterdescendants(TBL)) and not grid_has_catalog_header(grid.rows):
                for cell in _tbl_cells(child):
                    _walk(cell, lines, grids, starts, chunks, objects)
            else:
                grids.append(grid)
                starts.append(len(lines))
        elif child.tag in _TRANSPARENT:
            _walk(child, lines, grids, starts, chunks, objects)


# Word's Insert > Object > Microsoft Excel Worksheet (and WPS's): the table is a workbook embedded
# in the package (word/embeddings/…xlsx, or an Excel 97-2003 book as oleObject…bin) and the page
# shows a picture of it. Found by a document made as clerks make them: the catalog was such an
# object and the notice read as one without a catalog (exit 0, every row lost).
_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"
_SHEET_PROGID = re.compile(r"(?:Excel\.Sheet|Excel\.SheetMacroEnabled|Excel\.SheetBinaryMacroEnabled|Ket\.Sheet|ET\.Sheet)\b", re.I)
_XLSX_TYPES = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "application/vnd.ms-excel.sheet.macroEnabled.12")  # fmt: skip


_WORD_PROGID = re.compile(r"Word\.Document\.(?:8|12)\b", re.I)  # a Word document embedded (.docx; 8: Word 97-2003)
# Objects that hold no table a catalog could be in: equations (Equation Editor, MathType), drawings
# (Visio, Paint), charts. Not listed as unread, so a notice carrying one is not refused for it.
_NO_TABLE_PROGID = re.compile(r"(?:Equation|MathType|Visio|Paint|PBrush|MSGraph|MSDraw|Excel\.Chart|WordPad\.Document)", re.I)
MAX_EMBEDDED_DEPTH = 2  # a Word document inside a Word document inside this one, and no deeper


class _Objects:
    """The objects the body embeds (Insert > Object), read where each stands, as the file on its
    own is read and with the Word document's lineage: a workbook's visible sheets (their title
    lines to the running text, their tables to the grids: extractors.sheet), a Word document's
    text and tables (.docx). Any other object that could hold a table (a PDF, a package, a Word
    97-2003 document; not an equation, a drawing or a chart) is listed in `unread`: a document
    without a catalog table that embeds one is refused with that reason (extractors.tables), never
    taken for one without a catalog."""

    def __init__(self, word: docx.document.Document, source: SourceFile, depth: int = 0) -> None:
        self._rels = word.part.rels
        self._source = source
        self._depth = depth
        self.unread: list[str] = []

    def read(self, progid: str, rid: str, lines: list[str], grids: list[Laid], starts: list[int]) -> None:
        rel = self._rels.get(rid)
        if rel is None or rel.is_external:
            self.unread.append(progid or rid or "an object")
            return
        part = rel.target_part
        is_zip = part.blob[:4] == b"PK\x03\x04"
        if _SHEET_PROGID.match(progid):
            document = self._read(part, "xlsx" if is_zip or part.content_type in _XLSX_TYPES else "xls")
        elif _WORD_PROGID.match(progid) and is_zip and self._depth < MAX_EMBEDDED_DEPTH:
            document = self._read(part, "docx")
        else:
            if not _NO_TABLE_PROGID.match(progid):  # an equation, a drawing, a chart: no catalog is in it
                self.unread.append(progid or str(part.partname))
            return
        self.unread.extend(document.embedded)
        lines.extend(clean_cell(line) for line in document.text.split("\n") if line)
        for table in document.tables:
            grids.append(Laid(rows=[list(row.cells) for row in table.rows],
                              across=frozenset((r, c) for r, row in enumerate(table.rows) for c in row.across),
                              struck={(r, c): text for r, row in enumerate(table.rows)
                                      for c, text in enumerate(row.struck) if text}))  # fmt: skip
            starts.append(len(lines))

    def _read(self, part: Any, fmt: str) -> Document:
        """The embedded file read on its own (from a temporary copy), with this document's lineage."""
        from extractors.sheet import read_sheet  # pandas and calamine only for documents that embed a workbook

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"embedded.{fmt}"
            path.write_bytes(part.blob)
            what = "document" if fmt == "docx" else "worksheet"
            if fmt == "xlsx":
                _check_shown_whole(path, self._source.path, str(part.partname))
            try:
                if fmt == "docx":
                    return read_docx(path, self._source, self._depth + 1)
                return read_sheet(path, self._source, fmt)
            except IngestError as err:
                err.message = f"the {what} embedded as {part.partname} could not be read: {err.message}"
                err.args = (err.message,)
                raise


_OLE_SIZE = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}oleSize"


def _check_shown_whole(path: Path, file: str, partname: str) -> None:
    """The document shows an embedded workbook's range its oleSize names (A1:F12), on one sheet:
    cells past that range, or a second sheet with cells, are not shown, and which rows the notice
    means cannot be told. Raise UnreadableDocument then; without an oleSize the sheet is shown whole."""
    from extractors.sheet import cell_extents, range_end

    try:
        extents = [e for e in cell_extents(path, file) if e != (0, 0)]  # the zip's sizes are checked first
        with zipfile.ZipFile(path) as archive:
            book = etree.fromstring(archive.read("xl/workbook.xml"), etree.XMLParser(resolve_entities=False, no_network=True))
    except UnreadableDocument as err:
        err.message = f"the worksheet embedded as {partname} could not be read: {err.message}"
        err.args = (err.message,)
        raise
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise UnreadableDocument(f"the worksheet embedded as {partname} is not a readable workbook ({exc})"[:300],
                                 file=file) from exc  # fmt: skip
    size = book.find(_OLE_SIZE)
    if len(extents) > 1:
        raise UnreadableDocument(f"the worksheet embedded as {partname} has {len(extents)} sheets with cells, and "
                                 "the document shows one of them", file=file)  # fmt: skip
    end = range_end(size.get("ref", "")) if size is not None else None
    if end is not None and extents and (extents[0][0] > end[0] or extents[0][1] > end[1]):
        raise UnreadableDocument(
            f"the worksheet embedded as {partname} has cells past the range the document shows ({size.get('ref')})",
            file=file,
        )  # fmt: skip


def _read_chunk(data: bytes | None, lines: list[str], grids: list[Laid], starts: list[int]) -> None:
    """An HTML chunk's lines and tables, in the chunk's place; a chunk whose part is missing is an error."""
    if data is None:
        raise ValueError("a w:altChunk names no HTML part of the package")
    chunk_lines, chunk_grids, chunk_starts = page_to_parts(data)
    before = len(lines)
    lines.extend(clean_cell(line) for line in chunk_lines)
    grids.extend(chunk_grids)
    starts.extend(before + start for start in chunk_starts)


def _text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """The contents (w:txbxContent) of the text boxes anchored in a paragraph, each once: Word
    writes a box twice, as a DrawingML shape and as its VML fallback (mc:Fallback), read never."""
    for box in p.iter(TXBX):
        if next(box.iterancestors(P), None) is p and next(box.iterancestors(FALLBACK), None) is None:
            yield box


def paragraph_to_text(p: etree._Element, read_struck: bool = False) -> str:
    """A paragraph's text; w:br and w:cr become newlines. Text boxes anchored in it are skipped,
    and so is a footnote marker that ends it (see _without_end_marker), and struck-through text
    unless `read_struck`."""
    parts: list[str] = []
    superscript: set[int] = set()  # positions in parts of superscript text
    for el in p.iter(*_TEXT_TAGS):
        if next(el.iterancestors(P), None) is not p:
            continue  # text of a text box (its own w:p) anchored in this paragraph
        if _is_hidden(el):
            continue  # hidden text (Font > Hidden): Word neither shows nor prints it
        if _is_struck(el) and not read_struck:
            parts.append(STRUCK)  # struck through: the value a revised notice replaces, shown beside the new one
            continue
        if _is_removed(el, p):
            continue  # a tracked move's old place or a tracked deletion: gone once changes are accepted
        if el.tag == _w("t"):
            if _is_superscript(el):
                superscript.add(len(parts))
            parts.append((el.text or "").upper() if _run_has(el, "caps") else el.text or "")
        elif el.tag == _w("tab"):
            parts.append(" ")
        elif el.tag == _w("noBreakHyphen"):
            parts.append("-")
        elif el.tag == _w("sym"):
            parts.append(_symbol_text(el))
        elif el.tag == _w("cr") or el.get(_w("type"), "textWrapping") == "textWrapping":
            parts.append("\n")  # page and column breaks inside a paragraph carry no text
    return close_struck_gaps(_without_end_marker(parts, superscript))


def _without_end_marker(parts: list[str], superscript: set[int]) -> str:
    """The paragraph's text without the superscript footnote marker that ends it: "…Professional)¹"
    and "工程师³", whose notes are printed under the table (found by the unseen25 probe: "工程师3" was
    read, and a marker after a name alone would have been published in it). A superscript after
    an acronym in brackets is the name's own: "(ISC)²" (core/cells.is_footnote_marker)."""
    end = len(parts)
    while end and not parts[end - 1].strip():
        end -= 1
    start = end
    while start and start - 1 in superscript:
        start -= 1
    marker = "".join(parts[start:end]).strip()
    before = "".join(parts[:start])
    if start == end or not is_footnote_marker(marker, before):
        return "".join(parts)
    return before + "".join(parts[end:])


def _is_struck(el: etree._Element) -> bool:
    """The text's run is struck through (w:strike or w:dstrike): a revised notice prints the old
    value struck beside the new one, or a withdrawn row struck whole (found by the unseen25 probe:
    "AICHE member AIChE member", a struck row read as a second 序号 10)."""
    return _run_has(el, "strike") or _run_has(el, "dstrike")


def _run_has(el: etree._Element, toggle: str) -> bool:
    """The text's run switches the toggle property on (present, and not val="0"). w:caps: Word
    shows and prints the text in capitals, and so does LibreOffice's print, whatever case it was
    typed in."""
    run = el.getparent()
    mark = run.find(f"{_w('rPr')}/{_w(toggle)}") if run is not None and run.tag == _w("r") else None
    return mark is not None and mark.get(_w("val"), "1") not in ("0", "false", "off")


def _is_superscript(el: etree._Element) -> bool:
    """The text's run is set superscript (w:vertAlign w:val="superscript")."""
    run = el.getparent()
    align = run.find(f"{_w('rPr')}/{_w('vertAlign')}") if run is not None and run.tag == _w("r") else None
    return align is not None and align.get(_w("val")) == "superscript"


def _symbol_text(sym: etree._Element) -> str:
    """The character a w:sym draws: a known check mark as itself, else the private-use U+F0xx."""
    try:
        code = int(sym.get(_w("char"), ""), 16)
    except ValueError:
        return ""
    font = (sym.get(_w("font")) or "").strip().lower()
    low = code & 0xFF if 0xF000 <= code <= 0xF0FF else code  # Word writes F0FC for the font's FC
    return _SYMBOL_CHECKS.get((font, low), chr(0xF000 | low) if low <= 0xFF else chr(code))


def _is_hidden(el: etree._Element) -> bool:
    """The text's run is formatted hidden (w:vanish)."""
    return _run_has(el, "vanish")


def _is_removed(el: etree._Element, p: etree._Element) -> bool:
    """The text stands, within its paragraph, in a tracked deletion, a move's old place or a ruby's reading."""
    for ancestor in el.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in _REMOVED:
            return True
    return False


def _row_removed(tr: etree._Element) -> bool:
    """A table row marked deleted by tracked changes (w:trPr/w:del): accepting them removes it."""
    tr_pr = tr.find(_w("trPr"))
    return tr_pr is not None and tr_pr.find(_w("del")) is not None


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with `tag`, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, SDT_CONTENT, CUSTOM_XML):
            yield from _children(child, tag)


def _tbl_cells(tbl: etree._Element) -> Iterator[etree._Element]:
    for tr in _children(tbl, TR):
        yield from _children(tr, TC)


def _int_prop(el: etree._Element | None, path: str, default: int) -> int:
    if el is None:
        return default
    found = el.find(path)
    try:
        return max(int(found.get(_w("val"), default)), 0) if found is not None else default
    except ValueError:
        return default


def tbl_to_grid(tbl: etree._Element) -> Laid:
    """Lay a w:tbl out on its grid: text at a cell's first position, None where a merge covers;
    the positions a cell of the same row spans (w:gridSpan, legacy w:hMerge) are across."""
    grid: list[list[str | None]] = []
    across: set[tuple[int, int]] = set()
    struck: dict[tuple[int, int], str] = {}
    for tr in _children(tbl, TR):
        if _row_removed(tr):
            continue  # a row deleted by a tracked change (its text w:delText, or w:t of a move's old place)
        tr_pr = tr.find(_w("trPr"))
        row: list[str | None] = [""] * _int_prop(tr_pr, _w("gridBefore"), 0)
        r = len(grid)
        for tc in _children(tr, TC):
            tc_pr = tc.find(_w("tcPr"))
            span = max(_int_prop(tc_pr, _w("gridSpan"), 1), 1)
            if _is_continuation(tc_pr, "hMerge"):
                # covered from the left, unless what it continues is itself covered from above
                if row and (row[-1] is not None or (r, len(row) - 1) in across):
                    across.add((r, len(row)))
                row.append(None)
                continue
            covered = bool(grid) and _is_continuation(tc_pr, "vMerge")
            text = None if covered else cell_to_text(tc)
            if text == "" and (old := cell_to_text(tc, read_struck=True)):
                struck[(r, len(row))] = old  # struck through whole (RawRow.struck)
            row.append(text)
            if not covered:
                across.update((r, c) for c in range(len(row), len(row) + span - 1))
            row.extend([None] * (span - 1))
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    return Laid([row + [""] * (width - len(row)) for row in grid], frozenset(across), struck)


def _is_continuation(tc_pr: etree._Element | None, tag: str) -> bool:
    """A w:vMerge / w:hMerge without val="restart" continues the merge above / to the left."""
    merge = tc_pr.find(_w(tag)) if tc_pr is not None else None
    return merge is not None and merge.get(_w("val"), "continue") != "restart"


def cell_to_text(tc: etree._Element, read_struck: bool = False) -> str:
    """A cell's paragraphs and line breaks joined with join_cell_lines (a nested table's text too);
    `read_struck`: struck-through text read as if it were not."""
    lines: list[str] = []
    for p in tc.iter(P):
        if not _in_text_box(p, tc):
            lines.extend(paragraph_to_text(p, read_struck).split("\n"))
    return join_cell_lines(lines)


def _in_text_box(p: etree._Element, tc: etree._Element) -> bool:
    """The paragraph stands in a text box anchored inside the cell (a paragraph between them)."""
    for ancestor in p.iterancestors():
        if ancestor is tc:
            return False
        if ancestor.tag == P:
            return True
    return False
