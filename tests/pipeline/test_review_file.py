import csv
from datetime import datetime
from pathlib import Path

import pytest

from core.errors import DataFileError
from core.model import SourceRef
from normalize.issuers import cell_to_issuer, issuer_review_item, match_issuer
from normalize.registry import Registry, load_registry
from pipeline.review_file import (
    DECISION_COLUMNS,
    REVIEW_COLUMNS,
    Decisions,
    ReviewItem,
    apply_review_file,
    load_decisions,
    merge_review_items,
    pending_items,
    read_review_items,
    review_frame,
    review_item,
    write_review,
)

MONDAY = datetime(2024, 3, 4, 9, 30)
TUESDAY = datetime(2024, 3, 5, 10, 0)
# The third body is in no registry (fictional): it waits in review whatever the registry gains.
CELLS = ["德国工商会", "美国材料与金属学会 (ASM)", "斐济建筑师学会 (Fiji Institute of Architects)"]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def _items(registry: Registry, decisions: Decisions, cells: list[str] = CELLS) -> list[ReviewItem]:
    items = []
    for row, cell in enumerate(cells, 2):
        parts = cell_to_issuer(cell)
        match = match_issuer(parts, registry, decisions)
        if match.needs_review:
            items.append(issuer_review_item(parts, match, notice="常人社〔2023〕1号", source_file="cz.docx", row=row))
    return items


