"""The 序号 check: a later batch that numbers on from the batch before it is complete when the
earlier batch says so or a steward accepts the start; otherwise the notice is held back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from core.errors import DataFileError
from core.model import DocumentResult, NoticeMeta, stable_id
from normalize.decisions import REVIEW_COLUMNS, Decision, Decisions, ReviewItem
from normalize.registry import Registry, load_registry
from pipeline.release import Release, results_to_release
from pipeline.review_file import _write_csv, apply_review_file, review_rows
from pipeline.sequence import LateStart, UnseenEnd, check_sequences
from tests.pipeline.test_release import result, wuxi_rows

FIRST = NoticeMeta(doc_number="宁人社职〔2023〕7号", city="南京", batch="第一批", issue_date="2023-03-01")
SECOND = NoticeMeta(doc_number="宁人社职〔2024〕12号", city="南京", batch="第二批", issue_date="2024-05-20")
SECOND_ID = stable_id("notice", SECOND.doc_number)
NOW = datetime(2026, 12, 2)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def batch(name: str, meta: NoticeMeta, seqs: range) -> DocumentResult:
    """A notice printing wuxi's first rows under the 序号 given."""
    rows = [[str(seq), *row[1:]] for seq, row in zip(seqs, wuxi_rows(len(seqs)))]
    return result(name, "docx", meta, rows)


def run(registry: Registry, *results: DocumentResult, decisions: Decisions = Decisions()) -> Release:
    return results_to_release(list(results), registry, decisions)


def test_sequence_a_later_batch_numbering_on_from_the_earlier_one_is_published(registry: Registry) -> None:
    got = run(registry, batch("first", FIRST, range(1, 4)), batch("second", SECOND, range(4, 7)))
    assert got.blocked_notices == () and got.failures == ()
    assert got.tables["entries"]["seq"].tolist() == ["1", "2", "3", "4", "5", "6"]
    assert "sequence" not in set(got.tables["review"]["kind"])
    assert got.numbered_on == (f"{SECOND_ID} part 1: 序号 start at 4, numbers on from {FIRST.doc_number} (第一批), "
                               "which ends at 3",)  # fmt: skip


def test_sequence_a_later_batch_alone_is_held_back_and_asks_a_steward(registry: Registry) -> None:
    got = run(registry, batch("second", SECOND, range(62, 65)))
    assert got.blocked_notices == (SECOND_ID,)
    assert got.tables["entries"].empty
    [failure] = got.failures
    assert failure.value.startswith("1, 2, 3") and "(the rows read run 62–64)" in failure.message
    [item] = got.tables["review"][got.tables["review"]["kind"] == "sequence"].to_dict("records")
    assert item["item_id"] == LateStart(SECOND_ID, "1", 62, 64).item_id
    assert item["raw"].startswith("序号 starts at 62 (rows 62–64): accept if the catalog numbers on")
    assert (item["notice"], item["source_file"], item["row"]) == (SECOND.doc_number, "second.docx", "2")


def decided(item_id: str, word: str) -> Decisions:
    return Decisions(
        (Decision(item_id, "sequence", "序号 starts at 62", word, "", "wang", "2026-12-02T04:00:00+00:00"),)
    )


def test_sequence_a_steward_accepts_the_start_and_the_next_run_publishes(registry: Registry) -> None:
    item_id = LateStart(SECOND_ID, "1", 62, 64).item_id
    got = run(registry, batch("second", SECOND, range(62, 65)), decisions=decided(item_id, "accept"))
    assert got.blocked_notices == () and got.tables["entries"]["seq"].tolist() == ["62", "63", "64"]
    assert got.tables["review"].empty
    rejected = run(registry, batch("second", SECOND, range(62, 65)), decisions=decided(item_id, "reject"))
    assert rejected.blocked_notices == (SECOND_ID,) and rejected.tables["review"].empty  # not asked again


