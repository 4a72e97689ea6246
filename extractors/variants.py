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


def simplified(text: str) -> str:
    """`text` in simplified characters; the text itself when it holds none to convert, or when it
    is Japanese (`is_japanese`): 日商簿記検定1級 is a Japanese certificate's own name, and folding it
    gave 日商簿记検定1级, a form no one prints (probe rounds unseen29 and unseen31)."""
    return text if text.isascii() else _converted(text)


def is_japanese(text: str) -> bool:
    """Whether `text` holds kana or a character of Japanese forms only (shinjitai: 検, 験, 関, 総, 団):
    one OpenCC's `jp2t` changes and neither `s2t` nor `t2s` does. 会 or 学 are no sign (also
    simplified Chinese), nor 級 or 記 (also traditional Chinese)."""
    return any(_is_kana(ch) or (not ch.isascii() and _japanese_only(ch)) for ch in text)


def _is_kana(ch: str) -> bool:
    """Hiragana, katakana and the long-vowel mark ー; not the middle dot ・, which Chinese clerks
    type between the parts of a foreign name too."""
    return "\u3041" <= ch <= "\u3096" or "\u30a1" <= ch <= "\u30fa" or ch == "\u30fc"


@lru_cache(maxsize=8192)
def _japanese_only(ch: str) -> bool:
    with _LOCK:
        return bool(_opencc("jp2t").convert(ch) != ch and _opencc("s2t").convert(ch) == ch
                    and _opencc("t2s").convert(ch) == ch)  # fmt: skip


@cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=8192)  # a catalog repeats its issuers, titles and series row after row
def _converted(text: str) -> str:
    if is_japanese(text):  # asked here, once per distinct text (it takes _LOCK itself)
        return text
    with _LOCK:
        return str(_opencc("t2s").convert(text))


def in_japanese_forms(text: str) -> bool:
    """Whether every character of `text` is one Japanese writes: OpenCC's `t2jp` leaves it as it
    is (技術, 機械, 部門), and it is no form only simplified Chinese writes (议, 术; 会 is Japanese
    too: `jp2t` knows it). Forms traditional Chinese shares with Japanese say nothing by themselves;
    with a Japanese body issuing the row (tables._japanese_row) they are the body's own name."""
    return all(ch.isascii() or _japanese_form(ch) for ch in text)


@lru_cache(maxsize=8192)
def _japanese_form(ch: str) -> bool:
    with _LOCK:
        kept, japanese_writes = _opencc("t2jp").convert(ch) == ch, _opencc("jp2t").convert(ch) != ch
    return kept and (japanese_writes or not _simplified_only(ch))  # (_simplified_only takes _LOCK itself)


def traditional_check(field: str, printed: str, published: str) -> str:
    """A row's check naming the conversion: "issuer: 英國… → 英国… (printed in traditional characters)"."""
    return f"{field}: {printed}{_ARROW}{published} ({TRADITIONAL_NOTE})"


def traditional_of(where: str) -> str:
    """What a check's text after "field: " says was printed ("英國…"); "" when it names no conversion."""
    body = where.removesuffix(f" ({TRADITIONAL_NOTE})")
    return body.split(_ARROW, 1)[0] if body != where and _ARROW in body else ""


def mixes_forms(text: str) -> bool:
    """Whether `text` holds both a character only simplified Chinese writes (议, 记: OpenCC's `s2t`
    changes it) and one only traditional Chinese or Japanese writes (記, 検, 術): two texts joined,
    as a Japanese name and its Chinese 译名 in one cell ('日商簿記検定1級日本商工会议所簿记检定一级')."""
    chars = {ch for ch in text if not ch.isascii()}
    return any(_simplified_only(ch) for ch in chars) and any(_not_simplified(ch) for ch in chars)


@lru_cache(maxsize=8192)
def _simplified_only(ch: str) -> bool:
    with _LOCK:
        return bool(_opencc("s2t").convert(ch) != ch)


@lru_cache(maxsize=8192)
def _not_simplified(ch: str) -> bool:
    if is_japanese(ch):  # kana, or a form only Japanese writes (it takes _LOCK itself)
        return True
    with _LOCK:
        return bool(_opencc("t2s").convert(ch) != ch)
