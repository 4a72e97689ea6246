"""`catalog`: the command line. One function per command; errors become one line and an exit code.

Modelled on sqlite-utils' cli.py: shared options are decorator factories, library errors are
turned into short messages here and nowhere else.

Exit codes, the same for every command (README, "Exit codes"):
    0   done; nothing waits for a steward
    1   done, and something waits for a steward: a notice held back, a document quarantined or
        refused, review items waiting, or nothing to publish
    2   nothing done: a usage error, a path or setting that cannot work, a bad decisions or
        review file, curated/ locked by another run or not writable
    3   internal error: a bug in this tool (the traceback is in the log file)
    130 interrupted (Ctrl-C or SIGTERM); curated/ stays at the last complete version
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from core.errors import CatalogError, IngestError, SettingsError, UserError
from pipeline.logs import log_to_file
from pipeline.settings import Settings, check_decisions, check_for_run, resolve_settings

if TYPE_CHECKING:  # the report pulls in pandas: imported only when a run needs it
    from pipeline.report import RunReport

OK, ATTENTION, USER_ERROR, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 130
F = TypeVar("F", bound=Callable[..., Any])


def _version() -> str:
    try:
        return metadata.version("qualification-catalog")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def path_option(name: str, help_text: str) -> Callable[[F], F]:
    """--NAME PATH, resolved later by pipeline.settings (flag > CATALOG_NAME > default)."""
    return click.option(f"--{name}", type=click.Path(path_type=Path), default=None, help=help_text)


def json_option(fn: F) -> F:
    """--json: print one JSON document instead of text (for scripts)."""
    return click.option("--json", "as_json", is_flag=True, help="Print the result as JSON, for scripts.")(fn)


RAW_HELP = "Folder of published notices (default: raw, or $CATALOG_RAW)."
CURATED_HELP = "Folder the catalog is published in (default: curated, or $CATALOG_CURATED)."
DECISIONS_HELP = "Steward decisions file (default: normalize/data/decisions.csv, or $CATALOG_DECISIONS)."
REGISTRY_HELP = "Issuer registry (default: the one shipped in normalize/data/issuers.toml, or $CATALOG_REGISTRY)."


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(_version(), "--version", prog_name="catalog", message="%(prog)s %(version)s")
def cli() -> None:
    """Turn HR bureaus' notices (PDF, Word, Excel, web pages) that recognize international
    qualifications as professional titles into one validated catalog.

    \b
    A steward's round:
      catalog fetch URL            save a notice page and its attachments in raw/
      catalog add 通知附件.zip      store new notices in raw/
      catalog run                  read raw/, publish a new version in curated/
      catalog review               list what waits for you (issuer matches …)
      catalog review --apply F     record the decisions you filled in a copy of review.csv
      catalog run                  publish again with your decisions
      catalog trace ENTRY_ID       see where a published row was printed
      catalog changes              what the last run added, removed and changed
      catalog compare 无锡 泰州     which qualifications each city recognizes, and conflicts
      catalog serve --watch F      fetch the pages listed in F and publish, on a schedule

    Exit codes: 0 done; 1 done, something waits for you; 2 nothing done (bad input,
    see the message); 3 a bug in this tool; 130 interrupted.
    """


@cli.command()
@path_option("raw", RAW_HELP)
@path_option("curated", CURATED_HELP)
@path_option("decisions", DECISIONS_HELP)
@path_option("registry", REGISTRY_HELP)
@click.option("--wait", type=click.FloatRange(min=0), default=0.0, metavar="SECONDS", show_default=True,
              help="If another run is publishing into the same curated/, wait this long for it.")  # fmt: skip
@click.option("--dask", "dask", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]",
              help="Read the documents on a Dask cluster: the scheduler at ADDRESS (tcp://host:8786), or a "
                   "local cluster of worker processes when no address is given.")  # fmt: skip
@json_option
@click.option("-v", "--verbose", is_flag=True, help="Also show Prefect's task logs.")
def run(raw: Path | None, curated: Path | None, decisions: Path | None, registry: Path | None, wait: float,
        dask: str | None, as_json: bool, verbose: bool) -> int:  # fmt: skip
    """Read every notice in raw/ and publish a new version of the catalog in curated/.

    Each file is read on its own; a file that cannot be used is quarantined (listed in
    curated/rejected.csv with the reason) and the others go on. A notice whose rows break a
    rule is held back, the others are published. The same input publishes nothing new.

    \b
    Examples:
      catalog run
      catalog run --raw ~/notices --curated /srv/catalog --wait 600
      catalog run --json > run.json
      catalog run --dask                       (documents on a local Dask cluster)
      catalog run --dask tcp://10.0.0.5:8786   (on a running cluster; see README)
    """
    settings = resolve_settings({"raw": raw, "curated": curated, "decisions": decisions, "registry": registry})
    check_for_run(settings)
    report = _run_flow(settings, wait, verbose, show_progress=not as_json and not verbose and _is_terminal(),
                       dask=dask)  # fmt: skip
    from pipeline.summary import report_exit_code, report_to_json, report_to_text

    if as_json:
        _echo_json(report_to_json(report, settings))
    else:
        click.echo(report_to_text(report, settings))
    return report_exit_code(report)


def _run_flow(settings: Settings, wait: float, verbose: bool, show_progress: bool, dask: str | None = None) -> RunReport:
    """Run the Prefect flow under the run lock, with Ctrl-C handled and progress shown; a run
    with nothing new since the last one is answered before Prefect starts (pipeline/cache.py)."""
    from pipeline.interrupt import handle_interrupts
    from pipeline.publish import current_version, recover_after_interrupt, run_lock

    _log_to_file(settings, verbose)
    # Locked before Prefect starts: a second run stops at once (or waits) with a clear message.
    with run_lock(settings.curated, wait):
        published_before = current_version(settings.curated)

        def on_interrupt() -> str:
            where = recover_after_interrupt(settings.curated)
            if current_version(settings.curated) != published_before:  # the publish was done: say so
                return f"catalog run: interrupted after its publish; {where.replace(' stays at ', ' is at ')}"
            return f"catalog run: interrupted; nothing published, {where}"

        # Under the lock (its cleanup tidies curated/, which only the lock's holder may touch), and
        # before anything starts a process: the fingerprint asks tesseract for its version, and a
        # signal that came then ended the run by its default action (exit -15, no line).
        with handle_interrupts(on_interrupt):
            return _locked_run(settings, wait, verbose, show_progress, dask)


def _locked_run(settings: Settings, wait: float, verbose: bool, show_progress: bool, dask: str | None) -> RunReport:
    """A run that holds the lock: answered from the cache when nothing is new, else the flow."""
    from pipeline.publish import current_version
    from pipeline.watch import unchanged_report  # `catalog serve` asks the same before each scheduled run

    unchanged, fingerprint = unchanged_report(settings)
    if unchanged is not None:
        return unchanged
    from pipeline.watch import FetchSummary, record_event, review_ids, run_event

    before = review_ids(settings.curated)
    report = _run_prefect(settings, wait, verbose, show_progress, dask)
    from pipeline.cache import save_run
    from pipeline.summary import report_exit_code

    save_run(settings.cache, fingerprint, report, current_version(settings.curated))
    # the line `catalog serve` runs write too
    record_event(settings.run_log, run_event(report, FetchSummary(), trigger="run", review_before=before,
                                             exit_code=report_exit_code(report)))  # fmt: skip
    return report


def _run_prefect(settings: Settings, wait: float, verbose: bool, show_progress: bool, dask: str | None) -> RunReport:
    from flows.environment import prefect_environment

    prefect_environment(settings.prefect_home, verbose)
    from flows.server import launch

    # Under _run_flow's handler: the server launched next is stopped with the run even when
    # Ctrl-C comes while Prefect is still being imported. The temporary Prefect server boots while this process imports Prefect and the flow.
    launched = launch(Path(os.environ["PREFECT_HOME"]))
    from flows.catalog_flow import catalog_run  # imports Prefect, which sets up its logging
    from flows.scale import dask_flow, one_prefect_server
    from pipeline.progress import set_listener

    _log_to_file(settings, verbose)  # again: Prefect's import reconfigures logging
    # Before the flow starts: the processes that read the documents and build the release
    # (and a Dask cluster's workers) report to this server instead of each starting its own.
    one_prefect_server(launched)
    if dask is not None:
        catalog_run = dask_flow(catalog_run, None if dask == "local" else dask)
    bar = _ProgressBar() if show_progress else None
    previous = set_listener(bar) if bar else None
    try:
        decisions = settings.decisions if settings.decisions.is_file() else None
        report: RunReport = catalog_run(settings.raw, settings.curated, decisions, wait, settings.registry,
                                        settings.last_run_docs, settings.cache)  # fmt: skip
        return report
    finally:
        if bar is not None:
            bar.close()
            set_listener(previous)  # type: ignore[arg-type]


@cli.command()
@path_option("curated", CURATED_HELP)
@path_option("decisions", DECISIONS_HELP)
@path_option("registry", REGISTRY_HELP)
@click.option("--apply", "apply_file", type=click.Path(path_type=Path), metavar="FILE",
              help="Record the decisions filled in FILE (a copy of curated/review.csv, saved as CSV).")  # fmt: skip
@json_option
def review(curated: Path | None, decisions: Path | None, registry: Path | None, apply_file: Path | None,
           as_json: bool) -> int:  # fmt: skip
    """List the issuer matches, the cells read from scans, the catalogs starting after 序号 1 and
    the catalogs whose end no file shows that wait for a steward, or record decisions (--apply).

    \b
    To decide, copy curated/review.csv, fill the columns
      decision     an issuer (kind issuer): accept, reject or new   (接受, 拒绝, 新增 work too)
                   a cell read from a scan (kind ocr): accept (the text is right),
                   correct (更正) or reject; its picture is named in the crop column
                   a catalog whose 序号 starts after 1 (kind sequence): accept if it
                   numbers on from an earlier batch, else reject (it stays held back)
      target_id    issuer: optional, the registry id to accept or reject (default: top_candidate)
      corrected    ocr, decision correct: the text as printed
      decided_by   your name
    then apply the copy. Every row is checked before anything is recorded; decisions are
    appended to the decisions file and the next `catalog run` applies them.

    \b
    Examples:
      catalog review
      catalog review --json
      catalog review --apply ~/review-filled.csv
    """
    from normalize.registry import load_registry
    from pipeline.review_file import apply_review_file, load_decisions, pending_items, read_review_items

    settings = resolve_settings({"curated": curated, "decisions": decisions, "registry": registry})
    check_decisions(settings)
    registry_data = load_registry(settings.registry)
    names = {i.id: " / ".join(n for n in (i.name_zh, i.name_en) if n) for i in registry_data.issuers}
    queue = read_review_items(settings.curated / "review.csv")
    if apply_file is not None:
        added = apply_review_file(apply_file, settings.decisions, datetime.now(timezone.utc), known=queue,
                                  registry_ids=frozenset(names))  # fmt: skip
        if as_json:
            _echo_json({"recorded": [d.__dict__ for d in added], "decisions": str(settings.decisions)})  # fmt: skip
            return OK
        for d in added:
            if d.kind in ("ocr", "text", "sequence", "end", "brackets"):
                fixed = f" → {d.corrected!r}" if d.decision == "correct" else ""
                click.echo(f"recorded: {d.item_id} {d.raw!r}: {d.decision}{fixed}")
            else:
                click.echo(f"recorded: {d.item_id} {d.raw!r}: {d.decision} {d.target_id} ({names.get(d.target_id, 'new')})")
        click.echo(f"catalog review: recorded {len(added)} decision(s) in {settings.decisions}; "
                   "the next `catalog run` applies them")  # fmt: skip
        return OK
    items = pending_items(settings.curated / "review.csv", load_decisions(settings.decisions))
    if as_json:
        records = [{**item.__dict__, "candidates": _candidates(item.candidates, names)} for item in items]
        _echo_json({"waiting": records, "review_file": str(settings.curated / "review.csv")})  # fmt: skip
        return ATTENTION if items else OK
    for item in items:
        click.echo(f"{item.item_id}  {item.raw!r}  ({item.notice}, {item.source_file} row {item.row})")
        if item.kind in ("ocr", "text"):
            picture = settings.curated / "current" / item.crop if item.crop else "no picture"
            what = "read from a scan, " if item.kind == "ocr" else ""
            ask = "" if item.kind == "ocr" else "accept, or correct with the printed text; "
            click.echo(f"    {what}page {item.page}, {item.field}: {item.confidence}; {ask}picture {picture}")
            continue
        if item.kind == "sequence":
            click.echo(f"    notice held back: accept if it numbers on from an earlier batch (page {item.page})")
            continue
        if item.kind == "end":
            click.echo(f"    notice held back: accept if its catalog ends with this row (page {item.page})")
            continue
        if item.kind == "brackets":
            picture = settings.curated / "current" / item.crop if item.crop else "no picture"
            click.echo(f"    scanned notice, page {item.page}, {item.field}: {item.confidence}; picture {picture}")
            continue
        for candidate in _candidates(item.candidates, names) or [{"id": "-", "score": "", "name": "no candidate"}]:
            click.echo(f"    {candidate['id']:<22} {candidate['score']:>6}  {candidate['name']}")
    click.echo(f"catalog review: {len(items)} item(s) wait for a decision in {settings.curated / 'review.csv'}")
    return ATTENTION if items else OK


def _echo_json(data: object) -> None:
    """--json output: one document, Chinese kept as is."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _candidates(text: str, names: dict[str, str]) -> list[dict[str, str]]:
    """'iss-dihk 85.7; iss-asm 60.0' → id, score and the registry's names."""
    found = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        issuer_id, _, score = part.partition(" ")
        found.append({"id": issuer_id, "score": score, "name": names.get(issuer_id, "")})
    return found


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="FILE_OR_ZIP...")
@path_option("raw", RAW_HELP)
@json_option
def add(files: tuple[Path, ...], raw: Path | None, as_json: bool) -> int:
    """Store notices (PDF, Word, Excel, HTML) or zip archives of them in raw/ under safe names.

    Names that come with attachments are not trusted: only the last part is kept, hidden and
    control characters are removed, and nothing is ever written outside raw/. A file whose
    bytes raw/ already holds is not stored twice; a taken name gets a short hash. What is not
    a notice `catalog run` can read (a .txt, an image, a damaged zip) is refused with the reason.

    \b
    Examples:
      catalog add 附件1.pdf 附件2.docx
      catalog add attachments.zip --raw ~/notices
    """
    from pipeline.rawstore import add_paths

    settings = resolve_settings({"raw": raw})
    stored, refused, lines, records = 0, 0, [], []
    for given in files:
        if not given.is_file():
            lines.append(f"refused: {given}: no such file")
            records.append({"origin": str(given), "status": "refused", "note": "no such file"})
            refused += 1
            continue
        try:
            for added in add_paths([given], settings.raw):
                stored += added.status in ("added", "renamed", "present")
                refused += added.status in ("skipped", "refused")
                note = f" ({added.note})" if added.note else ""
                lines.append(f"{added.status}: {added.origin} -> {added.name or '-'}{note}")
                records.append({"origin": added.origin, "status": added.status, "name": added.name,
                                "sha256": added.sha256, "note": added.note})  # fmt: skip
        except IngestError as exc:  # an archive refused whole (caps, damage)
            lines.append(f"refused: {exc}")
            records.append({"origin": str(given), "status": "refused", "note": exc.message})
            refused += 1
        except OSError as exc:
            raise UserError(f"cannot write {settings.raw}: {exc.strerror or exc}") from exc
    if as_json:
        _echo_json({"raw": str(settings.raw), "files": records})
    else:
        click.echo("\n".join([*lines, f"catalog add: {stored} file(s) in {settings.raw}, {refused} refused or skipped"]))
    return OK if not refused else ATTENTION if stored else USER_ERROR


