"""The unseen39 probe round (tests/make_unseen39.py): the 序号 column as clerks number it. Hierarchical numbers (1.1,
1-1), Chinese numerals, circled numbers (① … ⑳), （1）, 1、, full-width digits, leading zeros, no 序号 column, numbers
restarting per series in one table, and three typos a steward must see (a number printed twice, a number skipped,
two rows left unnumbered). 一, 1.1, 1-1 and no 序号 column are read as the numbers they stand for
(extractors/numbering.py, twenty-ninth session; held back as "序号 is not a number" before). First contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen39_run.py
runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cells import seq_text
from extractors.numbering import NOT_PRINTED, SEQ_AS_PRINTED
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen39"
# guanghan's two unnumbered rows are read as the rows above them go on (a continuation): the notice's own count
# (共收录国际职业资格21项) sets it aside, which is how the reader sees it
SET_ASIDE = {"guanghan-kongxuhao.docx": "the notice says its catalog has 21 entries"}
READ = [p for p in probe.documents(FIXTURES) if p.name not in SET_ASIDE]


def test_unseen39_round_size() -> None:
    assert (len(READ), len(SET_ASIDE)) == (13, 1)


# How each file numbers its rows, as its truth's "why" says: the part and number each printed 序号 stands for
# (worked out here from the truth's own words, not by the reader's rule)
GROUPED = {"shouguang-fenji.docx": ".", "zoucheng-lianhao.pdf": "-"}  # 1.1 … 2.1 …: each group a part
BY_POSITION = {"zhucheng-hanzi.pdf", "lianjiang-wuxuhao.docx"}  # 一 二 … in order; no 序号 column
PER_SERIES = {"pengzhou-fenxilie.pdf"}  # 序号 from 1 in each 所属系列: each series a part


def expected_rows(path: Path) -> list[list[str]]:
    """[part, 序号, name, 译名, issuer, title, series, 序号 as printed where the reader reads another number]."""
    rows, out = probe.truth(path)["rows"], []
    series = list(dict.fromkeys(row[5] for row in rows))
    for position, row in enumerate(rows, start=1):
        printed, rest = row[0], row[1:]
        if path.name in GROUPED:
            group, number = printed.split(GROUPED[path.name])
            out.append([group, number, *rest, printed])
        elif path.name in BY_POSITION:
            out.append(["1", str(position), *rest, printed or NOT_PRINTED])
        elif path.name in PER_SERIES:
            out.append([str(series.index(row[5]) + 1), printed, *rest, ""])
        else:
            out.append(["1", seq_text(printed), *rest, ""])
    return out


@pytest.mark.parametrize("path", READ, ids=lambda p: p.name)
def test_unseen39_rows_and_notice_details(path: Path) -> None:
    """Every row as printed, its 序号 as the number it prints (１２、（12）、12、、① read 12 … 1; 01 as printed:
    core/cells.seq_text; 一 as 1, 2.3 as 3 of part 2, a row of a catalog with no 序号 column as its place, with the
    printed 序号 in `extra`). taishan's ① had made the reader fail (int('①'))."""
    result = probe.result(path)
    assert result.catalog is not None, result.reason
    read = [[str(r.part), r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series,
             dict(r.extra).get(SEQ_AS_PRINTED, "")] for r in result.catalog.rows]  # fmt: skip
    assert read == expected_rows(path)
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == probe.truth(path)["notice"]


@pytest.mark.parametrize("name", SET_ASIDE)
def test_unseen39_unnumbered_rows_read_as_continuations_are_caught_by_the_count(name: str) -> None:
    path = FIXTURES / name
    result = probe.result(path)
    assert (result.status, result.catalog) == ("rejected", None)
    assert result.reason.startswith(SET_ASIDE[name]), result.reason
