"""`catalog run` over PDFs whose text is drawn as outlines (tests/make_outlines.py): the catalog is read
by OCR and waits for a steward (its cells in review, its notice held back), nothing of it published
as certain; the look-alike is a document without a catalog, as its OCR'd words say. Before, both
were "no catalog" and the run exited 0 with the catalog lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import ocr
from tests.flows.probe_round import Run, entries_of, read_table, run_round

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "outlines"
pytestmark = [pytest.mark.xdist_group("outlines-run"),  # one work unit: probe_round.run_round
              pytest.mark.skipif(bool(ocr.ocr_missing()), reason="Tesseract with chi_sim is not installed")]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("outlines"))


def test_outlined_catalog_waits_for_a_steward(batch: Run) -> None:
    work, result = batch
    out = result.stdout
    assert result.returncode == 1, out + result.stderr  # something waits for a steward
    assert re.search(r"documents read\s+2\s+1 with a catalog, 1 without one, 0 quarantined", out), out
    assert re.search(r"catalog rows read\s+11\b", out), out
    assert re.search(r"cell\(s\) read from scans wait for a steward", out), out
    entries = work / "curated" / "entries.csv"
    if entries.exists():  # nothing of the OCR'd catalog is published before a steward answers
        assert entries_of(read_table(work / "curated", "entries.csv"), "xinxiang-outlines.pdf") == []
