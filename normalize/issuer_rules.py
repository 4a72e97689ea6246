"""Issuer rules added in the fourteenth session (normalize/issuers.py is long; it calls these):
renderings of one word in Chinese names, abbreviations printed before the name they spell, a
unit of a body in brackets. Pure functions and patterns."""

from __future__ import annotations

import itertools
import re

from normalize.registry import is_acronym

# Renderings of one English word that Chinese names of one body use in turn: 学会, 协会 and 公会
# all render Society, Institute or Association (澳洲注册会计师公会 = 澳洲注册会计师协会, CPA
# Australia); 与, 和, 及 and 暨 render 'and'; 全国 and 国家 render National, and 全美 is 美国国家
# ('all-American': 全美工程与测量考官委员会 is NCEES). 国家 itself is no filler: 美国国家运动医学学会
# (NASM) and 美国运动医学学会 (ACSM) are two bodies.
_ZH_SYNONYMS = (("学会", "协会"), ("公会", "协会"), ("及", "与"), ("和", "与"), ("暨", "与"))
_ZH_NATIONAL = re.compile(r"^全国")


def zh_key_words(key: str) -> str:
    """A Chinese comparison key with each English word's renderings folded to one."""
    for word, same in _ZH_SYNONYMS:
        key = key.replace(word, same)
    return national_word(key)


def national_word(text: str) -> str:
    """全国 opening a name (after its country) as 国家: both render National."""
    return _ZH_NATIONAL.sub("国家", text)


def spelled_by(abbr: str, words: list[str]) -> bool:
    """The abbreviation's letters open words of the name in order (stop words count: VDA is
    Verband der Automobilindustrie)."""
    letters, i = [c.casefold() for c in abbr if c.isalpha()], 0
    for word in words:
        if i < len(letters) and word[:1].casefold() == letters[i]:
            i += 1
    return len(letters) >= 2 and i == len(letters)


def lead_abbrs(text: str) -> tuple[str, str] | None:
    """'VDA QMC Qualitäts Management Center im Verband der Automobilindustrie': abbreviations
    printed before the English name they stand for, with no bracket or dash between, as
    (abbreviations, name). Each must be spelled by the name's words, so a name that merely opens
    with an acronym ('IEEE Computer Society', 'TÜV Rheinland') stays whole."""
    words = text.split()
    lead = list(itertools.takewhile(lambda w: is_acronym(w) and w.isupper(), words))
    rest = words[len(lead):]
    if not lead or len(rest) < 2 or not all(spelled_by(a, rest) for a in lead):
        return None
    return " ".join(lead), " ".join(rest)


# a bracket naming a unit of a body in Chinese: a centre, branch, department or office (its
# abbreviation may follow); 委员会 is left out, it names bodies as often as their boards
ZH_UNIT = re.compile(r"\(([^()]*(?:中心|分会|分部|办公室|办事处)\s*(?:[A-Za-z][A-Za-z0-9&.\-]*)?)\)")
