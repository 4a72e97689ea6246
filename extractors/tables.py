"""Turn a document's printed tables into its catalog: find the header, chain the tables that
continue it, drop repeated headers, join rows a page break split, fill merged cells.

Format-independent: PDF page fragments, DOCX tables and HTML tables all arrive as RawTables.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from core.cells import (
    FULL_WIDTH_CLOSERS,
    FULL_WIDTH_OPENERS,
    NO_BREAK_BEFORE,
    clean_cell,
    fold_typing,
    is_cjk,
    is_seq_like,
    join_wrapped,
    seq_text,
)
from core.countries import COUNTRIES
from core.errors import CatalogIncomplete, HeaderNotRecognized, NoCatalogFound, TextOverprinted, UncertainCatalog
from core.model import BBox, Catalog, CatalogRow, Document, Heading, RawRow, RawTable, SourceRef
from extractors import extent, numbering
from extractors.bilingual import split_name_and_translation
from extractors.headers import (
    CANONICAL,
    COUNTRY,
    ISSUER,
    QUALIFICATION,
    QUALIFICATION_ZH,
    SEQ,
    SERIES,
    TITLE,
    header_to_column,
    lacks_the_name,
    lists_changes,
    missing_required,
    names_both,
    row_to_columns,
)
from extractors.joins import (
    CONJUNCTIONS,
    Join,
    Spacing,
    gender_ending,
    han_space_check,
    han_spaces,
    join_evidence,
    settle,
    spacing_of,
    text_to_join,
    texts_to_vocabulary,
)
from extractors.metadata import catalog_heading, lines_to_title, own_catalog
from extractors.overprint import spots_inside
from extractors.variants import in_japanese_forms, simplified, traditional_check

HEADER_SEARCH_ROWS = 3
REPEAT_MIN = 4  # characters a page-top repeat of the row above must show to be taken for one
PAGE_EDGE = 2.0  # points from a page's edge: a table reaching it was cut by it
# A section row spans the table and names a group: "一、工程系列", "（二）经济类", "卫生系列".
_ORDINAL = r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+[类部分][、:：]?)"
_SECTION = re.compile(rf"^{_ORDINAL}\s*(?P<label>\S.*)$|^(?P<named>\S.*(?:系列|类|专业))$")
# Columns whose value a merged cell may carry over many rows (and over a page break).
MERGEABLE = frozenset({ISSUER, COUNTRY, TITLE, SERIES})
Read = tuple[float, BBox | None, str]  # an OCR'd cell: its confidence (0-100), its box on the page, its evidence


@dataclass
class _Header:
    cells: tuple[str, ...]
    columns: tuple[str | None, ...]
    # the header's printed rows (two for a grouped header), and a title row printed across the
    # table above it: a table that repeats its top rows on every page repeats the title too
    printed: tuple[tuple[str, ...], ...] = ()
    # a title printed as ticks: 对应职称 over one column per title (助理工程师 | 工程师 | 高级工程师),
    # each row ticking its own: (column, the title it names)
    ticks: tuple[tuple[int, str], ...] = ()
    # the canonical column the section rows fill where the header has none: ISSUER when every section row names a
    # body (一、美国焊接学会（AWS）over its qualifications, no 颁证单位 column; probe round unseen42); else the series
    sections_fill: str = SERIES


@dataclass
class _RowBuilder:
    """A catalog row while its printed rows are gathered (a page break may split it); it
    becomes a frozen CatalogRow once complete, and never leaves this module."""

    cells: list[str]
    header: _Header
    part: int
    refs: list[SourceRef] = field(default_factory=list)
    section: str = ""  # the section row above it ("工程系列"), when the catalog is grouped
    joins: list[Join] = field(default_factory=list)  # line joins the geometry left undecided
    open_tails: dict[int, bool] = field(default_factory=dict)  # of the last printed row
    carried: frozenset[int] = frozenset()  # columns whose value a merged cell above carries
    ocr: dict[int, Read] = field(default_factory=dict)  # per column, when read from a page picture
    section_ocr: Read | None = None  # the section row's, when it names the series
    parent: str = ""  # the family it names, when the row is printed as a parent row (see _parent_text)
    names_merged: bool = False  # its 职业资格名称 cell is merged across the 译名 column (both names in one cell)

    def note(self, row: RawRow) -> None:
        """Keep the row's undecided line joins and its open cell ends."""
        self.open_tails = dict(row.open_tails)
        self.joins.extend(text_to_join(i, text) for i, text in row.undecided if i < len(self.cells))

    def read(self, row: RawRow, columns: Iterable[int]) -> None:
        """Take the OCR confidence of the row's cells in `columns`: the lower when a cell already
        has one (the two halves of a row a page break split)."""
        for i in columns:
            if i < len(row.confidence) and (conf := row.confidence[i]) is not None:
                box = row.boxes[i] if i < len(row.boxes) else None
                seen = row.evidence[i] if i < len(row.evidence) else ""
                self.ocr[i] = _lower(self.ocr[i], (conf, box, seen)) if i in self.ocr else (conf, box, seen)


def document_to_catalog(doc: Document) -> Catalog:
    """The document's catalog, or NoCatalogFound / HeaderNotRecognized saying why there is none.

    A notice may print several catalogs (附件1, 附件2 …, each with its header and 序号 from 1):
    each is a part, numbered in print order, so that 序号 stays unique within a part.
    """
    doc = replace(doc, tables=tuple(half for table in doc.tables for half in _side_by_side_halves(table)))
    try:
        chains = _chains(doc.tables, doc.source.path)
    except HeaderNotRecognized:
        _check_no_header_cut_by_crop(doc)  # a required column out of sight
        raise
    except NoCatalogFound as exc:
        _check_no_header_cut_by_crop(doc)
        _check_no_catalog_printed(doc)
        _check_no_header_down_a_column(doc)
        _check_no_catalog_pictured(doc)
        _check_no_catalog_embedded(doc)
        if doc.pictures or doc.table_sized_pictures:
            raise NoCatalogFound(
                f"{exc.message}; the file holds {max(doc.pictures, doc.table_sized_pictures)} picture(s): a catalog "
                "printed as a picture is not read",
                file=doc.source.path, hint="if a picture is the catalog, ask for it as a table (DOCX, PDF) or type it",
            ) from exc
        raise
    chains = _without_withdrawn(doc, chains)
    entries: list[_RowBuilder] = []
    closings: list[tuple[int, str]] = []
    withdrawn: list[Heading] = []
    for header, tables in chains:
        entries.extend(_collect_entries(tables, header, part=(entries[-1].part + 1) if entries else 1, closings=closings,
                                        withdrawn=withdrawn))  # fmt: skip
    parents, entries = _headings_apart(entries)
    headings = parents + tuple(withdrawn)
    if not entries:
        raise NoCatalogFound("the catalog table has a header but no rows", file=doc.source.path)
    vocabulary = texts_to_vocabulary([doc.text, *(c for e in entries for c in e.cells)], (j for e in entries for j in e.joins))
    spacing = spacing_of((c, [j for j in e.joins if j.column == i]) for e in entries for i, c in enumerate(e.cells))
    # A part without a 序号 column is numbered in print order only where a printed row is a row of the file (a Word or
    # web table, a sheet): on a PDF's page a row a page break split reads as two, and no 序号 tells (unseen10's xuyi).
    unnumbered = {e.part for e in entries if SEQ not in e.header.columns} if doc.format != "pdf" else set()
    rows, headings = numbering.renumbered([_entry_to_row(e, e.header, vocabulary, spacing) for e in entries], headings,
                                          unnumbered)  # 一, 1.1, no 序号 column: the numbers they stand for
    rows = _without_repeated_parts(rows)
    _check_in_order(doc, rows)
    _check_no_rows_outside(doc, rows)
    _check_not_overprinted(doc, rows)
    _check_not_cut_by_crop(doc, chains)
    _check_no_table_goes_on(doc, chains, rows)
    _check_latin_names_mapped(doc, rows)
    totals = _check_totals(doc, closings, entries)
    header = chains[0][0]
    titles = tuple(dict.fromkeys(title for line in header.printed[1:] if len(title := " ".join(t for t in line if t)) <= TITLE_MAX))
    numbered = extent.last_page_number(doc.text) if doc.format == "pdf" else None  # (k, N) of 第 k 页 共 N 页
    _check_extent(doc, chains, rows, titles, numbered)
    end_unseen = "" if totals or _numbered_to_the_end(doc, numbered) else _end_unseen(doc, chains[-1][1], rows[-1])
    catalog = Catalog(header=header.cells, columns=tuple(c or "" for c in header.columns), rows=rows,
                      end_unseen=end_unseen, titles=titles, headings=headings)  # fmt: skip
    _check_international(doc, chains, catalog)
    return catalog


def _side_by_side_halves(table: RawTable) -> tuple[RawTable, ...]:
    """A catalog printed in two halves side by side (rows 1–8 on the left, 9–16 on the right, each
    under the header) read as one table, its header row the catalog's header twice over with only
    empty columns between: the left half, then the right, each without the rows it leaves blank.
    Read whole, a left row lay beside two right rows and was taken twice (found by the unseen15
    probe: Chromium's print of two tables side by side, 序号 printed twice; a Word table laid out so
    reads the same). Any other table is returned as it is."""
    width = max((len(row.cells) for row in table.rows), default=0)
    for at, header in enumerate(table.rows[:3]):
        cells = [clean_cell(c or "") for c in header.cells]
        for cut in range(3, width - 2):
            right = cut
            while right < width and not cells[right] and all(
                not clean_cell(row.cells[right] or "") for row in table.rows if right < len(row.cells)
            ):
                right += 1  # the gap between the halves: empty in every row
            if cells[:cut] != cells[right:] or row_to_columns(cells[:cut]) is None:
                continue
            halves = (_half(table, 0, cut), _half(table, right, width, skip=at))
            return tuple(half for half in halves if half.rows)
    return (table,)


