"""Trace a published entry back to its source: notice, file, page, table, row, the cells as
printed, the issuer match or the steward decision that made it, and a picture of the page.

Reads only what a run published (curated/current) and the raw file it names (found in raw/
by its sha256, whatever its name is now): a trace never re-runs the pipeline.
"""

from __future__ import annotations

import csv
import difflib
from dataclasses import dataclass
from pathlib import Path

from core.errors import CatalogError, UserError
from core.model import RawTable
from extractors import read_document
from extractors.sniff import file_to_source
from normalize.decisions import Decision, Decisions
from pipeline.ingest import list_raw_files

CONTEXT_ROWS = 2  # printed rows shown above and below the entry's row (DOCX, HTML)


@dataclass(frozen=True)
class Trace:
    """Everything known about where one published entry came from."""

    entry: dict[str, str]  # its row of entries.csv
    notice: dict[str, str]  # its notice's row of notices.csv
    raw_file: Path | None  # the source file in raw/ (matched by sha256), None when it is gone
    header: tuple[str, ...]  # the printed header of the entry's table ((): not read again)
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells) around the entry's row
    decision: Decision | None  # the steward decision in force for its issuer cell


def read_published(curated: Path, name: str) -> list[dict[str, str]]:
    """A table of the current version (UTF-8 with BOM, every value text)."""
    path = curated / name
    if not path.exists():
        raise UserError(f"no {name} in {curated}", hint="run `catalog run` first, or give --curated DIR")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def find_entry(entries: list[dict[str, str]], entry_id: str) -> dict[str, str]:
    """The entry with this id; an unknown id is an error that suggests the closest ids."""
    for entry in entries:
        if entry["entry_id"] == entry_id:
            return entry
    close = difflib.get_close_matches(entry_id, [e["entry_id"] for e in entries], n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else "`catalog trace` takes an entry_id of curated/entries.csv"
    raise UserError(f"no entry {entry_id!r} in the current version", hint=hint)


def raw_file_of(raw: Path, name: str, sha256: str) -> Path | None:
    """The raw file with these bytes: under its published name, else under any name in raw/."""
    named = raw / name
    if named.is_file() and file_to_source(named, raw).sha256 == sha256:
        return named
    for path in list_raw_files(raw):
        if file_to_source(path, raw).sha256 == sha256:
            return path
    return None


def trace_entry(curated: Path, raw: Path, entry_id: str, decisions: Decisions) -> Trace:
    """The lineage of one published entry, with its printed row read again from the source file."""
    entry = find_entry(read_published(curated, "entries.csv"), entry_id)
    notice = next((n for n in read_published(curated, "notices.csv") if n["notice_id"] == entry["notice_id"]), {})
    source = raw_file_of(raw, entry["source_file"], entry["source_sha256"])
    header: tuple[str, ...] = ()
    rows: tuple[tuple[int, tuple[str, ...]], ...] = ()
    if source is not None:
        header, rows = _printed_rows(source, raw, int(entry["source_table"]), int(entry["source_row"]))
    return Trace(entry, notice, source, header, rows, decision_for(entry, decisions))


def decision_for(entry: dict[str, str], decisions: Decisions) -> Decision | None:
    """The steward decision that placed the entry's issuer, when the match says one did."""
    if not entry["issuer_match"].endswith(":decision"):
        return None
    made = [d for d in decisions.rows if d.kind == "issuer" and d.raw == entry["issuer"]]
    return made[-1] if made else None  # the latest decision wins, as in the matcher


def _printed_rows(
    path: Path, raw: Path, table_number: int, row_number: int
) -> tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]:
    """The table's first row (its header, as printed) and the rows around the entry's row."""
    try:
        document = read_document(path, file_to_source(path, raw))
    except CatalogError:
        return (), ()
    table: RawTable | None = next((t for t in document.tables if t.index == table_number), None)
    if table is None:
        return (), ()
    cells = [(r.ref.row, tuple(c or "" for c in r.cells)) for r in table.rows]
    near = tuple((n, c) for n, c in cells if abs(n - row_number) <= CONTEXT_ROWS)
    return (cells[0][1] if cells else ()), near


