"""`catalog run` over the whole unseen37 probe round (tests/make_unseen37.py), catalogs adjusted, in one batch: the
complete catalogs published exactly, geermu's suspended (暂停认定) and abolished (已废止) rows published as not in
force; the change lists, the withdrawn list, the draft and the 公示 of proposed additions publish nothing; the 更正
(three rows under their earlier 序号) and the catalog whose titles carry （2026年起停止认定） are held back. At first
contact the 公示 was published as a catalog in force and geermu's suspended rows as in force (FIRST_CONTACT.txt).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors.test_unseen37 import READ_WHOLE
from tests.flows.probe_round import Run, assert_not_published, entries_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen37"
pytestmark = pytest.mark.xdist_group("unseen37-run")  # one work unit: probe_round.run_round
PUBLISHED = [name for name in READ_WHOLE if name != "yanji-gengzheng.html"]
NOT_PUBLISHED = {
    ("xiaoyi-tiaozheng.docx",): ("map-header", "a table looks like a catalog but table 1 prints 调整类型"),
    ("hancheng-yuanzhicheng.html",): ("map-header", "a table looks like a catalog but table 2 prints 原对应职称"),
    ("shenmu-tiaozhenghou.pdf",): ("map-header", "a table looks like a catalog but table 1 prints 原对应职称"),
    ("hejin-tingzhi.pdf",): ("find-catalog", "the notice names its catalog (停止比照认定职称的国际职业资格目录)"),
    ("wafangdian-zhengqiu.pdf",): ("find-catalog", "the catalog is a draft for comment, not in force"),
    ("qingtongxia-gongshi.html",): ("find-catalog", "the catalog is a draft for comment, not in force (关于拟新增"),
    ("yanji-gengzheng.html",): ("validate", "seq = '1, 2, 3, 4, 5, 6, 8, 9, 10, 11 … (19 in all)'"),
    ("hunchun-tingzhi.pdf",): ("validate", "title = '工程师（2026年起停止认定）': not a recognized professional title"),
}  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen37"))


def test_unseen37_run_publishes_the_catalogs_and_nothing_of_the_changes(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # files set aside, notices held back
    assert len(read_table(work / "curated", "notices.csv")) == len(PUBLISHED) == 4
    assert_not_published(work / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("name", PUBLISHED)
def test_unseen37_run_rows_exact(batch: Run, name: str) -> None:
    work, _ = batch
    assert entries_of(read_table(work / "curated", "entries.csv"), name) == sorted(map(tuple, truth_of(FIXTURES / name)["rows"]))


def test_unseen37_run_suspended_and_abolished_rows_are_not_in_force(batch: Run) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    mine = entries[entries["source_file"] == "geermu-zhuangtai.docx"]
    care = {seq for seq, _ in truth_of(FIXTURES / "geermu-zhuangtai.docx")["care"]}
    assert dict(zip(mine["seq"], mine["in_force"])) == {seq: "false" if seq in care else "true" for seq in mine["seq"]}
