"""The reader's own checks of a cell's reading (extractors/ocr_check.py): runs of ideographs as
wide as their count, every line read, two readings agreeing."""

from __future__ import annotations

import numpy as np
import pytest

from extractors.ocr_check import ink_runs, line_fits, page_em, reading_whole, readings_agree
from extractors.ocr_text import Word

EM = 40  # pixels an ideograph advances


def _line(*runs: int, gap: int = 4, space: int = 14) -> np.ndarray:
    """A line's ink: runs of `n` ideographs (n > 0; each ink 36 px, 4 px apart) parted by spaces."""
    columns: list[int] = []
    for n, count in enumerate(runs):
        if n:
            columns += [0] * space
        for i in range(count):
            columns += ([0] * gap if i else []) + [1] * (EM - gap)
    return np.tile(np.array(columns, dtype=np.uint8) * 255, (EM, 1))


def test_ocr_check_ink_runs_part_at_blanks_a_space_wide() -> None:
    assert ink_runs(_line(3, 2), 0.2 * EM) == [(0, 116), (130, 206)]
    assert ink_runs(_line(3, 2), 20) == [(0, 206)]  # a narrower blank than the gap asked joins


@pytest.mark.parametrize(
    ("text", "runs", "fits"),
    [("美国焊接协会", (6,), True),
     ("美国焊接协", (6,), False),  # an ideograph dropped: the ink is a character wider
     ("美国焊接协会会", (6,), False),  # doubled
     ("AWS 美国焊接协会", (2, 6), True),  # Latin runs are not counted, only paired
     ("AWS美国焊接协会", (2, 6), False),  # a space in the picture the text lacks: words and runs do not pair
     ("Chartered Engineer", (4, 4), True)],  # no ideograph: nothing to count
)  # fmt: skip
def test_ocr_check_line_fits_its_ink(text: str, runs: tuple[int, ...], fits: bool) -> None:
    assert line_fits(text, _line(*runs), float(EM)) is fits


def test_ocr_check_page_em_from_runs_of_ideographs() -> None:
    lines = [("美国焊接协会", 236), ("工程师", 116), ("AWS", 80), ("师", 36)]
    assert abs(page_em(lines) - 40.0) < 1.5  # the short and Latin lines say nothing
    assert page_em([("AWS", 80)]) == 0.0


def test_ocr_check_reading_whole_and_agreeing() -> None:
    word = Word("工程师", 0, 0, 116, 36, 50.0, (1, 1, 1))
    assert reading_whole([((0, 0, 116, 36), [word])])
    assert not reading_whole([((0, 0, 116, 36), [word]), ((0, 40, 116, 76), [])])  # a line read as nothing
    assert readings_agree("美国焊接协会(AWS)", "美国焊接协会（AWS）") and not readings_agree("", "")  # width folded
