"""Page furniture: a running header, a footer or a page number printed on every page.

A producer may print them inside a table's vertical extent (a web page's `position: fixed`
footer printed by Chromium falls inside the row a page break cut open), where they would be
read as part of a cell ("绿色—家 3 — 园"). Furniture is told by repetition: the same glyph at
the same place on the page before or after, in the page's top or bottom band, and printed
there clear of every table (a merged cell cut at every page's foot repeats its text too). A page number
that changes from page to page ("— 2 —", "— 3 —") is furniture by its dashes, and so is what
they frame on their line; and a dashed number that is the page's own (— 3 — on the file's third page) is
furniture by itself, also on a page turned landscape among portrait ones, which shares no place with its
neighbours (probe round unseen43: the last row of a table read without rulings took it into its 译名).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from extractors.pdfpage import Char, PageContent

BAND = 0.12  # share of the page's height at its top and bottom where headers and footers print
SAME_PLACE = 0.5  # pt: one producer puts a repeated glyph at the same place to within this


def _in_band(c: Char, height: float) -> bool:
    # (a glyph reaching into the bottom band: a landscape page's footer began 0.07 pt above it, probe round unseen43)
    return c.bottom <= height * BAND or c.bottom >= height * (1 - BAND)


def _places(page: PageContent) -> set[tuple[str, int, int]]:
    """The band's glyphs printed clear of every table (no column rule reaches their height) as
    (text, x0, top), in half points: where a page shows its furniture for what it is."""
    tops, bottoms = _heights_ruled(page)
    out: set[tuple[str, int, int]] = set()
    for c in page.chars:
        if c.text.strip() and _in_band(c, page.height):
            # the last ruled stretch starting at or above the glyph's bottom is the only one that can reach it
            i = bisect.bisect_right(tops, c.bottom) - 1
            if i < 0 or bottoms[i] < c.top:
                out.add((c.text, round(c.x0 * 2), round(c.top * 2)))
    return out


def _heights_ruled(page: PageContent) -> tuple[list[float], list[float]]:
    """The stretches of the page's height that a column rule covers (the vertical rules' spans
    merged where they overlap or touch), as their tops and bottoms in order: a glyph is clear of
    every rule when its height meets none of them (was a test against each rule per glyph)."""
    tops: list[float] = []
    bottoms: list[float] = []
    for top, bottom in sorted((e.top, e.bottom) for e in page.edges if e.orientation == "v"):
        if bottoms and top <= bottoms[-1]:
            bottoms[-1] = max(bottoms[-1], bottom)
        else:
            tops.append(top)
            bottoms.append(bottom)
    return tops, bottoms


def _repeated(c: Char, seen: set[tuple[str, int, int]]) -> bool:
    x, y = round(c.x0 * 2), round(c.top * 2)
    return any((c.text, x + dx, y + dy) in seen for dx in (-1, 0, 1) for dy in (-1, 0, 1))


def furniture_chars(page: PageContent, neighbours: Sequence[PageContent]) -> frozenset[Char]:
    """The page's glyphs that are furniture: whole lines in its top or bottom band whose glyphs
    are at the same place on a neighbouring page of the same size, clear of its tables, or framed on their line by
    such glyphs (a page's number between its dashes); and a bare page number ('2', '第 2 页')
    where a neighbouring page prints the number one less or one more on the same height, centred
    alike (LaTeX's and Word's plain footer: its digits change from page to page, so they never
    repeat; a table's 序号 at the foot of two pages, each at the same place, differ by a page of
    rows, not by one)."""
    seen: set[tuple[str, int, int]] = set()
    numbers: list[tuple[float, float, int]] = []  # (top, centre, the number this page would print)
    for other in neighbours:
        if abs(other.width - page.width) <= 1 and abs(other.height - page.height) <= 1:
            seen |= _places(other)
            numbers += [(*_top_centre(line), _number(line) + page.number - other.number)
                        for line in _band_lines(other) if _page_number(line)]  # fmt: skip
    out: set[Char] = set()
    for line in _band_lines(page):
        repeated = [c for c in line if _repeated(c, seen)]
        if repeated and all(c in repeated or _framed(c, repeated) for c in line):
            out.update(line)
        elif _DASHED_NUMBER.fullmatch("".join(c.text for c in line if c.text.strip())) and _number(line) == page.number:
            out.update(line)  # — 3 — on the file's third page: its number, also beside pages of another size
        elif _page_number(line):
            top, centre = _top_centre(line)
            if any(abs(top - t) <= SAME_PLACE and abs(centre - x) <= line[0].size and _number(line) == n
                   for t, x, n in numbers):  # fmt: skip
                out.update(line)
    return frozenset(out)


_PAGE_NUMBER = re.compile(r"[-–—]*(?:第)?[0-9]{1,4}(?:页)?(?:/[0-9]{1,4})?[-–—]*")
_DASHED_NUMBER = re.compile(r"[-–—]+[0-9]{1,4}[-–—]+")


def _page_number(line: Sequence[Char]) -> bool:
    """A line that is a page number alone: '2', '- 2 -', '第2页', '2/10'."""
    return bool(_PAGE_NUMBER.fullmatch("".join(c.text for c in line if c.text.strip())))


def _number(line: Sequence[Char]) -> int:
    """The page number a page-number line prints (the first number: '2' of '2/10')."""
    return int(re.findall(r"[0-9]+", "".join(c.text for c in line))[0])


def _top_centre(line: Sequence[Char]) -> tuple[float, float]:
    return line[0].top, (min(c.x0 for c in line) + max(c.x1 for c in line)) / 2


def _band_lines(page: PageContent) -> list[list[Char]]:
    """The band's glyphs in lines: one top (to SAME_PLACE) and one size."""
    lines: list[list[Char]] = []
    for c in sorted((c for c in page.chars if c.text.strip() and _in_band(c, page.height)), key=lambda c: c.top):
        if lines and abs(lines[-1][0].top - c.top) <= SAME_PLACE and abs(lines[-1][0].size - c.size) <= SAME_PLACE:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def _framed(c: Char, repeated: Sequence[Char]) -> bool:
    return any(f.x1 <= c.x0 for f in repeated) and any(f.x0 >= c.x1 for f in repeated)


def with_neighbours(pages: Iterable[PageContent]) -> Iterator[tuple[PageContent, list[PageContent]]]:
    """Each page with the pages before and after it, reading one page ahead only."""
    before: PageContent | None = None
    it = iter(pages)
    current = next(it, None)
    while current is not None:
        after = next(it, None)
        yield current, [p for p in (before, after) if p is not None]
        before, current = current, after


def page_numbers(page: PageContent, furniture: frozenset[Char]) -> frozenset[Char]:
    """The page's number among its furniture: a table read without rulings would take it for a
    line of its last row when that row ends low on the page (LaTeX's plain footer)."""
    return frozenset(c for line in _band_lines(page) if _page_number(line) and all(c in furniture for c in line)
                     for c in line)  # fmt: skip
