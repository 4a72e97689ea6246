"""The entries suite (expectations/entries.json) run through Great Expectations."""

import json
from pathlib import Path

import pandas as pd

from core.errors import DataFileError
from pipeline.validate import _raised, validate_frame

GOOD = {
    "entry_id": "e1", "notice_id": "n1", "part": "1", "seq": "1", "qualification": "FE Mechanical", "issuer": "NCEES",
    "title": "助理工程师", "series": "机械工程", "city": "无锡", "source_sha256": "a" * 64,
}  # fmt: skip


def frame(*changes: dict[str, str]) -> pd.DataFrame:
    rows = [{**GOOD, "entry_id": f"e{i}", "seq": str(i), **change} for i, change in enumerate(changes, start=1)]
    return pd.DataFrame(rows).astype("string")


def test_validate_good_rows_pass() -> None:
    assert validate_frame(frame({}, {}), "entries", "entry_id") == []


def test_validate_unknown_title_names_row_and_rule() -> None:
    failures = validate_frame(frame({}, {"title": "工程师助理"}), "entries", "entry_id")
    assert [(f.row_id, f.column, f.value) for f in failures] == [("e2", "title", "工程师助理")]
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


# --- exact failures: rule, column list, value; GX kept quiet

import logging  # noqa: E402

import pytest  # noqa: E402

from pipeline.validate import Failure, load_suite_spec  # noqa: E402


def test_validate_compound_rule_names_every_column_and_value() -> None:
    failures = validate_frame(frame({}, {"seq": "1"}, {"seq": "1", "part": "2"}), "entries", "entry_id")
    assert failures == [
        Failure("e1", "seq unique within a notice", "notice_id,part,seq", "n1 / 1 / 1", "this 序号 is printed more than once in the notice"),
        Failure("e2", "seq unique within a notice", "notice_id,part,seq", "n1 / 1 / 1", "this 序号 is printed more than once in the notice"),
    ]  # e3 is 序号 1 of part 2: not a repeat


def test_validate_failures_sorted_by_row_then_rule_without_repeats() -> None:
    failures = validate_frame(frame({"title": "工程师助理", "issuer": ""}, {"qualification": "", "seq": "x"}), "entries", "entry_id")
    rules = {"issuer": "issuer not empty", "title": "title is a recognized professional title (职称)",
             "qualification": "qualification name not empty", "seq": "seq is a number as printed"}  # fmt: skip
    assert set(rules.values()) <= {e["meta"]["rule"] for e in load_suite_spec("entries")["expectations"]}
    assert [(f.row_id, f.column, f.value) for f in failures] == sorted(
        [("e1", "issuer", ""), ("e1", "title", "工程师助理"), ("e2", "qualification", ""), ("e2", "seq", "x")],
        key=lambda f: (f[0], rules[f[1]]),
    )
    assert [f.rule for f in failures] == [rules[f.column] for f in failures]


def test_validate_empty_frame_passes_without_gx() -> None:
    assert validate_frame(frame().iloc[0:0], "entries", "entry_id") == []


def test_validate_leaves_gx_loggers_quiet() -> None:
    logging.getLogger("great_expectations.data_context").setLevel(logging.INFO)  # as GX does on import
    validate_frame(frame({}), "entries", "entry_id")
    levels = {n: logging.getLogger(n).level for n in logging.root.manager.loggerDict if n.startswith("great_expectations")}
    assert levels and not [n for n, level in levels.items() if logging.NOTSET < level < logging.WARNING]


def test_validate_missing_column_is_an_error() -> None:
    # A rule on a column the table lacks could never run: refused, never passed silently.
    with pytest.raises(DataFileError, match=r"entries.json: the rule 'title is a recognized professional title \(职称\)' "
                                            r"names column\(s\) title that the entries table does not have"):
        validate_frame(frame({}).drop(columns=["title"]), "entries", "entry_id")


