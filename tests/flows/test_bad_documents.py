"""One `catalog run` over good and bad documents mixed: the good notices are published exactly,
every bad document is quarantined in rejected.csv with its step and a plain reason, and a
notice whose rows break a rule is held back with the notice, row and rule named.

The bad documents are built here, in one raw/ folder, so the whole batch costs one run.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.flows.test_catalog_flow import CITIES, PUBLISHED, run_cli
from tests.notices import RAW, load_truth

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/make_*.py are plain modules
import make_documents as md  # noqa: E402
from make_docx import rewrite_zip  # noqa: E402

from tests.extractors.test_docx import _with_external_entity  # noqa: E402

# Every test of this module in one worker (`make test`: --dist loadgroup), so that its module fixture's
# `catalog run` is done once, not once per worker.
pytestmark = pytest.mark.xdist_group("bad-documents-run")

Batch = tuple[Path, subprocess.CompletedProcess[str]]  # work folder (raw/, curated/), the CLI run
TITLE_COLUMN = 4
GOOD = sorted(p.name for p in RAW.iterdir() if p.suffix in (".pdf", ".docx", ".html"))
SECRET = "TOP-SECRET-42"  # what the external entity of xxe.docx would pull in
BOMB_ZEROS = 32 * 1024 * 1024  # packs to ~32 kB: with the notice, ~500x, over the reader's 200x cap

# file name -> (step, reason) as rejected.csv must give them (the whole reason, exactly)
QUARANTINED = {
    "empty.pdf": ("read", "the file is empty (0 bytes)"),
    "random-bytes.pdf": ("read", "not a PDF, DOCX or HTML document (unknown content)"),
    "text-not-zip.docx": ("read", "not a PDF, DOCX or HTML document (unknown content)"),
    "old-word-renamed.docx": ("read", "a damaged old Office file (OLE2: .doc, .wps, .xls, .et): "
                                      "its directory cannot be read"),
    "broken-zip.docx": ("read", "a damaged zip file: neither a readable Word (.docx) document nor an archive"),
    "zip-bomb.docx": ("read", "the .docx unpacks {ratio} times larger than it is packed (cap 200x): "
                              "it looks like a zip bomb"),
    "xxe.docx": ("read", "the part word/document.xml declares a DTD, which Word never writes; refused for safety"),
    "password.pdf": ("read", "the PDF is protected by a password"),
    "scan.pdf": ("read", "needs OCR: 1 of 1 pages are images without text"),
    "no-table.html": ("find-catalog", "none of the 0 tables has a catalog header"),
    "missing-column.pdf": ("map-header", "a table looks like a catalog but a required column is missing: "
                                         "table 1 lacks title"),
}
# Truncated PDFs fail inside pdfminer; the reason names its error, so only its start is fixed.
TRUNCATED = ("truncated.pdf", "read", "not a readable PDF (")


def notice_html(number: str, office: str, city: str, rows: list[list[str]]) -> str:
    """A notice as a government web page: number, title, signature, and the catalog table."""
    header = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>通知</title></head><body>"
        f"<p>{number}</p><p>关于公布{city}国际职业资格比照认定职称目录（第一批）的通知</p>"
        f"<p>各有关单位：现将目录印发给你们，请遵照执行。</p><p>{office}</p><p>2023年3月1日</p>"
        f"<p>附件</p><p>{city}国际职业资格比照认定职称目录（第一批）</p><table border='1'><tr>"
        + "".join(f"<th>{h}</th>" for h in header) + f"</tr>\n{cells}</table></body></html>"
    )  # fmt: skip


def held_back_notices() -> dict[str, tuple[str, str, str, str]]:
    """file -> (html, document number, seq of a failing row, rule) for notices that break a rule."""
    rows = [list(r) for r in load_truth("wuxi-2021-49")["rows"][:5]]
    dup = [r[:] for r in rows]
    dup[3][0] = dup[2][0]  # 序号 printed twice
    assistant = [r[:] for r in rows]
    assistant[1][4] = "工程师助理"
    unnamed = [r[:] for r in rows]
    unnamed[3][1] = ""
    return {
        "duplicate-seq.html": (notice_html("常人社发〔2023〕7号", "常州市人力资源和社会保障局", "常州市", dup),
                               "常人社发〔2023〕7号", dup[2][0], "seq unique within a notice"),
        "assistant.html": (notice_html("苏人社发〔2023〕12号", "苏州市人力资源和社会保障局", "苏州市", assistant),
                           "苏人社发〔2023〕12号", assistant[1][0], "title is a recognized professional title (职称)"),
        "unnamed.html": (notice_html("通人社发〔2023〕5号", "南通市人力资源和社会保障局", "南通市", unnamed),
                         "通人社发〔2023〕5号", unnamed[3][0], "qualification name not empty"),
    }  # fmt: skip


def build_bad_documents(raw: Path, work: Path) -> None:
    """Write every bad case beside the good notices in raw/."""
    pdf, docx = RAW / "wuxi-2021-49.pdf", RAW / "wuxi-2021-49.docx"
    (raw / "empty.pdf").write_bytes(b"")
    (raw / "truncated.pdf").write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    (raw / "random-bytes.pdf").write_bytes(bytes((i * 7919 + 13) % 251 for i in range(8192)))
    (raw / "text-not-zip.docx").write_text("这不是一个 Word 文档。\n", encoding="utf-8")
    (raw / "old-word-renamed.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)
    (raw / "broken-zip.docx").write_bytes(docx.read_bytes()[:4096])
    rewrite_zip(docx, raw / "zip-bomb.docx", {}, add={"word/media/image1.bin": b"\0" * BOMB_ZEROS})
    xxe, _ = _with_external_entity(work)
    shutil.move(xxe, raw / "xxe.docx")
    md.encrypt_pdf(pdf, raw / "empty-password.pdf", user_password="")
    md.encrypt_pdf(pdf, raw / "password.pdf", user_password="s3cret")
    shutil.move(md.pdf_page_to_image_pdf(pdf, work / "scan.pdf"), raw / "scan.pdf")
    (raw / "no-table.html").write_text(
        "<!doctype html><html><head><meta charset='utf-8'></head><body><p>关于举办培训班的通知</p>"
        "<p>各有关单位：定于下月举办培训班，请报名。</p></body></html>", encoding="utf-8")  # fmt: skip
    truth = load_truth("taizhou-2022-30")  # without its title column (可认定专业技术资格)
    header = [h for i, h in enumerate(truth["header"]) if i != TITLE_COLUMN]
    rows = [[c for i, c in enumerate(r) if i != TITLE_COLUMN] for r in truth["rows"][:6]]
    made = md.write_catalog_docx(work / "missing-column.docx", header, rows, md.DocxLayout())
    shutil.move(md.soffice_to_pdf(made, work), raw / "missing-column.pdf")
    for name, (page, *_rest) in held_back_notices().items():
        (raw / name).write_text(page, encoding="utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    if not (md.has_tool("qpdf") and md.has_tool("pdftoppm") and md.has_soffice()):
        pytest.skip("qpdf, pdftoppm and LibreOffice make the bad documents")
    work = tmp_path_factory.mktemp("bad")
    shutil.copytree(RAW, work / "raw")
    build_bad_documents(work / "raw", work)
    result = run_cli("run", "--raw", str(work / "raw"), "--curated", str(work / "curated"), home=work)
    return work, result


def _read(curated: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(curated / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_bad_documents_batch_publishes_the_good_notices_exactly(batch: Batch) -> None:
    work, result = batch
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr == ""  # parser warnings and Prefect's logs go to the log file, not the terminal
    assert "Traceback" not in result.stdout
    entries = _read(work / "curated", "entries.csv")
    assert len(entries) == 113
    for notice, (city, number) in CITIES.items():
        rows = entries[entries["doc_number"] == number]
        assert rows[PUBLISHED].values.tolist() == load_truth(notice)["rows"]
        assert set(rows["city"]) == {city}
    notices = _read(work / "curated", "notices.csv")
    assert sorted(notices["entries"]) == ["52", "61"]
    wuxi = notices[notices["doc_number"] == CITIES["wuxi-2021-49"][1]]
    assert "empty-password.pdf" in wuxi["files"].item().split(";")  # an empty user password is read


def test_bad_documents_each_is_quarantined_with_step_and_reason(batch: Batch) -> None:
    rejected = _read(batch[0] / "curated", "rejected.csv")
    read_failures = rejected[rejected["step"] != "validate"]
    found = {row["file"]: (row["step"], row["reason"]) for _, row in read_failures.iterrows()}
    assert len(read_failures) == len(found)  # one line per bad file
    truncated, step, start = TRUNCATED
    assert found.pop(truncated)[0] == step
    assert rejected.loc[rejected["file"] == truncated, "reason"].item().startswith(start)
    bomb_step, bomb_reason = found.pop("zip-bomb.docx")
    assert bomb_step == "read" and re.fullmatch(
        re.escape(QUARANTINED["zip-bomb.docx"][1]).replace(re.escape("{ratio}"), r"\d+"), bomb_reason)
    assert found == {name: case for name, case in QUARANTINED.items() if name != "zip-bomb.docx"}
    assert read_failures["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_bad_documents_failing_rows_hold_back_their_notice(batch: Batch) -> None:
    work, result = batch
    rejected = _read(work / "curated", "rejected.csv")
    held = rejected[rejected["step"] == "validate"]
    expected = {
        ("duplicate-seq.html", "常人社发〔2023〕7号", "3", "4", "seq unique within a notice"),
        ("duplicate-seq.html", "常人社发〔2023〕7号", "3", "5", "seq unique within a notice"),
        ("duplicate-seq.html", "常人社发〔2023〕7号", "", "", "序号 sequence complete"),  # 1, 2, 3, 3, 5: no 4
        ("assistant.html", "苏人社发〔2023〕12号", "2", "3", "title is a recognized professional title (职称)"),
        ("unnamed.html", "通人社发〔2023〕5号", "4", "5", "qualification name not empty"),
    }
    got = {(r["file"], r["notice"], r["seq"], r["row"], r["rule"]) for _, r in held.iterrows()}
    assert got == expected
    assert held["reason"].str.endswith("; notice held back").all()
    assert "title = '工程师助理'" in held.loc[held["file"] == "assistant.html", "reason"].item()
    for number in ("常人社发〔2023〕7号", "苏人社发〔2023〕12号", "通人社发〔2023〕5号"):
        assert f"HELD BACK notice {number}" in result.stdout
    assert ("assistant.html row 3 (序号 2): title = '工程师助理': not a recognized professional title (职称); "
            "notice held back") in result.stdout
    entries = _read(work / "curated", "entries.csv")
    assert not set(entries["doc_number"]) & {number for _, (_, number, *_r) in held_back_notices().items()}


def test_bad_documents_nothing_is_lost(batch: Batch) -> None:
    work, result = batch
    curated = work / "curated"
    published = {f for files in _read(curated, "notices.csv")["files"] for f in files.split(";")}
    rejected = set(_read(curated, "rejected.csv")["file"])
    raw = {p.name for p in (work / "raw").iterdir()}
    assert published | rejected == raw and not published & rejected
    assert published == set(GOOD) | {"empty-password.pdf"}
    for path in [p for p in curated.rglob("*") if p.is_file()]:  # CSV, SQLite, Excel, package, Data Docs
        assert SECRET.encode() not in path.read_bytes(), path  # the external entity was never resolved
    assert SECRET not in result.stdout + result.stderr
