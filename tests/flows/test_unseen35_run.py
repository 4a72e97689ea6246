"""`catalog run` over the whole unseen35 probe round (tests/make_unseen35.py), catalog columns as other cities word and
order them, in one batch: twelve notices published with their details, every row exact or in review with its field
(tests/extractors/test_unseen35.py's AS_READ), titles without the level printed beside them; rizhao held back (its
catalog fills its last page to the bottom: nothing shows it ends there); the 技能等级 look-alike quarantined for the
title column it lacks, the two others no catalog. See FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen35 import AS_READ, LEVEL
from tests.flows.probe_round import (
    Run,
    assert_not_published,
    entries_of,
    files_of,
    notice_details,
    read_table,
    run_round,
    truth_of,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen35"
pytestmark = pytest.mark.xdist_group("unseen35-run")  # one work unit: probe_round.run_round
HELD_BACK = "rizhao-jigouqianzhi.pdf"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen35"))


def test_unseen35_run_publishes_twelve_notices_and_holds_the_rest_back_with_reasons(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # review items wait, a notice is held back
    assert len(read_table(work / "curated", "notices.csv")) == 12
    assert_not_published(work / "curated", {
        (HELD_BACK,): ("validate", "seq = '44': the catalog runs to the bottom of the file's last page"),
        ("binzhou-jineng.pdf",): ("map-header", "a table looks like a catalog but a required column is missing"),
    })  # fmt: skip
    review = read_table(work / "curated", "review.csv")
    text = review[review["kind"] == "text"]
    for name, _ in AS_READ:
        assert ((text["source_file"] == name) & (text["field"] == "qualification")).any(), (name, text)


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name != HELD_BACK], ids=lambda p: p.name)
def test_unseen35_run_rows_and_notice_details(batch: Run, path: Path) -> None:
    work, _ = batch
    truth = truth_of(path)
    expected = []
    for seq, qualification, translation, issuer, title, series in truth.get("rows", []):
        qualification, translation = AS_READ.get((path.name, seq), (qualification, translation))[:2]
        expected.append((seq, qualification, translation, issuer, LEVEL.sub("", title), series))
    assert entries_of(read_table(work / "curated", "entries.csv"), path.name) == sorted(expected)
    if "notice" not in truth:
        return
    assert notice_details(work / "curated", path.name) == truth["notice"]
