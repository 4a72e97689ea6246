"""What the flow tests of the blind probe rounds share (test_unseen9_run.py, test_unseen9b_run.py):
one `catalog run` over a round's folder of documents, and the published rows of each file."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd

from pipeline.assemble import PUBLISHED_META_NAMES
from tests.extractors.probe_fixtures import NOTICE_FIELDS
from tests.flows.test_catalog_flow import run_cli

SUFFIXES = (".pdf", ".docx", ".html", ".xlsx", ".odt", ".mht", ".docm", ".dotx")  # .mht: a saved page, refused by name (unseen16)
COLUMNS = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]
Run = tuple[Path, subprocess.CompletedProcess[str]]


def truth_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def run_round(folder: Path, work: Path) -> Run:
    """Every document of `folder` in one raw/, and one `catalog run` over it, as a steward runs it.
    A round's module marks itself one xdist work unit (`pytestmark = pytest.mark.xdist_group(…)`):
    with `--dist loadgroup` (make test) its run, a module fixture, then runs once, not once in
    each worker."""
    (work / "raw").mkdir()
    for path in files_of(folder):
        shutil.copy(path, work / "raw" / path.name)
    return work, run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work, env=IN_THREADS)


# A round's documents are read in the run's threads, not in reader processes (a round has more
# than flows/catalog_flow.READ_IN_PROCESSES_FROM documents): beside the suite's other worker, two
# reader processes only share the same two cores, and each costs its imports (about 9 s of CPU a
# run, measured on unseen24). Both ways publish the same bytes: tests/flows/test_processes.py.
IN_THREADS = {"CATALOG_READ_PROCESSES_FROM": "1000000"}


def read_table(curated: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(curated / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def entries_of(entries: pd.DataFrame, name: str) -> list[tuple[str, ...]]:
    """The published rows printed in file `name` (as the source, or as another rendering of it)."""
    mine = entries[(entries["source_file"] == name) | entries["also_in"].str.contains(name, regex=False)]
    return sorted(tuple(row) for row in mine[COLUMNS].itertuples(index=False))


def assert_not_published(curated: Path, not_published: dict[tuple[str, ...], tuple[str, str]]) -> None:
    """No entry from the named files, and each group named in rejected.csv with its step and a
    reason that starts as given."""
    entries = read_table(curated, "entries.csv")
    rejected = read_table(curated, "rejected.csv")
    for names, (step, reason) in not_published.items():
        for name in names:
            assert entries_of(entries, name) == [], name
        mine = rejected[rejected["file"].isin(names)]
        assert not mine.empty, names
        assert (mine["step"] == step).all(), (names, mine["step"].tolist())
        assert mine["reason"].str.startswith(reason).any(), (names, mine["reason"].tolist())


def assert_published_exactly(curated: Path, path: Path, rows: list[list[str]] | None = None) -> None:
    """The entries published from the fixture file `path` are `rows` (its truth's by default), and its notice's
    details its truth's."""
    truth = truth_of(path)
    expected = truth["rows"] if rows is None else rows
    assert entries_of(read_table(curated, "entries.csv"), path.name) == sorted(tuple(row) for row in expected)
    assert notice_details(curated, path.name) == truth["notice"]


def notice_details(curated: Path, name: str) -> dict[str, str]:
    """The notice details (probe_fixtures.NOTICE_FIELDS) notices.csv publishes for the one notice file
    `name` belongs to, by field name (`notice_title` is the column `title`: pipeline/assemble.py)."""
    notices = read_table(curated, "notices.csv")
    [notice] = notices[notices["files"].str.contains(name, regex=False)].to_dict("records")
    return {field: str(notice[PUBLISHED_META_NAMES.get(field, field)]) for field in NOTICE_FIELDS}
