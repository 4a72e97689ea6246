"""The unseen37 probe round (tests/make_unseen37.py): catalogs adjusted (目录动态调整). Change tables (调整类型,
原对应职称 | 调整后对应职称), a list of qualifications no longer recognised, a 更正 that reprints three rows, a draft and a
公示 of proposed additions, a catalog with a 状态 column (有效 / 暂停认定 / 已废止), one with struck rows and titles noted
（2026年起停止认定）, and complete catalogs restated or revised. First contact is in FIRST_CONTACT.txt in the fixtures;
tests/flows/test_unseen37_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

import re

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen37"
# read whole, every row as printed (geermu's 状态 kept in `extra`: the run publishes its suspended and abolished rows
# as not in force)
READ_WHOLE = ("geermu-zhuangtai.docx", "haicheng-dongtai.docx", "jiexiu-tiaozhenghou.pdf", "lingwu-dierpi.pdf",
              "yanji-gengzheng.html")  # fmt: skip
# set aside by the reader: (status, the reason's start)
SET_ASIDE = {
    "xiaoyi-tiaozheng.docx": ("rejected", "a table looks like a catalog but table 1 prints 调整类型 (a change made to earlier"),
    "hancheng-yuanzhicheng.html": ("rejected", "a table looks like a catalog but table 2 prints 原对应职称 (a value before a change)"),
    # a whole revised catalog printed with both title columns: held as a change list too (a false hold, on the safe side)
    "shenmu-tiaozhenghou.pdf": ("rejected", "a table looks like a catalog but table 1 prints 原对应职称 (a value before a change)"),
    "hejin-tingzhi.pdf": ("no-catalog", "table 1 is headed '停止比照认定职称的国际职业资格目录': it lists qualifications withdrawn"),
    "wafangdian-zhengqiu.pdf": ("rejected", "the catalog is a draft for comment, not in force (关于公开征求"),
    "qingtongxia-gongshi.html": ("rejected", "the catalog is a draft for comment, not in force (关于拟新增国际职业资格比照认定职称目录项目的公示)"),
}  # fmt: skip
BATCH = re.compile(r"第.+批")  # an edition (2025年版, 2025年调整后) is no batch: catalog_title keeps it


def test_unseen37_round_size() -> None:
    assert len(probe.documents(FIXTURES)) == len(READ_WHOLE) + len(SET_ASIDE) + 1 == 12  # and hunchun


@pytest.mark.parametrize("name", READ_WHOLE)
def test_unseen37_catalog_read_whole_with_its_notice_details(name: str) -> None:
    result = probe.result(FIXTURES / name)
    truth = probe.truth(FIXTURES / name)
    assert result.catalog is not None, result.reason
    assert [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in result.catalog.rows] == truth["rows"]
    notice = {**truth["notice"], "batch": truth["notice"]["batch"] if BATCH.fullmatch(truth["notice"]["batch"]) else ""}
    if name == "yanji-gengzheng.html":  # a 更正 of the first batch's catalog: the title it corrects is the one it cites
        notice["catalog_title"] = "延吉市国际职业资格比照认定职称目录（第一批）"
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == notice


@pytest.mark.parametrize("name", SET_ASIDE)
def test_unseen37_change_lists_drafts_and_proposals_are_set_aside(name: str) -> None:
    result = probe.result(FIXTURES / name)
    status, reason = SET_ASIDE[name]
    assert (result.status, result.catalog) == (status, None)
    assert result.reason.startswith(reason), result.reason


def test_unseen37_struck_rows_are_withdrawn_and_noted_titles_read_as_printed() -> None:
    result = probe.result(FIXTURES / "hunchun-tingzhi.pdf")
    assert result.catalog is not None
    assert [(h.seq, h.withdrawn) for h in result.catalog.headings] == [("3", True), ("11", True)]
    noted = {r.seq: r.title for r in result.catalog.rows if "停止认定" in r.title}
    assert sorted(noted) == ["1", "15", "7"] and all(t.endswith("（2026年起停止认定）") for t in noted.values())