def _half(table: RawTable, start: int, end: int, skip: int = 0) -> RawTable:
    """Columns start:end of a table's rows after the first `skip` (title rows over both halves are
    kept with the left one only), without rows blank there (the other half's taller row)."""
    rows: list[RawRow] = []
    for row in table.rows[skip:]:
        part = row.cells[start:end]
        if not any(clean_cell(c or "") for c in part):
            continue
        rows.append(replace(
            row, cells=part,
            undecided=tuple((i - start, sep) for i, sep in row.undecided if start <= i < end),
            open_tails=tuple((i - start, known) for i, known in row.open_tails if start <= i < end),
            confidence=row.confidence[start:end], boxes=row.boxes[start:end], evidence=row.evidence[start:end],
            across=frozenset(i - start for i in row.across if start <= i < end),
        ))  # fmt: skip
    return replace(table, rows=tuple(rows))


# The title over a table of qualifications no longer recognized (停止比照认定的国际职业资格, 不再受理,
# 取消认定): a withdrawal verb, then within a few characters what it withdraws (认定, 受理, 适用).
_WITHDRAWN = re.compile(r"(?:停止|不再|取消|撤销|暂停|废止)[^，,。；;：:]{0,10}?(?:比照认定|认定|受理|适用|认可)")
TITLE_MAX = 60  # characters: a longer line over a table is prose, not its title


def _withdrawn_title(header: _Header | None, table: RawTable) -> str:
    """The title over a catalog's table (the caption's last line, or a title row above its
    header) when it says the table lists qualifications withdrawn; else ""."""
    titles = header.printed[1:] if header is not None else ()
    lines = [*(table.caption.splitlines()[-1:]), *(" ".join(t for t in row if t) for row in titles)]
    return next((line for line in lines if len(line) <= TITLE_MAX and not line.endswith("。") and _WITHDRAWN.search(line)), "")


def _without_withdrawn(
    doc: Document, chains: list[tuple[_Header, list[RawTable]]]
) -> list[tuple[_Header, list[RawTable]]]:
    """Refuse a catalog-shaped table whose title says its qualifications are withdrawn (found by the
    unseen11 probe: a notice withdrawing five qualifications, under a catalog's exact header, and a
    catalog followed by 附件2 停止比照认定的国际职业资格 under the same header, were published as
    catalogs). Only withdrawn tables: no catalog (NoCatalogFound). Some: the notice is set aside
    for a steward (UncertainCatalog), since a title is no proof of which rows stand."""
    withdrawn = [(table, title) for header, tables in chains for i, table in enumerate(tables)
                 if (title := _withdrawn_title(header if i == 0 else None, table))]  # fmt: skip
    if not withdrawn:
        return chains
    named = "; ".join(f"table {t.index} is headed '{title}'" for t, title in withdrawn)
    if all(id(tables[0]) in {id(t) for t, _ in withdrawn} for _, tables in chains):
        raise NoCatalogFound(f"{named}: it lists qualifications withdrawn from a catalog, not a catalog",
                             file=doc.source.path)  # fmt: skip
    raise UncertainCatalog(
        f"{named}: it lists qualifications withdrawn, printed under the catalog's header; the notice is set aside "
        "so that no withdrawn row is published as recognized",
        file=doc.source.path, hint="publish the catalog's own table only: a steward decides which rows stand",
    )  # fmt: skip


def _without_repeated_parts(rows: tuple[CatalogRow, ...]) -> tuple[CatalogRow, ...]:
    """The rows without a part that prints an earlier part again, row for row (a file holding
    the notice twice, found by probing: its 61 rows were published twice, as parts 1 and 2).
    Nothing is lost: every cell of the repeat equals the first printing's."""
    parts: dict[int, list[CatalogRow]] = {}
    for row in rows:
        parts.setdefault(row.part, []).append(row)
    seen: list[list[tuple[str, ...]]] = []
    kept: list[CatalogRow] = []
    number = 0
    for part_rows in parts.values():
        values: list[tuple[str, ...]] = [(r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series, r.country) for r in part_rows]
        if values in seen:
            continue
        seen.append(values)
        number += 1
        kept.extend(replace(r, part=number) if r.part != number else r for r in part_rows)
    return tuple(kept)


def _check_in_order(doc: Document, rows: Sequence[CatalogRow]) -> None:
    """Raise CatalogIncomplete when a PDF's 序号 go back within a part to a number not printed
    yet (…, 40, 28, …): its pages are out of order, and rows split by a page break were joined
    to the wrong rows."""
    if doc.format != "pdf":
        return
    last: dict[int, int] = {}
    seen: set[tuple[int, int]] = set()
    for row in rows:
        if not row.seq.isdecimal() or any(field == SEQ for field, _, _ in row.ocr):
            continue  # a 序号 read from a scan may be misread: the release weighs it (ocr_review.py)
        number = int(row.seq)
        before = last.get(row.part)
        # a number printed twice is the entries suite's to report ("printed more than once")
        if before is not None and number < before and (row.part, number) not in seen:
            where = f" (page {row.ref.page})" if row.ref.page is not None else ""
            raise CatalogIncomplete(
                f"序号 {before} is followed by {number}{where}: the pages are out of order, and rows split by a page "
                "break may be joined to the wrong rows",
                file=doc.source.path, hint="compare the file with the notice; a DOCX or web page of it reads whole",
            )  # fmt: skip
        last[row.part] = number
        seen.add((row.part, number))


# A printed catalog row outside any table: a 序号, then a Latin qualification name ("64 Certified …").
_ROW_LIKE = re.compile(r"^\s*(\d{1,4})(?:[ \t]+|[.、．][ \t]*)[A-Za-z][A-Za-z]")
ROWS_OUTSIDE_MIN = 2  # one such line may be prose ("3 ASME …" in a sentence); two are a catalog's rows
_TITLE_LIKE = re.compile(r"[师员]|翻译")  # what every 对应职称 ends in


def _check_no_rows_outside(doc: Document, rows: Sequence[CatalogRow]) -> None:
    """Raise CatalogIncomplete when the text outside the tables prints rows the catalog lacks: a
    序号 with a qualification whose first word no catalog row of that 序号 starts with (a second
    catalog numbered from 1 again is missed too, not only numbers beyond the first one's)."""
    read = {(int(r.seq), _first_word(r.qualification)) for r in rows if r.seq.isdecimal()}
    outside = sorted({seq for seq, word in _rows_in_text(doc.text) if (seq, word) not in read})
    if len(outside) >= ROWS_OUTSIDE_MIN:
        shown = ", ".join(map(str, outside[:10])) + (f" … ({len(outside)} in all)" if len(outside) > 10 else "")
        raise CatalogIncomplete(
            f"the catalog table holds {len(rows)} rows, but lines that read like its rows (序号 {shown}) are "
            "printed outside every table found: the table was read only in part",
            file=doc.source.path, hint="compare the file with the notice; a DOCX or web page of it reads whole",
        )


_LATIN = re.compile(r"[A-Za-z]{2}")
LATIN_SHARE = 0.8  # of the rows: an unnamed column holding Latin text in this many holds the names


def _check_latin_names_mapped(doc: Document, rows: Sequence[CatalogRow]) -> None:
    """Raise HeaderNotRecognized when no qualification and no 译名 was read in Latin letters while a
    column left unnamed holds Latin text in most rows: the headings named the Chinese names'
    column as the qualification and the printed (English) names went unread (found by the
    unseen9 probe: 国际职业资格证书名称 | 英文名称 published the Chinese names alone)."""
    if len(rows) < 2 or any(_LATIN.search(r.qualification + r.qualification_zh) for r in rows):
        return
    for name in dict.fromkeys(name for r in rows for name, _ in r.extra):
        latin = sum(1 for r in rows for n, v in r.extra if n == name and _LATIN.search(v))
        if latin >= LATIN_SHARE * len(rows):
            raise HeaderNotRecognized(
                f"no qualification name was read in Latin letters, but the column '{name}', which no heading "
                f"names as a catalog column, holds Latin text in {latin} of {len(rows)} rows: the headings may "
                "name the columns wrongly",
                file=doc.source.path, hint="check which column holds the qualification's printed (English) name",
            )  # fmt: skip


# Words by which a notice says its qualifications are foreign ones (国际职业资格, 境外职业资格 …).
INTERNATIONAL_WORDS = ("国际", "境外", "国外", "海外", "外国", "international", "foreign")


