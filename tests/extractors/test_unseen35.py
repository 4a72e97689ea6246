"""The unseen35 probe round (tests/make_unseen35.py): catalog columns as other cities word and order them (heading
synonyms, bilingual and two-line headings, 所属系列 or 颁证单位 first and merged down, series and title before the
qualification, 国别/备注/类别/blank columns, the name and its 译名 in one cell, no 所属系列, titles printed with their
level) in 13 cities no earlier round used, as DOCX, LibreOffice and Chromium PDFs, web pages and a workbook; three
look-alikes (foreign vocational certificates mapped to 技能等级, a 评审结果公示, a 高层次人才 catalog). First contact is in
FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen35_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen35"
# The reader keeps a title's printed level (工程师（中级）); the published title drops it (normalize/titles.py)
LEVEL = re.compile(r"（(?:初级|中级|副高级|正高级)）$")
_SPLIT = "(one cell split into name and 译名)"
# Rows the reader gives otherwise than printed: (qualification, 译名) as read, and a check that makes them wait
AS_READ: probe.AsRead = {
    ("chengde-shuangyu.pdf", "1"): ("International Welding Inspector -Comprehensive (IWI-C)", "国际焊接检验师（全面级）",
                                    "qualification: -|Comprehensive"),
    # a Japanese name and its simplified 译名 on two lines of one cell: kept whole, in review
    ("weihai-shuanghang.pdf", "30"): ("日商簿記検定1級日本商工会议所簿记检定一级", "", _SPLIT),
    ("weihai-shuanghang.pdf", "5"): ("技术士（机械部门）日本技术士（机械部门）", "", _SPLIT),
}  # fmt: skip


def test_unseen35_round_size() -> None:
    assert (len(probe.documents(FIXTURES, catalog=True)), len(probe.documents(FIXTURES, catalog=False))) == (13, 3)


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen35_rows_and_notice_details(path: Path) -> None:
    probe.assert_rows_and_details(path, AS_READ, title=lambda title: LEVEL.sub("", title))


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen35_lookalike_is_not_published(path: Path) -> None:
    # the 技能等级 table prints a catalog's headings but a 比照技能等级 where the title would be: held back
    # as a catalog lacking its title column (never published); the others are no catalog
    with pytest.raises((NoCatalogFound, HeaderNotRecognized)):
        probe.rows(path)
