"""New bodies grouped over a run: one provisional id however the cells word them."""

from normalize.decisions import Decisions
from normalize.issuers import cell_to_issuer, match_issuer
from normalize.registry import load_registry
from normalize.unknown import group_unknown

REGISTRY = load_registry()


def ids(*cells: str | tuple[str, str]) -> list[str]:
    parts = [cell_to_issuer(*((c, "") if isinstance(c, str) else c)) for c in cells]
    return [m.issuer_id for m in group_unknown([(p, match_issuer(p, REGISTRY, Decisions())) for p in parts])]


def test_unknown_same_abbreviation_is_one_new_body() -> None:
    # Bodies the registry does not hold (invented: the registry knows ASHRAE, API and ASQ now).
    a, b = ids("美国锅炉与压力容器检验师学会（ABPVI）", "ABPVI")
    assert a == b and a.startswith("issx-")


def test_unknown_english_initials_meet_the_abbreviation() -> None:
    a, b, c, d = ids("美国管道检验学会（APII）", "American Pipeline Inspection Institute（美国管道检验协会）",
                     "美国可靠性学会（American Society for Reliability）", "ASR")  # fmt: skip
    assert a == b and c == d and a != c


def test_unknown_different_countries_are_never_grouped() -> None:
    a, b = ids(("Institution of Structural Engineers (ISE)", "英国"), ("ISE", "美国"))
    assert a != b


def test_unknown_matched_cells_keep_their_registry_id_and_the_group_id_is_order_free() -> None:
    assert ids("DIHK", "ASHRAE")[0] == "iss-dihk"
    one = ids("美国石油学会（API）", "American Petroleum Institute")
    two = ids("American Petroleum Institute", "美国石油学会（API）")
    assert set(one) == set(two) and len(set(one)) == 1


def test_unknown_unrelated_new_bodies_stay_apart() -> None:
    assert len(set(ids("英国结构工程师学会（IStructE）", "美国无损检测学会 ASNT", "国际汽车工程师学会（SAE International）"))) == 3
