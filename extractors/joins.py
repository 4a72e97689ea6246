"""Line breaks the PDF geometry could not settle, and the document's own evidence for them.

A one-word line that fills its cell to within less than a space, followed by a lower-case
word, reads either as a word broken mid-way ("Handelskamm|ertag") or as a space the renderer
dropped at the line end ("Examiners|for"). Glyph positions cannot tell these apart. The
document itself often can: if the piece after the break stands as a word of its own
elsewhere in the same document ("for" in "American Society for Metals"), the break was a
space. That is evidence from the notice, not a word list; without it the geometry's reading
stands. Either way the join stays listed for a steward to compare with the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_EDGE_PUNCTUATION = "()（）[]【】,，;；.。:：、\"'“”‘’"


@dataclass
class Join:
    """One undecided line join in a cell: left|right, with the separator chosen."""

    column: int
    left: str
    separator: str
    right: str

    def __str__(self) -> str:
        return f"{self.left}|{self.separator}{self.right}"


def text_to_join(column: int, text: str) -> Join:
    """Parse the extractor's "left|right" notation (a leading space on the right: a space)."""
    left, _, rest = text.partition("|")
    return Join(column, left, " " if rest.startswith(" ") else "", rest.lstrip())


def texts_to_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Every word standing on its own in the texts. Pass cells after their rows are joined,
    so that the piece a break split off ("cal" of "Metallurgi|cal") is not its own evidence."""
    return frozenset(_words(texts))


def _words(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        for token in text.split():
            word = token.strip(_EDGE_PUNCTUATION)
            if word:
                yield word


def settle(cell: str, join: Join, vocabulary: frozenset[str]) -> str:
    """Put back the space of a mid-word reading when the document uses the right piece as a word."""
    first = join.right.split(" ", 1)[0].strip(_EDGE_PUNCTUATION)
    # Read as one word: a letter or digit at the break, or a hyphen after a letter (a compound,
    # "Maschinen-|und", where "und" on its own says it was a suspended hyphen); not "/-|in".
    glued_word = join.left[-1:].isalnum() or (join.left.endswith("-") and join.left[-2:-1].isalpha())
    if not (join.separator == "" and glued_word and first[:1].islower() and first in vocabulary):
        return cell
    glued = join.left + join.right.split(" ", 1)[0]
    if glued not in cell:
        return cell
    join.separator = " "
    return re.sub(re.escape(glued), lambda _: f"{join.left} {join.right.split(' ', 1)[0]}", cell, count=1)
