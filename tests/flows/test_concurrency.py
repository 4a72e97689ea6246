"""Runs started together on one curated/: one publishes, the others stop with the lock message
(or wait with --wait), and curated/ is always one whole version. The same raw/ run again into
a fresh curated/ gives a byte-identical version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from flows.catalog_flow import build_and_stage, extract_document, publish_release
from pipeline.ingest import list_raw_files
from pipeline.publish import current_version
from tests.notices import RAW, ROOT
from tests.pipeline.test_publish_crash import state

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# three `catalog run`s are done once, not once per worker.
pytestmark = pytest.mark.xdist_group("concurrent-runs")

# The holder's pid, or "another run" when the loser looked between the winner's flock and its note.
LOCK_MESSAGE = re.compile(
    r"catalog run: nothing published: curated/ is being published by (pid \d+ since \S+|another run); "
    r"try again when it ends\n"
)


def start_run(raw: Path, curated: Path, home: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PREFECT_HOME": str(home / ".prefect"), "PYTHONPATH": str(ROOT)}  # one home, as on one machine
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "catalog.cli", "run", "--raw", str(raw), "--curated", str(curated), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=home,
    )  # fmt: skip


@pytest.fixture(scope="module")
def together(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[int, str, str]]]:
    """Three runs started at once on one curated/: two without waiting, one with --wait."""
    work = tmp_path_factory.mktemp("together")
    shutil.copytree(RAW, work / "raw")
    runs = {
        "first": start_run(work / "raw", work / "curated", work),
        "second": start_run(work / "raw", work / "curated", work),
        "waiting": start_run(work / "raw", work / "curated", work, "--wait", "600"),
    }
    done = {}
    for name, process in runs.items():
        out, err = process.communicate(timeout=900)
        done[name] = (process.returncode, out, err)
    return work, done


def test_concurrency_exactly_one_run_publishes(together: tuple[Path, dict[str, tuple[int, str, str]]]) -> None:
    _, done = together
    publishers = [name for name, (_, out, _) in done.items() if "published new version" in out]
    assert len(publishers) == 1, done
    assert done[publishers[0]][0] == 0, done


def test_concurrency_others_stop_with_the_lock_message(together: tuple[Path, dict[str, tuple[int, str, str]]]) -> None:
    _, done = together
    stopped = [name for name, (code, _, err) in done.items() if code == 2]
    assert stopped and "waiting" not in stopped, done
    for name in stopped:
        code, out, err = done[name]
        assert LOCK_MESSAGE.fullmatch(err), err
        assert "Traceback" not in err and out == ""  # stopped before starting Prefect
    for name in ("first", "second"):  # without --wait: either the publisher, or stopped
        assert name in stopped or "published new version" in done[name][1], done


def test_concurrency_waiting_run_runs_after(together: tuple[Path, dict[str, tuple[int, str, str]]]) -> None:
    _, done = together
    code, out, err = done["waiting"]
    assert code == 0, err
    # after the publisher: answered from its report (same raw/ and state), or run again
    assert any(head in out for head in ("published new version", "nothing changed; current version",
                                        "nothing new since the last run")), out  # fmt: skip


def test_concurrency_curated_is_one_whole_version(together: tuple[Path, dict[str, tuple[int, str, str]]]) -> None:
    work, _ = together
    curated = work / "curated"
    version, entries = state(curated)  # every file of the current version matches its manifest
    assert version is not None and version == current_version(curated)
    log = pd.read_csv(curated / "versions.csv", dtype=str, encoding="utf-8-sig")
    assert log["version"].tolist() == [version]
    assert len(pd.read_csv(curated / "entries.csv", dtype=str, encoding="utf-8-sig")) == 113
    assert entries == (curated / "versions" / version / "entries.csv").read_bytes()
    assert [p.name for p in (curated / "versions").iterdir()] == [version]  # no staging leftovers
    assert (curated / ".lock").read_text() == ""  # released


def test_concurrency_fresh_run_gives_byte_identical_version(
    together: tuple[Path, dict[str, tuple[int, str, str]]], tmp_path: Path
) -> None:
    # The same raw/ run again into a fresh curated/ (the flow's tasks, documents in reverse
    # order) gives the same version, byte for byte: csv, parquet, manifest, and the portal feed
    # (SQLite, Excel, package); only the Data Docs carry the time of their run.
    work, _ = together
    raw = work / "raw"
    results = [extract_document.fn(path, raw) for path in reversed(list_raw_files(raw))]
    docs = tmp_path / "docs"
    curated = tmp_path / "curated"
    _, staged = build_and_stage.fn(results, None, None, docs, raw, curated, own_process=True)  # pickled both ways
    assert staged is not None and staged.folder is not None and staged.folder.is_dir()
    assert current_version(curated) is None  # staged: nothing users read has changed yet
    published = publish_release.fn(staged, curated)
    first = work / "curated" / "versions" / str(current_version(work / "curated"))
    assert published.version == first.name
    files = sorted(p.name for p in first.iterdir())
    assert {"entries.parquet", "manifest.json", "catalog.sqlite", "catalog.xlsx", "validation"} <= set(files)
    assert files == sorted(p.name for p in published.path.iterdir())
    for name in [f for f in files if f != "validation"]:
        assert (published.path / name).read_bytes() == (first / name).read_bytes(), name
