"""Issuer cells: split into Chinese name, English name, abbreviation and country; match to the registry.

Layouts seen in notices (brackets full-width or ASCII, nested or not):
    中文名 (English Name (ABBR))      English Name (中文名)       (中文名, 简称 ABBR) Full Name
    ABBR 中文名                        中文名（ABBR）              ABBR            + a separate 国别 column
Notes in a bracket (or after a comma) are read as notes, not names, before or after the name:
    原… 原名… 曾用名… 前身… formerly …     a former name
    现… 现名… 现为… 现更名为… now …         the current name: the cell's other full names are former names
    简称… 英文简称… 缩写…                  the abbreviation (a 现名 that is an abbreviation is one too)

Matching runs in tiers, and a wrong merge is worse than a missed one, so every tier must also
survive the evidence of the other parts of the cell:
    alias   a full name (or a former name the cell gives) equals a registry name (current,
            former or alias) of exactly one issuer
    abbr    the abbreviation names exactly one issuer
    fuzzy   rapidfuzz scores of every name part; accept above UPPER with a clear margin
Any tier is refused when the abbreviation or the country contradicts the issuer, or when another
name part in the cell scores below LOWER against it; the cell then goes to review. A Chinese name
is one translation among several, so it alone does not refuse the issuer that the cell's English
name (one the registry holds) or its abbreviation plus country identify, unless it names another
issuer. No tier accepts an issuer when a look-alike the registry keeps apart (not_same_as) is named
by the cell's abbreviation or exact name, or fits one of its name parts better.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from core.cells import clean_cell
from core.countries import COUNTRIES
from core.model import stable_id
from normalize.cjk import to_simplified
from normalize.decisions import Decisions, ReviewItem, review_item_id
from normalize.issuer_rules import ZH_UNIT, lead_abbrs, national_word, zh_key_words
from normalize.registry import PROVISIONAL_PREFIX, Issuer, Registry, is_acronym, name_key, without_legal_form

# Scores are rapidfuzz 0-100. Calibrated on the notices' variants and tests/normalize cases:
# 学会/协会 and shortened Chinese names score 85-100 after folding; look-alike pairs that differ
# (IEEE Communications/Computer Society, Engineers Canada/Australia) score 60-85.
UPPER = 92.0  # fuzzy accept needs this, with MARGIN over the runner-up
LOWER = 75.0  # below: a new issuer; also the least a second name part must score to corroborate
MARGIN = 8.0

# Prefixes that open a Chinese issuer name; only multi-character ones, so 美容 is not 美国.
_ZH_PREFIXES = sorted((k for k in COUNTRIES if not k.isascii() and len(k) > 1), key=len, reverse=True)
_OPEN, _CLOSE = "([{【〔", ")]}】〕"
_SPLIT = re.compile(r"[,;、]")
_DASH = re.compile(r"(.+?)\s+[–—-]\s+(.+)")
_ABBR_MARK = re.compile(r"^(?:英文)?(?:简称|缩写|简写)\s*[:：]?\s*|^abbr(?:eviation)?\.?\s*[:：]?\s*", re.I)
_FORMER_MARK = re.compile(
    r"^(?:原名称?|原称|原为|曾用名|曾名|旧称|前身)(?:为|是)?\s*:?\s*"
    r"|^(?:formerly(?: known as| called)?|former(?:ly)? names?|previously(?: known as| called)?)(?:\s*:\s*|\s+)", re.I)
_CURRENT_MARK = re.compile(
    r"^(?:现名称?|现称|现为|现已?(?:更|改)名|已(?:更|改)名|更名)(?:为|是)?\s*:?\s*"
    r"|^(?:now(?: known as| called)?|currently|renamed(?: to| as)?)(?:\s*:\s*|\s+)", re.I)
# A bare 原/现 is a note only in a bracket or after a comma, and not in a word (原子, 现代).
_BARE_FORMER = re.compile(r"^原(?![子料始创材产])\s*:?\s*")
_BARE_CURRENT = re.compile(r"^现(?![代场金实在状行])\s*:?\s*")
# 现属…, 隶属…: the body it now belongs to, a parent, no name of this one ('iNARTE（现属Exemplar
# Global）'); a bare 现 would read it as a current name '属…'.
_PARENT_MARK = re.compile(r"^(?:现已?(?:隶属|归属|并入|属)|隶属|归属|属于)(?:于)?\s*:?\s*|^(?:now )?(?:a )?part of\s+", re.I)
_NOTES = (("abbr", _ABBR_MARK, False), ("parent", _PARENT_MARK, False), ("former", _FORMER_MARK, False),
          ("current", _CURRENT_MARK, False),
          ("former", _BARE_FORMER, True), ("current", _BARE_CURRENT, True))  # fmt: skip
_LEAD_NAME = re.compile(r"^([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9&.'’\-]*(?:\s+[A-Za-zÀ-ÿ0-9&.'’\-]+)+)\s*(?=[\u3400-\u9fff])")
_LEAD_ABBR = re.compile(r"^([A-Za-z][A-Za-z0-9&.\-]+)\s*(?=[\u3400-\u9fff])")
_TAIL_ABBR = re.compile(r"(?<=[\u3400-\u9fff])\s*([A-Za-z][A-Za-z0-9&.\-]+)$")
_EN_STOP = {"the", "of", "for", "and", "in", "on", "und", "der", "des", "für", "de"}

Status = Literal["matched", "review", "new"]


@dataclass(frozen=True)
class IssuerParts:
    """An issuer cell split into its parts; other_names keeps extra current names (a 2nd translation)."""

    raw: str
    name_zh: str
    name_en: str
    abbr: str
    country: str
    other_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()  # from 原…/曾用名…/formerly … notes, or displaced by a 现… note


@dataclass(frozen=True)
class IssuerMatch:
    """Where a cell landed: a registry id, or a provisional 'issx-' id while it waits for review."""

    issuer_id: str
    status: Status
    method: str
    score: float
    candidates: tuple[tuple[str, float], ...]
    item_id: str = ""

    @property
    def needs_review(self) -> bool:
        """True when a steward still has to look at it (decided items never return to the queue)."""
        return self.status != "matched" and self.method != "decision"


_CJK = re.compile(r"[\u3400-\u9fff]")


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _fold(text: str) -> str:
    """Width-fold (full-width brackets and commas become ASCII) and clean whitespace."""
    return clean_cell(unicodedata.normalize("NFKC", text).replace("，", ",").replace("；", ";"))


def _bracket_pieces(text: str, inside: bool = False) -> list[tuple[str, bool]]:
    """Text outside brackets and, recursively, the text of each bracket group, in order (True: bracketed)."""
    pieces: list[tuple[str, bool]] = []
    outside, depth, group = "", 0, ""
    for ch in text:
        if ch in _OPEN:
            depth += 1
            if depth == 1:
                pieces.append((outside, inside))
                outside = ""
                continue
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                pieces.extend(_bracket_pieces(group, True))
                group = ""
                continue
        elif ch in _CLOSE:
            continue  # a stray closing bracket carries nothing
        if depth:
            group += ch
        else:
            outside += ch
    pieces.append((outside, inside))
    if group:
        pieces.extend(_bracket_pieces(group, True))  # an unclosed bracket: keep its text
    return [(clean_cell(p), bracketed) for p, bracketed in pieces if clean_cell(p)]


def _split_piece(piece: str) -> list[str]:
    """Split on commas, but keep an English name that merely contains one ('SAS Institute, Inc.').
    A one-word name before a name of several words is a name of its own, the short name beside
    the full one ('Worldchefs, World Association of Chefs' Societies'), unless what follows is
    a legal form ('Adobe, Inc.')."""
    out: list[str] = []
    # 'SPIE – The International Society for Optics and Photonics': an abbreviation and a name
    # of several words either side of a spaced dash are two names of the body
    dash = _DASH.fullmatch(piece)
    if dash and not _has_cjk(piece):
        short, name = (dash[1], dash[2]) if is_acronym(dash[1]) else (dash[2], dash[1])
        if is_acronym(short) and " " in name and not is_acronym(name):
            return [short, *_split_piece(name)]
    for part in (clean_cell(p).replace(_KEPT, "、") for p in _SPLIT.split(_enumeration_kept(piece))):
        if not part:
            continue
        if out and not _has_cjk(part) and without_legal_form(f"{out[-1]}, {part}") == out[-1]:
            out[-1] = f"{out[-1]}, {part}"  # a legal form after an abbreviation: 'ISC2, Inc.'
            continue
        plain_en = not _has_cjk(part) and not is_acronym(part) and not _read_note(part, False)[0]
        short_then_full = (bool(out) and " " not in out[-1] and " " in part
                           and without_legal_form(f"{out[-1]}, {part}") != out[-1])  # fmt: skip
        if out and plain_en and not _has_cjk(out[-1]) and not is_acronym(out[-1]) and not short_then_full:
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# A 、 inside one body's name lists what it covers ('澳门建筑、工程及城市规划专业委员会'); between two
# bodies it follows a name ('英国皇家特许测量师学会、英国皇家建筑师学会'). Before it, a name ends
# in what a body is (会, 院, 局, 公司 …) or is a country.
_BODY_END = re.compile(r"(?:会|院|局|部|所|署|厅|处|中心|公司|集团|大学|机构|组织|政府|银行|社|馆|校|室|团|盟|庁|省|法人)$")
_ENUMERATION = re.compile(r"(?<=[\u3400-\u9fff])、(?=[\u3400-\u9fff])")
_KEPT = "\ue000"  # a 、 kept inside a name while the cell is split


def _enumeration_kept(piece: str) -> str:
    def keep(match: re.Match[str]) -> str:
        before = re.split(r"[,;、，；（）()\s]", piece[: match.start()])[-1]
        return "、" if _BODY_END.search(before) or _country_note(before) else _KEPT

    return _ENUMERATION.sub(keep, piece)


def _abbr_words(text: str) -> bool:
    """True for one to three abbreviation tokens ('IEEE ComSoc', 'DIHK')."""
    words = text.split()
    return 0 < len(words) <= 3 and all(is_acronym(w) or w.isupper() for w in words) and is_acronym(words[-1])


def _read_note(piece: str, noted: bool) -> tuple[str, str]:
    """('abbr' | 'former' | 'current' | '', text): what a note marker says, with the marker removed.

    noted: the piece is in a bracket or after a comma, where a bare 原/现 can open a note."""
    for kind, mark, bare in _NOTES:
        found = mark.match(piece)
        if found and (noted or not bare):
            return kind, piece[found.end():].strip()
    return "", piece


def _names_in(text: str, marked_abbr: bool, english: str) -> list[tuple[str, bool]]:
    """The names in one piece, each with True for an abbreviation."""
    if not _has_cjk(text):
        if not marked_abbr and (spelled := lead_abbrs(text)):
            return [(spelled[0], True), (without_legal_form(spelled[1]), False)]
        if not marked_abbr and not _abbr_words(text):
            text = without_legal_form(text)
        return [(text, marked_abbr or _abbr_words(text))]
    lead = _LEAD_NAME.match(text)
    if lead and text[lead.end(1):lead.end()] == "" and _abbr_words(head := lead.group(1).rsplit(" ", 1)[0]):
        # 'LPI Linux专业协会': the Latin word written onto the Chinese is a word of the Chinese name
        return [(head, True), *_names_in(text[len(head):].strip(), marked_abbr, english)]
    if lead and not _abbr_words(lead.group(1)):
        # 'CPA Australia 澳大利亚注册会计师公会': an English name of several words, then the Chinese one
        return [(without_legal_form(lead.group(1)), False), *_names_in(text[lead.end():], marked_abbr, english)]
    if lead and _GENERIC_ZH.sub("", text[lead.end():]):
        # 'VDA QMC 德国汽车工业协会质量管理中心': two abbreviations, then the Chinese name
        return [(lead.group(1), True), *_names_in(text[lead.end():], marked_abbr, english)]
    zh_piece, abbr = _zh_with_abbr(text, english)
    return [(without_legal_form(zh_piece), False)] + ([(abbr, True)] if abbr else [])


def _classify(pieces: list[tuple[str, bool]]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Sort pieces into Chinese names, English names, abbreviations and former names.

    A 现… note gives the current name, so the cell's other full names become former names; a
    current name that is an abbreviation ('现名：RICS') is the abbreviation and displaces nothing.
    """
    read = [_read_note(piece, noted) for piece, noted in pieces]
    english = " ".join(text for _, text in read if not _has_cjk(text))
    names: dict[str, list[str]] = {"zh": [], "en": [], "abbr": [], "former": [], "current": []}
    for kind, text in read:
        for name, is_abbr in _names_in(text, kind == "abbr", english) if text and kind != "parent" else []:
            if kind in ("former", "current") and not (is_abbr and kind == "current"):
                names[kind].append(name)
            else:
                names["abbr" if is_abbr else "zh" if _has_cjk(name) else "en"].append(name)
    zh, en, abbrs, former, current = names.values()
    if current:
        former = [*zh, *en, *former]
        zh, en = [n for n in current if _has_cjk(n)], [n for n in current if not _has_cjk(n)]
    return zh, en, abbrs, former


def _zh_with_abbr(piece: str, english: str) -> tuple[str, str]:
    """Peel an abbreviation written before or after a Chinese name ('ASM 美国…', '…协会 ACRP').

    A leading Latin word stays in the name when the English name starts with it and no
    country follows ('IEEE 通信协会 (IEEE Communications Society)', 'SAS 全球认证中心'), or when
    only a word for the kind of body follows ('CFA协会').
    """
    tail = _TAIL_ABBR.search(piece)
    if tail and is_acronym(tail.group(1)):
        return clean_cell(piece[: tail.start()]), tail.group(1)
    lead = _LEAD_ABBR.match(piece)
    if not lead or not is_acronym(lead.group(1)):
        return piece, ""
    rest = clean_cell(piece[lead.end():])
    if not _GENERIC_ZH.sub("", rest):
        return piece, ""  # 'CFA协会': the abbreviation is the name; 协会 alone names no body
    family = english.split()[:1] == [lead.group(1)] and len(english.split()) > 1
    if family and not _country_prefix(rest):
        return piece, ""
    return rest, lead.group(1)


def _country_prefix(name_zh: str) -> str:
    for prefix in _ZH_PREFIXES:
        if name_zh.startswith(prefix):
            return prefix
    return ""


def country_code(text: str) -> str:
    """ISO alpha-2 code of a printed country ('美国', 'USA', 'US'); the cleaned text if unknown."""
    text = _fold(text).strip("()（）")
    if re.fullmatch(r"[A-Z]{2}", text) and text not in ("UK",):
        return text
    return COUNTRIES.get(text.casefold(), COUNTRIES.get(text, text))


def _country_note(piece: str) -> str:
    """The country code a name piece prints alone ("/美国", "、英国", "(UK)"), else ""."""
    text = piece.strip(" /／、,，;；:：")
    return COUNTRIES.get(text, "") if _has_cjk(text) else COUNTRIES.get(text.casefold(), "")


def cell_to_issuer(cell: str, country_cell: str = "") -> IssuerParts:
    """Split an issuer cell into Chinese name, English name, abbreviation, country and former names."""
    raw = clean_cell(cell)
    # '(ISC)²': a bracket closed on a digit is part of the abbreviation (ISC2), no bracket
    folded = re.sub(r"\(([A-Za-z]{2,})\)(?=[0-9])", r"\1", _fold(raw))
    pieces = [
        (part, bracketed or k > 0)
        for piece, bracketed in _bracket_pieces(folded)
        for k, part in enumerate(_split_piece(piece))
    ]
    zh, en, abbrs, former = _classify(pieces)
    # 'The AusIMM': an article before an abbreviation (a body's own short style) leaves it one
    styled = [m[1] for n in en if (m := re.fullmatch(r"[Tt]he\s+(\S+)", n)) and is_acronym(m[1])]
    en, abbrs = [n for n in en if re.sub(r"^[Tt]he\s+", "", n) not in styled], [*styled, *abbrs]
    # 'IPA/JITEC': a body's abbreviation and its unit's, joined by a slash
    slashed = [n for n in en if "/" in n and all(is_acronym(a) for a in n.split("/"))]
    en, abbrs = [n for n in en if n not in slashed], [*abbrs, *(a for n in slashed for a in n.split("/"))]
    name_zh = zh[0] if zh else ""
    country = country_code(country_cell) if clean_cell(country_cell) else ""
    # 颁证单位（国别）in one cell: the country after the names ("…学会 (…)／美国") is no name
    noted = [n for n in zh[1:] if _country_note(n)]
    if (tail := re.search(r"[/／]([^/／]+)$", name_zh)) and _country_note(tail[1]) and tail.start() > 0:
        noted, name_zh = [*noted, tail[1]], name_zh[: tail.start()]
    country = country or next((_country_note(n) for n in noted), "")
    zh = [n for n in zh[1:] if n not in noted]
    # '英国AXELOS公司', '美国ASQ': a country, then a Latin name or abbreviation (or nothing), is no
    # Chinese name; three letters or fewer stay in it, as names many bodies share ('奥地利TÜV')
    rest = name_zh[len(prefix := _country_prefix(name_zh)):].strip()
    if prefix and not _has_cjk(rest) and (not rest or " " in rest or len(name_key(rest)) >= 4):
        country = country or COUNTRIES.get(prefix, "")
        if rest and _abbr_words(rest):
            abbrs = [*abbrs, rest]
        elif rest:
            en = [*en, rest]
        name_zh = zh.pop(0) if zh else ""
    # '英国TWI认证有限公司': a country, then the body's abbreviation written into its Chinese name
    # ('TWI认证': TWI Certification); the name stays whole, and the abbreviation is read too. As
    # in '美国CFA协会', a word for the kind of body alone after it leaves the Latin word the name;
    # two letters are a place or a field as often ('加拿大BC省…', '日本FP協会').
    inner = re.match(r"([A-Za-z][A-Za-z0-9&\-]+)(?=[\u3400-\u9fff])", rest) if prefix and name_zh else None
    after = rest[inner.end():].replace("協会", "协会").replace("學會", "学会") if inner else ""
    if inner and len(inner[1]) >= 3 and is_acronym(inner[1]) and not abbrs and _GENERIC_ZH.sub("", after):
        abbrs = [inner[1]]
    # "The Chartered Institute of Logistics and Transport (UK)": a Latin piece that is a country
    # ("(UK)", "USA") beside a name says where, and is no abbreviation or name of the body.
    if name_zh or any(not _country_note(n) for n in en + abbrs):
        latin = [n for n in en + abbrs if _country_note(n)]
        country = country or next((_country_note(n) for n in latin), "")
        en, abbrs = [n for n in en if n not in latin], [n for n in abbrs if n not in latin]
    # A seat rarely moves when a name changes: a former Chinese name's prefix still says where.
    for name in ([name_zh] if name_zh else []) + [n for n in former if _has_cjk(n)]:
        country = country or COUNTRIES.get(_country_prefix(name), "")
    others = tuple(zh + en[1:] + abbrs[1:])
    return IssuerParts(raw, name_zh, en[0] if en else "", abbrs[0] if abbrs else "", country, others, tuple(former))


def _national_prefix(name: str) -> str:
    """全美… and 美国全国… as 美国国家…: the country prefix then 'National'."""
    if name.startswith("全美"):
        return "美国国家" + name[2:]
    prefix = _country_prefix(name)
    return prefix + national_word(name[len(prefix):]) if prefix else name


@lru_cache(maxsize=1 << 16)  # pure; every registry name is keyed against every distinct cell
def zh_fuzzy_key(name: str) -> str:
    """Chinese comparison key: Japanese and traditional characters read as simplified (画像情報教育振興協会
    is 画像信息教育振兴协会), country prefix dropped (compared apart), renderings of one word folded
    (normalize.issuer_rules)."""
    name = _national_prefix(to_simplified(_fold(name)))
    name = name[len(_country_prefix(name)):]
    return zh_key_words(name_key(name))


def _council_key(name: str) -> str:
    return zh_fuzzy_key(name).replace("理事会", "委员会")


@lru_cache(maxsize=1 << 16)  # pure; as zh_fuzzy_key
def en_fuzzy_key(name: str) -> str:
    """English comparison key: folded words without articles and prepositions."""
    # Hangul and kana are letters too: without them a Korean or Japanese name keyed as "", and
    # "" equals every other such name (한국산업인력공단 scored 100 against three Korean bodies).
    words = re.findall(r"[0-9a-zß-ÿ\uac00-\ud7af\u3040-\u30ff]+",
                       unicodedata.normalize("NFKC", name).casefold().replace("&", " and "))  # fmt: skip
    return " ".join(w for w in words if w not in _EN_STOP)


@lru_cache(maxsize=1 << 16)
def _zh_prefixed_key(name: str) -> str:
    """Chinese comparison key with the country prefix kept (look-alikes: _scores)."""
    return zh_key_words(name_key(_national_prefix(to_simplified(_fold(name)))))


@lru_cache(maxsize=1 << 14)  # one entry per registry issuer (and per keep_prefix): keyed once, not per cell
def _keys_of(names: tuple[str, ...], keep_prefix: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An issuer's names as comparison keys: (Chinese keys, English keys)."""
    zh_key = _zh_prefixed_key if keep_prefix else zh_fuzzy_key
    return tuple(zh_key(n) for n in names if _has_cjk(n)), tuple(en_fuzzy_key(n) for n in names if not _has_cjk(n))


@dataclass(frozen=True)
class _Evidence:
    """How one registry issuer fares against a cell."""

    issuer_id: str
    score: float  # the weakest name part: every part must agree
    exact: bool  # a name part, or a former name the cell gives, is one of the issuer's names
    abbr_hit: bool
    conflict: bool  # the abbreviation or the country says it is another organization
    exact_en: bool = False  # an English name part or former name equals one of the issuer's names
    score_en: float = 100.0  # the weakest English name part (100 when the cell has none)
    score_zh: float = 0.0  # the best Chinese name part
    abbr_country: bool = False  # a distinctive abbreviation hit, and the cell's country is the issuer's
    fits: tuple[float, ...] = ()  # each name part's score with the country prefix kept (look-alikes)
    abbr_whole: bool = False  # the abbreviation as printed is one of the issuer's (not only a word of it)
    other_country: bool = False  # the cell prints a country that is not the issuer's
    zh_words_differ: bool = False  # the Chinese name differs from the issuer's closest one in a word that says what the body does
    abbr_more: bool = False  # the abbreviation hit by one word, beside words that are not this issuer's ('DVS ZERT GmbH')


def _abbr_relation(abbr: str, issuer: Issuer) -> tuple[bool, bool, bool]:
    """(hit, conflict, whole) of a cell's abbreviation against an issuer's abbreviations; whole:
    the abbreviation as printed is the issuer's ('IEEE ComSoc'), not only one of its words ('IEEE')."""
    if not abbr or not issuer.abbrs:
        return False, False, False
    keys = issuer.abbr_keys
    words = {name_key(w) for w in re.split(r"[\s/]+", abbr) if w}
    whole = name_key(abbr) in keys
    hit = whole or bool(words & keys)
    return hit, not hit, whole


def _abbr_more(abbr: str, issuer: Issuer) -> bool:
    """The cell's abbreviation names this issuer by one word, prints other words beside it that
    are no abbreviation of this issuer, and ends in a legal form: a company of its own
    ('DVS ZERT GmbH' is DVS's certification company, not DVS). Without a legal form such words
    name a unit the labelled cities count as the body ('ASCP BOC', its Board of Certification);
    a legal form alone says nothing ('DIHK e.V.')."""
    bare = without_legal_form(abbr)
    keys = issuer.abbr_keys
    words = [name_key(w) for w in bare.split() if w]
    return bare != abbr.strip() and len(words) > 1 and name_key(bare) not in keys \
        and any(w in keys for w in words) and any(w not in keys for w in words)


def _probes(parts: IssuerParts) -> list[str]:
    return [p for p in (parts.name_zh, parts.name_en, *parts.other_names) if p and not is_acronym(p)]


@dataclass(frozen=True)
class _KeyTable:
    """Every registry issuer's comparison keys (`_keys_of`) in one list per kind, each key with its
    issuer's index, so that a probe is scored against the whole registry in one rapidfuzz call."""

    size: int
    keys: dict[tuple[bool, bool], tuple[tuple[str, ...], np.ndarray]]  # (Chinese, keep_prefix) -> (keys, owners)
    # Which issuers a cell can name by a key (`_may_decide`): name_key of a full name, of an
    # abbreviation, and a Chinese name's _council_key, each to its issuers' indexes
    by_name: dict[str, frozenset[int]]
    by_abbr: dict[str, frozenset[int]]
    by_council: dict[str, frozenset[int]]
    countries: np.ndarray  # each issuer's country ("" when none)


_TABLES: dict[int, tuple[Registry, _KeyTable]] = {}  # by id(registry); the registry is kept so its id is not reused


def _key_table(registry: Registry) -> _KeyTable:
    held = _TABLES.get(id(registry))
    if held is not None and held[0] is registry:
        return held[1]
    keys: dict[tuple[bool, bool], tuple[tuple[str, ...], np.ndarray]] = {}
    for chinese, keep_prefix in ((True, False), (True, True), (False, False)):
        pairs = [(k, i) for i, issuer in enumerate(registry.issuers)
                 for k in _keys_of(issuer.names, keep_prefix)[0 if chinese else 1] if chinese or k]  # fmt: skip
        keys[chinese, keep_prefix] = (tuple(k for k, _ in pairs), np.array([i for _, i in pairs], dtype=np.intp))
    by_name: dict[str, set[int]] = {}
    by_abbr: dict[str, set[int]] = {}
    by_council: dict[str, set[int]] = {}
    for i, issuer in enumerate(registry.issuers):
        for k in issuer.name_keys | {name_key(issuer.name_en)}:
            by_name.setdefault(k, set()).add(i)
        for k in issuer.abbr_keys:
            by_abbr.setdefault(k, set()).add(i)
        for n in issuer.names:
            if _has_cjk(n):
                by_council.setdefault(_council_key(n), set()).add(i)

    def frozen(index: dict[str, set[int]]) -> dict[str, frozenset[int]]:
        return {k: frozenset(v) for k, v in index.items()}

    table = _KeyTable(len(registry.issuers), keys, frozen(by_name), frozen(by_abbr), frozen(by_council),
                      np.array([issuer.country for issuer in registry.issuers], dtype=object))  # fmt: skip
    if len(_TABLES) >= 8:  # a few registries per process (tests build their own)
        _TABLES.clear()
    _TABLES[id(registry)] = (registry, table)
    return table


def _scores(probe: str, table: _KeyTable, keep_prefix: bool = False) -> np.ndarray:
    """The best score of one name part against each issuer's names in the same script, for every
    issuer of the table at once (by index; 0 for an issuer with no name in that script).

    Chinese is scored with fuzz.ratio on characters (it has no spaces, so token scorers would
    see one token); English with token_sort_ratio (word order varies). Neither uses partial or
    token-set scoring, which would rate 'IEEE Society' a perfect match for any IEEE society.
    keep_prefix compares Chinese with its country prefix, to tell look-alikes apart: 英国机械工程师协会
    fits IMechE (英国机械工程师学会) better than IME (机械工程师学会).
    """
    out = np.zeros(table.size)
    chinese = _has_cjk(probe)
    if chinese:
        probe_key = (_zh_prefixed_key if keep_prefix else zh_fuzzy_key)(probe)
        scorer = fuzz.ratio
    else:
        probe_key, keep_prefix, scorer = en_fuzzy_key(probe), False, fuzz.token_sort_ratio
        if not probe_key:
            return out
    keys, owners = table.keys[chinese, keep_prefix]
    if keys:
        np.maximum.at(out, owners, process.cdist([probe_key], keys, scorer=scorer, dtype=np.float64)[0])
    return out


@dataclass(frozen=True)
class _Cell:
    """What `_evidence` reads of a cell, computed once per cell instead of once per registry issuer:
    also each probe's score against every issuer (`_scores`), by the issuer's index."""

    parts: IssuerParts
    probes: tuple[str, ...]
    formers: tuple[str, ...]  # former names that are not abbreviations
    exact_keys: frozenset[str]
    chinese: tuple[bool, ...]  # per probe: written in Chinese
    country_code: bool  # the cell's country is a two-letter code
    scores: tuple[np.ndarray, ...]  # per probe
    fits: tuple[np.ndarray, ...]  # per probe, the country prefix kept


def _cell(parts: IssuerParts, registry: Registry) -> _Cell:
    probes = tuple(_probes(parts))
    exact_keys = frozenset({name_key(p) for p in probes} | {name_key(f"{parts.abbr}{parts.name_zh}")})
    table = _key_table(registry)
    chinese = tuple(_has_cjk(p) for p in probes)
    scores = tuple(_scores(p, table) for p in probes)
    # the country prefix is Chinese: an English probe fits as it scores
    fits = tuple(_scores(p, table, True) if zh else score for p, zh, score in zip(probes, chinese, scores))
    return _Cell(parts, probes, tuple(n for n in parts.former_names if not is_acronym(n)), exact_keys,
                 chinese, bool(re.fullmatch(r"[A-Z]{2}", parts.country)), scores, fits)  # fmt: skip


def _evidence(cell: _Cell, issuer: Issuer, index: int) -> _Evidence:
    """How `issuer`, the registry's issuer number `index`, fares against the cell."""
    parts, probes, exact_keys = cell.parts, cell.probes, cell.exact_keys
    keys = issuer.name_keys
    former = [n for n in cell.formers if name_key(n) in keys]
    # a body whose official name is a short one, printed like an abbreviation ('PeopleCert（原AXELOS）')
    named = bool(parts.abbr) and name_key(parts.abbr) == name_key(issuer.name_en)
    hit, abbr_conflict, whole = _abbr_relation(parts.abbr, issuer)
    abbr_conflict = abbr_conflict and not named
    same_country = bool(parts.country) and parts.country == issuer.country
    # Council and Board are 委员会 or 理事会 alike: with the body's own country, a Chinese name that
    # differs from one of its names only there is that name (美国国家工程与测量考试理事会)
    councils = {_council_key(n) for n in issuer.names if _has_cjk(n)} if same_country else set()
    scores = [100.0 if name_key(p) in keys or (chinese and _council_key(p) in councils)
              else float(cell.scores[n][index]) for n, (p, chinese) in enumerate(zip(probes, cell.chinese))]  # fmt: skip
    country_conflict = cell.country_code and bool(issuer.country) and not same_country
    score = min(scores) if scores else (100.0 if hit or former or named else 0.0)
    english = [(p, s) for p, s, chinese in zip(probes, scores, cell.chinese) if not chinese]
    exact_en = any(name_key(p) in keys for p, _ in english) or any(not _has_cjk(n) for n in former)
    # An abbreviation the registry does not give this body, beside an English name (current or
    # former) and a Chinese name that are both its own, is a short form the bureau uses
    # ('澳大利亚工程师学会（简称EA，原The Institution of Engineers Australia）'): two names outweigh
    # it. One that names another body still contradicts them (the abbreviation tier's 'elsewhere').
    zh_exact = not parts.name_zh or name_key(parts.name_zh) in keys
    abbr_conflict = abbr_conflict and not (exact_en and zh_exact)
    score_en = min((s for _, s in english), default=100.0)
    score_zh = max((s for s, chinese in zip(scores, cell.chinese) if chinese), default=0.0)
    # Three letters name many organizations (ASM: ASM International, the American Society for Microbiology).
    abbr_country = hit and same_country and len(name_key(parts.abbr)) >= 4
    fits = tuple(100.0 if name_key(p) in keys else round(float(cell.fits[n][index]), 1) for n, p in enumerate(probes))
    return _Evidence(issuer.id, round(score, 1), bool(exact_keys & keys) or bool(former) or named, hit,
                     abbr_conflict or country_conflict, exact_en, round(score_en, 1), round(score_zh, 1),
                     abbr_country, fits, whole, country_conflict,
                     bool(parts.name_zh) and _content_differs(parts.name_zh, issuer.names),
                     hit and not whole and _abbr_more(parts.abbr, issuer))  # fmt: skip


# Words that name the kind of organization, not what it does: two Chinese names of one body
# often differ in these (学会/协会/总会, 委员会/理事会, 全国/国家/国际, 与/和/及, 设计师/设计),
# rarely in the others (美国供应链管理协会 is ASCM, 美国供应管理协会 ISM: 链 is the body's field;
# 美国临床药学学会 is ACCP the pharmacy college, 美国临床药理学会 ASCPT-like: 学 vs 理).
# 资格/资质 ('qualification') say a certifying body certifies, as 认证 does, not what in
# (国际软件测试资质认证委员会 = 国际软件测试资格认证委员会); 省 after a province's name is the
# same province (魁北克省工程师协会).
_GENERIC_ZH = re.compile(r"委员会|理事会|联合会|学会|协会|总会|公会|研究会|国际|全国|国家|资格|资质|[之与和及暨的、·（）()\s师省]")
# Comparing two names of bodies, 商会 and 行会 (Kammer, chamber or guild: 德国手工业商会, 德国手工业行会,
# 德国手工业协会 all render Handwerkskammer) are kind words too; they stay out of _GENERIC_ZH, whose
# other use decides whether a Latin word before them is the name ('CFA协会') or an abbreviation.
_KIND_ZH = re.compile(r"商会|行会|" + _GENERIC_ZH.pattern)


def _content_differs(name_zh: str, names: tuple[str, ...]) -> bool:
    """The cell's Chinese name and the issuer's closest Chinese name say different things once
    the words naming the kind of organization (_GENERIC_ZH) are set aside."""
    key = zh_fuzzy_key(name_zh)
    closest = max(_keys_of(names, False)[0], key=lambda k: fuzz.ratio(key, k), default=None)
    if closest is None:
        return False
    return _without_kind(key) != _without_kind(closest)


@lru_cache(maxsize=1 << 16)  # pure; one entry per registry name and cell
def _without_kind(key: str) -> str:
    return _KIND_ZH.sub("", key)


def provisional_id(parts: IssuerParts) -> str:
    """A stable id for an issuer the registry does not (yet) know; never equal to a registry id."""
    key: tuple[str, ...] = (name_key(parts.name_zh), name_key(parts.name_en), name_key(parts.abbr))
    if not parts.name_zh and not parts.name_en and parts.country:
        # A bare abbreviation is only a body with its country: "IMA" of the US and "IMA" of the
        # UK are two bodies (the country is left out otherwise, so named cells keep their ids).
        key = (*key, parts.country)
    return stable_id(PROVISIONAL_PREFIX.rstrip("-"), *key)


def _accepted(evidence: list[_Evidence], registry: Registry) -> tuple[_Evidence, str] | None:
    """The one issuer the tiers accept, with the tier's name; None when a steward must decide."""
    accepted = _tier(evidence, registry)
    return None if accepted is None or _look_alike(accepted[0], evidence, registry) else accepted


def _tier(evidence: list[_Evidence], registry: Registry) -> tuple[_Evidence, str] | None:
    """The first tier that applies (alias, abbr, fuzzy) and what it decides."""
    if any(e.abbr_whole for e in evidence):  # 'IEEE ComSoc' names the society, not IEEE itself
        evidence = [e if e.abbr_whole or not e.abbr_hit else replace(e, abbr_hit=False) for e in evidence]
    exact = [e for e in evidence if e.exact]
    if exact:
        one = exact[0]
        # An abbreviation naming another issuer contradicts the name, even if this one has none.
        # (An abbreviation both share, AWS for welding and web services, says nothing either way.)
        elsewhere = not one.abbr_hit and any(e.abbr_hit and e.issuer_id != one.issuer_id for e in evidence)
        sure = len(exact) == 1 and not one.conflict and not elsewhere and _names_agree(one, evidence, one.exact_en)
        return (one, "alias") if sure else None
    by_abbr = [e for e in evidence if e.abbr_hit]
    if len(by_abbr) > 1:
        # Look-alikes sharing an abbreviation and seated in different countries: the country the
        # cell prints rules out the others (IMA with 美国 is the accountants', with 英国 the
        # mathematicians'), as it would for an abbreviation only one body uses.
        seated = [e for e in by_abbr if not e.other_country]
        if len(seated) == 1 and any(e.other_country for e in by_abbr):
            by_abbr = seated
    if len(by_abbr) > 1:
        # Look-alikes sharing an abbreviation (AWS: welding, web services): the names decide,
        # when they fit one of them fully and the others not at all.
        fitting = [e for e in by_abbr if e.score >= UPPER]
        if len(fitting) == 1 and all(e.score < LOWER for e in by_abbr if e is not fitting[0]):
            by_abbr = fitting
    if by_abbr:
        one = by_abbr[0]
        # An abbreviation stands for many names: an English name printed beside it must be this
        # issuer's (SPE: Society of Petroleum Engineers; 'Society of Plastics Engineers' is another).
        english = one.exact_en or one.score_en >= UPPER
        sure = len(by_abbr) == 1 and not one.conflict and english and _names_agree(one, evidence, one.abbr_country)
        # One word of a longer abbreviation names a unit or a company of the body's, not the body,
        # unless a name printed beside it is the body's (then a name part fits it fully).
        sure = sure and not (one.abbr_more and not (one.fits and one.score >= UPPER))
        # A Chinese name a field word off the issuer's (国际公共管理协会 for 国际项目管理协会, IPMA-HR
        # for IPMA) is another body sharing the abbreviation unless the English name, or the
        # abbreviation with its country, says otherwise (美国化工工程师学会 (AIChE) is AIChE).
        if one.zh_words_differ and not (one.exact_en or one.abbr_country):
            return None
        return (one, "abbr") if sure else None
    # An issuer whose abbreviation or country the cell contradicts is never it: not a runner-up
    # either (美国项目管理学会 is not the UK's 项目管理协会, whatever the characters).
    ranked = sorted((e for e in evidence if not e.conflict), key=lambda e: -e.score)
    if not ranked or ranked[0].score < UPPER:
        return None
    # A Chinese name alone, one field word off the issuer's (链 in 美国供应链管理协会), is another body
    # as often as another translation: only an English name or the abbreviation may carry it.
    if ranked[0].zh_words_differ and not (ranked[0].exact_en or ranked[0].abbr_hit):
        return None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    # Fuzzy never chooses between look-alikes kept apart: when the other one scores too, a steward decides.
    apart = registry.kept_apart.get(ranked[0].issuer_id, frozenset())
    scored = any(e.issuer_id in apart and e.score >= LOWER for e in evidence)
    return (ranked[0], "fuzzy") if ranked[0].score - runner_up >= MARGIN and not scored else None


def _look_alike(one: _Evidence, evidence: list[_Evidence], registry: Registry) -> bool:
    """A look-alike kept apart from `one` (not_same_as) is named by the cell's abbreviation or an
    exact name, or fits one of its name parts better: whatever the tier, a steward decides."""
    apart = registry.kept_apart.get(one.issuer_id, frozenset())
    return any(
        (other.abbr_hit and not one.abbr_hit) or other.exact or any(b >= LOWER and b > a for a, b in zip(one.fits, other.fits))
        for other in evidence
        if other.issuer_id in apart
    )


def _names_agree(one: _Evidence, evidence: list[_Evidence], identified: bool) -> bool:
    """Every name part agrees; or the issuer is identified without the Chinese name (by its own
    English name, current or former; or by a distinctive abbreviation and its country), the
    English parts agree, and the Chinese name is no other issuer's: a Chinese name is one
    translation among several, so a mismatch in it alone does not block, but a Chinese name that
    names another issuer (LOWER or more) does, unless the cell prints another country than that
    issuer's (加拿大… is no Australian body's name, however alike the words), or the two names
    differ in a word that says what the body does (美国供应链管理协会 does not name 美国供应管理协会,
    ISM; 临床研究协会 not 临床研究专业人员协会, ACRP): alike characters are not that body's name."""
    if one.score >= LOWER:
        return True
    claimed = any(e.issuer_id != one.issuer_id and e.score_zh >= LOWER and not e.other_country
                  and not e.zh_words_differ for e in evidence)  # fmt: skip
    return identified and one.score_en >= LOWER and not claimed


def match_issuer(parts: IssuerParts, registry: Registry, decisions: Decisions) -> IssuerMatch:
    """Match parsed issuer parts to a registry id, or hold them for review under a provisional id."""
    item_id = issuer_item_id(parts)
    rejected = decisions.rejected(item_id)
    cell = _cell(parts, registry)
    evidence, ranked = _weighed(cell, registry, rejected)
    candidates = tuple((e.issuer_id, e.score) for e in ranked[:3])
    decision = decisions.latest(item_id)
    if decision is not None:
        if decision.decision == "accept":
            score = dict(candidates).get(decision.target_id, 100.0)
            return IssuerMatch(decision.target_id, "matched", "decision", score, candidates, item_id)
        return IssuerMatch(provisional_id(parts), "new", "decision", 0.0, candidates, item_id)
    accepted = _accepted(evidence, registry)
    if accepted is not None:
        best, method = accepted
        return IssuerMatch(best.issuer_id, "matched", method, best.score, candidates, item_id)
    by_part = _match_by_parts(parts, registry, decisions)
    if by_part is not None:
        return IssuerMatch(by_part.issuer_id, "matched", "part", by_part.score, candidates, item_id)
    top = candidates[0][1] if candidates else 0.0
    status: Status = "review" if top >= LOWER or any(e.abbr_hit or e.exact for e in ranked) else "new"
    return IssuerMatch(provisional_id(parts), status, status, top, candidates, item_id)


# How many issuers, besides those that may decide, are weighed in full for the candidates a
# steward sees (the top three by score): the best by their highest possible score.
_RUNNERS_UP = 8


def _weighed(cell: _Cell, registry: Registry, rejected: frozenset[str] | set[str]) -> tuple[list[_Evidence], list[_Evidence]]:
    """The evidence of the issuers that can change the outcome, in registry order, and the ranked
    candidates (score > 0 or an abbreviation hit, best first).

    Weighing every registry issuer in Python cost about 25 ms a cell (1,000 bodies). Most score
    far below any threshold on every name part, and only the top three are listed. So only these
    are weighed (`_evidence`): those a key names (an exact name, former name, abbreviation or
    council name; `_may_decide`), those scoring LOWER or more on any name part (the tiers' and
    look-alike checks' least), and the best few by the highest score they can reach. Every other
    issuer's score is its name parts' least, at most that bound: when some of them could still
    reach the top three, every issuer is weighed, as before. The outcome is the same either way:
    measured once on all 9,735 cells of the registry's names and the held-out cities, and
    tests/normalize/test_issuers.py compares both on a sample of them and on tied candidates."""
    table = _key_table(registry)
    issuers = registry.issuers
    if not cell.probes:
        bound = best_part = np.zeros(table.size)
    else:
        scores = np.vstack(cell.scores)
        bound = scores.min(axis=0)
        best_part = np.maximum(scores.max(axis=0), np.vstack(cell.fits).max(axis=0))
    chosen = _may_decide(cell, table) | set(np.flatnonzero(best_part >= LOWER).tolist())
    chosen.update(np.argsort(-bound, kind="stable")[:_RUNNERS_UP].tolist())
    order = sorted(chosen)
    weighed = [_evidence(cell, issuers[i], i) for i in order if issuers[i].id not in rejected]
    ranked = sorted((e for e in weighed if e.score > 0 or e.abbr_hit), key=lambda e: (-e.score, e.issuer_id))
    left = np.ones(table.size, dtype=bool)
    left[order] = False
    highest_left = round(float(bound[left].max(initial=0.0)), 1)  # scores are compared as rounded (_Evidence)
    if highest_left > 0 and (len(ranked) < 3 or highest_left >= ranked[2].score):
        weighed = [_evidence(cell, issuer, i) for i, issuer in enumerate(issuers) if issuer.id not in rejected]
        ranked = sorted((e for e in weighed if e.score > 0 or e.abbr_hit), key=lambda e: (-e.score, e.issuer_id))
    return weighed, ranked


def _may_decide(cell: _Cell, table: _KeyTable) -> set[int]:
    """Issuers a key of the cell names: where `_evidence` scores a part 100 whatever the fuzzy
    score (an exact or council name), or finds a former name, the cell's abbreviation or a body
    named by its abbreviation. A superset is harmless; one left out would change the outcome."""
    parts = cell.parts
    found: set[int] = set()
    for key in {*cell.exact_keys, *(name_key(n) for n in cell.formers), name_key(parts.abbr)}:  # exact_keys: the probes'
        found |= table.by_name.get(key, frozenset())
    if parts.abbr:
        for word in {name_key(parts.abbr), *(name_key(w) for w in re.split(r"[\s/]+", parts.abbr) if w)}:
            found |= table.by_abbr.get(word, frozenset())
    if parts.country:
        for probe, chinese in zip(cell.probes, cell.chinese):
            if chinese:
                found |= {i for i in table.by_council.get(_council_key(probe), frozenset())
                          if table.countries[i] == parts.country}  # fmt: skip
    return found


# A cell that prints one body's name twice, in two languages or with its parent body: "Engineers
# Canada / Ingénieurs Canada", "美国焊接协会/American Welding Society", "Federal Aviation
# Administration, U.S. Department of Transportation".
_SLASH = re.compile(r"\s+/\s+|／|(?<=[\u3400-\u9fff)）])\s*/\s*(?=[A-Za-z(（])|(?<=[A-Za-z)）])\s*/\s*(?=[\u3400-\u9fff])")
_COMMA = re.compile(r"\s*,\s+")
_UNITS = frozenset({"division", "branch", "section", "chapter", "office"})  # a body's own units
_BOARDS = frozenset({"board", "committee", "commission"})  # a body's boards: they certify in its name
_WHOLE = frozenset({"group"})  # the body with its companies: 'TÜV Rheinland Group' is TÜV Rheinland
EXACT_SCORE = 95.0


def _match_by_parts(parts: IssuerParts, registry: Registry, decisions: Decisions) -> IssuerMatch | None:
    """The one registry body a cell names when it prints a name in two languages split by a slash,
    or an English name with its parent body after a comma, and the whole cell matched nothing.
    One part must match on its own; every other part must point at the same body (its top
    candidate), or, after a comma, name no known body at all (a parent department scores below
    LOWER against every body). Two known bodies in one cell (a joint issue) match neither."""
    raw = _fold(parts.raw)
    for splitter, unknown_ok in ((_SLASH, False), (_COMMA, True)):
        pieces = [p for p in splitter.split(raw) if clean_cell(p)]
        if len(pieces) != 2 or (unknown_ok and _has_cjk(raw)):
            continue
        matches = [match_issuer(cell_to_issuer(p, parts.country), registry, decisions) for p in pieces]
        found = {m.issuer_id for m in matches if m.status == "matched" and m.method != "decision"}
        if len(found) != 1:
            continue
        (issuer_id,) = found
        # a part naming no known body must read as one (three words or more) or as a unit of
        # the body ("Railway Division"): "Edinburgh" after "Royal College of Surgeons" says which
        # college, it is no parent body
        if all((m.candidates[:1] and m.candidates[0][0] == issuer_id)
               or (unknown_ok and (len(p.split()) >= 3 or p.split()[-1].casefold() in _UNITS)
                   and (not m.candidates or m.candidates[0][1] < LOWER))
               for p, m in zip(pieces, matches) if m.issuer_id != issuer_id):  # fmt: skip
            return next(m for m in matches if m.issuer_id == issuer_id)
    # a unit of the body in brackets after its name, in Chinese with or without its own
    # abbreviation: 'AIChE 美国化学工程师学会（化工过程安全中心CCPS）' is AIChE. The name outside
    # must match one body outright, as a name before a unit must below.
    unit = ZH_UNIT.search(raw)
    if unit and (rest := clean_cell(raw[: unit.start()] + raw[unit.end():])):
        head = match_issuer(cell_to_issuer(rest, parts.country), registry, decisions)
        if head.status == "matched" and head.method not in ("decision", "part") and head.score >= EXACT_SCORE:
            return head
    # a unit printed after the body's full name with no comma, as 'Parent, Unit' above: 'American
    # Society for Clinical Pathology Board of Certification'. The name before it must match one
    # body outright, and the tail (four words at most) must name a unit of a body, or the body
    # with its companies ('TÜV Rheinland Group').
    words = [] if _has_cjk(raw) or parts.abbr or parts.name_zh else raw.split()
    # The name may be the body's abbreviation alone ('ASCP Board of Certification').
    for cut in range(len(words) - 1, max(len(words) - 5, 0), -1):
        if not any(w.casefold() in _UNITS | _BOARDS | _WHOLE for w in words[cut:]):
            continue
        if cut == 1 and not is_acronym(words[0]):
            continue
        head = match_issuer(cell_to_issuer(" ".join(words[:cut]), parts.country), registry, decisions)
        if head.status == "matched" and head.method not in ("decision", "part") and head.score >= EXACT_SCORE:
            return head
    return None


def issuer_item_id(parts: IssuerParts) -> str:
    """The review item id of a cell: the same cell text (and country) is one item everywhere."""
    return review_item_id("issuer", name_key(parts.raw), parts.country)


def issuer_country(parts: IssuerParts, match: IssuerMatch, registry: Registry) -> str:
    """The country: the notice's 国别 column or Chinese prefix, else the matched registry issuer's."""
    if parts.country:
        return parts.country
    issuer = registry.by_id.get(match.issuer_id)
    return issuer.country if issuer else ""


def issuer_review_item(
    parts: IssuerParts, match: IssuerMatch, *, notice: str = "", source_file: str = "",
    page: int | None = None, row: int | None = None,
) -> ReviewItem:
    """The review row for a cell that waits for a steward."""
    return ReviewItem(
        item_id=match.item_id or issuer_item_id(parts), kind="issuer", status=match.status, raw=parts.raw,
        name_zh=parts.name_zh, name_en=parts.name_en, abbr=parts.abbr, country=parts.country,
        former_names="; ".join(parts.former_names),
        candidates="; ".join(f"{cid} {score:.1f}" for cid, score in match.candidates),
        top_candidate=match.candidates[0][0] if match.candidates else "",
        provisional_id=match.issuer_id if match.status != "matched" else provisional_id(parts),
        notice=notice, source_file=source_file, page=page, row=row,
    )
