"""The steward loop through the CLI: run → review.csv → steward fills it → `catalog review --apply` → run."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from tests.flows.test_catalog_flow import run_cli
from tests.make_documents import DocxLayout, write_catalog_docx

INTRO = """南通市人力资源和社会保障局
通人社职〔2024〕5号
关于印发南通市国际职业资格比照认定职称目录（第一批）的通知
南通市人力资源和社会保障局
2024年5月20日
南通市国际职业资格比照认定职称目录（第一批）"""
HEADER = ("序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列")
ROWS = (
    ("1", "Associateship (ASDC)", "认证染色专家", "Society of Dyers & Colorists（英国染色师协会）", "助理工程师", "纺织工程"),
    ("2", "Fellowship (FSDC)", "会员", "Society of Dyers & Colorists（英国染色师协会）", "工程师", "纺织工程"),
    ("3", "Heat Treating", "热处理技师", "美国材料信息协会 (ASM International)", "工程师", "冶金工程"),
)  # fmt: skip


def entries(work: Path) -> pd.DataFrame:
    return pd.read_csv(work / "curated" / "entries.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def issuers(work: Path) -> pd.DataFrame:
    return pd.read_csv(work / "curated" / "issuers.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("review")
    (work / "raw").mkdir()
    write_catalog_docx(work / "raw" / "nantong.docx", HEADER, ROWS, DocxLayout(intro=INTRO))
    (work / "decisions.csv").write_text("", encoding="utf-8")
    return work


def cli(work: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli(*args, "--curated", str(work / "curated"), "--decisions", str(work / "decisions.csv"), home=work)


def test_review_loop_accepting_a_candidate_moves_the_rows(work: Path) -> None:
    first = cli(work, "run", "--raw", str(work / "raw"))
    assert first.returncode == 1, first.stdout + first.stderr  # published, and an item waits for a steward
    assert "review items waiting       1   `catalog review` lists them" in first.stdout
    before = entries(work)
    assert before["issuer_id"].tolist()[2] == "iss-asm"
    provisional = before["issuer_id"].tolist()[0]
    assert provisional.startswith("issx-")  # not merged on a guess
    assert issuers(work).values.tolist() == [
        ["iss-asm", "registry", "美国材料信息协会", "ASM International", "ASM", "US", ROWS[2][3], "南通", "1"],
        [provisional, "review", "英国染色师协会", "Society of Dyers & Colorists", "", "GB", ROWS[0][3], "南通", "2"],
    ]

    listed = cli(work, "review")
    assert listed.returncode == 1 and "1 item(s) wait" in listed.stdout and "Society of Dyers" in listed.stdout
    assert "iss-sdc" in listed.stdout and "英国染工和色彩协会 / Society of Dyers and Colourists" in listed.stdout

    with (work / "curated" / "review.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1 and rows[0]["top_candidate"] == "iss-sdc" and rows[0]["notice"] == "通人社职〔2024〕5号"
    rows[0].update(decision="accept", decided_by="steward.wang")
    filled = work / "review-filled.csv"
    with filled.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    applied = run_cli("review", "--apply", str(filled), "--decisions", str(work / "decisions.csv"), home=work)
    assert applied.returncode == 0 and "recorded 1 decision" in applied.stdout
    decisions = (work / "decisions.csv").read_text(encoding="utf-8-sig")
    assert "steward.wang" in decisions and "iss-sdc" in decisions

    second = cli(work, "run", "--raw", str(work / "raw"))
    assert second.returncode == 0 and "published new version" in second.stdout
    after = entries(work)
    assert after["issuer_id"].tolist() == ["iss-sdc", "iss-sdc", "iss-asm"]
    assert after["issuer_match"].tolist()[0] == "matched:decision"
    assert issuers(work).values.tolist() == [  # the steward's decision moved both rows to the registry issuer
        ["iss-asm", "registry", "美国材料信息协会", "ASM International", "ASM", "US", ROWS[2][3], "南通", "1"],
        ["iss-sdc", "registry", "英国染工和色彩协会", "Society of Dyers and Colourists", "SDC", "GB", ROWS[0][3], "南通", "2"],
    ]
    assert "0 item(s) wait" in cli(work, "review").stdout
