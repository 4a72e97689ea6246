"""The series (系列) of professional titles: reviewed data (normalize/data/series.txt)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).parent / "data" / "series.txt"


@cache
def series_names(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """The series names and their short forms, one a line ("#" starts a comment)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def one_edit_apart(a: str, b: str) -> bool:
    """Two different texts one character apart: one changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def isolated(value: str, names: frozenset[str], *, same_length: bool = False) -> bool:
    """A name of `names` that no other is one character away from: a misreading of one
    character could not turn another listed name into it. `same_length`: only names as long
    count (where the reader has ruled out a character dropped or added, by the ink's width)."""
    return value in names and not any(one_edit_apart(value, other) and (not same_length or len(other) == len(value))
                                      for other in names)  # fmt: skip
