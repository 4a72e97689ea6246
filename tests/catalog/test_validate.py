"""The entries suite (expectations/entries.json) run through Great Expectations."""

import pandas as pd

from catalog.validate import validate_frame

GOOD = {
    "entry_id": "e1", "notice_id": "n1", "part": "1", "seq": "1", "qualification": "FE Mechanical", "issuer": "NCEES",
    "title": "助理工程师", "city": "无锡", "source_sha256": "a" * 64,
}  # fmt: skip


def frame(*changes: dict[str, str]) -> pd.DataFrame:
    rows = [{**GOOD, "entry_id": f"e{i}", "seq": str(i), **change} for i, change in enumerate(changes, start=1)]
    return pd.DataFrame(rows).astype("string")


def test_validate_good_rows_pass() -> None:
    assert validate_frame(frame({}, {}), "entries", "entry_id") == []


def test_validate_unknown_title_names_row_and_rule() -> None:
    failures = validate_frame(frame({}, {"title": "教授"}), "entries", "entry_id")
    assert [(f.row_id, f.column, f.value) for f in failures] == [("e2", "title", "教授")]
    assert "职称" in failures[0].rule


def test_validate_empty_qualification_and_duplicate_seq() -> None:
    failures = validate_frame(frame({"qualification": ""}, {"seq": "1"}), "entries", "entry_id")
    rules = {(f.row_id, f.rule) for f in failures}
    assert ("e1", "qualification name not empty") in rules
    assert {("e1", "seq unique within a notice"), ("e2", "seq unique within a notice")} <= rules


def test_validate_notices_suite_names_the_notice() -> None:
    notices = pd.DataFrame(
        [
            {"notice_id": "n1", "city": "无锡", "issue_date": "2021-12-13", "effective_date": "", "batch": "第一批", "entries": "61"},
            {"notice_id": "n2", "city": "", "issue_date": "2021年12月", "effective_date": "", "batch": "", "entries": "0"},
        ]
    ).astype("string")
    failures = validate_frame(notices, "notices", "notice_id")
    assert {f.row_id for f in failures} == {"n2"}
    assert {f.column for f in failures} == {"city", "issue_date", "entries"}
