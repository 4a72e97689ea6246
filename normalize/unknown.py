"""Issuers the registry does not know, grouped across a run.

A cell that matches no registry issuer gets a provisional id from its own parts, so two
wordings of one new body ("美国采暖、制冷与空调工程师学会（ASHRAE）" and "ASHRAE") would wait
for a steward as two issuers. Within a run they are put under one provisional id when the
cells themselves say they are the same body:
    the same abbreviation (3 characters or more);
    an English name whose initials are the other cell's abbreviation ("American Petroleum
    Institute" and "API"; articles and prepositions are skipped: "American Society for
    Quality" is ASQ), or the initials of its last three words or more ("National Institute for
    Automotive Service Excellence" and "ASE");
    the same English name, or the same Chinese name with the same country prefix;
    any of these printed as a former name in a name-history note (原美国光学学会OSA), which joins
    the cells even where the new name and the old one disagree.
Cells whose countries differ are never grouped, nor are cells that share only an abbreviation
while their names disagree (ASM: "美国微生物学会（ASM）" and "ASM 国际材料学会" are two
bodies; three letters name many), nor cells that share only an abbreviation the registry gives
to several bodies (a bare "AWS" and "AWS（亚马逊网络服务公司）": the abbreviation is why they
wait for a steward, it cannot also say they are one body), nor, by a name, a cell printing an
abbreviation the registry knows with one that does not print it. Nothing here touches a matched cell
or a steward's decision. The group's id is the smallest of its members' ids, so it does not depend
on the order of the notices. Groups are only ever of cells no registry issuer claimed, so a
wrong group costs a steward one look, never a wrong merge with a known issuer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from normalize.issuers import IssuerMatch, IssuerParts, en_fuzzy_key, zh_fuzzy_key
from normalize.registry import Registry, is_acronym, name_key

MIN_ABBR = 3
# The small words an abbreviation may keep as a small letter (CIfA, IfA, IoD): prepositions only;
# an abbreviation never keeps "and" or an article so.
_KEPT_SMALL = frozenset({"for", "of", "in"})
# Below these similarities two names printed beside one abbreviation are two bodies. Chinese
# translations of one name differ more (美国金属学会, 美国材料与金属学会: 73) than English
# spellings of one name do; English names of two bodies can share most words (Society of
# Petroleum / Plastics Engineers: 75).
ZH_NAMES_DISAGREE = 50.0
EN_NAMES_DISAGREE = 80.0


def group_unknown(cells: Sequence[tuple[IssuerParts, IssuerMatch]], registry: Registry | None = None) -> list[IssuerMatch]:
    """The matches of `cells`, with one provisional id per group of cells naming one new body.
    With the registry, an abbreviation it gives to several bodies groups nothing."""
    # Each distinct cell is grouped once, then every row takes its cell's match: grouping row by
    # row compared every row of a new body with every other (4,000 rows of one cell: 15 s).
    first: dict[tuple[IssuerParts, IssuerMatch], int] = {}
    for cell in cells:
        first.setdefault(cell, len(first))
    grouped = _group_distinct(list(first), registry)
    return [grouped[first[cell]] for cell in cells]


def _group_distinct(
    cells: Sequence[tuple[IssuerParts, IssuerMatch]], registry: Registry | None
) -> list[IssuerMatch]:  # fmt: skip
    shared = {abbr for abbr, ids in registry.abbr_index.items() if len(ids) > 1} if registry else set()
    known = set(registry.abbr_index) if registry else set()
    open_ = [i for i, (_, match) in enumerate(cells) if match.needs_review]
    parent = {i: i for i in open_}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[str, list[int]] = {}
    noted: dict[int, set[str]] = {}
    for i in open_:
        for key in _keys(cells[i][0]):
            by_key.setdefault(key, []).append(i)
        noted[i] = set(_noted_keys(cells[i][0]))
    for key, members in by_key.items():
        if key.startswith("abbr:") and key[len("abbr:"):] in shared:
            continue
        for i in members[1:]:
            a, b = root(members[0]), root(i)
            if a == b or not _countries_agree(cells, a, b, parent):
                continue
            # a renamed body's new name and its old one differ: the note, not the names, joins them
            by_note = key in noted[members[0]] or key in noted[i]
            if key.startswith("abbr:") and not by_note and _names_disagree(cells, _members(a, parent), _members(b, parent)):
                continue
            if not key.startswith("abbr:") and _known_abbr_apart(cells, _members(a, parent), _members(b, parent), known):
                continue

            parent[b] = a
    groups: dict[int, list[int]] = {}
    for i in open_:
        groups.setdefault(root(i), []).append(i)
    out = [match for _, match in cells]
    for members in groups.values():
        group_id = min(cells[i][1].issuer_id for i in members)
        for i in members:
            out[i] = replace(out[i], issuer_id=group_id)
    return out


def _keys(parts: IssuerParts) -> Iterable[str]:
    """What a cell names: its abbreviation and the initials of its English name (one key
    space, so "API" meets "American Petroleum Institute"), its English and Chinese names."""
    abbr = name_key(parts.abbr)
    if len(abbr) >= MIN_ABBR:
        yield f"abbr:{abbr}"
    words = en_fuzzy_key(parts.name_en).split()
    if len(words) >= MIN_ABBR:
        yield "abbr:" + "".join(w[0] for w in words)
    # an abbreviation of the name's last words ('National Institute for Automotive Service
    # Excellence' is ASE): the initials of three words or more, leading words left out
    for start in range(1, len(words) - MIN_ABBR + 1):
        yield "abbr:" + "".join(w[0] for w in words[start:])
    yield from _small_word_initials(parts.name_en)
    if words:
        yield f"en:{' '.join(words)}"
    if len(words) >= 3 and sorted(words) != words:
        # 'Board of Examiners, Queensland' = 'Queensland Board of Examiners': the same words, the
        # place put first or after a comma
        yield f"en:{' '.join(sorted(words))}"
    if parts.name_zh:
        yield f"zh:{parts.country}:{zh_fuzzy_key(parts.name_zh)}"
    yield from _noted_keys(parts)


def _small_word_initials(name_en: str) -> Iterable[str]:
    """The initials of every word, prepositions too, where an abbreviation keeps them in small
    letters: 'Chartered Institute for Archaeologists' is CIfA, its former name 'Institute for
    Archaeologists' IfA (name_key folds the case, so the keys meet 'CIfA' and 'IFA')."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", name_en))
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) >= MIN_ABBR and any(w.casefold() in _KEPT_SMALL for w in words):
        yield "abbr:" + "".join(w[0] for w in words).casefold()


