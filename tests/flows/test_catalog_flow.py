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

GOLDEN = ROOT / "tests" / "golden" / "bundled"
# The version the bundled notices publish: the hash of every published file's bytes. It changes
# only when published output changes; then review the diff of tests/golden/ and update both
# (UPDATE_GOLDEN=1 rewrites the files; this constant is edited by hand, on purpose).
GOLDEN_VERSION = "f63a90870ed3d498"
CITIES = {"wuxi-2021-49": ("无锡", "锡人社职〔2021〕49号"), "taizhou-2022-30": ("泰州", "泰职办〔2022〕30号")}
PUBLISHED = ["seq", "qualification", "qualification_zh", "issuer", "title", "series"]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`catalog ARGS` as a steward runs it, on the checkout's code, from the work folder `home`."""
    env = {**os.environ, "PREFECT_HOME": str(home / ".prefect"), "PYTHONPATH": str(ROOT)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "catalog.cli", *args], capture_output=True, text=True, env=env, timeout=600, cwd=home
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    work = tmp_path_factory.mktemp("e2e")
    shutil.copytree(RAW, work / "raw")
    result = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)
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
    assert report["counts"]["entries published"] == 113 and report["paths"]["curated"] == str(work / "curated")
    after = {p.name: p.read_bytes() for p in (work / "curated").glob("*.csv") if p.name != "versions.csv"}
    assert after == before


def test_catalog_run_publishes_the_golden_version(published: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    work, result = published
    curated = work / "curated"
    version = curated / "versions" / GOLDEN_VERSION
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree((curated / "current").resolve(), GOLDEN)
    assert f"published new version {GOLDEN_VERSION} " in result.stdout, result.stdout
    assert (curated / "current").resolve() == version.resolve()
    published_files = sorted(p.name for p in version.iterdir())
    assert published_files == sorted(p.name for p in GOLDEN.iterdir())
    for name in published_files:  # byte for byte: ids, lineage, bbox, issuers, qualifications, manifest
        assert (version / name).read_bytes() == (GOLDEN / name).read_bytes(), f"{name} differs from tests/golden/"
