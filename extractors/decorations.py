"""Decorations a PDF page draws on its text that are no part of it: strikes, underlines, emphasis
marks, highlighter bands.

**Struck-through text**: a thin horizontal line drawn through glyphs above their baseline.
A revised notice prints its corrections so (修订的内容以删除线标示): the old value struck through before or
after the new one, and a withdrawn row struck whole. A DOCX says so in its runs (w:strike) and a web page
in its markup (<del>, line-through), and their readers leave that text out; a PDF only draws a line. The
line is found by where it crosses the glyphs, measured from their baseline in ems:

- LibreOffice draws the strike 0.28 em above the baseline, Chromium 0.32 em (Latin and CJK fonts alike);
- an underline lies at or below the baseline (Chromium -0.11 em, a double one -0.11 and -0.25 em);
- an overline lies about an em above it.

A table's rulings are told apart by their ends: a strike stops within half an em of the glyphs it
crosses, passes no gap wider than words leave, and meets no column rule, where a ruling runs on to
the table's sides over the gaps between its columns. A filled rectangle
counts only when thin (its two long sides under a fifth of an em apart): a highlighter's band drawn
over the lower half of the text has a side in the strike's band too.

The struck glyphs (kept aside in `PageContent.struck`: a row struck whole is withdrawn) and the
lines themselves are left out of the page, so the cell reads as the DOCX reads it, and no strike is taken for a rule between rows (extractors.unruled reads rules). An
underline, found the same way below the baseline, keeps its glyphs and is no rule either.

**Highlighter bands** (Word's w:highlight, HTML's <mark>): a filled rectangle drawn behind a run of
text, as high as its line and as wide as its words. Its sides are no rulings: LibreOffice's band
behind a name stood in its cell as a column of its own (found by the unseen26 probe: a 7-column
table under a 6-column header, the notice refused). A band holds glyphs, wraps them within a fifth
of an em across and 0.4 em up and down, is 0.6 to 2 ems high and passes no gap between columns;
a cell's shading keeps its padding from the text, a stripe under a row spans the gaps between its
columns.

**Small capitals** (Word's w:smallCaps, CSS font-variant: small-caps): LibreOffice and Chromium
print a small-capped lower-case letter as the capital at 0.8 and 0.68 of the text's size, so the
text layer says CHARTERED ENGINEER where the document typed Chartered Engineer (found by the unseen26
probe). A line shows small capitals when one of its words has a capital of the text's size followed
at once, on the same baseline, by smaller capitals; then every smaller capital on the line's
baseline is lower case. A word only set in a smaller size (`(ASCP)` in 8 pt beside 10.5 pt text)
starts with no full-size capital, and a line without such a word is left as printed.

**Emphasis marks** (着重号: CSS text-emphasis, Word's w:em): Chromium writes a dot over each
ideograph as a glyph of its own in the text layer, half the text's size and centred on it, and
the dots would be read as a line of "• • •" in the cell. A mark glyph that small, centred over or
under a glyph of the text within an em, is left out.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from core.cells import is_cjk
from extractors.pdfpage import Char, Edge, PageContent

# Where a strike crosses the glyphs, in ems above their baseline (measured: 0.28 LibreOffice, 0.32
# Chromium; an underline is at or below 0, an overline near 1).
STRIKE_BAND = (0.15, 0.55)
# Where an underline lies, in ems above the baseline (Chromium: -0.11, a double one -0.11 and -0.25).
UNDERLINE_BAND = (-0.4, -0.02)
# The widest gap between the words of one decorated text, in ems (justified lines spread words).
WORD_GAP_EMS = 1.5
# How far a strike may run past the glyphs it crosses, in ems (Chromium and LibreOffice end it
# with the struck text, a space's width at most past it).
OVERRUN_EMS = 0.5
# The two long sides of a filled rectangle drawn as a strike are this many ems apart at most.
THIN_EMS = 0.2


def without_decorations(page: PageContent) -> PageContent:
    """The page without ruby readings, emphasis marks, highlighter bands, struck-through glyphs
    and the lines striking them."""
    return without_struck_text(without_highlights(without_emphasis_marks(without_ruby(page))))


# A ruby reading's glyphs are at most this share of the size of the ideographs they stand over, and
# their foot at most RUBY_GAP_EMS of those ems above the ideographs' top, or RUBY_TOUCH_EMS into it
# (measured: LibreOffice sets pinyin at 0.48 of the text's size, 0.27 em above it; Chromium at 0.55,
# its box touching the text's).
RUBY_SHARE, RUBY_GAP_EMS, RUBY_TOUCH_EMS = 0.6, 0.6, 0.15
# ... and at least this share: text over a watermark's big glyphs is no reading of them
RUBY_MIN_SHARE = 0.4
RUBY_WINDOW = 40.0  # points below a reading's foot where the ideographs it stands over are looked for


def without_ruby(page: PageContent) -> PageContent:
    """The page without ruby readings: pinyin, kana or zhuyin set small over ideographs (Word's
    w:ruby, HTML's <ruby>; the readers of DOCX and web pages leave them out, extractors/docx.py and
    extractors/html.py). A print has only the small glyphs over the text, which were read into
    the cell before it (found by the unseen29 probe: `t è x ǔ j ī nróng 特许金融分析师`)."""
    small = [c for c in page.chars if c.upright and _is_reading(c.text)]
    if not small:
        return page
    ideographs = sorted((c for c in page.chars if c.upright and _is_ideograph(c.text)), key=lambda c: c.top)
    tops = [c.top for c in ideographs]
    drop = set()
    for c in small:
        for g in ideographs[bisect_left(tops, c.bottom - RUBY_WINDOW / 4) : bisect_right(tops, c.bottom + RUBY_WINDOW)]:
            high, base_high = c.bottom - c.top, g.bottom - g.top  # a glyph's size is unsure on a turned page
            if (RUBY_MIN_SHARE * base_high <= high <= RUBY_SHARE * base_high and -RUBY_TOUCH_EMS * g.size <= g.top - c.bottom <= RUBY_GAP_EMS * g.size
                    and c.x0 < g.x1 and c.x1 > g.x0):  # fmt: skip
                drop.add(c)
                break
    return replace(page, chars=tuple(c for c in page.chars if c not in drop)) if drop else page


def _is_reading(text: str) -> bool:
    """A glyph a ruby reading is set in: a Latin letter (pinyin's, with its tone marks), kana or zhuyin."""
    if not text or len(text) != 1:
        return False
    code = ord(text)
    return (text.isalpha() and code < 0x0250) or 0x3040 <= code <= 0x30FF or 0x3100 <= code <= 0x312F


def _is_ideograph(text: str) -> bool:
    """An ideograph (as extractors.pdf tells one), or a radical Chromium's text layer writes for
    one (⾦ for 金: U+2E80-U+2FDF), which extractors.pdf folds only later."""
    return bool(text) and ((unicodedata.category(text[0]) == "Lo" and is_cjk(text[0])) or "\u2e80" <= text[0] <= "\u2fdf")


# A highlighter's band is this many ems high at most, its left and right sides this many ems from its
# glyphs, its top and bottom this many (measured: LibreOffice and Chromium within 0.03 em of the glyphs
# across, 0.3 em up and down; a cell's shading 0.5 em or more away, its padding).
BAND_EMS, BAND_SIDE_EMS, BAND_EDGE_EMS = 2.0, 0.2, 0.4
# ... and at least this many ems high: it covers its line (a strike's bar, through the middle of the
# glyphs, is under a tenth of an em).
BAND_MIN_EMS = 0.6


def without_highlights(page: PageContent) -> PageContent:
    """The page without the sides of the bands a highlighter draws behind text."""
    if not page.fills:
        return page
    glyphs = sorted((c for c in page.chars if c.upright and c.text.strip()), key=lambda c: (c.top + c.bottom) / 2)
    middles = [(c.top + c.bottom) / 2 for c in glyphs]
    bands = [box for box in page.fills
             if _is_band(box, glyphs[bisect_left(middles, box[1]) : bisect_right(middles, box[3])])]  # fmt: skip
    if not bands:
        return page
    sides = {_side for box in bands for _side in _sides(box)}
    return replace(page, edges=tuple(e for e in page.edges if _key(e) not in sides),
                   fills=tuple(b for b in page.fills if b not in bands))  # fmt: skip


def _is_band(box: tuple[float, float, float, float], glyphs: Sequence[Char]) -> bool:
    x0, top, x1, bottom = box
    inside = sorted((c for c in glyphs if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom),
                    key=lambda c: c.x0)  # fmt: skip
    if not inside:
        return False
    em = max(c.size for c in inside)
    if not BAND_MIN_EMS * em <= bottom - top <= BAND_EMS * em:  # a strike's bar crosses glyphs too
        return False
    if abs(inside[0].x0 - x0) > BAND_SIDE_EMS * em or abs(max(c.x1 for c in inside) - x1) > BAND_SIDE_EMS * em:
        return False
    if min(c.top for c in inside) - top > BAND_EDGE_EMS * em or bottom - max(c.bottom for c in inside) > BAND_EDGE_EMS * em:
        return False
    return not any(b.x0 - a.x1 > WORD_GAP_EMS * em for a, b in zip(inside, inside[1:]))


def _sides(box: tuple[float, float, float, float]) -> list[tuple[str, int, int, int, int]]:
    x0, top, x1, bottom = box
    return [_key(Edge(x0, top, x1, top, "h", "rect_edge")), _key(Edge(x0, bottom, x1, bottom, "h", "rect_edge")),
            _key(Edge(x0, top, x0, bottom, "v", "rect_edge")), _key(Edge(x1, top, x1, bottom, "v", "rect_edge"))]  # fmt: skip


def _key(e: Edge) -> tuple[str, int, int, int, int]:
    """An edge's place to a hundredth of a point: a rectangle's side is found by its box."""
    return (e.orientation if e.kind == "rect_edge" else "", round(e.x0 * 100), round(e.top * 100),
            round(e.x1 * 100), round(e.bottom * 100))  # fmt: skip


# The glyphs producers draw as emphasis marks: bullets and dots, filled and open circles, the
# sesame dots (﹅﹆) of CSS `text-emphasis: sesame`.
EMPHASIS_MARKS = frozenset("•·・‧∙●○◦﹅﹆")
# An emphasis mark is drawn this share of the text's size at most (Chromium: half).
MARK_SHARE = 0.7


def without_emphasis_marks(page: PageContent) -> PageContent:
    """The page without emphasis marks: small mark glyphs centred over or under a glyph of the text."""
    marks = [c for c in page.chars if c.text in EMPHASIS_MARKS and c.upright]
    if not marks:
        return page
    text = [c for c in page.chars if c.upright and c.text.strip() and c.text not in EMPHASIS_MARKS]
    drop = {m for m in marks if any(_marks(m, g) for g in text)}
    return replace(page, chars=tuple(c for c in page.chars if c not in drop)) if drop else page


def _marks(mark: Char, glyph: Char) -> bool:
    """`mark` is an emphasis mark of `glyph`: much smaller, centred on it, just over or under it."""
    em = glyph.size
    if em <= 0 or mark.size > MARK_SHARE * em:
        return False
    if abs((mark.x0 + mark.x1) / 2 - (glyph.x0 + glyph.x1) / 2) > 0.25 * em:
        return False
    over = glyph.top - em <= mark.bottom <= glyph.top + 0.3 * em
    under = glyph.bottom - 0.3 * em <= mark.top <= glyph.bottom + em
    return over or under


def without_struck_text(page: PageContent) -> PageContent:
    """The page without its struck-through glyphs, the lines striking them and the lines
    underlining text; the page itself when none is drawn."""
    lines = [e for e in page.edges if e.orientation == "h" and e.x1 - e.x0 > 1.0]
    if not lines:
        return page
    columns = [e for e in page.edges if e.orientation == "v"]
    glyphs = _ByBaseline([c for c in page.chars if c.upright and c.base is not None and c.size > 0])
    runs = [(line, crossed) for line in lines if (crossed := glyphs.crossed(line, STRIKE_BAND))
            and _decorates(line, crossed, lines, columns)]  # fmt: skip
    # an underline is no rule between rows (extractors.unruled): its glyphs stay
    underlines = {line for line in lines if (under := glyphs.crossed(line, UNDERLINE_BAND))
                  and _decorates(line, under, lines, columns)}  # fmt: skip
    if not runs and not underlines:
        return page
    struck = {c for _, crossed in runs for c in crossed}
    kept = [c for c in page.chars if c not in struck]
    joiners = [j for _, crossed in runs if (j := _joiner(crossed, kept)) is not None]
    drawn = {line for line, _ in runs} | underlines
    return replace(page, chars=tuple(kept + joiners), edges=tuple(e for e in page.edges if e not in drawn),
                   struck=tuple(c for c in page.chars if c in struck))  # fmt: skip


def _joiner(run: Sequence[Char], kept: Sequence[Char]) -> Char | None:
    """A word joiner (U+2060, which clean_cell drops) where a struck run stood between two glyphs
    with no space beside it (美国<s>计算机</s>焊接协会, a word struck inside another): the gap it
    leaves is no space. A space glyph beside the run stays and reads as the space it is."""
    first = min(run, key=lambda c: c.x0)
    last = max(run, key=lambda c: c.x1)
    em = max(c.size for c in run)
    top, bottom = min(c.top for c in run), max(c.bottom for c in run)

    def beside(c: Char) -> bool:
        return min(bottom, c.bottom) - max(top, c.top) > 0.5 * min(bottom - top, c.bottom - c.top)

    near = 0.15 * em
    left = [c for c in kept if beside(c) and abs(c.x1 - first.x0) <= near]
    right = [c for c in kept if beside(c) and abs(c.x0 - last.x1) <= near]
    if not left or not right or any(not c.text.strip() for c in (*left, *right)):
        return None
    return replace(first, text="\u2060", x1=last.x1)


class _ByBaseline:
    """A page's upright glyphs sorted by baseline, so that a line finds the few it may cross
    without a pass over the page (a table's rules are hundreds of lines on a page)."""

    def __init__(self, glyphs: list[Char]) -> None:
        self.glyphs = sorted(glyphs, key=lambda c: c.base or 0.0)
        self.bases = [c.base or 0.0 for c in self.glyphs]
        self.largest = max((c.size for c in glyphs), default=0.0)

    def crossed(self, line: Edge, band: tuple[float, float]) -> list[Char]:
        """The glyphs whose middle the line passes over or under, lying in their `band` (ems above
        the baseline)."""
        y = line.top
        low, high = band
        reach = max(abs(low), abs(high)) * self.largest
        start, end = bisect_left(self.bases, y - reach), bisect_right(self.bases, y + reach)
        return [c for c in self.glyphs[start:end]
                if line.x0 <= (c.x0 + c.x1) / 2 <= line.x1 and (c.base or 0.0) - high * c.size <= y <= (c.base or 0.0) - low * c.size]  # fmt: skip


def _decorates(line: Edge, crossed: Sequence[Char], lines: Sequence[Edge], columns: Sequence[Edge]) -> bool:
    """The line is drawn on the glyphs it crosses: it ends with them, passes no gap wider than
    text leaves between words (a rule under a row passes the gaps between its columns), meets no
    column rule, and (a rectangle's side) is one side of a thin bar."""
    ink = [c for c in crossed if c.text.strip()]
    if not ink:
        return False
    em = max(c.size for c in ink)
    left, right = min(c.x0 for c in crossed), max(c.x1 for c in crossed)
    if line.x0 < left - OVERRUN_EMS * em or line.x1 > right + OVERRUN_EMS * em:
        return False
    ordered = sorted(crossed, key=lambda c: c.x0)
    if any(b.x0 - a.x1 > WORD_GAP_EMS * em for a, b in zip(ordered, ordered[1:])):
        return False
    if any(v.top - 1.0 <= line.top <= v.bottom + 1.0 and v.bottom - v.top > 0.5 * em
           and (abs(v.x0 - line.x0) <= 1.0 or abs(v.x0 - line.x1) <= 1.0) for v in columns):  # fmt: skip
        return False
    if line.kind != "rect_edge":
        return True
    return any(other is not line and abs(other.x0 - line.x0) <= 0.5 and abs(other.x1 - line.x1) <= 0.5
               and 0 < abs(other.top - line.top) <= THIN_EMS * em for other in lines)  # fmt: skip


# A small capital is printed at this share of the text's size (LibreOffice 0.8, Chromium 0.68).
SMALL_CAP_SHARE = (0.6, 0.85)


def lowered_small_caps(line: Sequence[Char]) -> list[Char]:
    """One line's glyphs (left to right) with small capitals back in lower case; the line as it
    is when no word on it shows small capitals."""
    full = max((c.size for c in line if c.text.isalpha()), default=0.0)
    if full <= 0:
        return list(line)

    def small(c: Char) -> bool:
        return (c.text.isalpha() and c.text.isupper() and c.base is not None
                and SMALL_CAP_SHARE[0] * full <= c.size <= SMALL_CAP_SHARE[1] * full)  # fmt: skip

    def capital(c: Char) -> bool:
        return c.text.isalpha() and c.text.isupper() and c.size >= 0.95 * full and c.base is not None

    bases = [a.base for a, b in zip(line, line[1:])
             if capital(a) and small(b) and abs((b.base or 0.0) - (a.base or 0.0)) <= 0.05 * full
             and b.x0 - a.x1 < 0.1 * full]  # fmt: skip
    if not bases:
        return list(line)
    base = bases[0] or 0.0
    return [replace(c, text=c.text.lower()) if small(c) and abs((c.base or 0.0) - base) <= 0.05 * full else c
            for c in line]  # fmt: skip

