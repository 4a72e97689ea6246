"""`catalog fetch` against the bureau-like site of tests/pipeline/test_fetch.py: what a steward
reads, the --json document, exit codes (0 all fetched, 1 something reported but files kept,
2 bad arguments or nothing fetched), and a fast `catalog --help` (httpx imported lazily)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import pipeline.fetch
from tests.catalog.conftest import Output
from tests.pipeline.test_fetch import PAGE, NoticeSite, build_site, raw_files, serve_site

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[NoticeSite]:
    """The bureau-like site of tests/pipeline/test_fetch.py, with quick retries."""
    monkeypatch.setattr(pipeline.fetch, "BACKOFF_SECONDS", 0.01)
    with serve_site() as found:
        yield found


def test_cli_fetch_notice_with_a_missing_attachment(cli: Callable[..., Output], site: NoticeSite,
                                                    tmp_path: Path) -> None:  # fmt: skip
    build_site(site)
    code, out, err = cli("fetch", site.url(PAGE), "--delay", "0")
    lines = out.splitlines()
    assert code == 1 and err == ""  # reported, the other files kept
    assert lines[0] == f"added: {site.url(PAGE)} -> t20221010_30.html"
    assert f"  added: {site.url('/go/att4')} -> att4.pdf (redirected to {site.url('/files/att4.pdf')})" in lines
    assert f"  missing: {site.url('/files/gone.pdf')} (the server has no such attachment (404 Not Found))" in lines
    assert lines[-1] == f"catalog fetch: 8 file(s) added, 0 unchanged in {tmp_path / 'raw'}; 3 problem(s)"
    assert len(raw_files(tmp_path / "raw")) == 8
    code, out, _ = cli("fetch", site.url(PAGE), "--delay", "0")
    assert code == 1 and f"unchanged: {site.url(PAGE)} -> t20221010_30.html (not modified)" in out.splitlines()
    assert out.splitlines()[-1] == f"catalog fetch: 0 file(s) added, 8 unchanged in {tmp_path / 'raw'}; 3 problem(s)"


def test_cli_fetch_all_fine_is_zero(cli: Callable[..., Output], site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    code, out, _ = cli("fetch", site.url("/notices/wuxi.html"), "--raw", "notices", "--delay", "0", "--timeout", "5")
    assert code == 0 and out.splitlines() == [
        f"added: {site.url('/notices/wuxi.html')} -> wuxi.html",
        f"catalog fetch: 1 file(s) added, 0 unchanged in {tmp_path / 'notices'}; 0 problem(s)",
    ]


def test_cli_fetch_listing_with_follow(cli: Callable[..., Output], site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    code, out, _ = cli("fetch", site.url("/list.html"), "--delay", "0")
    assert code == 2 and "use --follow to fetch them" in out  # nothing fetched
    code, out, _ = cli("fetch", site.url("/list.html"), "--follow", "--delay", "0")
    assert code == 1 and "wuxi.html" in raw_files(tmp_path / "raw") and "t20221010_30.html" in raw_files(tmp_path / "raw")


def test_cli_fetch_not_a_notice_is_two(cli: Callable[..., Output], site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    code, out, _ = cli("fetch", site.url("/about.html"), "--delay", "0")
    assert code == 2 and out.splitlines()[0].startswith(f"not-a-notice: {site.url('/about.html')} (no attachment links")
    assert raw_files(tmp_path / "raw") == {}


def test_cli_fetch_json(cli: Callable[..., Output], site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    code, out, _ = cli("fetch", site.url(PAGE), "--delay", "0", "--json")
    found = json.loads(out)
    assert code == 1 and found["raw"] == str(tmp_path / "raw") and found["problems"] == 3
    assert len(found["new_files"]) == 8 and found["results"][0]["status"] == "added"
    (redirected,) = [r for r in found["results"] if r["url"] == site.url("/go/att4")]
    assert redirected["final_url"] == site.url("/files/att4.pdf") and redirected["page_url"] == site.url(PAGE)
    assert redirected["kind"] == "attachment" and len(redirected["sha256"]) == 64 and redirected["http_status"] == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://bureau.example/a.html"], "catalog fetch: not a web address: 'ftp://bureau.example/a.html'"),
        (["bureau.example/a.html"], "catalog fetch: not a web address: 'bureau.example/a.html'"),
    ],
)
def test_cli_fetch_bad_url_is_a_usage_error(cli: Callable[..., Output], tmp_path: Path, args: list[str],
                                            message: str) -> None:  # fmt: skip
    code, out, err = cli("fetch", *args)
    assert code == 2 and out == ""
    assert err.splitlines() == [message, "  give a notice page's address, starting with http:// or https://"]
    assert not (tmp_path / "raw").exists()


def test_cli_fetch_negative_delay_is_a_usage_error(cli: Callable[..., Output]) -> None:
    code, _, err = cli("fetch", "https://bureau.example/a.html", "--delay", "-1")
    assert code == 2 and "--delay" in err and "Traceback" not in err


def test_cli_fetch_help_and_lazy_imports(cli: Callable[..., Output]) -> None:
    code, out, _ = cli("fetch", "--help")
    assert code == 0 and "Examples:" in out and "--follow" in out and "raw/.provenance" in out
    probe = "import sys; from catalog.cli import main; main(['--help']); print('httpx' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "False" and "catalog fetch URL" in result.stdout
