"""Where a PDF catalog ends: a file that lost its last page shows no end (found by probing).

The bundled wuxi PDF without its last page (qpdf) used to publish 55 of 61 rows with exit 0:
no row of it is cut and the 序号 show no gap. The catalog now says its end is unseen, and the
release holds the notice for a steward (tests/pipeline/test_sequence.py).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from core.model import Catalog
from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests import make_documents as md

ROOT = Path(__file__).resolve().parents[2]


def catalog_of(pdf: Path) -> Catalog:
    return document_to_catalog(read_document(pdf, file_to_source(pdf, pdf.parent)))


@pytest.mark.parametrize("name", ["wuxi-2021-49", "taizhou-2022-30"])
def test_catalog_end_a_whole_bundled_pdf_shows_its_end(name: str) -> None:
    assert catalog_of(ROOT / "raw" / f"{name}.pdf").end_unseen == ""


@pytest.mark.skipif(not md.has_tool("qpdf"), reason="qpdf is not installed (.ci/setup installs it)")
def test_catalog_end_a_pdf_that_lost_its_last_page_has_its_end_unseen(tmp_path: Path) -> None:
    source = ROOT / "raw" / "wuxi-2021-49.pdf"
    cut = tmp_path / "wuxi-cut.pdf"
    subprocess.run(["qpdf", str(source), "--pages", ".", "1-8", "--", str(cut)], check=True, capture_output=True)
    catalog = catalog_of(cut)
    assert [r.seq for r in catalog.rows] == [str(n) for n in range(1, 56)]
    assert catalog.end_unseen == (
        "the catalog runs to the bottom of the file's last page (page 8, last 序号 55): nothing printed after it "
        "shows that the catalog ends there, a page may be lost"
    )
