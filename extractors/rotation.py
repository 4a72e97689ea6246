"""Pages whose text runs sideways: turned upright before tables and text are read.

A page shown turned by a quarter (a /Rotate the producer or a later tool set, a landscape table
set on a portrait page) gives characters that are not upright: their lines run down or up the
page. The table and text logic reads upright lines only, so such a page would be read as
empty, and a catalog that goes on over it published short. When most of a page's characters
are sideways, the whole page (characters, rulings, images) is turned a quarter back, so that
its text reads left to right. The direction is the one the text reads in: a line whose
characters follow each other downwards turns anticlockwise, upwards clockwise.

Boxes in the lineage are then in the turned page's coordinates (the page as one reads it).
Pure functions on the `extractors.pdfpage` records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extractors.pdfpage import BBox, Char, Edge, PageContent

Turn = Callable[[BBox], BBox]

SIDEWAYS_MIN_CHARS = 20  # fewer drawn characters (a seal, a page number) say nothing
SIDEWAYS_SHARE = 0.6  # most of the page's characters run sideways


def turn_upright(page: PageContent) -> PageContent:
    """The page turned so that its text is upright; the page itself when it already is."""
    drawn = [c for c in page.chars if c.text.strip()]
    sideways = [c for c in drawn if not c.upright]
    if len(sideways) < SIDEWAYS_MIN_CHARS or len(sideways) < SIDEWAYS_SHARE * len(drawn):
        return page
    down = _reads_downwards(sideways)
    if down is None:
        return page
    turn = _anticlockwise(page.width) if down else _clockwise(page.height)
    # every box in the page's records turns with it: the struck glyphs (a withdrawn row) and the
    # crop box (a table it cuts through is held back) too, or they would be looked for on the page
    # as it was
    return replace(
        page, width=page.height, height=page.width,
        chars=tuple(sorted((_turn_char(c, turn) for c in page.chars), key=lambda c: (c.top, c.x0))),
        edges=tuple(_turn_edge(e, turn) for e in page.edges),
        images=tuple(turn(b) for b in page.images),
        fills=tuple(turn(b) for b in page.fills),
        struck=tuple(_turn_char(c, turn) for c in page.struck),
        crop=None if page.crop is None else turn(page.crop),
    )  # fmt: skip


def _reads_downwards(chars: list[Char]) -> bool | None:
    """Whether consecutive sideways characters of one line follow each other down the page
    (True), up it (False), or no line says (None)."""
    down = up = 0
    for a, b in zip(chars, chars[1:]):
        same_line = min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)
        if not same_line:
            continue
        if b.top > a.top:
            down += 1
        elif b.top < a.top:
            up += 1
    if down == up:
        return None
    return down > up


def _anticlockwise(width: float) -> Turn:
    """Text reading downwards: (x, top) on the page shown becomes (top, width − x)."""
    return lambda box: (box[1], width - box[2], box[3], width - box[0])


def _clockwise(height: float) -> Turn:
    """Text reading upwards: (x, top) on the page shown becomes (height − top, x)."""
    return lambda box: (height - box[3], box[0], height - box[1], box[2])


def _turn_char(char: Char, turn: Turn) -> Char:
    x0, top, x1, bottom = turn((char.x0, char.top, char.x1, char.bottom))
    return replace(char, x0=x0, top=top, x1=x1, bottom=bottom, upright=not char.upright)


def _turn_edge(edge: Edge, turn: Turn) -> Edge:
    x0, top, x1, bottom = turn((edge.x0, edge.top, edge.x1, edge.bottom))
    return replace(edge, x0=x0, top=top, x1=x1, bottom=bottom, orientation="v" if edge.orientation == "h" else "h")