def _fill(path: Path, raw: str, **values: str) -> None:
    """Do what a steward does in Excel: fill the decision columns of one row."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["raw"] == raw:
            row.update(values)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(REVIEW_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)


def apply(review: Path, decisions_csv: Path, when: datetime, registry: Registry) -> int:
    """Apply a filled review file against its own queue; how many decisions were recorded."""
    known = read_review_items(review)
    return len(apply_review_file(review, decisions_csv, when, known=known, registry_ids=frozenset(registry.by_id)))


def test_write_review_excel_file(tmp_path: Path, registry: Registry) -> None:
    review = tmp_path / "review.csv"
    assert write_review(_items(registry, Decisions()), review) == 3
    data = review.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM makes Excel read UTF-8
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == REVIEW_COLUMNS
    by_raw = {r["raw"]: r for r in rows}
    assert by_raw["德国工商会"]["candidates"].startswith("iss-dihk 85.7")
    assert (by_raw["德国工商会"]["source_file"], by_raw["德国工商会"]["row"]) == ("cz.docx", "2")


def test_review_round_trip(tmp_path: Path, registry: Registry) -> None:
    review, decisions_csv = tmp_path / "review.csv", tmp_path / "decisions.csv"
    decisions_csv.write_text(",".join(DECISION_COLUMNS) + "\n", encoding="utf-8")
    write_review(_items(registry, Decisions()), review)
    _fill(review, "德国工商会", decision="accept", decided_by="王芳")
    _fill(review, "美国材料与金属学会 (ASM)", decision="reject", decided_by="王芳", note="ASM 另有其会")

    assert apply(review, decisions_csv, MONDAY, registry) == 2
    decisions = load_decisions(decisions_csv)
    accepted = match_issuer(cell_to_issuer("德国工商会"), registry, decisions)
    assert (accepted.issuer_id, accepted.method, accepted.needs_review) == ("iss-dihk", "decision", False)
    rejected = match_issuer(cell_to_issuer("美国材料与金属学会 (ASM)"), registry, decisions)
    assert rejected.status == "new" and "iss-asm" not in dict(rejected.candidates)
    assert [(d.decided_by, d.decided_at) for d in decisions.rows] == [("王芳", "2024-03-04T09:30:00")] * 2
    assert [i.raw for i in pending_items(review, decisions)] == ["斐济建筑师学会 (Fiji Institute of Architects)"]

    # The next run: applying the same file again records nothing new; the queue shrinks to what waits.
    assert apply(review, decisions_csv, TUESDAY, registry) == 0
    write_review(_items(registry, decisions), review, decisions)
    assert [i.raw for i in pending_items(review, decisions)] == ["斐济建筑师学会 (Fiji Institute of Architects)"]


def test_apply_review_file_later_decision_wins_and_history_kept(tmp_path: Path, registry: Registry) -> None:
    review, decisions_csv = tmp_path / "review.csv", tmp_path / "decisions.csv"
    write_review(_items(registry, Decisions(), ["德国工商会"]), review)
    _fill(review, "德国工商会", decision="accept", decided_by="a")
    apply(review, decisions_csv, MONDAY, registry)
    _fill(review, "德国工商会", decision="new", decided_by="b")
    assert apply(review, decisions_csv, TUESDAY, registry) == 1
    decisions = load_decisions(decisions_csv)
    assert [(d.decision, d.decided_by) for d in decisions.rows] == [("accept", "a"), ("new", "b")]
    assert match_issuer(cell_to_issuer("德国工商会"), registry, decisions).status == "new"


def test_write_review_keeps_unapplied_steward_work(tmp_path: Path, registry: Registry) -> None:
    review = tmp_path / "review.csv"
    write_review(_items(registry, Decisions()), review)
    _fill(review, "德国工商会", decision="accept", decided_by="王芳")
    write_review(_items(registry, Decisions(), CELLS[1:]), review)  # a rewrite that no longer lists it
    rows = {r["raw"]: r for r in csv.DictReader(review.read_text(encoding="utf-8-sig").splitlines())}
    assert rows["德国工商会"]["decision"] == "accept"
    assert len(rows) == 3


def test_apply_review_file_reads_excel_gb18030(tmp_path: Path, registry: Registry) -> None:
    review, decisions_csv = tmp_path / "review.csv", tmp_path / "decisions.csv"
    write_review(_items(registry, Decisions(), ["德国工商会"]), review)
    _fill(review, "德国工商会", decision="接受", decided_by="王芳")
    review.write_bytes(review.read_text(encoding="utf-8-sig").encode("gb18030"))
    assert apply(review, decisions_csv, MONDAY, registry) == 1
    assert load_decisions(decisions_csv).rows[0].decision == "accept"


def test_apply_review_file_rejects_unknown_decision(tmp_path: Path, registry: Registry) -> None:
    review = tmp_path / "review.csv"
    write_review(_items(registry, Decisions(), ["德国工商会"]), review)
    _fill(review, "德国工商会", decision="maybe")
    with pytest.raises(DataFileError, match=r"review.csv:2: decision 'maybe' .* \(column decision\)"):
        apply(review, tmp_path / "decisions.csv", MONDAY, registry)


def test_merge_review_items_counts_occurrences() -> None:
    item = ReviewItem("rev-1", "issuer", "review", "DIHK 德国工商会", row=9)
    merged = merge_review_items([item, ReviewItem("rev-1", "issuer", "review", "DIHK 德国工商会", row=3)])
    assert [(m.row, m.occurrences) for m in merged] == [(3, 2)]


def test_write_review_escapes_formulas(tmp_path: Path) -> None:
    review = tmp_path / "review.csv"
    write_review([ReviewItem("rev-1", "issuer", "new", "=HYPERLINK(1)")], review)
    assert "'=HYPERLINK(1)" in review.read_text(encoding="utf-8-sig")
    assert pending_items(review, Decisions())[0].raw == "=HYPERLINK(1)"


def test_repository_decisions_file_loads() -> None:
    path = Path(__file__).parents[2] / "normalize" / "data" / "decisions.csv"
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(DECISION_COLUMNS)
    load_decisions(path)


def test_review_frame_matches_review_file(tmp_path: Path, registry: Registry) -> None:
    items = _items(registry, Decisions())
    frame = review_frame(items)
    assert tuple(frame.columns) == REVIEW_COLUMNS
    write_review(items, tmp_path / "review.csv")
    with (tmp_path / "review.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.DictReader(handle)) == frame.fillna("").to_dict("records")


def test_review_item_from_source_ref(registry: Registry) -> None:
    parts = cell_to_issuer("德国工商会")
    match = match_issuer(parts, registry, Decisions())
    item = review_item(parts, match, "常人社〔2023〕1号", SourceRef("cz.pdf", "ab", table=2, row=5, page=3))
    assert (item.notice, item.source_file, item.page, item.row, item.kind) == ("常人社〔2023〕1号", "cz.pdf", 3, 5, "issuer")


def _filled(tmp_path: Path, registry: Registry, **values: str) -> Path:
    review = tmp_path / "review.csv"
    write_review(_items(registry, Decisions(), ["德国工商会"]), review)
    _fill(review, "德国工商会", **values)
    return review


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"decision": "accept", "target_id": "iss-nope"}, r"review.csv:2: target 'iss-nope' is not an issuer id of the registry \(column target_id\)"),
        ({"decision": "reject", "target_id": "iss-dihkk"}, r"review.csv:2: target 'iss-dihkk' is not an issuer id"),
        ({"decision": "new", "target_id": "iss-dihk"}, r"review.csv:2: 'new' needs an id the registry does not use; iss-dihk"),
        ({"decision": "accept", "item_id": "rev-000000000000"}, r"review.csv:2: item 'rev-000000000000' is not in the review queue \(column item_id\)"),
    ],
)  # fmt: skip
def test_apply_review_file_refuses_unknown_ids(tmp_path: Path, registry: Registry, values: dict[str, str], message: str) -> None:
    review = _filled(tmp_path, registry, **values)
    queue = read_review_items(review)
    if "item_id" in values:  # the steward's copy names an item the latest run did not list
        queue = {}
    decisions_csv = tmp_path / "decisions.csv"
    with pytest.raises(DataFileError, match=message):
        apply_review_file(review, decisions_csv, MONDAY, known=queue, registry_ids=frozenset(registry.by_id))
    assert not decisions_csv.exists()  # nothing recorded


def test_apply_review_file_checks_every_row_before_recording(tmp_path: Path, registry: Registry) -> None:
    review = tmp_path / "review.csv"
    write_review(_items(registry, Decisions()), review)
    _fill(review, "德国工商会", decision="accept", decided_by="王芳")  # good
    _fill(review, "美国材料与金属学会 (ASM)", decision="accept", target_id="iss-typo", decided_by="王芳")  # bad
    decisions_csv = tmp_path / "decisions.csv"
    with pytest.raises(DataFileError, match="iss-typo"):
        apply(review, decisions_csv, MONDAY, registry)
    assert not decisions_csv.exists()


def test_apply_review_file_refuses_an_excel_workbook(tmp_path: Path, registry: Registry) -> None:
    review = tmp_path / "review.xlsx"
    review.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(DataFileError, match="this is an Excel workbook, not a CSV") as raised:
        apply_review_file(review, tmp_path / "d.csv", MONDAY, known={}, registry_ids=frozenset())
    assert "CSV UTF-8" in raised.value.hint


def test_apply_review_file_names_a_mistyped_column(tmp_path: Path, registry: Registry) -> None:
    review = _filled(tmp_path, registry, decision="accept")
    text = review.read_text(encoding="utf-8-sig").replace(",decision,", ",decison,", 1)
    review.write_text(text, encoding="utf-8-sig")
    with pytest.raises(DataFileError, match=r"review.csv:1: the filled review file has no 'decision' column .*is 'decison' meant to be 'decision'"):
        apply(review, tmp_path / "decisions.csv", MONDAY, registry)


def test_load_decisions_named_file_must_exist(tmp_path: Path) -> None:
    assert load_decisions(tmp_path / "none.csv") == Decisions()  # the default file before any decision
    with pytest.raises(DataFileError, match="none.csv: no such decisions file"):
        load_decisions(tmp_path / "none.csv", missing_ok=False)


def test_load_decisions_bad_row_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "decisions.csv"
    path.write_text(",".join(DECISION_COLUMNS) + "\nrev-1,issuer,x,accept,iss-a,w,t,\nrev-2,issuer,y,perhaps,iss-a,w,t,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"decisions.csv:3: decision 'perhaps' is not one of accept, reject, new, correct \(column decision\)"):
        load_decisions(path)
