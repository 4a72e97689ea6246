"""Qualification identity: the same qualification from the same issuer gets one id in every city.

The id is a hash of the issuer id and a comparison key, so it is stable across runs and versions.
The key folds what cities vary and keeps what tells qualifications apart:
    folded   case, width, spacing, punctuation, brackets; '&'/'+' = 'and'; German '/-in' endings;
             trademark signs; a spaced dash like a comma ('CBiol – Chartered Biologist');
             Level 2 = 2 = II = L2 = CIP2 = 二级, Level B = B级; member(s)/membership; the words
             certified/certificate/certification/qualification/charterholder (geprüfter), and
             'Board Certified'; Class I = Grade 1; a final I = 1; Part I = Part 1; British
             spellings as American (Programme = Program); the issuer's own
             abbreviation ('AIChE member' = 'member')
    dropped  an edition year ('(2017 Edition)'); a name-history note ('（原…）', '（现…）'), whose
             name `qualification_ids` makes one with the name over a run
    dropped  an abbreviation next to a full name of two or more words ('Chartered Engineer (CEng)');
             one word in brackets after an abbreviation is part of it ('RAC (Drugs)' = RAC Drugs),
             and so are words that begin with none of its letters ('PE (Electrical and …)')
    dropped  the issuer's own member post-nominal beside another title ('CEng MIMechE' = CEng)
    kept     every other word and number (NACE CIP2 ≠ CIP3, FE ≠ PE, Associate ≠ Active Member),
             and the abbreviation of a one-word name ('Associateship (ASDC)' ≠ '(CText ATI)')
An abbreviation standing alone ('CEng', 'MRICS') cannot be expanded by a pure function; over a whole run the
helper `qualification_ids` maps it to the full name that carries it for the same issuer, or else to
the one full name it abbreviates (initials, the issuer's postnominal, a code number). Over a run it
also joins names of one issuer that are spellings of one another (`variant_aliases`): an
abbreviation the issuer's names spell out ('PE Civil' = 'Professional Engineer (PE) – Civil'), a
grade word before or after the rest ('Fellow of SPIE' = 'SPIE Fellow'), a leading word that names
the issuer ('Cambridge CELTA' = 'CELTA'); initials that stand for a certification word ('CCIE …' =
'Cisco Certified Internetwork Expert …'); a mixed-case abbreviation's capitals opening the words
('CEng (Singapore)'); a lone abbreviation's words in another order ('CIS IPC-A-610'); a
former or current name printed in a note. A name printed in Chinese only is known by its 译名
(`identity_name`), but a 译名 with Chinese in it is no Latin name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from core.cells import clean_cell
from core.model import stable_id
from normalize.qualification_reference import (
    ReferenceQualification,
    default_reference,
    name_to_bag,
    name_to_level_key,
    without_issuer_prefix,
)
from normalize.qualification_rules import known_by_bracketed_name, known_by_printed_name, truncates_a_word
from normalize.registry import Registry, is_acronym, load_registry

_GENDER = re.compile(r"\s*(?:/\s*-?\s*in|\(in\)|\*in|:in)\b", re.I)
_GROUP = re.compile(r"[(\[（【]([^()\[\]（）【】]*)[)\]）】]")
_STOP = {"the", "of", "in", "and", "for", "a", "an", "on", "at", "to", "fur", "und", "der", "die", "das", "des", "im"}
# Words that say "this is a credential" and nothing about which: 'CFA charterholder' (and 'CFA Charter') is the CFA,
# 'ACCA Qualification' the ACCA's.
_CERT = {"certified", "certificate", "certification", "certifications", "certificates", "qualification",
         "qualifications", "charter", "charters", "charterholder", "charterholders", "credential", "designation",
         # the examination that awards it: "Hybrid/Electric Vehicle Specialist Test (L3)" is the specialist
         "test", "tests", "exam", "exams", "examination", "examinations",
         # the body that authorizes: 'API 570 Authorized Piping Inspector' is the Piping Inspector
         "authorized", "authorised",
         # German: 'Geprüfter Industriemeister' is the Industriemeister (IHK)
         "gepruft", "geprufte", "geprufter", "gepruftes", "zertifiziert", "zertifizierte", "zertifizierter"}
_FOLD = {"members": "member", "membership": "member", "memberships": "member", "fellowship": "fellow",
         "associateship": "associate", "licentiateship": "licentiate"}
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_ROMAN_AFTER_LEVEL = {"i": "1", "v": "5", "x": "10", **_ROMAN}
# Class I = Grade 1 = Type 1 = 1級 (第一種: 'Type' only before a number)
_LEVEL_WORDS = {"level", "lvl", "grade", "tier", "stufe", "class", "type"}
# levels named in words: 'GDTP Senior Level' = 'GDTP Senior', 'Expert Level' = 'Expert'
_LEVEL_NAMES = {"senior", "junior", "entry", "foundation", "intermediate", "advanced", "expert", "master",
                "basic", "professional", "associate", "practitioner", "specialist"}
# An ordinal before a level word is that level: 'First Grade' = 'Grade 1' = '1st Grade' (一级, 1級)
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
# British spellings and their American ones, for words qualification names use (general knowledge
# of the two spellings, not any city's rows); '-isation' is folded by rule.
_SPELLING = {"programme": "program", "programmes": "programs", "centre": "center", "centres": "centers",
             "licence": "license", "licences": "licenses", "defence": "defense", "analyse": "analyze",
             "analyser": "analyzer", "colour": "color", "labour": "labor", "behaviour": "behavior",
             "metre": "meter", "fibre": "fiber", "catalogue": "catalog", "practise": "practice",
             "modelling": "modeling", "travelling": "traveling", "aluminium": "aluminum"}


@dataclass(frozen=True)
class QualificationName:
    """A qualification name split into its full name and the abbreviations printed with it."""

    full: str
    abbrs: tuple[str, ...]


def _abbr_like(text: str) -> bool:
    """'MRICS', 'NACE CIP3', 'CIP Level 3' (a level word may stand in an abbreviation)."""
    words = text.split()
    return 0 < len(words) <= 4 and any(is_acronym(w) for w in words) and all(
        is_acronym(w) or w.isupper() or not w.isalpha() or w.casefold() in _LEVEL_WORDS for w in words
    )


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_TRADEMARK = re.compile(r"[®™©℠]")
_PIECE = re.compile(r",|\s[–—-]\s")
# a level after a comma is part of the name, not an abbreviation of it ('…Technician, Level III')
_LEVEL_PIECE = re.compile(r"^(?:level|lvl|grade|tier|stufe|class)\s*(?:[0-9]+|[ivx]+|[a-e])$", re.I)
# an edition or syllabus year says which version was sat, not which qualification ('PRINCE2
# Practitioner (2017 Edition)', 'CISSP（2021版）'); a bare year stays: it may be a product's
# ('Windows Server 2016' and '2019' are two certifications)
_EDITION = re.compile(r"[(（]\s*(?:19|20)[0-9]{2}\s*(?:edition|version|syllabus|版|年版)\s*[)）]"
                      r"|(?<=[A-Za-z)）]\s)\s*(?:19|20)[0-9]{2}\s*(?:edition|version|syllabus|版|年版)\s*$", re.I)
# A name-history note in a qualification name, as in an issuer cell: '…（原CCIE Routing and
# Switching）' gives a former name, '…（现PV Installation Professional）' the current one. A bare
# 原/现 opens a note only in a bracket and not in a word (原子, 现代).
_NAME_NOTE = re.compile(
    r"[(（]\s*(?:(?P<former>原名称?|原称|原为|曾用名|旧称|原(?![子料始创材产])|formerly(?: known as| called)?\b)"
    r"|(?P<current>现名称?|现称|现为|现已?(?:更|改)名为?|现(?![代场金实在状行])|now(?: known as| called)?\b))"
    r"\s*[:：]?\s*(?P<name>[^()（）]+?)\s*[)）]", re.I)
_ZH_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
_GRADE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]|[一二三四五])\s*级")


def name_to_parts(name: str) -> QualificationName:
    """Split 'Full Name (ABBR)', 'ABBR (Full Name)', 'Full Name, ABBR (ISSUER)' and bare forms.
    A Chinese translation printed beside a Latin name ('FE 工程基础', 'PMP 项目管理专业人士认证')
    is the 译名 column's business, not part of the name: it is dropped."""
    # a trademark sign says nothing ('PMP®', 'CCRC®'); NFKC would spell ™ as the letters TM
    text = _GENDER.sub("", clean_cell(unicodedata.normalize("NFKC", _TRADEMARK.sub(" ", name))))
    text = name_history(clean_cell(_EDITION.sub(" ", text)))[0]
    if re.search(r"[A-Za-z]", text) and _HAN.search(text):
        # a grade in Chinese is a level: 'IPMA B级' = 'IPMA Level B', '二级' = 'Level 2'
        text = _GRADE.sub(lambda m: f" Level {_ZH_DIGITS.get(m.group(1), m.group(1))} ", text)
        text = clean_cell(re.sub(r"[(（]\s*[)）]", " ", _HAN.sub(" ", text)))
    groups = [clean_cell(g) for g in _GROUP.findall(text) if clean_cell(g)]
    main = clean_cell(_GROUP.sub(" ", text))
    # a comma or a spaced dash parts a name from its abbreviation ('CBiol – Chartered Biologist')
    pieces = [clean_cell(p) for p in _PIECE.split(main) if clean_cell(p)]
    abbrs = [p for p in pieces[1:] if _abbr_like(p) and not _LEVEL_PIECE.match(p)]
    if len(pieces) > 1 and _abbr_like(pieces[0]) and any(p not in abbrs for p in pieces[1:]):
        abbrs.insert(0, pieces[0])  # 'CTFL – Certified Tester Foundation Level'
    main = ", ".join(p for p in pieces if p not in abbrs) if pieces else ""
    fulls = [g for g in groups if not (_abbr_like(g) or _abbreviates(g, main))]
    abbrs += [g for g in groups if _abbr_like(g) or _abbreviates(g, main)]
    if main and _abbr_like(main) and len(fulls) == 1 and len(fulls[0].split()) == 1 and not abbrs:
        # 'RAC (Drugs)', 'PE (Mechanical)': one word in brackets after an abbreviation is no
        # full name of it but a part of it (the discipline)
        return QualificationName("", (f"{main} {fulls[0]}",))
    if main and _abbr_like(main) and len(fulls) == 1 and not abbrs and not _may_spell(main, fulls[0]):
        # 'PE (Electrical and Computer – Power)': words in brackets that do not begin with a letter
        # the abbreviation's words begin with are no full name of it but a part of the name
        return QualificationName(f"{main} {fulls[0]}", ())
    if main and _abbr_like(main) and fulls:
        # 'CWI (Certified Welding Inspector)': the full name is in the brackets.
        abbrs.insert(0, main)
        main = fulls.pop(0)
    if main and _abbr_like(main) and not fulls:
        return QualificationName("", (main, *abbrs))  # 'MRICS', 'MT (ASCP)': abbreviations only
    return QualificationName(" ".join([main, *fulls]).strip(), tuple(abbrs))


