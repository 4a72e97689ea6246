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

import numpy as np
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
    table = changes_table(old, new)
    return [
        Change(kind, dict(zip(_ENTRY_KEYS, keys)), fields)
        for kind, fields, *keys in table[["change", "fields", *_ENTRY_KEYS]].itertuples(index=False, name=None)
    ]


# What a change names of its entry (change_to_record, and the batch and part): the rest of the row is not kept.
_ENTRY_KEYS = ("entry_id", "qualification_id", "city", "doc_number", "notice_id", "batch", "part", "seq", "qualification")


def changes_table(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The changes as one table (column `change`, the entry's keys, `fields` as (field, old, new)
    tuples), in the newer version's order, removed entries last.

    Column by column over whole tables, not row dictionaries: a first publish of 1,000 notices
    lists every entry as added, and a dictionary per row held about 3 KB each (BENCHMARKS.md,
    "Memory")."""
    old, new = _text(old), _text(new)
    in_old = new["entry_id"].isin(old["entry_id"]).to_numpy()
    common = new.loc[in_old].reset_index(drop=True)
    before = old.set_index("entry_id").reindex(common["entry_id"]).reset_index()
    # compared as Arrow strings, column by column: no Python object per cell
    differ = np.zeros((len(common), len(COMPARED)), dtype=bool)
    for k, c in enumerate(COMPARED):
        differ[:, k] = (common[c] != before[c]).to_numpy(dtype=bool)
    positions, changed = np.flatnonzero(in_old), differ.any(axis=1)
    kinds = np.full(len(new), "added", dtype=object)
    kinds[positions] = np.where(changed, "changed", "")
    fields: dict[int, tuple[tuple[str, str, str], ...]] = {}
    for i in np.flatnonzero(changed):  # few, as a rule: only these rows build their fields
        fields[int(positions[i])] = tuple(
            (c, str(before.at[i, c]), str(common.at[i, c])) for k, c in enumerate(COMPARED) if differ[i, k]
        )  # fmt: skip
    kept = kinds != ""
    newer = new.loc[kept, list(_ENTRY_KEYS)].assign(
        change=kinds[kept], fields=[fields.get(int(p), ()) for p in np.flatnonzero(kept)]
    )  # fmt: skip
    removed = old.loc[~old["entry_id"].isin(new["entry_id"]).to_numpy(), list(_ENTRY_KEYS)]
    removed = removed.assign(change="removed", fields=[()] * len(removed))
    return pd.concat([newer, removed], ignore_index=True)[["change", *_ENTRY_KEYS, "fields"]]


def _text(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns a diff reads, as text ("" for missing, also for a column an older version
    lacks), one row per entry_id (the last, as a later row would win)."""
    columns = list(dict.fromkeys(("entry_id", *_ENTRY_KEYS, *COMPARED)))
    text = pd.DataFrame(
        {c: frame[c].fillna("").astype(str) if c in frame else pd.Series([""] * len(frame), dtype=str,
                                                                        index=frame.index) for c in columns}
    )  # fmt: skip
    return text.drop_duplicates("entry_id", keep="last").reset_index(drop=True)


def change_to_record(change: Change, from_version: str, to_version: str) -> dict[str, object]:
    """One change as data: the columns of changes.csv, `fields` as {field: [old, new]}."""
    e = change.entry
    return {
        "change": change.change, "entry_id": e.get("entry_id", ""), "qualification_id": e.get("qualification_id", ""),
        "city": e.get("city", ""), "notice": e.get("doc_number", "") or e.get("notice_id", ""), "seq": e.get("seq", ""),
        "qualification": e.get("qualification", ""), "fields": {name: [old, new] for name, old, new in change.fields},
        "from_version": from_version, "to_version": to_version,
    }  # fmt: skip


def changes_to_csv(changes: pd.DataFrame, from_version: str, to_version: str) -> bytes:
    """changes.csv (from changes_table): UTF-8 with BOM like every published table; `fields` as JSON text."""
    notice = changes["doc_number"].where(changes["doc_number"] != "", changes["notice_id"])
    fields = [json.dumps({n: [o, v] for n, o, v in f}, ensure_ascii=False) if f else "" for f in changes["fields"]]
    table = changes.assign(notice=notice, fields=fields, from_version=from_version, to_version=to_version)
    return table[list(CHANGE_COLUMNS)].to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


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
            "changes.csv": changes_to_csv(changes_table(old, entries), previous or "", version),
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
    ids = ["entry_id", "qualification_id", "issuer_id"]  # not every column: a merge copies what it is given
    paired = old[ids].merge(new[ids], on="entry_id", suffixes=("_old", "_new"))
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
