"""catalog.sqlite and metadata.yml: the published tables for Datasette, typed, keyed and searchable.

The SQLite file holds one table per published table, with the columns and rows of its CSV, each
value in its schema type (pipeline/schema.py), the schema's primary and foreign keys, indexes on
the columns portals filter by, and FTS5 full-text search with the trigram tokenizer. The file is
written once into a fresh staging folder and never updated, so the search tables are filled once
and need no triggers. (Nor may it be VACUUMed: that may renumber the rowids the search tables
point at, as the tables' keys are text.)

The trigram tokenizer matches only queries of three or more characters, and Chinese names are
often searched with two (会计, 护士): `MATCH '护士'` finds nothing. The canned query `search`
of metadata.yml (/catalog/search.json?q=护士) finds any substring with LIKE over the entries
table itself, so Datasette serves it with no code of ours. It does not LIKE over the FTS table:
the SQLite here (3.40) measures a LIKE pattern there in bytes, not characters, so on a trigram
table `LIKE '%护士%'` returns no rows at all (newer SQLite counts characters). A scan of entries
is what a catalog of this size affords.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

import pandas as pd
import sqlite_utils
import yaml

from core.errors import PublishError
from pipeline.schema import BOOLEAN, DATE, INTEGER, NUMBER, SCHEMAS, STRING, TableSchema, check_columns, typed_frame

DATABASE = "catalog"  # Datasette names a database after its file's stem: catalog.sqlite
SEARCH_QUERY = "search"

# The columns each table's trigram index covers; the index is named <table>_fts.
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "entries": ("qualification", "qualification_zh", "issuer", "issuer_name_zh", "issuer_name_en"),
    "qualifications": ("qualification", "qualification_zh", "variants"),
    "issuers": ("name_zh", "name_en", "abbr", "printed_as"),
}
# Indexed besides the foreign-key columns: what portals filter and facet entries by.
INDEXED_COLUMNS: dict[str, tuple[str, ...]] = {"entries": ("city", "title", "series")}
FACETS: dict[str, tuple[str, ...]] = {"entries": ("city", "title", "series", "in_force")}
# Columns of the search query's rows: the entry and what a reader needs to recognize it.
SEARCH_COLUMNS = ("entry_id", "city", "doc_number", "batch", "seq", "qualification", "qualification_zh", "issuer",
                  "issuer_name_zh", "issuer_name_en", "title", "series", "in_force")  # fmt: skip
# Lineage and ';'-lists: sorting by them helps no reader.
UNSORTABLE = frozenset({"source_file", "source_sha256", "source_bbox", "continued_on", "also_in", "extra", "checks",
                        "files", "formats", "sha256", "replaces", "printed_as", "variants", "candidates", "fields",
                        "values", "withdrawn"})  # fmt: skip
FTS_SHADOW_SUFFIXES = ("", "_data", "_idx", "_docsize", "_config")  # FTS5, external content: no _content

_SQLITE_TYPES = {STRING: "TEXT", INTEGER: "INTEGER", NUMBER: "REAL", BOOLEAN: "INTEGER", DATE: "TEXT"}


def write_catalog_sqlite(tables: Mapping[str, pd.DataFrame], path: Path) -> None:
    """Write the tables to a new SQLite file at `path`: typed, keyed, indexed and full-text searchable."""
    check_columns(tables)
    try:
        path.open("xb").close()  # claims the path at once: an existing file is never overwritten
    except FileExistsError as exc:
        raise PublishError(f"{path} already exists; the catalog database is written once, into a fresh folder",
                           file=str(path)) from exc  # fmt: skip
    try:
        db = sqlite_utils.Database(path, execute_plugins=False)
    except BaseException:
        path.unlink()
        raise
    try:
        with db.atomic():
            for name in _creation_order(tables):
                _write_table(db, SCHEMAS[name], tables[name], present=frozenset(tables))
        for name, columns in FTS_COLUMNS.items():
            if name in tables:
                db.table(name).enable_fts(columns, tokenize="trigram")
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)  # a half-written file must not be published
        raise
    db.close()


def _creation_order(tables: Mapping[str, pd.DataFrame]) -> list[str]:
    """Table names, each after the tables it references (sqlite-utils checks a reference exists)."""
    done: list[str] = []
    pending = list(tables)
    while pending:
        ready = [n for n in pending if all(r in done or r not in tables for r in _references(SCHEMAS[n]))]
        if not ready:
            raise PublishError(f"foreign keys of {pending} reference each other in a cycle")
        done.extend(ready)
        pending = [n for n in pending if n not in ready]
    return done


def _references(schema: TableSchema) -> set[str]:
    return {fk.reference_table for fk in schema.foreign_keys if fk.reference_table != schema.name}


def _write_table(db: sqlite_utils.Database, schema: TableSchema, frame: pd.DataFrame, present: frozenset[str]) -> None:
    """Create one table with its types and keys, fill it in the frame's row order, index it."""
    columns = schema.columns_of(frame)
    foreign_keys = [
        (fk.fields[0], fk.reference_table, fk.reference_fields[0]) if len(fk.fields) == 1
        else (fk.fields, fk.reference_table, fk.reference_fields)
        for fk in schema.foreign_keys
        if fk.reference_table in present
    ]  # fmt: skip
    table = db.table(schema.name)
    table.create(
        {c.name: _SQLITE_TYPES[c.type] for c in columns},
        pk=schema.primary_key[0] if len(schema.primary_key) == 1 else (schema.primary_key or None),
        foreign_keys=foreign_keys,
    )
    table.insert_all(_records(typed_frame(frame, schema)), batch_size=500)
    indexed = [field for fk in schema.foreign_keys for field in fk.fields] + list(INDEXED_COLUMNS.get(schema.name, ()))
    for column in dict.fromkeys(indexed):
        table.create_index([column])


