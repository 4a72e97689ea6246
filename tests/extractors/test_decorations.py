"""extractors.decorations: strikes and emphasis marks are no text, underlines and highlighters' bands
no rules, small capitals lower case; overlines, rulings and cells' shading stay as drawn. Positions are the ones LibreOffice and Chromium draw
(measured in the module's docstring); the real documents are unseen25's mudanjiang (LibreOffice)
and the unseen26 round's prints."""

from __future__ import annotations

from dataclasses import replace

from extractors.decorations import lowered_small_caps, without_decorations
from extractors.pdf import line_to_text as line_text
from extractors.pdfpage import Char, Edge, PageContent

SIZE = 10.0
BASE = 100.0  # the baseline of the line of text


def _line(text: str, x: float = 50.0, size: float = SIZE, base: float = BASE) -> list[Char]:
    """Glyphs a size wide, their boxes hanging from the baseline by a descent of 0.2 em."""
    return [Char(t, x + i * size, x + (i + 1) * size, base - 0.8 * size, base + 0.2 * size, size, "F", True, base)
            for i, t in enumerate(text)]  # fmt: skip


def _h(x0: float, x1: float, ems_above_base: float, kind: str = "line") -> Edge:
    y = BASE - ems_above_base * SIZE
    return Edge(x0, y, x1, y, "h", kind)


def _page(chars: list[Char], edges: list[Edge]) -> PageContent:
    return PageContent(number=1, width=600.0, height=800.0, chars=tuple(chars), edges=tuple(edges), images=())


def _text(page: PageContent) -> str:
    return "".join(c.text for c in sorted(page.chars, key=lambda c: c.x0))


def test_a_line_through_the_glyphs_strikes_them_and_is_no_rule() -> None:
    chars = _line("AICHE AIChE")
    strike = _h(50.0, 100.0, 0.28)  # LibreOffice's height, over "AICHE"
    page = without_decorations(_page(chars, [strike]))
    assert _text(page) == " AIChE"
    assert page.edges == ()


def test_chromium_strikes_with_a_thin_filled_bar() -> None:
    chars = _line("助理工程师工程师")
    bar = [_h(50.0, 100.0, 0.32, "rect_edge"), _h(50.0, 100.0, 0.32 - 0.075, "rect_edge")]
    assert _text(without_decorations(_page(chars, bar))) == "工程师"


def test_a_word_struck_between_two_glyphs_leaves_no_space() -> None:
    chars = _line("美国计算机焊接协会")
    page = without_decorations(_page(chars, [_h(70.0, 100.0, 0.3)]))
    assert [c.text for c in sorted(page.chars, key=lambda c: c.x0)] == list("美国") + ["\u2060"] + list("焊接协会")


def test_underlines_overlines_and_highlighter_bands_strike_nothing() -> None:
    chars = _line("Chartered Engineer")
    edges = [_h(50.0, 140.0, -0.11), _h(50.0, 140.0, -0.25), _h(50.0, 140.0, 0.96),
             # a marker's band over the lower half of the text: a side in the band, the other far below
             _h(150.0, 230.0, 0.3, "rect_edge"), _h(150.0, 230.0, -0.2, "rect_edge")]  # fmt: skip
    page = without_decorations(_page(chars, edges))
    assert page.chars == tuple(chars)
    # the underlines are no rules between rows (extractors.unruled); the others stay as drawn
    assert page.edges == tuple(edges[2:])


def test_a_rule_under_a_row_of_columns_is_no_underline() -> None:
    chars = _line("1") + _line("CEng", x=90.0) + _line("工程师", x=160.0)
    rule = _h(45.0, 195.0, -0.3)  # under the whole row, across the gaps between its columns
    assert without_decorations(_page(chars, [rule])).edges == (rule,)


def test_a_ruling_through_the_text_is_no_strike() -> None:
    chars = _line("10")
    # a row's rule running from column rule to column rule, past the glyphs
    ruling = [_h(20.0, 120.0, 0.3), Edge(20.0, 80.0, 20.0, 110.0, "v", "line")]
    assert without_decorations(_page(chars, ruling)).chars == tuple(chars)
    # as short as the glyphs, but meeting a column rule at its end
    cell = [_h(50.0, 70.0, 0.3), Edge(70.0, 80.0, 70.0, 110.0, "v", "line")]
    assert without_decorations(_page(chars, cell)).chars == tuple(chars)


def test_glyphs_whose_baseline_is_unknown_are_never_struck() -> None:
    chars = [Char(t, 50.0 + 10 * i, 60.0 + 10 * i, 92.0, 102.0, SIZE, "F", True) for i, t in enumerate("AB")]
    assert without_decorations(_page(chars, [_h(50.0, 70.0, 0.3)])).chars == tuple(chars)


