"""The national list of title series (normalize/series.py) and how far apart its names are."""

from __future__ import annotations

import pytest

from normalize.series import isolated, one_edit_apart, series_names


def test_series_names_hold_the_national_series_and_their_short_forms() -> None:
    names = series_names()
    assert {"工程技术", "工程", "卫生技术", "卫生", "经济", "会计", "审计", "自然科学研究", "工艺美术", "船舶"} <= names
    assert not {"医药工程", "机械工程", "工程系列"} & names  # a province's specialties, or a cell's wording


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("会计", "审计", True), ("工程", "工程师", True), ("工程", "程", True), ("工程", "工程", False),
     ("工程", "工程技术", False), ("经济", "会计", False)],
)  # fmt: skip
def test_series_one_edit_apart(a: str, b: str, apart: bool) -> None:
    assert one_edit_apart(a, b) is apart and one_edit_apart(b, a) is apart


@pytest.mark.parametrize(("value", "expected"), [("工程", True), ("经济", True), ("会计", False), ("审计", False),
                                                 ("统计", False), ("医药工程", False)])  # fmt: skip
def test_series_isolated_when_no_other_is_one_character_away(value: str, expected: bool) -> None:
    """会计, 审计 and 统计 differ by one ideograph: a misreading of one could read as another."""
    assert isolated(value, series_names()) is expected