def _may_spell(abbr: str, full: str) -> bool:
    """Whether a full name may be what an abbreviation stands for: it begins with a letter one
    of the abbreviation's words begins with ('ASQ CQE (Certified Quality Engineer)', 'CISSP-ISSAP
    (Information Systems …)'; not 'PE (Electrical and Computer – Power)')."""
    first = re.findall(r"[A-Za-z]", full)[:1]
    return bool(first) and first[0].casefold() in {w[0].casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", abbr)}


def name_history(name: str) -> tuple[str, str, str]:
    """(the name without a name-history note, 'former' or 'current' or '', the note's name):
    'Cisco Certified Internetwork Expert Enterprise Infrastructure（原CCIE Routing and Switching）'
    gives the name, 'former' and 'CCIE Routing and Switching'."""
    found = _NAME_NOTE.search(name)
    rest = clean_cell(name[: found.start()] + " " + name[found.end():]) if found else ""
    if not found or not rest:
        return name, "", ""
    return rest, "former" if found.group("former") else "current", clean_cell(found.group("name"))


def _abbreviates(group: str, main: str) -> bool:
    """A bracketed short form whose words begin the name's words in order ('Diploma in Brewing
    (Dip Brew)', 'Master Brewer (MBrew)' is not: one word): each of two or more capitalized
    words is the start of a name word, stop words skipped."""
    if truncates_a_word(group, main):  # 'Ingénieur (ing.)'
        return True
    short, words = group.split(), [w for w in main.split() if w.casefold() not in _STOP]
    if len(short) < 2 or not all(w[:1].isupper() and w.isalpha() for w in short):
        return False
    i = 0
    for word in short:
        # a word in capitals may be the initials of consecutive name words ('FS Eng': Functional
        # Safety Engineer)
        while i < len(words) and not words[i].casefold().startswith(word.casefold()) and not (
            word.isupper() and len(word) > 1
            and "".join(w[0] for w in words[i:i + len(word)]).casefold() == word.casefold()
        ):  # fmt: skip
            i += 1
        if i == len(words):
            return False
        i += 1 if words[i].casefold().startswith(word.casefold()) else len(word)
    return True


def _without_accents(text: str) -> str:
    """Latin letters without their accents (ü = u); Hangul syllables and kana stay whole (ガ is
    not カ, and 기 is not its jamo)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _tokens(text: str) -> list[str]:
    """Folded word tokens; Han characters and kana are one token each (Chinese and Japanese have
    no spaces), a run of Hangul syllables one word. Without Hangul and kana a Korean or Japanese
    name keyed as "", and two such names of one issuer (전자기사, 제품디자인기사) were one."""
    text = _without_accents(text.casefold())
    text = re.sub(r"(?<=[a-z])['’]s\b", "", text)  # 'Mine Manager's Certificate' = 'Mine Manager Certificate'
    # 'A&P', 'R&D': letters joined by '&' are an abbreviation, not two words and an 'and'
    text = re.sub(r"(?<![a-z0-9])([a-z])\s?&\s?([a-z])(?![a-z0-9])", r"\1\2", text)
    text = text.replace("&", " and ").replace("+", " and ")
    words = re.findall(r"[a-z]+[0-9]*|[0-9]+|[\u3400-\u9fff]|[\uac00-\ud7af]+|[\u3040-\u30ff]", text.replace("ß", "ss"))
    out: list[str] = []
    for word in words:
        split = re.fullmatch(r"([a-z]{2,})([0-9]{1,2})", word)  # CIP2 = CIP 2
        if re.fullmatch(r"l[0-9]", word):
            out.extend(("level", word[1]))  # L3 = Level 3
            continue
        out.extend(split.groups() if split else (word,))
    return out


def _fold_levels(tokens: list[str]) -> list[str]:
    """Level 2 / 2 / II all read '2'; an explicit 'Level N' moves to the end wherever it stood."""
    out: list[str] = []
    levels: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word in _LEVEL_WORDS and (nxt.isdigit() or nxt in _ROMAN_AFTER_LEVEL):
            levels.append(_ROMAN_AFTER_LEVEL.get(nxt, nxt))
            i += 2
            continue
        if word in _LEVEL_WORDS and len(nxt) == 1 and nxt.isalpha():
            levels.append(f"level-{nxt}")  # IPMA Level B = IPMA B级 (a letter grade, kept apart from stop words)
            i += 2
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if word in _ORDINALS and nxt in _LEVEL_WORDS:
            levels.append(_ORDINALS[word])
            i += 2
            continue
        if word.isdigit() and nxt in ("st", "nd", "rd", "th") and after in _LEVEL_WORDS:
            levels.append(word)  # '1st Grade' (tokens 1, st, grade)
            i += 3
            continue
        if word in ("category", "cat") and re.fullmatch(r"[a-z][0-9]{1,2}", nxt):
            i += 1  # 'Category B1' = 'Cat. B1' = 'B1': the code says which category
            continue
        if word == "level" and out and out[-1] in _LEVEL_NAMES:
            i += 1  # 'Senior Level' = 'Senior': a level named in words needs no 'level'
            continue
        if word == "part" and nxt in _ROMAN_AFTER_LEVEL:
            out.extend(("part", _ROMAN_AFTER_LEVEL[nxt]))  # Part I = Part 1 (a part is no level)
            i += 2
            continue
        out.append(_ROMAN.get(word, word))
        i += 1
    if len(out) > 1 and out[-1] == "i" and not levels:
        out[-1] = "1"  # a final I after a name is a level ('Professional Scrum Master I' = 'PSM Level 1')
    return out + levels


def _certified_words(text: str, own: Iterable[str]) -> list[str]:
    """A full name's key words with the certification words kept, for reading initials."""
    drop = {a.casefold() for a in own}
    return [_spelling(_FOLD.get(t, t)) for t in _fold_levels(_tokens(text)) if t not in _STOP and t not in drop]


def _spelling(word: str) -> str:
    """British spelling as American: 'Programme' = 'Program', 'Organisation' = 'Organization'."""
    word = _SPELLING.get(word, word)
    return re.sub(r"isation(s?)$", r"ization\1", word) if len(word) > 8 else word


def _words_key(text: str, issuer_abbrs: Iterable[str] = ()) -> str:
    tokens = [_spelling(_FOLD.get(t, t)) for t in _fold_levels(_tokens(text)) if t not in _STOP]
    # 'Board Certified', 'Board Certification': the board that certifies, said as a certification word
    tokens = [t for t, nxt in zip(tokens, [*tokens[1:], ""]) if not (t == "board" and nxt in _CERT)]
    kept = [t for t in tokens if t not in _CERT] or tokens
    own = {a.casefold() for a in issuer_abbrs}
    kept = [t for t in kept if t not in own] or kept
    # 'CEng MIMechE': the issuer's plain member post-nominal beside another title says only that
    # a member holds it; the title is the qualification. An associate's or fellow's is a grade
    # of the title ('CText ATI' and 'CText FTI' are two qualifications) and stays.
    kept = [t for t in kept if not (t[:1] == "m" and t[1:] in own)] or kept
    return " ".join(kept)


def _without_issuer_name(name: str, issuer_names: Iterable[str]) -> str:
    """'Member of the Royal Institution of Chartered Surveyors (MRICS)' → 'Member (MRICS)': the
    issuer's own name, printed after of/der/des, says nothing the issuer id does not."""
    for issuer_name in sorted((n for n in issuer_names if re.search(r"[A-Za-z]", n)), key=len, reverse=True):
        words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", issuer_name))
        if len(issuer_name.split()) < 2 or not words:
            continue
        pattern = rf"\s+(?:of|der|des)\s+(?:the\s+)?{words}\b"
        shorter = re.sub(pattern, "", name, flags=re.I)
        # or in brackets after the name: 'Functional Safety Engineer (TÜV Rheinland)'
        shorter = re.sub(rf"\s*[(（]\s*(?:the\s+)?{words}\s*[)）]", " ", shorter, flags=re.I)
        if shorter != name and clean_cell(_GROUP.sub(" ", shorter)):
            return clean_cell(shorter)
    return name


def qualification_key(name: str, issuer_abbrs: Iterable[str] = (), issuer_names: Iterable[str] = ()) -> str:
    """The comparison key of a qualification name (see the module docstring for what it folds)."""
    parts = name_to_parts(_without_issuer_name(name, issuer_names))
    abbrs = tuple(issuer_abbrs)
    own = {a.casefold() for a in abbrs}
    if not parts.full:
        lone = [a for a in parts.abbrs if a.casefold() not in own] or list(parts.abbrs)
        return " ".join(_words_key(a, abbrs) for a in lone)
    key = _words_key(parts.full, abbrs)
    if len(_words_key(parts.full).split()) == 1 and parts.abbrs:
        # A one-word name ('Associateship', 'Member') is told apart by its abbreviation only.
        extra = [_words_key(a) for a in parts.abbrs if a.casefold() not in own]
        return " ".join([key, *extra])
    return " ".join([key, *_told_by_abbreviations(parts.abbrs, key, abbrs)])


def _told_by_abbreviations(printed: Iterable[str], key: str, issuer_abbrs: tuple[str, ...]) -> list[str]:
    """What abbreviations printed beside a full name say that the name does not: a plain word
    ('Regulatory Affairs Certification (RAC-Drugs)' ≠ '… (RAC-Devices)') and, when the name has no
    number, the code or level ('Coating Inspector (CIP Level 2)' ≠ '… (CIP Level 3)'). The
    abbreviation's letters, and words cut from the name's, add nothing."""
    have = set(key.split())
    plain = {_spelling(w.casefold()) for a in printed for w in re.findall(r"[A-Za-z]+", a)
             if len(w) > 2 and not is_acronym(w) and not w.isupper()}
    words: list[str] = []
    numbers: list[str] = []
    for abbr in printed:
        for token in _words_key(abbr, issuer_abbrs).split():
            if any(c.isdigit() for c in token):
                numbers.append(token)
            elif token in plain and token not in words and not any(w.startswith(token[:3]) for w in have):
                # 'Diploma in Brewing (Dip Brew)': a word the name spells out is no new word
                words.append(token)
    if any(any(c.isdigit() for c in t) for t in have):
        numbers = []  # the name's own code says which one ('API 510 … (API 510)')
    return [*words, *numbers]


_LATIN = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&-]*")  # a Latin word or code ('NAATI', 'Part-66', 'B1')


