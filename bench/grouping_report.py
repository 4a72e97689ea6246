"""Precision and recall of issuer and qualification grouping on a held-out city.

    .venv/bin/python bench/grouping_report.py

Rows: every catalog row of the two notices the registry was built from (tests/fixtures), plus a
held-out city's catalog (tests/normalize/heldout/<city>-catalog.csv) written in other wording and
never used to tune the registry or the thresholds. Each held-out city is scored on its own (the
notices plus that city: for changzhou these are the figures the thresholds were set against), then
all cities together. Each row carries its true issuer and its true
qualification. Grouping is scored pairwise: a pair of rows is predicted together when they get the
same id, and truly together when they have the same true label.
    precision = correct pairs / predicted pairs      (1.0 means no wrong merge)
    recall    = correct pairs / true pairs           (a miss is a row left in review)
"Held-out" figures count only pairs with at least one held-out row: the cross-city question.
Each blind city is labelled in its writer's own words (lbl-… slugs, its own qualification names),
so with several cities together a pair of rows from two different held-out cities counts only
where both labels are comparable: for issuers when both are registry ids, for qualifications
never (the same qualification carries each writer's wording).
No steward decisions are applied: this measures the automatic matcher alone.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from normalize.issuers import IssuerMatch, IssuerParts, cell_to_issuer, match_issuer  # noqa: E402
from normalize.qualifications import identity_names, qualification_ids  # noqa: E402
from normalize.registry import Registry, load_registry  # noqa: E402
from normalize.unknown import group_unknown  # noqa: E402
from pipeline.review_file import Decisions  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
HELDOUT = ROOT / "tests" / "normalize" / "heldout"


@dataclass(frozen=True)
class LabelledRow:
    """One catalog row with its true issuer and true qualification."""

    source: str
    qualification: str
    issuer_cell: str
    country_cell: str
    true_issuer: str
    true_qualification: str
    translation: str = ""  # the 译名 column

    @property
    def heldout(self) -> bool:
        """True for rows of the held-out city."""
        return self.source.startswith("heldout")


@dataclass(frozen=True)
class Score:
    """Pairwise grouping figures."""

    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def precision(self) -> float:
        """Correct share of predicted pairs (1.0 when nothing was merged)."""
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        """Share of true pairs that were found."""
        return self.correct_pairs / self.true_pairs if self.true_pairs else 1.0


def heldout_catalogs() -> list[Path]:
    """Every held-out city's catalog, by name."""
    return sorted(HELDOUT.glob("*-catalog.csv"))


def registry_ids_of_labels(catalog: Path) -> tuple[dict[str, str], dict[str, str]]:
    """A city labelled blind uses its own labels. <city>-labels.csv says which registry issuer
    each issuer label (lbl-…) is (an unlisted label is a body the registry lacks), and
    <city>-qualification-labels.csv which label the notices or the other held-out cities use for
    a qualification the writer named otherwise (CWI for Certified Welding Inspector). Both were written after the first
    measurement, which showed where the writer's label words differ from the notices'; a label
    is mapped only where organization or qualification is the same one."""

    def read(suffix: str, key: str, value: str) -> dict[str, str]:
        path = catalog.with_name(catalog.name.replace("-catalog.csv", suffix))
        if not path.exists():
            return {}
        with path.open(encoding="utf-8") as handle:
            return {r[key]: r[value] for r in csv.DictReader(handle)}

    return read("-labels.csv", "label", "registry_id"), read("-qualification-labels.csv", "label", "same_as")


def labelled_rows(catalogs: Sequence[Path] | None = None) -> list[LabelledRow]:
    """The notices' rows (true issuer from notice_issuers.csv) and the rows of the given catalogs."""
    with (HELDOUT / "notice_issuers.csv").open(encoding="utf-8") as handle:
        notice_truth = {r["issuer_cell"]: r["true_issuer"] for r in csv.DictReader(handle)}
    rows: list[LabelledRow] = []
    # the bundled notices only: other truth files in tests/fixtures (the held-out scan's) are no notices here
    for path in sorted(FIXTURES / f"{notice}.truth.json" for notice in ("taizhou-2022-30", "wuxi-2021-49")):
        for cells in json.loads(path.read_text(encoding="utf-8"))["rows"]:
            issuer = notice_truth[cells[3]]
            rows.append(LabelledRow(path.stem, cells[1], cells[3], "", issuer, f"{issuer}|{cells[1].casefold()}", cells[2]))
    for path in heldout_catalogs() if catalogs is None else catalogs:
        ids, names = registry_ids_of_labels(path)
        with path.open(encoding="utf-8") as handle:
            for r in csv.DictReader(handle):
                issuer = ids.get(r["true_issuer"], r["true_issuer"])
                label = f"{issuer}|{names.get(r['true_qualification'], r['true_qualification']).casefold()}"
                rows.append(LabelledRow(f"heldout:{path.stem}", r["职业资格名称"], r["颁证单位"], r["国别"], issuer, label, r["译名"]))
    return rows


def pairwise(
    predicted: Sequence[str], truth: Sequence[str], keep: Sequence[bool],
    comparable: Callable[[int, int], bool] | None = None,
) -> Score:
    """Pairwise figures over pairs where at least one row is kept (and, if given, the pair's
    labels are comparable). Only pairs that share a label count, so only those are visited (each
    label's rows, not every pair of rows: 12 s fewer on all cities)."""

    def counted(i: int, j: int) -> bool:
        return (keep[i] or keep[j]) and (comparable is None or comparable(i, j))

    true_pairs = correct = 0
    for i, j in _same_label_pairs(truth):
        if counted(i, j):
            true_pairs += 1
            correct += predicted[i] == predicted[j]
    predicted_pairs = sum(1 for i, j in _same_label_pairs(predicted) if counted(i, j))
    return Score(true_pairs, predicted_pairs, correct)


