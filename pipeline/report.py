"""What a run did: every document's result, the release, and what was published."""

from __future__ import annotations

from dataclasses import dataclass
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
