"""extractors.grid: merged positions told apart, across their own row or down from the row above."""

from __future__ import annotations

from extractors.grid import boxes_across


def test_grid_boxes_across_tells_a_merge_across_from_a_merge_down() -> None:
    # Columns at x = 0, 10, 20, 30. Row 1: a cell spans columns 1-3 (a parent row's name).
    # Rows 2-3: a cell in column 2 merged down over both; row 3 has none there. Rows 4-5: a 2-D
    # merge over columns 1-2 and both rows: across in its first row, down in the second.
    rows = [
        [(0, 0, 10, 5), (10, 0, 40, 5), None, None],
        [(0, 5, 10, 10), (10, 5, 20, 10), (20, 5, 30, 15), (30, 5, 40, 10)],
        [(0, 10, 10, 15), (10, 10, 20, 15), None, (30, 10, 40, 15)],
        [(0, 15, 10, 20), (10, 15, 30, 25), None, (30, 15, 40, 20)],
        [(0, 20, 10, 25), None, None, (30, 20, 40, 25)],
    ]
    assert boxes_across(rows) == [frozenset({2, 3}), frozenset(), frozenset(), frozenset({2}), frozenset()]


def test_grid_boxes_across_leaves_a_hole_in_the_rulings_undecided() -> None:
    # A position no cell covers (a rule missing round it) is neither: it stays as before, None.
    rows = [[(0, 0, 10, 5), None, (20, 0, 30, 5)], [(0, 5, 10, 10), (10, 5, 20, 10), (20, 5, 30, 10)]]
    assert boxes_across(rows) == [frozenset(), frozenset()]
