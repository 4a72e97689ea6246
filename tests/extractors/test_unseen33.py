"""The unseen33 probe round (tests/make_unseen33.py): ordinary government documents, none a catalog, as bureaus
publish them beside their catalogs: a 39-page 部门预算 of ruled financial tables, a 统计公报 with charts drawn as
paths, a 招聘岗位表 with a 职称要求 column (workbook and print), a 959-person 职称评审 list, a 采购 result, a 政府信息
公开 annual report, a subsidy workbook of formulas, a 技能人才评价机构 list, a 行政许可 list, an 认定办法 of numbered
articles, a meeting notice with its 回执 form, a page that is a scanned picture, a 99-page 统计年鉴 chapter and a
规划 notice with a vector land-use map. First contact is in FIRST_CONTACT.txt in the fixtures;
tests/flows/test_unseen33_run.py runs them through `catalog run` beside a catalog.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NoCatalogFound
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen33"
# the 99-page yearbook chapter is the round's timing document (FIRST_CONTACT.txt): read by the round's report,
# not here, where it would cost the suite half a minute for ruled tables the budget's 39 pages already show
TIMING = "yuncheng-nianjian.pdf"
DOCUMENTS = [p for p in probe.documents(FIXTURES) if p.name != TIMING]


def test_unseen33_round_size() -> None:
    assert (len(probe.documents(FIXTURES)), len(probe.documents(FIXTURES, catalog=False))) == (15, 15)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_unseen33_ordinary_document_has_no_catalog(path: Path) -> None:
    with pytest.raises(NoCatalogFound, match=r"none of the \d+ tables has a catalog header"):
        probe.rows(path)
