"""The summary a steward reads after a run (text or JSON), and the exit code that goes with it.

Exit codes (README, "Exit codes"): 0 published and nothing waits for a steward; 1 something
waits (a notice held back, a document quarantined, review items, or nothing to publish).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.report import RunReport
from pipeline.settings import Settings

OK, ATTENTION, INTERNAL = 0, 1, 3


def report_exit_code(report: RunReport) -> int:
    """0 when all was published and nothing waits for a steward; 1 otherwise; 3 when a reader
    hit a bug on a document (the run went on without it)."""
    if any(r.step == "internal" for r in report.results):
        return INTERNAL
    quarantined = any(r.status == "rejected" for r in report.results)
    waiting = report.release.counts["review"] > 0
    if report.published is None or report.release.blocked_notices or quarantined or waiting:
        return ATTENTION
    return OK


def report_to_text(report: RunReport, settings: Settings) -> str:
    """The summary: what was published, a table of counts, what waits and why, and the paths."""
    release, published = report.release, report.published
    tables = release.tables
    if report.nothing_new:
        version = f"current version {published.version}" if published else "no version"
        head = (f"catalog run: nothing new since the last run (no file, decision, registry or code changed; no "
                f"document read again); {version} in {settings.curated}")  # fmt: skip
    elif published is None:
        head = "catalog run: nothing published (no catalog entry passed); the current version is unchanged"
    elif published.changed:
        head = f"catalog run: published new version {published.version} in {settings.curated}"
    else:
        head = f"catalog run: nothing changed; current version {published.version} in {settings.curated}"
    lines = [head, ""]
    for label, count, detail in _count_rows(report):
        lines.append(f"  {label:<22}{count:>6}   {detail}".rstrip())
    lines.extend(_notice_lines(tables["notices"]))
    lines.extend(f"  numbered on: {line}" for line in release.numbered_on)  # published though 序号 start after 1
    lines.extend(f"  end confirmed: {line}" for line in release.ends_confirmed)  # published though no file shows the end
    lines.extend(_held_back_lines(tables["rejected"]))
    lines.extend(_document_lines(report))
    if tables["review"].shape[0]:
        kinds = tables["review"]["kind"].value_counts()
        what = ", ".join(f"{count} {_KIND_WORDS.get(str(kind), str(kind))}" for kind, count in sorted(kinds.items()))
        lines.append(f"  review: {what} wait for a steward: `catalog review`")
    lines.append("")
    for name, path in settings.paths().items():
        missing = " (none yet: no decision recorded)" if name == "decisions" and not Path(path).exists() else ""
        lines.append(f"  {name:<10}{path}{missing}")
    if report.validation is not None:
        lines.append(f"  {'report':<10}{report.validation}   (validation report, Data Docs: open in a browser)")
    if published is not None:
        lines.append(f"  {'portal':<10}{settings.curated / 'datapackage.json'}   (data package; `datasette "
                     f"{settings.curated / 'catalog.sqlite'} -m {settings.curated / 'metadata.yml'}` to browse)")
    return "\n".join(lines)


def _count_rows(report: RunReport) -> list[tuple[str, int, str]]:
    results, counts = report.results, report.release.counts
    status = {s: sum(r.status == s for r in results) for s in ("catalog", "no-catalog", "rejected")}
    rows_read = report.rows_read
    if rows_read is None:
        rows_read = sum(len(r.catalog.rows) for r in results if r.catalog is not None)
    held = report.release.blocked_notices
    return [
        ("documents read", len(results),
         f"{status['catalog']} with a catalog, {status['no-catalog']} without one, {status['rejected']} quarantined"),
        ("catalog rows read", rows_read, "every row of every file, before formats are merged"),
        ("notices published", counts["notices"], ""),
        ("entries published", counts["entries"],
         f"issuers {counts['issuers']}, qualifications {counts['qualifications']}"),
        ("notices held back", len(held), "the HELD BACK lines below say why" if held else ""),
        ("review items waiting", counts["review"], "`catalog review` lists them" if counts["review"] else ""),
        ("format disagreements", counts["disagreements"], "see disagreements.csv" if counts["disagreements"] else ""),
    ]  # fmt: skip


def _notice_lines(notices: pd.DataFrame) -> list[str]:
    lines = []
    for _, n in notices.iterrows():
        lines.append(f"  notice {n['doc_number'] or n['notice_id']} ({n['city']}, {n['batch']}): "
                     f"{n['entries']} entries from {n['formats']}")  # fmt: skip
        replaces = n.get("replaces")
        if isinstance(replaces, str) and replaces:  # its city's earlier catalogs leave force: said, to be checked
            lines.append(f"    retires {n['city']}'s earlier catalogs (their entries in_force false): 「{replaces}」")
        withdrawn = n.get("withdrawn")
        if isinstance(withdrawn, str) and withdrawn:  # struck through whole: said, since a strike is only a drawing
            lines.append(f"    withdraws rows it prints struck through whole (not published): {withdrawn}")
    return lines


def _held_back_lines(rejected: pd.DataFrame) -> list[str]:
    lines = []
    held = rejected[rejected["step"] == "validate"]
    for notice, rows in held.groupby("notice", sort=True):  # named by document number, rows by file and row
        lines.append(f"  HELD BACK notice {notice}: {len(rows)} problem(s); its entries are not published")
        for _, row in rows.head(20).iterrows():
            where = f"row {row['row']} (序号 {row['seq']})" if row["seq"] else "the notice itself"
            lines.append(f"    {row['file']} {where}: {row['reason']}")
    return lines


def _document_lines(report: RunReport) -> list[str]:
    return [
        f"  {result.status}: {result.source.path}: [{result.step}] {result.reason}"
        for result in report.results
        if result.status != "catalog"
    ]


def report_to_json(report: RunReport, settings: Settings) -> dict[str, Any]:
    """The summary as data, for scripts (`catalog run --json`)."""
    published, tables = report.published, report.release.tables
    return {
        "status": "nothing-published" if published is None else "published" if published.changed else "unchanged",
        "version": published.version if published else None,
        "exit_code": report_exit_code(report),
        "counts": {label: count for label, count, _ in _count_rows(report)},
        "notices": _records(tables["notices"], ["notice_id", "doc_number", "city", "batch", "entries", "formats"]),
        "held_back": _records(tables["rejected"][tables["rejected"]["step"] == "validate"],
                              ["notice", "file", "seq", "row", "reason"]),  # fmt: skip
        "documents": [
            {"file": r.source.path, "sha256": r.source.sha256, "format": r.format, "status": r.status,
             "step": r.step, "reason": r.reason}  # fmt: skip
            for r in report.results
        ],
        "paths": settings.paths(),
        "validation_report": str(report.validation) if report.validation else None,
        "data_package": str(settings.curated / "datapackage.json") if published else None,
        "nothing_new": report.nothing_new,
    }


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict[str, str]]:
    return [{c: str(row[c]) for c in columns} for _, row in frame.iterrows()]


# What a review item of each kind asks about, for the summary's review line.
_KIND_WORDS = {"issuer": "issuer match(es)", "ocr": "cell(s) read from scans", "text": "line break(s) to check",
               "sequence": "catalog start(s)", "end": "catalog end(s)",
               "brackets": "bracket style(s) of scanned columns"}  # fmt: skip
