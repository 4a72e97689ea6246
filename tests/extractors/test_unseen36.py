"""The unseen36 probe round (tests/make_unseen36.py): partial catalogs and stated counts. Eight files hold part of
their catalog and show it only in their words (a web page's pager, a PDF cut after page 4 of 6, a count in the body
or the catalog title, 未完，续下页 on the table's last page, a second attachment 另发, a 合计 that does not agree, a
page 2 of 3 with no header); eight complete controls print what a naive check would take for such words (共1页, page
numbers to the last, counts that agree, sub-counts, cumulative counts, people counted, a table ending at the foot
of its last page). First contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen36_run.py runs the
round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen36"
COMPLETE = [p for p in probe.documents(FIXTURES) if "partial" not in probe.truth(p)]
PARTIAL = [p for p in probe.documents(FIXTURES) if "partial" in probe.truth(p)]
# Rows the reader gives otherwise than printed: none (the 技術士 rows of renhuai and ruijin, read simplified and in
# review at first contact, are a Japanese body's name as printed since the twenty-eighth session: tables._japanese_row)
AS_READ: probe.AsRead = {}
# Why each partial file is set aside, as the reader says it (step, the reason's start)
SET_ASIDE = {
    "baiyin-jieduan.pdf": ("rejected", "the file's last page is numbered “第 4 页 共 6 页”: pages 5 to 6 are not in the file"),
    "beiliu-heji.pdf": ("rejected", "the catalog prints “合计 52项”, but 48 rows were read"),
    "fengcheng-gongshu.docx": ("rejected", "the notice says its catalog has 64 entries"),
    "jinchang-fujian2.docx": ("rejected", "the notice lists 2 catalogs as its attachments"),
    "jinjiang-fenye1.html": ("rejected", "the web page is one page of an article its site split over pages (its pager: “共3页"),
    "liling-biaotishu.pdf": ("rejected", "the notice says its catalog has 45 entries"),
    "liuyang-weiwan.pdf": ("rejected", "the catalog's table says 3 time(s) that it goes on (未完，续下页), on its last page too"),
    # page 2 of 3 prints no header: no table is a catalog, and the notice names one (held back by the run)
    "shishi-fenye2.html": ("no-catalog", "none of the 2 tables has a catalog header"),
}  # fmt: skip


def test_unseen36_round_size() -> None:
    assert (len(COMPLETE), len(PARTIAL), sorted(p.name for p in PARTIAL)) == (8, 8, sorted(SET_ASIDE))


@pytest.mark.parametrize("path", COMPLETE, ids=lambda p: p.name)
def test_unseen36_complete_catalog_rows_and_notice_details(path: Path) -> None:
    probe.assert_rows_and_details(path, AS_READ)


@pytest.mark.parametrize("path", PARTIAL, ids=lambda p: p.name)
def test_unseen36_partial_catalog_is_set_aside_saying_why(path: Path) -> None:
    result = probe.result(path)
    status, reason = SET_ASIDE[path.name]
    assert (result.status, result.catalog) == (status, None)
    assert result.reason.startswith(reason), result.reason
