"""The main job end to end: `catalog run` on a copy of raw/, on Prefect's temporary server."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from flows.catalog_flow import extract_document
from tests.notices import RAW, ROOT, load_truth
from tests.prefect_api import shared_api

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# golden `catalog run` is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("golden-run")

GOLDEN = ROOT / "tests" / "golden" / "bundled"
# The version the bundled notices publish: the hash of every published file's bytes. It changes
# only when published output changes; then review the diff of tests/golden/ and update both
# (UPDATE_GOLDEN=1 rewrites the files; this constant is edited by hand, on purpose).
GOLDEN_VERSION = "01e3754b3aac00de"
CITIES = {"wuxi-2021-49": ("无锡", "锡人社职〔2021〕49号"), "taizhou-2022-30": ("泰州", "泰职办〔2022〕30号")}
PUBLISHED = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]


def run_cli(
    *args: str, home: Path, temporary_server: bool = False, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """`catalog ARGS` as a steward runs it, on the checkout's code, from the work folder `home`:
    against the test process's Prefect server (tests/prefect_api.py), or with `temporary_server`
    as a steward without one runs it (Prefect's temporary server, started by the run); `env`
    adds to the environment."""
    env = {**os.environ, "PREFECT_HOME": str(home / ".prefect"), "PYTHONPATH": str(ROOT), **(env or {})}
    env.pop("PREFECT_API_URL", None)
    if not temporary_server:
        env["PREFECT_API_URL"] = shared_api()
    return subprocess.run(
        [sys.executable, "-m", "catalog.cli", *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=home
    )


def assert_golden_run(result: subprocess.CompletedProcess[str], curated: Path) -> None:
    """A `catalog run --json` that published the golden version, its files byte for byte the
    golden ones (the one-process run's): for runs that reach it another way (Dask, processes)."""
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["status"], report["version"]) == ("published", GOLDEN_VERSION)
    for golden in sorted(GOLDEN.iterdir()):
        assert (curated / "current" / golden.name).read_bytes() == golden.read_bytes(), golden.name


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    work = tmp_path_factory.mktemp("e2e")
    shutil.copytree(RAW, work / "raw")
    result = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work,
                     temporary_server=True)  # as `make run` does it
    return work, result


def test_extract_document_task_reads_one_notice() -> None:
    result = extract_document.fn(RAW / "wuxi-2021-49.docx", RAW)
    assert result.status == "catalog" and result.catalog is not None
    assert len(result.catalog.rows) == 61 and result.meta.doc_number == "锡人社职〔2021〕49号"


