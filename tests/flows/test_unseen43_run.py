"""`catalog run` over the whole unseen43 probe round (tests/make_unseen43.py), catalogs printed as text, in one batch.
Published exactly: the tab-stop table and the control table catalog. Every catalog printed as text is held back or
quarantined with its reason (its rows printed outside every table, its header printed, or the catalog it names not
read), never published partial; the controls holding no catalog are "no catalog". FIRST_CONTACT.txt in the fixtures.
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

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen43"
pytestmark = pytest.mark.xdist_group("unseen43-run")  # one work unit: probe_round.run_round
PUBLISHED = ["sanhe-zhibiao.pdf", "zhongxiang-biaoge.pdf"]
NAMES_ITS_CATALOG = ("find-catalog", "the notice names its catalog (")
NO_CATALOG = ("find-catalog", "none of the ")
NOT_PUBLISHED = {
    ("bazhou-kuohao.pdf",): ("find-catalog", "no table was read as a catalog, but lines that read like catalog rows"),
    ("wuan-fenduan.docx",): ("find-catalog", "no table was read as a catalog, but lines that read like catalog rows"),
    ("changge-huanhang.html",): ("find-catalog", "no table was read as a catalog, but a catalog header"),
    ("zhuozhou-kongge.pdf",): ("find-catalog", "no table was read as a catalog, but a catalog header"),
    ("gaoan-xufujian.html",): ("find-catalog", "the catalog table holds 15 rows"),
    ("guixi-banbiao.pdf",): ("find-catalog", "the catalog table holds 18 rows"),
    ("dengzhou-liebiao.html",): NAMES_ITS_CATALOG,
    ("ruzhou-fenxilie.pdf",): NAMES_ITS_CATALOG,
    ("xiangcheng-zidong.docx",): NAMES_ITS_CATALOG,
    ("yongcheng-zidong.pdf",): NAMES_ITS_CATALOG,
    ("zhangshu-gongyong.docx",): NAMES_ITS_CATALOG,
    ("hanchuan-xilie.html",): NO_CATALOG,
    ("yidu-cailiao.pdf",): NO_CATALOG,
    ("zaoyang-liju.docx",): NO_CATALOG,
}  # fmt: skip


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen43"))


def test_unseen43_run_publishes_only_the_tables_and_holds_the_text_catalogs(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the text catalogs wait for a steward
    assert len(read_table(work / "curated", "notices.csv")) == len(PUBLISHED)
    assert len(PUBLISHED) + len(NOT_PUBLISHED) == 16
    assert_not_published(work / "curated", NOT_PUBLISHED)


@pytest.mark.parametrize("name", PUBLISHED)
def test_unseen43_run_rows_and_notice_details(batch: Run, name: str) -> None:
    assert_published_exactly(batch[0] / "curated", FIXTURES / name)
