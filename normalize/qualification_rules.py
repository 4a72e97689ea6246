"""Small rules of qualification identity added in the fourteenth session (normalize/qualifications.py
is long; its run-level rules call these). Pure functions on names and comparison keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from normalize.cjk import to_simplified


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


_LATIN = re.compile(r"[A-Za-z]")


_NUMERAL_LEVEL = re.compile(r"([一二三四五六七八九])(?=级)")


def _plain_key(text: str) -> str:
    """Letters and digits only, casefolded, Han characters read as simplified (`normalize.cjk`: 検定 is
    检定) and a Chinese numeral before 级 as its digit (一级 is 1級): one printing of a name."""
    text = to_simplified(unicodedata.normalize("NFKC", text))
    text = _NUMERAL_LEVEL.sub(lambda m: str("一二三四五六七八九".index(m.group(1)) + 1), text)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def known_by_printed_name(rows: Sequence[tuple[str, str, str]], known: Sequence[str]) -> list[str]:
    """A row known by a name in no Latin letters whose 译名, also in none, is the name another row
    of the same issuer prints is that row's qualification, known as it is ('造船技术士' | '조선기술사'
    beside '조선기술사' | '造船技术士（Professional Engineer, …）'): the 译名 column gives the same
    qualification in another language. Only where the printed name is one qualification's."""
    printed = _printed_names(rows, known)
    out = list(known)
    for i, ((issuer_id, _, translation), name_known) in enumerate(zip(rows, known)):
        if _LATIN.search(name_known) or _LATIN.search(translation) or not _plain_key(translation):
            continue
        out[i] = _the_other(printed, issuer_id, _plain_key(translation), name_known) or name_known
    return known_by_same_printing(rows, out)


def known_by_same_printing(rows: Sequence[tuple[str, str, str]], known: Sequence[str]) -> list[str]:
    """Rows of one issuer that print one name, in Japanese or traditional forms or with another
    numeral ('色彩検定1級' beside '色彩检定一级'), are one qualification although their 译名 differ:
    a row known by a name in no Latin letters takes the name its printing's other rows are known
    by, the one Latin name among them, or where there is none the first in order (so both rows
    land on one). Where two Latin names share a printing, nothing is changed."""
    printed = _printed_names(rows, known)
    out = list(known)
    for i, ((issuer_id, name, _), name_known) in enumerate(zip(rows, known)):
        names = printed.get((issuer_id, _plain_key(name)), set())
        if _LATIN.search(name_known) or len(names) < 2:
            continue
        latin = sorted(n for n in names if _LATIN.search(n))
        if len(latin) <= 1:
            out[i] = latin[0] if latin else min(names)
    return out


def _printed_names(rows: Sequence[tuple[str, str, str]], known: Sequence[str]) -> dict[tuple[str, str], set[str]]:
    """(issuer, a printed name's plain key) -> the names the rows printing it are known by."""
    printed: dict[tuple[str, str], set[str]] = {}
    for (issuer_id, name, _), name_known in zip(rows, known):
        printed.setdefault((issuer_id, _plain_key(name)), set()).add(name_known)
    return printed


def _the_other(printed: dict[tuple[str, str], set[str]], issuer_id: str, key: str, known: str) -> str | None:
    """The one name other than `known` the issuer's rows printing `key` are known by, else None."""
    found = printed.get((issuer_id, key), set()) - {known}
    return next(iter(found)) if len(found) == 1 else None


_BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")
_LEVEL_WORD = re.compile(r"[级等段]")  # on a key: read as simplified (級 is 级)


def known_by_bracketed_name(rows: Sequence[tuple[str, str, str]], known: Sequence[str]) -> list[str]:
    """A row whose name carries, in brackets, the qualification's own name in no Latin letters,
    printed whole by another row of the same issuer, is that row's qualification: '一般机械工程师
    （일반기계기사）' beside '일반기계기사' (a translation with the original name after it), or '日本专利代理人
    （弁理士）' beside '弁理士'. Three characters or more and no level word ('（三级）', '（高级工）' are levels,
    no names), and only where that name is one qualification's."""
    printed = _printed_names(rows, known)
    out = list(known)
    for i, ((issuer_id, name, _), name_known) in enumerate(zip(rows, known)):
        for group in _BRACKETED.findall(unicodedata.normalize("NFKC", name)):
            key = _plain_key(group)
            if _LATIN.search(group) or len(key) < 3 or _LEVEL_WORD.search(key) or key == _plain_key(name):
                continue
            if (other := _the_other(printed, issuer_id, key, name_known)) is not None:
                out[i] = other
                break
    return out
