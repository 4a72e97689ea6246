"""Japanese and traditional forms of Han characters read as simplified (normalize/cjk.py)."""

from normalize import cjk
from normalize.decisions import Decisions
from normalize.issuers import cell_to_issuer, match_issuer, zh_fuzzy_key
from normalize.registry import load_registry
from normalize.unknown import group_unknown


def test_to_simplified_reads_kanji_and_traditional_forms() -> None:
    assert cjk.to_simplified("一般財団法人日本情報経済社会推進協会") == "一般财团法人日本信息经济社会推进协会"
    assert cjk.to_simplified("技術士（機械部門）") == "技术士（机械部门）"
    assert cjk.to_simplified("香港測量師學會") == "香港测量师学会"
    # simplified text is unchanged, and mainland 情报 ('intelligence') is not 信息
    assert cjk.to_simplified("国际竞争情报协会 Level 3 カード 한국") == "国际竞争情报协会 Level 3 カード 한국"


def test_to_simplified_never_rewrites_a_simplified_character() -> None:
    # a form listed may not itself be a simplified character (it would rewrite mainland text)
    assert not {chr(k) for k in cjk._TABLE} & set(cjk._TABLE.values())


def test_a_japanese_body_in_kanji_and_in_simplified_is_one_new_body() -> None:
    # The registry holds neither wording (an invented-looking pair for a real Japanese body): the
    # kanji cell and the simplified one had waited as two new bodies.
    registry = load_registry()
    cells = [cell_to_issuer("一般財団法人日本情報経済社会推進協会（JIPDEC）", "日本"),
             cell_to_issuer("日本信息经济社会推进协会", "日本")]  # fmt: skip
    matches = group_unknown([(p, match_issuer(p, registry, Decisions())) for p in cells], registry)
    assert matches[0].issuer_id == matches[1].issuer_id and matches[0].issuer_id.startswith("issx-")
    assert zh_fuzzy_key("香港測量師學會") == zh_fuzzy_key("香港测量师学会")
