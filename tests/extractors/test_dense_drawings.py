"""Pages drawn with thousands of paths (maps, plans, charts: tests/dense_pages.py). Real government
documents carry them; such a page had made the reader compare every rule with every rule (a page of
22,500 short curves took 13 s, now 2.4 s; bench/bench_dense.py prints the figures, BENCHMARKS.md
keeps them). Outcomes only here: the time is the benchmark's."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from core.errors import NoCatalogFound
from extractors.pdf import read_pdf
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.dense_pages import write_drawing
from tests.notices import RAW, load_truth


@pytest.mark.parametrize("kind", ["grid", "rects", "curves"])
def test_a_page_that_is_a_drawing_is_no_catalog(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.pdf"
    write_drawing(path, kind, 40)
    with pytest.raises(NoCatalogFound):
        document_to_catalog(read_pdf(path, file_to_source(path, tmp_path)))


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_a_catalog_followed_by_a_map_page_is_read_exactly(reader: str, tmp_path: Path) -> None:
    # the bundled Wuxi print with a page of 2,500 filled marks and one of 2,500 curves after its catalog
    notice = pdfium.PdfDocument(RAW / "wuxi-2021-49.pdf")
    for kind in ("rects", "curves"):
        drawing = tmp_path / f"{kind}.pdf"
        write_drawing(drawing, kind, 50)
        notice.import_pages(pdfium.PdfDocument(drawing))
    path = tmp_path / "wuxi-with-maps.pdf"
    notice.save(path)
    notice.close()
    catalog = document_to_catalog(read_pdf(path, file_to_source(path, tmp_path), reader=reader))
    rows = [[r.seq, r.qualification, r.qualification_zh, r.issuer, r.title, r.series] for r in catalog.rows]
    assert rows == load_truth("wuxi-2021-49")["rows"]
