"""pipeline.fetch: a bureau-like site on 127.0.0.1, built from the bundled notices, fetched into
raw/ as published: exact files and bytes, provenance, redirects, missing and slow attachments,
retries, conditional requests (304) and hashes on the second fetch, listings (--follow).

No test touches the internet: the site is a ThreadingHTTPServer on port 0 in a thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

import pipeline.fetch
from core.errors import UserError
from pipeline.fetch import Fetched, FetchReport, fetch_pages, user_agent
from pipeline.ingest import list_raw_files
from pipeline.provenance import load_provenance, url_key
from tests.notices import RAW

LAST_MODIFIED = "Wed, 12 Oct 2022 08:00:00 GMT"
PAGE = "/notices/2022/t20221010_30.html"
SLOW_SECONDS = 2.0

Reply = tuple[int, dict[str, str], bytes]


def variant(data: bytes, number: int) -> bytes:
    """Other bytes of the same PDF: a comment after %%EOF (readers ignore it)."""
    return data + f"\n% variant {number}\n".encode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class NoticeSite:
    """A bureau's web site: routes by path (with query), the hits and answers per path."""

    routes: dict[str, Callable[[dict[str, str]], Reply]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    answers: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)  # path, status, request headers
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def static(self, path: str, body: bytes, content_type: str, *, etag: bool = True, modified: bool = True,
               headers: dict[str, str] | None = None) -> None:  # fmt: skip
        """A file with validators: If-None-Match / If-Modified-Since answer 304."""
        tag = f'"{sha(body)[:16]}"'

        def reply(request: dict[str, str]) -> Reply:
            sent = {"Content-Type": content_type, **(headers or {})}
            sent |= {"ETag": tag} if etag else {}
            sent |= {"Last-Modified": LAST_MODIFIED} if modified else {}
            if etag and request.get("if-none-match") == tag:
                return 304, sent, b""
            if modified and "if-none-match" not in request and request.get("if-modified-since") == LAST_MODIFIED:
                return 304, sent, b""
            return 200, sent, body

        self.routes[path] = reply

    def answer(self, path: str, status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.routes[path] = lambda _request: (status, headers or {}, body)


def build_site(site: NoticeSite) -> dict[str, bytes]:
    """The routes of the test site; the bytes served by name, for the assertions."""
    taizhou_pdf, taizhou_docx = (RAW / "taizhou-2022-30.pdf").read_bytes(), (RAW / "taizhou-2022-30.docx").read_bytes()
    wuxi_pdf, wuxi_docx = (RAW / "wuxi-2021-49.pdf").read_bytes(), (RAW / "wuxi-2021-49.docx").read_bytes()
    served = {"taizhou-2022-30.pdf": taizhou_pdf, "附件2目录.docx": taizhou_docx, "无锡市目录（第一批）.pdf": wuxi_pdf,
              "附件3 无锡目录.docx": wuxi_docx, "att4.pdf": variant(taizhou_pdf, 4), "flaky.pdf": variant(taizhou_pdf, 6),
              "att7.pdf": variant(taizhou_pdf, 7), "att9.pdf": variant(wuxi_pdf, 9)}  # fmt: skip
    links = [
        ("files/taizhou-2022-30.pdf", "附件1：目录.pdf"),  # relative to the page's folder
        (site.url("/files/" + quote("附件2目录.docx")), "附件2"),  # absolute, Chinese percent-encoded
        ("/download?id=2", "附件3（目录）"),  # Content-Disposition filename*=UTF-8''
        ("/download?id=3", "附件3 无锡目录"),  # Content-Disposition filename= in raw GBK bytes
        ("/go/att4", "附件4"),  # 302 to /files/att4.pdf
        ("/files/gone.pdf", "附件5 已撤回.pdf"),  # 404
        ("/flaky.pdf", "附件6.pdf"),  # 503 once, then 200
        ("/nocache/att7.pdf", "附件7.pdf"),  # no validators: the hash decides
        ("/download?id=8", "附件8.xlsx"),  # a login page, not a file
        ("/files/notes.xls", "附件9.xls"),  # text, not a document `catalog run` reads
        ("#top", "返回顶部"), ("javascript:window.print()", "打印本页"),  # never fetched
    ]  # fmt: skip
    anchors = "".join(f'<p><a href="{href}">{text}</a></p>' for href, text in links)
    page = (RAW / "taizhou-2022-30.html").read_text(encoding="utf-8").replace("</body>", anchors + "</body>")
    served[PAGE.rsplit("/", 1)[1]] = page.encode("utf-8")
    site.static(PAGE, page.encode("utf-8"), "text/html; charset=utf-8")
    site.static("/notices/2022/files/taizhou-2022-30.pdf", taizhou_pdf, "application/pdf")
    site.static("/files/" + quote("附件2目录.docx"), taizhou_docx, "application/octet-stream", modified=False)
    site.static("/download?id=2", wuxi_pdf, "application/pdf", modified=False, headers={
        "Content-Disposition": "attachment; filename*=UTF-8''" + quote("无锡市目录（第一批）.pdf")})  # fmt: skip
    site.static("/download?id=3", wuxi_docx, "application/msword", etag=False, headers={
        "Content-Disposition": 'attachment; filename="' + "附件3 无锡目录.docx".encode("gbk").decode("latin-1") + '"'})  # fmt: skip
    site.answer("/go/att4", 302, {"Location": "/files/att4.pdf"})
    site.static("/files/att4.pdf", served["att4.pdf"], "application/pdf")
    site.answer("/files/gone.pdf", 404, {"Content-Type": "text/html"}, b"<html><body>404</body></html>")
    flaky = iter([(503, {"Retry-After": "0"}, b"busy")])
    site.routes["/flaky.pdf"] = lambda _r: next(flaky, (200, {"Content-Type": "application/pdf"}, served["flaky.pdf"]))
    site.answer("/nocache/att7.pdf", 200, {"Content-Type": "application/pdf"}, served["att7.pdf"])
    site.answer("/download?id=8", 200, {"Content-Type": "text/html; charset=utf-8"},
                "<!DOCTYPE html><html><head><title>用户登录</title></head><body>请登录</body></html>".encode())  # fmt: skip
    site.answer("/files/notes.xls", 200, {"Content-Type": "application/vnd.ms-excel"}, "请于3月1日前报送。".encode())
    build_other_pages(site, served)
    return served


def build_other_pages(site: NoticeSite, served: dict[str, bytes]) -> None:
    """A notice with a slow and a busy attachment, a listing, a page that is no notice."""
    wuxi_html = (RAW / "wuxi-2021-49.html").read_bytes()
    served["wuxi.html"] = wuxi_html
    site.static("/notices/wuxi.html", wuxi_html, "text/html")
    slow_page = wuxi_html.replace(b"</body>", '<a href="/slow.pdf">附件1.pdf</a><a href="/busy.pdf">附件2.pdf</a>'
                                  '<a href="/nocache/att9.pdf">附件3.pdf</a></body>'.encode())  # fmt: skip
    served["slow.html"] = slow_page
    site.answer("/notices/slow.html", 200, {"Content-Type": "text/html"}, slow_page)

    def slow(_request: dict[str, str]) -> Reply:
        time.sleep(SLOW_SECONDS)
        return 200, {"Content-Type": "application/pdf"}, served["att9.pdf"]

    site.routes["/slow.pdf"] = slow
    site.answer("/busy.pdf", 429, {"Retry-After": "3600"})
    site.answer("/nocache/att9.pdf", 200, {"Content-Type": "application/pdf"}, served["att9.pdf"])
    listing = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>通知公告</title></head><body>
        <ul class="menu"><li><a href="/list.html">通知公告</a></li><li><a href="/other-list.html">公示公告</a></li>
        <li><a href="/about.html">联系我们</a></li></ul>
        <ul class="list">
        <li><a href="{PAGE}">关于印发《泰州市国际职业资格比照认定专业技术资格办法（试行）》的通知</a></li>
        <li><a href="notices/wuxi.html#content">关于公布无锡市国际职业资格比照认定职称目录的通知</a></li>
        <li><a href="{site.base.replace('127.0.0.1', 'localhost')}/notices/elsewhere.html">关于另一网站的通知公告全文</a></li>
        </ul></body></html>"""  # fmt: skip
    site.answer("/list.html", 200, {"Content-Type": "text/html; charset=gbk"}, listing.encode("gbk"))
    about = "<!DOCTYPE html><html><head><title>联系我们</title></head><body><h1>联系我们</h1><p>地址：人民路1号</p>"
    site.answer("/about.html", 200, {"Content-Type": "text/html; charset=utf-8"}, (about + "</body></html>").encode())


@contextmanager
def serve_site() -> Iterator[NoticeSite]:
    """A NoticeSite served on 127.0.0.1 (port 0) in a thread, stopped on leaving."""
    found = NoticeSite()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            headers = {k.lower(): v for k, v in self.headers.items()}
            found.hits[self.path] += 1
            route = found.routes.get(self.path)
            status, sent, body = route(headers) if route else (404, {}, b"not found")
            found.answers.append((self.path, status, headers))
            self.send_response(status)
            for name, value in sent.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    found.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[NoticeSite]:
    """The bureau's site for one test; `build_site` adds its routes."""
    with serve_site() as found:
        yield found


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.fetch, "BACKOFF_SECONDS", 0.01)


