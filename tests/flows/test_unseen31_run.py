"""`catalog run` over the whole unseen31 probe round (tests/make_unseen31.py), producers no earlier round used, in
one batch: ten notices published exactly; zhaotong (LibreOffice Draw's re-export, Latin running over a cell's
border onto the next cell's text) held back with its reason; the two look-alikes publish nothing. See
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen31"
pytestmark = pytest.mark.xdist_group("unseen31-run")  # one work unit: probe_round.run_round
OVERRUN = "zhaotong-draw.pdf"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen31"))


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name != OVERRUN], ids=lambda p: p.name)
def test_unseen31_run_published_exactly(batch: Run, path: Path) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path).get("rows", []))


def test_unseen31_run_text_over_text_is_held_back_with_its_reason(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr
    assert entries_of(read_table(work / "curated", "entries.csv"), OVERRUN) == []
    rejected = read_table(work / "curated", "rejected.csv")
    reasons = rejected.loc[rejected["file"] == OVERRUN, "reason"]
    assert len(reasons) == 1 and "text is drawn over other text in 1 catalog row(s) (序号 16" in reasons.iloc[0]
    assert re.search(r"entries published\s+173\b", result.stdout), result.stdout