@cli.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@path_option("raw", RAW_HELP)
@click.option("--follow", is_flag=True,
              help="Also fetch the notice pages a listing page links (same site, one level deep).")  # fmt: skip
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Wait this long between two requests to the same site.")  # fmt: skip
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="Give up waiting for an answer after this long (each of up to 4 tries).")  # fmt: skip
@json_option
def fetch(urls: tuple[str, ...], raw: Path | None, follow: bool, delay: float, timeout: float, as_json: bool) -> int:
    """Save notices as published: each notice page and every attachment it links (PDF, DOCX,
    DOC, WPS, XLS, XLSX, ET), in raw/ under safe names, with where each came from (URL, time,
    HTTP status, content type, sha256) in raw/.provenance. Fetching again downloads only what
    changed. A page that is not a notice, a missing attachment or an unreachable URL is
    reported; the other files are kept. With --follow, a listing page's notice pages are fetched.

    \b
    Examples:
      catalog fetch https://hrss.wuxi.gov.cn/art/2021/12/1/art_1234_5678.html
      catalog fetch https://rsj.taizhou.gov.cn/col/col4321/index.html --follow
      catalog fetch URL1 URL2 --raw ~/notices --delay 2 --json
    """
    from pipeline.fetch import fetch_pages

    settings = resolve_settings({"raw": raw})
    try:
        report = fetch_pages(list(urls), settings.raw, follow=follow, delay=delay, timeout=timeout)
    except OSError as exc:
        raise UserError(f"cannot write {settings.raw}: {exc.strerror or exc}") from exc
    problems, kept = report.problems, report.kept
    if as_json:
        _echo_json({"raw": str(settings.raw), "results": [dict(r.__dict__) for r in report.results],
                    "new_files": list(report.new_files), "problems": len(problems)})  # fmt: skip
    else:
        lines = [("  " if r.kind == "attachment" else "") + str(r) for r in report.results]  # under its page
        unchanged = sum(r.status == "unchanged" for r in report.results)
        lines.append(f"catalog fetch: {len(report.new_files)} file(s) added, {unchanged} unchanged in {settings.raw}; "
                     f"{len(problems)} problem(s)")  # fmt: skip
        click.echo("\n".join(lines))
    return OK if not problems else ATTENTION if kept else USER_ERROR




