"""Suite-wide settings.

- Hypothesis is derandomized unless FUZZ_RANDOM is set: CI runs the same examples every time,
  so a red build is reproducible and a green one is not luck.
- Under CI (CI=true), a skipped test fails the run: the end-to-end tests skip when LibreOffice,
  Chromium, qpdf or poppler are missing, and in CI that means the setup is broken, not that the
  test may be left out.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("derandomized", derandomize=True, print_blob=True)
settings.register_profile("random", derandomize=False, print_blob=True)
settings.load_profile("random" if os.environ.get("FUZZ_RANDOM") else "derandomized")

_SKIPPED: list[str] = []


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
