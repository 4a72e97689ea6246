"""`catalog run` over the whole unseen16 probe round (tests/make_unseen16.py) in one batch.

Every catalog the reader takes is published exactly as its truth: fi/fl ligatures (Chromium, and
cairo's re-print), Type3 fonts, an owner-password PDF, a linearized PDF 2.0 in object streams, an
incremental update (the current revision only), pages in GBK declared gb2312 and in the wrong
charset either way, a DOCX whose body is an HTML w:altChunk, a print laid over a letterhead with a
watermark over its table, a diagonal-split header cell, a vertical 所属系列, rows cut by page breaks (the
PDF's undecided join settled by its DOCX). What it cannot take publishes nothing and is named in
rejected.csv with its step and reason: a PDF whose glyphs carry no text and draw none legible
(unreadable, not "no catalog"), 职业资格名称 and 译名 in one cell (the notice names its catalog,
no table of it is read), a page saved as MHTML (refused by name), an amendment listing only its
changed rows (序号 5, 12, 17: validation finds 序号 1–4 … missing), and the look-alikes (a 职称评审
schedule, a news page quoting two rows in prose). Measured per document by bench/unseen16_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen16"
pytestmark = pytest.mark.xdist_group("unseen16-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the ")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    ("nanping.mht",): ("read", "a web page saved as MHTML"),
    # glyphs without text that draw blocks: before this round OCR's '|||' answered "no catalog"
    ("pingxiang-unmapped.pdf",): ("read", "text layer unreadable on page(s) 1 of 1"),
    # an amendment: only the changed rows, numbered as in the catalog it corrects
    ("longyan-libreoffice.docx", "longyan-libreoffice.pdf"): ("validate", "seq = '1, 2, 3, 4, 6"),
    # look-alikes: a 职称评审 schedule, a news page quoting rows in prose
    ("jingdezhen.html",): NO_HEADER,
    ("jingdezhen-chromium.pdf",): NO_HEADER,
    ("yingtan.html",): NO_HEADER,
    ("yingtan-chromium.pdf",): NO_HEADER,
}  # fmt: skip
REFUSED = {name for names in NOT_PUBLISHED for name in names}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen16"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name
)
def test_unseen16_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is refused waits for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen16_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)


def test_unseen16_run_name_and_translation_split_waits_where_uncertain(batch: Run) -> None:
    """职业资格名称及译名 in one cell (赣州, DOCX and its PDF): published exactly (test above); the two
    rows whose 译名 begins with the name's abbreviation wait in review, both fields each, with a
    reason a steward can act on, although both renderings agree."""
    review = read_table(batch[0] / "curated", "review.csv")
    split = review[review["confidence"].str.startswith("where the name ends and its 译名 begins is not certain")]
    assert sorted(zip(split["source_file"], split["raw"])) == sorted(
        (f, raw) for f in ("ganzhou-libreoffice.pdf",) for raw in ("NACE CIP3", "NACE 三级涂装检验师", "NACE CIP2",
                                                                   "NACE 二级涂装检验师"))  # fmt: skip


def test_unseen16_run_every_file_accounted_for(batch: Run) -> None:
    """No file of the batch is passed over: each is published or named in rejected.csv."""
    curated = batch[0] / "curated"
    entries, rejected = read_table(curated, "entries.csv"), read_table(curated, "rejected.csv")
    for path in files_of(FIXTURES):
        assert entries_of(entries, path.name) or path.name in set(rejected["file"]), path.name
