"""`catalog run` over the whole unseen11 probe round (tests/make_unseen11.py) in one batch.

Every catalog the reader takes is published exactly as its truth: among them 序号 numbered by
Word's automatic list, a DOCX with tracked changes (published as accepted), tables per 系列 under
headings, a catalog in an <iframe srcdoc>, a workbook with a hidden superseded column, and a
notice printed in two text columns. A catalog it cannot take, and every look-alike (a 人才引进
list, a 评审委员会 roster, a 继续教育 course list, a 外国专家 list, the people recognized, a 政策问答
table, an examination plan, a list of withdrawn qualifications), publishes nothing and is named in
rejected.csv with its step and reason. Measured per document by bench/unseen11_report.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.flows.probe_round import Run, assert_not_published, entries_of, files_of, read_table, run_round, truth_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "unseen11"
pytestmark = pytest.mark.xdist_group("unseen11-run")  # one work unit: probe_round.run_round

NO_HEADER = ("find-catalog", "none of the 1 tables has a catalog header")
# the files of one notice -> (step, the start of one of its reasons): none of them may publish, and
# rejected.csv names the notice under one of its files with that step
NOT_PUBLISHED = {
    ("wenzhou-libreoffice.pdf",): ("find-catalog", "the catalog table holds 7 rows, but lines that read like its rows"),
    ("jinhua.html", "jinhua-chromium.pdf"): ("find-catalog", "table 2 is headed '停止比照认定的国际职业资格"),
    ("jurong-libreoffice.docx", "jurong-libreoffice.pdf"): ("validate", "notice_id,part,seq = "),
    ("feizhi-libreoffice.docx",): ("find-catalog", "table 1 is headed '停止比照认定职称的国际职业资格名单'"),
    ("feizhi-libreoffice.pdf",): ("find-catalog", "table 1 is headed '停止比照认定职称的国际职业资格名单'"),
    ("jixu.xlsx",): ("find-catalog", "none of the 1 tables has a catalog header"),
    ("bizhao.html",): NO_HEADER,
    ("bizhao-chromium.pdf",): NO_HEADER,
    ("kaoshi.html",): NO_HEADER,
    ("pingwei-libreoffice.docx",): NO_HEADER,
    ("pingwei-libreoffice.pdf",): NO_HEADER,
    ("rencai.html",): NO_HEADER,
    ("rencai-chromium.pdf",): NO_HEADER,
    ("waizhuan-libreoffice.docx",): NO_HEADER,
    ("waizhuan-libreoffice.pdf",): NO_HEADER,
    ("wenda-libreoffice.docx",): NO_HEADER,
    ("wenda-libreoffice.pdf",): NO_HEADER,
}
REFUSED = {name for names in NOT_PUBLISHED for name in names}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_round(FIXTURES, tmp_path_factory.mktemp("unseen11"))


@pytest.mark.parametrize(
    "path", [p for p in files_of(FIXTURES) if p.name not in REFUSED], ids=lambda p: p.name
)
def test_unseen11_run_catalog_published_exactly(batch: Run, path: Path) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr  # what is refused waits for a steward
    entries = read_table(work / "curated", "entries.csv")
    assert entries_of(entries, path.name) == sorted(tuple(row) for row in truth_of(path)["rows"])


def test_unseen11_run_nothing_published_from_look_alikes_or_what_is_refused(batch: Run) -> None:
    assert_not_published(batch[0] / "curated", NOT_PUBLISHED)