_TRANSLATION_ABBR = re.compile(r"[(（]\s*([A-Z][A-Za-z0-9&\-]{1,9})\s*[)）]\s*$")


def identity_name(name: str, translation: str = "") -> str:
    """The name a qualification is known by: the printed name, or, when that is in Chinese only
    and the 译名 column gives a Latin name, that name ('特许工程师（新加坡）' with 'Chartered
    Engineer (Singapore)'). Chinese has no settled translation of a qualification; its English
    name, or its abbreviation, is what cities share."""
    if not _LATIN.search(translation):
        return name
    if _LATIN.search(name) and not _HAN.search(name) and (abbr := _TRANSLATION_ABBR.search(translation)) \
            and _HAN.search(translation) and not name_to_parts(name).abbrs:
        # 'International Welding Engineer' | '国际焊接工程师（IWE）': the abbreviation the 译名 prints
        # is the name's (its key does not change: an abbreviation beside a full name is dropped)
        return f"{name} ({abbr[1]})"
    if _LATIN.search(name):
        # Chinese words around a Latin code the 译名 prints too ('NAATI认证翻译（英译中）' |
        # 'NAATI Certified Translator'): the Chinese is the name, the 译名 its Latin name
        latin = _LATIN_WORD.findall(name)
        words = set(_LATIN_WORD.findall(translation))
        if _HAN.search(name) and not _HAN.search(translation) and latin and set(latin) <= words:
            return translation
        return name
    return translation