@cli.command()
@click.option("--watch", "watch_file", type=click.Path(path_type=Path), metavar="FILE",
              help="The bureau pages to fetch before each run, one URL a line (a notice page, or a listing page "
                   "whose notice links are followed). Without it, only raw/ is checked.")  # fmt: skip
@click.option("--every", type=click.FloatRange(min=1), default=3600.0, show_default=True, metavar="SECONDS",
              help="How often a run is scheduled.")  # fmt: skip
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="Pause between two requests to the same site while fetching.")  # fmt: skip
@click.option("--name", default="catalog-watch", show_default=True, help="The deployment's name in Prefect.")
@path_option("raw", RAW_HELP)
@path_option("curated", CURATED_HELP)
@path_option("decisions", DECISIONS_HELP)
@path_option("registry", REGISTRY_HELP)
def serve(watch_file: Path | None, every: float, delay: float, name: str, raw: Path | None, curated: Path | None,
          decisions: Path | None, registry: Path | None) -> int:  # fmt: skip
    """Keep the catalog current by itself: a Prefect deployment that, every SECONDS, fetches the
    watched pages and, when something new arrived in raw/, runs and publishes.

    Scheduling needs a real Prefect server (the temporary one of `catalog run` does not
    schedule). Each run that publishes, holds a notice back, quarantines a file, leaves review
    items waiting or cannot fetch something writes one JSON line to .catalog/logs/runs.jsonl.
    Ctrl-C stops serving; a run in progress finishes or leaves curated/ as it was.

    \b
    Examples:
      prefect server start                      (in another terminal; UI at http://127.0.0.1:4200)
      export PREFECT_API_URL=http://127.0.0.1:4200/api
      catalog serve --watch watch.txt --every 3600
      tail -f .catalog/logs/runs.jsonl
    """
    from pipeline.watch import read_watch_file

    settings = resolve_settings({"raw": raw, "curated": curated, "decisions": decisions, "registry": registry})
    check_for_run(settings)
    watched = read_watch_file(watch_file.resolve()) if watch_file else ()  # a bad line stops here
    api = _prefect_server()
    from flows.environment import prefect_environment

    prefect_environment(settings.prefect_home, verbose=False)
    from flows.watch import serve_watch

    _log_to_file(settings, False)
    parameters = {"raw": str(settings.raw), "curated": str(settings.curated), "state": str(settings.state),
                  "watch_file": str(watch_file.resolve()) if watch_file else "",
                  "decisions": str(settings.decisions) if "decisions" in settings.given else "",
                  "registry": str(settings.registry) if "registry" in settings.given else "", "delay": delay}  # fmt: skip
    ui = api.removesuffix("/api")
    click.echo(f"catalog serve: deployment catalog-watch/{name} every {every:g} s on {api}")
    click.echo(f"  watching   {len(watched)} page(s)" + (f" listed in {watch_file}" if watch_file else " (none: raw/ only)"))
    click.echo(f"  runs       {ui}/deployments (Prefect UI)")
    click.echo(f"  run log    {settings.run_log}")
    click.echo("  Ctrl-C stops serving")
    from pipeline.publish import recover_after_interrupt

    def on_stop() -> str:  # printed by the signal handler, which ends the process (exit code 0)
        return f"catalog serve: stopped; {recover_after_interrupt(settings.curated)}"

    serve_watch(name, every, parameters, on_stop)  # until Ctrl-C or SIGTERM
    return OK


