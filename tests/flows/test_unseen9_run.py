"""`catalog run` over the whole unseen9 probe round (tests/make_unseen9.py) in one batch.

Every catalog whose files read whole is published exactly as its truth; a catalog read only in
part and every look-alike (a list of people, skill levels, a talent-subsidy list, foreign
qualifications for practice, a meeting's attendance, domestic 对应关系) publishes nothing and is
named in rejected.csv with its step and reason. Measured per document by bench/unseen9_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, entries_of, files_of, read_table, run_round, truth_of

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("unseen9-run")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen9"

# file -> (step, the start of its reason) for every file that must not publish
NOT_PUBLISHED = {
    "taicang.html": ("find-catalog", "the catalog's last row read is 序号 5, and table 2 goes on with 序号 6"),
    "taicang-chromium.pdf": ("find-catalog", "the catalog's last row read is 序号 5, and table 2 goes on with 序号 6"),
    "renyuan-libreoffice.docx": ("find-catalog", "none of the 1 tables has a catalog header"),
    "renyuan-libreoffice.pdf": ("find-catalog", "none of the 2 tables has a catalog header"),
    "gongshi.html": ("find-catalog", "none of the 1 tables has a catalog header"),
    "gongshi-chromium.pdf": ("find-catalog", "none of the 1 tables has a catalog header"),
    "huiyi.html": ("find-catalog", "none of the 1 tables has a catalog header"),
    "huiyi-chromium.pdf": ("find-catalog", "none of the 1 tables has a catalog header"),
    "zhiye-libreoffice.docx": ("map-header", "a table looks like a catalog but a required column is missing"),
    "zhiye-libreoffice.pdf": ("map-header", "a table looks like a catalog but a required column is missing"),
    "duiying.html": ("map-header", "a table looks like a catalog but a required column is missing"),
    "jineng.html": ("find-catalog", "a table reads like a catalog (4 rows), but nothing says its qualifications are"),
    "jiguan.html": ("find-catalog", "a table reads like a catalog (3 rows), but nothing says its qualifications are"),
    "butie.xlsx": ("validate", "title = 'C类': not a recognized professional title (职称)"),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen9"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in NOT_PUBLISHED], ids=lambda p: p.name
)
def test_unseen9_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the look-alikes wait for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen9_run_nothing_published_from_look_alikes_or_partial_reads(batch: Run) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    for name in NOT_PUBLISHED:
        assert entries_of(entries, name) == [], name
    rejected = read_table(work / "curated", "rejected.csv")
    for name, (step, reason) in NOT_PUBLISHED.items():
        mine = rejected[rejected["file"] == name]
        assert not mine.empty, name
        assert mine["step"].iloc[0] == step, name
        assert mine["reason"].str.startswith(reason).any(), (name, mine["reason"].tolist())