def _noted_keys(parts: IssuerParts) -> Iterable[str]:
    """What a name-history note names: 'Optica（原美国光学学会OSA）' is the body another cell
    prints as '美国光学学会' or 'The Optical Society (OSA)'."""
    for former in parts.former_names:
        if re.search(r"[\u3400-\u9fff]", former):
            yield f"zh:{parts.country}:{zh_fuzzy_key(former)}"
        elif is_acronym(former):
            if len(name_key(former)) >= MIN_ABBR:
                yield f"abbr:{name_key(former)}"
        elif words := en_fuzzy_key(former).split():
            yield f"en:{' '.join(words)}"
            if len(words) >= MIN_ABBR:
                yield "abbr:" + "".join(w[0] for w in words)
            yield from _small_word_initials(former)


def _countries_agree(cells: Sequence[tuple[IssuerParts, IssuerMatch]], a: int, b: int, parent: dict[int, int]) -> bool:
    """No two cells of the joined groups print different countries."""
    countries = {cells[i][0].country for i in _members(a, parent) + _members(b, parent) if cells[i][0].country}
    return len(countries) <= 1


def _members(r: int, parent: dict[int, int]) -> list[int]:
    """The cells of the group whose root is r."""
    out = []
    for i in parent:
        j = i
        while parent[j] != j:
            j = parent[j]
        if j == r:
            out.append(i)
    return out


def _known_abbr_apart(
    cells: Sequence[tuple[IssuerParts, IssuerMatch]], a: list[int], b: list[int], known: set[str]
) -> bool:
    """A name alone does not join a cell printing an abbreviation the registry knows with a cell
    that does not print it: "德国工商会（IHK）" waits for a steward because the registry knows IHK,
    a bare "德国工商会" may be the DIHK; one Chinese name does not make them one body."""
    abbrs_a = {name_key(cells[i][0].abbr) for i in a}
    abbrs_b = {name_key(cells[j][0].abbr) for j in b}
    return any(x in known for x in abbrs_a ^ abbrs_b)


def _names_disagree(cells: Sequence[tuple[IssuerParts, IssuerMatch]], a: list[int], b: list[int]) -> bool:
    """Some cell of one group and some cell of the other print names, in the same script, that
    are not one body's: an abbreviation alone cannot join them."""
    for i in a:
        for j in b:
            x, y = cells[i][0], cells[j][0]
            if x.name_zh and y.name_zh and fuzz.ratio(zh_fuzzy_key(x.name_zh), zh_fuzzy_key(y.name_zh)) < ZH_NAMES_DISAGREE:
                return True
            if x.name_en and y.name_en and fuzz.token_sort_ratio(en_fuzzy_key(x.name_en), en_fuzzy_key(y.name_en)) < EN_NAMES_DISAGREE:
                return True
    return False
