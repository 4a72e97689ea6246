"""Traditional characters folded to simplified ones for published values (extractors/variants.py),
and Japanese names left as printed."""

from __future__ import annotations

import pytest

from extractors.variants import in_japanese_forms, is_japanese, simplified


@pytest.mark.parametrize(("printed", "published"), [
    ("英國皇家特許測量師學會", "英国皇家特许测量师学会"),  # pasted from a Hong Kong or Taiwan page
    ("日本商工会議所", "日本商工会议所"),  # no kana, no Japanese-only form: read as traditional Chinese
    ("英國・皇家", "英国・皇家"),  # a middle dot is no kana
    ("日商簿記検定1級", "日商簿記検定1級"),  # 検 is a Japanese form only: the name stays as printed
    ("情報処理安全確保支援士", "情報処理安全確保支援士"),  # 処
    ("ソフトウェア開発技術者", "ソフトウェア開発技術者"),  # katakana
    ("Project Management Professional", "Project Management Professional"),
])  # fmt: skip
def test_variants_published_form(printed: str, published: str) -> None:
    assert simplified(printed) == published


def test_variants_japanese_forms_are_told_from_chinese_ones() -> None:
    assert is_japanese("検") and is_japanese("データ")
    # shared with simplified Chinese (会, 学) or with traditional Chinese (級, 記): no sign of Japanese
    assert not any(is_japanese(text) for text in ("会", "学", "級", "記", "國", "・", "ASM"))


@pytest.mark.parametrize(("text", "japanese"), [
    ("技術士（機械部門）", True),  # forms traditional Chinese shares with Japanese
    ("日本技術士会", True),
    ("技术士（机械部门）", False),  # 术, 机, 门: forms only simplified Chinese writes
    ("日本技術士會", False),  # 會: Japanese writes 会
    ("英國皇家特許測量師學會", False),  # 國, 學, 會: traditional Chinese only
    ("日商簿記検定1級日本商工会议所簿记检定一级", False),  # two texts joined (议, 记 beside 記, 検)
])  # fmt: skip
def test_variants_in_japanese_forms(text: str, japanese: bool) -> None:
    assert in_japanese_forms(text) is japanese
