"""`catalog serve`: a Prefect deployment that, on a schedule, fetches the watched bureau pages,
checks raw/, and runs the catalog flow when something new arrived.

Thin orchestration like flows/catalog_flow.py: the fetch is pipeline/fetch.py, "is anything
new" is pipeline/watch.py (the same answer `catalog run` gives before Prefect starts), the run
is the `catalog-run` flow (a subflow here), and every run that did something writes a line to
the run log. The deployment runs on a real Prefect server (PREFECT_API_URL; README, "Runs by
itself"): a scheduled run is a flow run there, with its logs and state in the Prefect UI.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

from prefect import flow, get_run_logger, task

from core.errors import CatalogError, PublishLocked
from flows.catalog_flow import catalog_run
from pipeline.interrupt import children_leave_ctrl_c_to_us, handle_interrupts
from pipeline.watch import FetchSummary, read_watch_file, record_event, review_ids, run_event, unchanged_report

STOP_GRACE_SECONDS = 20.0  # for the run in progress to end its publish and stop its readers


@task(name="fetch-watched", task_run_name="fetch {urls[0]} and {n_more} more")
def fetch_watched(urls: tuple[str, ...], raw_dir: Path, delay: float, n_more: int = 0) -> FetchSummary:
    """Fetch the watched pages and their attachments into raw/ (only what changed)."""
    from pipeline.fetch import fetch_pages

    report = fetch_pages(urls, raw_dir, follow=True, delay=delay)
    return FetchSummary(urls, tuple(report.new_files), tuple(str(p) for p in report.problems))


@flow(name="catalog-watch", log_prints=False)
def catalog_watch(
    raw: str, curated: str, state: str, watch_file: str = "", decisions: str = "", registry: str = "",
    delay: float = 1.0,
) -> str:  # fmt: skip
    """One scheduled tick: fetch the watched pages, then run the catalog if anything is new.

    Paths are strings (a deployment's parameters are JSON); empty means "not given"."""
    from pipeline.publish import current_version, recover_after_interrupt, run_lock
    from pipeline.settings import check_for_run, resolve_settings
    from pipeline.summary import report_exit_code

    settings = resolve_settings({"raw": raw, "curated": curated, "state": state, "decisions": decisions or None,
                                 "registry": registry or None})  # fmt: skip
    logger = get_run_logger()
    fetched = FetchSummary()
    try:
        if watch_file:
            urls = read_watch_file(Path(watch_file))
            fetched = fetch_watched(urls, settings.raw, delay, n_more=len(urls) - 1) if urls else FetchSummary()
        check_for_run(settings)
        stopped = lambda: f"catalog-watch run stopped: {recover_after_interrupt(settings.curated)}"  # noqa: E731
        # no wait for the lock: a run in progress means this tick is skipped. SIGTERM (from
        # `catalog serve` stopping) lets a publish under way finish, then ends this run.
        with run_lock(settings.curated), handle_interrupts(stopped):
            unchanged, fingerprint = unchanged_report(settings)
            if unchanged is not None:
                record_event(settings.run_log, run_event(None, fetched, trigger="schedule"))
                logger.info("nothing new since the last run")
                return "nothing new"
            before = review_ids(settings.curated)
            decisions_file = settings.decisions if settings.decisions.is_file() else None
            report = catalog_run(settings.raw, settings.curated, decisions_file, 0.0, settings.registry,
                                 settings.last_run_docs, settings.cache)  # fmt: skip
            from pipeline.cache import save_run

            save_run(settings.cache, fingerprint, report, current_version(settings.curated))
    except PublishLocked as exc:
        logger.warning("skipped: %s", exc)
        return f"skipped: {exc.message}"
    except CatalogError as exc:
        record_event(settings.run_log, run_event(None, fetched, trigger="schedule", error=str(exc), exit_code=2))
        raise
    code = report_exit_code(report)
    record_event(settings.run_log, run_event(report, fetched, trigger="schedule", review_before=before, exit_code=code))
    version = report.published.version if report.published else None
    logger.info("run finished: version %s, exit code %s", version, code)
    return f"version {version}, exit code {code}"


def serve_watch(name: str, every: float, parameters: dict[str, object], on_stop: Callable[[], str]) -> None:
    """Serve `catalog_watch` as a deployment scheduled every `every` seconds on the Prefect server
    of PREFECT_API_URL, one run at a time, until Ctrl-C or SIGTERM. The deployment names the flow
    by module (flows.watch), so its runs start wherever the package is installed.

    Prefect's own `flow.serve` stops on Ctrl-C only once the flow run in progress has finished
    (its runner waits for the run's process), which under load took minutes and sometimes never
    came (seen in the test suite). So Prefect's runner runs in a thread of its own, and this
    process's signal handler (pipeline/interrupt.py) does the stopping: the run in progress gets
    SIGTERM (its own handler lets a publish finish and leaves curated/ whole) and
    STOP_GRACE_SECONDS before SIGKILL; then `on_stop`'s line is printed and the process ends with exit code 0."""
    from prefect.deployments.runner import EntrypointType
    from prefect.runner import Runner

    runner = Runner(name=name, pause_on_shutdown=False, limit=1)
    runner.add_flow(catalog_watch, name=name, interval=every, parameters=parameters,
                    entrypoint_type=EntrypointType.MODULE_PATH)  # fmt: skip
    failed: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(runner.start())
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which raises it
            failed.append(exc)

    with handle_interrupts(on_stop, exit_code=0, grace_seconds=STOP_GRACE_SECONDS):
        # Flow runs start with SIGINT blocked: a terminal's Ctrl-C reaches this process, which stops them.
        with children_leave_ctrl_c_to_us():
            thread = threading.Thread(target=run, name="prefect-runner", daemon=True)
            thread.start()
        while thread.is_alive():
            thread.join(0.5)  # short waits: the main thread must stay free to take the signal
    if failed:
        raise failed[0]