def page_picture(pdf: Path, page: int, bbox: tuple[float, float, float, float], out: Path) -> Path:
    """A PNG of the PDF page with the entry's row outlined in red (pdfplumber renders with pdfium)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        if not 1 <= page <= len(document.pages):
            raise UserError(f"{pdf.name} has no page {page}")
        image = document.pages[page - 1].to_image(resolution=110)
        image.draw_rect(bbox, fill=(255, 0, 0, 40), stroke=(220, 0, 0), stroke_width=3)
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out), format="PNG")
    return out


def parse_bbox(text: str) -> tuple[float, float, float, float] | None:
    """source_bbox as published ('x0,top,x1,bottom' in points), or None when there is none."""
    parts = [p for p in text.split(",") if p.strip()]
    if len(parts) != 4:
        return None
    x0, top, x1, bottom = (float(p) for p in parts)
    return x0, top, x1, bottom


def trace_to_text(trace: Trace) -> str:
    """What a steward reads: the entry, where it was printed, how its issuer was placed."""
    e, n = trace.entry, trace.notice
    lines = [
        f"entry {e['entry_id']}: {e['qualification']} → {e['title']} ({e['series']})",
        f"  notice     {e['doc_number'] or e['notice_id']} ({e['city']}, {e['batch']}) {e['notice_id']}",
    ]
    if n.get("title"):
        lines.append(f"             {n['title']}")
    where = ", ".join(part for part in (
        f"page {e['source_page']}" if e["source_page"] else "", f"table {e['source_table']}", f"row {e['source_row']}",
    ) if part)  # fmt: skip
    present = f"in raw/ as {trace.raw_file.name}" if trace.raw_file else "NOT in raw/ any more"
    lines += [
        f"  file       {e['source_file']} (sha256 {e['source_sha256']}; {present})",
        f"  printed at {where}" + (f", box {e['source_bbox']} (points, top-left origin)" if e["source_bbox"] else ""),
    ]
    if e.get("source_url"):  # versions published before `catalog fetch` have no such column
        lines.append(f"  fetched    {e['source_url']}")
    if n.get("source_url") and n["source_url"] != e.get("source_url"):
        lines.append(f"  published  {n['source_url']} (the notice's page)")
    if e["continued_on"]:
        lines.append(f"  continued  {e['continued_on']} (split by a page break)")
    if e["also_in"]:
        lines.append(f"  also in    {e['also_in'].replace(';', ', ')}")
    if trace.rows:
        lines.append("  as printed (the entry's row marked >):")
        if trace.header and trace.rows[0][0] != 1:
            lines.append(f"       1  {' | '.join(trace.header)}")
        for number, cells in trace.rows:
            mark = ">" if str(number) == e["source_row"] else " "
            lines.append(f"    {mark}{number:>3}  {' | '.join(cells)}")
    lines.append(f"  issuer     {e['issuer']}")
    method = e["issuer_match"].split(":")[-1]
    lines.append(f"             → {e['issuer_id']} ({e['issuer_match']}, score {e['issuer_match_score']})")
    if trace.decision:
        d = trace.decision
        lines.append(f"  decision   {d.decision} {d.target_id} by {d.decided_by} at {d.decided_at}"
                     + (f": {d.note}" if d.note else ""))  # fmt: skip
    elif method == "decision":
        lines.append("  decision   made by a steward (not in the decisions file given)")
    if e["checks"]:
        lines.append(f"  check      {e['checks']} (compare with the page)")
    return "\n".join(lines)


def trace_to_json(trace: Trace) -> dict[str, object]:
    """The trace as data (`catalog trace --json`)."""
    return {
        "entry": trace.entry,
        "notice": trace.notice,
        "raw_file": str(trace.raw_file) if trace.raw_file else None,
        "header": list(trace.header),
        "rows": [{"row": number, "cells": list(cells)} for number, cells in trace.rows],
        "decision": trace.decision.__dict__ if trace.decision else None,
    }
