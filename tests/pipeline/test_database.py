"""catalog.sqlite and metadata.yml on the golden tables: typed, keyed, searchable, and served by Datasette."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import closing
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from core.errors import PublishError
from pipeline.database import FTS_COLUMNS, SEARCH_COLUMNS, datasette_metadata, write_catalog_sqlite
from pipeline.schema import BOOLEAN, DATE, INTEGER, NUMBER, SCHEMAS, STRING
from tests.notices import golden_tables

VERSION = "b7cfea6ce80a61f2"
SQLITE_TYPES = {STRING: "TEXT", INTEGER: "INTEGER", NUMBER: "REAL", BOOLEAN: "INTEGER", DATE: "TEXT"}
VALUE_TYPES = {STRING: "text", INTEGER: "integer", NUMBER: "real", BOOLEAN: "integer", DATE: "text"}
TWO_CHARACTERS = "临床"  # 14 entries: in qualification_zh and in the issuers' names
THREE_CHARACTERS = "工程师"  # 47 entries


@pytest.fixture(scope="module")
def golden() -> dict[str, pd.DataFrame]:
    return golden_tables()


@pytest.fixture(scope="module")
def catalog(golden: dict[str, pd.DataFrame], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("catalog") / "catalog.sqlite"
    write_catalog_sqlite(golden, path)
    return path


def connect(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def as_text(value: object, kind: str) -> str:
    """A SQLite or JSON value as the CSV prints it."""
    if value is None:
        return ""
    if kind == BOOLEAN:
        assert value in (0, 1), value
        return "true" if value else "false"
    return str(value)


def to_csv_text(rows: list[dict[str, object]], table: str, columns: list[str]) -> pd.DataFrame:
    schema = SCHEMAS[table]
    text = [{c: as_text(row[c], schema.column(c).type) for c in columns} for row in rows]
    return pd.DataFrame(text, columns=columns, dtype=object)


def select_all(path: Path, table: str) -> list[dict[str, object]]:
    with connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(f'select * from "{table}" order by rowid')]


def containing(frame: pd.DataFrame, columns: tuple[str, ...], query: str) -> pd.Series:
    return frame[list(columns)].apply(lambda column: column.str.contains(query, regex=False)).any(axis=1)


def search_sql(golden: dict[str, pd.DataFrame]) -> str:
    metadata = yaml.safe_load(datasette_metadata(golden, VERSION))
    return str(metadata["databases"]["catalog"]["queries"]["search"]["sql"])


# --- tables, rows, values


def test_database_tables_keep_csv_columns_and_row_counts(catalog: Path, golden: dict[str, pd.DataFrame]) -> None:
    assert len(golden["entries"]) == 113
    with connect(catalog) as conn:
        for name, frame in golden.items():
            columns = [row[1] for row in conn.execute(f'pragma table_info("{name}")')]
            assert columns == list(frame.columns), name
            assert conn.execute(f'select count(*) from "{name}"').fetchone()[0] == len(frame), name


@pytest.mark.parametrize("table", ["entries", "notices", "issuers", "qualifications", "comparison"])
def test_database_round_trip_gives_back_csv_text(catalog: Path, golden: dict[str, pd.DataFrame], table: str) -> None:
    expected = golden[table]
    got = to_csv_text(select_all(catalog, table), table, list(expected.columns))
    pd.testing.assert_frame_equal(got, expected.astype(object))


def test_database_entries_values_are_typed(catalog: Path) -> None:
    first = select_all(catalog, "entries")[0]
    assert (first["seq"], first["part"], first["source_page"]) == (1, 1, 4)
    assert (first["issuer_match_score"], first["in_force"], first["checks"]) == (100.0, 1, None)


def test_database_column_types_follow_schema(catalog: Path, golden: dict[str, pd.DataFrame]) -> None:
    with connect(catalog) as conn:
        for name, frame in golden.items():
            schema = SCHEMAS[name]
            declared = {row[1]: row[2] for row in conn.execute(f'pragma table_info("{name}")')}
            for column in schema.columns_of(frame):
                assert declared[column.name] == SQLITE_TYPES[column.type], (name, column.name)
                stored = {row[0] for row in conn.execute(f'select distinct typeof("{column.name}") from "{name}"')}
                assert stored <= {VALUE_TYPES[column.type], "null"}, (name, column.name, stored)
            keys = [
                row[1] for row in sorted(conn.execute(f'pragma table_info("{name}")'), key=lambda r: r[5]) if row[5]
            ]
            assert tuple(keys) == schema.primary_key, name
        assert {row[0] for row in conn.execute("select distinct in_force from entries")} == {1}
        assert conn.execute("select issue_date from notices order by rowid").fetchall() == [
            ("2022-10-10",),
            ("2021-12-13",),
        ]


def test_database_foreign_keys_hold(catalog: Path) -> None:
    with connect(catalog) as conn:
        declared = {(table, row[3], row[2], row[4]) for table in ("entries", "qualifications")
                    for row in conn.execute(f"pragma foreign_key_list({table})")}  # fmt: skip
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert declared == {
        ("entries", "notice_id", "notices", "notice_id"),
        ("entries", "issuer_id", "issuers", "issuer_id"),
        ("entries", "qualification_id", "qualifications", "qualification_id"),
        ("qualifications", "issuer_id", "issuers", "issuer_id"),
    }


def test_database_indexes_exist(catalog: Path) -> None:
    with connect(catalog) as conn:
        indexed = {
            (table, conn.execute(f"pragma index_info({index})").fetchall()[0][2])
            for table in ("entries", "qualifications")
            for _, index, *_ in conn.execute(f"pragma index_list({table})")
            if not index.startswith("sqlite_autoindex")
        }
    entries = {"notice_id", "issuer_id", "qualification_id", "city", "title", "series"}
    assert indexed == {("entries", c) for c in entries} | {("qualifications", "issuer_id")}


def test_database_same_tables_same_rows(golden: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    write_catalog_sqlite(golden, first)
    write_catalog_sqlite(golden, second)
    with connect(first) as a, connect(second) as b:
        assert list(a.iterdump()) == list(b.iterdump())


def test_database_leaves_no_journal(golden: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    write_catalog_sqlite(golden, tmp_path / "catalog.sqlite")
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.sqlite"]


def test_database_existing_file_is_not_overwritten(golden: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    path.write_bytes(b"an earlier file")
    with pytest.raises(PublishError, match="already exists"):
        write_catalog_sqlite(golden, path)
    assert path.read_bytes() == b"an earlier file"


def test_database_bad_value_leaves_no_file(golden: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    entries = golden["entries"].copy()
    entries.loc[3, "seq"] = "四"
    with pytest.raises(PublishError, match="entries.seq"):
        write_catalog_sqlite({**golden, "entries": entries}, tmp_path / "catalog.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_database_entries_alone_have_no_dangling_foreign_keys(golden: dict[str, pd.DataFrame],
                                                              tmp_path: Path) -> None:  # fmt: skip
    write_catalog_sqlite({"entries": golden["entries"]}, tmp_path / "catalog.sqlite")
    with connect(tmp_path / "catalog.sqlite") as conn:
        assert conn.execute("pragma foreign_key_list(entries)").fetchall() == []
        assert conn.execute("select count(*) from entries_fts").fetchone()[0] == 113


# --- full-text search


@pytest.mark.parametrize(
    ("table", "key", "query"),
    [
        ("entries", "entry_id", THREE_CHARACTERS),
        ("entries", "entry_id", "临床研究"),
        ("qualifications", "qualification_id", "工程师"),
        ("issuers", "issuer_id", "工程师协会"),
    ],
)
def test_database_match_three_characters_finds_every_containing_row(
    catalog: Path, golden: dict[str, pd.DataFrame], table: str, key: str, query: str
) -> None:
    frame = golden[table]
    expected = frame[containing(frame, FTS_COLUMNS[table], query)][key].tolist()
    with connect(catalog) as conn:
        found = [row[0] for row in conn.execute(
            f"select t.{key} from {table} t join {table}_fts f on f.rowid = t.rowid "
            f"where {table}_fts match ? order by t.rowid", (f'"{query}"',))]  # fmt: skip
    assert expected and found == expected


def test_database_match_two_characters_finds_nothing(catalog: Path, golden: dict[str, pd.DataFrame]) -> None:
    # Why the canned search query exists: the trigram index cannot answer a 1-2 character query.
    assert containing(golden["entries"], FTS_COLUMNS["entries"], TWO_CHARACTERS).sum() == 14
    with connect(catalog) as conn:
        assert conn.execute("select rowid from entries_fts where entries_fts match ?", (f'"{TWO_CHARACTERS}"',)
                            ).fetchall() == []  # fmt: skip


@pytest.mark.parametrize("query", [TWO_CHARACTERS, "药", THREE_CHARACTERS, "ACRP", "%", "_", ""])
def test_database_search_query_finds_any_length(catalog: Path, golden: dict[str, pd.DataFrame], query: str) -> None:
    entries = golden["entries"]
    expected = entries[containing(entries, FTS_COLUMNS["entries"], query)]["entry_id"].tolist() if query else []
    with connect(catalog) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(search_sql(golden), {"q": query}).fetchall()
    assert [row["entry_id"] for row in rows] == expected
    assert not rows or list(rows[0].keys()) == list(SEARCH_COLUMNS)
    assert query not in (TWO_CHARACTERS, "药") or rows  # the short queries do find entries


# --- metadata.yml


def test_metadata_names_every_table_and_column(golden: dict[str, pd.DataFrame]) -> None:
    metadata = yaml.safe_load(datasette_metadata(golden, VERSION))
    assert VERSION in metadata["description"] and "International" in metadata["title"]
    tables = metadata["databases"]["catalog"]["tables"]
    for name, frame in golden.items():
        schema = SCHEMAS[name]
        assert tables[name]["title"] == f"{schema.title_zh} {schema.title_en}"
        assert list(tables[name]["columns"]) == list(frame.columns), name
    assert tables["entries"]["columns"]["seq"] == "序号 — 序号 as printed"
    assert tables["comparison"]["columns"]["无锡"].startswith("无锡 — Title this city recognizes")
    assert tables["issuers"]["columns"]["entries"] == "条目数 — Entries that name it"


def test_metadata_configures_search_facets_and_hidden_fts(golden: dict[str, pd.DataFrame]) -> None:
    database = yaml.safe_load(datasette_metadata(golden, VERSION, source="人社局", source_url="https://example.org"))
    entries = database["databases"]["catalog"]["tables"]["entries"]
    assert (entries["fts_table"], entries["fts_pk"]) == ("entries_fts", "rowid")
    assert "sort" not in entries  # `sort: rowid` breaks Datasette 0.65's HTML table page
    assert entries["facets"] == ["city", "title", "series", "in_force"]
    assert {"seq", "city", "title"} <= set(entries["sortable_columns"])
    tables = database["databases"]["catalog"]["tables"]
    for table in FTS_COLUMNS:
        for suffix in ("", "_data", "_idx", "_docsize", "_config"):
            assert tables[f"{table}_fts{suffix}"] == {"hidden": True}
    query = database["databases"]["catalog"]["queries"]["search"]
    assert (query["title"], query["params"]) == ("搜索 Search", ["q"])
    assert (database["source"], database["source_url"]) == ("人社局", "https://example.org")


# --- Datasette end to end

_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy


def get(url: str) -> tuple[Any, str]:
    """The JSON at `url` and the URL of its next page ("" on the last)."""
    with _HTTP.open(url, timeout=10) as response:
        body = json.load(response)
        link = re.search(r'<([^>]+)>;\s*rel="next"', response.headers.get("Link", ""))
    return body, link.group(1) if link else ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def datasette(golden: dict[str, pd.DataFrame], tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A Datasette serving catalog.sqlite with metadata.yml; its base URL. Stopped after the test."""
    write_catalog_sqlite(golden, tmp_path / "catalog.sqlite")
    (tmp_path / "metadata.yml").write_text(datasette_metadata(golden, VERSION), encoding="utf-8")
    port, stderr = free_port(), tmp_path / "datasette.stderr"
    with stderr.open("wb") as errors:
        server = subprocess.Popen(
            [sys.executable, "-m", "datasette", "serve", str(tmp_path / "catalog.sqlite"), "-m",
             str(tmp_path / "metadata.yml"), "-h", "127.0.0.1", "-p", str(port),
             "--setting", "max_returned_rows", "50",  # 113 entries come in three pages
             "--setting", "suggest_facets", "off"],
            stdout=subprocess.DEVNULL, stderr=errors,
        )  # fmt: skip

    def stop() -> None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    request.addfinalizer(stop)
    base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 30
    while True:
        try:
            get(f"{base}/-/versions.json")
            return base
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                state = f"exited with {server.returncode}" if server.poll() is not None else "no answer in 30 s"
                pytest.fail(f"datasette did not start ({state}); its stderr:\n"
                            + stderr.read_text(encoding="utf-8", errors="replace"))  # fmt: skip
            time.sleep(0.1)


