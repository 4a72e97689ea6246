"""`catalog run` over the whole unseen36 probe round (tests/make_unseen36.py), partial catalogs and stated counts, in
one batch: the eight complete notices published with their details, every row exact; the eight files that hold part of their catalog publish
nothing, each named in rejected.csv with its reason, and the run exits 1. At first contact five of the eight were
published short with nothing flagged (FIRST_CONTACT.txt in the fixtures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen36 import COMPLETE, PARTIAL
from tests.flows.probe_round import (
    Run,
    assert_not_published,
    entries_of,
    notice_details,
    read_table,
    run_round,
    truth_of,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen36"
pytestmark = pytest.mark.xdist_group("unseen36-run")  # one work unit: probe_round.run_round
# what rejected.csv says of each partial file: (step, the reason's start)
NOT_PUBLISHED = {
    ("baiyin-jieduan.pdf",): ("find-catalog", "the file's last page is numbered “第 4 页 共 6 页”"),
    ("beiliu-heji.pdf",): ("find-catalog", "the catalog prints “合计 52项”, but 48 rows were read"),
    ("fengcheng-gongshu.docx",): ("find-catalog", "the notice says its catalog has 64 entries"),
    ("jinchang-fujian2.docx",): ("find-catalog", "the notice lists 2 catalogs as its attachments"),
    ("jinjiang-fenye1.html",): ("find-catalog", "the web page is one page of an article its site split over pages"),
    ("liling-biaotishu.pdf",): ("find-catalog", "the notice says its catalog has 45 entries"),
    ("liuyang-weiwan.pdf",): ("find-catalog", "the catalog's table says 3 time(s) that it goes on"),
    ("shishi-fenye2.html",): ("find-catalog", "the notice names its catalog (石狮市国际职业资格比照认定职称目录), but none of its 2 tables"),
}  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen36"))


def test_unseen36_run_publishes_the_complete_notices_and_none_of_the_partial_ones(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # files set aside
    assert len(read_table(work / "curated", "notices.csv")) == len(COMPLETE) == 8
    assert sorted(name for names in NOT_PUBLISHED for name in names) == sorted(p.name for p in PARTIAL)
    assert_not_published(work / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("path", COMPLETE, ids=lambda p: p.name)
def test_unseen36_run_rows_and_notice_details(batch: Run, path: Path) -> None:
    work, _ = batch
    truth = truth_of(path)
    assert entries_of(read_table(work / "curated", "entries.csv"), path.name) == sorted(map(tuple, truth["rows"]))
    assert notice_details(work / "curated", path.name) == truth["notice"]
