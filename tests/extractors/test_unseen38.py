"""The unseen38 probe round (tests/make_unseen38.py): catalogs in several parts, all in the file. 附件1 and 附件2 with
序号 restarting or running on, one table per 所属系列 under sub-headings, parts set over pages with 续表 and
（未完，续下页） on all but their last page, counts per part and in all, a 合计 per part, a third attachment that is a
form, two tables on one web page with a pager 共1页, parts whose headers differ. Every document is complete: it probes
the checks of unseen36 (extractors/extent.py) for holds without cause. First contact is in FIRST_CONTACT.txt in the
fixtures; tests/flows/test_unseen38_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen38"
# Rows the reader gives otherwise than printed, by file and qualification as printed (序号 restart in some files):
# (as read, the check that makes its field wait for a steward). Chromium broke the line after a dash standing alone,
# where its space cannot be told.
AS_READ = {
    ("tongcheng-xubiao.pdf", "International Welding Inspector - Comprehensive (IWI-C)"):
        ("International Welding Inspector -Comprehensive (IWI-C)", "qualification: -|Comprehensive"),
}  # fmt: skip


def expected_rows(path: Path) -> list[list[str]]:
    """The truth's rows, those of AS_READ as read."""
    return [[row[0], AS_READ.get((path.name, row[1]), (row[1],))[0], *row[2:]] for row in probe.truth(path)["rows"]]


def test_unseen38_round_size() -> None:
    assert len(probe.documents(FIXTURES, catalog=True)) == 12


@pytest.mark.parametrize("path", probe.documents(FIXTURES, catalog=True), ids=lambda p: p.name)
def test_unseen38_rows_and_notice_details(path: Path) -> None:
    result = probe.result(path)
    assert result.catalog is not None, result.reason
    read = [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in result.catalog.rows]
    assert read == expected_rows(path)
    checks = {as_read: check for (name, _), (as_read, check) in AS_READ.items() if name == path.name}
    for row in result.catalog.rows:
        if row.qualification in checks:
            assert any(checks[row.qualification] in c for c in row.checks), row.checks
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == probe.truth(path)["notice"]