def _records(typed: pd.DataFrame, chunk: int = 5_000) -> Iterator[dict[str, object]]:
    """Rows as SQLite values: null for missing, 0/1 for booleans, ISO text for dates. Made
    `chunk` rows at a time: the whole table as Python objects at once cost about 150 MiB at
    110k entries (1,000 notices; BENCHMARKS.md, "Memory")."""
    for start in range(0, len(typed), chunk):
        for row in typed.iloc[start : start + chunk].astype(object).itertuples(index=False, name=None):
            yield {name: _sqlite_value(value) for name, value in zip(typed.columns, row)}


def _sqlite_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def datasette_metadata(tables: Mapping[str, pd.DataFrame], version: str, *, source: str = "",
                       source_url: str = "") -> str:  # fmt: skip
    """Datasette 0.65 metadata.yml for catalog.sqlite: titles, descriptions, search, facets, the search query."""
    check_columns(tables)
    metadata: dict[str, object] = {
        "title": "国际职业资格比照认定职称目录 International qualifications recognized as professional titles",
        "description": (
            "各城市人力资源和社会保障部门公布的国际职业资格比照认定职称目录，合并为一个目录，每行注明来源文件、页码和行号。"
            " The catalogs of international qualifications that Chinese cities' HR bureaus recognize as "
            f"professional titles (职称), merged into one, each row with its source file, page and row. "
            f"版本 Version: {version}"
        ),
    }
    if source:
        metadata["source"] = source
    if source_url:
        metadata["source_url"] = source_url
    metadata["databases"] = {
        DATABASE: {
            "title": "比照认定目录 Catalog",
            "description": f"版本 Version: {version}",
            "tables": {**_tables_metadata(tables), **_hidden_fts_tables(tables)},
            "queries": _queries() if "entries" in tables else {},
        }
    }
    return yaml.dump(metadata, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


class _Dumper(yaml.SafeDumper):
    """Writes multi-line text (the SQL) as a literal block, readable as it runs."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _represent_str)


def _tables_metadata(tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name, frame in tables.items():
        schema = SCHEMAS[name]
        columns = schema.columns_of(frame)
        sortable = [c.name for c in columns if c.name not in UNSORTABLE]
        meta: dict[str, object] = {
            "title": f"{schema.title_zh} {schema.title_en}",
            "description": schema.description,
            "columns": {c.name: f"{c.title_zh} — {c.description}" for c in columns},
            "sortable_columns": sortable,
        }
        # Datasette shows a keyed table in key order. `sort: rowid` (the CSV's order) would serve
        # the JSON but break Datasette 0.65's HTML table page (KeyError 'rowid'), so it is not set.
        if name in FACETS:
            meta["facets"] = list(FACETS[name])
        if name in FTS_COLUMNS:
            meta["fts_table"] = f"{name}_fts"
            meta["fts_pk"] = "rowid"
        out[name] = meta
    return out


def _hidden_fts_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, object]]:
    return {f"{name}_fts{suffix}": {"hidden": True} for name in FTS_COLUMNS if name in tables
            for suffix in FTS_SHADOW_SUFFIXES}  # fmt: skip


def _search_sql() -> str:
    """The canned search: entries holding :q in a searchable column, at any length, in the CSV's order."""
    escaped = r"replace(replace(replace(:q, '\', '\\'), '%', '\%'), '_', '\_')"  # % and _ are literal
    matches = "\n    or ".join(f"{column} like pattern escape '\\'" for column in FTS_COLUMNS["entries"])
    return (
        f"select {', '.join(SEARCH_COLUMNS)}\n"
        f"from entries, (select '%' || {escaped} || '%' as pattern)\n"
        f"where :q <> '' and (\n    {matches}\n)\n"
        "order by entries.rowid\n"
    )


def _queries() -> dict[str, dict[str, object]]:
    return {
        SEARCH_QUERY: {
            "title": "搜索 Search",
            "description": (
                "在职业资格名称、译名和颁证单位中查找任意长度的文字（含一两个字，如“护士”）。"
                " Finds text of any length, also one or two Chinese characters, in the qualification's and "
                "issuer's names: /catalog/search.json?q=护士. The table's own search box needs three or more."
            ),
            "sql": _search_sql(),
            "params": ["q"],
        }
    }