def test_sequence_an_accepted_start_does_not_cover_rows_lost_later(registry: Registry) -> None:
    item_id = LateStart(SECOND_ID, "1", 62, 65).item_id
    seqs = [62, 63, 65]
    rows = [[str(s), *r[1:]] for s, r in zip(seqs, wuxi_rows(3))]
    got = run(registry, result("second", "docx", SECOND, rows), decisions=decided(item_id, "accept"))
    assert got.blocked_notices == (SECOND_ID,)
    assert [f.value for f in got.failures] == ["1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (62 in all)"]


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (range(1, 3), range(4, 7), "the earlier batch ends at 2, not 3"),
        (range(1, 4), range(4, 7), "same batch number"),
        (range(2, 4), range(4, 7), "the earlier batch is itself incomplete"),
    ],
)
def test_sequence_no_numbering_on_without_evidence(registry: Registry, first: range, second: range, why: str) -> None:
    earlier = FIRST if why != "same batch number" else NoticeMeta(**{**FIRST.__dict__, "batch": "第二批"})
    got = run(registry, batch("first", earlier, first), batch("second", SECOND, second))
    assert SECOND_ID in got.blocked_notices, why


def test_sequence_numbering_on_needs_the_same_city() -> None:
    import pandas as pd

    columns = ["notice_id", "part", "seq", "city", "batch", "doc_number"]
    rows = [("a", "1", "1", "苏州", "第一批", "A"), ("b", "1", "2", "南京", "第二批", "B")]
    frame = pd.DataFrame(rows, columns=columns).astype("string")
    check = check_sequences(frame)
    assert [f.row_id for f in check.failures] == ["b"] and [i.kind for i in check.items] == ["sequence"]
    frame.loc[0, "city"] = "南京"
    check = check_sequences(frame)
    assert check.failures == () and [(s.notice_id, why) for s, why in check.numbered_on] == [
        ("b", "numbers on from A (第一批), which ends at 1")
    ]


def test_sequence_numbering_on_chains_through_the_batches(registry: Registry) -> None:
    third = NoticeMeta(doc_number="宁人社职〔2025〕3号", city="南京", batch="第三批", issue_date="2025-02-01")
    got = run(registry, batch("first", FIRST, range(1, 3)), batch("second", SECOND, range(3, 5)),
              batch("third", third, range(5, 7)))  # fmt: skip
    assert got.blocked_notices == () and got.tables["entries"]["seq"].tolist() == [str(s) for s in range(1, 7)]
    gap = run(registry, batch("first", FIRST, range(1, 3)), batch("third", third, range(5, 7)))  # 第二批 not here
    assert gap.blocked_notices == (stable_id("notice", third.doc_number),)


def test_sequence_a_start_takes_accept_or_reject_only(tmp_path: Path) -> None:
    folder = tmp_path
    item = ReviewItem(item_id="rev-1", kind="sequence", status="review", raw="序号 starts at 62")
    filled = [{**review_rows([item])[0], "decision": "新增", "decided_by": "wang"}]
    _write_csv(folder / "filled.csv", REVIEW_COLUMNS, filled, bom=True)
    with pytest.raises(DataFileError, match="accept .* or reject"):
        apply_review_file(folder / "filled.csv", folder / "decisions.csv", NOW,
                          known={"rev-1": item}, registry_ids=frozenset())  # fmt: skip
    filled[0]["decision"] = "接受"
    _write_csv(folder / "filled.csv", REVIEW_COLUMNS, filled, bom=True)
    [decision] = apply_review_file(folder / "filled.csv", folder / "decisions.csv",
                                   NOW, known={"rev-1": item},
                                   registry_ids=frozenset())  # fmt: skip
    assert (decision.decision, decision.target_id, decision.kind) == ("accept", "", "sequence")


def test_sequence_notices_without_a_city_never_number_on_from_each_other() -> None:
    import pandas as pd

    columns = ["notice_id", "part", "seq", "city", "batch", "doc_number"]
    rows = [("a", "1", "1", None, "第一批", "A"), ("b", "1", "2", None, "第二批", "B")]
    check = check_sequences(pd.DataFrame(rows, columns=columns).astype("string"))
    assert [f.row_id for f in check.failures] == ["b"]
    waiting = check_sequences(pd.DataFrame(rows[:1], columns=columns).astype("string"), also_read=[("c", "1", "5")])
    assert [f.row_id for f in waiting.failures] == ["c"]  # a notice whose every row waits (OCR) starts late


