"""The watched pages, and the run log's line for each run that did something (pipeline/watch.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pytest

from core.errors import DataFileError
from normalize.decisions import Decisions
from normalize.registry import load_registry
from pipeline.publish import Published
from pipeline.release import Release, results_to_release
from pipeline.report import RunReport
from pipeline.watch import FetchSummary, append_event, read_watch_file, review_ids, run_event
from tests.pipeline.test_release import TAIZHOU, result, taizhou_rows

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc)


def test_watch_file_lists_urls_once_in_order_without_comments(tmp_path: Path) -> None:
    path = tmp_path / "watch.txt"
    path.write_text("\ufeff# 无锡 职称栏目\nhttps://a.example.cn/list.html\n\n  http://b.example.cn/n/1.html  \n"
                    "https://a.example.cn/list.html\n", encoding="utf-8")  # fmt: skip
    assert read_watch_file(path) == ("https://a.example.cn/list.html", "http://b.example.cn/n/1.html")


@pytest.mark.parametrize("line", ["ftp://a.example.cn/x", "a.example.cn/list.html", "https:///nohost"])
def test_watch_file_line_that_is_not_a_url_stops_with_its_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "watch.txt"
    path.write_text(f"https://a.example.cn/\n# comment\n{line}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_watch_file(path)
    assert caught.value.line == 3 and line.strip() in caught.value.message


def test_watch_file_missing_says_what_to_put_in_it(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist") as caught:
        read_watch_file(tmp_path / "nope.txt")
    assert "one URL a line" in caught.value.hint


@pytest.fixture(scope="module")
def report() -> RunReport:
    """A real release of two Taizhou rows, published as a new version."""
    release = results_to_release([result("taizhou", "docx", TAIZHOU, taizhou_rows(2))], load_registry(), Decisions())
    assert release.counts["entries"] == 2 and release.counts["review"] == 0
    results = (result("taizhou", "docx", TAIZHOU, taizhou_rows(2)),)
    return RunReport(results, release, Published("v1", Path("/c/versions/v1"), True))


def test_run_event_new_version_is_one_published_line(report: RunReport) -> None:
    fetched = FetchSummary(("https://a.cn/list",), ("taizhou.docx",), ())
    line = run_event(report, fetched, trigger="schedule", exit_code=0, now=NOW)
    assert line == {
        "time": "2026-12-02T09:30:00Z", "events": ["published"], "trigger": "schedule",
        "fetched": {"pages": ["https://a.cn/list"], "new_files": ["taizhou.docx"], "problems": []},
        "version": "v1", "entries": 2,
        "notices": [{"doc_number": TAIZHOU.doc_number, "city": "泰州", "batch": "第一批", "entries": "2"}],
        "exit_code": 0,
    }  # fmt: skip


def test_run_event_nothing_to_tell_writes_nothing(report: RunReport) -> None:
    assert run_event(None, FetchSummary(("https://a.cn/list",)), trigger="schedule") is None
    assert run_event(replace(report, nothing_new=True), FetchSummary(), trigger="run") is None
    same = replace(report, published=Published("v1", Path("/c/versions/v1"), False))
    assert run_event(same, FetchSummary(), trigger="schedule") is None  # same version, nothing waits


def test_run_event_names_held_back_notices_new_review_items_and_fetch_problems(report: RunReport) -> None:
    tables = dict(report.release.tables)
    held = {"file": "a.pdf", "sha256": "0" * 64, "format": "pdf", "step": "validate", "reason": "序号 3 missing",
            "notice": "锡人社职〔2021〕49号", "seq": "", "page": "", "row": "", "rule": "x"}  # fmt: skip
    tables["rejected"] = pd.DataFrame([held, {**held, "seq": "4"}]).astype("string")
    tables["review"] = pd.DataFrame({"item_id": ["rev-1", "rev-2"]}).astype("string")
    waiting = replace(report, release=Release(tables, ("notice-x",)), published=Published("v1", Path("/v"), False))
    problems = ("https://a.cn/f/2.pdf: HTTP 404 (not found); the other files were kept",)
    line = run_event(waiting, FetchSummary(("https://a.cn/list",), (), problems), trigger="schedule",
                     review_before={"rev-1"}, exit_code=1, now=NOW)  # fmt: skip
    assert line is not None
    assert line["events"] == ["fetch-problems", "held-back", "review"]
    assert line["held_back"] == [{"notice": "锡人社职〔2021〕49号", "reason": "序号 3 missing"}]
    assert line["review"] == {"waiting": 2, "added": ["rev-2"]}
    assert line["fetched"]["problems"] == list(problems) and line["exit_code"] == 1


def test_run_event_failure_is_told_with_its_message() -> None:
    line = run_event(None, FetchSummary(), trigger="schedule", error="raw/: the raw folder does not exist", now=NOW)
    assert line == {"time": "2026-12-02T09:30:00Z", "events": ["failed"], "trigger": "schedule",
                    "error": "raw/: the raw folder does not exist"}  # fmt: skip


def test_run_log_is_one_json_object_a_line_appended(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "runs.jsonl"
    append_event(log, {"events": ["published"], "notice": "锡人社职〔2021〕49号"})
    append_event(log, {"events": ["review"]})
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [{"events": ["published"], "notice": "锡人社职〔2021〕49号"},
                                                    {"events": ["review"]}]  # fmt: skip


def test_review_ids_of_the_current_version(tmp_path: Path) -> None:
    assert review_ids(tmp_path) == frozenset()
    (tmp_path / "review.csv").write_text("item_id,kind\nrev-a,issuer\nrev-b,issuer\n", encoding="utf-8")
    assert review_ids(tmp_path) == {"rev-a", "rev-b"}

