"""`catalog run` over the whole unseen9b probe round (tests/make_unseen9b.py) in one batch.

Every catalog whose rows the rules accept is published exactly as its truth, and no notes row,
合计 row, page header or page number is published as (or in) an entry. A catalog the rules
cannot take as printed publishes nothing and is named in rejected.csv with its step and reason:
two titles in one 对应职称 cell, one 序号 over two issuers' sub-rows (序号 in Chinese numerals are published as the
numbers since the twenty-ninth session).
Measured per document by bench/unseen9b_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import COLUMNS, Run, entries_of, files_of, read_table, run_round, truth_of

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("unseen9b-run")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen9b"

TWO_TITLES = ("validate", "title = '工程师、高级工程师': not a recognized professional title")
SEQ_TWICE = ("validate", "notice_id,part,seq = ")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files
NOT_PUBLISHED = {
    ("danyang.html", "danyang-chromium.pdf"): TWO_TITLES,
    ("jintan-libreoffice.docx", "jintan-libreoffice.pdf"): SEQ_TWICE,
}
REFUSED = {name for names in NOT_PUBLISHED for name in names}
FURNITURE = ("合计", "共计", "注：", "以上证书", "— 3 —", "—3—", "人力资源和社会保障局")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen9b"))


@pytest.mark.parametrize("path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name)
def test_unseen9b_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the held-back notices wait for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen9b_run_no_furniture_in_any_entry(batch: Run) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    for column in COLUMNS:
        for value in entries[column]:
            assert not any(word in value for word in FURNITURE), (column, value)


def test_unseen9b_run_nothing_published_from_what_the_rules_refuse(batch: Run) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    rejected = read_table(work / "curated", "rejected.csv")
    for names, (step, reason) in NOT_PUBLISHED.items():
        for name in names:
            assert entries_of(entries, name) == [], name
        mine = rejected[rejected["file"].isin(names)]
        assert not mine.empty, names
        assert (mine["step"] == step).all(), names
        assert mine["reason"].str.startswith(reason).any(), (names, mine["reason"].tolist())
