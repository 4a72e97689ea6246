"""`catalog run` over the whole unseen26 probe round (tests/make_unseen26.py), character formatting and
marks drawn on the page, in one batch. Every notice is published exactly: struck-through corrections
left out (markup, Word's runs, the PDF's strike lines) and a row struck whole withdrawn (its 序号 no
gap), underlines and 着重号 no text and no rules, highlighter bands no columns, All Caps as printed and
small capitals in the case they were typed, a reviewer's PDF annotations no part of the notice. See
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen26"
pytestmark = pytest.mark.xdist_group("unseen26-run")  # one work unit: probe_round.run_round


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen26"))


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen26_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen26_run_counts(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 0, result.stdout + result.stderr  # nothing waits for a steward
    assert "entries published        129" in result.stdout
    assert "notices held back          0" in result.stdout


def test_unseen26_run_a_row_struck_whole_is_named_as_withdrawn(batch: Run) -> None:
    work, result = batch
    notices = read_table(work / "curated", "notices.csv")
    zhoukou = notices[notices["files"].str.contains("zhoukou-shanchuxian", regex=False)]
    assert zhoukou["withdrawn"].tolist() == ["7 Certified Food Scientist (CFS)"]
    assert (notices["withdrawn"] != "").sum() == 1
    assert "withdraws rows it prints struck through whole (not published): 7 Certified Food Scientist (CFS)" in result.stdout
