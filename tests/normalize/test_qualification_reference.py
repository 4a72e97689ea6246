"""The qualification reference (normalize/data/qualifications.toml) and its use in qualification ids."""

from itertools import combinations

import pytest

from normalize.qualification_reference import default_reference, load_reference, name_to_bag
from normalize.qualifications import (
    _reference_index,
    qualification_id,
    qualification_ids,
    qualification_key,
    reference_key,
)
from normalize.registry import load_registry

REGISTRY = load_registry()
REFERENCE = load_reference(registry=REGISTRY)


def test_reference_names_only_registry_issuers() -> None:
    assert REFERENCE and all(i in REGISTRY.by_id for e in REFERENCE for i in e.issuers)


def test_no_name_of_an_issuer_is_two_reference_qualifications() -> None:
    # an alias two entries of one issuer share would make neither match: it is a data error
    clashes = []
    for issuer_id in sorted({i for e in REFERENCE for i in e.issuers}):
        keys, bags, canon = _reference_index(issuer_id, REGISTRY, REFERENCE)
        clashes += [(issuer_id, k, sorted(ids)) for k, ids in {**keys, **bags}.items() if len(ids) > 1]
        # two entries of one issuer never share a canonical key
        assert len(set(canon.values())) == len(canon), issuer_id
    assert clashes == []


@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        ("iss-pmi", ["Project Management Professional (PMP)", "PMP", "项目管理专业人士", "PMP 项目管理专业人士认证"]),
        ("iss-cfa-institute", ["Chartered Financial Analyst", "CFA", "特许金融分析师", "CFA charterholder"]),
        ("iss-rics", ["Member (MRICS)", "MRICS", "英国皇家特许测量师", "英国皇家特许测量师学会会员"]),
        ("iss-iiw", ["International Welding Engineer (IWE)", "IWE", "国际焊接工程师"]),
        ("iss-twi", ["CSWIP 3.2 Senior Welding Inspector", "CSWIP 3.2", "CSWIP 3.2 高级焊接检验师",
                     "CSWIP高级焊接检验师（3.2级）", "高级焊接检验员（三级）", "Senior Welding Inspector"]),
        ("iss-twi", ["CSWIP 3.1 Welding Inspector", "CSWIP 3.1", "焊接检验员（二级）", "Welding Inspector Level II"]),
        ("iss-ipma", ["IPMA Level B", "IPMA B级", "Certified Senior Project Manager", "国际高级项目经理"]),
        ("iss-nace", ["NACE CIP2", "CIP Level 2", "涂层检验员二级", "CIP II"]),
        # AWS: CWE is the Certified Welding Educator, CWEng the Certified Welding Engineer
        ("iss-aws", ["Certified Welding Educator", "CWE", "Certified Welding Educator (CWE)"]),
        ("iss-aws", ["Certified Welding Engineer", "CWEng", "认证焊接工程师"]),
    ],
)
def test_reference_names_of_one_qualification_get_one_id(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names], REGISTRY)
    assert len(set(ids.values())) == 1, ids
    # the same without the rest of the run
    assert {qualification_id(issuer, n, registry=REGISTRY) for n in names} == set(ids.values())


@pytest.mark.parametrize(
    ("issuer", "one", "other"),
    [
        ("iss-twi", "CSWIP 3.1", "CSWIP 3.2"),
        ("iss-twi", "焊接检验员", "高级焊接检验员"),
        ("iss-iiw", "IWE", "IWT"),
        ("iss-iiw", "国际焊接工程师", "国际焊接技术员"),
        ("iss-nace", "CIP Level 1", "CIP Level 2"),
        ("iss-rics", "FRICS", "MRICS"),
        ("iss-rics", "英国皇家特许测量师学会资深会员", "英国皇家特许测量师学会会员"),
        ("iss-ipma", "IPMA B级", "IPMA C级"),
        ("iss-asq", "六西格玛黑带", "六西格玛绿带"),
        ("iss-pmi", "PMP", "PgMP"),
        ("iss-aws", "CWI", "SCWI"),
        ("iss-aws", "CWE", "Certified Welding Engineer"),
    ],
)
def test_reference_keeps_levels_grades_and_schemes_apart(issuer: str, one: str, other: str) -> None:
    ids = qualification_ids([(issuer, one), (issuer, other)], REGISTRY)
    assert ids[(issuer, one)] != ids[(issuer, other)]


