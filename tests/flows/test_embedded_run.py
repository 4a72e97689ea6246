"""`catalog run` over Word documents whose catalog is an embedded object (tests/make_embedded.py): a
worksheet (.xlsx, Excel 97-2003) or a Word document is published exactly, with lineage to the Word
document; a worksheet shown only in part, and a PDF embedded as an icon, are quarantined with their
reasons. Before, each was "no catalog" and the run exited 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "embedded"
pytestmark = pytest.mark.xdist_group("embedded-run")  # one work unit: probe_round.run_round
PUBLISHED = ["sanming-ole.docx", "longyan-ole-xls.docx", "putian-ole-word.docx"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("embedded"))


@pytest.mark.parametrize("name", PUBLISHED)
def test_embedded_catalog_published_exactly(batch: Run, name: str) -> None:
    work, _ = batch
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, name) == sorted(tuple(row) for row in truth_of(FIXTURES / name)["rows"])
    assert (entries.loc[entries["source_file"] == name, "source_table"] == "1").all()


def test_embedded_objects_not_shown_whole_or_not_read_are_quarantined(batch: Run) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # two files wait for a steward
    assert_not_published(work / "curated", {
        ("nanping-ole-partial.docx",): ("read", "the worksheet embedded as /word/embeddings/Microsoft_Excel_Worksheet.xlsx "
                                               "has cells past the range the document shows (A1:F4)"),
        ("ningde-ole-pdf.docx",): ("find-catalog", "no table was read as a catalog, but the document embeds 1 object(s)"),
    })  # fmt: skip
