"""Trace a published entry to its source: exact lineage text, the page picture, DOCX context,
the steward decision behind an issuer, and unknown ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from catalog.cli import main
from core.errors import UserError
from normalize.decisions import Decision, Decisions
from normalize.issuers import cell_to_issuer, issuer_item_id
from normalize.registry import load_registry
from pipeline.ingest import file_to_result
from pipeline.publish import publish, render
from pipeline.release import results_to_release
from pipeline.trace import page_picture, parse_bbox, trace_entry, trace_to_text
from tests.flows.test_release_decisions import publish_golden
from tests.flows.test_review_loop import HEADER, INTRO, ROWS
from tests.make_documents import DocxLayout, write_catalog_docx
from tests.notices import RAW

ACRP_PM = "entry-3917119c4f9c"  # 泰州 序号 1, printed on page 4 of the PDF


@pytest.fixture(scope="module")
def golden(tmp_path_factory: pytest.TempPathFactory) -> Path:
    curated = tmp_path_factory.mktemp("golden") / "curated"
    publish_golden(curated)
    return curated


def test_trace_pdf_entry_exact(golden: Path) -> None:
    text = trace_to_text(trace_entry(golden, RAW, ACRP_PM, Decisions()))
    issuer = "美国临床研究专业协会 (Association of Clinical Research Professionals)"
    assert text.splitlines() == [
        f"entry {ACRP_PM}: ACRP-PM (ACRP Project Manager) → 工程师 (医药工程)",
        "  notice     泰职办〔2022〕30号 (泰州, 第一批) notice-0a2a8c912eae",
        "             关于印发《泰州市国际职业资格比照认定专业技术资格办法（试行）》的通知",
        "  file       taizhou-2022-30.pdf (sha256 3e5e190e823fd588556bb7beb3bd042aa48cdef63c0ac038451d5a27bdf14258; "
        "in raw/ as taizhou-2022-30.pdf)",
        "  printed at page 4, table 1, row 2, box 68.3,170.7,516.2,244.1 (points, top-left origin)",
        "  also in    taizhou-2022-30.docx, taizhou-2022-30.html",
        "  as printed (the entry's row marked >):",
        "       1  序号 | 职业资格名称 | 译名 | 颁证单位 | 可认定专业技术资格 | 所属系列(专业)",
        f"    >  2  1 | ACRP-PM (ACRP Project Manager) | ACRP 认证项目管理专业人员 | {issuer} | 工程师 | 医药工程",
        f"       3  2 | ACRP-MDP (ACRP Medical Device Professional) | ACRP 认证医疗器械专业人员 | {issuer} | 工程师 | 医药工程",
        f"       4  3 | Certified Clinical Research Associate | 注册临床研究助理 | {issuer} | 工程师 | 医药工程",
        f"  issuer     {issuer}",
        "             → iss-acrp (matched:alias, score 100.0)",
    ]


def test_trace_finds_a_renamed_raw_file_by_its_bytes(golden: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "附件1.pdf").write_bytes((RAW / "taizhou-2022-30.pdf").read_bytes())
    assert trace_entry(golden, raw, ACRP_PM, Decisions()).raw_file == raw / "附件1.pdf"
    (tmp_path / "empty").mkdir()
    gone = trace_entry(golden, tmp_path / "empty", ACRP_PM, Decisions())
    assert gone.raw_file is None and "NOT in raw/ any more" in trace_to_text(gone)


def test_trace_page_picture_outlines_the_row(golden: Path, tmp_path: Path) -> None:
    found = trace_entry(golden, RAW, ACRP_PM, Decisions())
    box = parse_bbox(found.entry["source_bbox"])
    assert box == (68.3, 170.7, 516.2, 244.1) and found.raw_file is not None
    picture = page_picture(found.raw_file, 4, box, tmp_path / "row.png")
    image = Image.open(picture).convert("RGB")
    scale = 110 / 72  # the picture's resolution over PDF points
    assert abs(image.size[0] - 595 * scale) < 3 and abs(image.size[1] - 842 * scale) < 3  # A4 at 110 dpi
    red = image.getpixel((round(300 * scale), round(170.7 * scale) + 2))  # on the outline (drawn inside the box)
    inside = image.getpixel((round(60 * scale), round(400 * scale)))  # the margin, outside the box
    assert red[0] > 180 and red[1] < 90 and red[2] < 90, red
    assert inside == (255, 255, 255)


def test_trace_unknown_id_suggests_close_ones(golden: Path) -> None:
    with pytest.raises(UserError) as raised:
        trace_entry(golden, RAW, ACRP_PM[:-1] + "d", Decisions())
    assert raised.value.message == f"no entry '{ACRP_PM[:-1]}d' in the current version"
    assert raised.value.hint.startswith(f"did you mean {ACRP_PM}")


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Decisions]:
    """A DOCX-only notice published in-process, its first issuer placed by a steward's decision."""
    work = tmp_path_factory.mktemp("decided")
    raw = work / "raw"
    raw.mkdir()
    write_catalog_docx(raw / "nantong.docx", HEADER, ROWS, DocxLayout(intro=INTRO))
    decision = Decision(issuer_item_id(cell_to_issuer(ROWS[0][3])), "issuer", ROWS[0][3], "accept", "iss-sdc",
                        "steward.wang", "2026-12-01T08:00:00+00:00", "the dyers' society")  # fmt: skip
    decisions = Decisions((decision,))
    release = results_to_release([file_to_result(raw / "nantong.docx", raw)], load_registry(), decisions)
    publish(render(release.tables), {}, work / "curated")
    return work / "curated", raw, decisions


def test_trace_docx_entry_shows_rows_in_context_and_the_decision(decided: tuple[Path, Path, Decisions]) -> None:
    curated, raw, decisions = decided
    entries = (curated / "entries.csv").read_text(encoding="utf-8-sig").splitlines()
    entry_id = entries[2].split(",")[0]  # 序号 2
    lines = trace_to_text(trace_entry(curated, raw, entry_id, decisions)).splitlines()
    assert lines[4] == "  printed at table 1, row 3"
    assert lines[5:10] == [
        "  as printed (the entry's row marked >):",
        "       1  " + " | ".join(HEADER),
        "       2  " + " | ".join(ROWS[0]),
        "    >  3  " + " | ".join(ROWS[1]),
        "       4  " + " | ".join(ROWS[2]),
    ]
    assert lines[-2:] == [
        "             → iss-sdc (matched:decision, score 80.0)",
        "  decision   accept iss-sdc by steward.wang at 2026-12-01T08:00:00+00:00: the dyers' society",
    ]


def test_trace_cli_png_of_a_docx_entry_is_refused(decided: tuple[Path, Path, Decisions], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    curated, raw, _ = decided
    entry_id = (curated / "entries.csv").read_text(encoding="utf-8-sig").splitlines()[1].split(",")[0]
    code = main(["trace", entry_id, "--curated", str(curated), "--raw", str(raw), "--png", str(tmp_path / "x.png")])
    err = capsys.readouterr().err.splitlines()
    assert code == 2 and err[0] == f"catalog trace: no page picture for {entry_id}: its source is not a PDF page in {raw}"
    assert not (tmp_path / "x.png").exists()


def test_trace_cli_unknown_id(golden: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", "entry-nothing", "--curated", str(golden), "--raw", str(RAW)]) == 2
    assert capsys.readouterr().err.startswith("catalog trace: no entry 'entry-nothing' in the current version")
