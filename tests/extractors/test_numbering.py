"""extractors/numbering.py: 序号 printed as Chinese numerals, under groups (1.1, 1-1) or not at all, read as the
numbers they stand for where a whole part prints them one way; and tables.py opening a part where 序号 restart at a
series change. The probe documents of each form are in tests/extractors/test_unseen39.py (and unseen9b, 12, 23)."""

from __future__ import annotations

import pytest

from core.model import CatalogRow, Document, Heading, SourceRef
from extractors.numbering import NOT_PRINTED, SEQ_AS_PRINTED, place, renumbered
from extractors.tables import document_to_catalog
from tests.extractors.test_tables import HEADER, SOURCE, table

REF = SourceRef("notice.docx", "0" * 64, 1, 1, None)


def row(seq: str, part: int = 1, name: str = "Q") -> CatalogRow:
    return CatalogRow(seq, name, "", "DIHK", "工程师", "机械工程", "", (REF,), part=part)


def read(rows: list[CatalogRow], headings: list[Heading] = (), unnumbered: set[int] = frozenset()) -> list[tuple]:  # type: ignore[assignment]
    out, _ = renumbered(rows, headings, unnumbered)
    return [(r.part, r.seq, dict(r.extra).get(SEQ_AS_PRINTED, "")) for r in out]


@pytest.mark.parametrize(("printed", "expected"), [
    ("12", (0, 12)), ("一", (0, 1)), ("十", (0, 10)), ("十一", (0, 11)), ("二十三", (0, 23)), ("九十九", (0, 99)),
    ("2.3", (2, 3)), ("2-3", (2, 3)), ("2．3", (2, 3)), ("10.12", (10, 12)),
    ("", None), ("十十", None), ("一百", None), ("1.1.1", None), ("（一）", None), ("A1", None), ("两", None),
])  # fmt: skip
def test_place_of_a_printed_seq(printed: str, expected: tuple[int, int] | None) -> None:
    assert place(printed) == expected


def test_plain_numbers_are_left_as_they_are() -> None:
    rows = [row("1"), row("2"), row("1", part=2)]
    out, _ = renumbered(rows, ())
    assert out == tuple(rows)


def test_chinese_numerals_read_as_numbers_with_the_numeral_kept() -> None:
    assert read([row("一"), row("二"), row("十一")]) == [(1, "1", "一"), (1, "2", "二"), (1, "11", "十一")]


def test_groups_become_parts_and_later_parts_move_on() -> None:
    rows = [row("1.1"), row("1.2"), row("2.1"), row("1", part=2), row("2", part=2)]
    assert read(rows) == [(1, "1", "1.1"), (1, "2", "1.2"), (2, "1", "2.1"), (3, "1", ""), (3, "2", "")]


def test_a_part_that_mixes_forms_is_left_for_validation_to_hold() -> None:
    for printed in (["1", "一"], ["1.1", "2", "3.1"], ["1.1", "2.1", "1.2"], ["一", "1.1"], ["1", "A"]):
        assert [seq for _, seq, _ in read([row(s) for s in printed])] == printed, printed


def test_no_seq_column_numbered_in_print_order_only_where_told() -> None:
    rows = [row(""), row(""), row("")]
    assert read(rows, unnumbered={1}) == [(1, "1", NOT_PRINTED), (1, "2", NOT_PRINTED), (1, "3", NOT_PRINTED)]
    assert read(rows) == [(1, "", ""), (1, "", ""), (1, "", "")]


def test_headings_follow_their_rows() -> None:
    rows = [row("1.1"), row("2.1"), row("2.2")]
    headings = [Heading(1, "1", "工程系列", REF), Heading(1, "2.3", "struck", REF, withdrawn=True)]
    _, moved = renumbered(rows, headings)
    assert [(h.part, h.seq) for h in moved] == [(1, "1"), (2, "3")]
    _, moved = renumbered([row("一"), row("二")], [Heading(1, "三", "struck", REF, withdrawn=True)])
    assert [(h.part, h.seq) for h in moved] == [(1, "3")]


def test_seq_restarting_where_the_series_changes_opens_a_part() -> None:
    doc = Document(SOURCE, "pdf", "国际职业资格比照认定职称目录", (table(
        1, 1, HEADER,
        ("1", "A", "甲", "DIHK", "工程师", "机械工程"), ("2", "B", "乙", "DIHK", "工程师", "机械工程"),
        ("1", "C", "丙", "DIHK", "经济师", "经济"), ("2", "D", "丁", "DIHK", "经济师", "经济"),
    ),))  # fmt: skip
    assert [(r.part, r.seq) for r in document_to_catalog(doc).rows] == [(1, "1"), (1, "2"), (2, "1"), (2, "2")]


def test_seq_restarting_in_one_series_is_no_new_part() -> None:
    doc = Document(SOURCE, "pdf", "国际职业资格比照认定职称目录", (table(
        1, 1, HEADER,
        ("1", "A", "甲", "DIHK", "工程师", "机械工程"), ("2", "B", "乙", "DIHK", "工程师", "机械工程"),
        ("1", "C", "丙", "DIHK", "工程师", "机械工程"),
    ),))  # fmt: skip
    assert [(r.part, r.seq) for r in document_to_catalog(doc).rows] == [(1, "1"), (1, "2"), (1, "1")]
