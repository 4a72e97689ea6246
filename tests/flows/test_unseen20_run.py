"""`catalog run` over the whole unseen20 probe round (tests/make_unseen20.py) in one batch.

Every catalog is published exactly as its truth: XeLaTeX with a ruled grid and with booktabs rules
(a bare page number under the rows), PyMuPDF's Story (a header background painted behind each glyph),
a table drawn out of reading order, ReportLab's dashed rules. The look-alike (a 职称评审结果公示 typeset
by XeLaTeX) publishes nothing and is named in rejected.csv as no catalog; the run exits 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen20"
pytestmark = pytest.mark.xdist_group("unseen20-run")  # one work unit: probe_round.run_round

NOT_PUBLISHED = {("tieling-gongshi-xelatex.pdf",): ("find-catalog", "none of the ")}
REFUSED = {name for names in NOT_PUBLISHED for name in names}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen20"))


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name)
def test_unseen20_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 0, result.stdout + result.stderr  # a notice without a catalog is no failure
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen20_run_nothing_published_from_the_look_alike(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)
