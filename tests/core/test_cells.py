"""Cell text as published: whitespace collapsed, control characters gone."""

import pytest

from core.cells import clean_cell


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Certified\u3000Safety\n Professional ", "Certified Safety Professional"),
        ("美国\x0b安全\x0c工程师协会", "美国 安全 工程师协会"),  # vertical tab, form feed: whitespace
        ("ASM\x01 International\x1b\x7f", "ASM International"),  # controls no name means
        ("\x00", ""),
        (None, ""),
    ],
)
def test_clean_cell(raw: str | None, clean: str) -> None:
    assert clean_cell(raw) == clean
