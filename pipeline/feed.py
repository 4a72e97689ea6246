"""The portal feed: from a version's CSV files, the formats portals and stewards read.

Written into the version's staging folder before it is renamed into place (publish's
`extras`), so a portal sees all of them or none:

    catalog.sqlite     the tables in SQLite, with full-text search (`datasette catalog.sqlite -m metadata.yml`)
    metadata.yml       Datasette's titles, column descriptions and the search query
    catalog.xlsx       one sheet per city and one of notices, for people who open Excel
    validation/        Great Expectations Data Docs of the run that built the version
    review-crops/      a picture of each cell read from a scan that waits in review.csv
    datapackage.json   the Frictionless Data Package of all of them, validated before publishing

Every format is made from the CSV bytes, so every one holds the rows of entries.csv.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipeline.database import datasette_metadata, write_catalog_sqlite
from pipeline.package import check_package, data_package, package_bytes, sources_of
from pipeline.publish import csv_to_frame
from pipeline.schema import SCHEMAS
from pipeline.workbook import catalog_workbook

SQLITE, METADATA, WORKBOOK, PACKAGE, DOCS = "catalog.sqlite", "metadata.yml", "catalog.xlsx", "datapackage.json", "validation"
CROPS = "review-crops"  # pictures of the cells read from scans that wait in review.csv


def tables_of(files: Mapping[str, bytes], read: Mapping[str, pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    """The version's CSV files read back as text tables, in schema order; those in `read` (read
    back already) are taken from there."""
    read = read or {}
    return {
        name: read[name] if name in read else csv_to_frame(files[f"{name}.csv"])
        for name in SCHEMAS
        if f"{name}.csv" in files
    }


def write_feed(
    version: str, files: Mapping[str, bytes], folder: Path, docs: Path | None = None,
    crops: Mapping[str, bytes] | None = None, tables: Mapping[str, pd.DataFrame] | None = None,
) -> None:  # fmt: skip
    """Write the feed of `files` (a version's files by name) into `folder`; `docs` is the run's
    Data Docs site, copied in when it was built; `crops` are the pictures of the cells that OCR
    review items name (review-crops/<item_id>.png); `tables` are tables of `files` the caller
    read back already (tables_of). Raises PublishError when the package does not validate (the
    caller then publishes nothing)."""
    tables = tables_of(files, tables)
    for item_id, picture in sorted((crops or {}).items()):
        (folder / CROPS).mkdir(exist_ok=True)
        (folder / CROPS / f"{item_id}.png").write_bytes(picture)
    write_catalog_sqlite(tables, folder / SQLITE)
    made = {
        METADATA: datasette_metadata(tables, version).encode("utf-8"),
        WORKBOOK: catalog_workbook(tables, version),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    if docs is not None and (docs / "index.html").is_file():
        shutil.copytree(docs, folder / DOCS)
    listed: dict[str, bytes | Path] = {**files, **made, SQLITE: folder / SQLITE}
    descriptor = data_package(tables, listed, version, sources_of(tables["notices"]))
    check_package(descriptor, str(folder))
    (folder / PACKAGE).write_bytes(package_bytes(descriptor))
