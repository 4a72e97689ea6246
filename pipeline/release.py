"""From per-document results to a release: the tables of one version, validated.

A notice whose rows break the entries suite is held back (its rows are not published) and
every failing row is listed in rejected.csv; the other notices are published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import pandas as pd

from core.model import DocumentResult, Origin
from normalize.registry import Registry, load_registry
from pipeline.assemble import Notice, catalogs_not_found, results_to_notices, vouched_by_page, with_page_meta
from pipeline.cache import ExtractionCache
from pipeline.changes import changes_since
from pipeline.compare import comparison_frame
from pipeline.entries import (
    disagreements_frame,
    entries_frame,
    issuers_frame,
    notices_frame,
    notices_to_entries,
    qualifications_frame,
    rejected_frame,
)
from pipeline.feed import tables_of, write_feed
from pipeline.in_force import entries_in_force
from pipeline.memory import return_freed_memory
from pipeline.ocr_review import (
    Crop,
    apply_ocr_decisions,
    crops_of,
    hold_uncertain,
    read_keys,
    render_crops,
    waiting_rows,
)
from pipeline.provenance import raw_origins
from pipeline.publish import Staged, render, stage
from pipeline.review_file import Decisions, load_decisions, review_frame
from pipeline.sequence import UnseenEnd, check_sequences
from pipeline.text_review import settle_line_breaks
from pipeline.validate import Failure, validate_tables

# What a run's summary and its run log read of a published release (pipeline/summary.py, watch.py).
OUTLINE_TABLES = ("notices", "rejected", "review", "disagreements")


@dataclass(frozen=True)
class Release:
    """The tables of one version and what was held back."""

    tables: dict[str, pd.DataFrame]
    blocked_notices: tuple[str, ...] = ()
    failures: tuple[Failure, ...] = field(default=())
    crops: tuple[Crop, ...] = ()  # the cells (OCR) and rows (line breaks) of review items, drawn into review-crops/
    numbered_on: tuple[str, ...] = ()  # notices whose 序号 start after 1, and the evidence that let them through
    ends_confirmed: tuple[str, ...] = ()  # notices whose end no file shows, published on a steward's word
    emptied: tuple[tuple[str, int], ...] = ()  # tables an outline dropped, with their rows (outline())

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table, for the summary and the manifest."""
        return {**{name: len(frame) for name, frame in self.tables.items()}, **dict(self.emptied)}

    def outline(self, keep: tuple[str, ...] = OUTLINE_TABLES) -> Release:
        """The release as a run's report keeps it once published: the tables the summary lists
        (`keep`), the others emptied to their columns, every count as it was."""
        counts = self.counts
        tables = {name: frame if name in keep else _empty_like(frame) for name, frame in self.tables.items()}
        emptied = tuple((name, counts[name]) for name in self.tables if name not in keep)
        return replace(self, tables=tables, emptied=emptied)


