"""`catalog run` over the whole unseen9b probe round (tests/make_unseen9b.py) in one batch.

Every catalog whose rows the rules accept is published exactly as its truth, and no notes row,
合计 row, page header or page number is published as (or in) an entry. A catalog the rules
cannot take as printed publishes nothing and is named in rejected.csv with its step and reason:
two titles in one 对应职称 cell, one 序号 over two issuers' sub-rows, 序号 in Chinese numerals.
Measured per document by bench/unseen9b_report.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from tests.flows.test_catalog_flow import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen9b"
SUFFIXES = (".pdf", ".docx", ".html", ".xlsx")
COLUMNS = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]
Run = tuple[Path, subprocess.CompletedProcess[str]]

TWO_TITLES = ("validate", "title = '工程师、高级工程师': not a recognized professional title")
SEQ_TWICE = ("validate", "notice_id,part,seq = ")
NUMERAL_SEQ = ("validate", "seq = '一': 序号 is not a number")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files
NOT_PUBLISHED = {
    ("danyang.html", "danyang-chromium.pdf"): TWO_TITLES,
    ("jintan-libreoffice.docx", "jintan-libreoffice.pdf"): SEQ_TWICE,
    ("gaoyou-libreoffice.docx", "gaoyou-libreoffice.pdf"): NUMERAL_SEQ,
}
REFUSED = {name for names in NOT_PUBLISHED for name in names}
FURNITURE = ("合计", "共计", "注：", "以上证书", "— 3 —", "—3—", "人力资源和社会保障局")


def _truth(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def _files() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in SUFFIXES)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    work = tmp_path_factory.mktemp("unseen9b")
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


@pytest.mark.parametrize("path", [p for p in _files() if p.name not in REFUSED], ids=lambda p: p.name)
def test_unseen9b_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # the held-back notices wait for a steward
    entries = _read(work / "curated", "entries.csv")
    assert _entries_of(entries, path.name) == sorted(tuple(row) for row in _truth(path)["rows"])


def test_unseen9b_run_no_furniture_in_any_entry(batch: Run) -> None:
    work, _ = batch
    entries = _read(work / "curated", "entries.csv")
    for column in COLUMNS:
        for value in entries[column]:
            assert not any(word in value for word in FURNITURE), (column, value)


def test_unseen9b_run_nothing_published_from_what_the_rules_refuse(batch: Run) -> None:
    work, _ = batch
    entries = _read(work / "curated", "entries.csv")
    rejected = _read(work / "curated", "rejected.csv")
    for names, (step, reason) in NOT_PUBLISHED.items():
        for name in names:
            assert _entries_of(entries, name) == [], name
        mine = rejected[rejected["file"].isin(names)]
        assert not mine.empty, names
        assert (mine["step"] == step).all(), names
        assert mine["reason"].str.startswith(reason).any(), (names, mine["reason"].tolist())
