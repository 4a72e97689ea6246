"""The unseen29 probe round (tests/make_unseen29.py): a twentieth blind round, of Word documents and
web pages as Word, WPS and editors write them, with markup inside cells: ruby readings, fields,
run noise (bookmarks, proofing marks, soft hyphens), comments, footnotes, Strict Open XML, a
macro-enabled document and a template, a header row in the page header, web page footnote links,
abbreviations and closed <details>, WPS's extensions. Each source with its print. First contact
is in FIXTURES/FIRST_CONTACT.txt; tests/flows/test_unseen29_run.py runs the round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NoCatalogFound
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "unseen29"
# 日商簿記検定1級 is printed in Japanese forms, under ruby readings: published as printed (a Japanese name is
# not folded to simplified characters: extractors.variants.is_japanese)
JAPANESE = {"panjin-zhuyin.docx", "panjin-zhuyin-libreoffice.pdf", "chaoyang-zhuyin.html", "chaoyang-zhuyin-chromium.pdf"}
NOT_YET = {
    "baicheng-yemei.docx": "the header row stands in the page header: the body's table has none (no catalog here; "
                           "the run holds the notice back, as its text names the catalog)",
    "benxi-zaxiang-libreoffice.pdf": "soft hyphens where LibreOffice broke German words: `Kraftfahrzeug-mechatroniker`",
    "liaoyuan-biaoji-chromium.pdf": "Chromium's print of footnote links and <wbr>: columns misread (held back)",
}
EXACT = [p for p in probe.documents(FIXTURES) if p.name not in NOT_YET]


def test_unseen29_round_size() -> None:
    assert (len(probe.documents(FIXTURES)), len(EXACT)) == (24, 21)


@pytest.mark.parametrize("path", EXACT, ids=lambda p: p.name)
def test_unseen29_catalog_every_row_exact(path: Path) -> None:
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


@pytest.mark.parametrize("name", sorted(JAPANESE))
def test_unseen29_ruby_readings_are_no_part_of_the_text(name: str) -> None:
    # pinyin and kana over the characters (w:rt, <rt>, or small glyphs over the print's ideographs)
    read = probe.rows(FIXTURES / name)
    assert read == [tuple(row) for row in probe.truth(FIXTURES / name)["rows"]]
    assert next(row for row in read if row[0] == "9")[1] == "日商簿記検定1級"  # as printed: Japanese, no ruby


def test_unseen29_a_header_row_in_the_page_header_is_no_catalog_header() -> None:
    with pytest.raises(NoCatalogFound, match="none of the 1 tables has a catalog header"):
        probe.rows(FIXTURES / "baicheng-yemei.docx")


@pytest.mark.parametrize("name", sorted(set(NOT_YET) - {"baicheng-yemei.docx"}))
def test_unseen29_not_read_exactly_yet(name: str) -> None:
    try:
        rows = probe.rows(FIXTURES / name)
    except Exception:  # noqa: BLE001 - a refusal is not a reading either
        rows = []
    if rows == [tuple(row) for row in probe.truth(FIXTURES / name)["rows"]]:
        pytest.fail(f"{name} now reads exactly: move it to EXACT ({NOT_YET[name]})")