def _empty_like(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame with `frame`'s columns and types and no row, sharing nothing with it. An empty
    slice (iloc[0:0]) of Arrow-backed strings keeps every buffer of the whole table alive."""
    return pd.DataFrame({name: pd.Series([], dtype=frame[name].dtype) for name in frame.columns}, columns=frame.columns)


@dataclass(frozen=True)
class Rendered:
    """A release as the files of its version: what publishing needs, without its tables."""

    files: dict[str, bytes]  # by name: the CSV and Parquet files (pipeline/publish.render)
    manifest: dict[str, object]  # counts for manifest.json and versions.csv
    crops: tuple[Crop, ...] = ()  # the review items' cells and rows, drawn when the version is written


def render_release(release: Release) -> Rendered:
    """The release's files, its manifest counts and its crops to draw."""
    counts = release.counts
    manifest: dict[str, object] = {name: counts[name] for name in ("entries", "notices", "rejected")}
    return Rendered(render(release.tables), manifest, release.crops)


def release_from(
    results: Sequence[DocumentResult], decisions_path: Path | None, registry_path: Path | None,
    docs: Path | None = None, raw_dir: Path | None = None,
) -> Release:  # fmt: skip
    """The release of these results under the steward's decisions file and the issuer registry
    (None: no decisions yet; the registry shipped), with Data Docs in `docs`; fetched files'
    URLs come from raw_dir's provenance."""
    decisions = load_decisions(decisions_path, missing_ok=False) if decisions_path else Decisions()
    origins = raw_origins(raw_dir) if raw_dir is not None else {}
    return results_to_release(results, load_registry(registry_path), decisions, docs, origins)


def release_staged(
    results: Sequence[DocumentResult], decisions_path: Path | None, registry_path: Path | None, docs: Path,
    raw_dir: Path, curated: Path, stored: Path | None = None,
) -> tuple[Release, Staged | None]:  # fmt: skip
    """Build, validate and render the release, and write it with its portal feed as a version
    staged in curated/ (publish.stage: nothing users read changes until publish.switch). Returns
    the release's outline (what a run's report keeps) and the staged version, or None when it
    has no entries (an empty release must not replace a catalog). Call under the run's lock.

    With `stored` (an extraction cache folder), `results` are outlines without their rows, and
    the rows are taken from the cache, where the processes that read the documents kept them:
    the run's process then never holds the corpus.

    Everything heavy of a run after reading happens here, so that it can run in a process of
    its own that gives its memory back when it ends (flows/catalog_flow.py)."""
    if stored is not None:
        results = ExtractionCache(stored).whole(results, raw_dir)
    release = release_from(results, decisions_path, registry_path, docs, raw_dir)
    kept = release.outline()
    if not release.counts["entries"]:
        return kept, None
    rendered = render_release(release)
    del release  # the files are what is published: the feed reads them back, not the tables built
    return_freed_memory()  # so that the feed grows from what is left, not from the build's peak
    return kept, stage_rendered(rendered, curated, docs, raw_dir)


def stage_rendered(rendered: Rendered, curated: Path, docs: Path | None = None, raw_dir: Path | None = None) -> Staged:
    """Stage the rendered release as a version of curated/ with its history (changes.csv) and
    portal feed; the cells that wait for OCR review are drawn from raw_dir."""
    tables = tables_of(rendered.files)  # as published, read once for the history and the feed
    history = changes_since(curated, tables["entries"])
    crops = render_crops(raw_dir, rendered.crops) if raw_dir is not None else {}
    feed = partial(write_feed, docs=docs, crops=crops, tables=tables)
    return stage(rendered.files, rendered.manifest, curated, history, feed)


def results_to_release(
    results: Sequence[DocumentResult],
    registry: Registry,
    decisions: Decisions,
    docs: Path | None = None,
    origins: Mapping[str, Origin] | None = None,
) -> Release:
    """Assemble notices, normalize, validate, and hold back the notices that fail.

    With `docs`, the validation's Data Docs (HTML) are built in that folder. `origins` (by
    sha256, from raw/.provenance) say where fetched files came from: lineage then reaches the
    URL, and a fetched attachment that does not name its notice takes its page's metadata."""
    origins = origins or {}
    # vouching and finding catalogs again are no-ops (the flow's)
    results = with_page_meta(catalogs_not_found(vouched_by_page(results, origins), origins), origins)
    notices, disagreements = results_to_notices(results)
    notices = apply_ocr_decisions(notices, decisions)
    notices, text_items, text_crops = settle_line_breaks(notices, decisions)  # breaks a PDF left open
    entries, review = notices_to_entries(notices, registry, decisions)
    entries, waiting, ocr_items = hold_uncertain(entries, registry, decisions)  # rows read from scans that a steward must check
    review = [*review, *ocr_items, *text_items]
    frame = entries_frame(entries, origins)
    counts = Counter(e.notice.notice_id for e in entries)
    found = validate_tables(
        {"entries": (frame, "entry_id"), "notices": (notices_frame(notices, counts, origins), "notice_id")}, docs
    )
    sequences = check_sequences(frame, [*read_keys(waiting), *_heading_keys(notices)], decisions, _unseen_ends(notices))
    review = [*review, *sequences.items]
    failures, notice_failures = found["entries"], found["notices"] + list(sequences.failures)
    failed_ids = {f.row_id for f in failures}
    held = set(frame.loc[frame["entry_id"].isin(failed_ids), "notice_id"]) | {f.row_id for f in notice_failures}
    kept = [e for e in entries if e.notice.notice_id not in held]
    blocked_rows = _blocked_rows(frame, failures)
    # A filtered frame is a copy (about 90 MiB at 1,000 notices): made only when a notice is
    # held, and the whole frame let go as soon as it is made.
    published = frame[~frame["notice_id"].isin(held)].reset_index(drop=True) if held else frame
    del frame
    published_notices = notices_frame([n for n in notices if n.notice_id not in held], counts, origins)
    # Only published notices re-list or withdraw: a held-back batch changes nothing yet.
    published[["in_force", "superseded_by"]] = entries_in_force(published, published_notices)
    tables = {
        "entries": published,
        "notices": published_notices,
        "issuers": issuers_frame(kept, registry),
        "qualifications": qualifications_frame(kept),
        "rejected": rejected_frame(
            results, blocked_rows + _blocked_notices(notices, notice_failures) + waiting_rows(waiting)
        ),
        "disagreements": disagreements_frame(disagreements),
        "review": review_frame(review),
    }
    in_force = tables["entries"][tables["entries"]["in_force"] == "true"]
    tables["comparison"] = comparison_frame(in_force)  # what each city recognizes now, side by side
    numbered_on = tuple(
        f"{start.notice_id} part {start.part}: 序号 start at {start.first}, {evidence}"
        for start, evidence in sequences.numbered_on
        if start.notice_id not in held
    )
    ends_confirmed = tuple(
        f"{end.notice}: the catalog ends at 序号 {end.last}, {evidence}"
        for end, evidence in sequences.ends_accepted
        if end.notice_id not in held
    )
    return Release(tables, tuple(sorted(held)), tuple(failures) + tuple(notice_failures),
                   crops_of(waiting, ocr_items) + text_crops, numbered_on, ends_confirmed)  # fmt: skip


def _heading_keys(notices: Sequence[Notice]) -> list[tuple[str, str, str]]:
    """(notice_id, part, seq) of the numbered parent rows and withdrawn rows (Catalog.headings):
    printed, no entries."""
    return [(n.notice_id, str(h.part), h.seq) for n in notices for h in n.headings if h.seq]


def _unseen_ends(notices: Sequence[Notice]) -> list[UnseenEnd]:
    """The notices whose catalog's end no file shows, with their last row read."""
    ends = []
    for notice in notices:
        if notice.end_unseen and notice.rows:
            ref = notice.rows[-1].ref
            ends.append(UnseenEnd(notice.notice_id, notice.meta.doc_number or notice.notice_id, notice.rows[-1].key,
                                  notice.end_unseen, ref.file, ref.page))  # fmt: skip
    return ends


def _blocked_notices(notices: Sequence[Notice], failures: Sequence[Failure]) -> list[dict[str, str]]:
    by_id = {n.notice_id: n for n in notices}
    rows = []
    for failure in failures:
        notice = by_id[failure.row_id]
        for source, fmt in notice.sources:
            rows.append(
                {
                    "file": source.path, "sha256": source.sha256, "format": fmt, "step": "validate",
                    "reason": _reason(failure), "rule": failure.rule,
                    "notice": notice.meta.doc_number or notice.notice_id, "seq": "", "page": "", "row": "",
                }
            )  # fmt: skip
    return rows


def _blocked_rows(frame: pd.DataFrame, failures: Sequence[Failure]) -> list[dict[str, str]]:
    if not failures:
        return []
    # only the failing rows indexed: set_index on the whole frame copies every column (90 MiB at 110k rows)
    by_id = frame[frame["entry_id"].isin({f.row_id for f in failures})].set_index("entry_id")
    rows = []
    for failure in failures:
        entry = by_id.loc[failure.row_id]
        rows.append(
            {
                "file": str(entry["source_file"]),
                "sha256": str(entry["source_sha256"]),
                "format": "",
                "step": "validate",
                "reason": _reason(failure),
                "rule": failure.rule,
                "notice": str(entry["doc_number"] or entry["notice_id"]),
                "seq": str(entry["seq"]),
                "page": str(entry["source_page"]),
                "row": str(entry["source_row"]),
            }
        )
    return rows


def _reason(failure: Failure) -> str:
    """What is wrong, value first: "title = '教授': not a recognized professional title (职称); …"."""
    return f"{failure.column} = {failure.value!r}: {failure.message}; notice held back"
