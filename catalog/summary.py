"""The run summary a steward reads, and the exit code that goes with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # flows imports prefect; the summary only reads the report
    from pipeline.report import RunReport


def report_exit_code(report: RunReport) -> int:
    """0 all published; 1 something held back or nothing to publish."""
    rejected = any(r.status == "rejected" for r in report.results)
    if report.published is None or report.release.blocked_notices or rejected:
        return 1
    return 0


def report_to_text(report: RunReport, curated: Path) -> str:
    """A short, plain summary: what was published, what was held back and why."""
    results, release, published = report.results, report.release, report.published
    by_status = {s: sum(1 for r in results if r.status == s) for s in ("catalog", "no-catalog", "rejected")}
    lines = []
    if published is None:
        lines.append("catalog run: nothing published (no catalog entry passed); the current version is unchanged")
    else:
        state = "published new version" if published.changed else "nothing changed; current version"
        lines.append(f"catalog run: {state} {published.version} in {curated}")
    lines.append(
        f"  documents: {len(results)} read: {by_status['catalog']} with a catalog, "
        f"{by_status['no-catalog']} without one, {by_status['rejected']} quarantined"
    )
    notices = release.tables["notices"]
    for _, notice in notices.iterrows():
        lines.append(
            f"  notice {notice['doc_number'] or notice['notice_id']} ({notice['city']}, {notice['batch']}): "
            f"{notice['entries']} entries from {notice['formats']}"
        )
    counts = release.counts
    lines.append(
        f"  entries: {counts['entries']}, issuers: {counts['issuers']}, qualifications: {counts['qualifications']}, "
        f"waiting for review: {counts['review']}, format disagreements: {counts['disagreements']}"
    )
    held = release.tables["rejected"]
    held = held[held["step"] == "validate"]
    for notice, rows in held.groupby("notice", sort=True):  # named by document number, rows by file and row
        lines.append(f"  HELD BACK notice {notice}: {len(rows)} row(s) break the entries suite (see rejected.csv)")
        for _, row in rows.head(20).iterrows():
            lines.append(f"    {row['file']} row {row['row']} (序号 {row['seq']}): {row['reason']}")
    for result in results:
        if result.status != "catalog":
            lines.append(f"  {result.status}: {result.source.path}: [{result.step}] {result.reason}")
    return "\n".join(lines)
