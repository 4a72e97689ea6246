"""Notices + normalization → the published tables (pandas at this edge).

Every entry keeps its lineage (file, sha256, page, table, row, bbox) and the ids that make
it comparable across cities (issuer_id, qualification_id).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import astuple, dataclass

import pandas as pd

from core.model import ENTRY_COLUMNS, CatalogRow, DocumentResult, EntryRecord, Origin, SourceRef, stable_id
from normalize.issuers import IssuerMatch, IssuerParts, cell_to_issuer, issuer_country, match_issuer
from normalize.qualifications import identity_names, qualification_ids
from normalize.registry import Registry
from normalize.titles import without_level_note
from normalize.unknown import group_unknown
from pipeline.assemble import Disagreement, Notice
from pipeline.review_file import Decisions, ReviewItem, review_item
from pipeline.schema import SCHEMAS


@dataclass(frozen=True, slots=True)  # one per published row
class Entry:
    """A published catalog entry: the row as printed, its ids and its lineage."""

    notice: Notice
    row: CatalogRow
    parts: IssuerParts
    match: IssuerMatch
    qualification_id: str
    occurrence: int = 1
    country: str = ""  # the 国别 column, else the Chinese prefix, else the registry

    @property
    def entry_id(self) -> str:
        """Stable from the notice and its printed key: 序号 (with the part after the first, and
        which repeat of it if printed twice)."""
        repeat = () if self.occurrence == 1 else (str(self.occurrence),)
        return stable_id("entry", self.notice.notice_id, self.row.key, *repeat)


def notices_to_entries(
    notices: Sequence[Notice], registry: Registry, decisions: Decisions
) -> tuple[list[Entry], list[ReviewItem]]:
    """Normalize every row's issuer and qualification; collect what needs a steward.

    Qualification ids are given over the whole run at once, so that a lone abbreviation
    (MRICS) gets the id of the full name printed elsewhere (Member (MRICS)).
    """
    printed: list[tuple[Notice, CatalogRow, IssuerParts, IssuerMatch, int]] = []
    # The same cell is matched once per run: a match depends on the cell, the registry and the
    # decisions only, and cities print the same issuer cell on many rows (matching every row
    # took over ten minutes on 1,000 notices).
    matches: dict[IssuerParts, IssuerMatch] = {}
    cells: dict[tuple[str, str], IssuerParts] = {}  # and split once: one IssuerParts per distinct cell
    for notice in notices:
        seen: dict[str, int] = {}
        for row in notice.rows:
            seen[row.key] = seen.get(row.key, 0) + 1
            parts = cells.get((row.issuer, row.country))
            if parts is None:
                parts = cells[(row.issuer, row.country)] = cell_to_issuer(row.issuer, row.country)
            if parts not in matches:
                matches[parts] = match_issuer(parts, registry, decisions)
            printed.append((notice, row, parts, matches[parts], seen[row.key]))
    # one provisional id per new body, however its cells word it (normalize/unknown.py)
    grouped = group_unknown([(parts, match) for _, _, parts, match, _ in printed], registry)
    matched = [(n, row, parts, match, k) for (n, row, parts, _, k), match in zip(printed, grouped)]
    review: dict[str, ReviewItem] = {}
    for notice, row, parts, match, _ in matched:
        if match.needs_review:
            item = review_item(parts, match, notice.meta.doc_number or notice.notice_id, row.ref)
            review.setdefault(item.item_id, item)
    names = identity_names((m.issuer_id, row.qualification, row.qualification_zh) for _, row, _, m, _ in matched)
    ids = qualification_ids(((m.issuer_id, name) for (_, _, _, m, _), name in zip(matched, names)), registry)
    entries = [
        Entry(
            notice, row, parts, match, ids[(match.issuer_id, name)], occurrence,
            issuer_country(parts, match, registry),
        )  # fmt: skip
        for (notice, row, parts, match, occurrence), name in zip(matched, names)
    ]
    return entries, [review[k] for k in sorted(review)]


def entries_frame(entries: Sequence[Entry], origins: Mapping[str, Origin] | None = None) -> pd.DataFrame:
    """One row per catalog row per notice, in notice then print order; columns ENTRY_COLUMNS.
    `origins` (by sha256) give the URL each fetched file came from."""
    if not entries:
        return pd.DataFrame(columns=list(ENTRY_COLUMNS), dtype="string")
    # Built in chunks, each turned into Arrow strings before the next: records of every row at
    # once, then an object frame, then its Arrow copy peaked at about 2 KB a row (228 MiB on
    # 1,000 notices; BENCHMARKS.md, "Memory"). Concatenating Arrow columns copies nothing.
    chunks = [
        pd.DataFrame.from_records(
            [astuple(_entry_record(e, origins or {})) for e in entries[start : start + _CHUNK]], columns=list(ENTRY_COLUMNS)
        ).astype("string")
        for start in range(0, len(entries), _CHUNK)
    ]
    return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]


_CHUNK = 5_000  # rows per chunk of entries_frame


# `extra`'s key for a title printed with its level (工程师（中级）), published as the title alone
TITLE_AS_PRINTED = "对应职称（原文）"


def _entry_record(entry: Entry, origins: Mapping[str, Origin]) -> EntryRecord:
    row, meta, ref = entry.row, entry.notice.meta, entry.row.ref
    origin = origins.get(ref.sha256)
    title = without_level_note(row.title)  # normalize/titles.py: a level that agrees is set aside
    extra = [*row.extra, *([(TITLE_AS_PRINTED, row.title)] if title != row.title else [])]
    return EntryRecord(
        entry_id=entry.entry_id,
        notice_id=entry.notice.notice_id,
        doc_number=meta.doc_number,
        city=meta.city,
        batch=meta.batch,
        part=str(row.part),
        seq=row.seq,
        qualification=row.qualification,
        qualification_zh=row.qualification_zh,
        issuer=row.issuer,
        issuer_id=entry.match.issuer_id,
        qualification_id=entry.qualification_id,
        title=title,
        series=row.series,
        country=entry.country,
        issuer_name_zh=entry.parts.name_zh,
        issuer_name_en=entry.parts.name_en,
        issuer_abbr=entry.parts.abbr,
        issuer_match=f"{entry.match.status}:{entry.match.method}",
        issuer_match_score=f"{entry.match.score:.1f}",
        source_file=ref.file,
        source_sha256=ref.sha256,
        source_page="" if ref.page is None else str(ref.page),
        source_table=str(ref.table),
        source_row=str(ref.row),
        source_bbox="" if ref.bbox is None else ",".join(f"{v:.1f}" for v in ref.bbox),
        continued_on=";".join(_ref_text(r) for r in row.refs[1:]),
        also_in=";".join(entry.notice.also_in),
        extra=";".join(f"{k}={v}" for k, v in extra),
        checks=";".join(row.checks),
        source_url=origin.url if origin else "",
        ocr_confidence=f"{min(value for _, value, _ in row.ocr):.0f}" if row.ocr else "",
    )


def _ref_text(ref: SourceRef) -> str:
    where = f"p{ref.page} " if ref.page is not None else ""
    return f"{where}t{ref.table} r{ref.row}"


def _columns(table: str) -> list[str]:
    """A table's columns as its schema names them: an empty table keeps its header."""
    return [c.name for c in SCHEMAS[table].columns]


