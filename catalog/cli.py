"""`catalog` command line: one function per command; library errors become messages and exit codes.

Exit codes of `run`: 0 published (or nothing changed); 1 published, but a notice was held
back by validation or a document was quarantined, or nothing was left to publish; 2 nothing
published because of an error (lock held, curated/ unwritable, bad arguments).
Exit codes of `add`: 0 every file stored (or already there); 1 some refused or skipped;
2 nothing stored.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from catalog.errors import IngestError

PROJECT = Path(__file__).resolve().parent.parent
OK, HELD_BACK, FAILED = 0, 1, 2


def _prefect_environment(verbose: bool) -> None:
    """Project-local Prefect home (a database migrated by another prefect version breaks
    the temporary server), no analytics (no network), quiet logs unless asked."""
    home = os.environ.setdefault("PREFECT_HOME", str(PROJECT / ".prefect"))
    os.environ.setdefault("PREFECT_MEMO_STORE_PATH", str(Path(home) / "memo_store.toml"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")


def cmd_run(args: argparse.Namespace) -> int:
    """Run the main job: raw/ → curated/."""
    _prefect_environment(args.verbose)
    from catalog.publish import run_lock

    raw, curated = Path(args.raw).resolve(), Path(args.curated).resolve()
    if not raw.is_dir():
        print(f"catalog run: raw folder {raw} does not exist", file=sys.stderr)
        return FAILED
    decisions = Path(args.decisions).resolve() if args.decisions else None
    try:
        # Locked before Prefect starts: a second run stops at once (or waits) with a clear message.
        with run_lock(curated, args.wait):
            from flows.catalog_flow import catalog_run

            report = catalog_run(raw, curated, decisions, args.wait)
    except IngestError as exc:
        print(f"catalog run: nothing published: {exc}", file=sys.stderr)
        return FAILED
    except OSError as exc:
        print(f"catalog run: nothing published: {exc.filename or curated}: {exc.strerror or exc}", file=sys.stderr)
        return FAILED
    from catalog.summary import report_exit_code, report_to_text

    print(report_to_text(report, curated))
    return report_exit_code(report)


def cmd_add(args: argparse.Namespace) -> int:
    """Add documents and zip archives to raw/ under safe names; bytes already there are skipped."""
    from catalog.rawstore import add_paths

    raw, refused, stored = Path(args.raw), 0, 0
    for given in map(Path, args.files):
        if not given.is_file():
            print(f"catalog add: {given}: no such file", file=sys.stderr)
            refused += 1
            continue
        try:
            for added in add_paths([given], raw):
                stored += added.status != "skipped"
                refused += added.status == "skipped"
                note = f" ({added.note})" if added.note else ""
                print(f"{added.status}: {added.origin} -> {added.name or '-'}{note}")
        except IngestError as exc:
            print(f"catalog add: refused {exc}", file=sys.stderr)
            refused += 1
        except OSError as exc:
            print(f"catalog add: cannot write {raw}: {exc.strerror or exc}", file=sys.stderr)
            return FAILED
    print(f"catalog add: {stored} file(s) in {raw}, {refused} refused or skipped")
    return OK if not refused else HELD_BACK if stored else FAILED


def cmd_review(args: argparse.Namespace) -> int:
    """List the matches waiting for a steward; with --apply, record a filled-in review file."""
    from normalize.review import apply_review_file, load_decisions, pending_items

    decisions_path = Path(args.decisions) if args.decisions else None
    if args.apply:
        added = apply_review_file(Path(args.apply), decisions_path, datetime.now(timezone.utc))
        print(f"catalog review: recorded {added} decision(s); the next `catalog run` applies them")
        return OK
    review_csv = Path(args.curated) / "review.csv"
    if not review_csv.exists():
        print(f"catalog review: no review file at {review_csv}; run `catalog run` first", file=sys.stderr)
        return FAILED
    items = pending_items(review_csv, load_decisions(decisions_path))
    for item in items:
        print(f"{item.item_id}  {item.raw!r}  → {item.candidates or 'no candidate'}  ({item.notice}, {item.source_file})")
    print(f"catalog review: {len(items)} item(s) wait for a decision in {review_csv}")
    return OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the docs test)."""
    parser = argparse.ArgumentParser(prog="catalog", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="extract, normalize, validate and publish raw/ into curated/")
    run.add_argument("--raw", default="raw", help="folder of published notices (default: raw)")
    run.add_argument("--curated", default="curated", help="output folder (default: curated)")
    run.add_argument("--decisions", help="steward decisions CSV (default: normalize/data/decisions.csv)")
    run.add_argument("--wait", type=float, default=0.0, help="seconds to wait for another run's lock")
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's task logs")
    run.set_defaults(func=cmd_run)
    add = commands.add_parser("add", help="add documents and zip archives to raw/ under safe names")
    add.add_argument("files", nargs="+", metavar="FILE_OR_ZIP", help="documents or zip archives of documents")
    add.add_argument("--raw", default="raw", help="folder of published notices (default: raw)")
    add.set_defaults(func=cmd_add)
    review = commands.add_parser("review", help="list issuer matches waiting for a steward")
    review.add_argument("--curated", default="curated", help="output folder (default: curated)")
    review.add_argument("--decisions", help="steward decisions CSV (default: normalize/data/decisions.csv)")
    review.add_argument("--apply", metavar="FILE", help="record the decisions filled in FILE (a review.csv copy)")
    review.set_defaults(func=cmd_review)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `catalog` command."""
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
