"""Publish a release into curated/ as a new version, atomically.

    curated/
      versions/<version>/   entries.csv entries.parquet notices.csv issuers.csv
                            qualifications.csv rejected.csv disagreements.csv review.csv manifest.json
      current -> versions/<version>        (a symlink, switched with one rename)
      entries.csv -> current/entries.csv   (and so for every file: stable paths for users)
      versions.csv                         (the publish log)
      .lock                                (held while publishing)

A version's name is the hash of its files, so the same input publishes nothing new and a
version never changes once written. A version is built in a staging folder and renamed into
place; `current` moves with one atomic rename; a crash at any point leaves the previous
version current, and the next run removes the staging leftovers.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import io
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from core.errors import PublishError, PublishLocked
from pipeline.interrupt import critical
from pipeline.package import package_bytes, pointing_into
from pipeline.schema import BOOLEAN, DATE, INTEGER, NUMBER, SCHEMAS, STRING, TableSchema, check_columns, typed_frame

STAGING_PREFIX = ".staging-"
PARQUET_TABLES = ("entries", "notices", "issuers", "qualifications")
POINTER_FILES = ("datapackage.json",)  # written into curated/ itself, naming the version's files
LOG_COLUMNS = ("version", "published_at", "entries", "notices", "rejected")


@dataclass(frozen=True)
class Published:
    """What a publish did: the version now current and whether it is new."""

    version: str
    path: Path
    changed: bool


def frame_to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (Excel opens it as UTF-8), LF line ends, every value as text."""
    # Encoded as written, chunk by chunk: the whole CSV as one str first (up to 4 bytes a
    # character in CPython) and then its encoding held the table's text three times over.
    out = io.BytesIO()
    frame.to_csv(out, index=False, lineterminator="\n", encoding="utf-8-sig")
    return out.getvalue()


def csv_to_frame(data: bytes) -> pd.DataFrame:
    """A published CSV read back as text, exactly as frame_to_csv wrote it ("" for empty)."""
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


_ARROW_TYPES = {STRING: pa.string(), INTEGER: pa.int64(), NUMBER: pa.float64(), BOOLEAN: pa.bool_(), DATE: pa.date32()}


def frame_to_parquet(frame: pd.DataFrame, schema: TableSchema) -> bytes:
    """Parquet typed by the table's schema (integers, numbers, booleans, dates; "" is null),
    each field described; no pandas index; byte-stable for the same frame."""
    columns = schema.columns_of(frame)
    arrow_schema = pa.schema(
        [
            pa.field(c.name, _ARROW_TYPES[c.type], nullable=not c.required,
                     metadata={"title": c.title_zh, "description": c.description})
            for c in columns
        ],  # fmt: skip
        metadata={"table": schema.name, "title": f"{schema.title_zh} {schema.title_en}"},
    )
    table = pa.Table.from_pandas(typed_frame(frame, schema), schema=arrow_schema, preserve_index=False)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def render(tables: Mapping[str, pd.DataFrame], parquet: tuple[str, ...] = PARQUET_TABLES) -> dict[str, bytes]:
    """Every file of a version as bytes, named; the same tables always give the same bytes."""
    check_columns(tables)
    files = {f"{name}.csv": frame_to_csv(frame) for name, frame in tables.items()}
    files.update({f"{name}.parquet": frame_to_parquet(tables[name], SCHEMAS[name]) for name in parquet if name in tables})
    return dict(sorted(files.items()))


def version_of(files: Mapping[str, bytes]) -> str:
    """A version's name: the hash of its files' names and bytes."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return digest.hexdigest()[:16]


@contextmanager
def publish_lock(curated: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold curated/.lock; wait up to wait_seconds, then raise PublishLocked."""
    try:
        curated.mkdir(parents=True, exist_ok=True)
        lock = (curated / ".lock").open("a+")
    except OSError as exc:
        raise PublishError(f"cannot write {curated}: {exc.strerror or exc}",
                           hint="check the folder's permissions, or choose another with --curated") from exc  # fmt: skip
    with lock as fh:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another run"
                    raise PublishLocked(f"curated/ is being published by {holder}; try again when it ends") from exc
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%dT%H:%M:%SZ}\n")
        fh.flush()
        try:
            yield
        finally:
            fh.truncate(0)
            fcntl.flock(fh, fcntl.LOCK_UN)