def fetch(site: NoticeSite, raw: Path, *paths: str, **options: object) -> FetchReport:
    options = {"delay": 0, "timeout": 5.0, "retries": 2, **options}
    with httpx.Client(trust_env=False) as client:
        return fetch_pages([site.url(p) for p in paths], raw, client=client, **options)  # type: ignore[arg-type]


def by_url(report: FetchReport, site: NoticeSite) -> dict[str, tuple[str, str]]:
    """path -> (status, name in raw/)."""
    return {r.url.removeprefix(site.base): (r.status, r.name) for r in report.results}


def raw_files(raw: Path) -> dict[str, str]:
    return {p.relative_to(raw).as_posix(): sha(p.read_bytes()) for p in list_raw_files(raw)}


FIRST_FETCH = {
    PAGE: ("added", "t20221010_30.html"),
    "/notices/2022/files/taizhou-2022-30.pdf": ("added", "taizhou-2022-30.pdf"),
    "/files/" + quote("附件2目录.docx"): ("added", "附件2目录.docx"),
    "/download?id=2": ("added", "无锡市目录（第一批）.pdf"),
    "/download?id=3": ("added", "附件3 无锡目录.docx"),
    "/go/att4": ("added", "att4.pdf"),
    "/files/gone.pdf": ("missing", ""),
    "/flaky.pdf": ("added", "flaky.pdf"),
    "/nocache/att7.pdf": ("added", "att7.pdf"),
    "/download?id=8": ("missing", ""),
    "/files/notes.xls": ("refused", ""),
}


