"""Nothing done twice: the extraction cache and the run fingerprint (pipeline/cache.py)."""

import pickle
import shutil
from pathlib import Path

import pytest

from pipeline import cache
from pipeline.cache import ExtractionCache, run_fingerprint, save_run, saved_run
from pipeline.ingest import file_to_result
from pipeline.report import outline
from tests.notices import RAW


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW / "wuxi-2021-49.docx", folder)
    return folder


def test_cache_gives_the_result_a_fresh_read_gives_and_reads_once(raw: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = raw / "wuxi-2021-49.docx"
    store = ExtractionCache(tmp_path / "cache")
    first = store.result(path, raw)
    assert first == file_to_result(path, raw) and store.hits == 0
    monkeypatch.setattr(cache, "source_to_result", lambda *_: pytest.fail("parsed again"))
    again = ExtractionCache(tmp_path / "cache")
    assert again.result(path, raw) == first and again.hits == 1


def test_cache_misses_on_other_bytes_or_another_path(raw: Path, tmp_path: Path) -> None:
    path = raw / "wuxi-2021-49.docx"
    store = ExtractionCache(tmp_path / "cache")
    store.result(path, raw)
    moved = raw / "sub" / "renamed.docx"
    moved.parent.mkdir()
    shutil.copy(path, moved)
    result = store.result(moved, raw)
    assert result.source.path == "sub/renamed.docx" and store.hits == 0  # lineage names the new path
    before = store.result(path, raw).source.sha256
    path.write_bytes(path.read_bytes() + b"\0")  # other bytes: another sha256
    assert store.result(path, raw).source.sha256 != before and store.hits == 1  # only the unchanged read hit


def test_cache_damaged_entry_is_read_again(raw: Path, tmp_path: Path) -> None:
    path = raw / "wuxi-2021-49.docx"
    store = ExtractionCache(tmp_path / "cache")
    expected = store.result(path, raw)
    for entry in store.folder.iterdir():
        entry.write_bytes(b"not a pickle")
    assert ExtractionCache(tmp_path / "cache").result(path, raw) == expected


def test_cache_keeps_only_the_current_reader_version(raw: Path, tmp_path: Path) -> None:
    stale = tmp_path / "cache" / "extract" / "0000000000000000"
    stale.mkdir(parents=True)
    (stale / "x.pickle").write_bytes(pickle.dumps("old"))
    ExtractionCache(tmp_path / "cache").result(raw / "wuxi-2021-49.docx", raw)
    assert [p.name for p in (tmp_path / "cache" / "extract").iterdir()] == [cache.reader_version()]


def test_cache_never_keeps_a_bug(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.ingest.read_document", lambda *_: 1 / 0)
    store = ExtractionCache(tmp_path / "cache")
    assert store.result(raw / "wuxi-2021-49.docx", raw).step == "internal"
    assert not store.folder.exists() or not any(store.folder.iterdir())


def test_cache_makes_outlines_whole_again(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A reader process keeps the result in the cache and sends back its outline (no rows); the
    # release's process gets the rows from the cache, without reading the file again.
    (raw / "letter.txt").write_text("not a notice", encoding="utf-8")
    paths = sorted(raw.iterdir())
    store = ExtractionCache(tmp_path / "cache")
    whole = [store.result(path, raw) for path in paths]
    bare, rows = outline(whole)
    assert rows == 61 and all(not r.catalog.rows for r in bare if r.catalog is not None)
    monkeypatch.setattr(cache, "source_to_result", lambda *_: pytest.fail("parsed again"))
    assert ExtractionCache(tmp_path / "cache").whole(bare, raw) == whole
    monkeypatch.undo()
    shutil.rmtree(tmp_path / "cache")  # an entry gone meanwhile: the file is read again
    assert ExtractionCache(tmp_path / "cache").whole(bare, raw) == whole


def test_fingerprint_follows_raw_decisions_and_registry(raw: Path, tmp_path: Path) -> None:
    registry, decisions, curated = tmp_path / "issuers.toml", tmp_path / "decisions.csv", tmp_path / "curated"
    registry.write_text("x")
    files = [raw / "wuxi-2021-49.docx"]
    base = run_fingerprint(files, raw, registry, None, curated)
    assert run_fingerprint(files, raw, registry, None, curated) == base
    decisions.write_text("item_id\n")
    assert run_fingerprint(files, raw, registry, decisions, curated) != base
    registry.write_text("y")
    assert run_fingerprint(files, raw, registry, None, curated) != base
    shutil.copy(RAW / "taizhou-2022-30.docx", raw)
    assert run_fingerprint([*files, raw / "taizhou-2022-30.docx"], raw, tmp_path / "issuers.toml", None, curated) != base
    assert run_fingerprint(files, raw, tmp_path / "issuers.toml", None, tmp_path / "elsewhere") != run_fingerprint(
        files, raw, tmp_path / "issuers.toml", None, curated)


def test_the_pdf_reader_chosen_is_part_of_cache_and_fingerprint(raw: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    # Rows the pdfplumber reader read must not be served to a run with CATALOG_PDF_READER=pdfium
    # (the readers differ on some PDFs: tests/extractors/test_pdfium.py), nor the other way round,
    # and switching readers is not "nothing new".
    registry, curated, files = tmp_path / "issuers.toml", tmp_path / "curated", [raw / "wuxi-2021-49.docx"]
    registry.write_text("x")
    seen = {}
    for reader in ("pdfplumber", "pdfium"):
        monkeypatch.setenv("CATALOG_PDF_READER", reader)
        cache.reader_version.cache_clear()
        seen[reader] = (cache.reader_version(), ExtractionCache(tmp_path / "cache").folder,
                        run_fingerprint(files, raw, registry, None, curated))  # fmt: skip
    cache.reader_version.cache_clear()
    assert all(a != b for a, b in zip(seen["pdfplumber"], seen["pdfium"], strict=True))


def test_saved_run_only_under_its_fingerprint(tmp_path: Path) -> None:
    save_run(tmp_path, "abc", {"report": 1}, "v1")
    assert saved_run(tmp_path, "abc") == {"report": 1}
    assert saved_run(tmp_path, "abd") is None
    (tmp_path / "last-run.pickle").write_bytes(pickle.dumps({"report": 2}))  # swapped behind the stamp
    assert saved_run(tmp_path, "abc") is None
