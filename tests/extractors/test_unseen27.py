"""The unseen27 probe round (tests/make_unseen27.py): an eighteenth blind round, of catalogs sent as
spreadsheets as clerks build them: rows hidden by an AutoFilter or folded in an outline group, struck
cells and struck runs, 序号 under number formats (000, 0".") and typed as text, Alt+Enter breaks and
odd spaces, sheets of notes, drafts and drop-down lists, values from formulas, a table away from A1
with comments, and a look-alike list of applicants. First contact is in FIRST_CONTACT.txt in the
fixtures; tests/flows/test_unseen27_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cells import seq_text
from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen27"
# The published 序号 is the number a 序号 cell prints (core/cells.seq_text: "１２、" and "1." are 12 and 1);
# the truth keeps qingyuan's format's full stop. Compared through seq_text.
AS_NUMBER = {"qingyuan-xuhao.xlsx"}
EXACT = [p for p in probe.documents(FIXTURES, catalog=True) if p.name not in AS_NUMBER]


def _catalog(path: Path):  # type: ignore[no-untyped-def]
    return document_to_catalog(read_document(path, file_to_source(path, path.parent)))


def _truth(path: Path, stem: str | None = None) -> list[tuple[str, ...]]:
    return [tuple(row) for row in probe.truth(FIXTURES / f"{stem}.xlsx" if stem else path)["rows"]]


def test_unseen27_round_size() -> None:
    assert (len(probe.documents(FIXTURES, catalog=True)), len(EXACT), len(list(FIXTURES.glob("*.xls")))) == (12, 11, 3)


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen27_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == _truth(path)


@pytest.mark.parametrize("name", sorted(AS_NUMBER))
def test_unseen27_seq_under_a_decorating_format_is_its_number(name: str) -> None:
    assert probe.rows(FIXTURES / name) == [(seq_text(row[0]), *row[1:]) for row in _truth(FIXTURES / name)]


def test_unseen27_the_xls_saved_by_calc_reads_as_its_xlsx() -> None:
    assert probe.rows(FIXTURES / "shaoyang-duobiao.xls") == _truth(FIXTURES / "shaoyang-duobiao.xls", "shaoyang-duobiao")
    # .xls number formats are not applied (BIFF's FORMAT records are not read): 序号 1, not 001
    assert [r[0] for r in probe.rows(FIXTURES / "ankang-xuhao.xls")] == [str(n) for n in range(1, 13)]


def test_unseen27_formula_results_an_xls_does_not_hold_are_not_guessed() -> None:
    # Calc wrote the VLOOKUP's and the IF's text results as the number 0 (no STRING records): the
    # cached value is all a reader without a formula engine has, and validation refuses it
    rows = {r.seq: r for r in _catalog(FIXTURES / "loudi-gongshi-calc.xls").rows}
    assert (rows["1"].issuer, rows["1"].series) == ("0", "0")


def test_unseen27_a_struck_row_is_withdrawn_and_struck_runs_are_not_read() -> None:
    catalog = _catalog(FIXTURES / "weinan-shanchuxian-calc.xlsx")
    assert [(h.seq, h.withdrawn) for h in catalog.headings] == [("6", True)]
    assert [r.seq for r in catalog.rows] == [str(n) for n in range(1, 14) if n != 6]


@pytest.mark.parametrize("name", ["yanan-shaixuan.xlsx", "hanzhong-zhedie.xlsx"])
def test_unseen27_rows_a_filter_or_a_fold_hides_are_read(name: str) -> None:
    assert len(_catalog(FIXTURES / name).rows) == len(_truth(FIXTURES / name))
