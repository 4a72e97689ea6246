"""`catalog run` over the whole unseen21 probe round (tests/make_unseen21.py), look-alikes only, in one
batch: nothing is published, and every file is named in the run's summary as set aside (rejected or
no catalog). At first contact a 紧缺人才需求目录 web page published 13 rows, silently, and lifted its
Chromium print's hold; see FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.flows.probe_round import Run, files_of, run_round

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen21"
pytestmark = pytest.mark.xdist_group("unseen21-run")  # one work unit: probe_round.run_round
_SUMMARY = re.compile(r"^  (?:rejected|no-catalog): (?P<file>[^:]+): \[(?P<step>[a-z-]+)\] (?P<reason>.*)$")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen21"))


def test_unseen21_run_publishes_nothing(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is set aside waits for a steward
    assert "entries published          0" in result.stdout
    assert not (work / "curated" / "entries.csv").exists()


def test_unseen21_run_every_look_alike_is_named_as_set_aside(batch: Run) -> None:
    named = {m["file"] for m in map(_SUMMARY.match, batch[1].stdout.splitlines()) if m}
    assert named == {p.name for p in files_of(FIXTURES)}
