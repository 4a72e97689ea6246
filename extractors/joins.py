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

Breaks next to something other than two letters ("国际纺织学会| (Textile", "Mechatroniker|/-in",
"Corrosion-|Chemical") are settled by the document's spacing convention (`Spacing`): how the
same document prints the same two kinds of character on one line. Where it prints them at
least `Spacing.AT_LEAST` times (distinct cells, the undecided joins themselves not counted)
and always the same way, the break follows it ("document spacing" in `checks`); where the
document prints them both ways, or too rarely, nothing is decided.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from core.cells import clean_cell, join_wrapped

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


def texts_to_vocabulary(texts: Iterable[str], joins: Iterable[Join] = ()) -> frozenset[str]:
    """Every word standing on its own in the texts. Pass cells after their rows are joined,
    so that the piece a break split off ("cal" of "Metallurgi|cal") is not its own evidence;
    and their undecided `joins`, so that the piece after a break read as a space
    ("Werkzeugm| echaniker") is not either: it counts only where it stands elsewhere too."""
    counts = Counter(_words(texts))
    for join in joins:
        if join.separator == " ":
            counts[_pieces(join)[1]] -= 1
    return frozenset(word for word, n in counts.items() if n > 0)


def _words(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        for token in text.split():
            word = token.strip(_EDGE_PUNCTUATION)
            if word:
                yield word


def _kind(char: str) -> str:
    """The kind of a character for spacing conventions: "汉" (a CJK ideograph), "a" / "A" (a
    lower- / upper-case letter), "0" (a digit), or the character itself (punctuation)."""
    if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
        return "汉"
    if char.isalpha():
        return "A" if char.isupper() else "a"
    return "0" if char.isdigit() else char


def _convention_key(left: str, right: str) -> tuple[str, str] | None:
    """The pair of kinds at a break (`left`: the last one or two characters before it), or None
    where words decide (two letters) or nothing does. A mark standing alone after a space is a kind
    of its own: the dash of "Architect - Professional" is not the hyphen of "IPC-A-610" (probe round
    unseen34: a document gluing hyphens to capitals had read "Architect -|Professional" glued, as settled)."""
    if not left or not right:
        return None
    last = _kind(left[-1])
    if last == left[-1] and not last.isalnum() and left[-2:-1] == " ":
        last = " " + last
    key = (last, _kind(right))
    if set(key) <= {"a", "A"} or key == ("0", "0"):
        return None
    return key


def _before_break(left: str) -> str:
    """What `_convention_key` reads before a break from a join's left side, the last word of its
    line: its last two characters, or a space and the mark where the word is one mark, which
    stood alone ("Architect -|Professional")."""
    if len(left) == 1 and not left.isalnum() and _kind(left) == left:
        return " " + left
    return left[-2:]


# Ideographs next to Latin letters, digits or a half-width bracket, either way round.
_CJK_LATIN = frozenset({("汉", k) for k in ("a", "A", "0", "(")} | {(k, "汉") for k in ("a", "A", "0", ")")})


@dataclass(frozen=True)
class Spacing:
    """How one document prints each pair of character kinds on one line: glued or with a space."""

    AT_LEAST = 3  # printings that make a convention, none the other way
    counts: Mapping[tuple[tuple[str, str], str], int] = field(default_factory=dict)

    def convention(self, left: str, right: str) -> str | None:
        """"" or " " where the document prints the kinds of `left`'s last and `right`'s first
        character always that way (at least AT_LEAST times); None otherwise."""
        key = _convention_key(_before_break(left), right[:1])
        if key is None:
            return None
        glued, spaced = self.counts.get((key, ""), 0), self.counts.get((key, " "), 0)
        if glued >= self.AT_LEAST and not spaced:
            return ""
        if spaced >= self.AT_LEAST and not glued:
            return " "
        if (glued and spaced) or key not in _CJK_LATIN:
            return None
        # Too few printings of this pair on one line (a narrow column breaks nearly every such
        # cell there): how the document spaces ideographs and Latin in general decides, if it
        # always does it one way ("ACRP 认证", "学会 (The", "LEED 绿色"), the pangu-style
        # convention, and the pair's own printings do not say otherwise.
        all_glued = sum(self.counts.get((k, ""), 0) for k in _CJK_LATIN)
        all_spaced = sum(self.counts.get((k, " "), 0) for k in _CJK_LATIN)
        if all_glued >= self.AT_LEAST and not all_spaced:
            return ""
        if all_spaced >= self.AT_LEAST and not all_glued:
            return " "
        return None


NO_SPACING = Spacing()


def spacing_of(cells: Iterable[tuple[str, Sequence[Join]]]) -> Spacing:
    """The document's spacing from its cells as read, each with the undecided joins in it:
    every distinct cell text counts once, and each undecided join's own pair is taken back out
    (a reading the geometry could not settle is no evidence for itself)."""
    joins_in: dict[str, set[tuple[str, str, str]]] = {}
    for text, joins in cells:
        joins_in.setdefault(text, set()).update((_before_break(j.left), j.separator, j.right[:1]) for j in joins)
    counts: Counter[tuple[tuple[str, str], str]] = Counter()
    for text, open_breaks in joins_in.items():
        for i, char in enumerate(text[:-1]):
            if char == " ":
                continue
            left = text[max(i - 1, 0):i + 1]
            if text[i + 1] != " ":
                key, separator = _convention_key(left, text[i + 1]), ""
            elif i + 2 < len(text) and text[i + 2] != " ":
                key, separator = _convention_key(left, text[i + 2]), " "
            else:
                continue
            if key is not None:
                counts[(key, separator)] += 1
        for left, separator, right in open_breaks:
            if (key := _convention_key(left, right)) is not None and counts[(key, separator)] > 0:
                counts[(key, separator)] -= 1
    return Spacing(dict(counts))


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


# Lower-case words that stand alone in German and French qualification names; English ones are
# in the word list. A lower-case piece after a break that is none of these, no English word and
# nowhere else in the document is the rest of a word the break cut ("Anlagenmecha|niker/-in").
_FOREIGN_WORDS = frozenset({"und", "oder", "für", "fur", "mit", "der", "die", "das", "des", "dem", "den", "im",
                            "zur", "zum", "von", "vom", "bei", "auf", "aus", "nach", "de", "du", "la", "le",
                            "les", "et", "en", "pour", "au", "aux", "sur", "del", "di", "van", "voor"})  # fmt: skip
# The word list holds two-letter abbreviations by the hundred ("rs", "cs", "nt"); these are the
# two-letter words that stand alone in a name.
_TWO_LETTER_WORDS = frozenset({"am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me",
                               "my", "no", "of", "on", "or", "so", "to", "up", "us", "we"})  # fmt: skip


def _stands_alone(piece: str, vocabulary: frozenset[str]) -> bool:
    """Whether a lower-case piece could be a word of its own (so a break before it could be a space)."""
    lower = piece.casefold()
    if piece in vocabulary or lower in _FOREIGN_WORDS or lower in _TWO_LETTER_WORDS or lower == "a":
        return True
    return len(piece) > 2 and _is_word(piece)


def cut_word(last: str, first: str) -> bool:
    """The letters before and after a break make one English word, and neither piece is a word
    on its own ("Institut|e", "Membershi|p", "Constructio|n"): a word cut mid-way."""
    if not (last.isascii() and first.isascii() and last.isalpha() and first.isalpha() and first.islower()):
        return False
    return (_is_derived_word(last + first) and not _stands_alone(first, frozenset())
            and not _stands_alone(last.casefold(), frozenset()))  # fmt: skip


def may_be_cut(last: str, first: str) -> bool:
    """The letters before and after a break make one English word and the piece after it is no word alone
    ("Internationa|l", "Professional|s"): a break a renderer may have made inside the word."""
    if not (last.isascii() and first.isascii() and last.isalpha() and first.isalpha() and first.islower()):
        return False
    return _is_derived_word(last + first) and not _stands_alone(first, frozenset())


def _pieces(join: Join) -> tuple[str, str]:
    """The word ending before the break and the word starting after it, without edge punctuation."""
    return join.left.rsplit(" ", 1)[-1].strip(_EDGE_PUNCTUATION), join.right.split(" ", 1)[0].strip(_EDGE_PUNCTUATION)


def settle(cell: str, join: Join, vocabulary: frozenset[str], spacing: Spacing = NO_SPACING) -> str:
    """Re-read an undecided break from the document's spacing convention where it is not
    between two letters, else from the document's own words, then from the word list."""
    if gender_ending(join.left, join.right):
        return cell if join.separator == "" else _rejoin(cell, join, "")
    convention = " " if _suspended_hyphen(join) else spacing.convention(join.left, join.right)
    if convention is None and _binding_hyphen(join):
        convention = ""
    if convention is not None:
        return cell if convention == join.separator else _rejoin(cell, join, convention)
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
    in_document = first in vocabulary and len(first) > 1  # a lone letter in the text is no evidence
    two_words = _is_word(last) and _is_word(first) and not _is_derived_word(last + first)
    return _rejoin(cell, join, " ") if in_document or two_words else cell


def join_cell_lines(lines: Iterable[str]) -> str:
    """A cell's lines as a DOCX, a web page or a workbook breaks them (a break typed in the cell,
    with no geometry to read): `join_lines`, except where the break falls inside a word a German
    or hyphenated name writes as one: "Elektroniker|/-in" and "Elektroniker/|-in" (gender_ending),
    "Elektroniker/-|in", and "Kraftfahrzeug-|mechatroniker" or "Corrosion-|Chemical" join with
    no space. A conjunction after the hyphen ("Maschinen-| und Anlagenführer") and a hyphen
    standing alone ("Level 3 -| Advanced") keep it. Found while the unseen18 probe was planned:
    a workbook cell typed "Kraftfahrzeug-⏎mechatroniker" was read "Kraftfahrzeug- mechatroniker"."""
    out = ""
    for line in (clean_cell(line) for line in lines):
        if out and line and _binds(out, line):
            out += line
        else:
            out = join_wrapped(out, line) if out else line
    return clean_cell(out)


def _binds(left: str, right: str) -> bool:
    if gender_ending(left, right) or (left.endswith("/-") and right[:1].islower()):
        return True
    return (left.endswith("-") and left[-2:-1].isalpha() and right[:1].isalpha()
            and right.split(" ", 1)[0].casefold() not in CONJUNCTIONS)  # fmt: skip


def gender_ending(left: str, right: str) -> bool:
    """A German gender ending at a break between `left` and `right` binds to the noun before it:
    "Elektroniker|/-in", "Kraftfahrzeugmechatroniker/|-in", "Mechaniker|/-innen" (German writes
    the noun and its ending as one word, never spaced)."""
    ending = r"-in(?:nen)?(?![^\W\d_])"
    if left[-1:].isalpha():
        return re.match("/" + ending, right) is not None
    return re.search(r"[^\W\d_]/$", left) is not None and re.match(ending, right) is not None


def _suspended_hyphen(join: Join) -> bool:
    """A hyphen after a letter with a conjunction after the break: "Maschinen-| und" (a space)."""
    last, first = _pieces(join)
    return last[-1:] == "-" and last[-2:-1].isalpha() and first.casefold() in CONJUNCTIONS


def _binding_hyphen(join: Join) -> bool:
    """A hyphen after a letter or ideograph with a capital or an ideograph after the break binds
    the two ("Corrosion-|Chemical", "电子技术员-|机械"): a hyphen typed before a space is a
    suspended one, and a conjunction follows it ("Maschinen- und")."""
    return bool(re.search(r"[^\W\d_]-$", join.left)) and (join.right[:1].isupper() or _kind(join.right[:1]) == "汉")


WORD_LIST = "word list"  # the evidence a settled join's check names
DOCUMENT = "document"
CONVENTION = "document spacing"
HYPHEN = "hyphen"

# A PDF prints a space between two Chinese characters where its producer drew one; a browser
# printing a web page draws one for each line break of the page's source (found by the unseen18
# probe: Word's HTML breaks its lines inside Chinese runs, `美国材料信息协⏎会`, and Chromium's print
# reads `美国材料信息协 会`). A notice may print such a space itself (`公益社団法人 日本技術士会`,
# `涂层检查员 三级`), so the PDF alone cannot say: the field waits for a steward (pipeline/text_review.py).
HAN_SPACE_NOTE = "a space between two Chinese characters"
_HAN_SPACE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff] +[\u3400-\u4dbf\u4e00-\u9fff]")


