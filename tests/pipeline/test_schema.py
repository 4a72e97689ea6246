"""The published tables' schema: columns checked, values typed, bad values refused."""

import pandas as pd
import pytest

from core.errors import PublishError
from core.model import ENTRY_COLUMNS
from pipeline.schema import SCHEMAS, check_columns, typed_frame
from tests.notices import golden_tables

GOLDEN = golden_tables()


def test_schema_describes_every_golden_table_exactly() -> None:
    assert sorted(SCHEMAS) == sorted(GOLDEN)
    check_columns(GOLDEN)  # raises on any difference
    assert tuple(c.name for c in SCHEMAS["entries"].columns) == ENTRY_COLUMNS
    assert all(c.title_zh and c.description for s in SCHEMAS.values() for c in s.columns)


def test_schema_comparison_takes_city_columns_between_series_and_conflict() -> None:
    comparison = GOLDEN["comparison"]
    assert list(comparison.columns[5:7]) == ["无锡", "泰州"]
    check_columns({"comparison": comparison.assign(**{"苏州": ""})[[*comparison.columns[:7], "苏州",
                                                                   "conflict", "cities"]]})  # fmt: skip
    with pytest.raises(PublishError, match="table 'comparison' has columns"):
        check_columns({"comparison": comparison.assign(苏州="")})  # a city after `cities`


def test_schema_refuses_a_missing_or_unknown_table_column() -> None:
    with pytest.raises(PublishError, match="table 'notices' has columns"):
        check_columns({"notices": GOLDEN["notices"].drop(columns=["replaces"])})
    with pytest.raises(PublishError, match="table 'extra' has no schema"):
        check_columns({"extra": GOLDEN["notices"]})


def test_schema_types_values_and_keeps_empty_as_null() -> None:
    entries = GOLDEN["entries"].head(2).copy()
    entries.loc[1, ["source_page", "issuer_match_score"]] = ["", ""]
    entries.loc[1, "in_force"] = "false"
    typed = typed_frame(entries, SCHEMAS["entries"])
    assert typed["seq"].tolist() == [1, 2] and str(typed["seq"].dtype) == "Int64"
    assert typed["source_page"].tolist()[0] == 4 and pd.isna(typed["source_page"].tolist()[1])
    assert typed["in_force"].tolist() == [True, False] and str(typed["in_force"].dtype) == "boolean"
    assert typed["issuer_match_score"].tolist()[0] == 100.0 and pd.isna(typed["issuer_match_score"].tolist()[1])
    assert typed["qualification"].tolist() == entries["qualification"].tolist()
    dates = typed_frame(GOLDEN["notices"], SCHEMAS["notices"])["issue_date"].tolist()
    assert [d.isoformat() for d in dates] == GOLDEN["notices"]["issue_date"].tolist()


@pytest.mark.parametrize(
    ("table", "column", "value", "kind"),
    [("entries", "seq", "3a", "integer"), ("entries", "in_force", "yes", "boolean"),
     ("notices", "issue_date", "2022-02-30", "date"), ("entries", "issuer_match_score", "high", "number")],
)  # fmt: skip
def test_schema_refuses_a_value_that_is_not_its_type(table: str, column: str, value: str, kind: str) -> None:
    frame = GOLDEN[table].head(1).copy()
    frame.loc[0, column] = value
    with pytest.raises(PublishError, match=f"{table}.{column} holds a value that is not {kind}"):
        typed_frame(frame, SCHEMAS[table])
