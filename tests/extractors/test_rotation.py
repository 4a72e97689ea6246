"""Pages shown turned by a quarter are read upright (the qpdf-rotated producer documents read
whole: tests/extractors/test_producers.py)."""

from __future__ import annotations

from extractors.pdfpage import Char, Edge, PageContent
from extractors.rotation import turn_upright


def sideways_line(text: str, downwards: bool, x: float = 100.0) -> list[Char]:
    """Characters of one line running down (or up) a 600 x 800 page shown turned."""
    step = 10.0 if downwards else -10.0
    start = 50.0 if downwards else 750.0
    return [Char(t, x, x + 10, start + i * step, start + i * step + 10, 10.0, "F", False) for i, t in enumerate(text)]


def page(chars: list[Char], edges: tuple[Edge, ...] = ()) -> PageContent:
    return PageContent(1, 600.0, 800.0, tuple(chars), edges, ())


def test_rotation_text_reading_downwards_turns_anticlockwise() -> None:
    chars = sideways_line("Certified Welding Inspector", downwards=True)
    turned = turn_upright(page(chars, (Edge(90.0, 40.0, 90.0, 400.0, "v", "line"),)))
    assert (turned.width, turned.height) == (800.0, 600.0)
    assert all(c.upright for c in turned.chars)
    xs = [c.x0 for c in turned.chars if c.text.strip()]
    assert xs == sorted(xs) and "".join(c.text for c in turned.chars) == "Certified Welding Inspector"
    assert {c.top for c in turned.chars} == {600.0 - 110.0}  # the line's x becomes its distance from the top
    [edge] = turned.edges
    assert (edge.orientation, edge.x0, edge.x1, edge.top) == ("h", 40.0, 400.0, 510.0)


def test_rotation_text_reading_upwards_turns_clockwise() -> None:
    chars = sideways_line("Chartered Engineer (CEng)", downwards=False)
    turned = turn_upright(page(chars))
    text = "".join(c.text for c in sorted(turned.chars, key=lambda c: c.x0))
    assert text == "Chartered Engineer (CEng)" and all(c.upright for c in turned.chars)


def test_rotation_upright_pages_and_a_few_sideways_characters_stay() -> None:
    upright = [Char(t, 50.0 + 10 * i, 60.0 + 10 * i, 100.0, 110.0, 10.0, "F", True) for i, t in enumerate("序号 职业资格名称 颁证单位 对应职称")]
    stamp = sideways_line("印章文字", downwards=True)  # a seal's text, sideways
    same = page(upright + stamp)
    assert turn_upright(same) is same
