"""Catalogs whose rules are not a full grid (tests/make_rules.py prints them with Chromium): every row
exact over both pages, or the catalog refused with its reason; and the rule geometry in
extractors/unruled.py on its own."""

from __future__ import annotations

import pytest

from core.errors import CatalogIncomplete
from extractors import read_document
from extractors.pdf import _dedupe
from extractors.pdfpage import Char
from extractors.sniff import file_to_source
from extractors.unruled import Rule, joined_rules, level_with
from tests.extractors import probe_fixtures as probe

FIXTURES = probe.FIXTURES / "rules"
READ = ("rules-under.pdf", "rules-above.pdf", "boxed-rows.pdf", "booktabs.pdf")


def test_rules_round_size() -> None:
    assert sorted(p.name for p in probe.documents(FIXTURES, catalog=True)) == sorted([*READ, "stripes.pdf"])


@pytest.mark.parametrize("name", READ)
def test_rules_catalog_every_row_exact(name: str) -> None:
    path = FIXTURES / name
    assert probe.rows(path) == [tuple(row) for row in probe.truth(path)["rows"]]


def test_rules_stripes_without_rules_is_refused_not_short() -> None:
    # a grey background under every other row, no rules: each stripe's cells are drawn as rectangles, which
    # read as one-row tables; the rows between them are outside every table, and the reader says so
    with pytest.raises(CatalogIncomplete, match="lines that read like its rows"):
        probe.rows(FIXTURES / "stripes.pdf")


def test_rules_lineage_box_of_a_row_between_rules_is_the_band_they_draw() -> None:
    path = FIXTURES / "rules-under.pdf"
    doc = read_document(path, file_to_source(path, path.parent))
    rows = [row for table in doc.tables for row in table.rows]
    # on page 1 the header, then rows 1..10, each between two rules: consecutive boxes share an edge
    body = [row.ref.bbox for row in rows if row.ref.page == 1][1:]
    assert len(body) == 10
    assert all(a[3] == b[1] for a, b in zip(body, body[1:]))


def test_joined_rules_makes_one_rule_of_cell_borders_drawn_end_to_end() -> None:
    cells = [Rule(30, 60, 100.0), Rule(60, 200, 100.2), Rule(201.5, 400, 100.1), Rule(30, 400, 150.0)]
    assert joined_rules(cells) == [Rule(30, 400, 100.0), Rule(30, 400, 150.0)]
    assert joined_rules([Rule(30, 60, 100.0), Rule(70, 400, 100.0)]) == [Rule(30, 60, 100.0), Rule(70, 400, 100.0)]


def test_level_with_takes_the_rows_rules_not_a_box_round_the_table_or_a_thin_rectangles_other_side() -> None:
    rules = [Rule(10, 500, 40.0), Rule(30, 400, 100.0), Rule(30, 400, 101.5), Rule(30, 401, 150.0), Rule(10, 500, 160.0)]
    assert level_with(rules, 30, 400) == [100.0, 150.0]


def test_dedupe_drops_a_fake_bold_copy_but_not_the_same_glyph_on_another_line() -> None:
    def char(text: str, x0: float, top: float) -> Char:
        return Char(text, x0, x0 + 10, top, top + 10, 10, "F", True)

    assert _dedupe([char("工", 10, 100), char("工", 10.5, 100.2)]) == [char("工", 10, 100)]
    assert len(_dedupe([char("工", 10, 100), char("工", 10.5, 108)])) == 2
