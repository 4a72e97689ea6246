"""extractors/extent.py: what a notice says about its catalog's extent (counts, pagers, page numbers, goes-on
marks, attachments listed), read from its running text; the texts a naive reading would take for one are none."""

from __future__ import annotations

import pytest

from extractors.extent import goes_on_marks, last_page_number, listed_catalogs, pager, stated_counts


@pytest.mark.parametrize(("text", "counts"), [
    ("研究制定了《丰城市国际职业资格比照认定职称目录（第一批）》（共64项），现印发给你们。", [64]),
    ("本目录共收录国际职业资格 86 项，请遵照执行。", [86]),
    ("附件\n醴陵市国际职业资格比照认定职称目录（第二批，共 45\n项）", [45]),  # wrapped by the PDF
    ("现将目录予以公布，共计六十四项。", [64]),
    # counts that are not of this catalog
    ("本批新增15项，累计已公布国际职业资格135项。", []),
    ("目录共有职业资格28项，其中工程系列共20项、经济系列共5项、会计系列共3项。", [28]),
    ("我市现有专业技术人才2.3万人，累计认定1,200余人次，共有证书持有人50人。", []),
    ("本通知共3页，请各单位认真组织实施。", []),  # pages, and no catalog in the sentence
    ("截至目前，我市已公布的目录共收录职业资格135项。", []),
    ("申请人需提交材料共5项，包括身份证和职业资格证书复印件。", []),  # a count of documents to hand in
    ("本批共收录国际职业资格18项，请遵照执行。", [18]),  # no 目录 in the sentence: the count names its qualifications
    ("目录涉及的职业资格共有18个国家和地区的机构颁发，分属5个系列。", []),  # countries, not entries
])  # fmt: skip
def test_stated_counts(text: str, counts: list[int]) -> None:
    assert [c.count for c in stated_counts(text)] == counts


def test_a_stated_count_is_quoted_for_the_steward() -> None:
    [count] = stated_counts("研究制定了《某某市国际职业资格比照认定职称目录（第一批）》（共64项），现印发给你们。")
    assert "（共64项）" in count.quote


@pytest.mark.parametrize(("text", "found"), [
    ("附件\n…目录\n共3页 首页 上一页 1 2 3 下一页 尾页\n相关链接", "共3页 首页 上一页 1 2 3 下一页 尾页"),
    ("第2页/共3页 [上一页] [1] [2] [3] [下一页]", "第2页/共3页 [上一页] [1] [2] [3] [下一页]"),
    ("共1页 首页 上一页 1 下一页 尾页", ""),  # the whole article on one page
    ("第 1 页 共 4 页", ""),  # a PDF's footer: no pager words
    ("上一篇：关于…的通知\n下一篇：关于…的公示", ""),  # the site's neighbouring articles
])  # fmt: skip
def test_pager(text: str, found: str) -> None:
    assert pager(text) == found


@pytest.mark.parametrize(("text", "numbered"), [
    ("第 1 页 共 6 页\n附件\n第 3 页 共 6 页\n第 4 页 共 6 页", (4, 6)),
    ("第1页/共4页\n第4页/共4页", (4, 4)),
    ("— 3 —\n— 4 —", None),
])  # fmt: skip
def test_last_page_number(text: str, numbered: tuple[int, int] | None) -> None:
    assert last_page_number(text) == numbered


@pytest.mark.parametrize(("text", "marks"), [
    ("续表\n（未完，续下页）\n续表\n（未完，续下页）\n— 4 —", 2),
    ("（未完）\n下转第5页", 2),
    ("未完成的申报材料请于5月底前补齐。", 0),  # 未完成 is no mark
])  # fmt: skip
def test_goes_on_marks(text: str, marks: int) -> None:
    assert goes_on_marks(text) == marks


@pytest.mark.parametrize(("text", "listed"), [
    ("附件：1．金昌市国际职业资格比照认定职称目录（工程类）\n2．金昌市国际职业资格比照认定职称目录（经济类）\n金昌市人社局",
     ("金昌市国际职业资格比照认定职称目录（工程类）", "金昌市国际职业资格比照认定职称目录（经济类）")),
    ("附件：1．某某市国际职业资格比照认定职称目录\n2．国际职业资格比照认定职称申请表", ("某某市国际职业资格比照认定职称目录",)),
    ("附件：1．某某市国际职业资格比照认定职称目录\n2．某某市国际职业资格比照认定职称目录使用说明", ("某某市国际职业资格比照认定职称目录",)),
    ("附件：某某市国际职业资格比照认定职称目录（第一批）", ()),  # one attachment: no list
])  # fmt: skip
def test_listed_catalogs(text: str, listed: tuple[str, ...]) -> None:
    assert listed_catalogs(text) == listed


def test_a_chinese_numeral_no_count_reads_as_none_of_one() -> None:
    """共十十项 (a typing slip) is no count, and reading it never fails."""
    assert stated_counts("目录共十十项。") == ()
    assert stated_counts("目录共一二项。") == ()  # (cn_number had read 一二 as -1)
