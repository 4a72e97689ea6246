"""`catalog run` over the whole unseen38 probe round (tests/make_unseen38.py), catalogs in several parts, in one
batch: all twelve notices published with their details, every row exact or waiting in review with its field (the
row of tests/extractors/test_unseen38.py's AS_READ); nothing quarantined or held back. At first contact one notice
was held without cause (yuzhou: 附件2 numbered on from 附件1, its per-attachment counts against the whole), found by
this round in the checks unseen36 had just added (FIRST_CONTACT.txt in the fixtures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen38 import AS_READ, expected_rows
from tests.flows.probe_round import Run, entries_of, files_of, notice_details, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen38"
pytestmark = pytest.mark.xdist_group("unseen38-run")  # one work unit: probe_round.run_round


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen38"))


def test_unseen38_run_publishes_every_notice_and_sets_nothing_aside(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # review items wait
    assert len(read_table(work / "curated", "notices.csv")) == 12
    assert read_table(work / "curated", "rejected.csv").empty
    review = read_table(work / "curated", "review.csv")
    text = review[review["kind"] == "text"]
    for name, _ in AS_READ:
        assert ((text["source_file"] == name) & (text["field"] == "qualification")).any(), (name, text)


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen38_run_rows_and_notice_details(batch: Run, path: Path) -> None:
    work, _ = batch
    truth = truth_of(path)
    assert entries_of(read_table(work / "curated", "entries.csv"), path.name) == sorted(map(tuple, expected_rows(path)))
    assert notice_details(work / "curated", path.name) == truth["notice"]
