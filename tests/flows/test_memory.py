"""What a finished stage freed goes back to the system; the tasks hash no inputs (issue 13)."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import pytest
from prefect.cache_policies import NONE

from core.errors import DataFileError
from flows.catalog_flow import build_and_stage, extract_document, publish_release
from flows.memory import in_own_process
from pipeline.logs import LOG_FILE_VARIABLE


@pytest.mark.parametrize("task", [extract_document, build_and_stage, publish_release])
def test_catalog_tasks_compute_no_cache_key(task: object) -> None:
    assert getattr(task, "cache_policy") is NONE  # a key would hash every catalog row and table


def _pid_and_double(x: int) -> tuple[int, int]:
    return os.getpid(), 2 * x


def _raise_data_file_error() -> None:
    raise DataFileError("no such column", file="decisions.csv", line=3, column="action", hint="see README")


def _sigint_blocked() -> bool:
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_in_own_process_runs_elsewhere_and_returns_the_result() -> None:
    pid, doubled = in_own_process(_pid_and_double, 21)
    assert doubled == 42 and pid != os.getpid()


def test_in_own_process_raises_the_error_raised_there_whole() -> None:
    with pytest.raises(DataFileError) as raised:
        in_own_process(_raise_data_file_error)
    error = raised.value
    assert (str(error), error.hint) == ("decisions.csv:3: no such column (column action)", "see README")


def test_in_own_process_leaves_ctrl_c_to_the_run() -> None:
    # a terminal's Ctrl-C reaches the whole process group: the run's handler stops the process
    assert in_own_process(_sigint_blocked)
    assert not _sigint_blocked()  # here, as before


def _warn_like_pdfminer() -> None:
    logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")


def test_in_own_process_logs_to_the_runs_log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capfd: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv(LOG_FILE_VARIABLE, str(tmp_path / "catalog.log"))  # as the run's process sets it
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")  # not --verbose
    in_own_process(_warn_like_pdfminer)
    assert "WARNING pdfminer.pdffont: Could not get FontBBox" in (tmp_path / "catalog.log").read_text(encoding="utf-8")
    assert "FontBBox" not in capfd.readouterr().err  # library noise stays off the terminal
