"""Tesseract's words (its TSV output) put back together as cell text, with the cell's confidence.

Tesseract cuts Chinese into "words" wherever it likes ("美国 建造 师 学 会"): ideographs never
take a space between them. Between an ideograph and a Latin letter or digit, the gap on the
page decides: a printed space is wider than the spacing a typesetter adds there. Lines are
joined as wrapped lines are (core.cells.join_wrapped); a line that ends in a hyphen goes on as
a compound ("ACRP-|MDP") and is listed as undecided, as the text reader lists it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np
import numpy.typing as npt

from core.cells import FULL_WIDTH_CLOSERS, FULL_WIDTH_OPENERS, clean_cell, is_cjk
from extractors.joins import CONJUNCTIONS as _CONJUNCTIONS

# A blank wider than this share of the line's height is a printed space (a space is a quarter
# em; letters and ideographs stand closer, with their bearings only).
SPACE_GAP = 0.2  # measured at 300 dpi: spaces 0.34-0.5, glyphs side by side 0-0.1
SPACE_EM = 0.25  # a space's width, in ems
LATIN_SURE = 95.0
# An ideograph fills its em square less its side bearings: n ideographs are about n ems wide.
HAN_BEARING = 0.1  # of the em: the bearings the ink of a run of ideographs leaves out
HAN_COUNT_SLACK = 0.9  # ideographs more or fewer than the width holds (measured: right words stay within ±0.85)
MISFIT_CONFIDENCE = 50.0  # the confidence of a word whose width says an ideograph was dropped or doubled  # a Latin word read with less is read again by chi_sim alone
# A full-width opening bracket's ink sits at the right of its em: the blank before it is wider
# than a Latin space and a half-width bracket's. Measured in ems (an ideograph's advance, see
# `han_em`), after an ideograph, letter or digit on the same line, specks left out: half-width
# after a space 0.29-0.46, full-width 0.67-0.76 (150 to 300 dpi; the bundled notices, LibreOffice
# with Liberation Serif, and Chromium's Noto Serif CJK prints). Only that band is told: a bracket
# glued to the text before it may be a full-width one a printer compressed (Word's punctuation
# compression), and fonts that centre full-width brackets (Taiwan's) were not measured.
HALF_BRACKET_BLANK = (0.2, 0.5)
HALF_BRACKETS = "half-width brackets"  # a cell's evidence: the picture tells each bracket half-width
_OPENERS = "([{" + FULL_WIDTH_OPENERS
_CLOSERS = ")]}" + FULL_WIDTH_CLOSERS


@dataclass(frozen=True)
class Word:
    """One recognized word: its text, its box in the cut-out's pixels and its confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers
    gap: float = 0.0  # blank before the word's ink on the page, in ems of its line (see `with_gaps`)
    spaces: int = 0  # blanks as wide as a space inside the word's box (Tesseract may read "NACE 二级" as one word)


def tsv_to_words(tsv: str, pad: int = 0) -> dict[int, list[Word]]:
    """The words of each image (0-based, in the order given) from Tesseract's TSV, boxes less `pad`."""
    out: dict[int, list[Word]] = {}
    for raw in tsv.splitlines()[1:]:
        parts = raw.split("\t")
        if len(parts) < 12 or parts[0] != "5" or not parts[11].strip():
            continue
        page, block, par, line, _, left, top, width, height = (int(v) for v in parts[1:10])
        out.setdefault(page - 1, []).append(Word(parts[11].strip(), left - pad, top - pad, width, height,
                                                 max(0.0, float(parts[10])), (block, par, line)))  # fmt: skip
    return out


def _latin(text: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in text) and not any(is_cjk(ch) for ch in text)


def _alphanumeric(text: str) -> bool:
    return any(ch.isascii() and ch.isalnum() for ch in text) and not any(is_cjk(ch) for ch in text)


def doubtful_latin(words: Sequence[Word]) -> bool:
    """The reading holds a Latin word (or number) Tesseract was not sure of: chi_sim+eng reads a
    run of ideographs as Latin now and then ("委员会" → "BAS", "49号" → "495"), and then it is
    never quite sure."""
    return any(_alphanumeric(w.text) and w.confidence < LATIN_SURE for w in words)


def merge_readings(mixed: Sequence[Word], chinese: Sequence[Word]) -> list[Word]:
    """The chi_sim+eng reading, where a doubtful Latin word stands on what chi_sim alone reads,
    more surely (their mean confidence is higher), as ideographs: those ideographs instead."""
    out: list[Word] = []
    taken: set[int] = set()
    for word in mixed:
        over = [n for n, c in enumerate(chinese) if _overlap(word, c) > 0.5 * c.width * c.height]
        han = [chinese[n] for n in over]
        if (_alphanumeric(word.text) and word.confidence < LATIN_SURE and han
                and all(any(is_cjk(ch) for ch in c.text) for c in han)
                and sum(c.confidence for c in han) / len(han) > word.confidence):  # fmt: skip
            out += [replace(chinese[n], line=word.line) for n in over if n not in taken]
            taken.update(over)
        else:
            out.append(word)
    return out


