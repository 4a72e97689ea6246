"""Run the Great Expectations suites kept in expectations/*.json on a frame.

The suites are files so that stewards review rules as data; this module only loads them and
turns GX's results into one line per failing row (rule, row id, offending value).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    return validate_tables({suite_name: (frame, id_column)}, directory=directory)[suite_name]


def validate_tables(
    tables: Mapping[str, tuple[pd.DataFrame, str]], docs: Path | None = None, directory: Path = EXPECTATIONS_DIR
) -> dict[str, list[Failure]]:
    """Validate each frame with the suite of its name ({suite: (frame, id column)}); return each
    suite's failing rows. With `docs`, also build Great Expectations Data Docs (an HTML site,
    docs/index.html) of these validations there, the failing rows shown with their ids."""
    failures: dict[str, list[Failure]] = {name: [] for name in tables}
    checked = {name: pair for name, pair in tables.items() if not pair[0].empty}
    if not checked:
        return failures
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx  # slow import (~5 s): only when validating
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX gives some of its loggers their own INFO level on import (per-run temp-dir notices).
    for name in [n for n in logging.root.manager.loggerDict if n.startswith("great_expectations")]:
        logging.getLogger(name).setLevel(logging.WARNING)

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # no bars in the terminal
    if docs is not None:
        context.add_data_docs_site(site_name="catalog", site_config=_site_config(docs))  # type: ignore[arg-type]
    source = context.data_sources.add_pandas("catalog")
    run_id = RunIdentifier(run_name="catalog-run")
    summaries: list[SuiteSummary] = []
    for suite_name, (frame, id_column) in checked.items():
        spec = load_suite_spec(suite_name, directory)
        _check_columns(spec, frame, directory / f"{suite_name}.json")
        # Only the columns the rules read, and the id: GX copies what it is given for some of its
        # metrics, and an entries row has forty columns the rules never read (at 110,000 rows the
        # whole frame cost about 140 MiB more while validating; BENCHMARKS.md).
        frame = frame[_columns_read(spec, id_column)]
        suite = context.suites.add(_suite(gx, spec))
        batch = source.add_dataframe_asset(suite_name).add_batch_definition_whole_dataframe("all")
        definition = context.validation_definitions.add(gx.ValidationDefinition(name=suite_name, data=batch, suite=suite))
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=suite_name,
                validation_definitions=[definition],
                actions=[gx.checkpoint.UpdateDataDocsAction(name="data-docs")] if docs is not None else [],
                result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [id_column]},
            )
        )
        run = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=run_id)
        for result in run.run_results.values():
            failures[suite_name] += _failures(result.results, id_column)
            summaries.append(_summary(suite_name, len(frame), result.results))
    if docs is not None:
        _write_index(docs, summaries)
    return failures


@dataclass(frozen=True)
class SuiteSummary:
    """One suite's outcome for the report's first page: rows, rules, and each failing rule."""

    suite: str
    rows: int
    rules: int
    failing: tuple[tuple[str, int], ...]  # (the rule's description, failing rows)


def _summary(suite: str, rows: int, results: list[Any]) -> SuiteSummary:
    failing = tuple(
        (_description(r.expectation_config.meta) or r.expectation_config.type,
         len(r.result.get("unexpected_index_list") or []))
        for r in results
        if not r.success
    )  # fmt: skip
    return SuiteSummary(suite, rows, len(results), failing)


def _write_index(docs: Path, summaries: list[SuiteSummary]) -> None:
    """docs/index.html as a plain page that needs no network. GX's own index builds its list
    with scripts from CDNs, so offline it shows nothing; it is kept as gx-index.html, and
    GX's pages link "Home" here. Each suite: passed or not, rows, rules, each failing rule."""
    gx_index = docs / "index.html"
    if gx_index.is_file():
        gx_index.replace(docs / "gx-index.html")
    sections = []
    for summary in summaries:
        pages = sorted((docs / "validations" / summary.suite).rglob("*.html"))
        link = pages[-1].relative_to(docs).as_posix() if pages else ""
        status = "未通过 FAILED" if summary.failing else "通过 passed"
        items = "".join(f"<li>{escape(rule)}: <b>{count}</b> 行 rows</li>" for rule, count in summary.failing)
        sections.append(
            f"<h2>{escape(summary.suite)}: {status}</h2>"
            f"<p>{summary.rows} 行 rows checked against {summary.rules} 条规则 rules"
            f"{'; ' + str(len(summary.failing)) + ' rule(s) failed:' if summary.failing else ', every rule passed.'}</p>"
            f"{'<ul>' + items + '</ul>' if items else ''}"
            + (f'<p><a href="{quote(link)}">每条规则与不合格的值 Every rule, and the failing values with their row ids</a></p>'
               if link else "")
        )
    html = (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>校验报告 Validation report</title></head>'
        '<body style="font-family: sans-serif; max-width: 60em; margin: 2em">'
        "<h1>校验报告 Validation report</h1>"
        "<p>发布前，目录条目和通知按 expectations/ 中的规则逐行校验；有不合格行的通知不发布（见 rejected.csv）。"
        " Before publishing, every entry and notice is checked against the rules in expectations/; a notice "
        "with a failing row is held back (see rejected.csv).</p>"
        + "".join(sections)
        + '<p><a href="gx-index.html">Great Expectations Data Docs</a> (needs a network connection for its styles)</p>'
        "</body></html>\n"
    )
    (docs / "index.html").write_text(html, encoding="utf-8")


def _suite(gx: Any, spec: dict[str, Any]) -> Any:
    """The suite file as a GX suite; each rule's name is its description, shown in Data Docs."""
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    configs = [
        ExpectationConfiguration(
            type=e["type"], kwargs=e["kwargs"], meta=e.get("meta", {}), description=_description(e.get("meta", {}))
        )
        for e in spec["expectations"]
    ]
    return gx.ExpectationSuite(name=str(spec["name"]), expectations=[c.to_domain_obj() for c in configs])


def _description(meta: Mapping[str, Any]) -> str | None:
    """What a steward reads in Data Docs: the rule, then what a failing row means."""
    rule, message = meta.get("rule"), meta.get("message")
    if not rule:
        return None
    return f"{rule} (a failing row: {message})" if message else str(rule)


def _site_config(docs: Path) -> dict[str, Any]:
    return {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }


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


def _columns_read(spec: dict[str, Any], id_column: str) -> list[str]:
    """The id column, then every column a rule of the suite names, each once, in that order."""
    named = [id_column]
    for expectation in spec["expectations"]:
        kwargs = expectation["kwargs"]
        named += kwargs.get("column_list") or []
        named += [kwargs[key] for key in ("column", "column_A", "column_B") if key in kwargs]
    return list(dict.fromkeys(named))


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