_HELD_BY_THIS_PROCESS: set[Path] = set()


@contextmanager
def run_lock(curated: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """publish_lock held for a whole run; nested calls in the same process on the same folder
    pass through. The CLI takes it before Prefect starts (a second run stops at once, without
    starting a server); the flow takes it too, so that it is locked however it is called."""
    key = curated.resolve()
    if key in _HELD_BY_THIS_PROCESS:
        yield
        return
    with publish_lock(curated, wait_seconds):
        _HELD_BY_THIS_PROCESS.add(key)
        try:
            yield
        finally:
            _HELD_BY_THIS_PROCESS.discard(key)


History = Callable[[str | None, str], Mapping[str, bytes]]  # (previous version, this version) -> files
Extras = Callable[[str, Mapping[str, bytes], Path], None]  # (version, its files, staging folder) -> writes more


def publish(
    files: Mapping[str, bytes],
    manifest: Mapping[str, object],
    curated: Path,
    history: History | None = None,
    extras: Extras | None = None,
) -> Published:
    """Make `files` the current version of curated/ (call under publish_lock): stage() then switch().

    `history(previous_version, version)` gives files that describe the version against the one current
    before it (changes.csv): they are written into a new version's folder but not hashed into
    its name, so the same input still publishes the same version. `extras(version, files, folder)`
    writes the files made from them (the data package, SQLite, Excel, Data Docs) into the
    version's staging folder; they are not hashed either, and if it raises, nothing is published."""
    try:
        with critical():  # Ctrl-C waits for the switch to finish: curated/ is old or new, never between
            return switch(stage(files, manifest, curated, history, extras), curated)
    except OSError as exc:
        raise PublishError(f"could not write {curated}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class Staged:
    """A version written whole beside curated/'s current one, not yet current (stage())."""

    version: str
    folder: Path | None  # the staging folder to rename into versions/; None: the version is written already
    manifest: Mapping[str, object]  # the counts for versions.csv
    files: tuple[str, ...]  # the names of the hashed files


def stage(
    files: Mapping[str, bytes],
    manifest: Mapping[str, object],
    curated: Path,
    history: History | None = None,
    extras: Extras | None = None,
) -> Staged:
    """Write `files`, their history and extras (see publish) as a version in a staging folder of
    curated/versions/, and change nothing users read: switch() makes it current.

    The heavy part of publishing (the portal feed) happens here, so that it can run in a process
    of its own while the run's process holds the lock (flows/catalog_flow.py); a staging folder
    left by a process that died is removed by the next publish (recover()). Call under the run's
    lock: the history is taken against the version current now, and switch() checks it still is."""
    recover(curated)
    version = version_of(files)
    target = curated / "versions" / version
    names = tuple(sorted(files))
    if target.is_dir() or current_version(curated) == version:
        return Staged(version, None, manifest, names)
    previous = current_version(curated)
    try:
        written = {**files, **(history(previous, version) if history else {})}
        folder = _write_version(written, {**manifest, "version": version}, curated / "versions", target, extras)
    except OSError as exc:
        raise PublishError(f"could not write {curated}: {exc.strerror or exc}") from exc
    return Staged(version, folder, {**manifest, "previous": previous or ""}, names)


def switch(staged: Staged, curated: Path) -> Published:
    """Make a staged version current: its folder renamed into versions/, then `current` moved
    with one atomic rename. Call inside critical() and under the lock stage() ran under."""
    versions = curated / "versions"
    target = versions / staged.version
    manifest = {k: v for k, v in staged.manifest.items() if k != "previous"}
    try:
        if staged.folder is not None:
            if current_version(curated) != (str(staged.manifest.get("previous")) or None):
                shutil.rmtree(staged.folder, ignore_errors=True)
                raise PublishError(f"{curated} changed while the version {staged.version} was written; run again")
            os.rename(staged.folder, target)
            _fsync_dir(versions)
        elif current_version(curated) == staged.version:
            _write_pointers(curated, staged.version)  # mends a publish interrupted between the switch and the package
            return Published(staged.version, target, changed=False)
        names = tuple(sorted({*staged.files, *(p.name for p in target.iterdir() if p.name != "manifest.json")}))
        _switch_current(curated, staged.version, names)
        _append_log(curated, staged.version, manifest)
    except OSError as exc:
        raise PublishError(f"could not write {curated}: {exc.strerror or exc}") from exc
    return Published(staged.version, target, changed=True)


def recover(curated: Path) -> None:
    """Remove what an interrupted publish left behind (staging folders, temporary links)."""
    for leftover in (curated / "versions").glob(STAGING_PREFIX + "*") if (curated / "versions").is_dir() else ():
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in curated.glob(STAGING_PREFIX + "*"):
        leftover.unlink(missing_ok=True)


def recover_after_interrupt(curated: Path) -> str:
    """`recover`, then where curated/ stands, in words: "<curated> stays at version V"."""
    recover(curated)
    version = current_version(curated)
    return f"{curated} stays at " + (f"version {version}" if version else "no version (nothing was ever published)")


def current_version(curated: Path) -> str | None:
    """The version `curated/current` points at, or None before the first publish."""
    link = curated / "current"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def _write_version(
    files: Mapping[str, bytes], manifest: Mapping[str, object], versions: Path, target: Path, extras: Extras | None
) -> Path:
    """The version's files, extras and manifest, written and synced in a staging folder: its path."""
    versions.mkdir(parents=True, exist_ok=True)
    staging = versions / f"{STAGING_PREFIX}{target.name}-{os.getpid()}"
    staging.mkdir()
    try:
        for name, data in files.items():
            _write_synced(staging / name, data)
        if extras is not None:
            extras(target.name, files, staging)
        derived = sorted(p.name for p in staging.iterdir() if p.name not in files)
        _write_synced(staging / "manifest.json", _manifest_bytes({**manifest, "derived": derived}, files))
        _fsync_dir(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a failed or interrupted build leaves nothing behind
        raise
    return staging


def _manifest_bytes(manifest: Mapping[str, object], files: Mapping[str, bytes]) -> bytes:
    body = {**manifest, "files": {n: hashlib.sha256(d).hexdigest() for n, d in sorted(files.items())}}
    return (json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _switch_current(curated: Path, version: str, names: tuple[str, ...]) -> None:
    _replace_symlink(curated / "current", Path("versions") / version)
    _replace_symlink(curated / "latest", Path("versions") / version)  # the portals' name for it
    for name in names:
        link = curated / name
        if name not in POINTER_FILES and not link.is_symlink():
            _replace_symlink(link, Path("current") / name)
    _write_pointers(curated, version)
    _fsync_dir(curated)


def _write_pointers(curated: Path, version: str) -> None:
    """curated/datapackage.json: the version's package with paths into versions/<version>/, so
    that one read of it names one whole version (a link would be resolved file by file)."""
    for name in POINTER_FILES:
        source = curated / "versions" / version / name
        if source.is_file():
            descriptor = pointing_into(json.loads(source.read_text(encoding="utf-8")), f"versions/{version}")
            temporary = curated / f"{STAGING_PREFIX}{name}-{os.getpid()}"
            _write_synced(temporary, package_bytes(descriptor))
            os.replace(temporary, curated / name)
        else:  # a version published before packages existed: no package rather than another version's
            (curated / name).unlink(missing_ok=True)


def _replace_symlink(link: Path, target: Path) -> None:
    temporary = link.parent / f"{STAGING_PREFIX}{link.name}-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, link)


def _append_log(curated: Path, version: str, manifest: Mapping[str, object]) -> None:
    log = curated / "versions.csv"
    lines = log.read_text(encoding="utf-8-sig").splitlines() if log.exists() else [",".join(LOG_COLUMNS)]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    counts = [str(manifest.get(k, "")) for k in LOG_COLUMNS[2:]]
    lines.append(",".join([version, now, *counts]))
    temporary = curated / f"{STAGING_PREFIX}versions.csv-{os.getpid()}"
    _write_synced(temporary, ("\n".join(lines) + "\n").encode("utf-8-sig"))
    os.replace(temporary, log)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