def _overlap(a: Word, b: Word) -> int:
    width = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    height = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    return max(0, width) * max(0, height)


def words_to_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped by the line Tesseract found them on, lines top to bottom, words left to right."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    ordered = sorted(lines.values(), key=lambda ws: min(w.top for w in ws))
    return [sorted(ws, key=lambda w: w.left) for ws in ordered]


def with_gaps(line: Sequence[Word], mask: npt.NDArray[np.uint8]) -> list[Word]:
    """Each word with the blank columns before its ink in the line's picture (`mask`: ink > 0), in
    ems (the line's height). Tesseract's own boxes tell spaces badly: an ideograph's box takes in
    the space after it ("会 (The" shows no gap between the boxes)."""
    if not len(line) or mask.size == 0:
        return list(line)
    inked: npt.NDArray[np.bool_] = np.asarray((mask > 0).any(axis=0), dtype=np.bool_)
    em = float(mask.shape[0])
    out = []
    for word in sorted(line, key=lambda w: w.left):
        x = min(max(word.left, 0), len(inked))
        while x < len(inked) and not inked[x]:  # the box may start before the ink
            x += 1
        start = x
        while x > 0 and not inked[x - 1]:
            x -= 1
        inside = inked[start : word.left + word.width]
        out.append(replace(word, gap=(start - x) / em if x > 0 else 0.0, spaces=_blank_runs(inside, SPACE_GAP * em)))
    return out


def _blank_runs(inked: npt.NDArray[np.bool_], width: float) -> int:
    """Runs of blank columns at least `width` wide between inked ones."""
    runs, blank = 0, 0
    for on in inked:
        if on:
            runs += blank >= width
            blank = 0
        else:
            blank += 1
    return runs