def test_emphasis_dots_over_ideographs_are_left_out() -> None:
    text = _line("美国焊接协会")
    # Chromium: a dot half the size, centred on each ideograph, just over it
    dots = [Char("•", c.x0 + 3.4, c.x1 - 3.4, c.top - 5.0, c.top + 0.2, SIZE / 2, "G", True, c.top - 1.0) for c in text]
    assert _text(without_decorations(_page(text + dots, []))) == "美国焊接协会"


def test_a_bullet_the_size_of_the_text_is_text() -> None:
    chars = _line("• CEng") + _line("工程师", base=BASE + 14.0)
    assert without_decorations(_page(chars, [])).chars == tuple(chars)


def _box_edges(box: tuple[float, float, float, float]) -> list[Edge]:
    x0, top, x1, bottom = box
    return [Edge(x0, top, x1, top, "h", "rect_edge"), Edge(x0, bottom, x1, bottom, "h", "rect_edge"),
            Edge(x0, top, x0, bottom, "v", "rect_edge"), Edge(x1, top, x1, bottom, "v", "rect_edge")]  # fmt: skip


def test_a_highlighters_band_is_no_ruling_and_a_cells_shading_is() -> None:
    name = _line("美国焊接协会", x=85.0)
    band = (85.0, BASE - 0.9 * SIZE, 145.0, BASE + 0.3 * SIZE)  # LibreOffice: as wide as the words
    shading = (60.0, BASE - 1.2 * SIZE, 200.0, BASE + 0.6 * SIZE)  # the cell's, to its borders
    padded = (80.0, BASE - 1.0 * SIZE, 150.0, BASE + 0.4 * SIZE)  # a cell the text fills, but for its padding
    row = _line("1", x=20.0) + name
    stripe = (10.0, BASE - 1.0 * SIZE, 150.0, BASE + 0.4 * SIZE)  # under a row, across its columns
    kept = (shading, padded, stripe)
    page = PageContent(number=1, width=600.0, height=800.0, chars=tuple(row),
                       edges=tuple(e for box in (band, *kept) for e in _box_edges(box)), images=(),
                       fills=(band, *kept))  # fmt: skip
    out = without_decorations(page)
    assert out.edges == tuple(e for box in kept for e in _box_edges(box))
    assert out.fills == kept and out.chars == tuple(row)


def _small_caps(typed: str, x: float = 50.0, share: float = 0.8) -> list[Char]:
    """`typed` as LibreOffice prints it in small capitals: lower case as capitals at 0.8 of the size."""
    out, at = [], x
    for t in typed:
        size = SIZE * share if t.islower() else SIZE
        out.append(Char(t.upper(), at, at + size * 0.7, BASE - 0.8 * size, BASE + 0.2 * size, size, "F", True, BASE))
        at += size * 0.7
    return out


def test_small_capitals_read_in_the_case_they_were_typed() -> None:
    assert line_text(lowered_small_caps(_small_caps("Chartered Engineer (CEng)"))) == "Chartered Engineer (CEng)"
    assert line_text(lowered_small_caps(_small_caps("Fellowship (FSDC)", share=0.68))) == "Fellowship (FSDC)"
    # typed in lower case throughout: no word shows a capital beside small ones, printed as it is
    assert line_text(lowered_small_caps(_small_caps("member"))) == "MEMBER"
    # a smaller size for an acronym is no small capital: no word starts full size and goes on small
    smaller = _line("Member ") + [replace(c, size=8.0) for c in _line("(ASCP)", x=120.0)]
    assert line_text(lowered_small_caps(smaller)) == "Member (ASCP)"
    # a raised or lowered small capital (no shared baseline) is a superscript, not a small capital
    raised = _line("C") + [replace(c, size=8.0, base=BASE - 4.0) for c in _line("EX", x=60.0)]
    assert line_text(lowered_small_caps(raised)) == "CEX"


def test_a_strikes_bar_is_no_highlighters_band() -> None:
    # a glyph box whose centre the bar holds (PDFium hangs a CJK glyph lower than pdfminer does)
    chars = [replace(c, top=c.top - 0.4, bottom=c.bottom - 0.4) for c in _line("助理工程师工程师")]
    bar = (50.0, BASE - 0.32 * SIZE - 0.75, 100.0, BASE - 0.32 * SIZE)
    page = PageContent(number=1, width=600.0, height=800.0, chars=tuple(chars), edges=tuple(_box_edges(bar)),
                       images=(), fills=(bar,))  # fmt: skip
    assert _text(without_decorations(page)) == "工程师"
