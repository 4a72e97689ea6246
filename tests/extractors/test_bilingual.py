"""A qualification's name and its 译名 in one cell (职业资格名称及译名), split where the script changes."""

from __future__ import annotations

import pytest

from extractors.bilingual import SPLIT_NOTE, split_name_and_translation


@pytest.mark.parametrize(
    ("cell", "name", "translation"),
    [
        # the name as issued, then its 译名: the boundary is the first Chinese character
        ("Mechatroniker/-in für Kältetechnik 机械电子技术员-制冷方向", "Mechatroniker/-in für Kältetechnik",
         "机械电子技术员-制冷方向"),
        ("Chartered Engineer (CEng)特许工程师", "Chartered Engineer (CEng)", "特许工程师"),
        ("International Welding Engineer 国际焊接工程师（IWE）", "International Welding Engineer", "国际焊接工程师（IWE）"),
        ("PMP 项目管理专业人士", "PMP", "项目管理专业人士"),  # an abbreviation alone is the whole name
        # one script only: the name, no 译名
        ("Professional Engineer", "Professional Engineer", ""),
        ("特许工程师（CEng）", "特许工程师（CEng）", ""),
    ],
)
def test_split_certain(cell: str, name: str, translation: str) -> None:
    assert split_name_and_translation(cell) == (name, translation, ())


@pytest.mark.parametrize(
    ("cell", "name", "translation"),
    [
        # an abbreviation before the Chinese may open the 译名: split at the script, the row waits
        ("Certified Clinical Research Professional CCRP认证临床研究专业人员",
         "Certified Clinical Research Professional CCRP", "认证临床研究专业人员"),
        # ... but the name's first word again is the 译名's first word (unseen16 probe, 赣州)
        ("NACE CIP3 NACE 三级涂装检验师", "NACE CIP3", "NACE 三级涂装检验师"),
        ("ACRP Certified Professional ACRP认证专业人员", "ACRP Certified Professional", "ACRP认证专业人员"),
        # ... and the name's first words again (unseen35, 河源): 'API 510' opens the 译名
        ("API 510 Pressure Vessel Inspector API 510 压力容器检验师", "API 510 Pressure Vessel Inspector", "API 510 压力容器检验师"),
        ("ITIL 4 Managing Professional ITIL 4 管理专家", "ITIL 4 Managing Professional", "ITIL 4 管理专家"),  # had no check
        ("ACRP-PM (ACRP Project Manager) ACRP 认证项目管理专业人员", "ACRP-PM (ACRP Project Manager)", "ACRP 认证项目管理专业人员"),
        # no Latin, but a Japanese name beside its simplified 译名 (unseen35, 威海): kept whole, waits
        ("日商簿記検定1級日本商工会议所簿记检定一级", "日商簿記検定1級日本商工会议所簿记检定一级", ""),
        # the Chinese name first: where it ends is not certain
        ("特许工程师（CEng） Chartered Engineer", "Chartered Engineer", "特许工程师（CEng）"),
    ],
)
def test_split_uncertain_waits_for_a_steward(cell: str, name: str, translation: str) -> None:
    got_name, got_translation, checks = split_name_and_translation(cell)
    assert (got_name, got_translation) == (name, translation)
    # one check per field, in the text review's "field: left|right (…)" form
    assert [c.split(":")[0] for c in checks] == ["qualification", "qualification_zh"]
    assert all("|" in c and c.endswith(f"({SPLIT_NOTE})") for c in checks)