def _same_label_pairs(labels: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Every pair of positions (i < j) whose labels are equal."""
    positions: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        positions[label].append(i)
    for members in positions.values():
        yield from combinations(members, 2)


@dataclass(frozen=True)
class Report:
    """Everything the report prints."""

    rows: tuple[LabelledRow, ...]
    matches: tuple[IssuerMatch, ...]
    issuer: Score
    issuer_heldout: Score
    qualification: Score
    qualification_heldout: Score
    qualification_given_issuer: Score


# Each registry's matches by parsed cell (the registry is kept with them, so its id stays its own).
_MATCHED: dict[int, tuple[Registry, dict[IssuerParts, IssuerMatch]]] = {}


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return load_registry()


def evaluate(registry: Registry | None = None, catalogs: Sequence[Path] | None = None) -> Report:
    """Match every labelled row (held-out: the given catalogs, else all) and score the grouping."""
    registry = registry or _default_registry()
    rows = labelled_rows(catalogs)
    parts = [cell_to_issuer(r.issuer_cell, r.country_cell) for r in rows]
    # as the pipeline does it (pipeline/entries.py): each distinct cell matched once, new bodies
    # grouped over the run. Matching is pure, so a cell is matched once per registry whichever
    # city it is scored with (the notices' cells come with every city).
    _, matched = _MATCHED.setdefault(id(registry), (registry, {}))
    for p in parts:
        if p not in matched:
            matched[p] = match_issuer(p, registry, Decisions())
    matches = group_unknown([(p, matched[p]) for p in parts], registry)
    issuers = [m.issuer_id for m in matches]
    heldout = [r.heldout for r in rows]
    everything = [True] * len(rows)
    true_issuers = [r.true_issuer for r in rows]
    # as the pipeline does it: a name printed in Chinese only is known by its 译名
    names = identity_names((i, r.qualification, r.translation) for i, r in zip(issuers, rows))
    q_ids = qualification_ids(zip(issuers, names), registry)
    q_pred = [q_ids[(i, n)] for i, n in zip(issuers, names)]
    given_names = identity_names((r.true_issuer, r.qualification, r.translation) for r in rows)
    q_true_ids = qualification_ids(zip(true_issuers, given_names), registry)
    q_given = [q_true_ids[(r.true_issuer, n)] for r, n in zip(rows, given_names)]
    q_truth = [r.true_qualification for r in rows]

    def other_cities(i: int, j: int) -> bool:
        return rows[i].heldout and rows[j].heldout and rows[i].source != rows[j].source

    def issuers_comparable(i: int, j: int) -> bool:
        return not other_cities(i, j) or all(t.startswith("iss-") for t in (true_issuers[i], true_issuers[j]))

    def qualifications_comparable(i: int, j: int) -> bool:
        return not other_cities(i, j)

    return Report(
        tuple(rows), tuple(matches),
        issuer=pairwise(issuers, true_issuers, everything, issuers_comparable),
        issuer_heldout=pairwise(issuers, true_issuers, heldout, issuers_comparable),
        qualification=pairwise(q_pred, q_truth, everything, qualifications_comparable),
        qualification_heldout=pairwise(q_pred, q_truth, heldout, qualifications_comparable),
        qualification_given_issuer=pairwise(q_given, q_truth, heldout, qualifications_comparable),
    )


def _line(name: str, score: Score) -> str:
    return (f"{name:<44} precision {score.precision:6.3f}  recall {score.recall:6.3f}  "
            f"(pairs: true {score.true_pairs}, predicted {score.predicted_pairs}, correct {score.correct_pairs})")


def print_report(report: Report, outcomes: bool = True) -> None:
    """Print the figures and, unless told not to, the held-out rows' outcomes."""
    held = [(r, m) for r, m in zip(report.rows, report.matches) if r.heldout]
    wrong = [(r, m) for r, m in held if m.status == "matched" and m.issuer_id != r.true_issuer]
    right = [(r, m) for r, m in held if m.status == "matched" and m.issuer_id == r.true_issuer]
    print(f"rows: {len(report.rows)} ({len(held)} held-out)")
    if not outcomes:
        for score in _scores(report):
            print(score)
        return
    print(f"held-out issuers: {len(right)} matched right, {len(held) - len(right) - len(wrong)} to review, "
          f"{len(wrong)} matched WRONG")
    for r, m in held:
        mark = "ok" if m.status == "matched" and m.issuer_id == r.true_issuer else m.status.upper()
        if m.status == "matched" and m.issuer_id != r.true_issuer:
            mark = "WRONG"
        print(f"  {mark:<7} {m.method:<8} {m.score:5.1f} {r.issuer_cell}  -> {m.issuer_id} (true {r.true_issuer})")
    for score in _scores(report):
        print(score)


def _scores(report: Report) -> list[str]:
    return [
        _line("issuer grouping, all rows", report.issuer),
        _line("issuer grouping, held-out pairs", report.issuer_heldout),
        _line("qualification grouping, all rows", report.qualification),
        _line("qualification grouping, held-out pairs", report.qualification_heldout),
        _line("qualification grouping given true issuer", report.qualification_given_issuer),
    ]


def main() -> None:
    """Each held-out city on its own (with the notices), then all of them together."""
    registry = load_registry()
    catalogs = heldout_catalogs()
    for path in catalogs:
        print(f"== held-out city: {path.stem}")
        print_report(evaluate(registry, [path]))
        print()
    print(f"== held-out cities together: {', '.join(p.stem for p in catalogs)}")
    print_report(evaluate(registry, catalogs), outcomes=False)


if __name__ == "__main__":
    main()