# --- a notice page and its attachments -----------------------------------------------------


def test_fetch_notice_page_stores_page_and_attachments(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    report = fetch(site, raw, PAGE)
    assert by_url(report, site) == FIRST_FETCH
    stored = {name: served[name] for _, name in FIRST_FETCH.values() if name}
    assert raw_files(raw) == {name: sha(data) for name, data in stored.items()}  # the bytes as served, nothing else
    assert sorted(report.new_files) == sorted(stored)
    reasons = {r.url.removeprefix(site.base): r.reason for r in report.problems}
    assert set(reasons) == {"/files/gone.pdf", "/download?id=8", "/files/notes.xls"}
    assert reasons["/files/gone.pdf"] == "the server has no such attachment (404 Not Found)"
    assert reasons["/download?id=8"] == "the link answers with a web page (a login or error page?), not a file"
    assert reasons["/files/notes.xls"].endswith("; not stored, `catalog run` cannot read it")  # sniff's reason first
    assert site.hits["/flaky.pdf"] == 2 and site.hits["#top"] == 0  # retried once after the 503
    assert all(h["user-agent"] == user_agent() and user_agent().startswith("qualification-catalog/")
               for _, _, h in site.answers)  # fmt: skip


def test_fetch_records_provenance(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    fetch(site, raw, PAGE)
    found = load_provenance(raw)
    assert set(found) == {sha(served[name]) for _, name in FIRST_FETCH.values() if name}
    (redirected,) = found[sha(served["att4.pdf"])]
    assert redirected.requested_url == site.url("/go/att4") and redirected.url == site.url("/files/att4.pdf")
    assert redirected.page_url == site.url(PAGE) and redirected.status == 200 and redirected.name == "att4.pdf"
    assert redirected.content_type == "application/pdf" and redirected.etag == f'"{sha(served["att4.pdf"])[:16]}"'
    assert redirected.last_modified == LAST_MODIFIED and redirected.size == len(served["att4.pdf"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", redirected.retrieved_at)
    (page,) = found[sha(served["t20221010_30.html"])]
    assert (page.page_url, page.requested_url, page.name) == ("", site.url(PAGE), "t20221010_30.html")
    (gbk,) = found[sha(served["附件3 无锡目录.docx"])]
    assert (gbk.etag, gbk.last_modified, gbk.content_type) == ("", LAST_MODIFIED, "application/msword")
    assert not list((raw / ".provenance").glob(".writing-*"))


def test_fetch_again_downloads_only_what_changed(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    fetch(site, raw, PAGE)
    before, provenance, answered = raw_files(raw), load_provenance(raw), len(site.answers)
    report = fetch(site, raw, PAGE)
    again = {path: status for path, status, _ in site.answers[answered:]}
    validated = [PAGE, "/notices/2022/files/taizhou-2022-30.pdf", "/files/" + quote("附件2目录.docx"),
                 "/download?id=2", "/download?id=3", "/files/att4.pdf"]  # fmt: skip
    assert {path: again[path] for path in validated} == dict.fromkeys(validated, 304)  # no body sent again
    assert again["/nocache/att7.pdf"] == 200 and again["/flaky.pdf"] == 200  # no validators: the hash decides
    assert report.new_files == () and raw_files(raw) == before
    expected = {path: ("unchanged", name) if status == "added" else (status, name)
                for path, (status, name) in FIRST_FETCH.items()}  # fmt: skip
    assert by_url(report, site) == expected
    assert load_provenance(raw) == provenance  # a repeat is not appended: only last_checked moves
    record = json.loads((raw / ".provenance" / f"{sha(served['att7.pdf'])}.json").read_text(encoding="utf-8"))
    assert len(record) == 1 and record[0]["last_checked"] >= record[0]["retrieved_at"]


def test_fetch_changed_file_is_stored_beside_the_old(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    fetch(site, raw, PAGE)
    newer, revised = variant(served["att7.pdf"], 70), variant(served["taizhou-2022-30.pdf"], 10)
    site.answer("/nocache/att7.pdf", 200, {"Content-Type": "application/pdf"}, newer)
    site.static("/notices/2022/files/taizhou-2022-30.pdf", revised, "application/pdf")  # a new ETag: 200
    report = fetch(site, raw, PAGE)
    assert sorted(report.new_files) == sorted([f"att7-{sha(newer)[:8]}.pdf", f"taizhou-2022-30-{sha(revised)[:8]}.pdf"])
    assert raw_files(raw)["att7.pdf"] == sha(served["att7.pdf"])  # the old file stays as it was
    assert [r.name for r in load_provenance(raw)[sha(newer)]] == [f"att7-{sha(newer)[:8]}.pdf"]


def test_fetch_provenance_of_a_file_added_by_hand(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "by-hand.pdf").write_bytes(served["att7.pdf"])
    report = fetch(site, raw, PAGE)
    assert by_url(report, site)["/nocache/att7.pdf"] == ("unchanged", "by-hand.pdf")
    assert [r.name for r in load_provenance(raw)[sha(served["att7.pdf"])]] == ["by-hand.pdf"]
    assert "att7.pdf" not in raw_files(raw)


def test_fetch_damaged_provenance_never_stops_a_fetch(site: NoticeSite, tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    served = build_site(site)
    raw = tmp_path / "raw"
    fetch(site, raw, PAGE)
    (raw / ".provenance" / f"{sha(served['att4.pdf'])}.json").write_text("[{not json", encoding="utf-8")
    (raw / ".provenance" / "urls" / f"{url_key(site.url('/go/att4'))}.json").write_text("{}", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        report = fetch(site, raw, PAGE)
    assert by_url(report, site)["/go/att4"] == ("unchanged", "att4.pdf") and report.new_files == ()
    assert "damaged" in caplog.text
    assert [r.name for r in load_provenance(raw)[sha(served["att4.pdf"])]] == ["att4.pdf"]
    assert (raw / ".provenance" / f"{sha(served['att4.pdf'])}.json.damaged").exists()


def test_fetch_file_removed_from_raw_is_fetched_again(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    fetch(site, raw, PAGE)
    (raw / "att4.pdf").unlink()
    answered = len(site.answers)
    report = fetch(site, raw, PAGE)
    assert by_url(report, site)["/go/att4"] == ("added", "att4.pdf") and report.new_files == ("att4.pdf",)
    assert ("/files/att4.pdf", 200) in [(p, s) for p, s, _ in site.answers[answered:]]  # no validators sent
    assert raw_files(raw)["att4.pdf"] == sha(served["att4.pdf"])


# --- timeouts, retries, politeness ---------------------------------------------------------


def test_fetch_slow_and_busy_attachments_fail_the_rest_kept(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    raw = tmp_path / "raw"
    started = time.monotonic()
    report = fetch(site, raw, "/notices/slow.html", timeout=0.3, retries=1)
    assert time.monotonic() - started < SLOW_SECONDS * 2
    assert by_url(report, site) == {
        "/notices/slow.html": ("added", "slow.html"), "/slow.pdf": ("failed", ""), "/busy.pdf": ("failed", ""),
        "/nocache/att9.pdf": ("added", "att9.pdf"),
    }  # fmt: skip
    reasons = {r.url.removeprefix(site.base): r.reason for r in report.problems}
    assert reasons["/slow.pdf"] == "timed out (no answer within 0.3 s), 2 time(s); try again later, or with a longer --timeout"
    assert reasons["/busy.pdf"].startswith("the server answered 429 Too Many Requests and asks to wait 3600 s")
    assert site.hits["/slow.pdf"] == 2 and site.hits["/busy.pdf"] == 1  # Retry-After over the cap: no retry


def test_fetch_server_error_after_retries_is_failed(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    site.answer("/flaky.pdf", 503, {"Retry-After": "0"}, b"down")
    report = fetch(site, tmp_path / "raw", PAGE, retries=2)
    (flaky,) = [r for r in report.results if r.url.endswith("/flaky.pdf")]
    assert (flaky.status, flaky.http_status) == ("failed", 503) and site.hits["/flaky.pdf"] == 3
    assert flaky.reason == "the server answered 503 Service Unavailable, 3 time(s); try again later"


def test_fetch_unreachable_host_is_reported_not_raised(tmp_path: Path) -> None:
    report = fetch_pages(["http://127.0.0.1:9/notice.html"], tmp_path / "raw", delay=0, timeout=1, retries=0)
    (only,) = report.results
    assert only.status == "failed" and only.reason.startswith("could not connect") and report.problems == (only,)


def test_fetch_waits_between_requests_to_a_host(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    started = time.monotonic()
    fetch(site, tmp_path / "raw", "/notices/slow.html", "/about.html", delay=0.25, timeout=0.2, retries=0)
    assert time.monotonic() - started >= 0.25 * (len(site.answers) - 1)


# --- pages that are no notice, listings ----------------------------------------------------


def test_fetch_page_that_is_not_a_notice_stores_nothing(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    raw = tmp_path / "raw"
    report = fetch(site, raw, "/about.html")
    (about,) = report.results
    assert (about.status, about.name, about.http_status) == ("not-a-notice", "", 200)
    assert about.reason == "no attachment links, no catalog table and no 通知/公告/通告/公示/目录 in its title or headings"
    assert report.problems == (about,) and not list(raw.rglob("*"))  # not even provenance


def test_fetch_listing_without_follow_is_not_a_notice(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    raw = tmp_path / "raw"
    report = fetch(site, raw, "/list.html")
    assert [(r.status, r.reason) for r in report.results] == [
        ("not-a-notice", "a listing of 2 notice page(s), not a notice; use --follow to fetch them")]
    assert raw_files(raw) == {} and site.hits[PAGE] == 0


def test_fetch_listing_follows_notice_pages_one_level(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    raw = tmp_path / "raw"
    report = fetch(site, raw, "/list.html", follow=True)
    found = by_url(report, site)
    assert found["/list.html"] == ("listing", "") and found[PAGE] == ("added", "t20221010_30.html")
    assert found["/notices/wuxi.html"] == ("added", "wuxi.html")  # a catalog table, no attachment: a notice
    assert [r.followed_from for r in report.results if r.kind == "page"][1:] == [site.url("/list.html")] * 2
    assert set(raw_files(raw)) == {name for _, name in FIRST_FETCH.values() if name} | {"wuxi.html"}
    assert raw_files(raw)["wuxi.html"] == sha(served["wuxi.html"])
    assert site.hits["/other-list.html"] == site.hits["/about.html"] == 0  # menu entries are not titles
    assert all(not path.endswith("elsewhere.html") for path, _, _ in site.answers)  # another host
    assert site.hits["/list.html"] == 1 and all(r.kind == "attachment" for r in report.problems)


def test_fetch_followed_page_without_catalog_is_listed_not_a_problem(site: NoticeSite, tmp_path: Path) -> None:
    build_site(site)
    site.answer("/notices/wuxi.html", 200, {"Content-Type": "text/html"},
                "<html><head><title>关于春节放假的通知</title></head><body><p>放假。</p></body></html>".encode())  # fmt: skip
    site.answer(PAGE, 404)
    report = fetch(site, tmp_path / "raw", "/list.html", follow=True)
    followed = {r.url.removeprefix(site.base): r for r in report.results if r.followed_from}
    assert followed["/notices/wuxi.html"].status == "not-a-notice" and not followed["/notices/wuxi.html"].is_problem
    assert followed[PAGE].status == "missing" and report.problems == (followed[PAGE],)


def test_fetch_url_answering_with_a_document_stores_it(site: NoticeSite, tmp_path: Path) -> None:
    served = build_site(site)
    report = fetch(site, tmp_path / "raw", "/go/att4")
    assert [(r.status, r.name, r.final_url) for r in report.results] == [
        ("added", "att4.pdf", site.url("/files/att4.pdf"))]
    assert raw_files(tmp_path / "raw") == {"att4.pdf": sha(served["att4.pdf"])}


@pytest.mark.parametrize("url", ["ftp://example.gov.cn/a.html", "hrss.wuxi.gov.cn/notice.html", "http:///path", ""])
def test_fetch_unusable_url_is_a_user_error(tmp_path: Path, url: str) -> None:
    with pytest.raises(UserError, match="not a web address"):
        fetch_pages(["https://example.gov.cn/ok.html", url], tmp_path / "raw")
    assert not (tmp_path / "raw").exists()  # checked before anything is fetched


def test_fetch_report_properties() -> None:
    results = (Fetched("u1", "page", "added", name="a.html"), Fetched("u2", "attachment", "unchanged", name="b.pdf"),
               Fetched("u3", "attachment", "missing"), Fetched("u4", "page", "not-a-notice", followed_from="u0"),
               Fetched("u5", "page", "listing"))  # fmt: skip
    report = FetchReport(Path("raw"), results)
    assert report.new_files == ("a.html",) and report.kept == results[:2] and report.problems == (results[2],)
