"""Page furniture (extractors/furniture.py): a header, footer or page number printed on every
page is told by repetition, and dropped only from a table row a page break cut open.

Found by the unseen9b probe (tests/fixtures/unseen9b/jingjiang-chromium.pdf): a web page's fixed
footer "— 3 —", printed by Chromium inside the row cut at the page's foot, was read into the
cell (`美国绿色建筑认证专家 (LEED 绿色—家 3 — 园)`) and published with exit 0.
"""

from __future__ import annotations

from extractors.furniture import furniture_chars, page_numbers, with_neighbours
from extractors.pdf import _without_furniture
from extractors.pdfpage import Char, Edge, PageContent


def chars(text: str, x: float, top: float, size: float = 10.0) -> list[Char]:
    return [Char(t, x + i * size, x + (i + 1) * size, top, top + size, size, "F", True) for i, t in enumerate(text)]


def page(number: int, *runs: list[Char], ruled_to: float = 0.0) -> PageContent:
    """A page with the given glyphs and, when ruled_to, a table's column rule from 30 pt down to it."""
    edges = (Edge(50.0, 30.0, 50.0, ruled_to, "v", "line"),) if ruled_to else ()
    return PageContent(number, 595.0, 842.0, tuple(c for run in runs for c in run), edges, ())


def test_furniture_repeated_footer_and_changing_page_number() -> None:
    one = page(1, chars("—", 280, 794), chars("1", 292, 794), chars("—", 304, 794), chars("绿色家", 220, 775))
    two = page(2, chars("—", 280, 794), chars("2", 292, 794), chars("—", 304, 794), chars("园", 220, 40))
    found = furniture_chars(one, [two])
    assert sorted(c.text for c in found) == ["1", "—", "—"]  # the number framed by the dashes too
    assert furniture_chars(two, [one])
    # alone (no neighbour of its size: a landscape page among portrait ones), a dashed number is furniture when it is
    # the page's own (probe round unseen43); another number between dashes is not, nor what is not framed by dashes
    assert sorted(c.text for c in furniture_chars(one, [])) == ["1", "—", "—"]
    assert not furniture_chars(page(3, chars("—", 280, 794), chars("1", 292, 794), chars("—", 304, 794)), [])
    assert not furniture_chars(page(1, chars("1", 292, 794)), [])
    # a merged cell cut at both pages' foot: its text repeats, but inside the table on both
    cut = page(2, chars("工程师", 400, 794), ruled_to=808.0)
    assert not furniture_chars(page(1, chars("工程师", 400, 794), ruled_to=808.0), [cut])


def test_furniture_needs_the_whole_line_repeated_in_the_band() -> None:
    # a table's first row on two pages, same place, one cell the same: the line differs, no furniture
    one = page(1, chars("工程师", 400, 40), chars("CEng", 60, 40), chars("工程师", 400, 400))
    two = page(2, chars("工程师", 400, 40), chars("MSPE", 60, 40), chars("工程师", 400, 400))
    assert not furniture_chars(one, [two])  # and the mid-page line, repeated, is outside the bands


def test_furniture_dropped_only_in_a_row_cut_open() -> None:
    footer = chars("—3—", 280, 794)
    header = chars("序号", 60, 40)
    grid = [((50.0, 34.0, 540.0, 60.0), []), ((50.0, 771.0, 540.0, 808.0), [])]
    kept = _without_furniture([*header, *footer], grid, [34.0, 808.0], frozenset([*footer, *header]))
    assert kept == header  # a header repeated at the top of every page, even cut open there: kept


def test_furniture_pages_read_with_their_neighbours() -> None:
    pages = [page(n) for n in (1, 2, 3)]
    assert [(p.number, [q.number for q in near]) for p, near in with_neighbours(pages)] == [
        (1, [2]), (2, [1, 3]), (3, [2])]  # fmt: skip


def test_furniture_a_bare_page_number_where_the_neighbour_prints_one() -> None:
    # Twentieth session (unseen20 jinzhou-booktabs.pdf, XeLaTeX): a plain footer '2', centred, whose
    # digits never repeat; read into the last row of an unruled table above it
    one = page(1, chars("1", 292, 794))
    two = page(2, chars("2", 292, 794), chars("Surveying)", 300, 760))
    assert sorted(c.text for c in furniture_chars(two, [one])) == ["2"]
    assert sorted(c.text for c in page_numbers(two, furniture_chars(two, [one]))) == ["2"]
    assert furniture_chars(page(2, chars("第2页", 277, 794)), [page(1, chars("第1页", 277, 794))])
    assert furniture_chars(page(9, chars("9/12", 282, 794)), [page(10, chars("10/12", 277, 794))])
    # elsewhere on the line, at another height, beside no number, or not the next number: none
    assert not furniture_chars(page(2, chars("2", 400, 794)), [one])
    assert not furniture_chars(page(2, chars("2", 292, 780)), [one])
    assert not furniture_chars(page(2, chars("2", 292, 794)), [page(1, chars("A", 292, 794))])
    # a table's 序号 at the foot of two pages, at the same place: a page of rows apart, no page number
    assert not furniture_chars(page(2, chars("40", 60, 794)), [page(1, chars("20", 60, 794))])