def _check_international(doc: Document, chains: Sequence[tuple[_Header, list[RawTable]]], catalog: Catalog) -> None:
    """Raise UncertainCatalog when nothing says the qualifications are international ones: no row
    prints a Latin name (qualification, 译名 or issuer) and neither the notice's title, the title of
    the catalog it names as its own, nor a title over the table says 国际, 境外 … (its body may say
    them of something else: see _own_titles) (found by the unseen9 probe: a province's table of
    domestic 职业资格 and their 职称, 一级建造师 | 住房和城乡建设部 | 工程师, reads like a catalog).
    The error carries the catalog: a notice page that links the file may vouch for it."""
    rows = catalog.rows
    if any(_LATIN.search(r.qualification + r.qualification_zh + r.issuer) for r in rows):
        return
    titles = " ".join(cell for header, _ in chains for line in header.printed for cell in line)
    if any(word in (_own_titles(doc.text) + titles).lower() for word in INTERNATIONAL_WORDS):
        return
    # Set aside, not "no catalog": a bare attachment of a Chinese-only catalog would otherwise be
    # dropped by a run that exits 0.
    raise UncertainCatalog(
        f"a table reads like a catalog ({len(rows)} rows), but nothing says its qualifications are international: "
        "no row prints a Latin name, and neither the notice's title nor its catalog's says 国际, 境外 or 国外; "
        "set aside for a steward",
        file=doc.source.path,
        hint="a catalog of domestic qualifications is not published here; if it is the catalog of a notice about "
             "international qualifications, fetch it with its notice page (`catalog fetch PAGE_URL`): a page whose "
             "title says 国际 or 境外 vouches for the files it links",
        catalog=catalog,
    )  # fmt: skip


def _own_titles(text: str) -> str:
    """The notice's title and the title of the catalog it names as its own (an attachment line, or
    the catalog its title issues): where a notice says what its catalog is. Its body may say 境外 or
    国际 of something else (found by the unseen17 probe: a city's table of domestic 职业资格 and
    their 职称, 一级注册建筑师 | 住房和城乡建设部 | 高级工程师, whose notice said "取得境外职业资格的，
    按《…国际职业资格比照认定职称目录》执行，不适用本目录", was published)."""
    lines = [line for line in (clean_cell(raw) for raw in (text or "").split("\n")) if line]
    headings = (line for line in lines if catalog_heading(line))  # a catalog's title on a line of its own
    return " ".join((lines_to_title(lines)[0], own_catalog(text), *headings))


CELLS_OF_A_ROW = 3  # a 序号 and at least two more printed cells: a catalog row, not a note or a date


def _check_no_table_goes_on(
    doc: Document, chains: Sequence[tuple[_Header, list[RawTable]]], rows: Sequence[CatalogRow]
) -> None:
    """Raise CatalogIncomplete when a table left out of every catalog starts with the 序号 after the
    last row read before it: the catalog goes on in a table of another width (a clerk's second
    table with one more column), which the chaining by width stopped at (found by the unseen9
    probe: a web page published 2 of its 4 rows)."""
    chained = {table.index for _, tables in chains for table in tables}
    for table in doc.tables:
        before = [row for row in rows if row.ref.table is not None and row.ref.table < table.index]
        if table.index in chained or not before or not before[-1].seq.isdigit():
            continue
        cells = next((_printed(r.cells) for r in table.rows if any(c and c.strip() for c in r.cells)), ())
        texts = [c for c in cells if c]
        if len(texts) >= CELLS_OF_A_ROW and seq_text(texts[0]) == str(int(before[-1].seq) + 1):
            width = next(len(h.columns) for h, tables in chains if before[-1].ref.table in {t.index for t in tables})
            raise CatalogIncomplete(
                f"the catalog's last row read is 序号 {before[-1].seq}, and table {table.index} goes on with 序号 "
                f"{seq_text(texts[0])}, but its {len(cells)} columns are not the header's {width}: "
                "the catalog was read only in part",
                file=doc.source.path, hint="compare the file with the notice; the tables need the same columns",
            )  # fmt: skip


# A catalog header printed as text: 序号, then a qualification column, then an issuer column.
_HEADER_LIKE = re.compile(r"序\s*号.*(?:职业资格|资格名称|证书名称).*(?:颁证|发证|认证机构|颁发)")


RUNS_TO_PAGE_END = 0.85  # without a full page to compare with: the bottom margin's share of the page
LINE_SLACK = 20.0  # points: a table ending within about a line of where full pages end runs to the end


def _check_not_cut_by_crop(doc: Document, chains: Sequence[tuple[_Header, list[RawTable]]]) -> None:
    """CatalogIncomplete when the page's crop box cuts through a catalog table (RawTable.cut_by_crop):
    what the page shows of it is not the whole table, and a column or rows out of sight would be
    read as absent."""
    pages = sorted({t.page for _, tables in chains for t in tables if t.cut_by_crop and t.page is not None})
    if pages:
        raise CatalogIncomplete(
            f"the page's crop box cuts through the catalog's table on page(s) {', '.join(map(str, pages))}: its "
            "rulings run on past what the page shows, so a column or rows may be out of sight",
            file=doc.source.path, hint="ask the bureau for the file as printed, or its DOCX or web page",
        )  # fmt: skip


def _check_no_header_cut_by_crop(doc: Document) -> None:
    """CatalogIncomplete when no catalog header was recognized but the crop box cuts through a table
    whose first rows print catalog headings: the headings out of sight (序号, 职业资格名称, 对应职称)
    are why, and "no catalog" or "a required column is missing" would not say so."""
    for table in doc.tables:
        if not table.cut_by_crop:
            continue
        headings = {column for row in table.rows[:3] for cell in row.cells if cell
                    if (column := header_to_column(clean_cell(cell))) is not None}  # fmt: skip
        if len(headings) >= 2:
            raise CatalogIncomplete(
                f"the page's crop box cuts through a table on page {table.page} that prints catalog headings "
                f"({', '.join(sorted(headings))}): its other columns or rows are out of sight, so no catalog "
                "header was recognized",
                file=doc.source.path, hint="ask the bureau for the file as printed, or its DOCX or web page",
            )  # fmt: skip


def _check_not_overprinted(doc: Document, rows: Sequence[CatalogRow]) -> None:
    """TextOverprinted when a catalog row was read where glyphs are drawn over other glyphs
    (extractors.overprint): its cells mix what the page shows with what it hides. Only rows that
    became entries count: a running header printed over a table's repeated header is furniture."""
    spots_of = {table.index: table.overprinted for table in doc.tables if table.overprinted}
    if not spots_of:
        return
    found = [(row.seq, ref.page, spot) for row in rows for ref in row.refs if ref.bbox is not None
             for spot in spots_inside(spots_of.get(ref.table, ()), ref.bbox)]  # fmt: skip
    if not found:
        return
    seqs = list(dict.fromkeys(seq for seq, _, _ in found))
    pages = sorted({page for _, page, _ in found if page is not None})
    raise TextOverprinted(
        f"text is drawn over other text in {len(seqs)} catalog row(s) (序号 {', '.join(seqs[:8])}"
        f"{' …' if len(seqs) > 8 else ''}; page(s) {', '.join(map(str, pages))}): old text under a cover, an "
        "invisible or switched-off layer, a seal, or text cut off at its cell's border; the text layer may not "
        "say what the page shows",
        file=doc.source.path,
        hint="compare those rows with the printed page; a DOCX or web page of the notice reads without this",
    )


_REST_HINT = "look for the rest (the notice's other pages or attachments, or another rendering of it: DOCX, web page) and add it"


def _check_extent(doc: Document, chains: Sequence[tuple[_Header, Sequence[RawTable]]], rows: Sequence[CatalogRow],
                  titles: Sequence[str], numbered: tuple[int, int] | None) -> None:  # fmt: skip
    """CatalogIncomplete when the notice's own words say the file holds part of its catalog
    (extractors/extent.py): a web page's pager, a PDF's last page numbered before the last, a
    table that says on its last page that it goes on, fewer catalogs than the notice lists as
    attachments, or an entry count the rows read do not make (found by probe round unseen36).
    `numbered` is a PDF's last page number and page count as printed (extent.last_page_number)."""
    def incomplete(message: str) -> CatalogIncomplete:
        return CatalogIncomplete(message, file=doc.source.path, hint=_REST_HINT)

    if pages := extent.pager(doc.text):
        raise incomplete(f"the web page is one page of an article its site split over pages (its pager: “{pages}”): "
                         "the catalog's rows on the other pages are not in this file")  # fmt: skip
    if numbered is not None and numbered[0] < numbered[1]:
        raise incomplete(f"the file's last page is numbered “第 {numbered[0]} 页 共 {numbered[1]} 页”: pages "
                         f"{numbered[0] + 1} to {numbered[1]} are not in the file")  # fmt: skip
    pieces = sum(len(tables) for _, tables in chains)
    if (marks := extent.goes_on_marks(doc.text)) >= pieces:
        raise incomplete(f"the catalog's table says {marks} time(s) that it goes on (未完，续下页), on its last page too, "
                         "but nothing follows it: its end is not in the file")  # fmt: skip
    parts = Counter(row.part for row in rows)
    listed = extent.listed_catalogs(doc.text)
    if len(listed) > len(parts):  # (numbered on, two attachments read as one part: each is still printed as a heading)
        printed = re.sub(r"\s+", "", "\n".join([doc.text, *titles]))
        if missing := [item for item in listed if printed.count(re.sub(r"\s+", "", item)) < 2]:  # the list, and its heading
            raise incomplete(f"the notice lists {len(listed)} catalogs as its attachments ({'; '.join(listed)}), but this "
                             f"file holds {len(parts)} and prints no heading of {'; '.join(missing)}")  # fmt: skip
    sizes = {len(rows), *parts.values()}
    off = [stated for stated in extent.stated_counts("\n".join([doc.text, *titles])) if stated.count not in sizes]
    # counts of attachments whose 序号 run on (one part read): some of them make the whole (20 + 12 of 32, unseen38)
    if off and not _some_sum_to([s.count for s in off], len(rows)):
        raise incomplete(f"the notice says its catalog has {off[0].count} entries (“{off[0].quote}”), but "
                         f"{len(rows)} rows were read: the file holds part of it, or the count is wrong")  # fmt: skip