@pytest.mark.parametrize(
    ("info", "message"),
    [
        (None, ""),
        ({"raised_exception": False, "exception_message": None}, ""),
        ({"raised_exception": True, "exception_message": "boom"}, "boom"),  # the flat shape
        ({"MetricConfigurationID(a)": {"raised_exception": True, "exception_message": "no column x"},
          "MetricConfigurationID(b)": {"raised_exception": True, "exception_message": "no column x"}}, "no column x"),
        ({"MetricConfigurationID(a)": {"raised_exception": False}}, ""),  # keyed by metric, as GX 1.x does
        ({"m(a)": {"raised_exception": True, "exception_message": "b"},
          "m(b)": {"raised_exception": True, "exception_message": "a"}}, "a; b"),
        ({"raised_exception": True}, "an exception without a message"),  # never an empty, falsy message
    ],
)  # fmt: skip
def test_validate_raised_reads_both_shapes(info: object, message: str) -> None:
    assert _raised(info) == message


def test_validate_rule_that_cannot_run_raises(tmp_path: Path) -> None:
    # A broken rule (here an invalid regex) must stop validation, never pass every row.
    suite = {"name": "t", "expectations": [{"type": "expect_column_values_to_match_regex",
             "kwargs": {"column": "a", "regex": "("}, "meta": {"rule": "a bad regex", "message": "m"}}]}  # fmt: skip
    (tmp_path / "t.json").write_text(json.dumps(suite), encoding="utf-8")
    table = pd.DataFrame({"id": ["1", "2"], "a": ["x", "y"]}).astype("string")
    with pytest.raises(RuntimeError, match=r"expect_column_values_to_match_regex \(a bad regex\) could not run: "
                                           r"Invalid regular expression"):  # fmt: skip
        validate_frame(table, "t", "id", tmp_path)


def test_validate_missing_compound_column_names_rule_and_columns() -> None:
    table = frame({}).drop(columns=["part"])
    with pytest.raises(DataFileError) as raised:
        validate_frame(table, "entries", "entry_id")
    assert raised.value.message == ("the rule 'seq unique within a notice' names column(s) part that the entries "
                                    "table does not have")  # fmt: skip
    assert raised.value.hint == "the table's columns: " + ", ".join(table.columns)


def test_validate_tables_builds_data_docs_a_steward_can_read(tmp_path: Path) -> None:
    from pipeline.validate import validate_tables

    notices = pd.DataFrame([{"notice_id": "n1", "city": "无锡", "issue_date": "2021-12-13", "effective_date": "",
                             "batch": "第一批", "entries": "2"}]).astype("string")  # fmt: skip
    found = validate_tables({"entries": (frame({}, {"title": "工程师助理"}), "entry_id"), "notices": (notices, "notice_id")},
                            docs=tmp_path / "docs")  # fmt: skip
    assert [(f.row_id, f.value) for f in found["entries"]] == [("e2", "工程师助理")] and found["notices"] == []
    index = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    pages = sorted((tmp_path / "docs" / "validations").rglob("*.html"))
    assert [p.parent.parent.parent.name for p in pages] == ["entries", "notices"]  # one page per suite
    assert all(p.relative_to(tmp_path / "docs").as_posix() in index for p in pages)
    # the first page is ours and needs no network (GX's own index draws its list with CDN scripts)
    assert "<script" not in index and (tmp_path / "docs" / "gx-index.html").is_file()
    assert "<h2>entries: 未通过 FAILED</h2><p>2 行 rows checked against 10 条规则 rules; 1 rule(s) failed:</p>" in index
    assert "<li>title is a recognized professional title (职称) (a failing row: not a recognized professional title " \
           "(职称)): <b>1</b> 行 rows</li>" in index
    assert "<h2>notices: 通过 passed</h2><p>1 行 rows checked against 6 条规则 rules, every rule passed.</p>" in index
    entries_page = pages[0].read_text(encoding="utf-8")
    # the rule's own words, what a failing row means, the failing value and the row's id
    assert "title is a recognized professional title (职称) (a failing row: not a recognized" in entries_page
    assert "工程师助理" in entries_page and "e2" in entries_page and "Failed" in entries_page


def test_validate_tables_without_docs_writes_nothing(tmp_path: Path) -> None:
    from pipeline.validate import validate_tables

    found = validate_tables({"entries": (frame({}), "entry_id")})
    assert found == {"entries": []} and list(tmp_path.iterdir()) == []
