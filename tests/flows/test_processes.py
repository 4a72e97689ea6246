"""Documents read in processes and the release built in a process of its own (issue 13):
the same bytes as a run that does everything in its own process, with one Prefect server."""

import shutil
from pathlib import Path

import pytest

from tests.flows.test_catalog_flow import assert_golden_run, run_cli
from tests.notices import RAW

# From the first document and the first row: every stage that can leave the run's process does.
IN_PROCESSES = {"CATALOG_READ_PROCESSES_FROM": "1", "CATALOG_RELEASE_PROCESS_ROWS": "0"}


@pytest.mark.slow
def test_run_in_processes_is_byte_identical_to_the_golden_run(tmp_path: Path) -> None:
    shutil.copytree(RAW, tmp_path / "raw")
    result = run_cli("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), "--json", "-v",
                     home=tmp_path, temporary_server=True, env=IN_PROCESSES)  # fmt: skip
    assert_golden_run(result, tmp_path / "curated")
    # The readers and the release's process report to the run's server; none starts its own.
    assert "Starting temporary server" not in result.stderr
    assert "Task run 'extract wuxi-2021-49.pdf' - Finished in state Completed()" in result.stderr
    assert "Traceback" not in result.stderr
    log = (tmp_path / ".catalog" / "logs" / "catalog.log").read_text(encoding="utf-8")
    assert "building the release in a process of its own (6 documents)" in log
