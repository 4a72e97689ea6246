"""`catalog serve` on a real Prefect server: a scheduled deployment fetches a bureau-like site,
and a notice dropped into the site later is fetched, run and published by itself.

Everything is on loopback: `prefect server start` on a free port with its own home, the site
from http.server, and `catalog serve` as a steward starts it. No test touches the internet.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from flows.watch import STOP_GRACE_SECONDS
from tests.notices import FIXTURES, RAW, ROOT
from tests.prefect_api import start_server, stop_server

BIN = Path(sys.executable).parent
WUXI, TAIZHOU = "wuxi-2021-49", "taizhou-2022-30"
# The first notice attaches its catalog as .docx, the second as an old Word .doc (converted by LibreOffice).
ATTACHMENT = {WUXI: RAW / f"{WUXI}.docx", TAIZHOU: FIXTURES / "legacy" / f"{TAIZHOU}.doc"}


def wait_for(check: Callable[[], bool], seconds: float, what: str, logs: Callable[[], str] = lambda: "") -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    pytest.fail(f"waited {seconds:.0f} s for {what}\n{logs()}")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prefect server (not the temporary one), as `prefect server start` runs it."""
    server, api = start_server(tmp_path_factory.mktemp("prefect-server"), PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="1")
    try:
        yield api
    finally:
        stop_server(server)


def notice_page(name: str) -> str:
    """The bundled web page of a notice, with a link to its Word attachment, as bureaus publish."""
    html = (RAW / f"{name}.html").read_text(encoding="utf-8")
    file = ATTACHMENT[name].name
    link = f'<p>附件：<a href="../files/{file}">{file}</a></p>'
    return html.replace("</body>", f"{link}</body>") if "</body>" in html else html + link


def write_site(site: Path, names: list[str]) -> None:
    """A bureau's notices column: a listing page that links each notice page."""
    (site / "files").mkdir(parents=True, exist_ok=True)
    items = []
    for number, name in enumerate(names, start=1):
        (site / f"n{number}").mkdir(exist_ok=True)
        (site / f"n{number}" / "index.html").write_text(notice_page(name), encoding="utf-8")
        shutil.copy(ATTACHMENT[name], site / "files" / ATTACHMENT[name].name)
        items.append(f'<li><a href="n{number}/index.html">关于印发国际职业资格比照认定职称目录的通知（{number}）</a></li>')
    listing = f"<html><head><title>通知公告</title></head><body><h1>通知公告</h1><ul>{''.join(items)}</ul></body></html>"
    (site / "list.html").write_text(listing, encoding="utf-8")


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "site"
    root.mkdir()
    write_site(root, [WUXI])
    handler = partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        pass


def run_log(state: Path) -> list[dict[str, object]]:
    path = state / "logs" / "runs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.is_file() else []


def published(state: Path) -> list[dict[str, object]]:
    return [line for line in run_log(state) if "published" in line["events"]]  # type: ignore[operator]


def current_rows(curated: Path, table: str) -> list[dict[str, str]]:
    with (curated / "current" / f"{table}.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_serve_fetches_runs_and_publishes_a_notice_dropped_into_the_watched_site(
    prefect_server: str, site: tuple[Path, str], tmp_path: Path
) -> None:
    root, base = site
    work = tmp_path / "work"
    (work / "raw").mkdir(parents=True)
    (work / "watch.txt").write_text(f"# the bureau's notices column\n{base}/list.html\n", encoding="utf-8")
    state = work / ".catalog"
    # PYTHONPATH: the checkout's code, as run_cli runs it, whichever checkout the venv was installed from
    env = {**os.environ, "PREFECT_API_URL": prefect_server, "CATALOG_STATE": str(state), "PYTHONPATH": str(ROOT),
           "PREFECT_RUNNER_POLL_FREQUENCY": "1", "PREFECT_HOME": str(tmp_path / "prefect-client")}  # fmt: skip
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(proxy, None)  # the site is on loopback
    out = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([str(BIN / "catalog"), "serve", "--watch", "watch.txt", "--every", "5", "--delay", "0"],
                             cwd=work, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    logs = lambda: (tmp_path / "serve.log").read_text() + json.dumps(run_log(state), ensure_ascii=False)  # noqa: E731
    try:
        wait_for(lambda: len(published(state)) >= 1, 240, "the first scheduled run to publish", logs)
        first = published(state)[0]
        assert first["trigger"] == "schedule" and first["exit_code"] == 0
        assert sorted(first["fetched"]["new_files"]) == sorted([f"{WUXI}.docx", "index.html"])  # type: ignore[index]
        [notice] = current_rows(work / "curated", "notices")
        assert (notice["city"], notice["source_url"]) == ("无锡", f"{base}/n1/index.html")

        write_site(root, [WUXI, TAIZHOU])  # the bureau publishes the next notice
        wait_for(lambda: len(published(state)) >= 2, 240, "the scheduled run after a new notice", logs)
    finally:
        serve.send_signal(signal.SIGINT)  # as Ctrl-C in the steward's terminal
        # It stops within the run in progress's grace (flows/watch.py STOP_GRACE_SECONDS) plus
        # a little: Prefect's own serve waited for that run, minutes under load, or forever.
        stopping = time.monotonic()
        try:
            serve.wait(timeout=STOP_GRACE_SECONDS + 30)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
        out.close()
        stopped_in = time.monotonic() - stopping
    second = published(state)[1]
    assert second["events"] == ["published"] and second["exit_code"] == 0
    new_files = second["fetched"]["new_files"]  # type: ignore[index]
    assert len(new_files) == 2 and f"{TAIZHOU}.doc" in new_files  # the second page is stored under a free name
    notices = {n["city"]: n for n in current_rows(work / "curated", "notices")}
    assert set(notices) == {"无锡", "泰州"} and notices["泰州"]["source_url"] == f"{base}/n2/index.html"
    entries = current_rows(work / "curated", "entries")
    by_city = {city: [e for e in entries if e["city"] == city] for city in notices}
    assert len(by_city["无锡"]) == 61 and len(by_city["泰州"]) == 52
    assert {e["source_url"] for e in by_city["泰州"]} == {f"{base}/files/{TAIZHOU}.doc"}  # converted, lineage kept
    assert notices["泰州"]["formats"] == "doc;html"
    # the runs were the server's: flow runs of the deployment, completed, seen in the Prefect UI
    runs = httpx.post(f"{prefect_server}/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}},
                      timeout=10).json()  # fmt: skip
    assert len([r for r in runs if r.get("deployment_id")]) >= 2
    said = (tmp_path / "serve.log").read_text()
    assert serve.returncode == 0, f"stopped in {stopped_in:.0f} s, exit {serve.returncode}\n{logs()}"
    assert f"catalog serve: stopped; {work / 'curated'} stays at version " in said
    # no flow run of it left running on its own (the killed ones may take a moment to be reaped)
    wait_for(lambda: not _left_in_session(serve.pid), 10, "serve's processes to end",
             lambda: "\n".join(_left_in_session(serve.pid)))  # fmt: skip


def _left_in_session(session: int) -> list[str]:
    """The live processes (not zombies) of a session, each as its /proc stat and command line."""
    left = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[0] != "Z" and int(fields[4]) == session:
                left.append(f"{stat.read_text()[:120]} {(stat.parent / 'cmdline').read_bytes()[:300]!r}")
        except (OSError, ValueError, IndexError):
            continue
    return left
