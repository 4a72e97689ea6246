"""normalize/titles.py: a title printed with its level in brackets, and the level table."""

import pytest

from normalize.titles import title_levels, without_level_note
from pipeline.ocr_review import titles


def test_every_recognized_title_has_a_level_and_no_other() -> None:
    levels = title_levels()
    assert set(levels) == titles()  # the entries suite's title rule (expectations/entries.json)
    assert set(levels.values()) == {"初级", "中级", "副高级", "正高级"}


@pytest.mark.parametrize(
    ("printed", "published"),
    [
        # unseen34 (pingxiang) and unseen25 (chenzhou): the level restates the title
        ("工程师（中级）", "工程师"),
        ("助理工程师（初级）", "助理工程师"),
        ("高级会计师（副高级）", "高级会计师"),
        ("正高级工程师(正高级)", "正高级工程师"),
        ("一级翻译（副高级）", "一级翻译"),  # the translation series' own grading
        ("医师（初级）", "医师"),  # the health series: 医师 is 初级, 主治医师 中级
        ("技术员（员级）", "技术员"),
        ("高级工程师（高级）", "高级工程师"),  # 高级 for 副高级
        ("工程师（中级职称）", "工程师"),
        # not read: a level that disagrees, a condition, no note, an unknown title, a title in brackets
        ("工程师（副高级）", "工程师（副高级）"),
        ("医师（中级）", "医师（中级）"),
        ("工程师（取得证书满3年）", "工程师（取得证书满3年）"),
        ("工程师", "工程师"),
        ("教练（中级）", "教练（中级）"),
        ("技术员（助理工程师）", "技术员（助理工程师）"),
    ],
)
def test_without_level_note(printed: str, published: str) -> None:
    assert without_level_note(printed) == published
