"""Glyphs drawn over other glyphs: where a PDF's text layer may not say what its page shows.

A printed page never sets two different characters in one place. When its text layer does, one
of them is not what a reader sees: old text covered by a white box and the new text set over it,
an older wording drawn invisible (text render mode 3) or in a layer that is switched off, an
electronic seal stamped over a row, text cut off at its cell's border running into the next
cell, a footnote in a font drawn over the table. pdfminer reads all of them alike, so the
cell's text mixes both ("工高程级师工程", "注oo册r临din床a研to究r"). Found by the unseen28 probe,
where several such catalogs were published with wrong cells and exit 0.

`overprinted_spots` finds such places on a page: two glyphs that are not spaces, with different
text or far apart in size, whose boxes overlap over half of the smaller one's width and height.
The same glyph drawn again a fraction of a point aside (fake bold, `extractors.pdf._dedupe`)
is no overprint. The catalog step holds back a catalog whose table holds one
(`extractors.tables`), with the page and place, for a steward to compare with the print.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from core.model import BBox

if TYPE_CHECKING:  # the glyph records only: tables.py uses spots_inside without pdfplumber
    from extractors.pdfpage import Char

# Two glyphs overlap when each covers this share of the smaller one's width and of its height
OVERLAP_SHARE = 0.5
# The same character drawn again within this share of its size is a bold made by drawing twice
FAKE_BOLD_SHIFT = 0.25
# Glyphs whose sizes differ more than this are a watermark or a stamp's big characters behind the
# text, which the table reading already leaves out (unseen10's huishan, unseen16's shaowu)
SIZE_RATIO = 1.5
_CELL = 24.0  # points: the side of the squares the page is bucketed into


def overprinted_spots(chars: Sequence[Char], furniture: Collection[Char] = ()) -> tuple[BBox, ...]:
    """The boxes (union of the two glyphs) where one glyph is drawn over another, in page order.
    Punctuation is left out: a producer sets two full-width marks closer than their boxes
    (`）》`, Chromium and Typst), and so are the page's running header, footer and number
    (`furniture`), which one catalog prints inside a row a page break cut open (unseen9b)."""
    drawn = [c for c in chars if c.text.strip() and c.x1 > c.x0 and c.bottom > c.top
             and not unicodedata.category(c.text[0]).startswith("P") and c not in furniture]  # fmt: skip
    if drawn:  # a watermark's or a stamp's big glyphs overlap each other, turned (PDFium reads them upright)
        usual = statistics.median(c.size for c in drawn)
        drawn = [c for c in drawn if c.size <= SIZE_RATIO * usual]
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, c in enumerate(drawn):
        for bx in range(int(c.x0 // _CELL), int(c.x1 // _CELL) + 1):
            for by in range(int(c.top // _CELL), int(c.bottom // _CELL) + 1):
                buckets[(bx, by)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        for a_at, a in enumerate(members):
            for b in members[a_at + 1 :]:
                if (a, b) not in pairs and _overprints(drawn[a], drawn[b]):
                    pairs.add((a, b))
    spots = {  # rounded as table boxes are: both PDF readers give the same places
        (round(min(drawn[a].x0, drawn[b].x0), 1), round(min(drawn[a].top, drawn[b].top), 1),
         round(max(drawn[a].x1, drawn[b].x1), 1), round(max(drawn[a].bottom, drawn[b].bottom), 1))
        for a, b in pairs
    }  # fmt: skip
    return tuple(sorted(spots, key=lambda box: (round(box[1]), box[0])))


def _overprints(a: Char, b: Char) -> bool:
    width = min(a.x1 - a.x0, b.x1 - b.x0)
    height = min(a.bottom - a.top, b.bottom - b.top)
    across = min(a.x1, b.x1) - max(a.x0, b.x0)
    down = min(a.bottom, b.bottom) - max(a.top, b.top)
    if across < OVERLAP_SHARE * width or down < OVERLAP_SHARE * height:
        return False
    if max(a.size, b.size) > SIZE_RATIO * max(min(a.size, b.size), 0.1):
        return False
    heights = (a.bottom - a.top, b.bottom - b.top)
    if max(heights) > SIZE_RATIO * min(heights):
        return False  # a watermark's turned glyph, whose box is far larger than the size it was set at
    if _next_letter(a, b) or _next_letter(b, a):
        return False
    if a.text == b.text:
        size = max(a.size, b.size, 1.0)
        return abs(a.x0 - b.x0) > FAKE_BOLD_SHIFT * size or abs(a.top - b.top) > FAKE_BOLD_SHIFT * size
    return True


def _next_letter(a: Char, b: Char) -> bool:
    """`b` is the Latin letter set after `a` on its line, closer than their boxes: the parts of a
    ligature (fi, fl), or a font PDFium substitutes with wider glyphs (STSong-Light's `mi`)."""
    return (a.text.isascii() and b.text.isascii() and a.text.isalpha() and b.text.isalpha()
            and a.fontname == b.fontname and abs(a.size - b.size) < 0.01 * a.size
            and abs(a.top - b.top) < 0.1 * a.size and b.x0 >= (a.x0 + a.x1) / 2)  # fmt: skip


INSIDE_SLACK = 1.0  # points


def spots_inside(spots: Sequence[BBox], box: BBox) -> tuple[BBox, ...]:
    """The spots that lie inside `box` whole: a running header a browser prints over the top of a
    table's repeated header (unseen9b's jingjiang) reaches out of it, and is the furniture's."""
    x0, top, x1, bottom = box
    slack = INSIDE_SLACK
    return tuple(s for s in spots
                 if s[0] >= x0 - slack and s[1] >= top - slack and s[2] <= x1 + slack and s[3] <= bottom + slack)  # fmt: skip
