"""Fuzz the readers with damaged copies of the real notices: only the project's errors may escape.

Each example takes one bundled notice (PDF, DOCX or HTML) and damages its bytes one to four
times: cut the end off, flip a byte, delete a chunk, or duplicate a chunk in place. Reading it
(extractors.read_document), finding its catalog (extractors.tables.document_to_catalog) and
reading its metadata may fail only with core.errors.IngestError and its subclasses.

CI runs FUZZ_EXAMPLES (default 60) derandomized examples, the same ones every time. A longer
run, with new examples each time (see README, "Fuzzing"):

    FUZZ_EXAMPLES=5000 FUZZ_RANDOM=1 .venv/bin/python -m pytest tests/extractors/test_fuzz.py -q
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import IngestError
from core.model import SourceFile
from extractors import read_document
from extractors.metadata import text_to_meta
from extractors.tables import document_to_catalog

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {path.name: path.read_bytes() for path in sorted((ROOT / "raw").iterdir()) if path.is_file()}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
CHUNK = 4096


@st.composite
def damaged_notices(draw: st.DrawFn) -> tuple[str, bytes]:
    """A bundled notice's bytes damaged one to four times."""
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("truncate", "flip", "delete", "duplicate")))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, CHUNK))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, CHUNK))]
    return name, bytes(data)


def read_all_the_way(path: Path) -> None:
    """What the per-document step does with a file: read, find the catalog, read the metadata."""
    data = path.read_bytes()
    source = SourceFile(path=path.name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        document = read_document(path, source)
        text_to_meta(document.text)
        document_to_catalog(document)
    except IngestError:
        pass  # the project's own error, with a reason: what the pipeline quarantines


@settings(
    max_examples=EXAMPLES,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=damaged_notices())
def test_fuzz_damaged_notices_raise_only_ingest_errors(case: tuple[str, bytes]) -> None:
    name, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        read_all_the_way(path)
