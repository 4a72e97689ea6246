"""Cell text clean-up: whitespace as published, and joining lines that wrapping split.

Text is kept as printed: no width folding, no bracket rewriting. Only whitespace is
normalized (runs of spaces, ideographic spaces, non-breaking spaces and newlines become
one space) so that the same cell reads the same from PDF, DOCX and HTML.
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

_SPACE_RUN = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # C0 controls that are not whitespace, and DEL
# A 序号 as bureaus print it: "12", "１２" (full width), "12." or "12、" (Word's automatic numbering
# prints "1." by default), "（12）" or "(12)", with the digits as group 1 or 2.
SEQ_NUMBER = re.compile(
    r"^\s*(?:([0-9\uff10-\uff19]{1,4})\s*[.\uff0e\u3001]?|[(\uff08]\s*([0-9\uff10-\uff19]{1,4})\s*[)\uff09])\s*$"
)


def clean_cell(text: str | None) -> str:
    """Collapse every run of whitespace to one space, drop control characters (a PDF's text
    layer can carry them; no name means one, and Excel and XML cannot store them), strip the ends."""
    if not text:
        return ""
    return _SPACE_RUN.sub(" ", _CONTROL.sub("", text)).strip()


def seq_text(text: str) -> str:
    """A printed 序号 as the number it is ("１２、" → "12"); any other text stays as printed."""
    match = SEQ_NUMBER.match(text)
    return unicodedata.normalize("NFKC", match.group(1) or match.group(2)) if match else text


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