def notices_frame(
    notices: Sequence[Notice], counts: Mapping[str, int], origins: Mapping[str, Origin] | None = None
) -> pd.DataFrame:
    """One row per notice with its metadata, the files it came in and the page it was published on."""
    records = []
    for notice in notices:
        meta = notice.meta
        records.append(
            {
                "notice_id": notice.notice_id,
                "doc_number": meta.doc_number,
                "city": meta.city,
                "office": meta.office,
                "title": meta.notice_title,
                "issue_date": meta.issue_date,
                "effective_date": meta.effective_date,
                "batch": meta.batch,
                "catalog_title": meta.catalog_title,
                "entries": str(counts.get(notice.notice_id, 0)),
                "files": ";".join(f"{s.path}" for s, _ in notice.sources),
                "formats": ";".join(fmt for _, fmt in notice.sources),
                "sha256": ";".join(s.sha256 for s, _ in notice.sources),
                "replaces": meta.replaces,
                "source_url": notice_page(notice, origins or {}),
                "read_by": ";".join(notice.read_by),
                "withdrawn": ";".join(f"{h.seq} {h.text}".strip() for h in notice.headings if h.withdrawn),
            }
        )
    return pd.DataFrame.from_records(records, columns=_columns("notices")).astype("string")


def notice_page(notice: Notice, origins: Mapping[str, Origin]) -> str:
    """The bureau page a fetched notice was published on: the page that linked its files, else
    the URL of its own web page; "" when its files were added by hand."""
    found = [origins[s.sha256] for s, _ in notice.sources if s.sha256 in origins]
    pages = [o.page_url for o in found if o.page_url]
    html = [origins[s.sha256].url for s, fmt in notice.sources if fmt == "html" and s.sha256 in origins]
    return (pages or html or [""])[0]


