"""pipeline.provenance: retrievals by sha256 in raw/.provenance, oldest first; a repeat is not
appended twice (last_checked moves); writes are atomic; damaged files are skipped, never fatal;
`catalog run` never sees the folder."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.ingest import list_raw_files
from pipeline.provenance import (
    Retrieval,
    UrlState,
    load_provenance,
    load_url_state,
    record_retrieval,
    save_url_state,
    url_key,
)

SHA = "3e5e190e" + "0" * 56
FIRST = Retrieval(
    url="https://rsj.taizhou.gov.cn/files/目录.pdf", requested_url="https://rsj.taizhou.gov.cn/download?id=2",
    page_url="https://rsj.taizhou.gov.cn/art/2022/10/10/art_1.html", retrieved_at="2026-12-02T01:30:00Z",
    status=200, content_type="application/pdf", etag='"abc"', last_modified="Wed, 12 Oct 2022 08:00:00 GMT",
    sha256=SHA, size=1234, name="目录.pdf",
)  # fmt: skip


def stored(raw: Path, sha256: str = SHA) -> list[dict[str, object]]:
    return json.loads((raw / ".provenance" / f"{sha256}.json").read_text(encoding="utf-8"))


def test_provenance_none_is_empty(tmp_path: Path) -> None:
    assert load_provenance(tmp_path) == {} and load_provenance(tmp_path / "missing") == {}


def test_provenance_round_trip(tmp_path: Path) -> None:
    record_retrieval(tmp_path, FIRST)
    assert load_provenance(tmp_path) == {SHA: (FIRST,)}
    assert stored(tmp_path) == [{**FIRST.__dict__}]  # a plain list, Chinese kept as is
    assert "目录.pdf" in (tmp_path / ".provenance" / f"{SHA}.json").read_text(encoding="utf-8")


def test_provenance_repeat_updates_last_checked(tmp_path: Path) -> None:
    record_retrieval(tmp_path, FIRST)
    record_retrieval(tmp_path, replace(FIRST, retrieved_at="2026-12-09T01:30:00Z"))
    record_retrieval(tmp_path, replace(FIRST, retrieved_at="2026-12-05T01:30:00Z"))  # an older check comes late
    assert load_provenance(tmp_path) == {SHA: (FIRST,)}  # the first retrieval kept
    assert stored(tmp_path)[0]["last_checked"] == "2026-12-09T01:30:00Z"


def test_provenance_other_details_are_appended_oldest_first(tmp_path: Path) -> None:
    later = replace(FIRST, retrieved_at="2026-12-09T01:30:00Z", page_url="https://rsj.taizhou.gov.cn/list.html",
                    etag='"def"')  # fmt: skip
    earlier = replace(FIRST, retrieved_at="2026-11-01T00:00:00Z", url=FIRST.requested_url)
    for retrieval in (FIRST, later, earlier):
        record_retrieval(tmp_path, retrieval)
    other = replace(FIRST, sha256="f" * 64, name="other.pdf")
    record_retrieval(tmp_path, other)
    assert load_provenance(tmp_path) == {SHA: (earlier, FIRST, later), "f" * 64: (other,)}


def test_provenance_is_hidden_from_catalog_run(tmp_path: Path) -> None:
    (tmp_path / "目录.pdf").write_bytes(b"%PDF-1.4")
    record_retrieval(tmp_path, FIRST)
    save_url_state(tmp_path, UrlState("https://a/b", "https://a/b", "", "", "", SHA, 8, "目录.pdf", "x"))
    assert list_raw_files(tmp_path) == [tmp_path / "目录.pdf"]


@pytest.mark.parametrize(
    "data", [b"[{not json", b'{"a": 1}', b"[1, 2]", b"\xff\xfe[", b""]  # not JSON, not a list of objects, not UTF-8
)
def test_provenance_damaged_file_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture, data: bytes) -> None:
    record_retrieval(tmp_path, replace(FIRST, sha256="f" * 64))
    (tmp_path / ".provenance" / f"{SHA}.json").write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="pipeline.provenance"):
        found = load_provenance(tmp_path)
    assert set(found) == {"f" * 64} and "damaged" in caplog.text
    record_retrieval(tmp_path, FIRST)  # the damaged file is moved aside, a new list started
    assert load_provenance(tmp_path)[SHA] == (FIRST,)
    assert (tmp_path / ".provenance" / f"{SHA}.json.damaged").read_bytes() == data


def test_provenance_damaged_retrieval_is_skipped_others_kept(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    record_retrieval(tmp_path, FIRST)
    records = stored(tmp_path)
    records.append({**records[0], "status": "200", "retrieved_at": "2026-12-09T00:00:00Z"})  # a string status
    records.append({**records[0], "sha256": "0" * 64, "retrieved_at": "2026-12-10T00:00:00Z"})  # not this file's
    records.append({"url": "x"})
    (tmp_path / ".provenance" / f"{SHA}.json").write_text(json.dumps(records), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="pipeline.provenance"):
        assert load_provenance(tmp_path) == {SHA: (FIRST,)}
    assert caplog.text.count("is damaged and was skipped") == 3


def test_provenance_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    for day in range(1, 6):
        record_retrieval(tmp_path, replace(FIRST, retrieved_at=f"2026-12-0{day}T00:00:00Z", size=day))
    assert sorted(p.name for p in (tmp_path / ".provenance").iterdir()) == [".lock", f"{SHA}.json"]
    assert len(load_provenance(tmp_path)[SHA]) == 5


def test_provenance_concurrent_records_are_all_kept(tmp_path: Path) -> None:
    retrievals = [replace(FIRST, retrieved_at=f"2026-12-02T01:30:{n:02d}Z", size=n) for n in range(20)]
    threads = [threading.Thread(target=record_retrieval, args=(tmp_path, r)) for r in retrievals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert load_provenance(tmp_path)[SHA] == tuple(retrievals)


def test_provenance_url_state_round_trip_and_damage(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    state = UrlState("https://a/下载?id=2", "https://a/f.pdf", '"e"', "", "application/pdf", SHA, 8, "f.pdf",
                     "2026-12-02T01:30:00Z")  # fmt: skip
    assert load_url_state(tmp_path, state.requested_url) is None
    save_url_state(tmp_path, state)
    assert load_url_state(tmp_path, state.requested_url) == state
    path = tmp_path / ".provenance" / "urls" / f"{url_key(state.requested_url)}.json"
    for damage in ("{", '{"requested_url": "https://a/下载?id=2"}', "[]"):
        path.write_text(damage, encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger="pipeline.provenance"):
            assert load_url_state(tmp_path, state.requested_url) is None
    assert "damaged" in caplog.text
