"""What changed between versions: a later publish of the same notice that changes one title,
drops one row and adds one, published through the real publish step."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from catalog.cli import main
from core.errors import UserError
from normalize.decisions import Decision, Decisions
from normalize.issuers import cell_to_issuer, issuer_item_id
from normalize.registry import load_registry
from pipeline.changes import changes_since, entries_to_changes, resolve_versions, version_entries
from pipeline.ingest import file_to_result
from pipeline.publish import publish, render
from pipeline.release import results_to_release
from tests.flows.test_review_loop import HEADER, INTRO, ROWS
from tests.make_documents import DocxLayout, write_catalog_docx

AMENDED = (
    ROWS[0],
    (*ROWS[1][:4], "高级工程师", ROWS[1][5]),  # 序号 2: 工程师 → 高级工程师
)  # fmt: skip  序号 3 withdrawn (序号 run 1, 2: a catalog that skips a 序号 is held back, never published)


def publish_docx(work: Path, name: str, rows: tuple[tuple[str, ...], ...], copy_of: Path | None = None) -> str:
    """Publish one notice (南通, 通人社职〔2024〕5号) printed with `rows` (or the bytes of an
    earlier print: a .docx written again differs in its timestamps); returns the version."""
    raw = work / name
    raw.mkdir()
    if copy_of is not None:
        (raw / "nantong.docx").write_bytes(copy_of.read_bytes())
    else:
        write_catalog_docx(raw / "nantong.docx", HEADER, rows, DocxLayout(intro=INTRO))
    release = results_to_release([file_to_result(raw / "nantong.docx", raw)], load_registry(), Decisions())
    curated = work / "curated"
    return publish(render(release.tables), {}, curated, changes_since(curated, release.tables["entries"])).version


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    work = tmp_path_factory.mktemp("changes")
    first = publish_docx(work, "raw1", ROWS)
    second = publish_docx(work, "raw2", AMENDED)
    return work / "curated", first, second


def test_changes_added_removed_changed_by_field(two_versions: tuple[Path, str, str]) -> None:
    curated, first, second = two_versions
    found = entries_to_changes(version_entries(curated, first), version_entries(curated, second))
    assert [(c.change, c.entry["seq"], c.fields) for c in found] == [
        ("changed", "2", (("title", "工程师", "高级工程师"),)),
        ("removed", "3", ()),
    ]
    assert {c.entry["doc_number"] for c in found} == {"通人社职〔2024〕5号"}  # the notice that caused each
    # curated/ links every file of the current version but its manifest (mutmut maps a module
    # fixture's calls to the first test that uses it, so this test checks the links too)
    links = sorted(p.name for p in curated.iterdir() if p.is_symlink() and p.name not in ("current", "latest"))
    unlinked = ("manifest.json", "datapackage.json")  # curated/datapackage.json is a file naming the version's files
    assert links == sorted(p.name for p in (curated / "versions" / second).iterdir() if p.name not in unlinked)
    assert {"changes.csv", "redirects.csv"} <= set(links)


def test_changes_csv_kept_in_each_version(two_versions: tuple[Path, str, str]) -> None:
    curated, first, second = two_versions
    later = pd.read_csv(curated / "versions" / second / "changes.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert later[["change", "seq", "fields", "from_version", "to_version"]].values.tolist() == [
        ["changed", "2", '{"title": ["工程师", "高级工程师"]}', first, second],
        ["removed", "3", "", first, second],
    ]
    earliest = pd.read_csv(curated / "versions" / first / "changes.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert earliest["change"].tolist() == ["added"] * 3 and set(earliest["from_version"]) == {""}
    assert (curated / "changes.csv").resolve() == (curated / "versions" / second / "changes.csv").resolve()
    links = sorted(p.name for p in curated.iterdir() if p.is_symlink() and p.name not in ("current", "latest"))
    unlinked = ("manifest.json", "datapackage.json")  # curated/datapackage.json is a file naming the version's files
    assert links == sorted(p.name for p in (curated / "versions" / second).iterdir() if p.name not in unlinked)
    manifest = json.loads((curated / "versions" / second / "manifest.json").read_text(encoding="utf-8"))
    assert "changes.csv" in manifest["files"]


def test_changes_do_not_change_the_version_name(two_versions: tuple[Path, str, str], tmp_path: Path) -> None:
    # The same input published with another history gets the same name: changes.csv is not hashed.
    curated, _, second = two_versions
    assert publish_docx(tmp_path, "raw", AMENDED, copy_of=curated.parent / "raw2" / "nantong.docx") == second


def test_changes_versions_default_to_the_last_two_and_take_prefixes(two_versions: tuple[Path, str, str]) -> None:
    curated, first, second = two_versions
    assert resolve_versions(curated, None, None) == (first, second)
    assert resolve_versions(curated, first[:6], None) == (first, second)
    assert resolve_versions(curated, second[:8], first[:8]) == (second, first)
    with pytest.raises(UserError, match="'zzz' names no published version"):
        resolve_versions(curated, "zzz", None)


def test_changes_cli_text_and_json(two_versions: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    curated, first, second = two_versions
    assert main(["changes", "--curated", str(curated)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"catalog changes: {first} → {second} in {curated}: 0 added, 1 removed, 1 changed"
    assert lines[1].startswith("  changed  entry-") and lines[1].endswith(
        f"南通 通人社职〔2024〕5号 序号 2  {ROWS[1][1]}  title: '工程师' → '高级工程师'")
    assert main(["changes", "--curated", str(curated), "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["change"], r["city"], r["fields"]) for r in records] == [
        ("changed", "南通", {"title": ["工程师", "高级工程师"]}), ("removed", "南通", {})]
    assert all(r["entry_id"].startswith("entry-") and r["qualification_id"].startswith("qual-") for r in records)


def test_changes_cli_before_any_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["changes", "--curated", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"catalog changes: nothing has been published in {tmp_path}")


def test_changes_redirect_ids_a_steward_decision_replaced(tmp_path: Path) -> None:
    # First run: the dyers' society is provisional (issx-…); a steward accepts iss-sdc; the next
    # publish retires the provisional issuer id and both qualification ids built on it.
    raw = tmp_path / "raw"
    raw.mkdir()
    write_catalog_docx(raw / "nantong.docx", HEADER, ROWS, DocxLayout(intro=INTRO))
    curated = tmp_path / "curated"
    versions, entries = [], []
    for decisions in (Decisions(), Decisions((Decision(issuer_item_id(cell_to_issuer(ROWS[0][3])), "issuer", ROWS[0][3],
                                                       "accept", "iss-sdc", "w", "2026-12-01T08:00:00+00:00"),))):
        release = results_to_release([file_to_result(raw / "nantong.docx", raw)], load_registry(), decisions)
        versions.append(publish(render(release.tables), {}, curated, changes_since(curated, release.tables["entries"])).version)
        entries.append(release.tables["entries"])
    before, after = entries
    redirects = pd.read_csv(curated / "versions" / versions[1] / "redirects.csv", dtype=str, keep_default_na=False,
                            encoding="utf-8-sig")  # fmt: skip
    expected = sorted([("issuer", before["issuer_id"][0], "iss-sdc", versions[1])] + [
        ("qualification", before["qualification_id"][i], after["qualification_id"][i], versions[1]) for i in (0, 1)])
    assert sorted(map(tuple, redirects.values.tolist())) == expected
    assert before["issuer_id"][0].startswith("issx-") and before["qualification_id"][0] != after["qualification_id"][0]
    first = pd.read_csv(curated / "versions" / versions[0] / "redirects.csv", encoding="utf-8-sig")
    assert first.empty and list(first.columns) == ["kind", "old_id", "new_id", "since_version"]
