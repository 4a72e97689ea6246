"""Suite-wide settings.

- Hypothesis is derandomized unless FUZZ_RANDOM is set: CI runs the same examples every time,
  so a red build is reproducible and a green one is not luck.
- Under CI (CI=true), a skipped test fails the run: the end-to-end tests skip when LibreOffice,
  Chromium, qpdf or poppler are missing, and in CI that means the setup is broken, not that the
  test may be left out.
- `xdist_group` marks are honoured under pytest 9 (`make test` runs `--dist loadgroup`).
- A PDF that several test modules read the same way is read once per run (tests/read_once.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from hypothesis import settings

settings.register_profile("derandomized", derandomize=True, print_blob=True)
settings.register_profile("random", derandomize=False, print_blob=True)
settings.load_profile("random" if os.environ.get("FUZZ_RANDOM") else "derandomized")

_SKIPPED: list[str] = []


def pytest_configure(config: pytest.Config) -> None:
    """In the controller (or a run without xdist), make the folder of this run's shared PDF
    readings (tests/read_once.py); xdist's workers, started after this, inherit its name."""
    if not hasattr(config, "workerinput") and "CATALOG_TEST_READS" not in os.environ:
        folder = tempfile.mkdtemp(prefix="catalog-test-reads-")
        os.environ["CATALOG_TEST_READS"] = folder
        config.stash[_READS] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_READS, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("CATALOG_TEST_READS", None)


_READS = pytest.StashKey[str]()


def _strict_skips() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Remember skipped tests (called in the controller under xdist too)."""
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI, turn a green run with skipped tests into a failure."""
    if _strict_skips() and _SKIPPED and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why a CI run failed although no test did."""
    if _strict_skips() and _SKIPPED:
        terminalreporter.write_line(
            f"CI: {len(_SKIPPED)} test(s) skipped; in CI a skip means a missing tool, so the run fails:", red=True
        )
        for nodeid in _SKIPPED:
            terminalreporter.write_line(f"  {nodeid}", red=True)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker of a `--dist loadgroup` run, name each test of an `xdist_group` `ID@GROUP`.

    That name is how the scheduler sends a group's tests to one worker. pytest-xdist 3.8.0 (the
    latest) gives it by setting `item._nodeid`, which pytest 9 no longer reads (a node's id is
    `item._id`): every group was silently ignored, its tests spread over both workers, and each
    worker read the OCR scans and ran the module fixtures' `catalog run`s again. This names them
    as xdist means to, once, after xdist's own hook; a fixed xdist makes it do nothing."""
    if not getattr(config.option, "loadgroup", False):
        return
    from _pytest.nodeid import NodeId

    for item in items:
        groups = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        suffix = "@" + "_".join(sorted(groups))
        if groups and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
            item._id = NodeId.parse(item.nodeid + suffix)
