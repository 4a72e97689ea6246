"""The unseen21 probe round (tests/make_unseen21.py): a twelfth blind round, of look-alikes only.

Real kinds of government notices whose table reads like a catalog's and is none: an extract of the
国家职业资格目录, a 境外职业资格证书认可清单 for practice, a 港澳 职称评价 of people, 职业技能等级
评价机构, 评委会备案, 紧缺人才 lists of jobs and what they require (three of them made after first
contact, knowing the header rules), continuing-education hours in a catalog's own layout, and a notice
that announces its catalog but prints only a table of batches. First contact (FIRST_CONTACT.txt in the
fixtures) published one of them, a 紧缺人才需求目录 web page (岗位名称 | 所需证书 | 发证机构 | 职称要求 |
产业领域, its 岗位名称 read as the qualification): 13 rows, silently. A heading naming a job post or a
requirement (extractors/headers.py JOB_WORDS) now makes a table no catalog.
tests/flows/test_unseen21_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen21"


def test_unseen21_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=False)) == 20
    assert probe.documents(FIXTURES, catalog=True) == []


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen21_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)