def test_catalog_run_publishes_every_row_exactly(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, result = published
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ERROR" not in result.stdout + result.stderr and "Traceback" not in result.stdout + result.stderr
    entries = pd.read_csv(work / "curated" / "entries.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for notice, (city, number) in CITIES.items():
        rows = entries[entries["city"] == city]
        assert set(rows["doc_number"]) == {number}
        assert rows[PUBLISHED].values.tolist() == load_truth(notice)["rows"]
        assert set(rows["source_file"]) == {f"{notice}.pdf"}  # lineage to the page: the PDF
        assert rows["source_page"].str.fullmatch(r"\d+").all() and rows["source_row"].str.fullmatch(r"\d+").all()
        assert set(rows["also_in"]) == {f"{notice}.docx;{notice}.html"}
    assert not entries["qualification"].str.contains("姓 名|证件类型").any()  # the application form is not a catalog


def test_catalog_run_writes_every_table(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    curated = published[0] / "curated"
    for name in ("entries.csv", "entries.parquet", "notices.csv", "issuers.csv", "qualifications.csv", "rejected.csv"):
        assert (curated / name).exists(), name
    notices = pd.read_csv(curated / "notices.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert sorted(notices["entries"]) == ["52", "61"]
    assert len(pd.read_parquet(curated / "entries.parquet")) == 113
    disagreements = pd.read_csv(curated / "disagreements.csv", dtype=str, encoding="utf-8-sig")
    assert disagreements.empty, disagreements.to_string()


def test_catalog_run_again_changes_nothing(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, first = published
    before = {p.name: p.read_bytes() for p in (work / "curated").glob("*.csv") if p.name != "versions.csv"}
    again = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), "--json", home=work)
    assert again.returncode == 0, again.stdout + again.stderr
    report = json.loads(again.stdout)
    assert (report["status"], report["version"], report["exit_code"]) == ("unchanged", GOLDEN_VERSION, 0)
    assert report["nothing_new"] is True  # answered before Prefect: no document read again
    assert report["counts"]["entries published"] == 113 and report["paths"]["curated"] == str(work / "curated")
    after = {p.name: p.read_bytes() for p in (work / "curated").glob("*.csv") if p.name != "versions.csv"}
    assert after == before


def test_catalog_run_publishes_the_golden_version(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, result = published
    curated = work / "curated"
    version = curated / "versions" / GOLDEN_VERSION
    # The files the version's name hashes, the history files and the manifest; the portal feed
    # (SQLite, Excel, Data Docs, the package that hashes them) is checked below, not byte for byte.
    manifest = json.loads((curated / "current" / "manifest.json").read_text(encoding="utf-8"))
    published_files = sorted([*manifest["files"], "manifest.json", "metadata.yml"])
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        GOLDEN.mkdir(parents=True)
        for name in published_files:
            shutil.copy((curated / "current" / name), GOLDEN / name)
    assert f"published new version {GOLDEN_VERSION} " in result.stdout, result.stdout
    assert (curated / "current").resolve() == (curated / "latest").resolve() == version.resolve()
    assert published_files == sorted(p.name for p in GOLDEN.iterdir())
    assert sorted(p.name for p in version.iterdir()) == sorted({*published_files, *manifest["derived"]})
    assert manifest["derived"] == ["catalog.sqlite", "catalog.xlsx", "datapackage.json", "metadata.yml", "validation"]
    for name in published_files:  # byte for byte: ids, lineage, bbox, issuers, qualifications, manifest
        assert (version / name).read_bytes() == (GOLDEN / name).read_bytes(), f"{name} differs from tests/golden/"


# --- the portal feed: every format holds the rows of entries.csv


def test_catalog_run_data_package_validates_with_frictionless(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    curated = published[0] / "curated"
    checked = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json"],
                             capture_output=True, text=True, cwd=curated, timeout=300)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "INVALID" not in checked.stdout and checked.stdout.count("VALID") >= 14
    top = json.loads((curated / "datapackage.json").read_text(encoding="utf-8"))
    assert top["version"] == GOLDEN_VERSION
    assert top["resources"][0]["path"] == f"versions/{GOLDEN_VERSION}/entries.csv"
    assert {s["path"] for s in top["sources"]} == {f"raw/{p.name}" for p in RAW.iterdir()}


def test_catalog_run_every_format_holds_the_rows_of_entries_csv(
    published: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    import sqlite3

    import openpyxl

    curated = published[0] / "curated"
    entries = pd.read_csv(curated / "entries.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    ids = entries["entry_id"].tolist()
    assert pd.read_parquet(curated / "entries.parquet")["entry_id"].tolist() == ids
    with sqlite3.connect(f"file:{curated / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        assert [r[0] for r in db.execute("select entry_id from entries order by rowid")] == ids
        for table in ("notices", "issuers", "qualifications", "comparison", "rejected", "review"):
            csv = pd.read_csv(curated / f"{table}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
            assert db.execute(f"select count(*) from {table}").fetchone()[0] == len(csv), table
    book = openpyxl.load_workbook(curated / "catalog.xlsx", read_only=True)
    in_sheets = []
    for city in entries["city"].drop_duplicates():
        rows = list(book[city].iter_rows(min_row=2, values_only=True))
        in_sheets += [r[0] for r in rows]
    assert in_sheets == ids


def test_catalog_run_keeps_data_docs_beside_the_version(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, result = published
    index = work / "curated" / "versions" / GOLDEN_VERSION / "validation" / "index.html"
    assert index.is_file()
    assert f"report    {index}" in result.stdout  # the summary says where the report is
    pages = sorted(p.parent.parent.parent.name for p in index.parent.glob("validations/*/*/*/*.html"))
    assert pages == ["entries", "notices"]
    text = index.read_text(encoding="utf-8")
    assert "<h2>entries: 通过 passed</h2><p>113 行 rows checked against 10 条规则 rules, every rule passed.</p>" in text
    assert "<h2>notices: 通过 passed</h2><p>2 行 rows checked against 6 条规则 rules, every rule passed.</p>" in text
    assert "progress" not in result.stderr.lower() and "%|" not in result.stderr  # no GX progress bars


@pytest.mark.slow
def test_catalog_run_reads_again_what_changed(tmp_path: Path) -> None:
    """Nothing new is answered from the last run; a changed raw/ runs the flow (documents that did
    not change come from the extraction cache) and publishes what the files now say."""
    (tmp_path / "raw").mkdir()
    for name in ("wuxi-2021-49.docx", "taizhou-2022-30.docx"):
        shutil.copy(RAW / name, tmp_path / "raw" / name)
    args = ("run", "--raw", str(tmp_path / "raw"), "--curated", str(tmp_path / "curated"), "--json")
    first, again = (json.loads(run_cli(*args, home=tmp_path).stdout) for _ in range(2))
    assert (first["nothing_new"], again["nothing_new"], again["version"]) == (False, True, first["version"])
    (tmp_path / "raw" / "taizhou-2022-30.docx").unlink()
    changed = json.loads(run_cli(*args, home=tmp_path).stdout)
    assert changed["nothing_new"] is False and changed["status"] == "published"
    assert changed["counts"]["entries published"] == 61
    cached = list((tmp_path / ".catalog" / "cache" / "extract").glob("*/*.pickle"))
    assert len(cached) == 2  # one per file read, kept by content hash


def test_catalog_run_writes_one_line_to_the_run_log(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, _ = published
    lines = (work / ".catalog" / "logs" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])  # later tests of this module run again: nothing new writes nothing
    assert (first["events"], first["trigger"], first["version"], first["entries"], first["exit_code"]) == (
        ["published"], "run", GOLDEN_VERSION, 113, 0)
    assert sorted(n["doc_number"] for n in first["notices"]) == ["泰职办〔2022〕30号", "锡人社职〔2021〕49号"]
    assert len(lines) == 1 or all("published" not in json.loads(line)["events"] for line in lines[1:])
