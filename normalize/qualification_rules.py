"""Small rules of qualification identity added in the fourteenth session (normalize/qualifications.py
is long; its run-level rules call these). Pure functions on names and comparison keys."""

from __future__ import annotations

import re
import unicodedata


def truncates_a_word(group: str, main: str) -> bool:
    """A bracketed word cut short with a full stop that opens one of the name's words is its
    abbreviation ('Ingénieur (ing.)': ing. opens Ingénieur), as a lowercase title often is: one
    word, two letters or more before the stop, the start of a longer name word (accents aside)."""
    short = group.strip()
    if not re.fullmatch(r"[^\W\d_]{2,}\.", short):
        return False
    stem = _plain(short[:-1])
    return any(_plain(w).startswith(stem) and len(w) > len(stem) for w in re.findall(r"[^\W\d_]+", main))


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
