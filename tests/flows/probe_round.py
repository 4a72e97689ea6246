"""What the flow tests of the blind probe rounds share (test_unseen9_run.py, test_unseen9b_run.py):
one `catalog run` over a round's folder of documents, and the published rows of each file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd

from tests.flows.test_catalog_flow import run_cli

SUFFIXES = (".pdf", ".docx", ".html", ".xlsx")
COLUMNS = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]
Run = tuple[Path, subprocess.CompletedProcess[str]]


def truth_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def run_round(folder: Path, work: Path) -> Run:
    """Every document of `folder` in one raw/, and one `catalog run` over it, as a steward runs it."""
    (work / "raw").mkdir()
    for path in files_of(folder):
        shutil.copy(path, work / "raw" / path.name)
    return work, run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)


def read_table(curated: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(curated / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def entries_of(entries: pd.DataFrame, name: str) -> list[tuple[str, ...]]:
    """The published rows printed in file `name` (as the source, or as another rendering of it)."""
    mine = entries[(entries["source_file"] == name) | entries["also_in"].str.contains(name, regex=False)]
    return sorted(tuple(row) for row in mine[COLUMNS].itertuples(index=False))
