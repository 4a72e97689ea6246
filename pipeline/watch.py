"""Keeping the catalog current by itself (`catalog serve`): the list of watched pages, the
question "is anything new since the last run?", and the run log a steward or a webhook follows.

The watch file lists the bureau pages to fetch, one URL a line (a notice page, or a listing
page whose notice links are followed one level deep); `#` starts a comment:

    # 无锡市人社局 职称 栏目
    https://hrss.wuxi.gov.cn/zcgg/index.shtml

The run log (`.catalog/logs/runs.jsonl`, README "Runs by itself") gets one JSON object a line
for every run that published a new version, held a notice back, quarantined a document, left
review items waiting, or could not fetch something; a run with nothing new writes nothing.
Each line is written with one append, so `tail -f` or a webhook relay never reads half a line.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from core.errors import DataFileError
from pipeline.report import RunReport
from pipeline.settings import Settings


@dataclass(frozen=True)
class FetchSummary:
    """What the fetch before a run brought: files newly stored in raw/, and what went wrong
    (one line per page or attachment, with the reason)."""

    pages: tuple[str, ...] = ()
    new_files: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def read_watch_file(path: Path) -> tuple[str, ...]:
    """The watched URLs, in the file's order, each once; a line that is not an http(s) URL
    stops with its line number (nothing is fetched from a half-read list)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError("the watch file does not exist", file=str(path),
                            hint="list the bureau pages to watch, one URL a line") from None  # fmt: skip
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"the watch file cannot be read: {exc}", file=str(path)) from exc
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise DataFileError(f"not an http(s) URL: {url!r}", file=str(path), line=number,
                                hint="one page a line, like https://hrss.example.gov.cn/notice/123.html")  # fmt: skip
        if url not in urls:
            urls.append(url)
    return tuple(urls)


def unchanged_report(settings: Settings) -> tuple[RunReport | None, str]:
    """The last run's report, marked "nothing new", when raw/, the registry, the decisions and
    the code are what that run read and curated/ still shows the version it left; else None.
    Also the fingerprint of this run (pipeline/cache.py), to save with its report."""
    from pipeline.cache import run_fingerprint, saved_run, saved_version
    from pipeline.ingest import list_raw_files
    from pipeline.publish import current_version

    decisions = settings.decisions if settings.decisions.is_file() else None
    fingerprint = run_fingerprint(list_raw_files(settings.raw), settings.raw, settings.registry, decisions,
                                  settings.curated)  # fmt: skip
    if saved_version(settings.cache) != current_version(settings.curated):
        return None, fingerprint
    report = saved_run(settings.cache, fingerprint)
    if report is None:
        return None, fingerprint
    published = replace(report.published, changed=False) if report.published is not None else None
    return replace(report, published=published, nothing_new=True), fingerprint


def review_ids(curated: Path) -> frozenset[str]:
    """The review items waiting in the current version (curated/review.csv), by id."""
    try:
        frame = pd.read_csv(curated / "review.csv", dtype=str, keep_default_na=False)
    except (OSError, ValueError):  # none yet, empty, or not a CSV: no item counts as seen before
        return frozenset()
    return frozenset(frame["item_id"]) if "item_id" in frame.columns else frozenset()


def run_event(
    report: RunReport | None,
    fetched: FetchSummary,
    *,
    trigger: str,
    review_before: Iterable[str] = (),
    exit_code: int | None = None,
    error: str = "",
    now: datetime | None = None,
) -> dict[str, Any] | None:
    """The run log's line for one run, or None when there is nothing to tell (nothing new,
    nothing failed). `trigger` says who started it ("schedule", "run")."""
    events: list[str] = []
    line: dict[str, Any] = {"time": _stamp(now), "trigger": trigger}
    if fetched.pages:
        line["fetched"] = {"pages": list(fetched.pages), "new_files": list(fetched.new_files),
                           "problems": list(fetched.problems)}  # fmt: skip
        if fetched.problems:
            events.append("fetch-problems")
    if error:
        events.append("failed")
        line["error"] = error
    if report is not None and not report.nothing_new:
        tables, published = report.release.tables, report.published
        if published is not None and published.changed:
            events.append("published")
        line["version"] = published.version if published is not None else None
        line["entries"] = report.release.counts["entries"]
        line["notices"] = _records(tables["notices"], ["doc_number", "city", "batch", "entries"])
        held = tables["rejected"][tables["rejected"]["step"] == "validate"]
        if len(held):
            events.append("held-back")
            line["held_back"] = _records(held.drop_duplicates("notice"), ["notice", "reason"])
        quarantined = [{"file": r.source.path, "step": r.step, "reason": r.reason}
                       for r in report.results if r.status == "rejected"]  # fmt: skip
        if quarantined:
            events.append("quarantined")
            line["quarantined"] = quarantined
        waiting = _review_waiting(tables["review"])
        added = sorted(set(waiting) - set(review_before))
        if waiting:
            events.append("review")
            line["review"] = {"waiting": len(waiting), "added": added}
    if not events:
        return None
    if exit_code is not None:
        line["exit_code"] = exit_code
    return {"time": line.pop("time"), "events": events, **line}


def record_event(log: Path, event: dict[str, Any] | None) -> None:
    """Append the run's line, if it has one; a run log that cannot be written costs a warning in
    the log file, never the run (the catalog is published either way)."""
    if event is None:
        return
    try:
        append_event(log, event)
    except OSError:
        logging.getLogger(__name__).warning("could not write the run log %s", log, exc_info=True)


def append_event(log: Path, event: dict[str, Any]) -> None:
    """Append one line to the run log, in one write (O_APPEND), flushed to disk."""
    log.parent.mkdir(parents=True, exist_ok=True)
    data = (json.dumps(event, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _review_waiting(frame: pd.DataFrame) -> list[str]:
    return [str(v) for v in frame["item_id"]] if "item_id" in frame.columns else []


def _records(frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, str]]:
    present = [c for c in columns if c in frame.columns]
    return [{c: str(row[c]) for c in present} for _, row in frame.iterrows()]


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
