"""`catalog run` over the unseen33 probe round (tests/make_unseen33.py), ordinary government documents, beside
the bundled Wuxi notice (its DOCX) in one raw/: the catalog is published whole, nothing of the others is, and
the run exits 0, since a document without a catalog is nothing a steward must decide. See FIRST_CONTACT.txt in
the fixtures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extractors.test_unseen33 import DOCUMENTS
from tests.flows.probe_round import IN_THREADS, read_table
from tests.flows.test_catalog_flow import run_cli
from tests.notices import RAW, load_truth

pytestmark = pytest.mark.xdist_group("unseen33-run")


def test_unseen33_ordinary_documents_beside_a_catalog(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in [*DOCUMENTS, RAW / "wuxi-2021-49.docx"]:
        shutil.copy(path, raw / path.name)
    result = run_cli("run", "--raw", str(raw), "--curated", str(tmp_path / "curated"), home=tmp_path, env=IN_THREADS)
    assert result.returncode == 0, result.stdout + result.stderr
    entries = read_table(tmp_path / "curated", "entries.csv")
    assert set(entries["source_file"]) == {"wuxi-2021-49.docx"}
    rows = sorted(entries[["seq", "qualification", "qualification_zh", "issuer", "title", "series"]].itertuples(
        index=False, name=None))  # fmt: skip
    assert rows == sorted(tuple(row) for row in load_truth("wuxi-2021-49")["rows"])
    for path in DOCUMENTS:  # each named in the run's summary as a file without a catalog
        assert path.name in result.stdout, path.name
