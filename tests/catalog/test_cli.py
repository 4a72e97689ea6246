"""The command line a steward meets: one-line errors, exit codes, paths, --version, --json.

These run `catalog` in this process (main(argv)); each case stops before Prefect starts, so
they are fast. Runs that publish are in tests/flows/.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.flows.test_catalog_flow import GOLDEN
from tests.notices import RAW


def one_error(err: str) -> list[str]:
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 2 and "Traceback" not in err, err
    return lines


def test_cli_version(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("catalog 0.")


def test_cli_help_is_for_stewards(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("--help")
    assert code == 0 and "catalog review --apply F" in out and "Exit codes: 0 done" in out
    code, out, _ = cli("run", "--help")
    assert code == 0 and "Examples:" in out and "catalog run --json" in out


def test_cli_unknown_option_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("run", "--rwa", "x")
    assert code == 2 and "No such option '--rwa'" in err and "'--raw'" in err and "Traceback" not in err


def test_cli_run_missing_decisions_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(RAW, tmp_path / "raw")
    code, out, err = cli("run", "--decisions", "decisons.csv")
    assert code == 2 and out == ""
    assert one_error(err) == [
        f"catalog run: nothing published: the decisions file {tmp_path / 'decisons.csv'} does not exist",
        "  check the path; to start a new decisions file, create it empty first",
    ]
    assert not (tmp_path / "curated").exists() and not (tmp_path / ".catalog").exists()  # nothing written


def test_cli_run_decisions_from_environment_must_exist(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(RAW, tmp_path / "raw")
    monkeypatch.setenv("CATALOG_DECISIONS", "/nowhere/decisions.csv")
    code, _, err = cli("run")
    assert code == 2 and "the decisions file /nowhere/decisions.csv does not exist" in err


def test_cli_run_missing_raw_folder(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("run")  # raw/ taken from the working directory, where there is none
    assert code == 2
    assert one_error(err)[0] == f"catalog run: nothing published: the raw folder {tmp_path / 'raw'} does not exist"


def test_cli_run_unwritable_curated(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(RAW, tmp_path / "raw")
    (tmp_path / "a-file").write_text("x")
    code, _, err = cli("run", "--curated", "a-file/curated")
    assert code == 2
    assert one_error(err)[0] == (f"catalog run: nothing published: cannot write {tmp_path / 'a-file' / 'curated'}: "
                                 "Not a directory")  # fmt: skip


def test_cli_run_negative_wait_is_a_usage_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("run", "--wait", "-5")
    assert code == 2 and "-5.0 is not in the range x>=0" in err


def test_cli_run_broken_registry_names_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(RAW, tmp_path / "raw")
    (tmp_path / "issuers.toml").write_text('[[issuer]\nid = "iss-a"\n', encoding="utf-8")
    code, _, err = cli("run", "--registry", "issuers.toml")
    assert code == 2
    assert one_error(err)[0].startswith(f"catalog run: nothing published: {tmp_path / 'issuers.toml'}:1: ")


# --- review -----------------------------------------------------------------------------------


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    """A curated/ whose review.csv lists one item (as a run writes it)."""
    folder = tmp_path / "curated"
    folder.mkdir()
    header = (GOLDEN / "review.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    row = dict.fromkeys(header, "")
    row.update(item_id="rev-0123456789ab", kind="issuer", status="review", raw="Society of Dyers & Colourists",
               candidates="iss-sdc 88.2; iss-asm 60.1", top_candidate="iss-sdc", provisional_id="issx-aaaaaaaaaaaa",
               notice="通人社职〔2024〕5号", source_file="nantong.docx", row="2")  # fmt: skip
    with (folder / "review.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerow(row)
    (tmp_path / "decisions.csv").write_text("", encoding="utf-8")
    return folder


def filled(tmp_path: Path, curated: Path, **values: str) -> Path:
    rows = list(csv.DictReader((curated / "review.csv").read_text(encoding="utf-8-sig").splitlines()))
    rows[0].update(values)
    path = tmp_path / "filled.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_cli_review_lists_ids_with_names(cli, curated: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("review", "--decisions", "decisions.csv")
    assert code == 1  # something waits for a steward
    assert out.splitlines() == [
        "rev-0123456789ab  'Society of Dyers & Colourists'  (通人社职〔2024〕5号, nantong.docx row 2)",
        "    iss-sdc                  88.2  英国染工和色彩协会 / Society of Dyers and Colourists",
        "    iss-asm                  60.1  美国材料信息协会 / ASM International",
        f"catalog review: 1 item(s) wait for a decision in {curated / 'review.csv'}",
    ]


def test_cli_review_json(cli, curated: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("review", "--decisions", "decisions.csv", "--json")
    data = json.loads(out)
    assert code == 1 and [i["item_id"] for i in data["waiting"]] == ["rev-0123456789ab"]
    assert data["waiting"][0]["candidates"][0] == {"id": "iss-sdc", "score": "88.2", "name": "英国染工和色彩协会 / Society of Dyers and Colourists"}


def test_cli_review_apply_records_with_names(cli, tmp_path: Path, curated: Path) -> None:  # type: ignore[no-untyped-def]
    path = filled(tmp_path, curated, decision="接受", decided_by="steward.wang")
    code, out, err = cli("review", "--decisions", "decisions.csv", "--apply", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == ("recorded: rev-0123456789ab 'Society of Dyers & Colourists': accept iss-sdc "
                                   "(英国染工和色彩协会 / Society of Dyers and Colourists)")  # fmt: skip
    assert "steward.wang" in (tmp_path / "decisions.csv").read_text(encoding="utf-8")
    code, out, _ = cli("review", "--decisions", "decisions.csv")
    assert code == 0 and out.strip().endswith("0 item(s) wait for a decision in " + str(curated / "review.csv"))


def test_cli_review_lists_and_records_a_bracket_decision(cli, tmp_path: Path, curated: Path) -> None:  # type: ignore[no-untyped-def]
    """A scanned notice's column asks once how it prints its brackets; 全角 records （）."""
    rows = list(csv.DictReader((curated / "review.csv").read_text(encoding="utf-8-sig").splitlines()))
    ask = "2 cell(s) of issuer wait for their brackets' width, which the scan does not show; accept if …"
    rows[0].update(item_id="rev-bbbbbbbbbbbb", kind="brackets", raw="()", candidates="", top_candidate="",
                   provisional_id="", field="issuer", page="3", confidence=ask, crop="review-crops/rev-bbbbbbbbbbbb.png",
                   source_file="scan.pdf")  # fmt: skip
    with (curated / "review.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    code, out, _ = cli("review", "--decisions", "decisions.csv")
    assert code == 1
    assert out.splitlines()[:2] == [
        "rev-bbbbbbbbbbbb  '()'  (通人社职〔2024〕5号, scan.pdf row 2)",
        f"    scanned notice, page 3, issuer: {ask}; picture {curated / 'current' / 'review-crops/rev-bbbbbbbbbbbb.png'}",
    ]
    code, out, err = cli("review", "--decisions", "decisions.csv", "--apply",
                         str(filled(tmp_path, curated, decision="更正", corrected="全角")))  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "recorded: rev-bbbbbbbbbbbb '()': correct → '全角'"
    code, out, err = cli("review", "--decisions", "decisions.csv", "--apply",
                         str(filled(tmp_path, curated, decision="更正", corrected="<>")))  # fmt: skip
    assert code != 0 and "a column's brackets are corrected to （） (full-width) or () (half-width), not '<>'" in err


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"decision": "accept", "target_id": "iss-sdcc"},
         "filled.csv:2: target 'iss-sdcc' is not an issuer id of the registry (column target_id)"),
        ({"decision": "accept", "item_id": "rev-ffffffffffff"},
         "filled.csv:2: item 'rev-ffffffffffff' is not in the review queue (column item_id)"),
        ({"decision": "perhaps"}, "filled.csv:2: decision 'perhaps' is not one of accept, reject, new"),
    ],
)  # fmt: skip
def test_cli_review_apply_refuses_unknown_ids(cli, tmp_path: Path, curated: Path, values: dict[str, str],
                                              message: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    path = filled(tmp_path, curated, decided_by="w", **values)
    code, out, err = cli("review", "--decisions", "decisions.csv", "--apply", str(path))
    assert code == 2 and out == ""
    assert message in one_error(err)[0]
    assert (tmp_path / "decisions.csv").read_text(encoding="utf-8") == ""  # nothing recorded


def test_cli_review_apply_column_typo(cli, tmp_path: Path, curated: Path) -> None:  # type: ignore[no-untyped-def]
    path = filled(tmp_path, curated, decision="accept")
    path.write_text(path.read_text(encoding="utf-8-sig").replace(",decision,", ",Decision ,"), encoding="utf-8-sig")
    code, _, err = cli("review", "--decisions", "decisions.csv", "--apply", str(path))
    assert code == 2 and "has no 'decision' column" in one_error(err)[0] and "'Decision' meant" in err


def test_cli_review_apply_excel_workbook(cli, tmp_path: Path, curated: Path) -> None:  # type: ignore[no-untyped-def]
    workbook = tmp_path / "filled.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(200))
    code, _, err = cli("review", "--decisions", "decisions.csv", "--apply", str(workbook))
    lines = one_error(err)
    assert code == 2 and lines[0] == f"catalog review: {workbook}: this is an Excel workbook, not a CSV filled review file"
    assert "CSV UTF-8" in lines[1]


def test_cli_review_without_a_run(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("review")
    assert code == 2 and one_error(err)[0] == (
        f"catalog review: {tmp_path / 'curated' / 'review.csv'}: no review file; run `catalog run` first")


# --- add --------------------------------------------------------------------------------------


def test_cli_add_refuses_what_is_not_a_notice(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "notes.txt").write_text("请于3月1日前报送。\n", encoding="utf-8")
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04" + bytes(64))
    code, out, _ = cli("add", "notes.txt", "broken.zip")
    assert code == 2  # nothing stored
    assert out.splitlines()[:2] == [
        "refused: notes.txt -> - (not a PDF, DOCX or HTML document (unknown content))",
        "refused: broken.zip -> - (a damaged zip file: neither a readable Word (.docx) document nor an archive)",
    ]
    assert not any((tmp_path / "raw").iterdir())
    code, out, _ = cli("add", str(RAW / "wuxi-2021-49.html"), "notes.txt", "--json")
    assert code == 1 and [f["status"] for f in json.loads(out)["files"]] == ["added", "refused"]


def test_cli_internal_error_is_not_bad_input(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pipeline.rawstore

    def buggy(*_args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(pipeline.rawstore, "add_paths", buggy)
    (tmp_path / "a.html").write_text("<html></html>")
    code, _, err = cli("add", "a.html")
    lines = one_error(err)
    assert code == 3 and lines[0] == "catalog add: internal error (a bug in this tool, not in your files): KeyError: 'a bug'"
    log = tmp_path / ".catalog" / "logs" / "catalog.log"
    assert lines[1] == f"  the traceback is in {log}; please report it" and "KeyError" in log.read_text()
    assert os.environ.get("CI") is None or True  # the same in CI
