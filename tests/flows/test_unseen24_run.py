"""`catalog run` over the whole unseen24 probe round (tests/make_unseen24.py), merged cells, in one
batch: all eleven catalogs are published exactly. Parent rows merged across a family's levels are
no entries, and the 序号 they take are not missing rows (Catalog.headings, counted by the sequence
check); merges down carry their text to every row they cover, across page breaks too. See
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen24"
pytestmark = pytest.mark.xdist_group("unseen24-run")  # one work unit: probe_round.run_round


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen24"))


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen24_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 0, result.stdout + result.stderr
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen24_run_counts(batch: Run) -> None:
    assert "entries published        250" in batch[1].stdout
    assert "notices held back          0" in batch[1].stdout
    assert "format disagreements       0" in batch[1].stdout
