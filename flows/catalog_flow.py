"""Prefect orchestration only: raw/ → one task per document → release → publish.

Each task is a few lines calling one library function; the logic lives in catalog/,
extractors/ and normalize/. Documents are independent tasks, so a task runner that scales
out (prefect-dask) can be swapped in without touching the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from prefect import flow, task

from catalog.ingest import file_to_result, list_raw_files
from catalog.model import DocumentResult
from catalog.publish import Published, publish, render, run_lock
from catalog.release import Release, results_to_release
from normalize.registry import load_registry
from normalize.review import load_decisions


@dataclass(frozen=True)
class RunReport:
    """What a run did, for the CLI's summary and exit code."""

    results: tuple[DocumentResult, ...]
    release: Release
    published: Published | None  # None when nothing was left to publish


@task(name="extract-document", task_run_name="extract {path.name}")
def extract_document(path: Path, raw_dir: Path) -> DocumentResult:
    """Read one document into its catalog and metadata (never raises for bad input)."""
    return file_to_result(path, raw_dir)


@task(name="build-release")
def build_release(results: list[DocumentResult], decisions_path: Path | None) -> Release:
    """Merge notices, normalize issuers and qualifications, validate."""
    return results_to_release(results, load_registry(), load_decisions(decisions_path))


@task(name="publish-release")
def publish_release(release: Release, curated_dir: Path) -> Published:
    """Write the release as a new version of curated/, atomically (the flow holds the publish lock)."""
    manifest = {"entries": release.counts["entries"], "notices": release.counts["notices"],
                "rejected": release.counts["rejected"]}  # fmt: skip
    return publish(render(release.tables), manifest, curated_dir)


@flow(name="catalog-run", log_prints=False)
def catalog_run(
    raw_dir: Path, curated_dir: Path, decisions_path: Path | None = None, wait_seconds: float = 0.0
) -> RunReport:
    """raw/ → curated/: extract every document, build and validate the release, publish it."""
    # The lock covers the whole run, not only the publish: a second run started meanwhile stops
    # (or waits) before doing the work, and a run that read raw/ earlier never overwrites one
    # that read it later.
    with run_lock(curated_dir, wait_seconds):
        futures = [extract_document.submit(path, raw_dir) for path in list_raw_files(raw_dir)]
        results = [future.result() for future in futures]
        release = build_release(results, decisions_path)
        # An empty release would replace a good catalog with nothing: keep the current version.
        published = publish_release(release, curated_dir) if release.counts["entries"] else None
    return RunReport(tuple(results), release, published)