# --- the catalog's end: a PDF whose catalog runs to the bottom of the file's last page --------

UNSEEN = "the catalog runs to the bottom of the file's last page (page 1, last 序号 3): a page may be lost"


def ending_unseen(name: str, fmt: str, meta: NoticeMeta, rows: list[list[str]], reason: str = UNSEEN) -> DocumentResult:
    made = result(name, fmt, meta, rows)
    assert made.catalog is not None
    return replace(made, catalog=replace(made.catalog, end_unseen=reason))


def test_sequence_an_unseen_end_holds_the_notice_and_asks_a_steward(registry: Registry) -> None:
    got = run(registry, ending_unseen("first", "pdf", FIRST, wuxi_rows(3)))
    first_id = stable_id("notice", FIRST.doc_number)
    assert got.blocked_notices == (first_id,) and got.tables["entries"].empty
    [failure] = got.failures
    assert (failure.rule, failure.value) == ("catalog end seen", "3") and failure.message.startswith(UNSEEN)
    [item] = got.tables["review"][got.tables["review"]["kind"] == "end"].to_dict("records")
    assert item["item_id"] == UnseenEnd(first_id, FIRST.doc_number, "3", UNSEEN).item_id
    assert item["raw"] == f"{UNSEEN}: accept if the notice's catalog ends at 序号 3; otherwise rows are missing"
    assert (item["notice"], item["source_file"], item["page"]) == (FIRST.doc_number, "first.pdf", "1")


def test_sequence_an_unseen_end_accepted_publishes_and_rejected_stays_held(registry: Registry) -> None:
    first_id = stable_id("notice", FIRST.doc_number)
    item_id = UnseenEnd(first_id, FIRST.doc_number, "3", UNSEEN).item_id
    end = Decisions((Decision(item_id, "end", UNSEEN, "accept", "", "wang", "2026-12-02T04:00:00+00:00"),))
    got = run(registry, ending_unseen("first", "pdf", FIRST, wuxi_rows(3)), decisions=end)
    assert got.blocked_notices == () and got.tables["entries"]["seq"].tolist() == ["1", "2", "3"]
    assert got.ends_confirmed == (f"{FIRST.doc_number}: the catalog ends at 序号 3, accepted by wang on 2026-12-02",)
    no = Decisions((Decision(item_id, "end", UNSEEN, "reject", "", "wang", "2026-12-02T04:00:00+00:00"),))
    rejected = run(registry, ending_unseen("first", "pdf", FIRST, wuxi_rows(3)), decisions=no)
    assert rejected.blocked_notices == (first_id,) and rejected.tables["review"].empty  # not asked again
    longer = run(registry, ending_unseen("first", "pdf", FIRST, wuxi_rows(4)), decisions=end)
    assert longer.blocked_notices == (first_id,)  # another last row is another question


def test_sequence_an_end_another_rendering_shows_is_seen(registry: Registry) -> None:
    """A DOCX (or a PDF with text after its table) with every row shows where the catalog ends;
    a shorter one says nothing about the rows after its own end."""
    pdf = ending_unseen("first", "pdf", FIRST, wuxi_rows(3))
    whole = run(registry, pdf, result("first", "docx", FIRST, wuxi_rows(3)))
    assert whole.blocked_notices == () and len(whole.tables["entries"]) == 3
    shorter = run(registry, pdf, result("first", "docx", FIRST, wuxi_rows(2)))
    assert shorter.blocked_notices == (stable_id("notice", FIRST.doc_number),)


def test_sequence_an_end_takes_accept_or_reject_only(tmp_path: Path) -> None:
    item = ReviewItem(item_id="rev-2", kind="end", status="review", raw=UNSEEN)
    filled = [{**review_rows([item])[0], "decision": "new", "decided_by": "wang"}]
    _write_csv(tmp_path / "filled.csv", REVIEW_COLUMNS, filled, bom=True)
    with pytest.raises(DataFileError, match="last 序号 takes accept"):
        apply_review_file(tmp_path / "filled.csv", tmp_path / "decisions.csv", NOW,
                          known={"rev-2": item}, registry_ids=frozenset())  # fmt: skip