def _prefect_server() -> str:
    """The real Prefect server `catalog serve` schedules on: PREFECT_API_URL, answering."""
    api = os.environ.get("PREFECT_API_URL", "").rstrip("/")
    start = "start one with `prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api`"
    if not api:
        raise SettingsError("scheduling needs a real Prefect server, and PREFECT_API_URL is not set", hint=start)
    import httpx

    try:
        answer = httpx.get(f"{api}/health", timeout=10)
    except httpx.HTTPError as exc:
        raise SettingsError(f"the Prefect server at {api} does not answer ({exc})", hint=start) from exc
    if answer.status_code != 200:
        raise SettingsError(f"the Prefect server at {api} answers HTTP {answer.status_code} to /health",
                            hint="check PREFECT_API_URL: it ends in /api")  # fmt: skip
    return api


@cli.command()
@click.argument("from_version", required=False, metavar="[FROM]")
@click.argument("to_version", required=False, metavar="[TO]")
@path_option("curated", CURATED_HELP)
@json_option
def changes(from_version: str | None, to_version: str | None, curated: Path | None, as_json: bool) -> int:
    """List what changed between two published versions: entries added, removed, and changed
    field by field, each with the notice that caused it. By default the last two versions
    (versions.csv); a unique prefix of a version's name is enough. Each version's folder also
    keeps changes.csv: what it changed against the version current before it.

    \b
    Examples:
      catalog changes
      catalog changes 469d0156 6941b32e
      catalog changes --json > changes.json
    """
    from pipeline.changes import change_to_record, entries_to_changes, resolve_versions, version_entries

    settings = resolve_settings({"curated": curated})
    old, new = resolve_versions(settings.curated, from_version, to_version)
    found = entries_to_changes(version_entries(settings.curated, old), version_entries(settings.curated, new))
    records = [change_to_record(c, old or "", new) for c in found]
    if as_json:
        _echo_json(records)
        return OK
    counts = {kind: sum(c.change == kind for c in found) for kind in ("added", "removed", "changed")}
    click.echo(f"catalog changes: {old or '(nothing)'} → {new} in {settings.curated}: "
               f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed")  # fmt: skip
    for record in records:
        what = "; ".join(f"{k}: {o!r} → {n!r}" for k, (o, n) in record["fields"].items())  # type: ignore[attr-defined]
        click.echo(f"  {record['change']:<8} {record['entry_id']}  {record['city']} {record['notice']} "
                   f"序号 {record['seq']}  {record['qualification']}" + (f"  {what}" if what else ""))  # fmt: skip
    return OK


@cli.command()
@click.argument("cities", nargs=-1, required=True, metavar="CITY CITY...")
@path_option("curated", CURATED_HELP)
@click.option("--out", type=click.Path(path_type=Path), default=Path("."), show_default=True,
              help="Folder for the HTML report and the XLSX workbook.")  # fmt: skip
@json_option
def compare(cities: tuple[str, ...], curated: Path | None, out: Path, as_json: bool) -> int:
    """Compare the catalogs of cities: conflicts (the same qualification, different titles)
    first, then coverage per series, then what only one city lists. Writes an HTML report
    (with a chart; it opens offline) and an XLSX workbook named after the cities.

    \b
    Examples:
      catalog compare 无锡 泰州
      catalog compare 无锡 泰州 常州 --out reports/
      catalog compare 无锡 泰州 --json
    """
    import pandas as pd

    from pipeline.compare import compare_cities, comparison_to_html, comparison_to_text, write_workbook
    from pipeline.trace import read_published

    settings = resolve_settings({"curated": curated})
    comparison = pd.DataFrame(read_published(settings.curated, "comparison.csv"), dtype="string").fillna("")
    result = compare_cities(comparison, cities)
    stem = out.resolve() / f"compare-{'-'.join(result.cities)}"
    try:
        stem.parent.mkdir(parents=True, exist_ok=True)
        report = stem.with_suffix(".html")
        report.write_text(comparison_to_html(result), encoding="utf-8")
        workbook = write_workbook(result, stem.with_suffix(".xlsx"))
    except OSError as exc:
        raise UserError(f"cannot write the report in {stem.parent}: {exc.strerror or exc}") from exc
    if as_json:
        _echo_json({
            "cities": list(result.cities),
            "conflicts": result.conflicts.to_dict("records"),
            "coverage": {city: {str(k): int(v) for k, v in result.coverage[city].items()} for city in result.cities},
            "only_in": {city: frame["qualification_id"].tolist() for city, frame in result.only_in.items()},
            "report": str(report), "workbook": str(workbook),
        })  # fmt: skip
        return OK
    click.echo(comparison_to_text(result))
    click.echo(f"\n  report    {report}\n  workbook  {workbook}")
    return OK


@cli.command()
@click.argument("entry_id")
@path_option("curated", CURATED_HELP)
@path_option("raw", RAW_HELP)
@path_option("decisions", DECISIONS_HELP)
@click.option("--png", type=click.Path(path_type=Path), metavar="FILE",
              help="For an entry printed in a PDF: write the page as a PNG with the row outlined.")  # fmt: skip
@json_option
def trace(entry_id: str, curated: Path | None, raw: Path | None, decisions: Path | None, png: Path | None,
          as_json: bool) -> int:  # fmt: skip
    """Show where a published entry came from: notice, file, page, table, row, the row as
    printed, and how its issuer was matched (or which steward decision placed it).

    \b
    Examples:
      catalog trace entry-3917119c4f9c
      catalog trace entry-3917119c4f9c --png row.png
      catalog trace entry-3917119c4f9c --json
    """
    from pipeline.review_file import load_decisions
    from pipeline.trace import page_picture, parse_bbox, trace_entry, trace_to_json, trace_to_text

    settings = resolve_settings({"curated": curated, "raw": raw, "decisions": decisions})
    check_decisions(settings)
    found = trace_entry(settings.curated, settings.raw, entry_id, load_decisions(settings.decisions))
    picture = None
    if png is not None:
        box, page = parse_bbox(found.entry["source_bbox"]), found.entry["source_page"]
        if found.raw_file is None or box is None or not page:
            raise UserError(f"no page picture for {entry_id}: its source is not a PDF page in {settings.raw}",
                            hint="the printed row is shown in the text output instead")  # fmt: skip
        picture = page_picture(found.raw_file, int(page), box, png.resolve())
    if as_json:
        _echo_json({**trace_to_json(found), "png": str(picture) if picture else None})  # fmt: skip
    else:
        click.echo(trace_to_text(found) + (f"\n  picture    {picture}" if picture else ""))
    return OK


class _ProgressBar:
    """A per-document bar on the terminal (rich), gone when the run ends."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self._progress.start()
        self._task = self._progress.add_task("starting Prefect", total=None)

    def documents(self, total: int) -> None:
        """Reading starts."""
        self._progress.update(self._task, description="reading documents", total=total, completed=0)

    def document_done(self, name: str, status: str) -> None:
        """One document read."""
        self._progress.update(self._task, advance=1, description=f"read {name[:40]}")

    def stage(self, name: str) -> None:
        """A later stage starts."""
        self._progress.update(self._task, description=name)

    def close(self) -> None:
        """Remove the bar."""
        self._progress.stop()


def _is_terminal() -> bool:
    """A bar only for a person at a terminal: not in pipes, files or CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _log_to_file(settings: Settings, verbose: bool) -> None:
    """Library noise goes to the run's log file; the terminal shows the summary (pipeline/logs.py)."""
    try:
        log_to_file(settings.log_file, verbose)
    except OSError as exc:
        raise UserError(f"cannot write the log file {settings.log_file}: {exc.strerror or exc}",
                        hint="set CATALOG_STATE to a writable folder") from exc  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `catalog` command: the exit code of the command, or of its error."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args if not a.startswith("-")), "")
    prog = f"catalog {command}".strip()
    try:
        code = cli.main(args=args, prog_name="catalog", standalone_mode=False)
    except click.exceptions.Exit as done:  # --help, --version
        return int(done.exit_code)
    except click.ClickException as exc:  # usage: unknown option, missing argument, bad value
        exc.show()
        return USER_ERROR
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo(f"{prog}: interrupted", err=True)
        return INTERRUPTED
    except UserError as exc:
        click.echo(f"{prog}: {'nothing published: ' if command == 'run' else ''}{exc}", err=True)
        if exc.hint:
            click.echo(f"  {exc.hint}", err=True)
        return USER_ERROR
    except CatalogError as exc:
        click.echo(f"{prog}: {exc}", err=True)
        return USER_ERROR
    except Exception as exc:  # a bug: never shown as bad input; the traceback goes to the log
        log = _internal_error_log(exc)
        click.echo(f"{prog}: internal error (a bug in this tool, not in your files): {type(exc).__name__}: {exc}",
                   err=True)  # fmt: skip
        click.echo(f"  the traceback is in {log}; please report it", err=True)
        return INTERNAL
    return int(code or 0)


def _internal_error_log(exc: BaseException) -> Path:
    path = resolve_settings({}).log_file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now(timezone.utc).isoformat()} internal error\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return Path("(the log could not be written)")
    return path


if __name__ == "__main__":
    sys.exit(main())
