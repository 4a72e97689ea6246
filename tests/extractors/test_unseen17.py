"""The unseen17 probe round (tests/make_unseen17.py): an eighth blind round, of look-alikes only,
read as none.

Government tables that are no catalog, most in a catalog's own words and with the same foreign
certificates and bodies: a 继续教育学时 table (可认定学时), international certificates matched to
职业技能等级 (对应职业技能等级: 技师), a 人才分类目录 (人才类别 | 证书名称 | 发证机构), recognized foreign
bodies for work permits, 港澳专业人士执业备案 (香港资格 | 颁证单位 | 内地对应资格), a 职称申报 checklist,
training providers awarded subsidies, a 高层次人才 table whose 对应层次 stands where 对应职称 does, a
职称评审委员会 核准备案 list, a 遗失声明 list, the 申报结果公示 of the people recognized (姓名 |
职业资格名称 | 颁证单位 | 认定职称 | 所属系列), an English notice on foreign talent categories, a blank
application form labelled with a catalog's headings, a 职称外语 exemption list (适用职称), statistics
by 所属系列 and 对应职称. None was published at first contact. Added after it: DOMESTIC 职业资格 under a
catalog's exact header with every title a 职称 (laohekou), whose notice says 境外 and 国际 only to
send foreign qualifications to another catalog: it was published (6 rows, the one silent failure of
the round), and is now set aside, as its sibling xiangyang, which only one unrecognized title
(三级律师) had held back. tests/flows/test_unseen17_run.py runs the round through `catalog run`;
measure it with `.venv/bin/python bench/unseen17_report.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import HeaderNotRecognized, NoCatalogFound, UncertainCatalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen17"
DOMESTIC = ("laohekou-libreoffice.docx", "laohekou-libreoffice.pdf", "xiangyang.html", "xiangyang-chromium.pdf")


def test_unseen17_is_look_alikes_only() -> None:
    assert probe.documents(FIXTURES, catalog=True) == []
    assert len(probe.documents(FIXTURES, catalog=False)) == 32


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=False), ids=lambda p: p.name)
def test_unseen17_look_alike_is_no_catalog(path: Path) -> None:
    with pytest.raises((NoCatalogFound, HeaderNotRecognized, UncertainCatalog)):
        probe.rows(path)


@pytest.mark.parametrize("name", DOMESTIC)
def test_unseen17_domestic_qualifications_cited_beside_an_international_catalog_are_set_aside(name: str) -> None:
    """The notice's body says 境外 and cites 《…国际职业资格比照认定职称目录》 only to send foreign
    qualifications there; its title and its own catalog's title say nothing international."""
    with pytest.raises(UncertainCatalog, match="nothing says its qualifications are international"):
        probe.rows(FIXTURES / name)
