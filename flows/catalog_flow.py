"""Prefect orchestration only: raw/ → one task per document → release → publish.

Each task is a few lines calling one library function; the logic lives in pipeline/,
extractors/ and normalize/. Documents are independent tasks, so a task runner that scales
out (prefect-dask) can be swapped in without touching the library.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext, TaskRunContext
from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from core.model import DocumentResult
from flows.memory import in_own_process
from pipeline.assemble import catalogs_not_found, vouched_by_page
from pipeline.cache import ExtractionCache
from pipeline.feed import DOCS
from pipeline.ingest import crashed_result, file_to_result, list_raw_files
from pipeline.interrupt import children_leave_ctrl_c_to_us, critical
from pipeline.logs import log_like_the_run
from pipeline.memory import return_freed_memory
from pipeline.progress import listener
from pipeline.provenance import raw_origins
from pipeline.publish import Published, Staged, run_lock, switch
from pipeline.release import Release, release_staged
from pipeline.report import RunReport, outline

# A release of this many catalog rows read or more is built in a process of its own. Building
# holds every row several times over, and Great Expectations; in the run's process that memory
# would stay with it through publishing (1,000 notices, 110k rows: 1,235 MiB at the peak, all in
# one process). A process costs about 2 s to start, so small runs build in place.
RELEASE_IN_OWN_PROCESS_FROM = int(os.environ.get("CATALOG_RELEASE_PROCESS_ROWS") or 10_000)

_LOG = logging.getLogger(__name__)


# This many documents or more are read in processes, one per core: pdfminer is pure Python, so
# threads share one core, and what reading allocates and frees stays with the process that read
# (in threads, the run's own). A process costs about 2 s to start (it imports Prefect and the
# readers); measured, on 2 cores, 100 notices read in 85 s instead of 128 (BENCHMARKS.md).
READ_IN_PROCESSES_FROM = int(os.environ.get("CATALOG_READ_PROCESSES_FROM") or 16)


def _extract(path: Path, raw_dir: Path, cache_dir: Path | None) -> DocumentResult:
    log_like_the_run()  # a reader process logs where the run logs
    return ExtractionCache(cache_dir).result(path, raw_dir) if cache_dir else file_to_result(path, raw_dir)


def _extract_outline(path: Path, raw_dir: Path, cache_dir: Path) -> tuple[DocumentResult, int]:
    (bare,), rows = outline([_extract(path, raw_dir, cache_dir)])
    return bare, rows


@task(name="extract-document", task_run_name="extract {path.name}", cache_policy=NONE)
def extract_document(path: Path, raw_dir: Path, cache_dir: Path | None = None) -> DocumentResult:
    """Read one document into its catalog and metadata (never raises for bad input); with a
    cache, a file this reader already read is not parsed again."""
    return _extract(path, raw_dir, cache_dir)


@task(name="extract-document", task_run_name="extract {path.name}", cache_policy=NONE)
def extract_and_keep(path: Path, raw_dir: Path, cache_dir: Path) -> tuple[DocumentResult, int]:
    """extract_document in a reader process: the result stays in the cache, and only its outline
    (without its rows) and its row count travel back, so the run's process never holds the corpus."""
    return _extract_outline(path, raw_dir, cache_dir)


# No cache key: results are not persisted, and the key of the release task would be a hash of every
# catalog row (Prefect serializes the inputs to hash them), made and thrown away on each run.
@task(name="build-and-stage-release", cache_policy=NONE)
def build_and_stage(
    results: list[DocumentResult], decisions_path: Path | None, registry_path: Path | None, docs_dir: Path,
    raw_dir: Path, curated_dir: Path, own_process: bool, stored: Path | None = None,
) -> tuple[Release, Staged | None]:  # fmt: skip
    """The release's outline and its version written whole beside the current one, with its
    portal feed (None: no entries); in a process of its own when `own_process`: that process
    gives back all it held when it ends (flows/memory.py). With `stored`, `results` are outlines
    and their rows are in that extraction cache (extract_and_keep)."""
    arguments = (results, decisions_path, registry_path, docs_dir, raw_dir, curated_dir, stored)
    if not own_process:
        return release_staged(*arguments)
    if TaskRunContext.get():  # run as a task (not called as a function, .fn)
        get_run_logger().info("building the release in a process of its own (%d documents)", len(results))
    return in_own_process(release_staged, *arguments)