def test_reference_applies_only_to_its_issuers() -> None:
    # 特许金融分析师 under another issuer is no CFA of the CFA Institute's: its own words decide
    assert reference_key("iss-garp", "特许金融分析师", REGISTRY) is None
    assert reference_key("issx-0123456789ab", "PMP", REGISTRY) is None


def test_reference_leaves_other_names_ids_alone() -> None:
    names = ["Some Other Credential", "某某证书", "NACE Senior Corrosion Technologist"]
    with_ref = qualification_ids([("iss-nace", n) for n in names], REGISTRY)
    without = qualification_ids([("iss-nace", n) for n in names], REGISTRY, reference=())
    assert with_ref == without


def test_reference_keeps_the_notices_published_keys() -> None:
    # the canonical key of an entry with key_name is that wording's key
    for entry in (e for e in REFERENCE if e.key_name):
        for issuer_id in entry.issuers:
            issuer = REGISTRY.by_id[issuer_id]
            assert reference_key(issuer_id, entry.key_name, REGISTRY) == qualification_key(entry.key_name, issuer.abbrs, issuer.names)


@pytest.mark.parametrize(
    ("one", "other"),
    [("焊接检验员（三级）", "焊接检验员3级"), ("无损检测III级", "无损检测三级"), ("NDT Level III", "NDT Level 3"), ("IPMA B级", "IPMA Level B")],
)
def test_name_to_bag_folds_level_spellings(one: str, other: str) -> None:
    assert name_to_bag(one) == name_to_bag(other)


def test_chinese_names_differing_only_in_level_spelling_are_one_qualification() -> None:
    names = ["船舶检验员（三级）", "船舶检验员3级", "船舶检验员（二级）"]
    ids = qualification_ids([("iss-lloyds-register", n) for n in names], REGISTRY)
    assert ids[("iss-lloyds-register", names[0])] == ids[("iss-lloyds-register", names[1])]
    assert ids[("iss-lloyds-register", names[0])] != ids[("iss-lloyds-register", names[2])]


def test_default_reference_is_the_bundled_file() -> None:
    assert default_reference() == REFERENCE
    assert len({e.id for e in REFERENCE}) == len(REFERENCE)
    assert not [(a.id, b.id) for a, b in combinations(REFERENCE, 2) if a.id == b.id]


# Fourteenth session: names the reference lacked, from general knowledge of the schemes (a title a
# body confers, a successor body's name, a short name in common use, TOGAF's two levels).
@pytest.mark.parametrize(
    ("issuer", "names"),
    [
        ("iss-peoplecert", ["PRINCE2 Practitioner", "PRINCE2 Practitioner Certificate in Project Management"]),
        ("iss-ciob", ["Chartered Membership", "Chartered Construction Manager (MCIOB)"]),
        ("iss-nace", ["NACE CIP3", "AMPP Certified Coating Inspector - Level 3"]),
        ("iss-istqb", ["Certified Tester Foundation Level (CTFL)", "ISTQB Foundation Level Certificate"]),
        ("iss-open-group", ["TOGAF 9 Certified", "TOGAF 9 Level 2"]),
        ("iss-asme", ["GDTP-S", "GDTP Senior Level", "Geometric Dimensioning and Tolerancing Professional – Senior"]),
        ("iss-iom3", ["MIMMM", "Member of the Institute of Materials (MIM)"]),
        ("iss-wset", ["WSET Level 3 Award in Wines", "WSET Level III in Wines"]),
    ],
)
def test_reference_fourteenth_session_names(issuer: str, names: list[str]) -> None:
    ids = qualification_ids([(issuer, n) for n in names], REGISTRY)
    assert len(set(ids.values())) == 1, ids


@pytest.mark.parametrize(
    ("issuer", "one", "other"),
    [
        ("iss-open-group", "TOGAF 9 Foundation", "TOGAF 9 Certified"),
        ("iss-asme", "GDTP-S", "GDTP-T"),
        ("iss-wset", "WSET Level 2 Award in Wines", "WSET Level 3 Award in Wines"),
    ],
)
def test_reference_fourteenth_session_levels_stay_apart(issuer: str, one: str, other: str) -> None:
    ids = qualification_ids([(issuer, one), (issuer, other)], REGISTRY)
    assert ids[(issuer, one)] != ids[(issuer, other)]
