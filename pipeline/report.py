"""What a run did: every document's result, the release, and what was published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.model import DocumentResult
from pipeline.publish import Published
from pipeline.release import Release


@dataclass(frozen=True)
class RunReport:
    """A run's outcome, for the summary and the exit code."""

    results: tuple[DocumentResult, ...]
    release: Release
    published: Published | None  # None when nothing was left to publish
    validation: Path | None = None  # the Data Docs' index.html of this run's validation
    nothing_new: bool = False  # answered from the last run's report: no document read, no Prefect
    rows_read: int | None = None  # catalog rows read (None: count them in `results`, which then keep their rows)


def outline(results: Sequence[DocumentResult]) -> tuple[tuple[DocumentResult, ...], int]:
    """The results without their catalog rows, and how many rows they held: what a report keeps
    once the release is built (1,000 notices' rows held to the end of a run cost hundreds of MiB)."""
    rows = sum(len(r.catalog.rows) for r in results if r.catalog is not None)
    bare = tuple(replace(r, catalog=replace(r.catalog, rows=())) if r.catalog is not None else r for r in results)
    return bare, rows
