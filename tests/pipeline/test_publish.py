"""Versioned, atomic publishing of curated/."""

from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pytest

from core.errors import PublishLocked
from pipeline.publish import current_version, publish, publish_lock, render
from tests.notices import golden_tables

GOLDEN = golden_tables()


def tables(n: int) -> dict[str, pd.DataFrame]:
    """The first n golden entries and the notices: tables as published, with their schemas' columns."""
    return {"entries": GOLDEN["entries"].head(n), "notices": GOLDEN["notices"]}


def test_publish_first_version_links_current_and_stable_paths(tmp_path: Path) -> None:
    published = publish(render(tables(2)), {"entries": 2}, tmp_path)
    assert published.changed and current_version(tmp_path) == published.version
    data = (tmp_path / "entries.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    assert "泰州" in data.decode("utf-8-sig")
    ids = GOLDEN["entries"]["entry_id"].head(2).tolist()
    assert pd.read_parquet(tmp_path / "entries.parquet")["entry_id"].tolist() == ids
    assert (tmp_path / "latest").resolve() == published.path.resolve()
    assert (tmp_path / "versions" / published.version / "manifest.json").exists()


def test_publish_same_input_publishes_nothing_new(tmp_path: Path) -> None:
    first = publish(render(tables(2)), {}, tmp_path)
    again = publish(render(tables(2)), {}, tmp_path)
    assert (again.version, again.changed) == (first.version, False)
    assert len(list((tmp_path / "versions").iterdir())) == 1
    assert len((tmp_path / "versions.csv").read_text(encoding="utf-8-sig").splitlines()) == 2


def test_publish_render_is_byte_identical(tmp_path: Path) -> None:
    assert render(tables(3)) == render(tables(3))


def test_publish_new_version_switches_and_keeps_old(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {}, tmp_path)
    second = publish(render(tables(2)), {}, tmp_path)
    assert first.version != second.version and current_version(tmp_path) == second.version
    assert (tmp_path / "versions" / first.version / "entries.csv").exists()
    assert len(pd.read_csv(tmp_path / "entries.csv")) == 2


def test_publish_lock_second_holder_stops_with_message(tmp_path: Path) -> None:
    with publish_lock(tmp_path):
        with pytest.raises(PublishLocked, match="being published by pid"):
            with publish_lock(tmp_path, wait_seconds=0.3):
                pass
    with publish_lock(tmp_path):  # released: the next run gets it
        pass


# --- exact bytes of a version: CSV, Parquet, manifest, version name, publish log

import hashlib  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from datetime import datetime, timezone  # noqa: E402

import pyarrow.parquet as pq  # noqa: E402

from core.errors import PublishError  # noqa: E402
from pipeline.publish import STAGING_PREFIX, frame_to_csv, frame_to_parquet, version_of  # noqa: E402
from pipeline.schema import SCHEMAS  # noqa: E402


def test_publish_csv_bytes_bom_lf_no_index() -> None:
    frame = pd.DataFrame({"seq": ["1", "2"], "city": ["无锡", "泰州, 江苏"]}, index=[5, 7]).astype("string")
    assert frame_to_csv(frame) == "\ufeffseq,city\n1,无锡\n2,\"泰州, 江苏\"\n".encode("utf-8")


def test_publish_parquet_typed_by_schema_no_index_zstd() -> None:
    frame = GOLDEN["entries"].iloc[[0, 1]].copy()
    frame.index = [5, 7]
    frame.loc[7, "source_page"] = ""  # a DOCX row has no page: null, not 0 and not ""
    data = frame_to_parquet(frame, SCHEMAS["entries"])
    table = pq.read_table(io.BytesIO(data))
    assert table.column_names == list(frame.columns)
    types = {f.name: str(f.type) for f in table.schema}
    assert (types["seq"], types["source_page"], types["in_force"], types["issuer_match_score"], types["city"]) == (
        "int64", "int64", "bool", "double", "string")
    rows = table.to_pydict()
    assert (rows["seq"], rows["source_page"], rows["in_force"]) == ([1, 2], [4, None], [True, True])
    assert rows["entry_id"] == frame["entry_id"].tolist()
    assert not table.schema.field("seq").nullable and table.schema.field("source_page").nullable
    assert table.schema.field("seq").metadata[b"title"].decode() == "序号"
    assert json.loads(table.schema.metadata[b"pandas"])["index_columns"] == []  # no pandas index, not even a range
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert {meta.row_group(0).column(i).compression for i in range(2)} == {"ZSTD"}


def test_publish_parquet_dates_are_dates() -> None:
    table = pq.read_table(io.BytesIO(frame_to_parquet(GOLDEN["notices"], SCHEMAS["notices"])))
    assert str(table.schema.field("issue_date").type) == "date32[day]"
    assert [d.isoformat() for d in table.column("issue_date").to_pylist()] == GOLDEN["notices"]["issue_date"].tolist()
    assert table.column("entries").to_pylist() == [52, 61]


def test_publish_render_refuses_a_column_without_schema() -> None:
    extra = {"entries": GOLDEN["entries"].assign(surprise="x"), "notices": GOLDEN["notices"]}
    with pytest.raises(PublishError, match="table 'entries' has columns .* its schema says"):
        render(extra)


def test_publish_version_is_16_hex_of_names_and_bytes() -> None:
    files = {"b.csv": b"2", "a.csv": b"1"}
    digest = hashlib.sha256()
    for name in ("a.csv", "b.csv"):  # the README's rule: names in order, each with the hash of its bytes
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    version = version_of(files)
    assert version == digest.hexdigest()[:16] and re.fullmatch(r"[0-9a-f]{16}", version)
    assert version_of({"a.csv": b"1", "b.csv": b"2"}) == version  # order of the mapping does not matter
    assert version_of({"a.csv": b"2", "b.csv": b"1"}) != version
    assert version_of({"a.csv1": b"", "b.csv": b"2"}) != version_of({"a.csv": b"1", "b.csv": b"2"})


def test_publish_manifest_lists_counts_version_and_file_hashes(tmp_path: Path) -> None:
    files = render(tables(1))
    published = publish(files, {"entries": 1, "city": "无锡"}, tmp_path)
    text = (published.path / "manifest.json").read_text(encoding="utf-8")
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    assert text == (
        "{\n"
        '  "city": "无锡",\n'
        '  "derived": [],\n'
        '  "entries": 1,\n'
        '  "files": {\n'
        f'    "entries.csv": "{hashes["entries.csv"]}",\n'
        f'    "entries.parquet": "{hashes["entries.parquet"]}",\n'
        f'    "notices.csv": "{hashes["notices.csv"]}",\n'
        f'    "notices.parquet": "{hashes["notices.parquet"]}"\n'
        "  },\n"
        f'  "version": "{published.version}"\n'
        "}\n"
    )
    for name, data in files.items():
        assert (published.path / name).read_bytes() == data and (tmp_path / name).read_bytes() == data


def test_publish_returns_the_version_folder(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {}, tmp_path)
    again = publish(render(tables(1)), {}, tmp_path)
    assert first.path == again.path == tmp_path / "versions" / first.version
    assert (first.changed, again.changed) == (True, False)


def test_publish_into_a_folder_not_yet_made(tmp_path: Path) -> None:
    curated = tmp_path / "new" / "curated"
    published = publish(render(tables(1)), {}, curated)
    assert current_version(curated) == published.version


def test_publish_log_rows_with_counts_and_one_bom(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {"entries": 1, "notices": 1, "rejected": 0}, tmp_path)
    second = publish(render(tables(3)), {"entries": 3}, tmp_path)  # counts the manifest lacks stay empty
    data = (tmp_path / "versions.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfversion,") and data.count(b"\xef\xbb\xbf") == 1 and data.endswith(b"\n")
    lines = data.decode("utf-8-sig").split("\n")
    assert lines[0] == "version,published_at,entries,notices,rejected" and lines[3] == ""
    rows = [line.split(",") for line in lines[1:3]]
    assert [[r[0], *r[2:]] for r in rows] == [[first.version, "1", "1", "0"], [second.version, "3", "", ""]]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", r[1]) for r in rows)


def test_publish_recovers_staging_leftovers(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {}, tmp_path)
    staging = tmp_path / "versions" / f"{STAGING_PREFIX}abc-1"
    staging.mkdir()
    (staging / "entries.csv").write_bytes(b"partial")
    (tmp_path / f"{STAGING_PREFIX}current-1").symlink_to("versions/abc")
    (tmp_path / f"{STAGING_PREFIX}versions.csv-1").write_bytes(b"partial")
    second = publish(render(tables(2)), {}, tmp_path)
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == sorted([first.version, second.version])
    assert sorted(p.name for p in tmp_path.glob(f"{STAGING_PREFIX}*")) == []
    assert len(pd.read_csv(tmp_path / "entries.csv")) == 2


def test_publish_unwritable_curated_is_a_publish_error(tmp_path: Path) -> None:
    curated = tmp_path / "curated"
    curated.write_text("a file where the folder should be")
    with pytest.raises(PublishError) as raised:
        publish(render(tables(1)), {}, curated)
    assert str(raised.value) == f"could not write {curated}: Not a directory"


def test_publish_log_time_is_utc_whatever_the_local_zone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # UTC+8, no daylight saving
    time.tzset()
    try:
        publish(render(tables(1)), {}, tmp_path)
    finally:
        monkeypatch.undo()
        time.tzset()
    stamp = (tmp_path / "versions.csv").read_text(encoding="utf-8-sig").splitlines()[1].split(",")[1]
    written = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert abs((datetime.now(timezone.utc) - written).total_seconds()) < 600


def test_publish_leftover_that_cannot_be_removed_does_not_stop_it(tmp_path: Path) -> None:
    publish(render(tables(1)), {}, tmp_path)
    stray = tmp_path / "versions" / f"{STAGING_PREFIX}stray"
    stray.write_bytes(b"not a staging folder")  # rmtree cannot remove a file: recovery skips it
    second = publish(render(tables(2)), {}, tmp_path)
    assert second.changed and current_version(tmp_path) == second.version


# --- extras (the portal feed) are written into the version before it is renamed into place


def write_extras(version: str, files: Mapping[str, bytes], folder: Path) -> None:
    (folder / "catalog.sqlite").write_bytes(b"db of " + version.encode())
    descriptor = {"name": "p", "version": version, "resources": [{"name": n, "path": n} for n in sorted(files)]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


def test_publish_extras_go_into_the_version_unhashed(tmp_path: Path) -> None:
    plain = publish(render(tables(1)), {}, tmp_path / "a")
    published = publish(render(tables(1)), {}, tmp_path / "b", extras=write_extras)
    assert published.version == plain.version  # extras are not part of the version's name
    assert (published.path / "catalog.sqlite").read_bytes() == b"db of " + published.version.encode()
    manifest = json.loads((published.path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["derived"] == ["catalog.sqlite", "datapackage.json"]
    assert (tmp_path / "b" / "catalog.sqlite").read_bytes() == (published.path / "catalog.sqlite").read_bytes()


def test_publish_top_datapackage_names_the_version_files(tmp_path: Path) -> None:
    published = publish(render(tables(1)), {}, tmp_path, extras=write_extras)
    top = tmp_path / "datapackage.json"
    assert not top.is_symlink()  # one read gives one whole version, whatever is published meanwhile
    paths = [r["path"] for r in json.loads(top.read_text(encoding="utf-8"))["resources"]]
    assert paths == [f"versions/{published.version}/{n}" for n in sorted(render(tables(1)))]
    assert all((tmp_path / p).is_file() for p in paths)
    inner = json.loads((published.path / "datapackage.json").read_text(encoding="utf-8"))
    assert inner["resources"][0]["path"] == "entries.csv"


def test_publish_version_without_package_removes_the_top_one(tmp_path: Path) -> None:
    publish(render(tables(1)), {}, tmp_path, extras=write_extras)
    publish(render(tables(2)), {}, tmp_path)  # no extras: no package in this version
    assert not (tmp_path / "datapackage.json").exists()  # never another version's package


def test_publish_failing_extras_publish_nothing(tmp_path: Path) -> None:
    first = publish(render(tables(1)), {}, tmp_path)

    def broken(version: str, files: Mapping[str, bytes], folder: Path) -> None:
        (folder / "catalog.sqlite").write_bytes(b"half")
        raise PublishError("the data package does not validate")

    with pytest.raises(PublishError, match="does not validate"):
        publish(render(tables(2)), {}, tmp_path, extras=broken)
    assert current_version(tmp_path) == first.version
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == [first.version]  # no staging left
    assert len(pd.read_csv(tmp_path / "entries.csv")) == 1
