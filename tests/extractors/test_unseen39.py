"""The unseen39 probe round (tests/make_unseen39.py): the 序号 column as clerks number it. Hierarchical numbers (1.1,
1-1), Chinese numerals, circled numbers (① … ⑳), （1）, 1、, full-width digits, leading zeros, no 序号 column, numbers
restarting per series in one table, and three typos a steward must see (a number printed twice, a number skipped,
two rows left unnumbered). First contact is in FIRST_CONTACT.txt in the fixtures; tests/flows/test_unseen39_run.py
runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cells import seq_text
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen39"
# guanghan's two unnumbered rows are read as the rows above them go on (a continuation): the notice's own count
# (共收录国际职业资格21项) sets it aside, which is how the reader sees it
SET_ASIDE = {"guanghan-kongxuhao.docx": "the notice says its catalog has 21 entries"}
READ = [p for p in probe.documents(FIXTURES) if p.name not in SET_ASIDE]


def test_unseen39_round_size() -> None:
    assert (len(READ), len(SET_ASIDE)) == (13, 1)


@pytest.mark.parametrize("path", READ, ids=lambda p: p.name)
def test_unseen39_rows_and_notice_details(path: Path) -> None:
    """Every row as printed, its 序号 as the number it prints (１２、（12）、12、、① read 12 … 1; 一, 1.1, 1-1 and 01 as
    printed: core/cells.seq_text). taishan's ① had made the reader fail (int('①'))."""
    result = probe.result(path)
    assert result.catalog is not None, result.reason
    read = [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in result.catalog.rows]
    assert read == [[seq_text(row[0]), *row[1:]] for row in probe.truth(path)["rows"]]
    assert {field: getattr(result.meta, field) for field in probe.NOTICE_FIELDS} == probe.truth(path)["notice"]


@pytest.mark.parametrize("name", SET_ASIDE)
def test_unseen39_unnumbered_rows_read_as_continuations_are_caught_by_the_count(name: str) -> None:
    path = FIXTURES / name
    result = probe.result(path)
    assert (result.status, result.catalog) == ("rejected", None)
    assert result.reason.startswith(SET_ASIDE[name]), result.reason
