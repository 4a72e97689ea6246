"""Read an HTML notice (a government web page): running text and tables, with lineage.

Encoding: a byte-order mark wins, then a <meta> charset that decodes the bytes cleanly, then
UTF-8, then GB18030. Chinese government pages are often GBK/GB2312, and GB18030 is a superset
of both (a page labelled gb2312 routinely holds GBK-only characters), so every GB label is
decoded as GB18030. A page that fits none is decoded with its label, bad bytes replaced.

Tables are laid out on their grid (rowspan/colspan): text at a cell's first position, None
where a span covers, "" for a printed empty cell. A table that holds another table is a layout
frame (common on government sites): its inner tables are returned as tables and its own text
is running text. <br> and block elements inside a cell are line breaks, joined with join_cell_lines.
An <iframe srcdoc> is read in its place, as the browser shows it; a frame loaded from a URL is not.
What the page hides (display:none or visibility:hidden in an element's style, or in a top-level
rule of its stylesheet with one simple selector) is not read: a CMS keeps withdrawn rows so. Nor is
struck-through text (<s>, <strike>, <del>, text-decoration: line-through by style or such a rule): a
revised notice strikes the old value before the new one, and a withdrawn row whole (as DOCX, PDF).
Elements laid out as a table by the same kinds of style (<div>s with display:table, table-row,
table-cell) are read as the table they show, and so is a CSS grid of cells (display:grid, its
grid-template-columns giving the cells a row). So are sibling
paragraphs printing a markdown table (| … |, a rule |---|, a row a line); a <pre> block is not.
So is a box of rows of cells whose first row is a catalog header (a <ul> of flex <li>s of
<span>s), whatever its style, and a box of cards, one <dl> per entry, whose labels (<dt>) are
the same in every card and read as a catalog header.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import lxml.html
from lxml import etree

from core.cells import FOOTNOTE_MARKER, STRUCK, clean_cell, close_struck_gaps
from core.errors import DocumentTooLarge, UnreadableDocument
from core.model import Document, SourceFile
from extractors.grid import Laid, captions, grid_to_table
from extractors.headers import grid_has_catalog_header, row_to_columns
from extractors.joins import join_cell_lines

# HTML caps spans at 1000 columns and 65534 rows; a lower column cap keeps a hostile
# colspan from building a huge grid.
MAX_COLSPAN = 1000
MAX_GRID_CELLS = 2_000_000
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB_LABELS = frozenset({"gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"})
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Elements whose text is never shown, or is shown only as an annotation of other text: a ruby's
# reading (<rt>, pinyin or kana over the characters, and the brackets <rp> gives browsers without
# ruby) is no part of the name it annotates (found by the unseen29 probe: 特(tè)许(xǔ)金融分析师).
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object",
                     "rt", "rp"})  # fmt: skip
# Elements that start a new line of running text (and a new line inside a cell).
_BLOCKS = frozenset(
    "address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th "
    "caption ul body html".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Struck-through text: its elements, and a line-through decoration (`text-decoration: underline
# line-through`, `text-decoration-line: line-through`). CSS gives a descendant no way to take an
# ancestor's decoration off, so everything inside a struck element is struck.
_STRUCK_TAGS = frozenset({"s", "strike", "del"})
_STRUCK_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
# text-transform, which the browser shows and prints (an element's own value, else its parent's).
_TRANSFORM_STYLE = re.compile(r"text-transform\s*:\s*(uppercase|lowercase|capitalize|none)", re.IGNORECASE)



def read_html(path: Path, source: SourceFile) -> Document:
    """Read an HTML page into its running text and its tables (spanned positions None)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"the file cannot be read ({exc.strerror})", file=source.path) from exc
    text = bytes_to_text(data)
    if "\x00" in text:  # UTF-16 without a BOM or binary data: either way not a page we can read
        raise UnreadableDocument("binary content (NUL bytes), not an HTML page", file=source.path)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1))
    except (etree.ParserError, etree.LxmlError, ValueError) as exc:
        raise UnreadableDocument(f"not a readable HTML page ({exc})", file=source.path) from exc
    _prepare(root)
    lines: list[str] = []
    grids: list[Laid] = []
    starts: list[int] = []
    try:
        _walk(root, lines, grids, starts)
    except DocumentTooLarge as exc:
        raise DocumentTooLarge(exc.message, file=source.path) from exc
    titles = captions(lines, starts)
    tables = tuple(grid_to_table(grid, number, source, titles[number - 1]) for number, grid in enumerate(grids, start=1))
    running = "\n".join(line for line in (clean_cell(line) for line in lines) if line)
    return Document(source=source, format="html", text=running, tables=tables,
                    table_sized_pictures=_table_sized_images(root))  # fmt: skip