def _some_sum_to(counts: Sequence[int], total: int) -> bool:
    """Whether some of `counts` (two or more, each used once) add up to `total`."""
    sums: set[tuple[int, int]] = {(0, 0)}  # (sum, how many) reachable
    for count in counts:
        sums |= {(s + count, n + 1) for s, n in sums if s + count <= total}
    return any(s == total and n >= 2 for s, n in sums)


def _numbered_to_the_end(doc: Document, numbered: tuple[int, int] | None) -> bool:
    """A PDF whose last page is numbered “第 N 页 共 N 页” (`numbered`) and is the file's N-th: no page
    after it was lost, so a catalog running to its bottom ends there."""
    return doc.pages is not None and numbered == (doc.pages, doc.pages)


_JAPAN = re.compile(r"日本|\bJapan", re.IGNORECASE)


def _japanese_row(values: dict[str, str]) -> bool:
    """The row's issuer is a Japanese body: its country, or its name, says Japan (日本技术士会（IPEJ）,
    The Japan Institute of …). Found by probe rounds unseen34 to unseen36, whose 技術士 rows waited."""
    return values[COUNTRY] == "日本" or bool(_JAPAN.search(values[ISSUER]))


def _end_unseen(doc: Document, tables: Sequence[RawTable], row: CatalogRow) -> str:
    """Whether a PDF catalog's end is seen. Its last table runs to where the catalog's full pages
    end: if its last row is cut (a bracket left open, a dangling "of"), the end is lost (a page
    dropped when the file was made or sent) and the document is quarantined, as the 序号 show no
    gap. If that page is the file's last, nothing shows where the catalog ends: the reason is
    returned and the release asks a steward. Otherwise "" (the end is seen)."""
    last = tables[-1]
    if doc.format != "pdf" or last.page is None or last.bbox is None or not last.page_height:
        return ""
    full = [t.bbox[3] for t in tables if t.bbox is not None and t.page != last.page]
    body_end = max(full) - LINE_SLACK if full else RUNS_TO_PAGE_END * last.page_height
    if last.bbox[3] < body_end:
        return ""
    if any(_looks_cut(c) for c in (row.qualification, row.issuer)):
        raise CatalogIncomplete(
            f"the catalog runs to the bottom of page {last.page} and its last row (序号 {row.seq}) is cut: "
            "its end may be missing",
            file=doc.source.path, hint="compare the file with the notice: a page may be lost; a DOCX or web page of it reads whole",
        )  # fmt: skip
    if doc.pages is not None and last.page == doc.pages:
        return (f"the catalog runs to the bottom of the file's last page (page {last.page}, last 序号 {row.key}): "
                "nothing printed after it shows that the catalog ends there, a page may be lost")  # fmt: skip
    return ""


def _looks_cut(text: str) -> bool:
    """A cell that stops mid-way: a bracket left open, or a last word that needs one after it."""
    if text.count("(") + text.count("（") > text.count(")") + text.count("）"):
        return True
    return bool(re.search(r"(?:(?<![-/])\b(?:of|and|for|the|und|für|der|des)|[&,])$", text.strip(), re.I))


def _rows_in_text(text: str) -> set[tuple[int, str]]:
    """(序号, first word of the qualification) of every line of running text that reads like a catalog row."""
    return {(int(m.group(1)), _first_word(line[m.end(1):])) for line in text.splitlines() if (m := _ROW_LIKE.match(line))}


def _first_word(text: str) -> str:
    match = re.search(r"[A-Za-z][A-Za-z0-9]*", text)
    return match.group(0).casefold() if match else ""


def _check_no_catalog_printed(doc: Document) -> None:
    """No table is a catalog, yet the text prints a catalog header or rows like a catalog's: the
    reader missed the table (a layout it does not know). Quarantined as incomplete, never
    reported as "no catalog", which would let the run pass with the whole catalog missing."""
    lines = doc.text.splitlines()
    # a list of people (序号 姓名 证书名称 发证机关: who was certified) is no catalog
    header = next((line.strip() for line in lines if _HEADER_LIKE.search(line) and "姓名" not in line), "")
    header = header or _header_in_lines(lines)
    # a catalog's rows name their 对应职称 (工程师, 研究员, 二级翻译 …), at least one on its 序号's line:
    # numbered lines that name none are a list (an exam syllabus's "2、IIR 基本网络结构" quarantined a
    # real university document)
    row_lines = [line for line in lines if _ROW_LIKE.match(line)]
    rows = sorted({seq for seq, _ in _rows_in_text(doc.text)}) if any(map(_TITLE_LIKE.search, row_lines)) else []
    if header or len(rows) >= ROWS_OUTSIDE_MIN:
        what = f"a catalog header ({header[:60]}) is" if header else f"lines that read like catalog rows (序号 {rows[0]}–{rows[-1]}) are"
        raise CatalogIncomplete(
            f"no table was read as a catalog, but {what} printed: the catalog's table was not found",
            file=doc.source.path, hint="compare the file with the notice; a DOCX or web page of it may read whole",
        )  # fmt: skip


def _check_no_catalog_pictured(doc: Document) -> None:
    """No table is a catalog, yet the notice names its catalog as its own (附件：…目录, a title
    issuing it: extractors/metadata.own_catalog) and holds a picture as large as a table: the catalog is likely that picture (a table pasted as an image),
    which is not read. Quarantined with that reason: as "no catalog", a run with other notices
    passed with this one's whole catalog missing (found by the unseen12 probe's notes)."""
    if not doc.table_sized_pictures or doc.format == "html":
        return  # a web page's banner is as large: pipeline/assemble.catalogs_not_found decides across files
    title = own_catalog(doc.text)
    if title:
        raise CatalogIncomplete(
            f"no table was read as a catalog, but the notice names its catalog ({title[:60]}) and holds "
            f"{doc.table_sized_pictures} picture(s) as large as a table: the catalog may be printed as a picture, "
            "which is not read", file=doc.source.path,
            hint="ask for the catalog as a table (DOCX, PDF or web page), or type it",
        )  # fmt: skip


def _check_no_catalog_embedded(doc: Document) -> None:
    """No table is a catalog, yet the document embeds objects that are not read (a PDF, a package,
    a Word 97-2003 document: extractors.docx._Objects): the catalog may be one of them, as clerks
    attach 附件 so. Quarantined with that reason, never reported as "no catalog"."""
    if doc.embedded:
        raise CatalogIncomplete(
            f"no table was read as a catalog, but the document embeds {len(doc.embedded)} object(s) that are not "
            f"read ({', '.join(sorted(set(doc.embedded)))[:120]}): the catalog may be one of them",
            file=doc.source.path, hint="open the document, save the embedded object as a file and add that file",
        )  # fmt: skip


def _check_no_header_down_a_column(doc: Document) -> None:
    """No table is a catalog, yet one prints a catalog header down its first column (序号,
    职业资格名称 … one a row): a catalog with its fields as rows, one column per qualification
    (found by the unseen12 probe, where it was "no catalog"). Refused with that reason, not read."""
    for table in doc.tables:
        column = [text if _HEADING.fullmatch(text := clean_cell(row.cells[0]) if row.cells else "") else ""
                  for row in table.rows]  # fmt: skip
        for start in range(min(len(column), HEADER_SEARCH_ROWS)):
            columns = row_to_columns(column[start:])
            if columns is not None:  # a required heading missing too: still no "no catalog"
                printed = " | ".join(c for c, m in zip(column[start:], columns) if m)
                raise HeaderNotRecognized(
                    f"table {table.index} prints a catalog header down its first column ({printed[:60]}): a catalog "
                    "turned on its side (its fields as rows, one column per qualification) is not read",
                    file=doc.source.path, hint="ask for the catalog with one row per qualification, or type it",
                )  # fmt: skip


HEADER_LINES = 8  # a header printed one heading a line (a grid of <div>s, text boxes) spans at most these
# A heading printed on a line of its own: short, and no sentence ("下载或打印职称电子证书。" is prose).
_HEADING = re.compile(r"[^。；;，,：:！!？?]{1,14}")


def _header_in_lines(lines: Sequence[str]) -> str:
    """A catalog header printed one heading a line: consecutive short lines that, read as one
    row, are a whole catalog header (found by probing: a web page laying its catalog out in
    <div>s, without <table>, was "none of the 0 tables has a catalog header")."""
    short = [clean_cell(line) for line in lines]
    for start in range(len(short)):
        if header_to_column(short[start]) is None:
            continue  # a header starts with a heading (not 附件 above it)
        window: list[str] = []
        for text in short[start : start + HEADER_LINES]:
            if not _HEADING.fullmatch(text):
                break  # headings follow one another; a sentence ends the run
            window.append(text)
        for end in range(3, len(window) + 1):
            columns = row_to_columns(window[:end])
            if columns is not None and not missing_required(columns):
                return " | ".join(window[:end])
    return ""