def checked(line: Sequence[Word]) -> list[Word]:
    """The line's words, a word's confidence capped where its picture says something was misread,
    of which Tesseract is sure all the same: ideographs dropped or doubled (the word's width
    does not fit their number: "委员会" read as "委员" in the width of three, "会员" as "会员员"),
    a Latin word glued between ideographs ("轻TT程"), a space in the picture the text lacks
    ("AIChEmember")."""
    heights = sorted(w.height for w in line if _han(w.text))
    size = heights[len(heights) // 2] if heights else 0
    out = []
    for n, word in enumerate(line):
        misfit = bool(size) and _han(word.text) and \
            abs((word.width + HAN_BEARING * size) / size - len(word.text)) > HAN_COUNT_SLACK  # fmt: skip
        if misfit or _wedged(line, n) or word.spaces > len(_script_changes(word.text)):
            word = replace(word, confidence=min(word.confidence, MISFIT_CONFIDENCE))
        out.append(word)
    return out


def _wedged(line: Sequence[Word], n: int) -> bool:
    """A Latin word glued to ideographs on both sides ("轻TT程"): in these notices a Latin name
    stands apart from Chinese by a space; glued in, it is most likely a misread ideograph."""
    if not 0 < n < len(line) - 1 or not _latin(line[n].text):
        return False
    before, word, after = line[n - 1], line[n], line[n + 1]
    return (is_cjk(before.text[-1]) and is_cjk(after.text[0])
            and word.gap <= SPACE_GAP and after.gap <= SPACE_GAP)  # fmt: skip


def is_han(char: str) -> bool:
    """An ideograph (CJK punctuation and full-width forms are not)."""
    return _han(char)


def _han(text: str) -> bool:
    return bool(text) and all(is_cjk(ch) and not 0x3000 <= ord(ch) <= 0x303F and not 0xFF00 <= ord(ch) <= 0xFFEF
                              for ch in text)  # fmt: skip


_ASCII_FORMS = str.maketrans("，；：（）．", ",;:().")


def line_text(line: Sequence[Word]) -> str:
    """A line's words joined: no space between ideographs, none inside brackets, else by the gap.
    Full-width punctuation read between Latin letters or digits is the ASCII form it stands for
    (Tesseract's chi_sim writes "Technician， MLT"); beside an ideograph it stays as read."""
    out = ""
    previous: Word | None = None
    for word in line:
        if previous is not None:
            out += _separator(previous, word)
        out += _split_scripts(word)
        previous = word
    return _latin_punctuation(out)


def _script_changes(text: str) -> list[int]:
    """Where a word goes from ideographs to Latin letters or digits, or back."""
    return [n for n in range(1, len(text))
            if is_cjk(text[n - 1]) != is_cjk(text[n]) and text[n - 1].isalnum() and text[n].isalnum()]  # fmt: skip


def _split_scripts(word: Word) -> str:
    """A word whose box shows as many spaces as it has changes between ideographs and Latin
    letters ("NACE二级" with a space in its picture) spaced at those changes."""
    changes = _script_changes(word.text)
    if not changes or word.spaces < len(changes):
        return word.text
    return "".join(ch if n not in changes else " " + ch for n, ch in enumerate(word.text))


def _latin_punctuation(text: str) -> str:
    chars = list(text)
    for n, ch in enumerate(chars):
        if ch in "，；：（）．":
            before = text[:n].rstrip()[-1:]
            after = text[n + 1 :].lstrip()[:1]
            if not is_cjk(before) and not is_cjk(after) and (before.isascii() or after.isascii()):
                chars[n] = ch.translate(_ASCII_FORMS)
    return "".join(chars)


def _separator(left: Word, right: Word) -> str:
    a, b = left.text[-1], right.text[0]
    if is_cjk(a) and is_cjk(b):
        return ""
    if a in _OPENERS or b in _CLOSERS or b in ",.;:，。；：、":
        return ""
    return " " if right.gap > SPACE_GAP else ""


def words_to_line(words: Sequence[Word]) -> str:
    """A running text line's text (a cut-out may hold more than one line: joined with newlines)."""
    return "\n".join(running_brackets(clean_cell(line_text(line))) for line in words_to_lines(words))


# A bracket beside an ideograph in a notice's running text, with the spaces between: Tesseract
# reads a full-width bracket as "(" and puts a space before it (the blank a full-width bracket
# carries inside its em), and cannot tell the widths apart (see pipeline/ocr_review.py
# BRACKETS). A notice's own text (its title, its office, the catalog's title) prints them
# full-width, as official documents are set (GB/T 9704: Chinese punctuation); measured on the
# test scans' notices, every bracket of their details in the text layer is full-width (无锡:
# "办法（试行）", "目录（第一批）"; 泰州: "职称（职业资格）"; 青岛: "（第一批）"), and the scans read all of
# them "(" (details the notices.csv of a scan published wrong). Cells keep what the reader saw.
_HAN = r"[\u4e00-\u9fff]"
# A pair read "(…)", or "〈…)" (a full-width bracket read as an angle bracket), with the spaces around it.
_PAIR = re.compile(r"(?P<before>\S?)\s*[(（〈](?P<inside>[^()（）〈〉\n]*)[)）]")


def running_brackets(line: str) -> str:
    """A running text line whose bracket pairs are full-width, without spaces before them,
    where they hold an ideograph or follow one (a Latin "(ASM)" after a Latin word stays)."""

    def pair(match: re.Match[str]) -> str:
        before, inside = match["before"], match["inside"].strip()
        if re.search(_HAN, inside) or re.fullmatch(rf"{_HAN}|[《》“”，、：]", before):
            return f"{before}（{inside}）"
        return match.group(0)

    return _PAIR.sub(pair, line)


Line = tuple[tuple[int, int, int, int], list[Word]]  # a line's box (pixels: x0, top, x1, bottom) and its words


def lines_to_cell(lines: Sequence[Line], content_right: int) -> tuple[str, float, tuple[str, ...]]:
    """A cell's text from its lines, its confidence (its least sure word's; 0 when a line of ink
    was read as nothing: measured on a held-out scan, "美国国家护理委员会（NCSBN）" read as
    "(NCSBN)" at 96, its first line lost) and the line joins it could not decide
    ("Industriemech|aniker")."""
    text = ""
    undecided: list[str] = []
    previous: Line | None = None
    for line in lines:
        body = clean_cell(line_text(sorted(line[1], key=lambda w: w.left)))
        if not body:
            continue
        if text and previous is not None:
            separator, decided = _line_separator(text, body, previous, line, content_right)
            if not decided:
                undecided.append(f"{text.rsplit(' ', 1)[-1]}|{separator}{body.split(' ', 1)[0]}")
            text += separator
        text += body
        previous = line
    words = [w for _, ws in lines for w in ws]
    if any(not ws for _, ws in lines):
        return clean_cell(text), 0.0, tuple(undecided)  # a line of ink read as nothing: the text lacks it
    return clean_cell(text), min((w.confidence for w in words), default=0.0), tuple(undecided)


def _line_separator(before: str, body: str, previous: Line, line: Line, content_right: int) -> tuple[str, bool]:
    """"" or " " where a cell's line broke, and whether that is certain: the text reader's rules
    (extractors.pdf `_line_separator`) as far as a picture tells them."""
    a, b = before[-1], body[0]
    if is_cjk(before.rstrip(_CLOSERS)[-1:] or a) and is_cjk(body.lstrip(_OPENERS)[:1] or b):
        return "", True  # brackets belong to the run they enclose
    if b in FULL_WIDTH_OPENERS or a in FULL_WIDTH_CLOSERS or b in _CLOSERS:
        return "", True  # no line starts with a closing bracket unless the break cut a word
    if before.endswith("/-") and b.islower():
        return "", True  # the German ending "Mechatroniker/-|in"
    if b == "/" and a.isalpha():
        return "", True  # "Mechatroniker|/-in": no break opportunity before a slash
    if a == "/" and before[-2:-1].isalpha():
        return "", False  # a slash is a break opportunity: "Kraftfahrzeugmechatroniker/|-in"
    if b in "-\u2010" and a.isalnum():
        return " ", True  # a line never starts with a hyphen after a letter unless a space stood there
    if before.endswith(" -") and b.isalpha():
        return "", False  # a hyphen standing alone prefixes the next word: "Elektroniker/-in -|Betriebsstechnik"
    if a in "-\u2010" and before[-2:-1].isalpha() and b.isalpha():
        return ("", False) if b.isupper() or _first_word(body) not in _CONJUNCTIONS else (" ", False)
    (x0, top, x1, bottom), words = previous
    one_run = " " not in line_text(sorted(words, key=lambda w: w.left)).strip()
    first = min(line[1], key=lambda w: w.left, default=None)
    fits = first is not None and content_right - x1 >= SPACE_EM * (bottom - top) + first.width
    if one_run and a.isalpha() and b.islower() and not fits:
        # A word wider than the column, broken where the line was full; or a space before a next
        # word that did not fit ("Examiners|for"): undecided, the notice's words settle it
        # (extractors.joins). Had the next word fitted after a space, the break was no space.
        return "", False
    return " ", True


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].strip(",.;:").casefold()


