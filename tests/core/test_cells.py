"""Cell text as published: whitespace collapsed, control characters gone."""

import pytest

from core.cells import clean_cell, is_seq_like, seq_text


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


@pytest.mark.parametrize(
    ("printed", "number"),
    [("12", "12"), ("１２", "12"), ("12.", "12"), ("12、", "12"), ("１２．", "12"), (" 3 ", "3"),
     ("1-2", "1-2"), ("一", "一"), ("12.5", "12.5"), ("", ""), ("12345", "12345"),
     ("（3）", "3"), ("(12)", "12"), ("（１２）", "12"), ("（3", "（3"), ("3）", "3）"), ("（3）.", "（3）.")],
)  # fmt: skip
def test_cells_seq_text_reads_the_number_a_seq_prints(printed: str, number: str) -> None:
    assert seq_text(printed) == number
    assert is_seq_like(printed) == (printed.strip() == "" or number.isdigit() and len(number) <= 4)