def han_spaces(text: str) -> list[str]:
    """Each space of `text` between two Chinese characters, with the characters around it ("协 会")."""
    return [m.group(0) for m in _HAN_SPACE.finditer(text)] if " " in text else []


def han_space_check(field: str, where: str) -> str:
    """A row's check naming such a space: "issuer: 协 会 (a space between two Chinese characters)"."""
    return f"{field}: {where} ({HAN_SPACE_NOTE})"


def han_space_of(where: str) -> str:
    """The space a check's text after "field: " names ("协 会"); "" when it names none."""
    spaced = where.removesuffix(f" ({HAN_SPACE_NOTE})")
    return spaced if spaced != where else ""


def join_evidence(join: Join, vocabulary: frozenset[str], spacing: Spacing = NO_SPACING) -> str:
    """What, besides the geometry, says the join's separator is right (after `settle`): the
    document's spacing convention (not between two letters); a hyphen that binds (a capital
    or an ideograph after it, `_binding_hyphen`); the word list (the glued piece is
    a word and the pieces are not both words, or the reverse for a space; a glued lower-case
    piece that is no word on its own; a conjunction after a hyphen, "Maschinen-| und"); the
    document (the piece after a space stands as a word elsewhere in it); or ""."""
    if gender_ending(join.left, join.right):
        return WORD_LIST if join.separator == "" else ""  # "Elektroniker/-in": one German word
    if _suspended_hyphen(join):
        return WORD_LIST if join.separator == " " else ""  # a suspended hyphen: "Maschinen- und Antriebstechnik"
    convention = spacing.convention(join.left, join.right)
    if convention is not None:
        return CONVENTION if convention == join.separator else ""
    if _binding_hyphen(join) and join.separator == "":
        return HYPHEN
    last, first = _pieces(join)
    if not (last[-1:].isalpha() and first[:1].isalpha() and last.isascii() and first.isascii()):
        return ""
    letters = re.match(r"[A-Za-z]+", first)
    # letters bound to a gender ending ("niker/-in", "i|n/-in") are the end of a German noun
    gendered = bool(letters) and first[letters.end() if letters else 0:].startswith("/")
    if (join.separator == "" and len(last) > 1 and letters and letters.group().islower()
            and (gendered or not _stands_alone(letters.group(), vocabulary))):  # fmt: skip
        return WORD_LIST  # the piece after the break is no word of its own: a word the break cut
    if min(len(last), len(first)) < 2:
        return ""  # one letter ("a|b") is a word of the list by accident as often as not
    both_words = _is_word(last) and _is_word(first)
    if join.separator == "":
        return WORD_LIST if _is_derived_word(last + first) and not both_words else ""
    if first[:1].islower() and first in vocabulary and len(first) > 1:
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
