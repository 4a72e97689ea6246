"""A notice in a legacy format publishes the same rows as its DOCX (issue 14's "done when"),
through `catalog run`: .doc and .wps (converted by LibreOffice), .xls, .et and .xlsx (read by
python-calamine). The rows are compared with the golden run of the bundled PDF, DOCX and web
page, column by column, ids included; only lineage differs.

A fetched spreadsheet attachment, beside the notice page that links it, makes one notice with
the page's document number, and its rows reach the URL they were fetched from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from core.model import SourceFile
from extractors.sniff import file_to_source
from pipeline.provenance import Retrieval, record_retrieval
from tests.flows.test_catalog_flow import GOLDEN, run_cli
from tests.make_documents import has_soffice
from tests.notices import FIXTURES, RAW, read_table

LEGACY = FIXTURES / "legacy"
ROWS = ["notice_id", "doc_number", "city", "batch", "part", "seq", "qualification", "qualification_zh", "issuer",
        "issuer_id", "qualification_id", "title", "series", "country", "issuer_match", "extra", "in_force"]  # fmt: skip
CONTENT = ROWS[4:]  # without the notice's ids: a spreadsheet alone does not print its document number


def run(work: Path, files: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    (work / "raw").mkdir(parents=True)
    for path in files:
        shutil.copy(path, work / "raw" / path.name)
    result = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)
    assert result.returncode == 0, result.stdout + result.stderr
    current = work / "curated" / "current"
    return read_table(current / "entries.csv"), read_table(current / "notices.csv"), result.stdout


def golden() -> pd.DataFrame:
    return read_table(GOLDEN / "entries.csv")


@pytest.mark.skipif(not has_soffice(), reason="LibreOffice converts .doc and .wps")
def test_doc_and_wps_notices_publish_the_golden_rows_and_notices(tmp_path: Path) -> None:
    entries, notices, stdout = run(tmp_path, [LEGACY / "wuxi-2021-49.doc", LEGACY / "taizhou-2022-30.wps"])
    assert "61 entries from doc" in stdout and "52 entries from doc" in stdout
    pd.testing.assert_frame_equal(entries[ROWS], golden()[ROWS])
    golden_notices = read_table(GOLDEN / "notices.csv")
    meta = ["notice_id", "doc_number", "city", "office", "title", "issue_date", "effective_date", "batch",
            "catalog_title", "entries", "replaces"]  # fmt: skip
    pd.testing.assert_frame_equal(notices[meta], golden_notices[meta])
    assert list(notices["formats"]) == ["doc", "doc"] and list(notices["files"]) == ["taizhou-2022-30.wps", "wuxi-2021-49.doc"]
    assert set(entries["source_page"]) == {""} and set(entries["source_url"]) == {""}


def test_spreadsheet_notices_publish_the_golden_rows(tmp_path: Path) -> None:
    entries, notices, _ = run(tmp_path, [LEGACY / "wuxi-2021-49.xls", LEGACY / "taizhou-2022-30.et"])
    expected = golden()
    by_city = {city: rows.reset_index(drop=True) for city, rows in entries.groupby("city")}
    for city, rows in expected.groupby("city"):
        pd.testing.assert_frame_equal(by_city[city][CONTENT], rows.reset_index(drop=True)[CONTENT])
    assert sorted(notices["formats"]) == ["xls", "xls"]
    assert set(notices["catalog_title"]) == set(read_table(GOLDEN / "notices.csv")["catalog_title"])


def test_fetched_spreadsheet_and_its_page_are_one_notice_with_the_pages_number(tmp_path: Path) -> None:
    # The bureau's page is the web page of the notice; its catalog attachment is the workbook.
    raw = tmp_path / "raw"
    raw.mkdir()
    page, sheet = RAW / "wuxi-2021-49.html", LEGACY / "wuxi-2021-49.xlsx"
    shutil.copy(page, raw / "notice.html")
    shutil.copy(sheet, raw / "附件1.xlsx")
    page_url, sheet_url = "http://hrss.example.cn/zcgg/202112/t1.html", "http://hrss.example.cn/files/附件1.xlsx"
    for name, url, linked_from in (("notice.html", page_url, ""), ("附件1.xlsx", sheet_url, page_url)):
        source: SourceFile = file_to_source(raw / name, raw)
        record_retrieval(raw, Retrieval(url, url, linked_from, "2026-12-02T01:30:00Z", 200, "", "", "",
                                        source.sha256, source.size, name))  # fmt: skip
    result = run_cli("run", "--raw", str(raw), "--curated", str(tmp_path / "curated"), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    current = tmp_path / "curated" / "current"
    entries, notices = read_table(current / "entries.csv"), read_table(current / "notices.csv")
    [notice] = notices.to_dict("records")
    assert (notice["doc_number"], notice["formats"], notice["source_url"]) == ("锡人社职〔2021〕49号", "html;xlsx", page_url)
    pd.testing.assert_frame_equal(entries[ROWS], golden().loc[lambda g: g["city"] == "无锡", ROWS].reset_index(drop=True))
    assert set(entries["source_file"]) == {"notice.html"} and set(entries["source_url"]) == {page_url}
    assert "附件1.xlsx" in notice["files"]