def identity_names(rows: Iterable[tuple[str, str, str]]) -> list[str]:
    """identity_name for every (issuer_id, name, translation) of a run, and more: a name printed
    in Chinese only ('项目管理专业人士'), whatever its 译名, is known by the Latin name of
    the one qualification of the same issuer whose 译名 prints that Chinese name ('Project
    Management Professional (PMP)' | '项目管理专业人士')."""
    rows = list(rows)
    names = [identity_name(name, translation) for _, name, translation in rows]
    by_translation: dict[tuple[str, str], set[str]] = {}
    for (issuer_id, name, translation), known in zip(rows, names):
        if _LATIN.search(known) and translation and not _LATIN.search(translation):
            by_translation.setdefault((issuer_id, _zh_key(translation)), set()).add(known)
    out = []
    for (issuer_id, name, translation), known in zip(rows, names):
        # also when the row's own 译名 is Latin: another language's words ('国际焊接工程师' |
        # 'Internationaler Schweißfachingenieur' beside 'International Welding Engineer (IWE)' |
        # '国际焊接工程师'); the issuer's own rows say which Latin name cities share
        latin = by_translation.get((issuer_id, _zh_key(name)), set()) if not _LATIN.search(name) else set()
        keys = {qualification_key(n) for n in latin}
        out.append(sorted(latin)[0] if len(keys) == 1 else known)
    # A Latin 译名 beside a Latin name is the same qualification in other words
    # ('Internationaler Schweißfachingenieur' | 'International Welding Engineer'; '汽车维修高级技师
    # （ASE Master）' | 'ASE Master Automobile Technician'): the row is known by the one the
    # issuer's other rows print, when they print that one and not the other. A 译名 in Chinese
    # with a Latin abbreviation in it is a translation, not a Latin name: its key would drop the
    # Chinese words that tell the grade ('FCCA' | 'ACCA资深会员' is no 'ACCA').
    keyed: dict[str, str] = {}  # each distinct name keyed once (a run repeats a few hundred names)

    def key(name: str) -> str:
        if name not in keyed:
            keyed[name] = qualification_key(name)
        return keyed[name]

    # (issuer, key) -> the distinct (name, 译名) printings that carry it (a row repeated is one)
    printed: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for (issuer_id, name, translation), known in zip(rows, out):
        printed.setdefault((issuer_id, key(known)), set()).add((name, translation))
    for i, ((issuer_id, name, translation), known) in enumerate(zip(rows, out)):
        if not (_LATIN.search(known) and _LATIN.search(translation)) or _HAN.search(translation):
            continue
        own, other = key(known), key(translation)
        if own != other and other and printed.get((issuer_id, other)) and printed[(issuer_id, own)] == {(name, translation)}:
            out[i] = translation
    return known_by_bracketed_name(rows, known_by_printed_name(rows, out))


