"""What changed between two published versions: entries added, removed, and changed field by
field, each with the notice that caused it.

Entries are matched by entry_id (stable: the notice and the printed 序号). Lineage columns
(file, page, row, box …) are not compared: a new rendering of the same notice moves boxes
without changing what is recognized.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.errors import UserError
from core.model import ENTRY_COLUMNS
from pipeline.publish import csv_to_frame

NOT_COMPARED = frozenset({
    "entry_id", "source_file", "source_sha256", "source_page", "source_table", "source_row", "source_bbox",
    "continued_on", "also_in", "checks", "issuer_match_score", "source_url",
})  # fmt: skip
COMPARED = tuple(c for c in ENTRY_COLUMNS if c not in NOT_COMPARED)
HISTORY_FILES = ("changes.csv", "redirects.csv")  # in a version's folder, not in its name (they depend on history)
CHANGE_COLUMNS = ("change", "entry_id", "qualification_id", "city", "notice", "seq", "qualification", "fields",
                  "from_version", "to_version")  # fmt: skip


@dataclass(frozen=True)
class Change:
    """One entry added, removed or changed; `fields` are (field, old, new) for a change."""

    change: str  # added, removed, changed
    entry: Mapping[str, str]  # the entry as published in the newer version (the older one if removed)
    fields: tuple[tuple[str, str, str], ...] = ()


def entries_to_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[Change]:
    """Changes from `old` to `new` entries, in the newer version's order (removed ones last)."""
    before = {row["entry_id"]: row for row in _records(old)}
    after = {row["entry_id"]: row for row in _records(new)}
    changes: list[Change] = []
    for entry_id, row in after.items():
        previous = before.get(entry_id)
        if previous is None:
            changes.append(Change("added", row))
            continue
        differ = tuple((c, previous.get(c, ""), row.get(c, "")) for c in COMPARED if previous.get(c, "") != row.get(c, ""))
        if differ:
            changes.append(Change("changed", row, differ))
    changes.extend(Change("removed", row) for entry_id, row in before.items() if entry_id not in after)
    return changes


def _records(frame: pd.DataFrame) -> list[dict[str, str]]:
    return [{k: "" if pd.isna(v) else str(v) for k, v in row.items()} for row in frame.to_dict("records")]


def change_to_record(change: Change, from_version: str, to_version: str) -> dict[str, object]:
    """One change as data: the columns of changes.csv, `fields` as {field: [old, new]}."""
    e = change.entry
    return {
        "change": change.change, "entry_id": e.get("entry_id", ""), "qualification_id": e.get("qualification_id", ""),
        "city": e.get("city", ""), "notice": e.get("doc_number", "") or e.get("notice_id", ""), "seq": e.get("seq", ""),
        "qualification": e.get("qualification", ""), "fields": {name: [old, new] for name, old, new in change.fields},
        "from_version": from_version, "to_version": to_version,
    }  # fmt: skip


def changes_to_csv(changes: list[Change], from_version: str, to_version: str) -> bytes:
    """changes.csv: UTF-8 with BOM like every published table; `fields` as JSON text."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CHANGE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for change in changes:
        record = change_to_record(change, from_version, to_version)
        record["fields"] = json.dumps(record["fields"], ensure_ascii=False) if change.fields else ""
        writer.writerow(record)
    return out.getvalue().encode("utf-8-sig")


def version_entries(curated: Path, version: str | None) -> pd.DataFrame:
    """The entries of a published version (an empty table for None: before the first publish)."""
    if version is None:
        return pd.DataFrame(columns=list(ENTRY_COLUMNS), dtype="string")
    path = curated / "versions" / version / "entries.csv"
    if not path.exists():
        raise UserError(f"no version {version} in {curated / 'versions'}")
    return csv_to_frame(path.read_bytes())


def published_versions(curated: Path) -> list[str]:
    """The versions in the order they became current (the publish log, versions.csv)."""
    log = curated / "versions.csv"
    if not log.exists():
        return []
    with log.open(encoding="utf-8-sig", newline="") as fh:
        return [row["version"] for row in csv.DictReader(fh)]


def resolve_versions(curated: Path, first: str | None, second: str | None) -> tuple[str | None, str]:
    """FROM and TO: as given (a unique prefix is enough), else the last two versions published."""
    known = published_versions(curated)
    if not known:
        raise UserError(f"nothing has been published in {curated}", hint="run `catalog run` first")
    if first is None:
        return (known[-2] if len(known) > 1 else None), known[-1]
    return _version(first, known, curated), _version(second, known, curated) if second else known[-1]


def _version(prefix: str, known: list[str], curated: Path) -> str:
    matches = sorted({v for v in known if v.startswith(prefix)})
    if len(matches) != 1:
        what = "names no published version" if not matches else f"is ambiguous ({', '.join(matches)})"
        raise UserError(f"{prefix!r} {what}", hint=f"the versions are listed in {curated / 'versions.csv'}")
    return matches[0]


def changes_since(curated: Path, entries: pd.DataFrame) -> Callable[[str | None, str], dict[str, bytes]]:
    """For publish(): changes.csv of `entries` against the version current before them, and
    redirects.csv (every retired id and the id that replaced it, kept from version to version)."""

    def history(previous: str | None, version: str) -> dict[str, bytes]:
        old = version_entries(curated, previous)
        redirects = redirects_to_csv(previous_redirects(curated, previous), entries_to_redirects(old, entries), version)
        return {
            "changes.csv": changes_to_csv(entries_to_changes(old, entries), previous or "", version),
            "redirects.csv": redirects,
        }

    return history


REDIRECT_COLUMNS = ("kind", "old_id", "new_id", "since_version")


def entries_to_redirects(old: pd.DataFrame, new: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(kind, old id, new id) for every qualification or issuer id that the new version no longer
    uses while the same entries now carry another id: a better reading merged, re-keyed or
    split it. One row per new id (a split gives several)."""
    found: list[tuple[str, str, str]] = []
    if old.empty:
        return found
    paired = old.merge(new, on="entry_id", suffixes=("_old", "_new"))
    for column, kind in (("qualification_id", "qualification"), ("issuer_id", "issuer")):
        still_used = set(new[column])
        moved = paired[paired[f"{column}_old"] != paired[f"{column}_new"]]
        pairs = sorted({(o, n) for o, n in zip(moved[f"{column}_old"], moved[f"{column}_new"]) if o not in still_used})
        found.extend((kind, o, n) for o, n in pairs)
    return found


def redirects_to_csv(previous: list[dict[str, str]], added: list[tuple[str, str, str]], version: str) -> bytes:
    """redirects.csv: every redirect so far (old links keep working), chains followed to the end."""
    rows = [dict(r) for r in previous] + [
        {"kind": k, "old_id": o, "new_id": n, "since_version": version} for k, o, n in added
    ]
    newer: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        newer.setdefault((row["kind"], row["old_id"]), []).append(row["new_id"])
    for row in rows:  # a → b, then b → c: a → c
        seen = {row["old_id"]}
        while (row["kind"], row["new_id"]) in newer and len(newer[(row["kind"], row["new_id"])]) == 1:
            target = newer[(row["kind"], row["new_id"])][0]
            if target in seen:
                break
            seen.add(row["new_id"])
            row["new_id"] = target
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(REDIRECT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: (r["kind"], r["old_id"], r["new_id"])))
    return out.getvalue().encode("utf-8-sig")


def previous_redirects(curated: Path, version: str | None) -> list[dict[str, str]]:
    """The redirects a version kept (none before the first publish)."""
    path = curated / "versions" / version / "redirects.csv" if version else None
    if path is None or not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))
