"""`catalog serve` refuses, before anything starts, what cannot work: no real Prefect server
named, a server that does not answer, a watch file with a line that is not a URL. (A served
deployment on a real server: tests/flows/test_serve.py.)"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from catalog.cli import main
from tests.notices import RAW


@pytest.fixture(autouse=True)
def _here(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("CATALOG_RAW", "CATALOG_CURATED", "CATALOG_STATE", "PREFECT_API_URL"):
        monkeypatch.delenv(name, raising=False)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nothing listens there


def test_serve_without_a_prefect_server_says_how_to_start_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--raw", str(RAW)]) == 2
    err = capsys.readouterr().err
    assert "catalog serve: scheduling needs a real Prefect server, and PREFECT_API_URL is not set" in err
    assert "prefect server start" in err and "export PREFECT_API_URL=http://127.0.0.1:4200/api" in err


def test_serve_with_a_server_that_does_not_answer_stops(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    api = f"http://127.0.0.1:{closed_port()}/api"
    monkeypatch.setenv("PREFECT_API_URL", api)
    assert main(["serve", "--raw", str(RAW)]) == 2
    assert f"the Prefect server at {api} does not answer" in capsys.readouterr().err


def test_serve_watch_file_with_a_bad_line_stops_at_that_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "watch.txt").write_text("# 无锡\nhttps://hrss.example.cn/list.html\nhrss.example.cn/2\n", encoding="utf-8")
    assert main(["serve", "--watch", "watch.txt", "--raw", str(RAW)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'watch.txt'}:3: not an http(s) URL: 'hrss.example.cn/2'" in err


def test_serve_without_raw_folder_stops_before_the_server_is_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--raw", "nowhere"]) == 2
    assert "the raw folder" in capsys.readouterr().err