def _zh_key(text: str) -> str:
    return "".join(_tokens(text))


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return load_registry()


def issuer_abbrs(issuer_id: str, registry: Registry | None = None) -> tuple[str, ...]:
    """The abbreviations of a registry issuer (none for a provisional issuer): those it is known
    by, and the initials of each English name of three words or more, former ones too ('IOL' of
    'Institute of Linguists' in 'DipTrans IOL'), read with and without its small words."""
    issuer = (registry or _default_registry()).by_id.get(issuer_id)
    if not issuer:
        return ()
    return issuer.abbrs + _initials_of(issuer.names, issuer.abbrs)


@lru_cache(maxsize=4096)
def _initials_of(names: tuple[str, ...], known: tuple[str, ...]) -> tuple[str, ...]:
    taken = {a.casefold() for a in known}
    out: list[str] = []
    for name in names:
        words = re.findall(r"[A-Za-z]+", unicodedata.normalize("NFKC", name))
        if len(words) < 3 or not all(w.isascii() for w in words):
            continue
        for initials in ("".join(w[0] for w in words), "".join(w[0] for w in words if w.casefold() not in _STOP)):
            if len(initials) >= 3 and initials.casefold() not in taken:
                taken.add(initials.casefold())
                out.append(initials.upper())
    return tuple(out)


def issuer_names(issuer_id: str, registry: Registry | None = None) -> tuple[str, ...]:
    """The names of a registry issuer, current and former (none for a provisional issuer)."""
    issuer = (registry or _default_registry()).by_id.get(issuer_id)
    return issuer.names if issuer else ()


def qualification_id(
    issuer_id: str, name: str, name_zh: str = "", *,
    registry: Registry | None = None, aliases: Mapping[str, str] | None = None,
    reference: tuple[ReferenceQualification, ...] | None = None,
) -> str:
    """Stable id of a qualification of an issuer; `aliases` maps a key (a lone abbreviation's, or
    a name written with abbreviations) to the full name's key (equal keys are one id anyway); a
    name the qualification reference knows gets that qualification's key."""
    key = qualification_key(name, issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry))
    if aliases and key in aliases:
        key = aliases[key]
    else:
        # a name of a reference qualification (normalize/data/qualifications.toml) has its key
        key = reference_key(issuer_id, name, registry, reference) or key
    if not key:
        # Only a Chinese name was printed: it is the best identity there is.
        key = "zh:" + "".join(_tokens(name_zh))
    return stable_id("qual", issuer_id, key)


_POSTNOMINAL = {"m": "member", "f": "fellow", "a": "associate"}


def _initials_cover(short: list[str], long: list[str]) -> bool:
    """Whether the short form's tokens spell the long name's words in order: a token equal to a
    word, or the initials of consecutive words ('wcet' = Wireless Communications Engineering
    Technologies, 'bd' = Building Design, the 'c' of 'BD+C' = Construction). Stop and
    certification words of the long name may be skipped, nothing else; at least one token must
    be a run of initials."""
    skippable = _STOP | _CERT

    def walk(i: int, j: int, expanded: bool) -> bool:
        while j < len(long) and i < len(short) and long[j] in skippable and long[j] != short[i]:
            j += 1
        if i == len(short):
            return expanded and all(w in skippable for w in long[j:])
        if j == len(long):
            return False
        token = short[i]
        if token == long[j] and walk(i + 1, j + 1, expanded):
            return True
        if not token.isalpha():
            return False
        # the token's letters, one word each (stop words between may be skipped)
        k, letters = j, 0
        while k < len(long) and letters < len(token):
            if long[k][0] == token[letters]:
                letters, k = letters + 1, k + 1
            elif long[k] in _STOP:
                k += 1
            else:
                return False
        return letters == len(token) and walk(i + 1, k, True)

    return walk(0, 0, False)


def _inferred_target(abbr_key: str, full_keys: Iterable[str], own: Iterable[str]) -> str | None:
    """The one full name of this issuer a lone abbreviation stands for, by its form alone:
    initials ('IEEE WCET', 'LEED AP BD+C'), a postnominal of the issuer's own abbreviation ('MSPE'
    = the one membership), or a code number only one full name carries ('API 510'). None when
    no name, or more than one, fits: an unsure guess keeps the rows apart. A full name printed
    with an abbreviation of its own is that abbreviation's and no other's (PMP ≠ Program
    Management Professional (PgMP)), so only names printed without one are candidates."""
    tokens = abbr_key.split()
    own_keys = {a.casefold() for a in own}
    postnominal = next((word for prefix, word in _POSTNOMINAL.items()
                        if len(tokens) == 1 and tokens[0][:1] == prefix and tokens[0][1:] in own_keys), None)

    def fits(full: str) -> bool:
        words = full.split()
        if postnominal:
            return postnominal in words
        if all(t.isdigit() for t in tokens):  # in their order: 'CSWIP 3.2.1' is no '3.1 level 2'
            numbers = iter(w for w in words if w.isdigit())
            return all(t in numbers for t in tokens)
        return _initials_cover(tokens, words)

    found = {full for full in full_keys if full != abbr_key and fits(full)}
    return next(iter(found)) if len(found) == 1 else None


def _mixed_case_target(abbr: str, full_keys: Iterable[str]) -> str | None:
    """The one full name a lone abbreviation written in mixed case spells, each capital opening
    the start of a name word ('CEng (Singapore)' = 'Chartered Engineer (Singapore)', 'EngTech' =
    'Engineering Technician', initials then a word cut short: 'CP(Met)' = 'Chartered Professional
    (Metallurgy)'); None when it has no such word, or fits no name or several."""
    pieces: list[str] = []
    mixed = False
    words = re.findall(r"[A-Za-z]+|[0-9]+", unicodedata.normalize("NFKC", abbr))
    for word, after in zip(words, [*words[1:], ""]):
        if re.fullmatch(r"(?:[A-Z][a-z]*)+", word) and sum(c.isupper() for c in word) > 1 and not word.isupper():
            pieces.extend(p.casefold() for p in re.findall(r"[A-Z][a-z]*", word))
            mixed = True
        elif word.isupper() and 2 <= len(word) <= 4 and re.fullmatch(r"[A-Z][a-z]+", after):
            # initials, then a word cut short: 'CP(Met)' = 'Chartered Professional (Metallurgy)'
            pieces.extend(word.casefold())
            mixed = True
        else:
            pieces.append(word.casefold())
    if not mixed:
        return None

    def covers(words: list[str]) -> bool:
        i = 0
        for piece in pieces:
            while i < len(words) and not words[i].startswith(piece) and words[i] in _STOP | _CERT:
                i += 1
            if i == len(words) or not words[i].startswith(piece):
                return False
            i += 1
        return i == len(words)

    found = {full for full in full_keys if covers(full.split())}
    return next(iter(found)) if len(found) == 1 else None


