"""Pages shown turned by a quarter are read upright (the qpdf-rotated producer documents read
whole: tests/extractors/test_producers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import CatalogIncomplete
from extractors.pdf import read_pdf
from extractors.pdfpage import Char, Edge, PageContent
from extractors.rotation import turn_upright
from extractors.sniff import file_to_source
from extractors.tables import document_to_catalog
from tests.extractors.probe_fixtures import FIXTURES


def sideways_line(text: str, downwards: bool, x: float = 100.0) -> list[Char]:
    """Characters of one line running down (or up) a 600 x 800 page shown turned."""
    step = 10.0 if downwards else -10.0
    start = 50.0 if downwards else 750.0
    return [Char(t, x, x + 10, start + i * step, start + i * step + 10, 10.0, "F", False) for i, t in enumerate(text)]


def page(chars: list[Char], edges: tuple[Edge, ...] = ()) -> PageContent:
    return PageContent(1, 600.0, 800.0, tuple(chars), edges, ())


def test_rotation_text_reading_downwards_turns_anticlockwise() -> None:
    chars = sideways_line("Certified Welding Inspector", downwards=True)
    turned = turn_upright(page(chars, (Edge(90.0, 40.0, 90.0, 400.0, "v", "line"),)))
    assert (turned.width, turned.height) == (800.0, 600.0)
    assert all(c.upright for c in turned.chars)
    xs = [c.x0 for c in turned.chars if c.text.strip()]
    assert xs == sorted(xs) and "".join(c.text for c in turned.chars) == "Certified Welding Inspector"
    assert {c.top for c in turned.chars} == {600.0 - 110.0}  # the line's x becomes its distance from the top
    [edge] = turned.edges
    assert (edge.orientation, edge.x0, edge.x1, edge.top) == ("h", 40.0, 400.0, 510.0)


def test_rotation_text_reading_upwards_turns_clockwise() -> None:
    chars = sideways_line("Chartered Engineer (CEng)", downwards=False)
    turned = turn_upright(page(chars))
    text = "".join(c.text for c in sorted(turned.chars, key=lambda c: c.x0))
    assert text == "Chartered Engineer (CEng)" and all(c.upright for c in turned.chars)


def test_rotation_upright_pages_and_a_few_sideways_characters_stay() -> None:
    upright = [Char(t, 50.0 + 10 * i, 60.0 + 10 * i, 100.0, 110.0, 10.0, "F", True) for i, t in enumerate("序号 职业资格名称 颁证单位 对应职称")]
    stamp = sideways_line("印章文字", downwards=True)  # a seal's text, sideways
    same = page(upright + stamp)
    assert turn_upright(same) is same


def test_rotation_turns_the_crop_box_with_the_page() -> None:
    chars = sideways_line("Certified Welding Inspector", downwards=True)
    shown = PageContent(1, 600.0, 800.0, tuple(chars), (), (), crop=(0.0, 0.0, 600.0, 700.0))
    turned = turn_upright(shown)
    # the crop box's bottom 100 pt (page coordinates) is the turned page's right 100 pt
    assert turned.crop == (0.0, 0.0, 700.0, 600.0)


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("side", ["top", "bottom"])
def test_a_crop_box_cutting_through_a_turned_table_holds_it_back(reader: str, side: str, tmp_path: Path) -> None:
    # unseen12's xuancheng prints its catalog turned 90° on page 2 (the glyphs turned, no /Rotate), so
    # the page is turned upright before its table is read; a crop box cutting the table there had been
    # forgotten with the turn. Cut either side, the columns in sight are no whole catalog header:
    # the notice had been "a required column is missing" (top) or "no catalog" (bottom).
    import pypdfium2 as pdfium

    source = FIXTURES / "unseen12" / "xuancheng-chromium.pdf"
    pdf = pdfium.PdfDocument(source)
    page = pdf[1]
    left, bottom, right, top = page.get_mediabox()
    if side == "top":
        page.set_cropbox(left, bottom, right, top - 0.25 * (top - bottom))
    else:
        page.set_cropbox(left, bottom + 0.25 * (top - bottom), right, top)
    cut = tmp_path / "cut.pdf"
    pdf.save(cut)
    pdf.close()
    reason = r"the page's crop box cuts through a table on page 2 that prints catalog headings \(.+\)"
    with pytest.raises(CatalogIncomplete, match=reason):
        document_to_catalog(read_pdf(cut, file_to_source(cut, tmp_path), reader=reader))
