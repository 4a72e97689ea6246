"""The unseen44 probe round (tests/make_unseen44.py): catalogs laid out otherwise than one row per qualification
(matrices of series × titles, rows per issuing body or per family, two title columns, two entries per row, a key-value
table per entry) and four controls. None of those layouts is read as a catalog: each is refused or set aside with its
reason (tests/flows/test_unseen44_run.py holds every one back), never published partial or wrong. First contact is in
FIRST_CONTACT.txt in the fixtures.
"""

from __future__ import annotations

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen44"
# Read exactly (changge's 对应职称 is a level word, 中级, as printed: validation holds the notice back)
EXACT = ["changge-cengji.html", "gaoan-beizhu.docx", "xingyang-shuangbiaotou.pdf"]
# The reader's answer for each other file: (status, step, the start of its reason)
NO_HEADER = ("no-catalog", "find-catalog", "none of the ")
NOT_READ = {
    "chongzhou-tixi.pdf": NO_HEADER,  # one row per family, titles as sub-columns
    "guiping-kapian.pdf": NO_HEADER,  # key：value cards
    "qionglai-tixi-jibie.docx": NO_HEADER,
    "xinzheng-juzhen.docx": NO_HEADER,  # series × titles matrices
    "yidu-juzhen-dunhao.pdf": NO_HEADER,
    "yixing-banzheng.pdf": NO_HEADER,  # one row per body
    "guixi-liangji.pdf": ("rejected", "find-catalog", "the notice says its catalog has 16 entries"),  # two title columns
    "huayin-bingpai-zong.pdf": ("rejected", "find-catalog", "the notice says its catalog has 23 entries"),  # two per row
    "liyang-banzheng-duiqi.html": ("rejected", "find-catalog", "the notice says its catalog has 19 entries"),
    "ningxiang-kapian.docx": ("rejected", "map-header", "table 1 prints a catalog header down its first column"),
    "qingzhen-bingpai.docx": ("rejected", "map-header", "a table looks like a catalog but a required column is missing"),
    # a 职称层级对应表 and a blank application form (no catalog): the form is refused as a catalog on its side
    "zhijiang-cengji-duiying.pdf": ("rejected", "map-header", "table 2 prints a catalog header down its first column"),
}  # fmt: skip


def test_unseen44_round_size() -> None:
    assert sorted(p.name for p in probe.documents(FIXTURES)) == sorted([*EXACT, *NOT_READ, "ningguo-liangji.html"])


@pytest.mark.parametrize("name", EXACT)
def test_unseen44_rows_and_notice_details(name: str) -> None:
    probe.assert_read_exactly(FIXTURES / name)


@pytest.mark.parametrize("name", sorted(NOT_READ))
def test_unseen44_layout_not_read_says_why(name: str) -> None:
    probe.assert_not_read(FIXTURES / name, *NOT_READ[name])


def test_unseen44_two_title_columns_read_as_one_title_cell() -> None:
    """初次认定 | 满3年后可认定 under one grouped 对应职称: both titles in the one cell (工程师、高级工程师), which no title
    list holds, so validation holds the notice back (tests/flows/test_unseen44_run.py)."""
    result = probe.result(FIXTURES / "ningguo-liangji.html")
    assert result.catalog is not None, result.reason
    truth = probe.truth(FIXTURES / "ningguo-liangji.html")["rows"]
    assert len(result.catalog.rows) == len({row[0] for row in truth}) == 14
    assert all("、" in row.title for row in result.catalog.rows), [row.title for row in result.catalog.rows]