def _chains(tables: Sequence[RawTable], file: str) -> list[tuple[_Header, list[RawTable]]]:
    """Every catalog in the document: its header and the tables that print it, in order."""
    chains: list[tuple[_Header, list[RawTable]]] = []
    incomplete: list[str] = []
    position = 0
    while (found := _find_header(tables, position, incomplete)) is not None:
        header, start, header_row = found
        first = tables[start]
        trimmed = replace(first, rows=first.rows[header_row:])
        chain = list(_catalog_tables([trimmed, *tables[start + 1 :]], header))
        chains.append((header, chain))
        position = start + len(chain)
    if chains:
        return chains
    if incomplete:
        lacking = [m for m in incomplete if " lacks " in m]
        reasons = (["a required column is missing: " + "; ".join(lacking)] if lacking else []) + [
            m for m in incomplete if " lacks " not in m]  # fmt: skip
        raise HeaderNotRecognized("a table looks like a catalog but " + "; ".join(reasons), file=file)
    raise NoCatalogFound(f"none of the {len(tables)} tables has a catalog header", file=file)


def _find_header(
    tables: Sequence[RawTable], position: int, incomplete: list[str]
) -> tuple[_Header, int, int] | None:
    """The next catalog header from `position`: (header, table position, row position).

    A header is looked for in a table's first HEADER_SEARCH_ROWS rows; deeper down only a whole
    one (every required column), as where a form printed before the catalog on the same grid
    was read as one table with it (found by probing: a 申报表 before the catalog hid all 52
    rows behind "no catalog")."""
    for table_position in range(position, len(tables)):
        table = tables[table_position]
        for row_position, row in enumerate(table.rows):
            top = row_position < HEADER_SEARCH_ROWS
            below = table.rows[row_position + 1] if row_position + 1 < len(table.rows) else None
            grouped = _grouped(row, below) if below is not None and top else None
            columns = row_to_columns(row.cells)
            if (grouped is not None or columns is not None) and (changes := lists_changes(row.cells)):
                incomplete.append(f"table {table.index} prints {changes}: a list of changes to a catalog, not the catalog")
                break
            if grouped is not None:
                return grouped, table_position, row_position
            if columns is None and top and lacks_the_name(row.cells):
                printed = " | ".join(dict.fromkeys(t for t in _printed(row.cells) if t))
                incomplete.append(f"table {table.index} lacks {QUALIFICATION} (its headings: {printed})")
                break
            if columns is None:
                continue
            missing = missing_required(columns)
            fill = ISSUER if missing == (ISSUER,) and top and _sections_name_bodies(table.rows[row_position + 1 :]) else SERIES
            if missing and top and fill != ISSUER:
                incomplete.append(f"table {table.index} lacks {', '.join(missing)}")
                break
            if missing and fill != ISSUER:
                continue
            titles = tuple(_printed(r.cells) for r in table.rows[:row_position] if _spans_the_table(r.cells))
            header = _Header(tuple(clean_cell(c) for c in row.cells), columns, (_printed(row.cells), *titles),
                             sections_fill=fill)  # fmt: skip
            return header, table_position, row_position
    return None


# A section row that names an issuing body: a society's or board's name, maybe with its abbreviation in brackets
_BODY_SECTION = re.compile(
    r"(?:协会|学会|公会|委员会|研究所|研究院|理事会|联合会|商会|工商大会|学院|大学|集团|公司|基金会|总会|协会总部)"
    r"(?:\s*[（(][A-Za-z][A-Za-z0-9&.\s-]*[）)])?$|\b(?:Institute|Society|Association|Council|Board|Institution)\b"
)


def _sections_name_bodies(rows: Sequence[RawRow]) -> bool:
    """The first row under a header that lacks 颁证单位 is a section row, and every section row names a body."""
    labels = [_section_label(row.cells) for row in rows]
    named = [label for label in labels if label is not None]
    return bool(labels) and labels[0] is not None and all(_BODY_SECTION.search(label) for label in named)


def _spans_the_table(cells: Sequence[str | None]) -> bool:
    """One text across the row (a title row: 国际职业资格比照认定职称目录（第一批）)."""
    return len(_distinct_texts(cells)) == 1 and len(cells) > 1


def _distinct_texts(cells: Sequence[str | None]) -> set[str]:
    """The different texts a row prints (covered and empty positions print none)."""
    return {clean_cell(c) for c in cells} - {""}


def _printed(cells: Sequence[str | None]) -> tuple[str, ...]:
    return tuple(clean_cell(c) for c in cells)


def _grouped(row: RawRow, below: RawRow) -> _Header | None:
    """A header printed over two rows, read as one; None when `row` is not such a header.

    Grouped (职业资格 spanning 英文名称 | 中文名称): a column's heading is the group's text (printed
    once, at its left; the positions it spans are None) followed by its own. Wrapped over the
    row boundary (序 | 号): the two pieces joined. The row below is part of the header when it
    holds no number (a 序号), and the pair names every required column and more columns than
    the first row alone.
    """
    width = len(row.cells)
    subs = [clean_cell(c) for c in (list(below.cells) + [None] * width)[:width]]
    if not any(subs) or any(t and is_seq_like(t) for t in subs):
        return None
    if len(_distinct_texts(row.cells)) < 2:
        return None  # one text across the table is a title ("附件1 目录"), not a group of headings
    group, combined = "", []
    for top, sub in zip(row.cells, subs):
        group = clean_cell(top) if top is not None else group
        combined.append(f"{group if top is None else clean_cell(top)}{sub}" if sub or top is not None else "")
    columns = row_to_columns(combined)
    if columns is None or missing_required(columns):
        return None
    ticks = _tick_columns(row.cells, subs)
    alone = row_to_columns(row.cells)
    named = lambda cols: len({c for c in cols if c})  # noqa: E731
    if (not ticks and alone is not None and not missing_required(alone) and named(columns) <= named(alone)
            and not _completes_headings(row.cells, subs)):  # fmt: skip
        return None
    if ticks:  # no tick column is the title itself: a blank in one is no merged cell to fill
        columns = tuple(None if any(i == t for t, _ in ticks) else c for i, c in enumerate(columns))
    return _Header(tuple(combined), columns, (_printed(row.cells), _printed(below.cells)), ticks)


def _completes_headings(tops: Sequence[str | None], subs: Sequence[str]) -> bool:
    """The row below only finishes the headings above it: each of its texts a few characters of
    Chinese that, joined to its heading, name the same column (序 | 号 when 序 alone already reads as
    序号). Such a row is the header's, even when the row above names every column by itself."""
    pairs = [(clean_cell(top), sub) for top, sub in zip(tops, subs) if sub]
    return bool(pairs) and all(
        top and len(sub) <= 3 and all(is_cjk(ch) for ch in sub) and header_to_column(top + sub) == header_to_column(top) is not None
        for top, sub in pairs
    )


# What a catalog prints in the one column of a ticked title that applies to the row. A check mark
# Word inserted as a symbol (Wingdings FC, FE; Wingdings 2 P, R) is printed through the symbol font,
# whose text a PDF carries as the private-use U+F0FC, U+F0FE, U+F050, U+F052 (unseen15 probe).
TICKS = frozenset("√✓✔☑✅●\uf0fc\uf0fe\uf050\uf052")


