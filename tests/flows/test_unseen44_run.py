"""`catalog run` over the whole unseen44 probe round (tests/make_unseen44.py), catalog layouts other than one row per
qualification, in one batch. Published exactly: the two ordinary catalogs among the controls. Every other file is held
back or quarantined with its reason, never published partial: a layout the reader cannot take as a catalog in a
notice that names its catalog waits for it (find-catalog), a two-title row and a level word (中级) as 对应职称 are held
by validation. FIRST_CONTACT.txt in the fixtures says what first contact found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import (
    Run,
    assert_not_published,
    assert_published_exactly,
    read_table,
    run_round,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen44"
pytestmark = pytest.mark.xdist_group("unseen44-run")  # one work unit: probe_round.run_round
PUBLISHED = ["gaoan-beizhu.docx", "xingyang-shuangbiaotou.pdf"]
NAMES_ITS_CATALOG = ("find-catalog", "the notice names its catalog (")
NOT_PUBLISHED = {
    ("chongzhou-tixi.pdf",): NAMES_ITS_CATALOG,
    ("guiping-kapian.pdf",): NAMES_ITS_CATALOG,
    ("qionglai-tixi-jibie.docx",): NAMES_ITS_CATALOG,
    ("xinzheng-juzhen.docx",): NAMES_ITS_CATALOG,
    ("yidu-juzhen-dunhao.pdf",): NAMES_ITS_CATALOG,
    ("yixing-banzheng.pdf",): NAMES_ITS_CATALOG,
    ("guixi-liangji.pdf",): ("find-catalog", "the notice says its catalog has 16 entries"),
    ("huayin-bingpai-zong.pdf",): ("find-catalog", "the notice says its catalog has 23 entries"),
    ("liyang-banzheng-duiqi.html",): ("find-catalog", "the notice says its catalog has 19 entries"),
    ("ningxiang-kapian.docx",): ("map-header", "table 1 prints a catalog header down its first column"),
    ("qingzhen-bingpai.docx",): ("map-header", "a table looks like a catalog but a required column is missing"),
    ("zhijiang-cengji-duiying.pdf",): ("map-header", "table 2 prints a catalog header down its first column"),
    ("ningguo-liangji.html",): ("validate", "title = '"),
    ("changge-cengji.html",): ("validate", "title = '"),
}  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen44"))


def test_unseen44_run_publishes_only_what_it_reads_whole(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the rest wait for a steward
    assert len(read_table(work / "curated", "notices.csv")) == len(PUBLISHED)
    assert len(PUBLISHED) + len(NOT_PUBLISHED) == 16
    assert_not_published(work / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("name", PUBLISHED)
def test_unseen44_run_rows_and_notice_details(batch: Run, name: str) -> None:
    assert_published_exactly(batch[0] / "curated", FIXTURES / name)
