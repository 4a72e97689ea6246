"""Run the Great Expectations suites kept in expectations/*.json on a frame.

The suites are files so that stewards review rules as data; this module only loads them and
turns GX's results into one line per failing row (rule, row id, offending value).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from core.errors import DataFileError

EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent / "expectations"


@dataclass(frozen=True)
class Failure:
    """One row breaking one rule; `message` says what is wrong (the suite's meta.message)."""

    row_id: str
    rule: str
    column: str
    value: str
    message: str = ""


def load_suite_spec(name: str, directory: Path = EXPECTATIONS_DIR) -> dict[str, Any]:
    """Read a suite file (expectations/<name>.json)."""
    with (directory / f"{name}.json").open(encoding="utf-8") as fh:
        spec: dict[str, Any] = json.load(fh)
    return spec


def validate_frame(
    frame: pd.DataFrame, suite_name: str, id_column: str, directory: Path = EXPECTATIONS_DIR
) -> list[Failure]:
    """Validate `frame` with the named suite; return every failing row (empty list = passed)."""
    if frame.empty:
        return []
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx  # slow import (~7 s): only when validating
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    # GX gives some of its loggers their own INFO level on import (per-run temp-dir notices).
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")]:
        logging.getLogger(name).setLevel(logging.WARNING)

    spec = load_suite_spec(suite_name, directory)
    _check_columns(spec, frame, directory / f"{suite_name}.json")
    configs = [
        ExpectationConfiguration(type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {}))
        for e in spec["expectations"]
    ]
    suite = gx.ExpectationSuite(name=str(spec["name"]), expectations=[c.to_domain_obj() for c in configs])
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("catalog").add_dataframe_asset(suite_name)
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(
        suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_column]}
    )
    return _failures(result.results, id_column)


def _failures(results: list[Any], id_column: str) -> list[Failure]:
    failures: list[Failure] = []
    for outcome in results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        rule = str(config.meta.get("rule") or config.type)
        message = str(config.meta.get("message") or f"breaks the rule '{rule}'")
        columns = config.kwargs.get("column_list") or [config.kwargs.get("column", "")]
        error = _raised(outcome.exception_info)
        if error:  # a rule that could not run must never pass silently
            raise RuntimeError(f"expectation {config.type} ({rule}) could not run: {error}")
        for index in outcome.result.get("unexpected_index_list") or []:
            value = " / ".join(str(index.get(c, "")) for c in columns)
            failures.append(Failure(str(index[id_column]), rule, ",".join(columns), value, message))
    return sorted(set(failures), key=lambda f: (f.row_id, f.rule))


def _raised(info: Any) -> str:
    """The error message of an expectation that could not run, else "". GX 1.x gives
    exception_info either flat or keyed by metric (one entry per metric it tried)."""
    if not isinstance(info, dict):
        return ""
    entries = [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    messages = {str(e.get("exception_message") or "an exception without a message") for e in entries
                if e.get("raised_exception")}  # fmt: skip
    return "; ".join(sorted(messages))


def _check_columns(spec: dict[str, Any], frame: pd.DataFrame, suite_file: Path) -> None:
    """Every column a rule names must be in the table: a rule on a misspelt column would never run."""
    for expectation in spec["expectations"]:
        kwargs = expectation["kwargs"]
        named = kwargs.get("column_list") or [kwargs.get("column")]
        missing = [c for c in named if c and c not in frame.columns]
        if missing:
            rule = expectation["meta"]["rule"]  # every rule is named (tests/expectations)
            raise DataFileError(
                f"the rule {rule!r} names column(s) {', '.join(missing)} that the {suite_file.stem} table does not have",
                file=str(suite_file),
                hint=f"the table's columns: {', '.join(map(str, frame.columns))}",
            )
