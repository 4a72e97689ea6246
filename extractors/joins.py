"""Line breaks the PDF geometry could not settle, and the document's own evidence for them.

A one-word line that fills its cell to within less than a space, followed by a lower-case
word, reads either as a word broken mid-way ("Handelskamm|ertag") or as a space the renderer
dropped at the line end ("Examiners|for"). Glyph positions cannot tell these apart. The
document itself often can: if the piece after the break stands as a word of its own
elsewhere in the same document ("for" in "American Society for Metals"), the break was a
space. That is the notice's own evidence; an English word list is the second
(`english_words`: SCOWL's american-english list as Debian ships it in `wamerican`, lower-case
letters only, in extractors/data with its copyright notice). A break read as glued is a space
when both pieces are English words and the glued piece is not ("Examiners|for"); a break read
as a space is glued when the glued piece is a word and a piece is not ("Certifi|cation").
Without either kind of evidence the geometry's reading stands. Either way the join stays
listed in `checks`; a join the evidence supports names it there ("Communicatio|ns (word list)")
and does not wait for a steward (pipeline/text_review.py), one without waits in review.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


# Words that follow a suspended hyphen ("Maschinen- und Antriebstechnik", "Hoch- and Tiefbau").
CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw", "and", "or", "nor", "to"})


@cache
def english_words() -> frozenset[str]:
    """SCOWL's American English words (Debian's wamerican), lower-case; read once."""
    data = resources.files("extractors.data").joinpath("english-words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("ascii").split())


def _is_word(text: str) -> bool:
    return text.isascii() and text.isalpha() and text.casefold() in english_words()


# Endings that make a word from a word; a list of stems cannot hold every derived word
# ("Associateship" is not in SCOWL, but "associate" is), so a glued piece that is a word plus
# one of these counts as a word.
_SUFFIXES = ("ship", "ships", "ment", "ments", "ness", "ation", "ations", "tion", "tions", "ing", "ings",
             "ist", "ists", "ism", "ity", "ive", "able", "ible", "ally", "ful", "less", "hood", "dom",
             "ance", "ence", "ian", "ians", "ics", "ical", "ize", "ized", "ise", "ised", "er", "ers", "or", "ors")  # fmt: skip


def _is_derived_word(text: str) -> bool:
    if _is_word(text):
        return True
    lower = text.casefold()
    return any(lower.endswith(end) and (_is_word(lower[: -len(end)]) or _is_word(lower[: -len(end)] + "e"))
               for end in _SUFFIXES if len(lower) > len(end) + 2)  # fmt: skip


def _pieces(join: Join) -> tuple[str, str]:
    """The word ending before the break and the word starting after it, without edge punctuation."""
    return join.left.rsplit(" ", 1)[-1].strip(_EDGE_PUNCTUATION), join.right.split(" ", 1)[0].strip(_EDGE_PUNCTUATION)


def settle(cell: str, join: Join, vocabulary: frozenset[str]) -> str:
    """Re-read an undecided break from the document's own words, then from the word list."""
    last, first = _pieces(join)
    # Read as one word: a letter or digit at the break, or a hyphen after a letter (a compound,
    # "Maschinen-|und", where "und" on its own says it was a suspended hyphen); not "/-|in".
    glued_word = join.left[-1:].isalnum() or (join.left.endswith("-") and join.left[-2:-1].isalpha())
    if join.separator == " " and join.left[-1:].isalpha() and first[:1].isalpha():
        if _is_derived_word(last + first) and not (_is_word(last) and _is_word(first)):
            return _rejoin(cell, join, "")  # "Certifi|cation": one word the break cut
        return cell
    if not (join.separator == "" and glued_word and first[:1].islower()):
        return cell
    in_document = first in vocabulary
    two_words = _is_word(last) and _is_word(first) and not _is_derived_word(last + first)
    return _rejoin(cell, join, " ") if in_document or two_words else cell


WORD_LIST = "word list"  # the evidence a settled join's check names
DOCUMENT = "document"


def join_evidence(join: Join, vocabulary: frozenset[str]) -> str:
    """What, besides the geometry, says the join's separator is right (after `settle`): the word
    list (the glued piece is a word and the pieces are not both words, or the reverse for a
    space), the document (the piece after a space stands as a word elsewhere in it), or ""."""
    last, first = _pieces(join)
    if not (last[-1:].isalpha() and first[:1].isalpha() and last.isascii() and first.isascii()):
        return ""
    if min(len(last), len(first)) < 2:
        return ""  # one letter ("a|b") is a word of the list by accident as often as not
    both_words = _is_word(last) and _is_word(first)
    if join.separator == "":
        return WORD_LIST if _is_derived_word(last + first) and not both_words else ""
    if first[:1].islower() and first in vocabulary:
        return DOCUMENT
    return WORD_LIST if both_words and not _is_derived_word(last + first) else ""


def _rejoin(cell: str, join: Join, separator: str) -> str:
    """Rewrite the join in the cell with the other separator; the cell is unchanged if not found."""
    right = join.right.split(" ", 1)[0]
    before = f"{join.left}{join.separator}{right}"
    if before not in cell:
        return cell
    join.separator = separator
    return cell.replace(before, f"{join.left}{separator}{right}", 1)