def _tick_columns(tops: Sequence[str | None], subs: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """The columns of a title printed as ticks: a heading for the title (对应职称) over two or more
    columns whose own headings name no column of a catalog (助理工程师 | 工程师 | 高级工程师, or
    初级 | 中级 | 副高级): each is a title, and a row ticks the one it takes. () when there are none."""
    for start, top in enumerate(tops):
        if top is None or header_to_column(top) != TITLE:
            continue
        end = start + 1
        while end < len(tops) and tops[end] is None:
            end += 1
        group = [(i, subs[i]) for i in range(start, end)]
        if end - start >= 2 and all(sub and header_to_column(sub) is None for _, sub in group):
            return tuple(group)
    return ()


def _ticked_title(cells: Sequence[str], ticks: Sequence[tuple[int, str]]) -> str:
    """The title a row ticks; any other text in a tick column is kept as printed (validation
    holds a row whose title is not one), and two ticks give both, as two titles in a cell do."""
    marked = [title if clean_cell(cells[i]) in TICKS else clean_cell(cells[i]) for i, title in ticks]
    return "、".join(text for text in marked if text)


def _collect_entries(
    tables: Sequence[RawTable], header: _Header, part: int, closings: list[tuple[int, str]] | None = None,
    withdrawn: list[Heading] | None = None,
) -> list[_RowBuilder]:
    """The entries of one catalog; a 序号 that starts again at 1 after a repeated header opens
    the next part (a second catalog printed under the same header). Closing rows (合计, 注) are
    no entries: they go to `closings` as (part, text); nor are rows struck through whole, which
    go to `withdrawn` as headings (RawRow.struck)."""
    entries: list[_RowBuilder] = []
    width = len(header.columns)
    after_header = after_section = False
    section = ""
    section_ocr: Read | None = None
    for fragment_no, table in enumerate(tables):
        first_data = True
        if (label := _caption_section(table)) is not None:  # 二、机械工程系列 over the table: a group heading
            section, section_ocr = label, None
            after_section = True
        for row in table.rows:
            if _is_header_repeat(row, header):
                after_header = True
                continue
            if row.struck and not any(row.cells):
                if withdrawn is not None:
                    withdrawn.append(_withdrawn(row, header, part))
                continue
            if not any(row.cells):
                continue
            closing = _closing_text(row.cells)
            if closing is not None and entries:  # 合计：61项, 注：… after the rows: no entry
                if closings is not None:
                    closings.append((part, closing))
                continue
            label = _section_label(row.cells)
            if label is not None:  # a group heading, not an entry: it names the rows below it
                section, section_ocr = label, _row_read(row)
                after_section = True
                continue
            cells = list(row.cells[:width]) + [""] * (width - len(row.cells))
            if not any(c for i, c in enumerate(cells) if header.columns[i] is not None) and all(
                c is not None or i in row.across for i, c in enumerate(cells) if header.columns[i] is not None
            ):
                continue  # nothing printed in the catalog's columns, nothing merged down into them
            if first_data and fragment_no > 0 and entries and _repeats_tail(entries[-1], cells, header, _cut_by_edges(tables[fragment_no - 1], table)):
                first_data = after_header = False
                continue  # the lines the previous page already showed, drawn again
            if first_data and fragment_no > 0 and entries and _redraws(entries[-1], cells, header):
                first_data = after_header = False
                whole = [clean_cell(c) for c in cells]
                if whole == entries[-1].cells:
                    continue  # the same cut part again: the rest follows as a continuation
                entries[-1] = _RowBuilder(whole, header, part, [row.ref], section, section_ocr=section_ocr)
                entries[-1].read(row, range(width))
            elif entries and _is_continuation(cells, header) and not row.across:
                # (a row whose own cell is merged across others is printed so, not split by a
                # page: an unnumbered parent row "| ASNT NDT ——————— |" over its levels)
                _append_continuation(entries, cells, row.ref)
                entries[-1].read(row, [i for i, c in enumerate(cells) if c])
                _carry_reads(entries)
            else:
                # 序号 from 1 again under a repeated header, or under a section row (一、工程系列
                # 1, 2 … 二、经济系列 1, 2 …), or where 所属系列 changes (机械工程 1 … 7, 电子信息 1 …; probe
                # round unseen39): the next part, so that 序号 stays unique in a part
                if entries and _restarts(cells, header) and (
                        after_header or after_section or _series_changes(cells, entries[-1], header)):
                    part += 1
                page_top = first_data and fragment_no > 0
                carried = _carried(cells, row.across, entries, header, page_top)
                goes_on = _merged_goes_on(cells, entries, header) if page_top else frozenset()
                for i in goes_on:  # the rest of a merged cell's text, printed on the next page
                    _extend_merged(entries, i, join_wrapped(entries[-1].cells[i], clean_cell(cells[i])))
                    entries[-1].read(row, [i])
                if goes_on:
                    _carry_reads(entries)
                filled = [entries[-1].cells[i] if i in carried | goes_on or _is_ditto(c, entries, i) else clean_cell(c)
                          for i, c in enumerate(cells)]  # fmt: skip
                inherited = {i: r for i, r in entries[-1].ocr.items() if i in carried | goes_on} if entries else {}
                entries.append(_RowBuilder(filled, header, part, [row.ref], section, carried=carried | goes_on,
                                           ocr=inherited, section_ocr=section_ocr))  # fmt: skip
                entries[-1].read(row, [i for i in range(width) if i not in carried | goes_on])
                entries[-1].parent = _parent_text(cells, row.across, header) or ""
                entries[-1].names_merged = _names_merged(cells, row.across, header)
            entries[-1].note(row)
            first_data = after_header = after_section = False
    return entries


def _withdrawn(row: RawRow, header: _Header, part: int) -> Heading:
    """A row struck through whole as a heading: its struck 序号 counts in the part's sequence (the
    rows after it keep their numbers: 其余条目序号不变), and its struck name is its text (found by
    the unseen26 probe: a revised web page's struck row 7 read as 序号 7 missing)."""
    struck = list(row.struck[: len(header.columns)]) + [""] * (len(header.columns) - len(row.struck))
    seq = seq_text(struck[header.columns.index(SEQ)]) if SEQ in header.columns else ""
    names = [struck[header.columns.index(c)] for c in (QUALIFICATION, QUALIFICATION_ZH) if c in header.columns]
    return Heading(part, seq, next((n for n in names if n), " ".join(t for t in struck if t)), row.ref, withdrawn=True)


def _parent_text(cells: Sequence[str | None], across: frozenset[int], header: _Header) -> str | None:
    """The family a parent row names, or None for any other row. A parent row prints its 序号 or
    none, then one text in a catalog column, in a cell merged across every catalog column to its
    right (`across`, RawRow.across), the issuer's and the title's among them; the columns left of
    it are printed empty. Only the merge says so: a row whose other cells are merely empty is an
    entry that lacks them (validation holds it back). `cells` are the row's, to the header's width."""
    named = [i for i, column in enumerate(header.columns) if column is not None and column != SEQ]
    if SEQ in header.columns and not is_seq_like(clean_cell(cells[header.columns.index(SEQ)])):
        return None
    texts = [i for i in named if clean_cell(cells[i])]
    if len(texts) != 1:
        return None
    start = texts[0]
    rest = [i for i in named if i > start]
    covered = {header.columns[i] for i in rest}
    if not {ISSUER, TITLE} <= covered or any(cells[i] is None for i in named if i < start):
        return None
    return clean_cell(cells[start]) if all(cells[i] is None and i in across for i in rest) else None


def _headings_apart(entries: list[_RowBuilder]) -> tuple[tuple[Heading, ...], list[_RowBuilder]]:
    """The parent rows taken out of the entries, as headings. A parent row is one only when an
    entry of its part follows it: one with nothing under it (the table's last row, or another
    parent row next) stays an entry, and validation holds it back for what it lacks."""
    headings: list[Heading] = []
    kept: list[_RowBuilder] = []
    for entry, after in zip(entries, [*entries[1:], None]):
        # (one printed row only: a row a continuation was joined to holds more than a family's name)
        if entry.parent and len(entry.refs) == 1 and after is not None and not after.parent and after.part == entry.part:
            seq = seq_text(entry.cells[entry.header.columns.index(SEQ)]) if SEQ in entry.header.columns else ""
            headings.append(Heading(entry.part, seq, entry.parent, entry.refs[0]))
        else:
            kept.append(entry)
    return tuple(headings), kept


# "Same as above" as bureaus print it in a cell: the value of the row above, in that column.
DITTO = frozenset({"同上", "同上。", "同上.", "〃", "\u3003", "同前"})


def _is_ditto(text: str | None, entries: list[_RowBuilder], column: int) -> bool:
    """The cell says "as above" (同上, 〃) and there is a row above whose value it repeats."""
    return bool(entries) and clean_cell(text) in DITTO and bool(entries[-1].cells[column])


# A row closing the catalog: its total (合计：61项) or a note (注：…), printed across the table or
# in its first cells.
# 小计 closes a group (一、工程系列 … 小计：5项), not the catalog: no entry, and its count is the group's, not a total
_CLOSING = re.compile(r"^(?:合\s*计|总\s*计|共\s*计|小\s*计|注|备\s*注|说\s*明|附\s*注)(?:[:：\s]|$)")
_CLOSING_WORD = re.compile(r"(?:合\s*计|总\s*计|共\s*计|小\s*计|注|备\s*注|说\s*明|附\s*注)[:：]?")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计)[^0-9０-９]*([0-9０-９]+)\s*(?:项|个|条|种|类)")


def _closing_text(cells: Sequence[str | None]) -> str | None:
    """The text of a closing row (合计, 注 …), or None for any other row: the closing word
    starts the row, and the other cells are covered, empty, or the total's number and unit;
    or the closing word alone fills the row's first cell (注 | 1. 以上证书… merged over the
    rest; 共计 | 8 | 项), which no entry's 序号 or name ever is."""
    texts = [clean_cell(c) for c in cells if c is not None]
    printed = [t for t in texts if t]
    if not printed or not _CLOSING.match(printed[0]):
        return None
    rest = [t for t in printed[1:] if t != printed[0]]
    alone = cells[0] is not None and _CLOSING_WORD.fullmatch(clean_cell(cells[0])) is not None
    if not alone and any(not re.fullmatch(r"[0-9０-９]+\s*(?:项|个|条|种|类)?|项|个|条|种|类", t) for t in rest):
        return None
    return " ".join([printed[0], *rest])


def _check_totals(doc: Document, closings: Sequence[tuple[int, str]], entries: Sequence[_RowBuilder]) -> bool:
    """A printed total (合计：61项) must be the number of rows read in its part, or under its header (sections
    whose 序号 restart open parts under one header: 一、机械工程 1 … 6, 二、… 合计：共24项; probe round unseen42), or
    in the catalog, else CatalogIncomplete; True when a total was printed and agrees (it shows where the catalog
    ends), False when none was printed."""
    agreed = False
    for part, text in closings:
        match = _TOTAL.match(text)
        if match is None:
            continue
        printed = int(unicodedata.normalize("NFKC", match.group(1)))
        mine = [e for e in entries if e.part == part]
        read = len(mine)
        under_header = sum(1 for e in entries if mine and e.header is mine[0].header)
        if printed not in (read, under_header, len(entries)):
            raise CatalogIncomplete(
                f"the catalog prints “{text}”, but {read} rows were read: rows were lost or read twice",
                file=doc.source.path, hint="compare the file with the notice; a DOCX or web page of it may read whole",
            )  # fmt: skip
        agreed = True
    return agreed


