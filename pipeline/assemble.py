"""Merge per-document results into notices: one notice per document number, whatever the
number of formats it came in. The formats are cross-checked field by field; the published
value is the one most formats agree on, and every disagreement is reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace

from core.model import CatalogRow, DocumentResult, Heading, NoticeMeta, Origin, SourceFile, stable_id
from extractors.bilingual import SPLIT_NOTE
from extractors.joins import han_space_of
from extractors.variants import traditional_of

# Which file's value wins a tie of votes, by evidence, never by file name: first the file whose
# catalog is whole (序号 numbers, from 1, none skipped or repeated, per part); then the format:
# DOCX, .doc and .odt (converted by LibreOffice), HTML and spreadsheets carry the text itself, PDF text is
# rebuilt from glyph positions; last the
# file's hash (any fixed order independent of names). Which format's lineage we publish: PDF,
# because it has pages.
VALUE_PREFERENCE = ("docx", "doc", "odt", "html", "xlsx", "xls", "pdf")
LINEAGE_PREFERENCE = ("pdf", "docx", "doc", "odt", "html", "xlsx", "xls")
PUBLISHED_META_NAMES = {"notice_title": "title"}  # NoticeMeta field -> notices.csv column
COMPARED = ("qualification", "qualification_zh", "issuer", "title", "series", "country")
# The check a row gets when a file that joined its notice by catalog title alone (it prints no
# 文号: `notice_keys`) prints it otherwise than the notice's other files, beyond spaces,
# punctuation, widths and case: a rendering, or a correction (更正) that kept the titles?
# pipeline/text_review.py makes it a review item; the row is published by vote meanwhile.
JOINED_NOTE = "printed otherwise by the files of this notice"


@dataclass(frozen=True)
class Disagreement:
    """Formats of one notice that print a field differently (or miss a row)."""

    notice_id: str
    seq: str
    field: str
    values: tuple[tuple[str, str], ...]  # (file, value as printed there)


@dataclass(frozen=True)
class Notice:
    """One notice: its metadata, the files it came in, and its rows (published once)."""

    notice_id: str
    meta: NoticeMeta
    sources: tuple[tuple[SourceFile, str], ...]  # (file, format)
    rows: tuple[CatalogRow, ...]
    also_in: tuple[str, ...]  # files other than the lineage file that carry the same rows
    # Why no file shows where the catalog ends (Catalog.end_unseen), or "": one rendering that
    # shows the end (a DOCX, a web page, a PDF with text after the table) is enough.
    end_unseen: str = ""
    # How each file of `sources` was read, in the same order: "ocr" when its catalog came from
    # page images (a scan), "text" when from its text layer or markup (notices.csv, read_by).
    read_by: tuple[str, ...] = ()
    # Parent rows over a family's rows and rows struck through whole (Catalog.headings) of the
    # lineage file: no entries, but their 序号 count in the sequence check.
    headings: tuple[Heading, ...] = ()


def notice_key(result: DocumentResult) -> str:
    """Files with the same document number are one notice; without one, those with the same title
    and date; without those, each file stands alone (`notice_keys` may put it with its notice)."""
    meta = result.meta
    if meta.doc_number:
        return meta.doc_number
    if meta.notice_title and meta.issue_date:
        return f"{meta.notice_title}|{meta.issue_date}"
    return f"sha256:{result.source.sha256}"


# What a fetched attachment takes from its notice page when it does not print them itself.
PAGE_META = tuple(f.name for f in fields(NoticeMeta) if f.name != "catalog_title")


def with_page_meta(results: Sequence[DocumentResult], origins: Mapping[str, Origin]) -> list[DocumentResult]:
    """Bureaus often attach the bare catalog table, without the notice's document number, city
    or date: those are on the web page that links it. A fetched file that names no document
    number takes the empty fields of its notice page's metadata (the page that linked it, when
    that page is in raw/ too), so that page and attachments make one notice. Fields the file
    prints itself are never overwritten."""
    pages = {origins[r.source.sha256].url: r for r in results if r.source.sha256 in origins}
    out = []
    for result in results:
        origin = origins.get(result.source.sha256)
        page = pages.get(origin.page_url) if origin is not None and origin.page_url else None
        if page is None or page is result or result.meta.doc_number or not page.meta.doc_number:
            out.append(result)
            continue
        filled = {name: getattr(page.meta, name) for name in PAGE_META if not getattr(result.meta, name)}
        out.append(replace(result, meta=replace(result.meta, **filled)))
    return out


# Words by which a notice page's title says its catalog is of foreign qualifications.
INTERNATIONAL_WORDS = ("国际", "境外", "国外", "海外", "外国")


def catalogs_not_found(results: Sequence[DocumentResult], origins: Mapping[str, Origin]) -> list[DocumentResult]:
    """A document with no catalog table that names an international catalog as its own
    (附件：…国际职业资格…目录, 关于印发《…目录》的通知: DocumentResult.names_catalog) is set aside (step find-catalog, the run
    waits) unless the run holds that catalog in another file: one of the same notice (its
    document number, or its page's when fetched), one that prints the same catalog title, or
    one fetched from its page. Else the notice's catalog is missing, and "no catalog", which a
    run with other notices does not count as waiting, let it pass (a page copied without its
    attachment). Each document is still read on its own; only this decision looks across."""
    if not any(r.names_catalog for r in results):
        return list(results)
    keyed = with_page_meta(results, origins)
    catalogs = [r for r in keyed if r.status == "catalog"]
    keys = {notice_key(r) for r in catalogs}
    titles = {_title_key(r.meta.catalog_title) for r in catalogs} - {""}
    pages = {origins[r.source.sha256].page_url for r in catalogs if r.source.sha256 in origins} - {""}
    out = []
    for result, as_keyed in zip(results, keyed):
        meta = result.meta
        named = result.names_catalog if result.status == "no-catalog" else ""
        international = any(word in f"{named} {meta.notice_title}" for word in INTERNATIONAL_WORDS)
        origin = origins.get(result.source.sha256)
        held_elsewhere = (notice_key(as_keyed) in keys or _title_key(named) in titles
                          or (origin is not None and origin.url in pages))  # fmt: skip
        if not named or not international or held_elsewhere:
            out.append(result)
            continue
        tables = re.match(r"none of the ([1-9][0-9]*) tables", result.reason)
        if tables:  # its own tables were read and are no catalog: the attachment may be these, or apart
            reason = (f"the notice names its catalog ({named[:60]}), but none of its {tables[1]} tables is one (no "
                      "catalog header: 序号, 职业资格名称, 颁证单位, 对应职称) and no other file of the run holds it: "
                      "if the catalog is a file of its own, put it in raw/; if these tables are the attachment, the "
                      "notice is no catalog of qualifications recognized as 职称 and needs nothing more")  # fmt: skip
        else:
            reason = (f"the notice names its catalog ({named[:60]}), but no table of it was read and no other file "
                      "of the run holds it: put the catalog's file (the notice's attachment) in raw/; `catalog fetch` "
                      "follows a notice page's links" + (f" (this file: {result.reason})" if "picture" in result.reason
                                                         else ""))  # fmt: skip
        out.append(replace(result, status="rejected", step="find-catalog", reason=reason))
    return out


def _folded(title: str) -> str:
    """A title without spaces, its brackets of one width."""
    return re.sub(r"\s+", "", title).translate(str.maketrans("（）【】", "()[]"))


def _title_key(title: str) -> str:
    """A catalog title as two printings of it compare: without spaces, brackets of either width,
    or its batch (an attachment line may leave out the （第一批） its file's heading prints)."""
    return re.sub(r"\(第[^()]{1,4}批\)$", "", _folded(title))


def vouched_by_page(results: Sequence[DocumentResult], origins: Mapping[str, Origin]) -> list[DocumentResult]:
    """A fetched attachment set aside because nothing in it says its qualifications are
    international (a bare Chinese-only table: extractors/tables.py, UncertainCatalog, which keeps
    what was read) is a catalog when the notice page that linked it is in raw/ and its title (关
    于印发…国际职业资格…的通知) says so. Each document is still read on its own; only this
    decision looks at the page. A file without a page, or with a page that does not say it,
    stays set aside."""
    pages = {origins[r.source.sha256].url: r for r in results if r.source.sha256 in origins}
    out = []
    for result in results:
        origin = origins.get(result.source.sha256)
        page = pages.get(origin.page_url) if origin is not None and origin.page_url else None
        held = result.status == "rejected" and result.catalog is not None
        if not held or page is None or page is result:
            out.append(result)
            continue
        title = f"{page.meta.notice_title} {page.meta.catalog_title}"
        if any(word in title for word in INTERNATIONAL_WORDS):
            out.append(replace(result, status="catalog", step="", reason=""))
        else:
            out.append(result)
    return out


def _catalog_key(result: DocumentResult) -> str:
    """The city and the catalog's title as printed (spaces and bracket widths aside, batch kept);
    "" when the file prints no catalog title or no city: a title without its city
    (国际职业资格比照认定职称目录) is every city's, and had two cities' bare tables voted into one
    notice."""
    title = _folded(result.meta.catalog_title)
    return f"catalog:{result.meta.city}|{title}" if title and result.meta.city else ""


def notice_keys(results: Sequence[DocumentResult]) -> list[str]:
    """Each catalog result's notice key (`notice_key`), with a file that prints no document number
    put with the notice whose city and catalog title it prints: the one notice with a document
    number printing them (when the file prints a title, the same title, spaces aside), else, for a file that
    prints no title and date either (a bare catalog table: a workbook, its print, an attachment
    added without its page), the one notice with a title and date, else the other bare files
    printing them. Before, each such file stood alone, and two renderings of one catalog were
    published as two notices, every row twice (a browser's print that lost the 文号 its page
    prints; a workbook and its print). When two notices print that city and title (a catalog
    title reused by a later notice), the file keeps its own key."""
    keys = [notice_key(r) for r in results]
    catalog_keys = [_catalog_key(r) for r in results]
    bare = [key.startswith("sha256:") for key in keys]
    numbered: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)  # document number -> the titles its files print
    titled: dict[str, set[str]] = defaultdict(set)
    loose: dict[str, set[str]] = defaultdict(set)
    for result, key, ckey, alone in zip(results, keys, catalog_keys, bare):
        if result.meta.doc_number:
            titles[key].add(re.sub(r"\s+", "", result.meta.notice_title))
        if ckey:
            (numbered if result.meta.doc_number else loose if alone else titled)[ckey].add(key)
    out = []
    for result, key, ckey, alone in zip(results, keys, catalog_keys, bare):
        number = next(iter(numbered[ckey])) if ckey and len(numbered[ckey]) == 1 else ""
        title = re.sub(r"\s+", "", result.meta.notice_title)  # a print may space a title's line break
        if not ckey or result.meta.doc_number:
            out.append(key)
        elif number and (not title or title in titles[number]):
            out.append(number)
        elif not alone or numbered[ckey]:
            out.append(key)
        elif len(titled[ckey]) == 1:
            out.append(next(iter(titled[ckey])))
        elif not titled[ckey] and len(loose[ckey]) > 1:
            out.append(ckey)
        else:
            out.append(key)
    return out


def results_to_notices(results: Sequence[DocumentResult]) -> tuple[list[Notice], list[Disagreement]]:
    """Group catalog results by notice, choose each row's values, and report disagreements."""
    catalogs = [r for r in results if r.status == "catalog" and r.catalog is not None]
    groups: dict[str, list[DocumentResult]] = defaultdict(list)
    joined: set[str] = set()  # files put with a notice by their catalog title (no 文号 of their own)
    keys = notice_keys(catalogs)
    for result, key, own in zip(catalogs, _by_city(catalogs, keys), keys):
        groups[key].append(result)
        if own != notice_key(result):
            joined.add(result.source.sha256)
    notices: list[Notice] = []
    disagreements: list[Disagreement] = []
    for key in sorted(groups):
        group = _dedupe(groups[key])
        notice, found = _group_to_notice(key, group, any(r.source.sha256 in joined for r in group))
        notices.append(notice)
        disagreements.extend(found)
    return notices, disagreements


def _by_city(results: Sequence[DocumentResult], keys: Sequence[str]) -> list[str]:
    """The keys, a title-and-date key whose files print two or more cities made one per city
    (`key|city`): two cities' notices that share a title and date (a province's wording, no 文号
    printed) are two notices, not one voted row by row. A file printing no city keeps the key.
    Keys whose files agree on the city, or print none, are unchanged (so are their notice ids),
    and a 文号 is never split: renderings of one notice may read its city and its province."""
    cities: dict[str, set[str]] = defaultdict(set)
    numbered = {key for result, key in zip(results, keys) if result.meta.doc_number == key}
    for result, key in zip(results, keys):
        if result.meta.city and key not in numbered:
            cities[key].add(result.meta.city)
    return [f"{key}|{result.meta.city}" if len(cities[key]) > 1 and result.meta.city else key
            for result, key in zip(results, keys)]  # fmt: skip


def _dedupe(group: list[DocumentResult]) -> list[DocumentResult]:
    """The same bytes stored twice are one document."""
    seen: dict[str, DocumentResult] = {}
    for result in sorted(group, key=lambda r: r.source.path):
        seen.setdefault(result.source.sha256, result)
    return list(seen.values())


def _is_whole(result: DocumentResult) -> bool:
    """The catalog's 序号 are numbers running 1, 2, 3 … in every part, none skipped or repeated."""
    parts: dict[int, list[str]] = defaultdict(list)
    for row in result.catalog.rows if result.catalog else ():
        parts[row.part].append(row.seq)
    for heading in result.catalog.headings if result.catalog else ():  # a parent row's 序号 is not missing
        # (a withdrawn row's 序号 the next row prints again is no second row)
        if heading.seq.isdigit() and heading.seq not in parts[heading.part] and all(s.isdigit() for s in parts[heading.part]):
            parts[heading.part] = sorted([*parts[heading.part], heading.seq], key=int)
    return bool(parts) and all(seqs == [str(n) for n in range(1, len(seqs) + 1)] for seqs in parts.values())


Ranks = dict[str, tuple[int, int, str]]  # by file hash: lower comes first


def _ranks(group: list[DocumentResult]) -> tuple[Ranks, Ranks]:
    """Each file's lineage rank (LINEAGE_PREFERENCE, then a whole catalog) and tie rank (a whole
    catalog, then VALUE_PREFERENCE), both ending with the file's hash; computed once per notice."""
    lineage: Ranks = {}
    tie: Ranks = {}
    for result in group:
        fmt, sha = result.format or "", result.source.sha256
        whole = 0 if _is_whole(result) else 1
        lineage[sha] = (_preference(fmt, LINEAGE_PREFERENCE), whole, sha)
        tie[sha] = (whole, _preference(fmt, VALUE_PREFERENCE), sha)
    return lineage, tie


def _preference(fmt: str, order: tuple[str, ...]) -> int:
    return order.index(fmt) if fmt in order else len(order)


def _group_to_notice(key: str, group: list[DocumentResult], joined: bool = False) -> tuple[Notice, list[Disagreement]]:
    """The notice of one group of files; `joined` when a file of it joined by catalog title alone."""
    notice_id = stable_id("notice", key)
    lineage, ranks = _ranks(group)
    group = sorted(group, key=lambda r: lineage[r.source.sha256])
    meta, disagreements = _merge_meta(notice_id, group, ranks)
    by_seq = [_keyed_rows(r.catalog.rows) for r in group if r.catalog]
    order = _ordered_keys(by_seq)
    rows: list[CatalogRow] = []
    for seq in order:
        present = [(result, rows_of[seq]) for result, rows_of in zip(group, by_seq) if seq in rows_of]
        row, found = _vote(notice_id, seq, present, group, ranks)
        if joined:
            row = _joined_checks(row, found)
        rows.append(row)
        disagreements.extend(found)
    notice = Notice(
        notice_id,
        meta,
        tuple((r.source, r.format or "") for r in group),
        tuple(rows),
        tuple(r.source.path for r in group[1:]),
        _end_unseen(group, len(order)),
        tuple(_read_by(r) for r in group),
        next((r.catalog.headings for r in group if r.catalog), ()),
    )
    return notice, disagreements


def _read_by(result: DocumentResult) -> str:
    """"ocr" when the file's catalog was read from page images, else "text"."""
    rows = result.catalog.rows if result.catalog else ()
    return "ocr" if any(row.ocr for row in rows) else "text"


def _end_unseen(group: list[DocumentResult], rows: int) -> str:
    """The first file's reason when no file shows the catalog's end; "" when one does, with
    every row the notice has (a shorter rendering that ends early says nothing of the rest)."""
    catalogs = [r.catalog for r in group if r.catalog]
    if any(not c.end_unseen and len(c.rows) >= rows for c in catalogs):
        return ""
    return next((c.end_unseen for c in catalogs if c.end_unseen), "")


def _keyed_rows(rows: Sequence[CatalogRow]) -> dict[str, CatalogRow]:
    """Rows by printed key (part and 序号); a repeated one keeps both rows (validation reports it)."""
    keyed: dict[str, CatalogRow] = {}
    for position, row in enumerate(rows):
        key = row.key if row.seq else f"#{position + 1}"
        occurrence = 1
        while key in keyed:
            occurrence += 1
            key = f"{row.key}~{occurrence}"
        keyed[key] = row
    return keyed


def _ordered_keys(by_seq: list[dict[str, CatalogRow]]) -> list[str]:
    order: list[str] = []
    for rows_of in by_seq:
        order.extend(k for k in rows_of if k not in order)
    return order


def _vote(
    notice_id: str,
    seq: str,
    present: list[tuple[DocumentResult, CatalogRow]],
    group: list[DocumentResult],
    ranks: Ranks,
) -> tuple[CatalogRow, list[Disagreement]]:
    """Each field takes the value most files print; ties go to VALUE_PREFERENCE."""
    found: list[Disagreement] = []
    if len(present) < len(group):
        have = {r.source.path for r, _ in present}
        marks = tuple((r.source.path, "present" if r.source.path in have else "missing") for r in group)
        found.append(Disagreement(notice_id, seq, "row", marks))
    lineage_row = present[0][1]
    chosen: dict[str, str] = {}
    for name in COMPARED:
        values = [(result, getattr(row, name)) for result, row in present]
        counts = Counter(v for _, v in values)
        chosen[name] = min(counts, key=lambda v: (-counts[v], _value_rank(v, values, ranks)))
        if len(counts) > 1:
            found.append(Disagreement(notice_id, seq, name, tuple((r.source.path, v) for r, v in values)))
    row_fields = {f.name: getattr(lineage_row, f.name) for f in fields(CatalogRow)}
    # Undecided PDF line joins need a steward only where no other format printed the row; where a
    # name and its 译名 shared one cell, every format has the same boundary to doubt.
    # A space between two Chinese characters that the chosen value still prints is in doubt however
    # many formats print it (extractors/joins.py, han_spaces); so is a value converted from
    # traditional characters (extractors/variants.py): every format printed the same characters.
    checks = lineage_row.checks if len(present) == 1 else tuple(
        c for c in lineage_row.checks
        if SPLIT_NOTE in c or _space_still_printed(c, {**row_fields, **chosen}) or traditional_of(c.partition(": ")[2]))
    return CatalogRow(**{**row_fields, **chosen, "checks": checks}), found


def _joined_checks(row: CatalogRow, found: list[Disagreement]) -> CatalogRow:
    """The row with a JOINED_NOTE check for each field its files print otherwise (its disagreements
    from `_vote`, beyond spaces, punctuation, widths and case), and on `qualification` when some
    files lack the row."""
    checks: list[str] = []
    for disagreement in found:
        if disagreement.field == "row":
            missing = [path for path, mark in disagreement.values if mark == "missing"]
            checks.append(joined_check("qualification", f"row {row.key} missing from {', '.join(missing)}"))
            continue
        folded: dict[str, str] = {}
        for path, value in disagreement.values:
            folded.setdefault(_content(value), f"{path}: {value}")
        if len(folded) > 1:
            checks.append(joined_check(disagreement.field, "; ".join(folded.values())))
    return replace(row, checks=row.checks + tuple(checks)) if checks else row


def joined_check(field: str, said: str) -> str:
    """A JOINED_NOTE check on `field`: "issuer: printed otherwise by … (a.pdf: X; b.xlsx: Y)"."""
    return f"{field}: {JOINED_NOTE} ({said})"


def joined_of(where: str) -> str:
    """What a JOINED_NOTE check says the files print (the part of `joined_check` after the field), or ""."""
    return where[len(JOINED_NOTE) + 2:-1] if where.startswith(f"{JOINED_NOTE} (") else ""


def _content(value: str) -> str:
    """A value as far as a correction could change it: without spaces, punctuation, width or case."""
    text = unicodedata.normalize("NFKC", value).casefold()
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def _space_still_printed(check: str, values: Mapping[str, object]) -> bool:
    """A check naming a space between two Chinese characters ("issuer: 协 会 (…)") whose field's
    value still holds that space."""
    field, _, where = check.partition(": ")
    spaced = han_space_of(where)
    return bool(spaced) and spaced in str(values.get(field, ""))


def _value_rank(value: str, values: list[tuple[DocumentResult, str]], ranks: Ranks) -> tuple[int, int, str]:
    """The best tie rank among the files that print `value`."""
    return min(ranks[r.source.sha256] for r, v in values if v == value)


def _merge_meta(
    notice_id: str, group: list[DocumentResult], ranks: Ranks
) -> tuple[NoticeMeta, list[Disagreement]]:
    """Per field, the value most files read (empty values do not vote; ties go to VALUE_PREFERENCE);
    files that read a field differently are reported as a disagreement on `notice.<field>`."""
    merged: dict[str, str] = {}
    found: list[Disagreement] = []
    for name in (f.name for f in fields(NoticeMeta)):
        values = [(result, getattr(result.meta, name)) for result in group]
        counts = Counter(v for _, v in values if v)
        merged[name] = min(counts, key=lambda v: (-counts[v], _value_rank(v, values, ranks)), default="")
        if len(counts) > 1:
            column = PUBLISHED_META_NAMES.get(name, name)  # as notices.csv names it
            found.append(Disagreement(notice_id, "", f"notice.{column}", tuple((r.source.path, v) for r, v in values)))
    return NoticeMeta(**merged), found