def page_to_parts(data: bytes) -> tuple[list[str], list[Laid], list[int]]:
    """The running lines, the tables and the number of lines before each table of a page embedded in
    another document (a DOCX's w:altChunk), read as read_html reads a page; lxml's and the walk's
    errors are the caller's to wrap."""
    root = lxml.html.document_fromstring(_XML_DECL.sub("", bytes_to_text(data), count=1))
    _prepare(root)
    lines: list[str] = []
    grids: list[Laid] = []
    starts: list[int] = []
    _walk(root, lines, grids, starts)
    return lines, grids, starts


def _prepare(root: etree._Element) -> None:
    """Before a parsed page is walked: join its source's line breaks inside Chinese text, mark what
    its stylesheet hides, and turn what it lays out as a table (by style, or as markdown) into one."""
    _join_segment_breaks(root)
    _drop_note_references(root)
    rules = _style_rules(root)  # the stylesheet read once for what follows
    _mark_by_style(root, rules, _HIDDEN_STYLE, "hidden")
    _mark_by_style(root, rules, _STRUCK_STYLE, "data-struck")
    _mark_by_style(root, rules, _TRANSFORM_STYLE, "data-transform")
    _tables_by_style(root, rules)
    _tables_from_pipes(root)
    _tables_from_rows(root)
    _tables_from_cards(root)
    _tables_from_grids(root, rules)


def _drop_note_references(root: etree._Element) -> None:
    """Take out footnote references: a superscript marker (1, *, ①) that links to a place in the
    page (`<sup><a href="#fn1">1</a></sup>`, or the link around the superscript), whose note is
    printed under the table. The marker is no part of the cell (found by the unseen29 probe:
    工程师1, Licensed Pharmacist2); the text after it is kept."""
    for sup in list(root.iter("sup")):
        marker = "".join(sup.itertext()).strip()
        if not FOOTNOTE_MARKER.fullmatch(marker.strip("[]［］")):
            continue
        around = next((a for a in sup.iterancestors("a") if (a.get("href") or "").startswith("#")), None)
        if around is not None and "".join(around.itertext()).strip() == marker:
            around.drop_tree()  # <a href="#fn1"><sup>1</sup></a>; lxml.html keeps the text after it
        elif around is not None or any((a.get("href") or "").startswith("#") for a in sup.iter("a")):
            sup.drop_tree()


# Whitespace with a line break in it, as an HTML source wraps its lines (Word's "Save as Web Page"
# wraps at about 76 columns, inside runs of Chinese text too).
_SEGMENT_BREAK = re.compile(r"[ \t\f]*[\r\n][ \t\r\n\f]*")
# Elements whose text keeps its line breaks, or is not shown.
_KEEP_BREAKS = frozenset({"pre", "textarea", "listing", "xmp", "plaintext", "script", "style"})


