"""`catalog run` over the whole unseen22 probe round (tests/make_unseen22.py), near-catalogs, in one
batch. The four catalogs that print 职称 are published exactly (beside a blank 申报表, 港澳
qualifications, series by section rows); the 境外证书认可清单 whose 对应职称 are levels (中级) is held
back; every look-alike is named as set aside. At first contact a 征求意见稿 published its 16 rows and a
deletion list its 15 deleted rows, both without a word; see FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen22"
pytestmark = pytest.mark.xdist_group("unseen22-run")  # one work unit: probe_round.run_round

NOT_PUBLISHED = {
    ("baoji-tiaozheng.html", "baoji-tiaozheng-chromium.pdf"): ("map-header", "a table looks like a catalog but table 1 prints 原对应职称"),
    ("xianyang-feizhi-libreoffice.docx", "xianyang-feizhi-libreoffice.pdf"): (
        "map-header", "a table looks like a catalog but table 1 prints 调整事项 (a change made to earlier listings)"),
    ("dalian-zhengqiu.html", "dalian-zhengqiu-chromium.pdf"): ("find-catalog", "the catalog is a draft for comment"),
    ("lanzhou-duiying-libreoffice.docx", "lanzhou-duiying-libreoffice.pdf"): (
        "map-header", "a table looks like a catalog but a required column is missing: table 1 lacks issuer"),
    ("guiyang-jiafen.html", "guiyang-jiafen-chromium.pdf"): (
        "find-catalog", "the notice names its catalog (贵阳市外国人来华工作许可计点积分国际职业资格证书加分目录), but none of its"),
    ("xining-gongshi.html", "xining-gongshi-chromium.pdf"): ("find-catalog", "none of the "),
}
HELD_BACK = {"chengdu-qingdan-libreoffice.docx", "chengdu-qingdan-libreoffice.pdf"}
SET_ASIDE = {name for names in NOT_PUBLISHED for name in names} | HELD_BACK


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen22"))


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name not in SET_ASIDE], ids=lambda p: p.name)
def test_unseen22_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    # set-aside files and the 港澳 bodies the registry does not hold wait for a steward
    assert result.returncode == 1, result.stdout + result.stderr
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen22_run_nothing_published_from_the_look_alikes(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)


def test_unseen22_run_a_catalog_of_levels_is_held_back_with_its_reason(batch: Run) -> None:
    work, result = batch
    entries = read_table(work / "curated", "entries.csv")
    assert all(entries_of(entries, name) == [] for name in HELD_BACK)
    assert "notices held back          1" in result.stdout
    assert "title = '中级': not a recognized professional title (职称); notice held back" in result.stdout
    assert "entries published         60" in result.stdout