def _coded_target(lone_key: str, targets: Mapping[str, set[str]]) -> str | None:
    """The one full name a lone abbreviation with a code stands for: an abbreviation printed with
    that full name, and a code printed with it too ('IPC-A-610 CIS' = 'Certified IPC Specialist
    (CIS) IPC-A-610'; 'IPC-A-610 CIT' = 'Certified IPC Trainer (CIT), IPC-A-610'). Every token
    must be in the full name or one of its abbreviations, and one must hold a digit."""
    tokens = set(lone_key.split())
    if not any(any(c.isdigit() for c in t) for t in tokens):
        return None
    printed: dict[str, set[str]] = {}  # full name -> the tokens it is printed with
    named: set[str] = set()  # full names one of whose abbreviations the lone form holds whole
    for abbr_key, fulls in targets.items():
        for full in fulls:
            printed.setdefault(full, set(full.split())).update(abbr_key.split())
            if abbr_key and set(abbr_key.split()) <= tokens and not any(c.isdigit() for c in abbr_key):
                named.add(full)
    found = {full for full in named if tokens <= printed[full]}
    return next(iter(found)) if len(found) == 1 else None


def _one_in_other_words(abbr: str, full_keys: set[str], spelled: Mapping[str, list[str]],
                        own: Iterable[str]) -> str | None:  # fmt: skip
    """The key of full names printed with one abbreviation that are one qualification in other
    words, or None: a member's, fellow's or associate's post-nominal of the issuer names one grade
    ('Chartered Member (MIStructE)' = 'Chartered Structural Engineer (MIStructE)'); else each
    name spells the same words once the abbreviation's own words are added ('Regulatory Affairs
    Certification (RAC-Drugs)' = '… – Drugs (RAC-Drugs)'), or the other name's initials ('GD&T
    Professional – Senior (GDTP-S)' = 'Geometric Dimensioning and Tolerancing Professional –
    Senior (GDTP-S)'). Names apart in a code or a level ('IPC-A-600 … (CIS)', 'IPC-A-610 … (CIS)')
    stay apart."""
    keys = sorted(full_keys, key=lambda k: (-len(k.split()), k))  # the longest spelling is kept
    own_keys = {a.casefold() for a in own}
    tokens = abbr.split()
    if len(tokens) == 1 and any(tokens[0][:len(p)] == p and tokens[0][len(p):] in own_keys for p in ("m", "f", "a")):
        return keys[0]

    def marks(key: str) -> set[str]:  # codes and levels: what tells two names of one scheme apart
        return {t for t in key.split() if any(c.isdigit() for c in t) or t.startswith("level-")}

    if len({frozenset(marks(k)) for k in keys}) > 1:
        return None
    added = {" ".join(sorted({*k.split(), *(t for t in tokens if t.isalpha() and len(t) > 2)})) for k in keys}
    if len(added) == 1:
        return keys[0]
    # the abbreviation spells one of the names; the others, none a narrower or wider name of it,
    # are that name in another language ('Internationaler Schweißfachingenieur (IWE)')
    owners = [k for k in keys if len(tokens) == 1 and _initials_cover(tokens, spelled.get(k, k.split()))]
    if len(owners) == 1 and not any(
        k != owners[0] and (set(k.split()) <= set(owners[0].split()) or set(owners[0].split()) <= set(k.split()))
        for k in keys
    ):
        return owners[0]
    longest = keys[0]
    if all(k == longest or _initials_cover(k.split(), spelled.get(longest, longest.split())) for k in keys):
        return longest
    return None


