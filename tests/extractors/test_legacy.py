"""extractors.legacy (.doc and .wps through LibreOffice) and the sniffing of legacy formats.

Fixtures: tests/fixtures/legacy, made by tests/make_legacy.py from the bundled DOCX notices.
Each LibreOffice conversion costs 1-2 s, so each fixture is read once per session (`read`).
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

import extractors.legacy as legacy
from core.errors import EncryptedDocument, UnsupportedFormat
from core.model import DocumentResult
from extractors.docx import read_docx
from extractors.legacy import doc_to_docx, main_text_ends_in_table
from extractors.sniff import file_to_source, sniff_format
from pipeline.cache import ExtractionCache, save_run, saved_run
from pipeline.ingest import file_to_result
from tests.notices import FIXTURES, NOTICES, RAW, load_truth

LEGACY = FIXTURES / "legacy"
FIELDS = ("seq", "qualification", "qualification_zh", "issuer", "title", "series", "country", "part")
TRUTH_FIELDS = FIELDS[:6]  # the truth files print the catalog's six columns
END_NOTICE = "taizhou-2022-30"  # the rows of the end-table documents

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def _rows(result: DocumentResult, fields: tuple[str, ...] = FIELDS) -> list[list[str | int]]:
    assert result.catalog is not None, f"{result.source.path}: {result.status} {result.step} {result.reason}"
    return [[getattr(row, name) for name in fields] for row in result.catalog.rows]


@pytest.fixture(scope="session")
def read(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], DocumentResult]:
    """file_to_result of a legacy fixture copied into a raw/ folder, each read once per session."""
    raw = tmp_path_factory.mktemp("legacy-raw")
    results: dict[str, DocumentResult] = {}

    def result(name: str) -> DocumentResult:
        if name not in results:
            shutil.copyfile(LEGACY / name, raw / name)
            results[name] = file_to_result(raw / name, raw)
        return results[name]

    return result


@pytest.fixture(scope="session")
def docx_results() -> dict[str, DocumentResult]:
    """The bundled DOCX notices, read as `catalog run` reads them."""
    return {notice: file_to_result(RAW / f"{notice}.docx", RAW) for notice in NOTICES}


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("ext", ["doc", "wps"])
@pytest.mark.parametrize("notice", NOTICES)
def test_legacy_doc_rows_equal_docx_and_truth(
    read: Callable[[str], DocumentResult], docx_results: dict[str, DocumentResult], notice: str, ext: str
) -> None:
    result = read(f"{notice}.{ext}")
    assert (result.status, result.format) == ("catalog", "doc")
    assert _rows(result) == _rows(docx_results[notice])
    assert _rows(result, TRUTH_FIELDS) == load_truth(notice)["rows"]


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("notice", NOTICES)
def test_legacy_doc_meta_equals_docx(
    read: Callable[[str], DocumentResult], docx_results: dict[str, DocumentResult], notice: str
) -> None:
    meta = read(f"{notice}.doc").meta
    assert meta == docx_results[notice].meta
    assert meta.doc_number and meta.catalog_title.endswith("目录（第一批）")


@needs_soffice
@pytest.mark.slow
@pytest.mark.parametrize("notice", NOTICES)
def test_legacy_doc_lineage_is_the_raw_file(
    read: Callable[[str], DocumentResult], docx_results: dict[str, DocumentResult], notice: str
) -> None:
    name = f"{notice}.wps"
    result = read(name)
    sha256 = hashlib.sha256((LEGACY / name).read_bytes()).hexdigest()
    assert (result.source.path, result.source.sha256) == (name, sha256)
    refs = [ref for row in result.catalog.rows for ref in row.refs] if result.catalog else []
    assert {(ref.file, ref.sha256, ref.page, ref.bbox) for ref in refs} == {(name, sha256, None, None)}
    docx_refs = [ref for row in docx_results[notice].catalog.rows for ref in row.refs]  # type: ignore[union-attr]
    assert [(ref.table, ref.row) for ref in refs] == [(ref.table, ref.row) for ref in docx_refs]


@needs_soffice
@pytest.mark.slow
def test_legacy_doc_renamed_pdf_is_read_as_doc(tmp_path: Path, read: Callable[[str], DocumentResult]) -> None:
    shutil.copyfile(LEGACY / "wuxi-2021-49.doc", tmp_path / "notice.pdf")
    result = file_to_result(tmp_path / "notice.pdf", tmp_path)
    assert (result.status, result.format) == ("catalog", "doc")
    assert _rows(result) == _rows(read("wuxi-2021-49.doc"))


@needs_soffice
@pytest.mark.slow
def test_legacy_doc_table_at_the_very_end_survives(read: Callable[[str], DocumentResult]) -> None:
    result = read("end-table.doc")
    assert _rows(result, TRUTH_FIELDS) == load_truth(END_NOTICE)["rows"]
    assert result.meta.catalog_title == "某市国际职业资格比照认定职称目录（第一批）"


@needs_soffice
@pytest.mark.slow
def test_legacy_doc_table_at_the_very_end_without_footer_is_refused(
    tmp_path: Path, read: Callable[[str], DocumentResult]
) -> None:
    result = read("end-table-bare.doc")
    assert (result.status, result.step) == ("rejected", "read")
    assert "ends inside a table" in result.reason and "LibreOffice" in result.reason
    # Why: LibreOffice's .doc import gives no table back for it. When this fails, LibreOffice
    # keeps such a table, and the refusal in extractors/legacy.py can go.
    source = file_to_source(LEGACY / "end-table-bare.doc", LEGACY)
    converted = doc_to_docx(LEGACY / "end-table-bare.doc", tmp_path, shutil.which("soffice") or "", "x")
    assert read_docx(converted, source).tables == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("end-table-bare.doc", True), ("end-table.doc", False), ("wuxi-2021-49.doc", False),
     ("taizhou-2022-30.doc", False), ("wuxi-2021-49.xls", False)],
)  # fmt: skip
def test_legacy_main_text_ends_in_table(name: str, expected: bool) -> None:
    assert main_text_ends_in_table(LEGACY / name) is expected


@pytest.mark.parametrize(
    ("fixture", "renamed", "expected"),
    [
        ("wuxi-2021-49.doc", "notice.pdf", "doc"),
        ("wuxi-2021-49.wps", "notice.docx", "doc"),
        ("taizhou-2022-30.doc", "notice", "doc"),
        ("wuxi-2021-49.xls", "catalog.pdf", "xls"),
        ("wuxi-2021-49.et", "catalog.et", "xls"),
        ("wuxi-2021-49.xlsx", "catalog.html", "xlsx"),
        ("wuxi-2021-49.xlsx", "catalog.doc", "xlsx"),
    ],
)
def test_legacy_sniffed_by_content_not_name(tmp_path: Path, fixture: str, renamed: str, expected: str) -> None:
    shutil.copyfile(LEGACY / fixture, tmp_path / renamed)
    assert sniff_format(tmp_path / renamed) == expected


def test_legacy_doc_without_libreoffice_is_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    raw = tmp_path / "raw"
    raw.mkdir()
    path = raw / "wuxi-2021-49.doc"
    shutil.copyfile(LEGACY / path.name, path)
    before = path.read_bytes()
    result = file_to_result(path, raw)
    assert (result.status, result.step, result.format, result.catalog) == ("rejected", "converter-missing", None, None)
    assert "apt-get install libreoffice-writer-nogui" in result.reason
    assert "no-such-soffice" in result.reason
    assert path.read_bytes() == before and [p.name for p in raw.iterdir()] == [path.name]  # nothing lost


@needs_soffice
@pytest.mark.slow
def test_legacy_converter_missing_is_read_again_once_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw, state = tmp_path / "raw", tmp_path / "state"
    raw.mkdir()
    path = raw / "taizhou-2022-30.wps"
    shutil.copyfile(LEGACY / path.name, path)
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    missing = ExtractionCache(state).result(path, raw)
    assert missing.step == "converter-missing"
    save_run(state, "fingerprint", SimpleNamespace(results=(missing,)), None)
    assert saved_run(state, "fingerprint") is None  # the run is not kept: installing changes no fingerprint
    monkeypatch.delenv(legacy.SOFFICE_ENV)
    cache = ExtractionCache(state)
    assert cache.result(path, raw).status == "catalog" and cache.hits == 0
    assert cache.result(path, raw).status == "catalog" and cache.hits == 1  # a catalog is kept


def _script(path: Path, body: str) -> Path:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def test_legacy_conversion_timeout_stops_the_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The stand-in starts a child that holds the output pipes, as soffice starts soffice.bin:
    # unless the whole process group is stopped, reading the pipes waits for the child.
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(_script(tmp_path / "slow-soffice", "sleep 30 &\nwait")))
    monkeypatch.setattr(legacy, "CONVERT_TIMEOUT", 0.5)
    shutil.copyfile(LEGACY / "wuxi-2021-49.doc", tmp_path / "a.doc")
    started = time.monotonic()
    result = file_to_result(tmp_path / "a.doc", tmp_path)
    assert time.monotonic() - started < 10
    assert (result.status, result.step) == ("rejected", "read")
    assert "did not convert this binary Word file within 0.5 s" in result.reason


def test_legacy_conversion_failure_says_what_libreoffice_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = _script(tmp_path / "failing-soffice", "echo 'Error: source file could not be loaded' >&2\nexit 1")
    monkeypatch.setenv(legacy.SOFFICE_ENV, str(failing))
    shutil.copyfile(LEGACY / "wuxi-2021-49.doc", tmp_path / "a.doc")
    result = file_to_result(tmp_path / "a.doc", tmp_path)
    assert (result.status, result.step) == ("rejected", "read")
    assert result.reason == ("LibreOffice could not convert this binary Word file to .docx "
                             "(exit code 1: Error: source file could not be loaded)")  # fmt: skip


def _damaged(data: bytes) -> dict[str, bytes]:
    return {
        "cut in half": data[: len(data) // 2],
        "header then zeros": data[:8] + b"\0" * 4096,
        "header then noise": data[:512] + bytes((i * 7919 + 13) % 256 for i in range(8192)),
    }


@pytest.mark.parametrize("case", ["cut in half", "header then zeros", "header then noise"])
@pytest.mark.parametrize("fixture", ["wuxi-2021-49.doc", "wuxi-2021-49.xls"])
def test_legacy_damaged_ole_file_is_refused(tmp_path: Path, fixture: str, case: str) -> None:
    path = tmp_path / fixture
    path.write_bytes(_damaged((LEGACY / fixture).read_bytes())[case])
    with pytest.raises(UnsupportedFormat, match="a damaged old Office file .* its directory cannot be read"):
        sniff_format(path)
    result = file_to_result(path, tmp_path)
    assert (result.status, result.step) == ("rejected", "read")


def _renamed_stream(data: bytes, old: str, new: str) -> bytes:
    """The OLE2 file with a directory entry renamed (name field and its length, in place)."""
    out = bytearray(data)
    at = out.find(old.encode("utf-16-le") + b"\0\0")
    name = new.encode("utf-16-le") + b"\0\0"
    out[at : at + 64] = name + b"\0" * (64 - len(name))
    struct.pack_into("<H", out, at + 64, len(name))
    return bytes(out)


def test_legacy_ole_neither_word_nor_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.doc"
    path.write_bytes(_renamed_stream((LEGACY / "wuxi-2021-49.doc").read_bytes(), "WordDocument", "Contents"))
    with pytest.raises(UnsupportedFormat) as info:
        sniff_format(path)
    assert info.value.message == (
        "an OLE2 (old Office) file that is neither a Word (.doc/.wps) document nor an Excel (.xls/.et) workbook "
        "(its streams: 1Table, CompObj, Contents, DocumentSummaryInformation, Ole, SummaryInformation)"
    )


def test_legacy_encrypted_office_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(_renamed_stream((LEGACY / "wuxi-2021-49.xls").read_bytes(), "Workbook", "EncryptedPackage"))
    with pytest.raises(EncryptedDocument, match="password-protected"):
        sniff_format(path)


# --- OpenDocument text (.odt): converted to .docx by LibreOffice, as .doc is


def _converted(source: Path, folder: Path, to: str) -> Path:
    """`source` converted by LibreOffice (headless, a profile of its own) to the format `to` (odt, ods)."""
    folder.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--convert-to", to,
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)  # fmt: skip
    return folder / f"{source.stem}.{to}"


@needs_soffice
@pytest.mark.slow
def test_legacy_odt_rows_equal_truth_with_the_odt_as_lineage(tmp_path: Path) -> None:
    """The bundled Wuxi DOCX saved by LibreOffice as OpenDocument text, under a name that says nothing."""
    odt = _converted(RAW / "wuxi-2021-49.docx", tmp_path / "made", "odt")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(odt, raw / "notice")
    assert sniff_format(raw / "notice") == "odt"
    result = file_to_result(raw / "notice", raw)
    assert (result.status, result.format, result.meta.doc_number) == ("catalog", "odt", "锡人社职〔2021〕49号")
    assert _rows(result, TRUTH_FIELDS) == [row[:6] for row in load_truth("wuxi-2021-49")["rows"]]
    assert {ref.file for row in result.catalog.rows for ref in row.refs} == {"notice"}  # type: ignore[union-attr]


@needs_soffice
@pytest.mark.slow
def test_legacy_other_opendocument_files_are_refused_by_name(tmp_path: Path) -> None:
    ods = _converted(LEGACY / "wuxi-2021-49.xlsx", tmp_path, "ods")
    with pytest.raises(UnsupportedFormat, match=r"an OpenDocument file other than a text document .*spreadsheet.*save a spreadsheet as \.xlsx"):
        sniff_format(ods)
