"""datapackage.json: the version as a Frictionless Data Package (https://datapackage.org).

One tabular resource per published CSV, each with its Table Schema (types, required fields,
primary and foreign keys, from pipeline/schema.py) and the hash and size of its bytes; the
version; and the notices' source files with their hashes. Any portal that reads Data
Packages reads the catalog with its types, and `frictionless validate` checks it whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from core.errors import PublishError
from pipeline.schema import SCHEMAS, TableSchema

PACKAGE_NAME = "international-qualification-catalog"
# Other files of a version, listed as plain (non-tabular) resources with their hashes.
MEDIA_TYPES = {
    ".parquet": "application/vnd.apache.parquet",
    ".sqlite": "application/vnd.sqlite3",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".yml": "application/yaml",
}


@dataclass(frozen=True)
class Source:
    """A notice's file in raw/, as a package source."""

    notice: str
    file: str
    sha256: str


def sources_of(notices: pd.DataFrame) -> tuple[Source, ...]:
    """Every file of every published notice (notices.csv `files` and `sha256`, ';'-separated)."""
    found = []
    for row in notices.itertuples(index=False):
        files, hashes = str(row.files).split(";"), str(row.sha256).split(";")
        found += [Source(str(row.doc_number or row.notice_id), f, h) for f, h in zip(files, hashes, strict=True) if f]
    return tuple(found)


def data_package(
    tables: Mapping[str, pd.DataFrame], files: Mapping[str, bytes | Path], version: str, sources: Sequence[Source]
) -> dict[str, Any]:
    """The package descriptor of a version: `files` are the version's files by name, as bytes or
    as the path of a file written already (a table's CSV must be among them, as bytes); paths
    are relative to the version's folder."""
    resources = [_table_resource(SCHEMAS[name], frame, files[f"{name}.csv"]) for name, frame in tables.items()]
    for name in sorted(files):
        suffix = name[name.rfind(".") :]
        if suffix in MEDIA_TYPES:
            resources.append(_file_resource(name, files[name], MEDIA_TYPES[suffix]))
    return {
        "name": PACKAGE_NAME,
        "title": "国际职业资格比照认定职称目录 International qualifications recognized as professional titles",
        "description": (
            "The merged catalog of Chinese city notices (通知) that recognize international professional "
            "qualifications as professional titles (职称), with lineage back to each notice's page and row. "
            f"Version {version} is named by the hash of its files; it never changes once published."
        ),
        "version": version,
        "keywords": ["职称", "国际职业资格", "professional titles", "qualifications"],
        "sources": [
            {"title": f"{s.notice} {s.file}", "path": f"raw/{s.file}", "sha256": s.sha256} for s in sources
        ],
        "resources": resources,
    }


def package_bytes(descriptor: Mapping[str, Any]) -> bytes:
    """The descriptor as stable, readable JSON."""
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def pointing_into(descriptor: Mapping[str, Any], folder: str) -> dict[str, Any]:
    """The same package with every resource path prefixed by `folder` (curated/datapackage.json
    names the version's own files, so a portal reading it never mixes two versions)."""
    resources = [{**r, "path": f"{folder}/{r['path']}"} for r in descriptor["resources"]]
    return {**descriptor, "resources": resources}


def check_package(descriptor: Mapping[str, Any], basepath: str) -> None:
    """Validate the package with frictionless (schemas, types, keys, foreign keys, hashes);
    raise PublishError naming the first problems, so a broken package is never published."""
    from frictionless import Package, system  # imported here: ~1 s, needed only when publishing

    with system.use_context(trusted=False):
        report = Package(dict(descriptor), basepath=basepath).validate()
    if not report.valid:
        problems = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors[:3]]
        problems += [e.message for e in report.errors[:3]]
        raise PublishError(
            f"the data package does not validate: {'; '.join(problems[:5])}",
            hint="a table breaks its schema in pipeline/schema.py; nothing was published",
        )


def _table_resource(schema: TableSchema, frame: pd.DataFrame, data: bytes | Path) -> dict[str, Any]:
    fields = [
        {
            "name": c.name,
            "title": c.title_zh,
            "description": c.description,
            "type": c.type,
            **({"constraints": {"required": True}} if c.required else {}),
        }
        for c in schema.columns_of(frame)
    ]
    table_schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if schema.primary_key:
        table_schema["primaryKey"] = list(schema.primary_key)
    if schema.foreign_keys:
        table_schema["foreignKeys"] = [
            {"fields": list(k.fields), "reference": {"resource": k.reference_table, "fields": list(k.reference_fields)}}
            for k in schema.foreign_keys
        ]
    return {
        "name": schema.name,
        "type": "table",
        "path": f"{schema.name}.csv",
        "title": f"{schema.title_zh} {schema.title_en}",
        "description": schema.description,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",  # a BOM, so that Excel opens the CSV as UTF-8
        **_hash_and_size(data),
        "schema": table_schema,
    }


def _file_resource(name: str, data: bytes | Path, mediatype: str) -> dict[str, Any]:
    return {
        "name": name.replace(".", "-").replace("_", "-"),
        "type": "file",
        "path": name,
        "mediatype": mediatype,
        **_hash_and_size(data),
    }


def _hash_and_size(data: bytes | Path) -> dict[str, Any]:
    """A resource's hash and bytes; a file written already is hashed as it is read (the SQLite
    file is a version's largest: it was read whole into memory for this)."""
    if isinstance(data, Path):
        with data.open("rb") as fh:
            return {"hash": f"sha256:{hashlib.file_digest(fh, 'sha256').hexdigest()}", "bytes": data.stat().st_size}
    return {"hash": f"sha256:{hashlib.sha256(data).hexdigest()}", "bytes": len(data)}
