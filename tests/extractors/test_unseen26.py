"""The unseen26 probe round (tests/make_unseen26.py): a seventeenth blind round, of character formatting
and marks drawn on the page: strike-through in web pages, Word and their prints, underlines and 着重号,
highlighter bands, shading and colour, All Caps and small capitals, a reviewer's PDF annotations, bold,
italic, outline and shadow. First contact is in FIRST_CONTACT.txt in the fixtures;
tests/flows/test_unseen26_run.py runs the round through `catalog run`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import read_document
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen26"
EXACT = probe.documents(FIXTURES, catalog=True)


def _catalog(path: Path):  # type: ignore[no-untyped-def]
    return document_to_catalog(read_document(path, file_to_source(path, path.parent)))


def test_unseen26_round_size() -> None:
    assert len(EXACT) == 20


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen26_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("name", ["zhoukou-shanchuxian.html", "zhoukou-shanchuxian-chromium.pdf"])
def test_unseen26_a_row_struck_whole_is_withdrawn_and_its_seq_with_it(name: str) -> None:
    # <tr style="text-decoration: line-through">, and its print's strike lines: printed, and not in force
    catalog = _catalog(FIXTURES / name)
    assert [r.seq for r in catalog.rows] == [str(n) for n in range(1, 16) if n != 7]
    assert [(h.seq, h.text, h.withdrawn) for h in catalog.headings] == [("7", "Certified Food Scientist (CFS)", True)]


@pytest.mark.parametrize("name", ["sanmenxia-daxie-libreoffice.pdf", "jiamusi-daxie-chromium.pdf"])
def test_unseen26_small_capitals_in_a_pdf_read_in_the_case_they_were_typed(name: str) -> None:
    # printed as capitals at 0.8 (LibreOffice) or 0.68 (Chromium) of the size; the DOCX or page says the case
    twin = FIXTURES / name.replace("-libreoffice.pdf", "-libreoffice.docx").replace("-chromium.pdf", ".html")
    assert [r.issuer for r in _catalog(FIXTURES / name).rows] == [r.issuer for r in _catalog(twin).rows]