def _row_read(row: RawRow) -> Read | None:
    """The least sure OCR'd cell of a printed row (None: read from text)."""
    boxes = row.boxes or (None,) * len(row.confidence)
    seen = row.evidence or ("",) * len(row.confidence)
    reads = [(conf, box, e) for conf, box, e in zip(row.confidence, boxes, seen) if conf is not None]
    return min(reads, key=lambda r: r[0]) if reads else None


def _lower(a: Read, b: Read) -> Read:
    """Two reads of one cell's text (its halves): the lower confidence, evidence only both share."""
    low = a if a[0] <= b[0] else b
    return (low[0], low[1], a[2] if a[2] == b[2] else "")


def _carry_reads(entries: list[_RowBuilder]) -> None:
    """A merged cell's confidence reaches every row it covers (its text was just extended)."""
    for above, below in zip(reversed(entries[:-1]), reversed(entries)):
        carried = [i for i in below.carried if i in below.ocr]
        if not carried:
            return
        for i in carried:
            above.ocr[i] = _lower(above.ocr[i], below.ocr[i]) if i in above.ocr else below.ocr[i]


def _section_label(cells: Sequence[str | None]) -> str | None:
    """The group a section row names ("一、工程系列" → "工程系列"), or None for any other row.
    A section row prints one text across the table: in its first cell, every other position
    covered (None), empty or repeating it; the text is no 序号 and reads as a heading."""
    first = clean_cell(cells[0]) if cells else ""
    if not first or is_seq_like(first) or _distinct_texts(cells) != {first}:
        return None
    return _section_name(_SECTION.match(first))


# The count a section heading gives of its rows (一、经济系列（6项）): no part of the group's name (probe round unseen42)
_SECTION_COUNT = re.compile(r"\s*[（(]\s*(?:共\s*)?[0-9０-９]+\s*[项个种条]\s*[）)]$")


def _section_name(match: re.Match[str] | None) -> str | None:
    """The group a section heading names, without its list number or its count of rows (一、经济系列（6项）→ 经济系列)."""
    return _SECTION_COUNT.sub("", (match.group("label") or match.group("named")).strip()) if match else None


SECTION_MAX = 30  # characters: a group heading over a table is short


def _caption_section(table: RawTable) -> str | None:
    """The group a heading printed right over the table names (一、建设工程系列 → 建设工程系列),
    as a section row inside a table would (found by the unseen11 probe: one table per 系列 under
    headings, without a 所属系列 column, published every series empty)."""
    line = table.caption.splitlines()[-1] if table.caption else ""
    if not line or len(line) > SECTION_MAX or is_seq_like(line):
        return None
    return _section_name(_SECTION.match(line))


def _restarts(cells: list[str | None], header: _Header) -> bool:
    return SEQ in header.columns and seq_text(cells[header.columns.index(SEQ)] or "") == "1"


def _series_changes(cells: list[str | None], before: _RowBuilder, header: _Header) -> bool:
    """This row prints a 所属系列 of its own, other than the row before's, which was not the first
    of its part (序号 1 … 7 of one series, then 1 of the next: the numbering restarts per series)."""
    if SERIES not in header.columns or SEQ not in header.columns:
        return False
    series, seq = header.columns.index(SERIES), header.columns.index(SEQ)
    printed = clean_cell(cells[series] or "")
    return bool(printed) and printed != before.cells[series] and seq_text(before.cells[seq]) not in ("", "1")


def _catalog_tables(tables: Sequence[RawTable], header: _Header) -> Iterator[RawTable]:
    """The header's table and the tables after it that continue the catalog (same width)."""
    width = len(header.columns)
    for position, table in enumerate(tables):
        widths = {len(r.cells) for r in table.rows}
        if position > 0 and widths != {width}:
            return
        if position > 0 and not _continues(table, header):
            return
        yield table


def _continues(table: RawTable, header: _Header) -> bool:
    """A later table continues the catalog if it repeats the header or starts with a data row
    (a numbered row, or a row split by the page break whose 序号 is empty), maybe under a
    section row."""
    printed = [row for row in table.rows if any(row.cells)]  # empty rows (a blank page-top strip) say nothing
    for row in printed[:HEADER_SEARCH_ROWS]:
        if _is_header_repeat(row, header):
            return True
        if _section_label(list(row.cells)) is not None:
            continue  # a section row (五、冶金工程系列) heading the rows that go on: the next row decides
        if row_to_columns(row.cells) is not None:
            return False  # another table's header: a different catalog or form
        return SEQ not in header.columns or is_seq_like(row.cells[header.columns.index(SEQ)] or "")
    return not printed  # an empty fragment does not end the catalog; the next one decides


def _is_header_repeat(row: RawRow, header: _Header) -> bool:
    cells = _printed(row.cells)
    return cells == header.cells or cells in header.printed or row_to_columns(row.cells) == header.columns


def _redraws(entry: _RowBuilder, cells: list[str | None], header: _Header) -> bool:
    """The first row of a continued table is the previous page's last row drawn again whole.

    Qt WebKit draws the row that crosses a page break on both pages, each copy cut by the page
    edge or margin: the next page repeats the lines already shown (and maybe all the rest).
    Same 序号, and every cell the previous page showed is the start of the cell drawn again.
    No catalog prints one 序号 twice in a row, so the repeat is read as one row.
    """
    if SEQ not in header.columns or len(entry.refs) != 1:
        return False
    seq = header.columns.index(SEQ)
    if not entry.cells[seq] or clean_cell(cells[seq]) != entry.cells[seq]:
        return False
    return all(_squeeze(c).startswith(_squeeze(e)) for e, c in zip(entry.cells, cells))


def _cut_by_edges(before: RawTable, table: RawTable) -> bool:
    """The page break cut through the printed table: the part before it runs to its page's bottom
    edge, or this part starts at its page's top edge (no producer prints there otherwise)."""
    runs_off = before.bbox is not None and before.page_height is not None and (
        before.bbox[3] >= before.page_height - PAGE_EDGE)
    return runs_off or (table.bbox is not None and table.bbox[1] <= PAGE_EDGE)


def _repeats_tail(entry: _RowBuilder, cells: list[str | None], header: _Header, cut_by_edges: bool) -> bool:
    """The first row of a continued table repeats the end of the previous page's last row.

    Qt WebKit also draws a row whose lower lines fell into the page margin on the next page:
    a continuation (empty 序号) whose every printed cell is how that cell already ends. Such a
    table is cut by the page edges (`_cut_by_edges`); elsewhere the row must show enough text
    to be taken for a repeat, so that a short continuation (")", "in") is never dropped.
    """
    if not _is_continuation(cells, header):
        return False
    printed = [(e, c) for e, c in zip(entry.cells, cells) if _squeeze(c)]
    if not cut_by_edges and (sum(len(_squeeze(c)) for _, c in printed) < REPEAT_MIN
                            or any(len(_squeeze(c)) < 2 for _, c in printed)):  # fmt: skip
        return False
    return all(_squeeze(e).endswith(_squeeze(c)) for e, c in printed)


