"""What an OCR'd value's words say of it, besides the reader: Latin words, and the values the
run's text documents print.

Two readings of a cell by one engine agree on the same misreading now and then. Measured on
the test scans and the held-out one (bench/ocr_report.py), the agreements left once each
reading is whole (extractors/ocr_check.py) had lost a narrow space between Latin words
("DiplomainBrewing", "PressureVessel", "API510", "Engineering,Science"). `latin_doubts` names
what in a value's Latin text no word list vouches for: a value with any is no agreement's.

A value that another notice of the same run prints in its text layer, exactly, is evidence too
(`printed_elsewhere`): a misreading would have to land on a value printed elsewhere. It flatters
scans of notices whose text the run also reads; bench/ocr_report.py --with-text measures it with
the other notices' text only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from extractors.joins import english_words
from normalize.series import isolated
from pipeline.entries import Entry

# The fields whose values the run's text documents vouch for (pipeline/ocr_review.py PRINTED).
VOCABULARY_FIELDS = ("qualification", "qualification_zh", "issuer", "series")
# A grade or number: a value with one may be a new grade a character from a printed one.
_GRADE = re.compile(r"[0-9一二三四五六七八九十ⅠⅡⅢⅣⅤ]|\b[IVX]+\b|级")
# Latin letters (with accents), an apostrophe inside a word.
_PIECE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?")
_GLUED = (
    (re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]"), "a capital inside a word (a space lost?)"),
    (re.compile(r"[A-Za-z][0-9]|[0-9][A-Za-z]"), "letters glued to digits (a space lost?)"),
    (re.compile(r"[,;:][A-Za-z0-9]"), "a comma or colon glued to the next word (a space lost?)"),
    (re.compile(r"\|"), "has a bar (a ruling read as text?)"),
    # A mark standing alone between words (but &, / and +, which names print so: `Building Design +
    # Construction`), or a + alone at either end: read at 90 or more, "The — International Academy
    # of Cytology" (a speck) on a 150 dpi scan, "项目管理专业人 +" for 人士 on the held-out one. A
    # printed one (`CID – Advanced`) waits for a steward too.
    (re.compile(r"(?:^|\s)[^\w\s()（）&/|+]{1,3}(?=\s|$)|^\+\s|\s\+$"), "has a mark standing alone (a speck read as text?)"),
)
# Ideographs a stroke from a common one of these catalogs, which two readings were measured
# agreeing on where the common one is printed: 十 and 土 for 士 ("纺织学会会十" for 会士,
# "专业人土" for 人士), 木 and 玉 for 术 and 技 ("国际医子玉木员" for 医学技术员).
LOOKALIKES = frozenset("十土木玉")
_CAPS_WORD = re.compile(r"^([A-Z]{2,})([a-z]+)$")  # "AICHEmember": an abbreviation, then a word
# The two-letter words that stand alone in a name (the word list holds two-letter abbreviations by the hundred).
_SHORT_WORDS = frozenset({"an", "as", "at", "by", "in", "of", "on", "or", "to"})
# Endings that make a word from a word in the word list (SCOWL holds stems, not every derivation).
_SUFFIXES = ("s", "es", "ship", "ships", "ment", "ments", "ness", "er", "ers", "or", "ors", "ist", "ists", "al",
             "ation", "ations", "ing", "ed")  # fmt: skip


def latin_doubts(text: str, *, every_word: bool = True) -> list[str]:
    """What in a value's Latin text no word list vouches for: a sign of a space lost (a capital
    inside a word, letters glued to digits or to a comma, two English words glued, an
    abbreviation glued to a word), of a letter misread (a word that one letter changed, added or
    dropped makes an English word: "Compnuter"), a bar (a ruling read as text), and, with
    `every_word`, a word with a small letter that is no English word (nor one plus a common
    ending). Words in capitals only are abbreviations and pass (no list holds them)."""
    found = [why for pattern, why in _GLUED if pattern.search(text)]
    unknown = [piece for piece in _PIECE.findall(text) if not piece.isupper() and not _english(piece)]
    glued = [piece for piece in unknown if _two_words(piece)]
    if glued:
        found.append(f"has two words glued ({', '.join(glued[:3])}: a space lost?)")
    glued_caps = [piece for piece in unknown if (m := _CAPS_WORD.match(piece)) and len(m[2]) >= 4 and _english(m[2])]
    if glued_caps:
        found.append(f"has an abbreviation glued to a word ({', '.join(glued_caps[:3])}: a space lost?)")
    near = [piece for piece in unknown if piece not in glued and sum(ch.isupper() for ch in piece) < 2
            and _one_letter_from_a_word(piece)]  # fmt: skip
    if near:
        found.append(f"has a word a letter from an English word ({', '.join(near[:3])}: a letter misread?)")
    if every_word and unknown:
        found.append(f"has Latin words no word list holds ({', '.join(unknown[:3])})")
    return found


def _one_letter_from_a_word(piece: str) -> bool:
    """A piece of five letters or more that one letter changed, added or dropped makes an
    English word ("Compnuter", "Heajth"): most likely that word, misread."""
    lower = piece.casefold()
    if len(lower) < 5 or not lower.isascii():
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    edits = {lower[:i] + lower[i + 1 :] for i in range(len(lower))}
    edits |= {lower[:i] + c + lower[i + 1 :] for i in range(len(lower)) for c in letters}
    edits |= {lower[:i] + c + lower[i:] for i in range(len(lower) + 1) for c in letters}
    return any(_english(edit) for edit in edits - {lower})


def _two_words(piece: str) -> bool:
    """A piece that is two English words glued ("Diplomain", "Pressurevessel")."""
    lower = piece.casefold()
    return any(_english(lower[:n]) and _english(lower[n:]) and min(n, len(lower) - n) >= 2
               and (len(lower) - n > 2 or lower[n:] in _SHORT_WORDS) and (n > 2 or lower[:n] in _SHORT_WORDS)
               for n in range(2, len(lower) - 1))  # fmt: skip


def _english(piece: str) -> bool:
    words = english_words()
    lower = piece.casefold().replace("’", "'")
    if lower in words or (len(lower) == 1 and lower in "a"):
        return True
    return any(lower.endswith(end) and lower[: -len(end)] in words for end in _SUFFIXES if len(lower) > len(end) + 2)


Vocabulary = Mapping[str, Mapping[str, frozenset[str]]]  # field → value → the notices printing it as text


def text_vocabulary(entries: Sequence[Entry]) -> dict[str, dict[str, frozenset[str]]]:
    """The values of VOCABULARY_FIELDS that the run's rows read from text (not OCR) print, each
    with the notices that print it."""
    found: dict[str, dict[str, set[str]]] = {field: {} for field in VOCABULARY_FIELDS}
    for entry in entries:
        if not entry.row.ocr:
            for field in VOCABULARY_FIELDS:
                if value := getattr(entry.row, field):
                    found[field].setdefault(value, set()).add(entry.notice.notice_id)
    return {field: {v: frozenset(ids) for v, ids in values.items()} for field, values in found.items()}


def printed_elsewhere(entry: Entry, field: str, printed: Vocabulary) -> bool:
    """An OCR'd value that another notice of the run prints as text, exactly, that no other
    value printed there is one character away from, and with no grade in it (a new grade,
    "NACE CIP1", is a character from a known one)."""
    values = printed.get(field, {})
    value = getattr(entry.row, field)
    if value not in values or not values[value] - {entry.notice.notice_id} or _GRADE.search(value):
        return False
    return isolated(value, frozenset(values))
