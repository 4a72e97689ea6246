"""Is a notice's catalog complete? Its 序号 sequence answers, per catalog part.

A part starts at 1, or where the part before it ended (附件2 numbering on from 附件1). Numbers
skipped inside a part (…, 12, 15, …) mean rows were lost in reading, or the file prints the
catalog only in part: the notice is held back, naming the missing numbers, never published
short.

A part that starts later (62, 63, …) either lost its first rows or is a later batch that
numbers on from the batch before it (第二批 going on where 第一批 ended at 61). Two kinds of
evidence tell the second from the first; without one of them the notice is held back:

- the city's earlier batch is in the same run, complete, and its last 序号 is the one before
  (第一批 ends at 61, 第二批 starts at 62);
- a steward accepted the start: the held-back notice is a review item of kind `sequence`,
  and a decision `accept` on it lets the next run publish the notice as it starts.

The end is checked too: a PDF whose catalog runs to the bottom of the file's last page shows
nothing that says the catalog ends there (a page may have been lost, and the 序号 show no gap
then). Unless another rendering of the notice shows the end (assemble.py), the notice is held
back and a review item of kind `end` asks a steward to compare the last row with the notice:
`accept` publishes it on the next run, `reject` keeps it held and is not asked again.

Rows whose 序号 is not a number are left to the entries suite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from normalize.decisions import Decisions, ReviewItem, review_item_id
from pipeline.in_force import batch_number
from pipeline.validate import Failure

SEQUENCE_RULE = "序号 sequence complete"
END_RULE = "catalog end seen"


@dataclass(frozen=True)
class LateStart:
    """A part whose first 序号 is neither 1 nor the number after the part before it."""

    notice_id: str
    part: str
    first: int
    last: int

    @property
    def item_id(self) -> str:
        """The review item a steward accepts the start with; the same on every run."""
        return review_item_id("sequence", self.notice_id, self.part, str(self.first))


@dataclass(frozen=True)
class UnseenEnd:
    """A notice whose catalog's end no file shows (Catalog.end_unseen), with the reason."""

    notice_id: str
    notice: str  # its document number, or the id
    last: str  # the last row's key (序号, part-prefixed after the first part)
    reason: str
    source_file: str = ""
    page: int | None = None

    @property
    def item_id(self) -> str:
        """The review item a steward confirms the end with; a new last row asks again."""
        return review_item_id("end", self.notice_id, self.last)


@dataclass(frozen=True)
class SequenceCheck:
    """What the 序号 sequences say: failures hold notices back; items ask a steward."""

    failures: tuple[Failure, ...]
    items: tuple[ReviewItem, ...]
    numbered_on: tuple[tuple[LateStart, str], ...]  # starts accepted: (start, the evidence)
    ends_accepted: tuple[tuple[UnseenEnd, str], ...] = ()  # unseen ends a steward confirmed: (end, who and when)


def sequence_gaps(frame: pd.DataFrame, also_read: Sequence[tuple[str, str, str]] = ()) -> list[Failure]:
    """Failures for every notice whose sequence is not complete, with no evidence weighed."""
    return list(check_sequences(frame, also_read).failures)


def check_sequences(
    frame: pd.DataFrame,
    also_read: Sequence[tuple[str, str, str]] = (),
    decisions: Decisions | None = None,
    unseen_ends: Sequence[UnseenEnd] = (),
) -> SequenceCheck:
    """Check every notice's 序号 per part, and the notices whose end no file shows. `frame`
    holds every row read (entries columns notice_id, part, seq; city, batch, source_* where
    present); `also_read` are (notice_id, part, seq) of rows read but waiting for a steward
    (OCR): not lost."""
    keys = frame[["notice_id", "part", "seq"]]
    if also_read:
        keys = pd.concat([keys, pd.DataFrame(list(also_read), columns=list(keys.columns)).astype("string")])
    numbered = keys[keys["seq"].str.fullmatch(r"[0-9]{1,4}", na=False)]
    failures: list[Failure] = []
    late: list[LateStart] = []
    ends: dict[str, int] = {}  # complete notices: their last 序号
    gapped: set[str] = set()  # notices with numbers missing inside a part
    for notice_id, notice_rows in numbered.groupby("notice_id", sort=True):
        end, complete = 0, True  # complete: no gap and no unexplained start
        for part, rows in sorted(notice_rows.groupby("part"), key=lambda item: int(str(item[0]))):
            seqs = sorted({int(s) for s in rows["seq"]})
            start = LateStart(str(notice_id), str(part), seqs[0], seqs[-1])
            inner = sorted(set(range(seqs[0], seqs[-1] + 1)) - set(seqs))
            starts_late = seqs[0] > 1 and seqs[0] != end + 1
            end = seqs[-1]
            if inner:
                missing = (list(range(1, seqs[0])) if starts_late else []) + inner
                failures.append(_gap(start, missing))
                gapped.add(str(notice_id))
                complete = False
            elif starts_late:
                late.append(start)
                complete = False
        if complete:
            ends[str(notice_id)] = end
    decisions = decisions or Decisions()
    accepted = _accepted_starts(frame, numbered, late, ends, gapped, decisions)
    items: list[ReviewItem] = []
    for start in late:
        if start in accepted:
            continue
        failures.append(_gap(start, list(range(1, start.first))))
        if decisions.latest(start.item_id) is None:  # a steward who rejected it is not asked again
            items.append(_review_item(frame, start))
    ends_accepted: list[tuple[UnseenEnd, str]] = []
    for unseen in unseen_ends:
        decision = decisions.latest(unseen.item_id)
        if decision is not None and decision.decision == "accept":
            ends_accepted.append((unseen, f"accepted by {decision.decided_by} on {decision.decided_at[:10]}"))
            continue
        failures.append(Failure(unseen.notice_id, END_RULE, "seq", unseen.last,
                                f"{unseen.reason}; compare its last row with the notice"))  # fmt: skip
        if decision is None:
            items.append(_end_item(unseen))
    return SequenceCheck(tuple(failures), tuple(items), tuple(accepted.items()), tuple(ends_accepted))


