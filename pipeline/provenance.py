"""Where each file in raw/ came from: the web retrievals that brought its bytes, by sha256.

    raw/.provenance/
      <sha256>.json     the retrievals of the file with these bytes: a JSON list, oldest first
      urls/<key>.json   per requested URL (key: sha256 of the URL): the validators the server
                        gave (ETag, Last-Modified) and the file its answer is in raw/, for the
                        conditional requests of the next fetch
      .lock             held while a file of this folder is rewritten

The folder is hidden, so `catalog run` never reads it (pipeline/ingest.py list_raw_files).
Provenance is recorded only for a file stored in raw/ or found there already.

A retrieval identical to a recorded one except for its time is not appended: the first one
is kept, so `retrieved_at` stays the time the bytes were first fetched from that URL, and its
`last_checked` (an extra key in the file, not a field of `Retrieval`) is set to the time of
the repeat. Anything else that differs (the URL, the page that linked it, the validators, the
name in raw/) appends a retrieval.

Writes are atomic (a hidden temporary file, then os.replace) and made under the folder's lock,
so two fetches never lose each other's records. A damaged file (not JSON, not a list, a
retrieval with a missing or mistyped field) never stops a run: it is skipped with a logged
warning, and the next record for the same bytes moves it aside as `<sha256>.json.damaged`
before starting a new list.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TypeVar

from core.model import Origin

PROVENANCE_DIR = ".provenance"
URLS_DIR = "urls"
LAST_CHECKED = "last_checked"
_TEMP_PREFIX = ".writing-"

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Retrieval:
    """One retrieval of a file from the web: where, when, what the server said, where it is."""

    url: str  # final URL after redirects
    requested_url: str  # as linked or given
    page_url: str  # the notice page that linked this file; "" for a page itself
    retrieved_at: str  # ISO 8601 UTC, e.g. 2026-12-02T01:30:00Z
    status: int  # HTTP status of the final response (200)
    content_type: str
    etag: str
    last_modified: str
    sha256: str
    size: int
    name: str  # the file's path relative to raw/


@dataclass(frozen=True)
class UrlState:
    """What the last good answer for a requested URL was: its validators and its file in raw/."""

    requested_url: str
    url: str
    etag: str
    last_modified: str
    content_type: str
    sha256: str
    size: int
    name: str
    retrieved_at: str


_RETRIEVAL_TYPES: dict[str, type] = {f.name: (int if f.type in ("int", int) else str) for f in fields(Retrieval)}
_STATE_TYPES: dict[str, type] = {f.name: (int if f.type in ("int", int) else str) for f in fields(UrlState)}


def provenance_dir(raw_dir: Path) -> Path:
    """raw/.provenance: hidden from `catalog run`."""
    return raw_dir / PROVENANCE_DIR


# --- retrievals by sha256 -------------------------------------------------------------------


def load_provenance(raw_dir: Path) -> dict[str, tuple[Retrieval, ...]]:
    """Every recorded retrieval by sha256, oldest first; {} when none (damaged files skipped)."""
    folder = provenance_dir(raw_dir)
    found: dict[str, tuple[Retrieval, ...]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        retrievals = _read_retrievals(path)
        if retrievals:
            found[path.stem] = tuple(sorted(retrievals, key=lambda r: r.retrieved_at))
    return found


def record_retrieval(raw_dir: Path, retrieval: Retrieval) -> None:
    """Add a retrieval to its file's list (atomic); a repeat only updates `last_checked`."""
    folder = provenance_dir(raw_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{retrieval.sha256}.json"
    with _locked(folder):
        records = _read_records(path)
        if records is None:  # damaged: kept aside for a person to look at, then a new list
            os.replace(path, path.with_name(path.name + ".damaged"))
            records = []
        same = next((r for r in records if _same_but_time(r, retrieval)), None)
        if same is not None:
            same[LAST_CHECKED] = max(str(same.get(LAST_CHECKED, "")), retrieval.retrieved_at)
        else:
            records.append(asdict(retrieval))
            records.sort(key=lambda r: str(r.get("retrieved_at", "")))
        _write_json(path, records)


def _same_but_time(record: dict[str, object], retrieval: Retrieval) -> bool:
    wanted = asdict(retrieval)
    return all(record.get(key) == value for key, value in wanted.items() if key != "retrieved_at")


def _read_records(path: Path) -> list[dict[str, object]] | None:
    """The raw list of a provenance file; [] when there is none, None when it is damaged."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("provenance file %s is damaged and was skipped: %s", path, exc)
        return None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        log.warning("provenance file %s is damaged and was skipped: not a list of retrievals", path)
        return None
    return data


def _read_retrievals(path: Path) -> list[Retrieval]:
    records = _read_records(path) or []
    retrievals = []
    for number, record in enumerate(records, start=1):
        retrieval = _record_to(Retrieval, _RETRIEVAL_TYPES, record)
        if retrieval is None or retrieval.sha256 != path.stem:
            log.warning("provenance file %s: retrieval %d is damaged and was skipped", path, number)
            continue
        retrievals.append(retrieval)
    return retrievals


def _record_to(kind: type[T], types: dict[str, type], record: dict[str, object]) -> T | None:
    """A dataclass from a JSON object, or None when a field is missing or of the wrong type."""
    values = {name: record.get(name) for name in types}
    if any(type(value) is not types[name] for name, value in values.items()):  # bool is not an int here
        return None
    return kind(**values)


# --- validators by requested URL ------------------------------------------------------------


def url_key(url: str) -> str:
    """The file name of a URL's state: its sha256 (URLs are long and hold any character)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def load_url_state(raw_dir: Path, url: str) -> UrlState | None:
    """The last good answer recorded for a requested URL; None when none (or damaged)."""
    path = provenance_dir(raw_dir) / URLS_DIR / f"{url_key(url)}.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("URL state %s is damaged and was skipped: %s", path, exc)
        return None
    state: UrlState | None = _record_to(UrlState, _STATE_TYPES, data) if isinstance(data, dict) else None
    if state is None or state.requested_url != url:
        log.warning("URL state %s is damaged and was skipped", path)
        return None
    return state


def save_url_state(raw_dir: Path, state: UrlState) -> None:
    """Keep a requested URL's validators and file for the next fetch (atomic)."""
    folder = provenance_dir(raw_dir) / URLS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    _write_json(folder / f"{url_key(state.requested_url)}.json", asdict(state))


# --- files ----------------------------------------------------------------------------------


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    with (folder / ".lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _write_json(path: Path, data: object) -> None:
    temporary = path.with_name(f"{_TEMP_PREFIX}{uuid.uuid4().hex}")
    try:
        with temporary.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def raw_origins(raw_dir: Path) -> dict[str, Origin]:
    """Where each fetched file in raw/ came from, by sha256: its latest retrieval's URL and
    the page that linked it. This is what the published lineage uses (source_url); files
    added by hand have none."""
    return {sha: Origin(found[-1].url, found[-1].page_url) for sha, found in load_provenance(raw_dir).items() if found}
