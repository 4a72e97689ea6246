"""`catalog run` over the whole unseen9 probe round (tests/make_unseen9.py) in one batch.

Every catalog whose files read whole is published exactly as its truth; a catalog read only in
part and every look-alike (a list of people, skill levels, a talent-subsidy list, foreign
qualifications for practice, a meeting's attendance, domestic 对应关系) publishes nothing and is
named in rejected.csv with its step and reason. Measured per document by bench/unseen9_report.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from tests.flows.test_catalog_flow import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen9"
SUFFIXES = (".pdf", ".docx", ".html", ".xlsx")
COLUMNS = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]
Run = tuple[Path, subprocess.CompletedProcess[str]]

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


def _truth(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def _files() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in SUFFIXES)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    work = tmp_path_factory.mktemp("unseen9")
    (work / "raw").mkdir()
    for path in _files():
        shutil.copy(path, work / "raw" / path.name)
    result = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)
    return work, result


def _read(curated: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(curated / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _entries_of(entries: pd.DataFrame, name: str) -> list[tuple[str, ...]]:
    mine = entries[(entries["source_file"] == name) | entries["also_in"].str.contains(name, regex=False)]
    return sorted(tuple(row) for row in mine[COLUMNS].itertuples(index=False))


@pytest.mark.parametrize(
    "path", [p for p in _files() if p.name not in NOT_PUBLISHED], ids=lambda p: p.name
)
def test_unseen9_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the look-alikes wait for a steward
    entries = _read(work / "curated", "entries.csv")
    assert _entries_of(entries, path.name) == sorted(tuple(row) for row in _truth(path)["rows"])


def test_unseen9_run_nothing_published_from_look_alikes_or_partial_reads(batch: Run) -> None:
    work, _ = batch
    entries = _read(work / "curated", "entries.csv")
    for name in NOT_PUBLISHED:
        assert _entries_of(entries, name) == [], name
    rejected = _read(work / "curated", "rejected.csv")
    for name, (step, reason) in NOT_PUBLISHED.items():
        mine = rejected[rejected["file"] == name]
        assert not mine.empty, name
        assert mine["step"].iloc[0] == step, name
        assert mine["reason"].str.startswith(reason).any(), (name, mine["reason"].tolist())