def _join_segment_breaks(root: etree._Element) -> None:
    """Remove a source line break between two East Asian wide characters (CSS Text 3, segment break
    transformation: a browser such as Firefox shows no space there), also across inline tags
    (`的通\\n</span><span>知`). Found while the unseen18 probe was planned: a Word-saved page's catalog read
    "美国材料 信息协会" where the source wrapped. Hangul keeps the space (Korean writes spaces);
    text in <pre> and the like keeps its breaks. No library applies this rule to lxml text."""
    slots: list[tuple[etree._Element, str]] = []  # (element, "text" or "tail") in reading order

    def visit(el: etree._Element) -> None:
        if isinstance(el.tag, str) and el.tag.lower() in _KEEP_BREAKS:
            return
        if isinstance(el.tag, str) and el.text:
            slots.append((el, "text"))
        for child in el:
            visit(child)
            if child.tail:
                slots.append((child, "tail"))

    visit(root)
    texts = [getattr(el, attr) for el, attr in slots]
    joined = "".join(texts)
    dropped = bytearray(len(joined))  # 1 where a character is removed
    for m in _SEGMENT_BREAK.finditer(joined):
        if 0 < m.start() and m.end() < len(joined) and _wide(joined[m.start() - 1]) and _wide(joined[m.end()]):
            dropped[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    if not any(dropped):
        return
    offset = 0
    for (el, attr), text in zip(slots, texts, strict=True):
        if any(dropped[offset : offset + len(text)]):
            setattr(el, attr, "".join(ch for i, ch in enumerate(text, start=offset) if not dropped[i]))
        offset += len(text)


def _wide(char: str) -> bool:
    """An East Asian fullwidth, wide or halfwidth character that is not Hangul."""
    return unicodedata.east_asian_width(char) in ("F", "W", "H") and not unicodedata.name(char, "").startswith("HANGUL")


# An <img> this many CSS pixels or more across and high could hold a catalog's table: 10 x 5 cm
# at 96 px an inch, as extractors/docx.py TABLE_PICTURE_CM. A page that gives no size says nothing.
TABLE_IMAGE_PX = (378, 189)
_CSS_SIZE = re.compile(r"(?<![-\w])(width|height)\s*:\s*(\d+(?:\.\d+)?)\s*px", re.IGNORECASE)
_ATTR_PX = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$", re.IGNORECASE)


def _table_sized_images(root: etree._Element) -> int:
    """Shown <img> elements whose width and height (attributes or inline style, in pixels) are at
    least TABLE_IMAGE_PX: a catalog pasted into a page as a picture."""
    count = 0
    for img in root.iter("img"):
        if any(el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "")
               for el in (img, *img.iterancestors())):  # fmt: skip
            continue
        size = {key: float(value) for key in ("width", "height") if (value := _px(img.get(key)))}
        size.update((m[1].lower(), float(m[2])) for m in _CSS_SIZE.finditer(img.get("style") or ""))
        count += size.get("width", 0) >= TABLE_IMAGE_PX[0] and size.get("height", 0) >= TABLE_IMAGE_PX[1]
    return count


def _px(value: str | None) -> str:
    match = _ATTR_PX.match(value or "")
    return match[1] if match else ""


