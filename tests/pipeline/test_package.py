"""datapackage.json: a Frictionless Data Package of the golden version, validated by frictionless."""

import hashlib
import json
from pathlib import Path

import pytest

from core.errors import PublishError
from pipeline.package import check_package, data_package, package_bytes, pointing_into, sources_of
from pipeline.publish import render
from pipeline.schema import SCHEMAS
from tests.notices import GOLDEN, golden_tables

TABLES = {name: golden_tables()[name] for name in SCHEMAS}  # entries first, as published


def write_version(folder: Path, tables: dict, version: str = "f00d") -> dict:
    """A version folder as publish writes it, and its package (not yet validated)."""
    files = render(tables)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return data_package(tables, files, version, sources_of(tables["notices"]))


def test_package_of_golden_version_validates_with_frictionless(tmp_path: Path) -> None:
    descriptor = write_version(tmp_path, TABLES)
    check_package(descriptor, str(tmp_path))  # types, primary and foreign keys, hashes: raises if not valid
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert list(resources)[:10] == list(TABLES)  # the tables, then the other files
    entries = resources["entries"]
    assert entries["path"] == "entries.csv" and entries["encoding"] == "utf-8-sig"
    assert entries["hash"] == "sha256:" + hashlib.sha256((GOLDEN / "entries.csv").read_bytes()).hexdigest()
    assert entries["schema"]["primaryKey"] == ["entry_id"]
    assert {k["reference"]["resource"] for k in entries["schema"]["foreignKeys"]} == {
        "notices", "issuers", "qualifications"}  # fmt: skip
    fields = {f["name"]: f for f in entries["schema"]["fields"]}
    assert (fields["seq"]["type"], fields["seq"]["title"], fields["seq"]["constraints"]) == (
        "integer", "序号", {"required": True})  # fmt: skip
    assert fields["in_force"]["type"] == "boolean"
    notices = {f["name"]: f["type"] for f in resources["notices"]["schema"]["fields"]}
    assert (notices["issue_date"], notices["entries"]) == ("date", "integer")
    assert resources["entries-parquet"]["mediatype"] == "application/vnd.apache.parquet"
    assert descriptor["version"] == "f00d"


def test_package_sources_are_every_file_of_every_notice_with_its_hash() -> None:
    sources = sources_of(TABLES["notices"])
    assert len(sources) == 6
    assert {s.file for s in sources} == {f"{n}.{x}" for n in ("wuxi-2021-49", "taizhou-2022-30")
                                         for x in ("pdf", "docx", "html")}  # fmt: skip
    wuxi_pdf = next(s for s in sources if s.file == "wuxi-2021-49.pdf")
    assert (wuxi_pdf.notice, wuxi_pdf.sha256[:12]) == ("锡人社职〔2021〕49号", "8606dcbecc65")


def test_package_refuses_an_entry_whose_issuer_is_not_published(tmp_path: Path) -> None:
    issuers = TABLES["issuers"]
    broken = {**TABLES, "issuers": issuers[issuers["issuer_id"] != "iss-acrp"].reset_index(drop=True)}
    descriptor = write_version(tmp_path, broken)
    with pytest.raises(PublishError, match="foreign key"):
        check_package(descriptor, str(tmp_path))


def test_package_refuses_a_file_changed_after_hashing(tmp_path: Path) -> None:
    descriptor = write_version(tmp_path, TABLES)
    (tmp_path / "notices.csv").write_bytes((tmp_path / "notices.csv").read_bytes().replace(b"2022-10-10", b"2022-10-11"))
    with pytest.raises(PublishError, match="hash"):
        check_package(descriptor, str(tmp_path))


def test_package_refuses_a_duplicate_primary_key(tmp_path: Path) -> None:
    notices = TABLES["notices"]
    doubled = notices.copy()
    doubled.loc[1, "notice_id"] = doubled.loc[0, "notice_id"]
    descriptor = write_version(tmp_path, {**TABLES, "notices": doubled})
    with pytest.raises(PublishError, match="primary key|unique"):
        check_package(descriptor, str(tmp_path))


def test_package_pointing_into_a_version_folder(tmp_path: Path) -> None:
    descriptor = write_version(tmp_path / "versions" / "f00d", TABLES)
    top = pointing_into(descriptor, "versions/f00d")
    assert top["resources"][0]["path"] == "versions/f00d/entries.csv"
    check_package(top, str(tmp_path))
    assert json.loads(package_bytes(top).decode("utf-8")) == top


def test_package_types_match_the_typed_parquet(tmp_path: Path) -> None:
    import io

    import pyarrow.parquet as pq

    files = render(TABLES)
    descriptor = data_package(TABLES, files, "f00d", sources_of(TABLES["notices"]))
    arrow = {"string": "string", "integer": "int64", "number": "double", "boolean": "bool", "date": "date32[day]"}
    parquet = [r for r in descriptor["resources"] if r["path"].endswith(".parquet")]
    assert [r["path"] for r in parquet] == ["entries.parquet", "issuers.parquet", "notices.parquet",
                                            "qualifications.parquet"]  # fmt: skip
    for resource in parquet:
        table = resource["path"].removesuffix(".parquet")
        fields = next(r for r in descriptor["resources"] if r["name"] == table)["schema"]["fields"]
        schema = pq.read_schema(io.BytesIO(files[resource["path"]]))
        assert [(f.name, str(f.type)) for f in schema] == [(f["name"], arrow[f["type"]]) for f in fields], table
        assert [not f.nullable for f in schema] == [f.get("constraints", {}).get("required", False) for f in fields]