def qualifications_frame(entries: Sequence[Entry]) -> pd.DataFrame:
    """One row per qualification id: its names as first printed and where it appears."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.qualification_id, []).append(entry)
    records = []
    for qid in sorted(groups):
        group = groups[qid]
        first = group[0]
        records.append(
            {
                "qualification_id": qid,
                "issuer_id": first.match.issuer_id,
                "qualification": first.row.qualification,
                "qualification_zh": first.row.qualification_zh,
                "variants": ";".join(sorted({e.row.qualification for e in group})),
                "cities": ";".join(sorted({e.notice.meta.city for e in group})),
                "entries": str(len(group)),
            }
        )
    return pd.DataFrame.from_records(records, columns=_columns("qualifications")).astype("string")


def issuers_frame(entries: Sequence[Entry], registry: Registry) -> pd.DataFrame:
    """Registry issuers that appear, plus provisional ones waiting for review."""
    seen: dict[str, list[Entry]] = {}
    for entry in entries:
        seen.setdefault(entry.match.issuer_id, []).append(entry)
    known = {issuer.id: issuer for issuer in registry.issuers}
    records = []
    for issuer_id in sorted(seen):
        group, issuer = seen[issuer_id], known.get(issuer_id)
        parts = group[0].parts
        records.append(
            {
                "issuer_id": issuer_id,
                "status": "registry" if issuer else group[0].match.status,
                "name_zh": issuer.name_zh if issuer else parts.name_zh,
                "name_en": issuer.name_en if issuer else parts.name_en,
                "abbr": issuer.abbr if issuer else parts.abbr,
                "country": issuer.country if issuer else parts.country,
                "printed_as": ";".join(sorted({e.row.issuer for e in group})),
                "cities": ";".join(sorted({e.notice.meta.city for e in group})),
                "entries": str(len(group)),
            }
        )
    return pd.DataFrame.from_records(records, columns=_columns("issuers")).astype("string")


def rejected_frame(results: Sequence[DocumentResult], blocked: Sequence[dict[str, str]]) -> pd.DataFrame:
    """Every document not published and every row that blocked its notice, with the reason."""
    records = [
        {
            "file": r.source.path, "sha256": r.source.sha256, "format": r.format or "",
            "step": r.step, "reason": r.reason, "notice": r.meta.doc_number, "seq": "", "page": "", "row": "", "rule": "",
        }
        for r in results
        if r.status != "catalog"
    ]  # fmt: skip
    records.extend(blocked)
    columns = ["file", "sha256", "format", "step", "reason", "notice", "seq", "page", "row", "rule"]
    frame = pd.DataFrame.from_records(records, columns=columns).astype("string")
    return frame.sort_values(["file", "step", "notice", "seq", "reason"], kind="stable").reset_index(drop=True)


def disagreements_frame(found: Sequence[Disagreement]) -> pd.DataFrame:
    """Cross-format disagreements: one row per notice, seq and field."""
    records = [
        {"notice_id": d.notice_id, "seq": d.seq, "field": d.field, "values": " | ".join(f"{f}: {v}" for f, v in d.values)}
        for d in found
    ]
    return pd.DataFrame.from_records(records, columns=["notice_id", "seq", "field", "values"]).astype("string")