def _reordered(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What two keys share when one is the other's words in another order: the words as a bag,
    and the numbers in their order (a version '3.2.1' is no '3.1' at level 2)."""
    words = key.split()
    return tuple(sorted(words)), tuple(w for w in words if w.isdigit())


def abbreviation_aliases(
    issuer_id: str, names: Iterable[str], registry: Registry | None = None
) -> dict[str, str]:
    """For one issuer: key of a lone abbreviation -> key of the one full name printed with it,
    or else of the one full name it abbreviates (`_inferred_target`)."""
    own, own_names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    targets: dict[str, set[str]] = {}
    lone: set[str] = set()
    full_keys: set[str] = set()
    with_abbr: set[str] = set()
    spelled: dict[str, list[str]] = {}  # full key -> its words with the certification words kept
    noted: dict[str, str] = {}  # a name-history note: the former name's key -> the current one's
    printed_lone: dict[str, str] = {}  # a lone abbreviation's key -> the abbreviation as printed
    for name in names:
        parts = name_to_parts(name)
        _, kind, other = name_history(name)
        if kind and (this := qualification_key(name, own, own_names)) and (that := qualification_key(other, own, own_names)):
            noted.setdefault(*((that, this) if kind == "former" else (this, that)))
        if not parts.full:
            lone.add(lone_key := qualification_key(name, own, own_names))
            printed_lone.setdefault(lone_key, " ".join(parts.abbrs))
            continue
        full_key = qualification_key(name, own, own_names)
        full_keys.add(full_key)
        spelled.setdefault(full_key, _certified_words(parts.full, own))
        for abbr in parts.abbrs:
            targets.setdefault(_words_key(abbr, own), set()).add(full_key)
            with_abbr.add(full_key)
    # An abbreviation printed with two different full names (an issuer's own 'ASCP') maps nowhere,
    # unless the names are one in other words (`_one_in_other_words`).
    aliases = {abbr: next(iter(keys)) for abbr, keys in targets.items() if len(keys) == 1 and abbr}
    for abbr, keys in targets.items():
        if len(keys) > 1 and abbr and (target := _one_in_other_words(abbr, keys, spelled, own)):
            aliases.update({key: target for key in keys | {abbr} if key != target})
    # A one-word name printed bare ('Member', once the issuer's name after "of" is set aside) is
    # the one one-word name of the issuer printed with its abbreviation ('Member (MRICS)'), if
    # only one such name starts with that word.
    for key in sorted(full_keys - with_abbr):
        if len(key.split()) == 1:
            found = {full for full in with_abbr if full.split()[0] == key and len(full.split()) > 1}
            if len(found) == 1:
                aliases[key] = found.pop()
    for key in sorted(lone - set(targets) - full_keys):
        target = _inferred_target(key, full_keys - with_abbr, own) if key else None
        target = target or _coded_target(key, targets)
        target = target or _mixed_case_target(printed_lone.get(key, ""), full_keys - with_abbr)
        if target:
            aliases[key] = target
    # A full name that abbreviates words of another ('LEED AP Building Design + Construction' =
    # 'LEED Accredited Professional (Building Design + Construction)').
    # Its initials may stand for a certification word the key leaves out ('CCIE Enterprise
    # Infrastructure' = 'Cisco Certified Internetwork Expert Enterprise Infrastructure').
    for key in sorted(full_keys):
        found = {full for full in full_keys - with_abbr if full != key and (
            _initials_cover(key.split(), full.split()) or _initials_cover(key.split(), spelled[full]))}
        if len(found) == 1:
            aliases[key] = found.pop()
    # Lone abbreviations printed in another order are one ('IPC-A-610 CIS' = 'CIS IPC-A-610'); the
    # numbers keep their order ('CSWIP 3.2.1' is not 'CSWIP 3.1' of level 2, keyed '3 1 2').
    orders: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
    for key in lone:
        if len(key.split()) > 1:
            orders.setdefault(_reordered(key), set()).add(key)
    for keys in (k for k in orders.values() if len(k) > 1):
        mapped = {aliases[k] for k in keys if k in aliases}
        if len(mapped) > 1:
            continue
        target = mapped.pop() if mapped else min(keys)
        for key in keys - {target}:
            aliases.setdefault(key, target)
    # A name-history note: the former name is the current one ('…（原CCIE Routing and Switching）').
    for key, target in noted.items():
        if key != target:
            aliases.setdefault(key, target)
    # follow chains (MRICS -> Member (MRICS) -> ...) to their end; a cycle stops where it began
    for key in list(aliases):
        seen = {key}
        while aliases[key] in aliases and aliases[key] not in seen:
            seen.add(aliases[key])
            aliases[key] = aliases[aliases[key]]
    return aliases


def qualification_ids(
    entries: Iterable[tuple[str, str]], registry: Registry | None = None,
    reference: tuple[ReferenceQualification, ...] | None = None,
) -> dict[tuple[str, str], str]:
    """Ids for (issuer_id, name) pairs of a whole run, mapping lone abbreviations to full names,
    names of one reference qualification to its key, and level spellings to one another."""
    # each distinct name once: a run prints the same few hundred names on 100,000 rows
    by_issuer: dict[str, dict[str, None]] = {}
    for issuer_id, name in entries:
        by_issuer.setdefault(issuer_id, {})[name] = None
    out: dict[tuple[str, str], str] = {}
    for issuer_id, names in by_issuer.items():
        aliases = abbreviation_aliases(issuer_id, names, registry)
        found = reference_aliases(issuer_id, names, registry, reference)
        # a key the run maps onto a reference name's key follows it to the reference's key, and
        # so does the full name a reference abbreviation was mapped to ('API 510' -> its full name)
        targets = {aliases[k]: v for k, v in found.items() if k in aliases and aliases[k] not in found}
        found = {**targets, **found}
        aliases = {**{k: found.get(v, v) for k, v in aliases.items()}, **found}
        aliases.update(level_aliases(issuer_id, names, aliases, registry))
        aliases.update(variant_aliases(issuer_id, names, aliases, registry))
        for name in names:
            out[(issuer_id, name)] = qualification_id(issuer_id, name, registry=registry, aliases=aliases,
                                                      reference=reference)
    return out


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_IndexT = tuple[dict[str, set[str]], dict[tuple[str, ...], set[str]], dict[str, str]]
_INDEXES: dict[tuple[str, int, int], _IndexT] = {}


def _reference_index(issuer_id: str, registry: Registry | None,
                     reference: tuple[ReferenceQualification, ...]) -> _IndexT:  # fmt: skip
    """For one issuer: key of each Latin form -> entries, bag of each form -> entries, entry ->
    its canonical key. Built once per issuer (and registry and reference)."""
    cache_key = (issuer_id, id(registry), id(reference))
    if cache_key in _INDEXES:
        return _INDEXES[cache_key]
    abbrs, names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    drop = frozenset(a.casefold() for a in abbrs)
    keys: dict[str, set[str]] = {}
    bags: dict[tuple[str, ...], set[str]] = {}
    canon: dict[str, str] = {}
    for entry in (e for e in reference if issuer_id in e.issuers):
        canon[entry.id] = qualification_key(entry.display, abbrs, names)
        zh_forms = [f for f in entry.forms if _HAN_CHAR.search(f)]
        # a Chinese name printed with the scheme's abbreviation ('CSWIP 3.2 高级焊接检验师')
        combos = [f"{a} {z}" for a in entry.abbrs for z in zh_forms]
        for form in (*entry.forms, *combos):
            if not _HAN_CHAR.search(form) and (key := qualification_key(form, abbrs, names)):
                keys.setdefault(key, set()).add(entry.id)
            if bag := name_to_bag(without_issuer_prefix(form, names), drop):
                bags.setdefault(bag, set()).add(entry.id)
    _INDEXES[cache_key] = (keys, bags, canon)
    return keys, bags, canon


def reference_key(issuer_id: str, name: str, registry: Registry | None = None,
                  reference: tuple[ReferenceQualification, ...] | None = None) -> str | None:  # fmt: skip
    """The canonical key of the one reference qualification of this issuer that the name is
    (by its comparison key, or as a bag of tokens in any script); None when none or several."""
    keys, bags, canon = _reference_index(issuer_id, registry, default_reference() if reference is None else reference)
    if not canon:
        return None
    abbrs, names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    found = set(keys.get(qualification_key(name, abbrs, names), set()))
    drop = frozenset(a.casefold() for a in abbrs)
    found |= bags.get(name_to_bag(without_issuer_prefix(name, names), drop), set())
    return canon[found.pop()] if len(found) == 1 else None


def reference_aliases(issuer_id: str, names: Iterable[str], registry: Registry | None = None,
                      reference: tuple[ReferenceQualification, ...] | None = None) -> dict[str, str]:  # fmt: skip
    """For one issuer: key of each name the reference knows -> that qualification's key."""
    abbrs, own_names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    out: dict[str, str] = {}
    for name in names:
        found = reference_key(issuer_id, name, registry, reference)
        if found is not None:
            out[qualification_key(name, abbrs, own_names)] = found
    return out


def level_aliases(issuer_id: str, names: Iterable[str], aliases: Mapping[str, str],
                  registry: Registry | None = None) -> dict[str, str]:  # fmt: skip
    """For one issuer: names in Chinese only that differ only in how a level is spelled
    ('焊接检验员（三级）', '焊接检验员3级') -> one key, the smallest; other names are untouched."""
    abbrs, own_names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    groups: dict[str, set[str]] = {}
    for name in names:
        key = qualification_key(name, abbrs, own_names)
        if _LATIN.search(name) or not key or key in aliases:
            continue
        groups.setdefault(name_to_level_key(name), set()).add(key)
    return {key: min(keys) for keys in groups.values() if len(keys) > 1 for key in keys if key != min(keys)}


_GRADES = {"fellow", "member", "associate", "affiliate", "companion", "licentiate"}
_BRACKETED = re.compile(r"[(（]\s*([A-Z][A-Za-z]{1,7})\s*[)）]")


def _learned_expansions(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Abbreviations an issuer's names spell out where they print them: 'Professional Engineer
    (PE) – Civil' says PE = Professional Engineer (the initials of the words just before the
    bracket); 'Fellow of the Higher Education Academy (FHEA)' also says HEA = Higher Education
    Academy (a grade's initial, then the rest). An abbreviation two names spell differently
    says nothing."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        text = unicodedata.normalize("NFKC", _TRADEMARK.sub(" ", name))
        for m in _BRACKETED.finditer(text):
            short = m.group(1).casefold()
            words = [w for w in _tokens(text[: m.start()]) if w not in _STOP and w.isalpha()]
            if len(words) < len(short):
                continue
            words = words[len(words) - len(short):]
            if "".join(w[0] for w in words) != short:
                continue
            found.setdefault(short, set()).add(tuple(words))
            if words[0] in _GRADES and len(short) > 2:
                found.setdefault(short[1:], set()).add(tuple(words[1:]))
    return {short: next(iter(spelled)) for short, spelled in found.items() if len(spelled) == 1}


def _key_variants(key: str, name: str, expansions: Mapping[str, tuple[str, ...]],
                  issuer_words: set[str]) -> set[str]:  # fmt: skip
    """Other spellings of one key the same issuer may print: its abbreviations spelled out
    ('PE Civil' = 'Professional Engineer Civil'), a grade word before or after the rest ('Fellow
    of SPIE' = 'SPIE Fellow'), and without a leading word that only names the issuer ('Cambridge
    CELTA', 'IMI Level 3 Diploma in …': an abbreviation printed first, in capitals, before two
    words or more)."""
    tokens = key.split()
    spelled = [w for t in tokens for w in expansions.get(t, (t,))]
    out = {key, " ".join(spelled)}
    first = re.findall(r"[A-Za-z]+", unicodedata.normalize("NFKC", name))[:1]
    acronym = bool(first) and is_acronym(first[0]) and first[0].casefold() == tokens[0]
    for variant in list(out):
        words = variant.split()
        if len(words) > 1 and (words[0] in issuer_words or (acronym and variant == key and len(words) > 2)):
            out.add(" ".join(words[1:]))
    for variant in list(out):
        words = variant.split()
        lead = 2 if words[:2] == ["senior", "member"] else 1
        if len(words) > lead and words[lead - 1] in _GRADES:
            out.add(" ".join(words[lead:] + words[:lead]))
        if len(words) > 1 and words[-1] in _GRADES:
            tail = 2 if words[-2:] == ["senior", "member"] else 1
            out.add(" ".join(words[-tail:] + words[:-tail]))
    return out - {key}


def variant_aliases(issuer_id: str, names: Iterable[str], aliases: Mapping[str, str],
                    registry: Registry | None = None) -> dict[str, str]:  # fmt: skip
    """For one issuer: names the issuer prints in other spellings of one another (`_key_variants`)
    -> one key. Two keys meet only where a variant of one is the other, as printed in the run;
    each group takes a key the reference or an abbreviation already maps to, else the smallest."""
    names = list(names)
    abbrs, own_names = issuer_abbrs(issuer_id, registry), issuer_names(issuer_id, registry)
    issuer_words = {a.casefold() for a in abbrs} | {t for n in own_names for t in _tokens(n) if t not in _STOP}
    expansions = _learned_expansions(names)
    printed: dict[str, str] = {}
    for name in names:
        if (key := qualification_key(name, abbrs, own_names)) and _LATIN.search(name):
            printed.setdefault(key, name)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        key = aliases.get(key, key)
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    targets = set(aliases.values())
    edges = [(key, variant) for key, name in printed.items()
             for variant in _key_variants(key, name, expansions, issuer_words) if variant in printed]
    # the same words in another order ('Aircraft Maintenance Licence (Part-66) B1' = 'Part-66
    # Aircraft Maintenance Licence Category B1'): one issuer names no two things so
    bags: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for key in printed:
        bags.setdefault(_reordered(key), []).append(key)
    edges += [(keys[0], other) for keys in bags.values() for other in keys[1:]]
    # a name two other names reduce to says nothing of which ('Civil Structural' beside 'PE Civil
    # Structural' and 'FE Civil Structural'): such edges join nothing
    reached: dict[str, set[str]] = {}  # variant -> the keys (as already aliased) that reach it
    for key, variant in edges:
        if aliases.get(key, key) != aliases.get(variant, variant):
            reached.setdefault(variant, set()).add(aliases.get(key, key))
    for key, variant in edges:
        if len(reached.get(variant, ())) <= 1 or variant in reached.get(key, set()):
            one, other = root(key), root(variant)
            if one != other:
                keep = min((one, other), key=lambda k: (k not in targets, k))
                parent[one if keep == other else other] = keep
    return {key: root(key) for key in {*printed, *aliases} if root(key) != aliases.get(key, key)}