def _squeeze(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _is_continuation(cells: list[str | None], header: _Header) -> bool:
    """A row that a page break split: its 序号 cell is printed but empty."""
    if SEQ not in header.columns:
        return False
    seq = cells[header.columns.index(SEQ)]
    return seq == "" and any(c for c in cells)


def _append_continuation(entries: list[_RowBuilder], cells: list[str | None], ref: SourceRef) -> None:
    """Join the split-off part of a row; a word the page break cut (its cell ended flush with
    a Latin letter and goes on with a Latin letter or digit, not a capital after a lower-case
    letter: rule 3 of the PDF reader's line joins, "(AssocRIC|S)", "Handelskamm|ertag") is joined
    without a space; Latin next to CJK ("(LEED|绿色") is never a cut word.
    Text under a merged cell continues that cell, so it reaches every row the cell covers."""
    entry = entries[-1]
    for i, text in enumerate(cells):
        if not text:
            continue
        before = entry.cells[i]
        a, b = before[-1:], text[:1]
        latin = a.isalpha() and b.isalnum() and not (is_cjk(a) or is_cjk(b))
        if i in entry.open_tails and latin and not (a.islower() and b.isupper()):
            joined = before + text
            if not entry.open_tails[i]:
                entry.joins.append(Join(i, before.rsplit(" ", 1)[-1], "", text.split(" ", 1)[0]))
        elif (rule := _page_break_separator(before, text)) is not None:
            separator, certain = rule
            joined = before + separator + text
            if not certain:
                entry.joins.append(Join(i, before.rsplit(" ", 1)[-1], separator, text.split(" ", 1)[0]))
        else:
            joined = join_wrapped(before, text)
            if a.isalnum() and b.isalnum() and is_cjk(a) != is_cjk(b):
                # Latin next to CJK may break with or without a space ("(LEED|绿色…)"): a space
                # is the likelier reading, never a certain one
                entry.joins.append(Join(i, before.rsplit(" ", 1)[-1], " ", text.split(" ", 1)[0]))
            elif latin and joined == before + " " + text:
                # Two letters over a page break the cell's geometry took for a space: where no
                # rule draws the column's right side, the room left on the line is a guess, and a
                # word longer than the column is cut anywhere ("Werkzeugm|echaniker/-in",
                # LibreOffice, rules between rows only). Listed: the word list settles English
                # words ("of|Clinical"), anything else waits for a steward.
                entry.joins.append(Join(i, before.rsplit(" ", 1)[-1], " ", text.split(" ", 1)[0]))
        _extend_merged(entries, i, joined)
    entry.refs.append(ref)


def _page_break_separator(before: str, text: str) -> tuple[str, bool] | None:
    """How a page break between `before` and `text` joins when the text decides it: (separator,
    certain). Certain: no space before a closing bracket, a colon, comma … (NO_BREAK_BEFORE) or
    around a full-width bracket, none in
    the German ending "/-|in". Likely, listed for a steward: a hyphen after a letter goes on a
    compound ("Corrosion-|Chemical", "Kraftfahrzeug-|mechatroniker") unless a conjunction
    follows it ("Maschinen-| und"); a hyphen standing alone before the break prefixes the next
    word. None: not this rule (join_wrapped decides)."""
    if text[:1] in ")]}" + FULL_WIDTH_CLOSERS + NO_BREAK_BEFORE or text[:1] in FULL_WIDTH_OPENERS or before[-1:] in FULL_WIDTH_OPENERS:
        return "", True
    if before.endswith("/-") and text[:1].islower():
        return "", True
    if gender_ending(before, text):
        return "", False  # "Elektroniker|/-in", "Pharmakant/|-in": listed, the word list settles it
    if before.endswith("-") and before[-2:-1].isalpha() and text[:1].isalpha():
        return (" " if text.split(" ", 1)[0].casefold() in CONJUNCTIONS else ""), False
    if before.endswith(" -") and text[:1].isalpha():
        return "", False  # "Elektroniker/-in -|Betriebsstechnik"
    return None


def _extend_merged(entries: list[_RowBuilder], column: int, text: str) -> None:
    """Set the last entry's cell, and the cell of every row above that the same merged cell covers."""
    for entry in reversed(entries):
        entry.cells[column] = text
        if column not in entry.carried:
            return


def _carried(cells: list[str | None], across: frozenset[int], entries: list[_RowBuilder], header: _Header,
             page_top: bool) -> frozenset[int]:  # fmt: skip
    """Positions a cell merged down covers, whose value comes from the row above: None marks
    them, except where a cell of this row is merged across them (`across`: a parent row's name
    over 译名 … 所属系列 gives those columns nothing). An empty mergeable cell at the top of a
    continued table is a merged cell whose text was printed on the previous page."""
    if not entries:
        return frozenset()
    return frozenset(i for i, text in enumerate(cells)
                     if (text is None and i not in across) or (page_top and text == "" and header.columns[i] in MERGEABLE))


_DANGLING = re.compile(r"(?:\b(?:of|for|and|the|in|on|und|für|der|des|de|&)|[,，、(（\-–/])$", re.I)


def _merged_goes_on(cells: list[str | None], entries: list[_RowBuilder], header: _Header) -> frozenset[int]:
    """Mergeable cells at the top of a continued table that hold the rest of the merged cell
    above (LibreOffice prints a merged cell's text on as many pages as the cell spans): the
    text above leaves a bracket open that this text closes, or ends on a word that cannot end
    a name ("… (National Council of" | "Examiners … Surveying)") where the cell above is
    itself covered by the merged cell."""
    if not entries:
        return frozenset()
    above = entries[-1]
    out: set[int] = set()
    for i, text in enumerate(cells):
        before, text = above.cells[i], clean_cell(text)
        if not text or not before or header.columns[i] not in MERGEABLE:
            continue
        closes = _depth(before) > 0 and _depth(text) < 0
        # 会计 | 系列: 系列 alone names no series (a merged 所属系列 cell printed a character a line, cut by the page;
        # the rows under it had published 系列, probe round unseen42)
        rest_of_series = header.columns[i] == SERIES and text.startswith("系列") and not before.endswith("系列")
        if closes or rest_of_series or (i in above.carried and _DANGLING.search(before)):
            out.add(i)
    return frozenset(out)


def _depth(text: str) -> int:
    return sum(text.count(o) for o in "(（") - sum(text.count(c) for c in ")）")


def _names_merged(cells: list[str | None], across: frozenset[int], header: _Header) -> bool:
    """The row's 职业资格名称 cell is merged across its 译名 column: the clerk typed both names in one cell (the
    name, then the 译名 on the next line; probe round unseen42 had published both as the name, the 译名 empty)."""
    if QUALIFICATION not in header.columns or QUALIFICATION_ZH not in header.columns:
        return False
    name, zh = header.columns.index(QUALIFICATION), header.columns.index(QUALIFICATION_ZH)
    return zh == name + 1 and zh in across and cells[zh] is None and bool(cells[name])


def _names_both_column(header: _Header) -> int | None:
    """The qualification column whose heading covers its 译名 too, when no column holds the 译名."""
    if QUALIFICATION_ZH in header.columns or QUALIFICATION not in header.columns:
        return None
    i = header.columns.index(QUALIFICATION)
    return i if names_both(header.cells[i] or "") else None


# The fields that hold names: a space between two Chinese characters in them is in doubt
# (extractors/joins.py, han_spaces), and traditional characters in them are converted
# (extractors/variants.py); 序号 and the country hold neither.
_NAME_FIELDS = (QUALIFICATION, QUALIFICATION_ZH, ISSUER, TITLE, SERIES)
# A label in 【】 before an issuer's name: the country it is in (【美国】美国国家勘察设计考试者理事会),
# when it names one (core/countries.py); any other label (【已更名】) stays in the name.
_COUNTRY_LABEL = re.compile(r"^【([\u3400-\u9fff]{2,8})】\s*(?=\S)")


def _entry_to_row(entry: _RowBuilder, header: _Header, vocabulary: frozenset[str], spacing: Spacing) -> CatalogRow:
    cells = list(entry.cells)
    for join in entry.joins:
        cells[join.column] = settle(cells[join.column], join, vocabulary, spacing)
    checks = tuple(
        f"{header.columns[j.column] or header.cells[j.column]}: {j}"
        + (f" ({why})" if (why := join_evidence(j, vocabulary, spacing)) else "")
        for j in entry.joins
    )
    values = {column: "" for column in CANONICAL}
    extra: list[tuple[str, str]] = []
    ticked = {i for i, _ in header.ticks}
    for i, (column, name, text) in enumerate(zip(header.columns, header.cells, cells)):
        if i in ticked:
            continue  # read below as the row's title
        if column:
            values[column] = seq_text(clean_cell(text)) if column == SEQ else clean_cell(text)
        else:
            extra.append((name, clean_cell(text)))
    if header.ticks:
        values[TITLE] = _ticked_title(cells, header.ticks)
    reads = {column: entry.ocr[i] for i, column in enumerate(header.columns) if column and i in entry.ocr}
    if entry.names_merged and not values[QUALIFICATION_ZH]:  # one cell merged over both columns: both names
        values[QUALIFICATION], values[QUALIFICATION_ZH], split = split_name_and_translation(values[QUALIFICATION])
        checks += split
    both = _names_both_column(header)
    if both is not None:  # 职业资格名称及译名: one cell, both names
        values[QUALIFICATION], values[QUALIFICATION_ZH], split = split_name_and_translation(values[QUALIFICATION])
        checks += split
        if both in entry.ocr:
            reads[QUALIFICATION_ZH] = entry.ocr[both]  # read from the same picture as the name
    if entry.section and header.sections_fill == ISSUER:
        values[ISSUER] = entry.section  # the section row above names the body (no 颁证单位 column)
        if entry.section_ocr is not None:
            reads[ISSUER] = entry.section_ocr
    elif entry.section and not values[SERIES]:
        values[SERIES] = entry.section  # the section row above names the series the catalog leaves out
        if entry.section_ocr is not None:
            reads[SERIES] = entry.section_ocr
    elif entry.section:
        extra.append(("分类", entry.section))
    for column in CANONICAL:  # ＡＳＭ typed full-width, Non‐Ferrous with a look-alike hyphen (core/cells.py)
        values[column] = fold_typing(values[column])
    if (label := _COUNTRY_LABEL.match(values[ISSUER])) and label[1] in COUNTRIES and values[COUNTRY] in ("", label[1]):
        values[ISSUER], values[COUNTRY] = values[ISSUER][label.end():], label[1]  # 【美国】美国焊接协会
    japanese = _japanese_row(values)
    for column in _NAME_FIELDS:  # 英國… pasted into a mainland catalog
        if not entry.ocr and (reading := simplified(values[column])) != values[column]:  # (OCR: the model's characters)
            if japanese and in_japanese_forms(values[column]):
                continue  # 技術士（機械部門） of 日本技术士会: the Japanese body's own name, as printed
            checks += (traditional_check(column, values[column], reading),)
            values[column] = reading
    if not entry.ocr:  # a space between two Chinese characters: a PDF's line break, or a typing slip
        checks += tuple(han_space_check(column, where) for column in _NAME_FIELDS for where in han_spaces(values[column]))
    ocr = tuple((column, round(reads[column][0], 1), reads[column][1]) for column in CANONICAL if column in reads)
    evidence = tuple((column, reads[column][2]) for column in CANONICAL if column in reads and reads[column][2])
    # The cells a catalog repeats row after row (issuer, title, series, country) are kept once:
    # rows then share one string each, live and in the extraction cache's pickles.
    return CatalogRow(
        values[SEQ], values[QUALIFICATION], values[QUALIFICATION_ZH], sys.intern(values[ISSUER]),
        sys.intern(values[TITLE]), sys.intern(values[SERIES]), sys.intern(values[COUNTRY]), refs=tuple(entry.refs),
        extra=tuple(extra), checks=checks, part=entry.part, ocr=ocr, ocr_evidence=evidence,
    )
