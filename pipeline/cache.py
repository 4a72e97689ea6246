"""Nothing done twice: each document's extraction kept by content hash, and a run that has
nothing new known before the orchestrator starts.

Two things are kept under the state folder (`.catalog/` by default):

- `cache/extract/<reader version>/<sha256>-<path key>.pickle`: one document's DocumentResult.
  The key is the file's sha256, its path under raw/ (lineage names the path, so a renamed file
  is read again) and the reader's version: a hash of the reader's own code (core/, extractors/
  with its data, pipeline/ingest.py) and of the versions of the libraries that parse files.
  Any change to either reads every document again; older versions' folders are removed.
- `last-run.json` and `last-run.pickle`: the fingerprint of the last finished run and its
  report. The fingerprint covers what decides the published output: every raw file (path and
  sha256) with the URL it was fetched from (raw/.provenance), the registry and the decisions
  file, and the code of the whole pipeline with its expectations and library versions. A run whose fingerprint equals the last one, while
  curated/ still points at the version that run left, would publish the same version again:
  it is answered from the saved report without starting Prefect or reading a document.

The pickles are this tool's own files in its own state folder; they are read only when the
fingerprint or key written beside them matches, so a pickle from other code is never loaded.
A cache that cannot be read or written costs time, never a result: it is skipped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from core.errors import ConverterMissing
from core.model import DocumentResult
from extractors.ocr import engine_version
from extractors.pdfpage import default_reader
from extractors.sniff import file_to_source
from pipeline.ingest import source_to_result
from pipeline.provenance import raw_origins

ROOT = Path(__file__).resolve().parents[1]
READER_CODE = ("core", "extractors", "pipeline/ingest.py")
READER_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "lxml", "python-calamine", "olefile", "opencc",
                    "opencv-python-headless")  # fmt: skip
RUN_CODE = ("core", "extractors", "normalize", "pipeline", "flows", "expectations")
RUN_LIBRARIES = (*READER_LIBRARIES, "pandas", "rapidfuzz", "great-expectations", "pyarrow", "sqlite-utils",
                 "openpyxl", "frictionless")  # fmt: skip
_LOG = logging.getLogger(__name__)


def _files(roots: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for name in roots:
        path = ROOT / name
        if path.is_file():
            out.append(path)
        elif path.is_dir():
            out.extend(p for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return out


def _version_of(roots: Iterable[str], libraries: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for path in _files(roots):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    for name in libraries:
        try:
            digest.update(f"{name}=={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=missing\0".encode())
    return digest.hexdigest()[:16]


@cache
def reader_version() -> str:
    """The reader's version: its code, its parsing libraries, the PDF page reader chosen and the
    OCR engine with its models (read once per process)."""
    code = _version_of(READER_CODE, READER_LIBRARIES)
    return hashlib.sha256(f"{code}\0{default_reader()}\0{engine_version()}".encode()).hexdigest()[:16]


@cache
def pipeline_version() -> str:
    """The whole pipeline's version, for the run fingerprint."""
    return _version_of(RUN_CODE, RUN_LIBRARIES)


