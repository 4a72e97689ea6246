"""Chinese printed in traditional characters in a catalog of the mainland, where names are
published in simplified ones.

A clerk who pastes a body's name from a Hong Kong or Taiwan site leaves `英國皇家特許測量師學會`
where every other city prints `英国皇家特许测量师学会`; a portal searching for the one misses the
other. The published value is the simplified reading (OpenCC's `t2s`, the conversion tables
the OpenCC project maintains; a character table of our own would miss its phrase rules), and
the row names what was printed in `checks`, which makes the field wait for a steward
(pipeline/text_review.py): the conversion is not certain everywhere (乾 → 干 is right for 乾燥,
not for a name), and a name may be printed so on purpose (a Japanese body's 協会).
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache

import opencc

TRADITIONAL_NOTE = "printed in traditional characters"
_ARROW = " → "
_LOCK = threading.Lock()  # one converter, shared by the run's reader threads


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` in simplified characters; the text itself when it holds none to convert."""
    return text if text.isascii() else _converted(text)


@lru_cache(maxsize=8192)  # a catalog repeats its issuers, titles and series row after row
def _converted(text: str) -> str:
    with _LOCK:
        return str(_converter().convert(text))


def traditional_check(field: str, printed: str, published: str) -> str:
    """A row's check naming the conversion: "issuer: 英國… → 英国… (printed in traditional characters)"."""
    return f"{field}: {printed}{_ARROW}{published} ({TRADITIONAL_NOTE})"


def traditional_of(where: str) -> str:
    """What a check's text after "field: " says was printed ("英國…"); "" when it names no conversion."""
    body = where.removesuffix(f" ({TRADITIONAL_NOTE})")
    return body.split(_ARROW, 1)[0] if body != where and _ARROW in body else ""
