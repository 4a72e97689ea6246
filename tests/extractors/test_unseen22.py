"""The unseen22 probe round (tests/make_unseen22.py): a thirteenth blind round, of near-catalogs.

Five real catalogs in unusual company (a blank 申报表 as 附件2, twice; 港澳 qualifications; series by
section rows with 认定条件 and 备注 columns; a 境外证书认可清单 that gives 职称 levels) and six look-alikes
(an adjustment list, a deletion list in a catalog's own columns, a domestic 职业资格与职称对应目录, a 公示 of
people, a work-permit points list, a 征求意见稿). First contact (FIRST_CONTACT.txt in the fixtures)
published two look-alikes silently: the 征求意见稿's 16 rows as the city's 第一批 (exit 0), and the
deletion list's 15 deleted rows as withdrawals of a catalog the run never held. A heading that names
the change (调整事项: extractors/headers.change_headings) now makes a table no catalog, and a notice
that asks for comments on its catalog, or whose catalog heading says 征求意见稿, is held back
(extractors/metadata.text_to_draft, core.errors.DraftCatalog).
tests/flows/test_unseen22_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from extractors.metadata import text_to_draft
from pipeline.ingest import file_to_result
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen22"

def test_unseen22_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=True)) == 10
    assert len(probe.documents(FIXTURES, catalog=False)) == 12


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen22_catalog_every_row_exact(path: Path) -> None:
    # chengdu's PDF read `LEED绿色建筑` as `LEED 绿色建筑` at first contact: LibreOffice's spacing
    # between Chinese and Latin text (0.2 em) was taken for a space (extractors/pdf.MIXED_SCRIPT_GAP_EMS)
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("path", [p for p in probe.documents(FIXTURES, catalog=False) if "zhengqiu" not in p.name],
                         ids=lambda p: p.name)
def test_unseen22_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


@pytest.mark.parametrize("name", ["xianyang-feizhi-libreoffice.docx", "xianyang-feizhi-libreoffice.pdf"])
def test_unseen22_a_deletion_list_in_a_catalogs_columns_is_no_catalog(name: str) -> None:
    with pytest.raises(HeaderNotRecognized, match=r"prints 调整事项 \(a change made to earlier listings\)"):
        probe.rows(FIXTURES / name)


@pytest.mark.parametrize("name", ["dalian-zhengqiu.html", "dalian-zhengqiu-chromium.pdf"])
def test_unseen22_a_draft_for_comment_is_held_back(name: str) -> None:
    # its table is a whole catalog (the reader finds it); the notice says it is a draft
    assert len(probe.rows(FIXTURES / name)) == 16
    result = file_to_result(FIXTURES / name, FIXTURES)
    assert (result.status, result.step, result.catalog) == ("rejected", "find-catalog", None)
    assert result.reason.startswith("the catalog is a draft for comment, not in force (关于公开征求《大连市国际职业资格"
                                    "比照认定职称目录（第一批）（征求意见稿）》意见的公告)")


def test_a_draft_is_read_from_the_title_or_the_catalogs_heading_not_from_a_sentence_citing_one() -> None:
    assert text_to_draft("关于征求《某市国际职业资格比照认定职称目录》意见的通知", []) != ""
    assert text_to_draft("关于印发某市国际职业资格比照认定职称目录的通知",
                         ["附件", "某市国际职业资格比照认定职称目录（第二批）（征求意见稿）"]) != ""
    # a final notice that says how its draft was consulted on is no draft
    final = ["我局于2024年5月发布《某市国际职业资格比照认定职称目录（征求意见稿）》，根据反馈意见修改完善，现予印发。",
             "附件：某市国际职业资格比照认定职称目录（第二批）"]
    assert text_to_draft("关于印发某市国际职业资格比照认定职称目录（第二批）的通知", final) == ""


@pytest.mark.parametrize(("title", "draft"), [
    ("关于拟新增国际职业资格比照认定职称目录项目的公示", True),  # a proposal under 公示 (probe round unseen37)
    ("关于某市国际职业资格比照认定职称目录（第二批）的公示", True),
    ("关于2025年度职称评审结果的公示", False),  # a 公示 of no catalog
    ("关于公布某市国际职业资格比照认定职称目录（第二批）的通知", False),
])  # fmt: skip
def test_a_publicity_notice_of_a_catalog_is_a_proposal_not_in_force(title: str, draft: bool) -> None:
    assert (text_to_draft(title, []) != "") is draft
