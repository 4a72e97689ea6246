"""`catalog run` over the whole unseen30 probe round (tests/make_unseen30.py), PDFs as Word and WPS write them,
in one batch: nine notices published exactly; dingxi (its 对应职称 glyphs ideographs under letter codes) read by
OCR and held back with its cells in review; the two look-alikes publish nothing. See FIRST_CONTACT.txt in the
fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import ocr
from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen30"
pytestmark = [pytest.mark.xdist_group("unseen30-run"),  # one work unit: probe_round.run_round
              pytest.mark.skipif(bool(ocr.ocr_missing()), reason="Tesseract with chi_sim is not installed")]
GARBLED = "dingxi-wuyingshe.pdf"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen30"))


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name != GARBLED], ids=lambda p: p.name)
def test_unseen30_run_published_exactly(batch: Run, path: Path) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    truth = truth_of(path)
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth.get("rows", []))


def test_unseen30_run_ideographs_under_letter_codes_wait_for_a_steward(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr
    assert entries_of(read_table(work / "curated", "entries.csv"), GARBLED) == []
    rejected = read_table(work / "curated", "rejected.csv")
    mine = rejected[rejected["file"] == GARBLED]
    assert (mine["step"] == "ocr").sum() >= 10, mine  # its cells, read from the page's picture, in review
    assert re.search(r"entries published\s+143\b", result.stdout), result.stdout
