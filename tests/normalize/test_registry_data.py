"""The content of normalize/data/issuers.toml: rules a steward's edit must keep (the loader checks the form)."""

from itertools import combinations

import pytest

from normalize.decisions import Decisions
from normalize.issuers import cell_to_issuer, match_issuer
from normalize.registry import Registry, load_registry, name_key

REGISTRY = load_registry()

# Two issuers may share an abbreviation without not_same_as only when listed here, with the reason.
SHARED_ABBR_ALLOWED = {
    # No Chinese name is established for the mining SME, and kept-apart issuers need one (see
    # test_kept_apart_issuers_have_chinese_names); a cell with only "SME" goes to review anyway.
    frozenset({"iss-sme-mining", "iss-sme-manufacturing"}),
}

# Registry names that a cell of that name alone does not match, because of how cells are read
# (normalize/issuers.py), not because of the data. Listed so that a new case is seen.
READER_LIMITS = {
    # A Latin word before a Chinese name is read as an abbreviation when no English name follows.
    "IEEE 通信协会", "IEEE 计算机协会", "IEEE 电力与能源协会", "CFA协会",
    # 、 splits a cell into two names.
    "美国采暖、制冷与空调工程师学会", "美国矿物、金属与材料学会",
    # All-capital words are read as an abbreviation.
    "TÜV SÜD AG", "TUV SUD", "TÜV NORD AG", "TÜV NORD", "TUV NORD",
}  # fmt: skip


def _pairs_sharing_an_abbreviation(registry: Registry) -> list[tuple[str, str, str]]:
    return [(abbr, a, b) for abbr, ids in registry.abbr_index.items() if len(ids) > 1
            for a, b in combinations(sorted(ids), 2)]  # fmt: skip


def test_not_same_as_is_written_both_ways() -> None:
    one_way = [(i.id, other) for i in REGISTRY.issuers for other in i.not_same_as
               if i.id not in REGISTRY.by_id[other].not_same_as]  # fmt: skip
    assert one_way == []


def test_shared_abbreviations_are_kept_apart() -> None:
    loose = [(abbr, a, b) for abbr, a, b in _pairs_sharing_an_abbreviation(REGISTRY)
             if b not in REGISTRY.kept_apart[a] and frozenset({a, b}) not in SHARED_ABBR_ALLOWED]  # fmt: skip
    assert loose == []


def test_kept_apart_issuers_have_chinese_names() -> None:
    # test_match_issuer_mixed_look_alike_cells_go_to_review builds cells from them.
    kept_apart = {issuer_id for ids in REGISTRY.kept_apart.values() for issuer_id in ids}
    assert sorted(i for i in kept_apart if not REGISTRY.by_id[i].name_zh) == []


def test_every_issuer_has_an_english_name() -> None:
    assert [i.id for i in REGISTRY.issuers if not i.name_en] == []


def test_no_name_is_also_an_abbreviation_key_of_another_issuer() -> None:
    # A full name whose key equals another issuer's abbreviation would read as that abbreviation.
    clash = [(i.id, n) for i in REGISTRY.issuers for n in i.names
             if REGISTRY.abbr_index.get(name_key(n), frozenset()) - {i.id}]  # fmt: skip
    assert clash == []


@pytest.mark.parametrize("issuer_id", sorted(REGISTRY.by_id))
def test_every_name_of_an_issuer_matches_it(issuer_id: str) -> None:
    issuer = REGISTRY.by_id[issuer_id]
    missed = []
    for name in issuer.names:
        match = match_issuer(cell_to_issuer(name), REGISTRY, Decisions())
        if (match.issuer_id, match.status) != (issuer_id, "matched") and name not in READER_LIMITS:
            missed.append((name, match.status, match.candidates[:2]))
    assert missed == []


@pytest.mark.parametrize("issuer_id", sorted(REGISTRY.by_id))
def test_every_own_abbreviation_matches_its_issuer_and_a_shared_one_goes_to_review(issuer_id: str) -> None:
    for abbr in REGISTRY.by_id[issuer_id].abbrs:
        match = match_issuer(cell_to_issuer(abbr), REGISTRY, Decisions())
        if REGISTRY.abbr_index[name_key(abbr)] == {issuer_id}:
            assert (match.issuer_id, match.status) == (issuer_id, "matched"), abbr
        else:
            assert match.status == "review" and match.issuer_id.startswith("issx-"), abbr


def test_reader_limits_are_still_registry_names() -> None:
    names = {n for i in REGISTRY.issuers for n in i.names}
    assert READER_LIMITS <= names
