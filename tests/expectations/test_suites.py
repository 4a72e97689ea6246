"""Every rule of expectations/*.json, broken alone by one row of the published golden tables.

The base frames are the bundled notices' published entries and notices (tests/golden/), which
pass both suites; each case changes one value (or duplicates one row) so that exactly one rule
fails on exactly the rows it names. A rule added to a suite without a case here fails the
coverage test.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from core.model import ENTRY_COLUMNS
from pipeline.validate import load_suite_spec, validate_frame
from tests.notices import ROOT

GOLDEN = ROOT / "tests" / "golden" / "bundled"
Breaker = Callable[[pd.DataFrame], tuple[pd.DataFrame, set[str]]]  # broken frame, ids that must fail


def golden(name: str) -> pd.DataFrame:
    """A published table as the suites see it: every value a string."""
    return pd.read_csv(GOLDEN / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig").astype("string")


def set_value(column: str, value: object, row: int = 2, id_column: str = "entry_id") -> Breaker:
    """Change one cell."""

    def breaker(frame: pd.DataFrame) -> tuple[pd.DataFrame, set[str]]:
        broken = frame.copy()
        broken.loc[row, column] = value
        return broken, {str(frame.loc[row, id_column])}

    return breaker


def copy_seq(source: int = 2, target: int = 3) -> Breaker:
    """Print one 序号 twice in a notice: both rows fail."""

    def breaker(frame: pd.DataFrame) -> tuple[pd.DataFrame, set[str]]:
        broken = frame.copy()
        broken.loc[target, "seq"] = frame.loc[source, "seq"]
        return broken, {str(frame.loc[source, "entry_id"]), str(frame.loc[target, "entry_id"])}

    return breaker


def duplicate_notice(frame: pd.DataFrame) -> tuple[pd.DataFrame, set[str]]:
    """The same notice published twice."""
    return pd.concat([frame, frame.head(1)], ignore_index=True), {str(frame.loc[0, "notice_id"])}


ENTRY_CASES: dict[str, Breaker] = {
    "qualification name present": set_value("qualification", pd.NA),
    "qualification name not empty": set_value("qualification", " "),
    "issuer not empty": set_value("issuer", ""),
    # a spreadsheet formula's text result the file did not keep (a Calc .xls) reads as 0 (unseen27)
    "qualification name is no number": set_value("qualification", "0"),
    "issuer is no number": set_value("issuer", "0"),
    "series is no number": set_value("series", "12"),
    "seq is a number as printed": set_value("seq", "3a"),
    "seq unique within a notice": copy_seq(),
    "title is a recognized professional title (职称)": set_value("title", "工程师助理"),
    "lineage: source file hash present": set_value("source_sha256", ""),
}
NOTICE_CASES: dict[str, Breaker] = {
    "one row per notice": duplicate_notice,
    "city read from the notice text": set_value("city", "", 1, "notice_id"),
    "issue date is an ISO date when known": set_value("issue_date", "2021年12月13日", 1, "notice_id"),
    "effective date is an ISO date when known": set_value("effective_date", "2022/01/01", 1, "notice_id"),
    "batch written as 第N批 when known": set_value("batch", "第一批次", 1, "notice_id"),
    "a published notice has entries": set_value("entries", "0", 1, "notice_id"),
}
SUITES = {"entries": ("entry_id", ENTRY_CASES), "notices": ("notice_id", NOTICE_CASES)}


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_suites_every_rule_has_a_case(suite: str) -> None:
    rules = {e["meta"]["rule"] for e in load_suite_spec(suite)["expectations"]}
    assert rules == set(SUITES[suite][1])


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_suites_golden_tables_pass(suite: str) -> None:
    assert validate_frame(golden(suite), suite, SUITES[suite][0]) == []


@pytest.mark.parametrize(
    ("suite", "rule"), [(suite, rule) for suite, (_, cases) in SUITES.items() for rule in cases]
)
def test_suites_rule_broken_alone(suite: str, rule: str) -> None:
    id_column, cases = SUITES[suite]
    broken, failing_ids = cases[rule](golden(suite))
    failures = validate_frame(broken, suite, id_column)
    assert {(f.rule, f.row_id) for f in failures} == {(rule, row_id) for row_id in failing_ids}


def test_suites_name_only_published_columns() -> None:
    # The entry columns are defined once (core.model.EntryRecord); the suites and the golden file follow it.
    named = {c for e in load_suite_spec("entries")["expectations"]
             for c in (e["kwargs"].get("column_list") or [e["kwargs"]["column"]])}  # fmt: skip
    assert named <= set(ENTRY_COLUMNS)
    assert tuple(golden("entries").columns) == ENTRY_COLUMNS