def han_em(lines: Sequence[Sequence[Word]]) -> float:
    """The size of an ideograph (pixels): the median advance of the ideographs read in runs of
    two or more (0.0 when none was); a word's height is no measure (Tesseract's boxes of single
    ideographs were measured up to 1.8 times too tall)."""
    advances = sorted(w.width / len(w.text) for line in lines for w in line if len(w.text) >= 2 and _han(w.text))
    return advances[len(advances) // 2] if advances else 0.0


def opening_brackets_half_width(line: Sequence[Word], mask: npt.NDArray[np.uint8], em: float) -> bool:
    """Every opening bracket of a line (there is one at least) is half-width by its picture (`mask`:
    ink > 0; `em`: an ideograph's size, see `han_em`): read "(" at the start of a word, after an
    ideograph, Latin letter or digit on the same line, with a blank before its ink within
    HALF_BRACKET_BLANK (ems). Specks are no ink there (a speck in the blank would narrow it). A
    bracket read inside a word, first on its line (Word may compress a full-width one there) or
    after a punctuation mark (which a printer may close up) is not told."""
    words = sorted(line, key=lambda w: w.left)
    brackets = [n for n, w in enumerate(words) if any(ch in w.text for ch in "(（")]
    if not brackets or mask.size == 0 or em <= 0:
        return False
    inked = _inked_columns(mask, em)
    for n in brackets:
        word, before = words[n], words[n - 1] if n else None
        if not word.text.startswith("(") or "(" in word.text[1:] or "（" in word.text or before is None:
            return False
        last = before.text[-1]
        if not (_han(last) or (last.isascii() and last.isalnum())):
            return False
        low, high = HALF_BRACKET_BLANK
        if not low * em <= _widest_blank(inked[max(before.left, 0) : word.left + word.width]) <= high * em:
            return False
    return True


def _inked_columns(mask: npt.NDArray[np.uint8], em: float) -> npt.NDArray[np.bool_]:
    """The columns of a line's picture that hold ink, blobs smaller than a tenth of an em square left out."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats((mask > 0).astype(np.uint8), connectivity=8)
    speck = (0.1 * em) ** 2
    keep = np.zeros(count, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= speck
    return np.asarray(keep[labels].any(axis=0), dtype=np.bool_)


def _widest_blank(inked: npt.NDArray[np.bool_]) -> int:
    """The widest run of blank columns between inked ones."""
    widest, blank, seen = 0, 0, False
    for on in inked:
        if on:
            widest = max(widest, blank) if seen else widest
            blank, seen = 0, True
        else:
            blank += 1
    return widest
