"""`catalog run` over the whole unseen27 probe round (tests/make_unseen27.py), catalogs sent as
spreadsheets, in one batch. Every catalog is published exactly: rows an AutoFilter or a folded outline
group hides are read, a struck row is withdrawn and struck runs are not read, 序号 as its number format
shows it, formula results as cached. The look-alike (a list of applicants) publishes nothing. See
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cells import seq_text
from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen27"
pytestmark = pytest.mark.xdist_group("unseen27-run")  # one work unit: probe_round.run_round


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen27"))


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen27_run_published_exactly(batch: Run, path: Path) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    truth = truth_of(path)
    # the published 序号 is the number printed (seq_text: qingyuan's format prints "1.")
    want = [(seq_text(row[0]), *row[1:]) for row in truth.get("rows", [])]
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in want)


def test_unseen27_run_counts(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 0, result.stdout + result.stderr
    assert "entries published        137" in result.stdout
    assert "notices held back          0" in result.stdout
    notices = read_table(work / "curated", "notices.csv")
    assert notices.loc[notices["files"].str.contains("weinan", regex=False), "withdrawn"].str.startswith("6 ").all()