def bytes_to_text(data: bytes) -> str:
    """Decode a page: BOM, then a <meta> charset that fits, then UTF-8, then GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _declared_encoding(data[:_SNIFF_BYTES])
    for encoding in dict.fromkeys(e for e in (declared, "utf-8", "gb18030") if e):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode(declared or "utf-8", errors="replace")


def _declared_encoding(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").lower()
    if label in _GB_LABELS:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# A page's own stylesheet: a top-level rule whose selector is one simple selector (tr.hide, .hidden,
# #old) and whose declarations hide what it selects. Rules with combinators are not followed.
_STYLE_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^(?P<tag>[a-z][a-z0-9]*)?(?P<rest>(?:[.#][\w-]+)*)$", re.IGNORECASE)


Rules = list[tuple[re.Match[str], str]]  # a stylesheet's simple selectors, each with its rule's declarations


def _style_rules(root: etree._Element) -> Rules:
    """The page's top-level <style> rules as (simple selector, declarations), one per selector of a
    rule, in the order written (a later rule wins); rules with other selectors are left out."""
    return [
        (match, found[2])
        for style in root.iter("style")
        for found in _STYLE_RULE.finditer(_top_level_rules(style.text or ""))
        for selector in found[1].split(",")
        if (match := _SIMPLE_SELECTOR.match(selector.strip())) and selector.strip()
    ]


def _mark_by_style(root: etree._Element, rules: Rules, declaration: re.Pattern[str], attribute: str) -> None:
    """Mark (with `attribute`, whose value is the declaration's group if it has one) the elements
    the page's <style> rules give the `declaration`: a CMS hides a withdrawn row by a class
    (tr.hide{display:none}) as often as by its style attribute, and strikes one as often."""
    selectors = [(match, value.group(1) if value.groups() else "")
                 for match, body in rules if (value := declaration.search(body))]  # fmt: skip
    if not selectors:
        return
    for el in root.iter():
        if isinstance(el.tag, str) and (values := [v for m, v in selectors if _selects(m, el)]):
            el.set(attribute, values[-1])  # the later rule wins


# display values that lay elements out as a table's parts, and the element each shows as
_TABLE_DISPLAY = {"table": "table", "table-row": "tr", "table-cell": "td", "table-header-group": "thead",
                  "table-row-group": "tbody", "table-footer-group": "tfoot"}  # fmt: skip
_DISPLAY = re.compile(r"display\s*:\s*(table(?:-row-group|-header-group|-footer-group|-row|-cell)?)(?![\w-])", re.I)
_TABLE_TAGS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"})
CSS_TABLE_MIN_ROWS = 2  # a wrapper laid out as a table of one row (a page's two columns) is layout


def _tables_by_style(root: etree._Element, rules: Rules) -> None:
    """Read elements the page lays out as a table (display:table, table-row, table-cell, in their
    style or in a simple rule of its stylesheet: a CMS's table of <div>s) as the <table>, <tr> and
    <td> they show (found by the unseen12 probe: such a page was quarantined, its header printed as
    text). Only a box with at least two rows of at least two cells each: a one-row wrapper is layout."""
    displays = [(match, found[1].lower()) for match, body in rules if (found := _DISPLAY.search(body))]

    def display(el: etree._Element) -> str | None:
        if not isinstance(el.tag, str) or el.tag.lower() in _TABLE_TAGS:
            return None
        inline = _DISPLAY.search(el.get("style", ""))
        return inline[1].lower() if inline else next((d for m, d in reversed(displays) if _selects(m, el)), None)

    for box in [el for el in root.iter() if display(el) == "table"]:
        groups = [c for c in box if display(c) in ("table-header-group", "table-row-group", "table-footer-group")]
        rows = [r for parent in (box, *groups) for r in parent if display(r) == "table-row"]
        full = [r for r in rows if sum(display(c) == "table-cell" for c in r) >= 2]
        if len(full) < CSS_TABLE_MIN_ROWS:
            continue
        for el in (box, *groups, *rows, *(c for r in rows for c in r if display(c) == "table-cell")):
            el.tag = _TABLE_DISPLAY[display(el) or "table"]


_GRID = re.compile(r"display\s*:\s*(?:inline-)?grid(?![\w-])", re.I)
_GRID_COLUMNS = re.compile(r"grid-template-columns\s*:\s*([^;]+)", re.I)
_DISPLAY_VALUE = re.compile(r"(?<![\w-])display\s*:\s*([\w-]+)", re.I)
_GRID_PLACED = re.compile(r"grid-(?:column|row|area)\s*:", re.I)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)", re.I)


def _grid_tracks(value: str) -> int:
    """How many column tracks a grid-template-columns value lists (repeat(6, 1fr) is 6; auto-fill,
    auto-fit and named lines make it unknown: 0)."""
    if re.search(r"auto-fill|auto-fit|\[", value, re.I):
        return 0
    value = _REPEAT.sub(lambda m: " ".join([m[2].strip()] * int(m[1])), value)
    return len(re.findall(r"(?:minmax|fit-content|calc)\([^()]*\)|[^\s()]+", value.strip()))


_GRID_BLOCKS = frozenset({"div", "dl", "dt", "dd", "table", "ul", "ol", "li", "section", "article"})


def _holds_blocks(cell: etree._Element) -> bool:
    """A grid item that is, or holds, a box of its own (a card, a list, a table, a label and its
    value): the grid lays out boxes, not the cells of one table (unseen19's cards)."""
    return cell.tag.lower() in ("dt", "dd", "li") or any(
        isinstance(d.tag, str) and d.tag.lower() in _GRID_BLOCKS for d in cell.iterdescendants())


def _tables_from_grids(root: etree._Element, rules: Rules) -> None:
    """A CSS grid of cells (display:grid with grid-template-columns of N tracks, its children the
    cells in reading order: some CMS templates lay a catalog out so) is read as the table it shows,
    N cells a row. Only a grid whose cells none places elsewhere (grid-column, grid-row, grid-area:
    the order would not be the reading order), none of whose cells is a box of its own (a card, a
    list: _holds_blocks), that fills its last row, and shows two rows or more.
    Found by probing variants of the bundled notices: such a page was quarantined, its header
    printed with no table."""

    def declarations(el: etree._Element) -> str:
        """The element's matching simple rules, then its style attribute (which wins)."""
        return ";".join([*(body for m, body in rules if _selects(m, el)), el.get("style", "")])

    for box in [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() not in _TABLE_TAGS]:
        style = declarations(box)
        displays, columns = _DISPLAY_VALUE.findall(style), _GRID_COLUMNS.findall(style)
        if not displays or not _GRID.fullmatch(f"display:{displays[-1]}") or not columns:
            continue  # the last display declared wins (the style attribute's over a rule's)
        tracks = _grid_tracks(columns[-1])
        cells = [c for c in box if not _is_hidden(c)]  # a hidden cell takes no place in the grid
        if tracks < 2 or len(cells) < 2 * tracks or len(cells) % tracks:
            continue
        if any(_GRID_PLACED.search(declarations(c)) for c in cells) or any(map(_holds_blocks, cells)):
            continue
        box.tag, box.text = "table", None
        box.attrib.pop("style", None)
        for c in cells:
            box.remove(c)
        for start in range(0, len(cells), tracks):
            row = etree.SubElement(box, "tr")
            for c in cells[start:start + tracks]:
                c.tag, c.tail = "td", None
                row.append(c)


# A markdown table typed or pasted into a CMS as text: | 序号 | … |, then |---|---|, then a row a line.
_PIPE_ROW = re.compile(r"\|.*\|")
_PIPE_RULE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")
PIPE_TABLE_MIN_LINES = 3  # the header, the rule under it and one row


def _tables_from_pipes(root: etree._Element) -> None:
    """Sibling paragraphs that print a markdown table (| 序号 | … |, a rule |---|, one | … | a row)
    are read as the table they print (found by the unseen12 probe: a catalog pasted into a CMS
    page as markdown was quarantined, its header printed with no table)."""
    for parent in list(root.iter()):
        run: list[etree._Element] = []
        for child in [*parent, None]:
            if child is not None and _is_pipe_line(child):
                run.append(child)
                if not (child.tail or "").strip():
                    continue  # text between two lines ends the run
            if len(run) >= PIPE_TABLE_MIN_LINES and _PIPE_RULE.fullmatch(_line_text(run[1])):
                _replace_with_table(parent, run)
            run = []


def _is_pipe_line(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and el.tag in ("p", "div") and bool(_PIPE_ROW.fullmatch(_line_text(el)))


# A catalog a CMS lays out without a table: a list or box whose children are rows (<li>, <div>,
# display:flex or grid: only the page's style makes them a grid), each holding the same number of
# cells (<span>, <div> …), the first of them the catalog's header.
ROW_LIST_MIN_ROWS = 3  # the header and two rows
ROW_LIST_MIN_CELLS = 3  # as a catalog header has at least three columns (extractors/headers.py)


def _tables_from_rows(root: etree._Element) -> None:
    """Read a box of rows of cells whose first row is a catalog header as the table it shows
    (found by the unseen19 probe: a <ul> of display:flex <li> rows of <span>s was quarantined,
    its header printed with no table). Every child of the box must be such a row, each with the
    same number of cells and no text of its own outside them, and no cell may hold another row
    or block; anything else is left as running text."""
    for box in [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() not in _TABLE_TAGS]:
        rows = [child for child in box if isinstance(child.tag, str)]
        if len(rows) < ROW_LIST_MIN_ROWS or len(rows) != len(box):  # a comment or PI among them: not a plain list
            continue
        cells = [[c for c in row if isinstance(c.tag, str)] for row in rows]
        width = len(cells[0])
        if width < ROW_LIST_MIN_CELLS or any(len(row) != width or len(row) != len(r) for row, r in zip(cells, rows)):
            continue
        if any((r.text or "").strip() or any((c.tail or "").strip() for c in row) for r, row in zip(rows, cells)):
            continue
        if any(el.tag.lower() in _TABLE_TAGS or el.tag.lower() in ("li", "ul", "ol", "dl")
               for row in cells for cell in row for el in cell.iter() if isinstance(el.tag, str)):  # fmt: skip
            continue
        if row_to_columns([_line_text(cell) for cell in cells[0]]) is None:
            continue
        box.tag = "table"
        for row, row_cells in zip(rows, cells):
            row.tag = "tr"
            for cell in row_cells:
                cell.tag = "td"


SEQ_HEADING = "序号"


def _tables_from_cards(root: etree._Element) -> None:
    """Read a box of cards, one <dl> per entry, as the table they show (found by the unseen19
    probe: such a page was read as "no catalog"): the labels (<dt>) make the header, each card's
    values (<dd>) a row. Every child of the box must be a card holding one <dl> of label and value
    pairs, the same labels in the same order in every card, reading as a catalog header. A card's
    one other leaf element (a badge) is its 序号 when every card has one and they number the cards
    1, 2, 3 … in order; any other element or text outside the <dl> leaves the box as it is."""
    for box in [el for el in root.iter() if isinstance(el.tag, str) and el.tag.lower() not in _TABLE_TAGS]:
        parent = box.getparent()
        cards = [child for child in box if isinstance(child.tag, str)]
        if parent is None or len(cards) < ROW_LIST_MIN_ROWS - 1 or len(cards) != len(box):
            continue
        found = [_card(card) for card in cards]
        read = [r for r in found if r is not None]
        labels = {tuple(label for label, _ in pairs) for _, pairs in read}
        if len(read) != len(cards) or len(labels) != 1 or len(next(iter(labels))) < ROW_LIST_MIN_CELLS:
            continue
        numbers = [number for number, _ in read]
        numbered = numbers == [str(n) for n in range(1, len(cards) + 1)]
        if any(numbers) and not numbered:
            continue
        header = [*([SEQ_HEADING] if numbered else []), *next(iter(labels))]
        if row_to_columns(header) is None:
            continue
        table = etree.Element("table")
        for row in [[(heading, None) for heading in header],
                    *[[*([(number, None)] if numbered else []), *[("", value) for _, value in pairs]] for number, pairs in read]]:  # fmt: skip
            tr = etree.SubElement(table, "tr")
            for text, value in row:
                if value is None:
                    etree.SubElement(tr, "td").text = text
                else:
                    value.tag = "td"
                    tr.append(value)
        table.tail = box.tail
        parent.replace(box, table)


def _card(card: etree._Element) -> tuple[str, list[tuple[str, etree._Element]]] | None:
    """(its number or "", [(label, value element)]) of a card holding one <dl> of <dt>/<dd> pairs and
    at most one other leaf element; None for anything else."""
    if (card.text or "").strip():
        return None
    lists = [el for el in card if isinstance(el.tag, str) and el.tag.lower() == "dl"]
    others = [el for el in card if isinstance(el.tag, str) and el.tag.lower() != "dl"]
    if len(lists) != 1 or len(others) > 1 or any((el.tail or "").strip() for el in card):
        return None
    if others and (len(others[0]) or not _line_text(others[0]).isdigit()):
        return None
    items = [el for el in lists[0] if isinstance(el.tag, str)]
    if len(items) % 2 or (lists[0].text or "").strip() or any((el.tail or "").strip() for el in items):
        return None
    pairs = list(zip(items[::2], items[1::2]))
    if any(dt.tag.lower() != "dt" or dd.tag.lower() != "dd" for dt, dd in pairs):
        return None
    return (_line_text(others[0]) if others else ""), [(_line_text(dt), dd) for dt, dd in pairs]


def _line_text(el: etree._Element) -> str:
    return clean_cell(el.text_content())


def _replace_with_table(parent: etree._Element, run: list[etree._Element]) -> None:
    table = etree.Element("table")
    for line in (run[0], *run[2:]):
        tr = etree.SubElement(table, "tr")
        for text in _line_text(line)[1:-1].split("|"):
            etree.SubElement(tr, "td").text = text.strip()
    table.tail = run[-1].tail
    parent.replace(run[0], table)
    for line in run[1:]:
        parent.remove(line)


def _top_level_rules(css: str) -> str:
    """A stylesheet without comments and @-blocks: a rule of an @media block hides for some screens
    or printers only (a responsive page hiding a column on phones), not the page as such."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    return re.sub(r"@[^{}]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)


def _selects(selector: re.Match[str], el: etree._Element) -> bool:
    """The simple selector (tag, .class, #id) selects the element."""
    if selector["tag"] and selector["tag"].lower() != el.tag.lower():
        return False
    classes = set(el.get("class", "").split())
    for part in re.findall(r"[.#][\w-]+", selector["rest"]):
        if (part[0] == "." and part[1:] not in classes) or (part[0] == "#" and el.get("id") != part[1:]):
            return False
    return True


def _is_struck(el: etree._Element) -> bool:
    """The element's text is struck through (its own tag or style, or a stylesheet rule)."""
    return (isinstance(el.tag, str) and el.tag.lower() in _STRUCK_TAGS) or el.get("data-struck") is not None \
        or bool(_STRUCK_STYLE.search(el.get("style", "")))


def _is_hidden(el: etree._Element) -> bool:
    return (
        not isinstance(el.tag, str)  # comments and processing instructions
        or el.tag.lower() in _HIDDEN
        or el.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(el.get("style", "")))
    )


MAX_FRAME_DEPTH = 3  # an <iframe srcdoc> inside a srcdoc …: deeper documents are not read


def _walk(el: etree._Element, lines: list[str], grids: list[Laid], starts: list[int], depth: int = 0) -> None:
    """Reading order: text goes to lines (a block starts a new line), data tables to grids (with
    the number of lines read before each, in starts)."""
    if el.tag == "table" and not _is_frame(el):
        grids.append(table_to_grid(el))
        starts.append(len(lines))
        lines.append("")
        return
    block = el.tag in _BLOCKS
    if block or el.tag == "br":
        lines.append("")
    if el.text and not _is_struck(el):
        _add_inline(lines, el.text)
    for child in el:
        if not _is_hidden(child) and not (_is_struck(el) and child.tag != "table"):
            _walk(child, lines, grids, starts, depth)
        elif (frame := _frame_document(child, depth)) is not None:
            lines.append("")
            _walk(frame, lines, grids, starts, depth + 1)
            lines.append("")
        if child.tail:
            _add_inline(lines, child.tail)
    if block:
        lines.append("")


def _frame_document(el: etree._Element, depth: int) -> etree._Element | None:
    """The document an <iframe srcdoc="…"> shows in the page, parsed (its hidden rules marked): a
    CMS embeds an attachment's page so, and a browser prints it in place (found by the unseen11
    probe: the catalog in a srcdoc was "none of the 0 tables"). A frame loaded from a URL (src)
    is another file, not read; a frame the page hides is not shown."""
    srcdoc = el.get("srcdoc") if isinstance(el.tag, str) and el.tag.lower() == "iframe" else None
    if not srcdoc or depth >= MAX_FRAME_DEPTH or el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style", "")):
        return None
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", srcdoc, count=1))
    except (etree.ParserError, etree.LxmlError, ValueError):
        return None
    _prepare(root)
    return root


def _add_inline(lines: list[str], text: str) -> None:
    if not lines:
        lines.append("")
    lines[-1] += text


def _is_frame(table: etree._Element) -> bool:
    """A table with a table inside is a layout frame, not data; unless its own rows print a
    catalog header: then it is the catalog, one of whose cells holds a small table."""
    if not any(True for _ in table.iterdescendants("table")):
        return False
    return not grid_has_catalog_header(table_to_grid(table).rows)


def _table_rows(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own rows as rendered: thead rows first, tfoot rows last; a hidden row
    (display:none, a withdrawn entry a CMS keeps) is not shown, so not read."""
    head: list[etree._Element] = []
    body: list[etree._Element] = []
    foot: list[etree._Element] = []
    for child in table:
        if child.tag == "tr" and not _is_hidden(child):
            body.append(child)
        elif child.tag in ("thead", "tbody", "tfoot") and not _is_hidden(child):
            target = head if child.tag == "thead" else foot if child.tag == "tfoot" else body
            target.extend(tr for tr in child if tr.tag == "tr" and not _is_hidden(tr))
    yield from head + body + foot


def _span(cell: etree._Element, name: str, cap: int) -> int:
    try:
        value = int(re.sub(r"\D.*$", "", cell.get(name, "1").strip()) or "1")
    except ValueError:
        value = 1
    return min(max(value, 1), cap)  # rowspan="0" (to the end of the group) is read as 1


# No maintained library lays out a table with covered positions marked: pandas.read_html
# repeats a spanned value into every position and turns <br> into spaces, which loses both
# the None/"" difference and the cell's line breaks. So the grid is built here.
def table_to_grid(table: etree._Element) -> Laid:
    """Lay a <table> out on its grid: text at a cell's first position, None where a span covers;
    the positions a colspan covers in the cell's own row are across."""
    rows = list(_table_rows(table))
    placed: dict[tuple[int, int], str | None] = {}
    across: set[tuple[int, int]] = set()
    struck: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(rows):
        col = 0
        for cell in (c for c in tr if c.tag in ("td", "th") and not _is_hidden(c)):
            while (r, col) in placed:
                col += 1
            rowspan = _span(cell, "rowspan", len(rows) - r)
            colspan = _span(cell, "colspan", MAX_COLSPAN)
            if len(placed) + rowspan * colspan > MAX_GRID_CELLS:
                raise DocumentTooLarge(f"a table's spans make a grid of over {MAX_GRID_CELLS} cells")
            for dr in range(rowspan):
                for dc in range(colspan):
                    placed[(r + dr, col + dc)] = None
            placed[(r, col)] = text = cell_to_text(cell)
            if not text and (old := cell_to_text(cell, read_struck=True)):
                struck[(r, col)] = old
            across.update((r, col + dc) for dc in range(1, colspan))
            col += colspan
    width = max((c + 1 for _, c in placed), default=0)
    return Laid([[placed.get((r, c), "") for c in range(width)] for r in range(len(rows))], frozenset(across), struck)


def _transform(el: etree._Element, inherited: str) -> str:
    """The element's text-transform: its style attribute's, else its stylesheet rule's, else its
    parent's (found by the unseen26 probe: a name typed in lower case shown in capitals)."""
    own = _TRANSFORM_STYLE.search(el.get("style", ""))
    value = own.group(1) if own else el.get("data-transform")
    return value.lower() if value else inherited


def _transformed(text: str, transform: str) -> str:
    """Text as the browser shows it under a text-transform. `capitalize` makes the first letter of
    each word (after spaces, past an opening bracket or quote) a capital and leaves the rest."""
    if transform == "uppercase":
        return text.upper()
    if transform == "lowercase":
        return text.lower()
    if transform == "capitalize":
        return re.sub(r"(^|\s)([^\w\s]*)(\w)", lambda m: m[1] + m[2] + m[3].upper(), text)
    return text


def cell_to_text(cell: etree._Element, read_struck: bool = False) -> str:
    """A cell's text, <br> and block elements as line breaks, joined with join_cell_lines; "" when
    the cell or its row is struck through. `read_struck`: the struck text read as if it were not."""
    if not read_struck and any(_is_struck(el) for el in (cell, *cell.iterancestors())):
        return ""
    inherited = "none"
    for ancestor in reversed(list(cell.iterancestors())):  # a row's or the table's text-transform
        inherited = _transform(ancestor, inherited)
    lines: list[str] = [""]
    _walk_cell(cell, lines, inherited, read_struck)
    return join_cell_lines(line for line in map(close_struck_gaps, lines) if clean_cell(line))


def _walk_cell(el: etree._Element, lines: list[str], transform: str = "none", read_struck: bool = False) -> None:
    block = el.tag in _BLOCKS
    if block or el.tag == "br":
        lines.append("")
    if _is_struck(el) and not read_struck:  # struck words or a struck cell: no text, the tail after them is
        lines[-1] += STRUCK
        if block:
            lines.append("")
        return
    transform = _transform(el, transform)
    if el.text:
        lines[-1] += _transformed(el.text, transform)
    for child in el:
        if not _is_hidden(child):
            _walk_cell(child, lines, transform, read_struck)
        if child.tail:
            lines[-1] += _transformed(child.tail, transform)
    if block:
        lines.append("")
