"""`catalog run` over the whole unseen32 probe round (tests/make_unseen32.py), notice details as cities word and lay
them out, in one batch: every row published exactly, and each notice's details in notices.csv as a careful reader
reads them (two published otherwise on purpose: tests/extractors/test_unseen32.py, AS_PUBLISHED). See
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen32 import AS_PUBLISHED
from tests.flows.probe_round import Run, entries_of, files_of, notice_details, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen32"
pytestmark = pytest.mark.xdist_group("unseen32-run")  # one work unit: probe_round.run_round


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen32"))


def test_unseen32_run_exits_0_with_every_notice(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(read_table(work / "curated", "notices.csv")) == 15


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen32_run_rows_and_notice_details(batch: Run, path: Path) -> None:
    work, _ = batch
    truth = truth_of(path)
    assert entries_of(read_table(work / "curated", "entries.csv"), path.name) == sorted(tuple(r) for r in truth["rows"])
    assert notice_details(work / "curated", path.name) == {
        field: AS_PUBLISHED.get((path.name, field), value) for field, value in truth["notice"].items()}  # fmt: skip
