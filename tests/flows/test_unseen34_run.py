"""`catalog run` over the whole unseen34 probe round (tests/make_unseen34.py), notices in the full GB/T 9704 format,
in one batch: eleven notices published with their details; every row exact, or in review with its field (the one
row of tests/extractors/test_unseen34.py's AS_READ; the two 技術士 rows waited too before the twenty-eighth session), or published with its title read without the level printed
beside it (pingxiang: `工程师（中级）` is the title 工程师, the printed text kept in `extra`); the two look-alikes
publish nothing. See FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.extractors.test_unseen34 import AS_READ
from tests.flows.probe_round import Run, entries_of, files_of, notice_details, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen34"
pytestmark = pytest.mark.xdist_group("unseen34-run")  # one work unit: probe_round.run_round
LEVEL = re.compile(r"（(?:初级|中级|副高级|正高级)）$")  # the levels pingxiang prints, each its title's own


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen34"))


def test_unseen34_run_publishes_eleven_notices_and_waits_on_one_field(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # review items wait
    assert len(read_table(work / "curated", "notices.csv")) == 11
    review = read_table(work / "curated", "review.csv")
    text = review[review["kind"] == "text"]
    for (name, seq), _ in AS_READ.items():
        assert ((text["source_file"] == name) & (text["field"] == "qualification")).any(), (name, seq, text)


@pytest.mark.parametrize("path", files_of(FIXTURES), ids=lambda p: p.name)
def test_unseen34_run_rows_and_notice_details(batch: Run, path: Path) -> None:
    work, _ = batch
    truth = truth_of(path)
    entries = read_table(work / "curated", "entries.csv")
    expected = []
    for seq, qualification, translation, issuer, title, series in truth.get("rows", []):
        qualification = AS_READ.get((path.name, seq), (qualification,))[0]  # its 译名 is read as printed
        expected.append((seq, qualification, translation, issuer, LEVEL.sub("", title), series))
    assert entries_of(entries, path.name) == sorted(expected)
    if "notice" not in truth:
        return
    mine = entries[entries["source_file"] == path.name]
    printed = {seq: title for seq, _, _, _, title, _ in truth["rows"] if LEVEL.search(title)}
    assert dict(zip(mine["seq"], mine["extra"])) == {seq: f"对应职称（原文）={printed[seq]}" if seq in printed else ""
                                                     for seq in mine["seq"]}  # fmt: skip
    assert notice_details(work / "curated", path.name) == truth["notice"]