@pytest.mark.slow
def test_database_datasette_serves_entries_search_and_query(datasette: str, golden: dict[str, pd.DataFrame]) -> None:
    entries = golden["entries"]
    rows: list[dict[str, object]] = []
    url, pages = f"{datasette}/catalog/entries.json?_shape=array&_size=max", 0
    while url:
        page, url = get(url)
        rows.extend(page)
        pages += 1
    assert pages == 3 and list(rows[0]) == list(entries.columns)
    by_id = entries.sort_values("entry_id").reset_index(drop=True)  # Datasette serves a keyed table in key order
    pd.testing.assert_frame_equal(to_csv_text(rows, "entries", list(entries.columns)), by_id.astype(object))

    q = urllib.parse.quote(TWO_CHARACTERS)
    found, _ = get(f"{datasette}/catalog/search.json?_shape=array&q={q}")
    expected = entries[containing(entries, FTS_COLUMNS["entries"], TWO_CHARACTERS)]
    assert [row["entry_id"] for row in found] == expected["entry_id"].tolist()
    columns = list(SEARCH_COLUMNS)
    pd.testing.assert_frame_equal(
        to_csv_text(found, "entries", columns), expected[columns].reset_index(drop=True).astype(object)
    )
    searched, _ = get(f"{datasette}/catalog/entries.json?_shape=array&_search={q}")
    assert searched == []  # the table's search box, like MATCH, needs three characters

    q = urllib.parse.quote(THREE_CHARACTERS)
    searched, _ = get(f"{datasette}/catalog/entries.json?_shape=objects&_size=max&_search={q}")
    expected = entries[containing(entries, FTS_COLUMNS["entries"], THREE_CHARACTERS)]
    assert searched["filtered_table_rows_count"] == len(expected) == 47
    assert [row["entry_id"] for row in searched["rows"]] == sorted(expected["entry_id"])


@pytest.mark.slow
def test_database_datasette_html_pages_a_steward_opens(datasette: str, golden: dict[str, pd.DataFrame]) -> None:
    def page(path: str) -> str:
        with _HTTP.open(f"{datasette}{path}", timeout=10) as response:
            assert response.status == 200, path
            return str(response.read().decode("utf-8"))

    assert "国际职业资格比照认定职称目录" in page("/") and "entries" in page("/catalog")
    for table in golden:
        assert SCHEMAS[table].title_zh in page(f"/catalog/{table}"), table
    entry = golden["entries"].iloc[0]
    assert str(entry["qualification"]) in page(f"/catalog/entries/{entry['entry_id']}")
    assert "city" in page("/catalog/entries?_facet=city")
    assert str(entry["qualification_zh"]) in page("/catalog/search?q=" + urllib.parse.quote(TWO_CHARACTERS))