@task(name="publish-release", cache_policy=NONE)
def publish_release(staged: Staged, curated_dir: Path) -> Published:
    """Make the staged version current, atomically (the flow holds the run's lock)."""
    with critical():  # Ctrl-C waits for the switch to finish: curated/ is old or new, never between
        return switch(staged, curated_dir)


# Threads bounded by the cores: reading is pure Python (pdfminer), so more threads would not
# read faster, only hold more documents in memory at once (Prefect's default has no bound).
# With READ_IN_PROCESSES_FROM documents or more, _read uses processes instead.
@flow(name="catalog-run", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 1))  # type: ignore[arg-type]  # prefect 3.7 types the runner generic as Never
def catalog_run(
    raw_dir: Path,
    curated_dir: Path,
    decisions_path: Path | None = None,
    wait_seconds: float = 0.0,
    registry_path: Path | None = None,
    docs_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> RunReport:
    """raw/ → curated/: extract every document, build and validate the release, publish it.

    `decisions_path` None means no steward decisions (yet); a path given must exist. The run's
    Data Docs are built in `docs_dir` (emptied first; None: a temporary folder) and copied into
    the version it publishes. With `cache_dir`, each document's extraction is kept there by
    content hash (pipeline/cache.py) and not repeated.
    """
    if docs_dir is None:
        with tempfile.TemporaryDirectory(prefix="catalog-docs-") as temporary:
            return _run(raw_dir, curated_dir, decisions_path, wait_seconds, registry_path, Path(temporary), cache_dir)
    shutil.rmtree(docs_dir, ignore_errors=True)
    return _run(raw_dir, curated_dir, decisions_path, wait_seconds, registry_path, docs_dir, cache_dir)


def _run(
    raw_dir: Path,
    curated_dir: Path,
    decisions_path: Path | None,
    wait_seconds: float,
    registry_path: Path | None,
    docs_dir: Path,
    cache_dir: Path | None = None,
) -> RunReport:
    # The lock covers the whole run, not only the publish: a second run started meanwhile stops
    # (or waits) before doing the work, and a run that read raw/ earlier never overwrites one
    # that read it later.
    progress = listener()
    with run_lock(curated_dir, wait_seconds):
        paths = list_raw_files(raw_dir)
        progress.documents(len(paths))
        read = _read(paths, raw_dir, cache_dir)
        # A bare attachment set aside for want of evidence is a catalog when its notice page says so:
        # decided here, so that the run's report (and its exit code) agree with the release.
        origins = raw_origins(raw_dir)
        # A page naming its catalog with no file of the run holding it waits (the notice's catalog is missing).
        read = replace(read, results=catalogs_not_found(vouched_by_page(read.results, origins), origins))
        return_freed_memory()  # what reading the documents freed
        progress.stage("build, validate and write the version")
        # The report keeps each document's outcome, not its rows: the release holds what is published.
        bare, rows_read = (tuple(read.results), read.rows) if read.stored else outline(read.results)
        own_process = rows_read >= RELEASE_IN_OWN_PROCESS_FROM
        # The release is built, validated and written out with its portal feed beside the
        # current version (staged); only then is it made current (publish).
        kept, staged = build_and_stage(read.results, decisions_path, registry_path, docs_dir, raw_dir, curated_dir,
                                       own_process, read.stored)  # fmt: skip
        del read
        return_freed_memory()  # what building and validating freed, and the rows read
        # An empty release would replace a good catalog with nothing: keep the current version.
        if staged is None:
            return RunReport(bare, kept, None, _docs_index(None, docs_dir), rows_read=rows_read)
        progress.stage("publish")
        published = publish_release(staged, curated_dir)
    return RunReport(bare, kept, published, _docs_index(published, docs_dir), rows_read=rows_read)


@dataclass(frozen=True)
class _Read:
    """The documents' results in raw/ order, whole; or, when `stored` (an extraction cache
    folder), their outlines without rows, the rows kept there, and how many there are."""

    results: list[DocumentResult]
    rows: int = 0
    stored: Path | None = None


def _read(paths: list[Path], raw_dir: Path, cache_dir: Path | None) -> _Read:
    """Every document's result, in raw/ order: on the flow's task runner (a Dask cluster with
    --dask), or, on this machine with many documents, in processes that end with the stage.
    Processes keep what they read in the cache, when there is one, and send back outlines."""
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if isinstance(runner, ThreadPoolTaskRunner) and len(paths) >= READ_IN_PROCESSES_FROM:
        outcomes = _read_in_processes(paths, raw_dir, cache_dir)
        results = [result for result, _ in outcomes]
        return _Read(results) if cache_dir is None else _Read(results, sum(n for _, n in outcomes), cache_dir)
    read = _collect({path: extract_document.submit(path, raw_dir, cache_dir) for path in paths})
    return _Read([read[path] for path in paths])


def _read_in_processes(paths: list[Path], raw_dir: Path, cache_dir: Path | None) -> list[tuple[DocumentResult, int]]:
    """(result, rows) of every document, in raw/ order, read in processes, one per core: whole
    results (rows 0) without a cache, outlines with one (extract_and_keep).

    A reader process that dies (a crash in a native library) breaks the pool: every document
    not finished fails with it. The one to blame was among the first of those, the ones the
    processes held: each of them is read alone in a process of its own, and one that kills its
    process again is set aside (ReaderCrashed); the others go on in new processes."""
    workers = os.cpu_count() or 1
    read: dict[Path, tuple[DocumentResult, int]] = {}
    pending = list(paths)
    while pending:
        with ProcessPoolTaskRunner(max_workers=workers) as readers:
            with children_leave_ctrl_c_to_us():  # the runner's threads, made on submit, start the readers
                futures: dict[Path, PrefectFuture[Any]] = {
                    path: readers.submit(extract_document, {"path": path, "raw_dir": raw_dir}) if cache_dir is None
                    else readers.submit(extract_and_keep, {"path": path, "raw_dir": raw_dir, "cache_dir": cache_dir})
                    for path in pending
                }  # fmt: skip
            finished = _collect(futures)
        _leave_queue_at_exit(readers)
        read.update({path: result if isinstance(result, tuple) else (result, 0) for path, result in finished.items()})
        broken = [path for path in pending if path not in read]
        # The runner hands documents to the processes in order, through as many threads as processes.
        suspects, pending = broken[: 2 * workers + 1], broken[2 * workers + 1 :]
        for path in suspects:
            read[path] = _read_alone(path, raw_dir, cache_dir)
    return [read[path] for path in paths]


def _leave_queue_at_exit(readers: ProcessPoolTaskRunner) -> None:
    """Never wait at exit on the queue a reader process that died may have left locked.

    The runner's processes send their logs to this one through a multiprocessing queue, whose
    write lock all of them share. A process killed while it writes (a native crash) never lets
    the lock go: this process's feeder thread then waits for it forever, the runner gives up
    stopping its forwarding after 5 s and keeps the queue, and at exit multiprocessing joins
    the feeder thread, so `catalog run` hung after it had published (seen with py-spy, 2 of 22
    crash runs under load; Python 3.11.7, Prefect 3.7.8). What the queue still holds is log
    lines of dead processes. Prefect keeps the queue private and offers no hook: hence the
    attribute, read defensively."""
    queue = getattr(readers, "_subprocess_message_queue", None)
    if queue is not None and hasattr(queue, "cancel_join_thread"):
        queue.cancel_join_thread()


def _read_alone(path: Path, raw_dir: Path, cache_dir: Path | None) -> tuple[DocumentResult, int]:
    """One document read in a process of its own; a process that dies sets the document aside."""
    try:
        if cache_dir is None:
            outcome = (in_own_process(_extract, path, raw_dir, None), 0)
        else:
            outcome = in_own_process(_extract_outline, path, raw_dir, cache_dir)
    except BrokenProcessPool:
        outcome = (crashed_result(path, raw_dir), 0)
        _LOG.error("the process reading %s died; the file is set aside (rejected.csv, step internal)", path.name)
    listener().document_done(outcome[0].source.path, outcome[0].status)
    return outcome


def _collect(futures: Mapping[Path, PrefectFuture[Any]]) -> dict[Path, Any]:
    """The results of the futures that finished, by path; those whose process died are left out.
    A result is a DocumentResult, or (outline, rows) from extract_and_keep."""
    progress = listener()
    path_of = {id(future): path for path, future in futures.items()}
    results: dict[Path, Any] = {}
    for done in as_completed(list(futures.values())):
        try:
            result = done.result()
        except BrokenProcessPool:
            continue
        results[path_of[id(done)]] = result
        document = result[0] if isinstance(result, tuple) else result
        progress.document_done(document.source.path, document.status)
    return results


def _docs_index(published: Published | None, docs_dir: Path) -> Path | None:
    """Where the run's validation report is: in the version it validated, else where it was built."""
    for index in ([published.path / DOCS / "index.html"] if published else []) + [docs_dir / "index.html"]:
        if index.is_file():
            return index
    return None