def _accepted_starts(
    frame: pd.DataFrame,
    numbered: pd.DataFrame,
    late: list[LateStart],
    ends: dict[str, int],
    gapped: set[str],
    decisions: Decisions,
) -> dict[LateStart, str]:
    """The late starts that evidence explains, with the evidence. A notice accepted becomes
    evidence for the batch after it (第三批 on from 第二批 on from 第一批)."""
    accepted: dict[LateStart, str] = {}
    ends = dict(ends)
    for _ in range(len(late)):
        for start in (s for s in late if s not in accepted):
            first_part = start.part == _first_part(numbered, start)
            evidence = _earlier_batch_ends_before(frame, start, ends) if first_part else ""
            decision = decisions.latest(start.item_id)
            if not evidence and decision is not None and decision.decision == "accept":
                evidence = f"accepted by {decision.decided_by} on {decision.decided_at[:10]}"
            if evidence:
                accepted[start] = evidence
        for notice_id in {s.notice_id for s in accepted}:  # a notice with every late part explained is complete
            explained = all(s in accepted for s in late if s.notice_id == notice_id)
            if notice_id not in ends and notice_id not in gapped and explained:
                ends[notice_id] = max(int(s) for s in numbered.loc[numbered["notice_id"] == notice_id, "seq"])
    return accepted


def _first_part(numbered: pd.DataFrame, start: LateStart) -> str:
    parts = numbered.loc[numbered["notice_id"] == start.notice_id, "part"]
    return str(min(parts.astype(int)))


def _earlier_batch_ends_before(frame: pd.DataFrame, start: LateStart, ends: dict[str, int]) -> str:
    """The city's batch before this one ends at first − 1 and is complete: the evidence, or ''."""
    if not {"city", "batch"} <= set(frame.columns):
        return ""
    columns = ["notice_id", "city", "batch", "doc_number"]
    notices = frame[columns].fillna("").astype(str).drop_duplicates("notice_id").set_index("notice_id")
    if start.notice_id not in notices.index:  # every row of it waits for a steward (OCR)
        return ""
    city, batch = notices.at[start.notice_id, "city"], batch_number(notices.at[start.notice_id, "batch"])
    if not city or batch < 2:
        return ""
    earlier = notices[(notices["city"] == city) & (notices.index != start.notice_id)]
    numbers = {str(n): batch_number(b) for n, b in earlier["batch"].items()}
    before = [n for n, b in numbers.items() if b == batch - 1]
    if len(before) != 1 or ends.get(before[0]) != start.first - 1:
        return ""
    printed = str(earlier.at[before[0], "doc_number"]) or before[0]
    return f"numbers on from {printed} ({earlier.at[before[0], 'batch']}), which ends at {start.first - 1}"


def _gap(start: LateStart, missing: list[int]) -> Failure:
    shown = ", ".join(map(str, missing[:10])) + (f" … ({len(missing)} in all)" if len(missing) > 10 else "")
    where = f" in part {start.part}" if start.part != "1" else ""
    return Failure(
        start.notice_id, SEQUENCE_RULE, "seq", shown,
        f"序号 {shown} missing{where} (the rows read run {start.first}–{start.last}): rows were lost in reading "
        "or the catalog is incomplete; check the file against the notice",
    )  # fmt: skip


def _review_item(frame: pd.DataFrame, start: LateStart) -> ReviewItem:
    """The question for a steward: does this catalog really start at `first`?"""
    rows = frame[(frame["notice_id"] == start.notice_id) & (frame["part"] == start.part)]
    first = rows[rows["seq"] == str(start.first)].head(1)
    value = lambda column: str(first[column].iloc[0]) if column in first and len(first) else ""  # noqa: E731
    page, row = value("source_page"), value("source_row")
    where = f" in part {start.part}" if start.part != "1" else ""
    return ReviewItem(
        item_id=start.item_id, kind="sequence", status="review",
        raw=f"序号 starts at {start.first}{where} (rows {start.first}–{start.last}): accept if the catalog numbers on "
            f"from an earlier batch; otherwise its first rows are missing",
        notice=value("doc_number") or start.notice_id, source_file=value("source_file"),
        page=int(page) if page.isdecimal() else None, row=int(row) if row.isdecimal() else None,
        field="seq", confidence="",
    )  # fmt: skip


def _end_item(end: UnseenEnd) -> ReviewItem:
    """The question for a steward: does this catalog really end at its last row read?"""
    return ReviewItem(
        item_id=end.item_id, kind="end", status="review",
        raw=f"{end.reason}: accept if the notice's catalog ends at 序号 {end.last}; otherwise rows are missing",
        notice=end.notice, source_file=end.source_file, page=end.page, row=None, field="seq", confidence="",
    )  # fmt: skip
