"""What a finished stage freed goes back to the system; the tasks hash no inputs (issue 13)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from prefect.cache_policies import NONE

from core.errors import DataFileError
from flows.catalog_flow import build_and_stage, extract_document, publish_release
from flows.memory import in_own_process
from pipeline.logs import LOG_FILE_VARIABLE
from tests.flows import own_process_calls as calls


@pytest.mark.parametrize("task", [extract_document, build_and_stage, publish_release])
def test_catalog_tasks_compute_no_cache_key(task: object) -> None:
    assert getattr(task, "cache_policy") is NONE  # a key would hash every catalog row and table


# The functions of the first three tests come from a module that imports almost nothing: the
# process spawned for each imports the function's module, and this one imports Prefect and the flow.


def test_in_own_process_runs_elsewhere_and_returns_the_result() -> None:
    pid, doubled = in_own_process(calls.pid_and_double, 21)
    assert doubled == 42 and pid != os.getpid()


def test_in_own_process_raises_the_error_raised_there_whole() -> None:
    with pytest.raises(DataFileError) as raised:
        in_own_process(calls.raise_data_file_error)
    error = raised.value
    assert (str(error), error.hint) == ("decisions.csv:3: no such column (column action)", "see README")


def test_in_own_process_leaves_ctrl_c_to_the_run() -> None:
    # a terminal's Ctrl-C reaches the whole process group: the run's handler stops the process
    assert in_own_process(calls.sigint_blocked)
    assert not calls.sigint_blocked()  # here, as before


# Here, not in own_process_calls: the process imports what a reader's does (Prefect, the flow), whose
# logging setup must not take the run's log file away.
def _warn_like_pdfminer() -> None:
    logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")


def test_in_own_process_logs_to_the_runs_log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capfd: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv(LOG_FILE_VARIABLE, str(tmp_path / "catalog.log"))  # as the run's process sets it
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")  # not --verbose
    in_own_process(_warn_like_pdfminer)
    assert "WARNING pdfminer.pdffont: Could not get FontBBox" in (tmp_path / "catalog.log").read_text(encoding="utf-8")
    assert "FontBBox" not in capfd.readouterr().err  # library noise stays off the terminal
