"""One reading of a committed PDF per suite run, shared by the tests that read the same file the
same way: a probe round's exact-row tests (tests/extractors/probe_fixtures.rows) and the pdfium
reader's comparison with the pdfplumber reference (tests/extractors/test_pdfium.py) read every
fixture PDF with the default reader, each in its own module, often on the other xdist worker.

The readings are kept, pickled, in a folder made for this suite run (tests/conftest.py names it in
CATALOG_TEST_READS and removes it at the end), keyed by the file's sha256, the name it is read
under and the reader. Nothing outlives the run, so no reading is ever of other code. Without the
folder (a test module run on its own), every call reads the file."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from core.model import Document, SourceFile
from extractors.pdf import read_pdf

FOLDER = "CATALOG_TEST_READS"


def read_pdf_once(path: Path, source: SourceFile, reader: str = "pdfplumber") -> Document:
    """`read_pdf(path, source, reader=reader)`, read once per suite run. A reading that raises is
    not kept (the next call raises again)."""
    folder = os.environ.get(FOLDER)
    if not folder or not Path(folder).is_dir():
        return read_pdf(path, source, reader=reader)
    name = hashlib.sha256(f"{source.sha256}\0{source.path}\0{source.size}\0{reader}".encode()).hexdigest()
    kept = Path(folder) / f"{name}.pickle"
    if kept.exists():
        with kept.open("rb") as fh:
            document: Document = pickle.load(fh)
        return document
    document = read_pdf(path, source, reader=reader)
    partial = kept.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(kept)  # atomic: the other worker sees the whole reading or none
    return document