class ExtractionCache:
    """DocumentResults by (sha256, path under raw/, reader version)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "extract" / reader_version()
        self.hits = 0
        self._pruned = False

    def _path(self, sha256: str, relative: str) -> Path:
        path_key = hashlib.sha256(relative.encode()).hexdigest()[:12]
        return self.folder / f"{sha256}-{path_key}.pickle"

    def result(self, path: Path, raw_dir: Path) -> DocumentResult:
        """The document's result: from the cache when this exact file was read by this reader."""
        source = file_to_source(path, raw_dir)
        entry = self._path(source.sha256, source.path)
        try:
            cached = pickle.loads(entry.read_bytes())
            if isinstance(cached, DocumentResult) and cached.source == source:
                self.hits += 1
                return cached
        except FileNotFoundError:
            pass
        except Exception:  # a damaged entry is read again, not trusted
            _LOG.warning("extraction cache entry %s unreadable; reading the file again", entry, exc_info=True)
        result = source_to_result(path, source)  # the file was hashed once, for the key
        # A bug's result is never kept, nor a document set aside for a converter not installed
        # (LibreOffice for .doc): it is read again once the converter is there.
        if result.step not in ("internal", ConverterMissing.step):
            _write_atomic(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            self._prune()
        return result

    def whole(self, results: Sequence[DocumentResult], raw_dir: Path) -> list[DocumentResult]:
        """Results whose catalog rows were dropped (read in another process, which kept them
        here: pipeline/report.outline) whole again, each from its entry; a result without a
        catalog is whole already. An entry gone or damaged meanwhile is read again from raw/."""
        return [self.result(raw_dir / r.source.path, raw_dir) if r.catalog is not None else r for r in results]

    def _prune(self) -> None:
        """Remove the folders of other reader versions (once per process)."""
        if self._pruned:
            return
        self._pruned = True
        for other in self.folder.parent.iterdir() if self.folder.parent.is_dir() else ():
            if other != self.folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)


def run_fingerprint(raw_files: Sequence[Path], raw_dir: Path, registry: Path, decisions: Path | None,
                    curated: Path) -> str:  # fmt: skip
    """What decides a run's output, as one hash (see the module docstring)."""
    digest = hashlib.sha256()
    digest.update(f"pipeline {pipeline_version()}\0reader {reader_version()}\0curated {curated}\0".encode())
    for path in raw_files:
        source = file_to_source(path, raw_dir)
        digest.update(f"raw {source.path} {source.sha256}\0".encode())
    for label, given in (("registry", registry), ("decisions", decisions)):
        data = given.read_bytes() if given is not None and given.is_file() else b""
        digest.update(f"{label} {hashlib.sha256(data).hexdigest()}\0".encode())
    for sha256, origin in sorted(raw_origins(raw_dir).items()):  # the URLs lineage publishes (catalog fetch)
        digest.update(f"origin {sha256} {origin.url} {origin.page_url}\0".encode())
    return digest.hexdigest()


def saved_run(state: Path, fingerprint: str) -> Any | None:
    """The report the last run saved, when its fingerprint is this one; else None."""
    try:
        stamp = json.loads((state / "last-run.json").read_text(encoding="utf-8"))
        if stamp.get("fingerprint") != fingerprint:
            return None
        data = (state / "last-run.pickle").read_bytes()
        if hashlib.sha256(data).hexdigest() != stamp.get("report_sha256"):
            return None
        return pickle.loads(data)
    except FileNotFoundError:
        return None
    except Exception:
        _LOG.warning("the last run's saved report is unreadable; running again", exc_info=True)
        return None


def save_run(state: Path, fingerprint: str, report: Any, version: str | None) -> None:
    """Keep this run's report under its fingerprint (the report first, then the stamp). A run that
    set a document aside for a converter not installed is not kept: installing it changes no
    fingerprint, and the next run must read that document."""
    if any(getattr(result, "step", "") == ConverterMissing.step for result in getattr(report, "results", ())):
        return
    try:
        data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        _write_atomic(state / "last-run.pickle", data)
        stamp = {"fingerprint": fingerprint, "report_sha256": hashlib.sha256(data).hexdigest(), "version": version}
        _write_atomic(state / "last-run.json", json.dumps(stamp).encode())
    except Exception:
        _LOG.warning("could not save the run's report; the next run reads everything again", exc_info=True)


def saved_version(state: Path) -> str | None:
    """The version the last run left current (None: it published nothing, or no run yet)."""
    try:
        return json.loads((state / "last-run.json").read_text(encoding="utf-8")).get("version")
    except (FileNotFoundError, ValueError):
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        _LOG.warning("could not write %s (cache skipped)", path, exc_info=True)
