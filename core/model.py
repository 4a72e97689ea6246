"""Frozen records passed between stages. Each carries its lineage back to a file's bytes.

Document (one file in raw/)
  └── RawTable (one table as printed: one per PDF page fragment, one per DOCX/HTML table)
        └── RawRow (cells as text; None where a merged cell covers the position)
CatalogRow: one catalog entry of one document, columns mapped to canonical names.
NoticeMeta: what the notice's text says about itself (number, city, dates, batch).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Literal

# What the bytes are, not the extension: "doc" is a binary Word file (.doc, and WPS Writer's .wps),
# "xls" a binary spreadsheet (.xls, and WPS Spreadsheets' .et), "xlsx" an Office Open XML workbook.
Format = Literal["pdf", "docx", "html", "doc", "odt", "xls", "xlsx"]
BBox = tuple[float, float, float, float]


def stable_id(prefix: str, *parts: str, length: int = 12) -> str:
    """An id derived from content only, so it is the same on every run and machine."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:length]}"


@dataclass(frozen=True)
class SourceFile:
    """A raw file: its path relative to raw/ and the sha256 of its bytes."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Origin:
    """Where a raw file was downloaded from (`catalog fetch`, raw/.provenance): the file's own
    URL (after redirects) and the notice page that linked it ("" for the page itself)."""

    url: str
    page_url: str = ""


@dataclass(frozen=True, slots=True)  # one per printed row: no __dict__ each (BENCHMARKS.md, "Memory")
class SourceRef:
    """Where a row was printed. page, table and row are 1-based; page is None outside PDF."""

    file: str
    sha256: str
    table: int
    row: int
    page: int | None = None
    bbox: BBox | None = None


@dataclass(frozen=True, slots=True)  # one per printed row: no __dict__ each (BENCHMARKS.md, "Memory")
class RawRow:
    """One printed row. A cell is None where a vertically or horizontally merged cell covers it.

    `across` lists the None positions covered by a cell of this same row merged across them
    (a parent row's family name spanning 译名 … 所属系列): their value is this row's own text to
    their left, never the row above's. Every other None is covered from above (merged down).

    `undecided` lists line breaks whose reading the geometry could not settle, as
    (cell index, "left|right") with the separator chosen between the bars' sides.
    `open_tails` (PDF) lists cells whose last word may continue in the next printed row, as
    (cell index, whether the geometry decides it): a page break can split a word.
    """

    cells: tuple[str | None, ...]
    ref: SourceRef
    undecided: tuple[tuple[int, str], ...] = ()
    open_tails: tuple[tuple[int, bool], ...] = ()
    confidence: tuple[float | None, ...] = ()  # OCR: each cell's confidence 0-100; () when read from a text layer
    boxes: tuple[BBox | None, ...] = ()  # OCR: each cell's box on its page (points, top-left origin)
    evidence: tuple[str, ...] = ()  # OCR: per cell, what besides the confidence says it was read right ("" none)
    across: frozenset[int] = frozenset()
    # A row whose every printed text is struck through (a revised notice withdraws it so) prints
    # nothing in `cells`; here, per cell, the text struck through in it. () for any other row.
    struck: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawTable:
    """One table as printed (a PDF table is cut per page: each page fragment is one RawTable)."""

    index: int
    rows: tuple[RawRow, ...]
    page: int | None = None
    bbox: BBox | None = None
    page_height: float | None = None  # PDF: the page's height, to know a table cut by its edge
    # the last lines of running text printed between the table before it (or the start) and this
    # one: the title or heading over the table (附件2 停止比照认定的…, 一、建设工程系列)
    caption: str = ""
    # PDF: places inside the table where a glyph is drawn over another (extractors.overprint):
    # its text layer may not say what the page shows
    overprinted: tuple[BBox, ...] = ()
    # PDF: the page's crop box cuts through the table (its rulings run on past what the page shows):
    # a column or rows of it may be out of sight, and read as absent
    cut_by_crop: bool = False


@dataclass(frozen=True)
class Document:
    """A readable document: its running text (outside tables) and its tables, in reading order."""

    source: SourceFile
    format: Format
    text: str
    tables: tuple[RawTable, ...]
    pages: int | None = None
    pictures: int = 0  # pictures in the body (DOCX): a catalog may be printed as one
    table_sized_pictures: int = 0  # pictures as large as a table (DOCX, PDF): the catalog may be one of them
    embedded: tuple[str, ...] = ()  # objects in the document not read (DOCX: ProgIDs; PDF: attached files): the catalog may be one


@dataclass(frozen=True, slots=True)  # one per printed row: no __dict__ each (BENCHMARKS.md, "Memory")
class CatalogRow:
    """One catalog entry as published, whitespace-normalized, with canonical column names.

    `extra` keeps columns we do not map (name, value) so nothing printed is lost.
    `refs` are every printed row that made up this entry (more than one when a page break split it).
    `checks` name the cells a steward should compare with the printed page ("issuer: Examiners|for").
    `part` numbers the catalogs of a notice that prints several (附件1, 附件2 …), each with 序号 from 1.
    `ocr` is set when the row was read from a page image: (field, confidence 0-100, the cell's box
    on its page) for each field read by OCR; () for rows read from text. `ocr_evidence` names,
    per field, what besides the confidence says it was read right (extractors/ocr_check.py;
    the release adds its own, pipeline/ocr_review.py).
    """

    seq: str
    qualification: str
    qualification_zh: str
    issuer: str
    title: str
    series: str
    country: str
    refs: tuple[SourceRef, ...]
    extra: tuple[tuple[str, str], ...] = ()
    checks: tuple[str, ...] = ()
    part: int = 1
    ocr: tuple[tuple[str, float, BBox | None], ...] = ()
    ocr_evidence: tuple[tuple[str, str], ...] = ()  # (field, evidence) for the OCR'd fields that have some

    @property
    def key(self) -> str:
        """The entry's printed key within its notice: 序号, prefixed by the part after the first."""
        return self.seq if self.part == 1 else f"{self.part}:{self.seq}"

    @property
    def ref(self) -> SourceRef:
        """The first printed row of the entry: the lineage we publish."""
        return self.refs[0]


@dataclass(frozen=True)
class Heading:
    """A printed row that is no entry, whose 序号 counts in its part's sequence, so that the numbers
    it takes are not missing rows:

    - a parent row printed over the rows of one qualification family: its name in one cell merged
      across the row's other columns, with a 序号 of its own or none (1 | 美国无损检测学会（ASNT）资格认证
      ——————, then 2 | Level I …). It names no body and no title;
    - a withdrawn row (`withdrawn`): struck through whole, 序号 and all, by a revised notice
      (整行标示删除线的条目停止执行). `text` is its struck name."""

    part: int
    seq: str  # as printed ("" when the parent row takes no number)
    text: str
    ref: SourceRef
    withdrawn: bool = False


@dataclass(frozen=True)
class Catalog:
    """The catalog found in one document: its header as printed and its entries."""

    header: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[CatalogRow, ...]
    # Why the catalog's end is not seen in the file, or "": its last table runs to the bottom of
    # the file's last page, so a page may have been lost (the release asks a steward).
    end_unseen: str = ""
    # Title rows printed across the table over its header (目录（第一批） in a workbook's print
    # with gridlines): notice text the running text lacks.
    titles: tuple[str, ...] = ()
    # Parent rows over a family's rows (see Heading), in print order.
    headings: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class NoticeMeta:
    """What a notice says about itself, read from its text (never from its file name)."""

    doc_number: str = ""
    city: str = ""
    office: str = ""
    notice_title: str = ""  # 关于…的通知 (not a 职称: that is CatalogRow.title)
    issue_date: str = ""
    effective_date: str = ""
    batch: str = ""
    catalog_title: str = ""
    replaces: str = ""  # the sentence retiring the city's earlier catalogs (原…目录同时废止), if printed
    draft: str = ""  # the title or heading that makes the catalog a draft for comment (征求意见稿), if printed

    @property
    def notice_key(self) -> str:
        """What makes two files the same notice: the document number, else the title and date."""
        return self.doc_number or f"{self.notice_title}|{self.issue_date}"


@dataclass(frozen=True)
class DocumentResult:
    """What the per-document step returns: a catalog with metadata, or why there is none."""

    source: SourceFile
    format: Format | None
    meta: NoticeMeta = field(default_factory=NoticeMeta)
    catalog: Catalog | None = None
    status: Literal["catalog", "no-catalog", "rejected"] = "catalog"
    step: str = ""
    reason: str = ""
    # With no catalog: the catalog its text names as its own (extractors/metadata.own_catalog), which
    # another file of the run must hold (pipeline/assemble.catalogs_not_found)
    names_catalog: str = ""


@dataclass(frozen=True)
class EntryRecord:
    """One row of entries.csv / entries.parquet, as published: the columns are these fields, in
    this order, every value text. This is the contract with portals and analysts: add fields
    at the end, never rename one (README, "Changes to the published files")."""

    entry_id: str
    notice_id: str
    doc_number: str
    city: str
    batch: str  # 批次 as printed (第一批)
    part: str
    seq: str
    qualification: str
    qualification_zh: str
    issuer: str
    issuer_id: str
    qualification_id: str
    title: str  # the professional title (职称)
    series: str
    country: str
    issuer_name_zh: str
    issuer_name_en: str
    issuer_abbr: str
    issuer_match: str
    issuer_match_score: str
    source_file: str
    source_sha256: str
    source_page: str
    source_table: str
    source_row: str
    source_bbox: str
    continued_on: str
    also_in: str
    extra: str
    checks: str
    in_force: str = "true"  # 'false' once a later notice of the city re-lists or withdraws it
    superseded_by: str = ""  # the document number of that later notice
    source_url: str = ""  # the URL source_file was downloaded from (catalog fetch); "" when added by hand
    ocr_confidence: str = ""  # read from a page image: the lowest confidence of its cells (0-100); "" when read from text


ENTRY_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(EntryRecord))
