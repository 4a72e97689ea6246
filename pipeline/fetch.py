"""Fetch notices as published: a notice page and every attachment it links, into raw/.

`fetch_pages` GETs each page and decides what it is (pipeline/notice_page.py: a notice, a
listing of notices, or neither). A notice page is stored, then every attachment it links (PDF,
DOCX, DOC, WPS, XLS, XLSX, ET), with pipeline/rawstore.py's rules: safe names, the same bytes
never stored twice, only what `catalog run` can read. Where each file came from is recorded
in raw/.provenance (pipeline/provenance.py). A page that is not a notice is reported and
nothing of it is stored. A listing is never stored: with `follow` (`--follow`, and always for
the scheduled watcher) the notice pages it links are fetched as notice pages, one level deep;
without, it is reported as not a notice. A URL that answers with a document rather than a
web page is stored as that document; an attachment link that answers with a web page (a login
or error page) is reported missing, not stored.

HTTP: a User-Agent naming this tool and its version; a polite `delay` between requests to the
same host; redirects followed (the requested and the final URL are recorded). Timeouts,
connection errors, 429 and 5xx are tried again `retries` times, waiting BACKOFF_SECONDS doubled
at each try, or the server's Retry-After when longer (up to MAX_RETRY_AFTER: a longer wait is
reported as a failure, to try later). A request carries If-None-Match / If-Modified-Since when
the last answer for that URL gave an ETag / Last-Modified and its file is still in raw/ (same
name and size): 304 means unchanged. Otherwise the body's sha256 decides: bytes raw/ holds
already are "unchanged" and not stored again. Bodies are spooled to a temporary file (in memory
up to SPOOL_BYTES) and capped at extractors.sniff.MAX_FILE_BYTES. One URL's failure never
stops the others.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from importlib import metadata
from pathlib import Path
from typing import IO, Literal
from urllib.parse import urlsplit

import httpx

from core.errors import IngestError, UserError
from extractors.sniff import MAX_FILE_BYTES
from pipeline.notice_page import (
    NOTICE_WORDS,
    Link,
    NoticePage,
    PageKind,
    attachment_name,
    html_to_page,
    is_web_page,
    page_kind,
    page_name,
)
from pipeline.provenance import Retrieval, UrlState, load_url_state, record_retrieval, save_url_state
from pipeline.rawstore import raw_index, store_stream

BACKOFF_SECONDS = 1.0
MAX_RETRY_AFTER = 60.0
SPOOL_BYTES = 8 * 1024 * 1024

Status = Literal["added", "unchanged", "listing", "missing", "not-a-notice", "refused", "failed"]
PROBLEMS: frozenset[str] = frozenset({"missing", "not-a-notice", "refused", "failed"})


@dataclass(frozen=True)
class Fetched:
    """What became of one URL: a page or an attachment, and why when it was not kept."""

    url: str  # as requested
    kind: Literal["page", "attachment"]
    status: Status
    page_url: str = ""  # the page that linked it; "" for a page
    name: str = ""  # its file in raw/ (added or unchanged)
    final_url: str = ""
    sha256: str = ""
    http_status: int = 0
    reason: str = ""
    followed_from: str = ""  # the listing page it was found on (follow)

    @property
    def is_problem(self) -> bool:
        """Something for a steward: a missing, refused or failed URL, or a given page that is no notice."""
        return self.status in PROBLEMS and not (self.status == "not-a-notice" and self.followed_from)

    def __str__(self) -> str:
        """`status: URL -> name (redirected to …; why)`, the line a steward reads."""
        name = f" -> {self.name}" if self.name else ""
        notes = [f"redirected to {self.final_url}"] if self.final_url and self.final_url != self.url else []
        notes += [self.reason] if self.reason else []
        notes += ["not modified"] if self.http_status == 304 else []
        return f"{self.status}: {self.url}{name}" + (f" ({'; '.join(notes)})" if notes else "")


@dataclass(frozen=True)
class FetchReport:
    """Every URL fetched (given pages, their attachments, followed pages), in order."""

    raw_dir: Path
    results: tuple[Fetched, ...]

    @property
    def new_files(self) -> tuple[str, ...]:
        """Names newly stored in raw/."""
        return tuple(r.name for r in self.results if r.status == "added")

    @property
    def kept(self) -> tuple[Fetched, ...]:
        """Files in raw/ as published: newly added or unchanged."""
        return tuple(r for r in self.results if r.status in ("added", "unchanged"))

    @property
    def problems(self) -> tuple[Fetched, ...]:
        """What a steward should look at."""
        return tuple(r for r in self.results if r.is_problem)


def fetch_pages(urls: Sequence[str], raw_dir: Path, *, follow: bool = False, client: httpx.Client | None = None,
                delay: float = 1.0, timeout: float = 30.0, retries: int = 3) -> FetchReport:  # fmt: skip
    """Fetch notice pages and their attachments into raw/; network trouble is reported per URL."""
    given = list(dict.fromkeys(check_url(url) for url in urls))
    if not given:
        raise UserError("no URL given", hint="give the address of a notice page, e.g. https://hrss.example.gov.cn/…")
    raw_dir.mkdir(parents=True, exist_ok=True)
    session = _Session(client or httpx.Client(), raw_dir, delay, timeout, retries)
    results: list[Fetched] = []
    done = set(given)
    try:
        for url in given:
            found, to_follow = _fetch_page(session, url, follow=follow)
            results += found
            for link in (link for link in to_follow if link.url not in done):
                done.add(link.url)
                results += _fetch_page(session, link.url, follow=follow, followed_from=url)[0]
    finally:
        if client is None:
            session.client.close()
    return FetchReport(raw_dir, tuple(results))


def check_url(url: str) -> str:
    """The URL, stripped; UserError when it is not an http(s) address with a host."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UserError(f"not a web address: {url!r}",
                        hint="give a notice page's address, starting with http:// or https://")  # fmt: skip
    return text


def user_agent() -> str:
    """Names this tool and its version, so that a bureau's web master knows who fetches."""
    try:
        version = metadata.version("qualification-catalog")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"qualification-catalog/{version} (catalog fetch; reads published HR-bureau notices)"


# --- HTTP -----------------------------------------------------------------------------------


class _NotUsable(Exception):
    """No usable answer: "failed" (after retries) or "refused" (too large); the message says why."""

    def __init__(self, message: str, status: Status = "failed") -> None:
        super().__init__(message)
        self.status: Status = status


@dataclass
class _Answer:
    """One final HTTP answer; a 200's body spooled and hashed."""

    requested_url: str
    url: str
    status: int
    phrase: str
    content_type: str
    etag: str
    last_modified: str
    disposition: bytes
    retry_after: float | None
    retrieved_at: str
    body: IO[bytes] | None = None
    sha256: str = ""
    size: int = 0
    head: bytes = b""
    attempts: int = 1

    def reader(self) -> Callable[[int], bytes]:
        """read(n) over the body from its start."""
        assert self.body is not None
        self.body.seek(0)
        return self.body.read

    def read(self) -> bytes:
        """The whole body (pages are small)."""
        return self.reader()(-1)

    def close(self) -> None:
        """Drop the spooled body."""
        if self.body is not None:
            self.body.close()


@dataclass
class _Session:
    client: httpx.Client
    raw_dir: Path
    delay: float
    timeout: float
    retries: int
    last_request: dict[str, float] = field(default_factory=dict)
    _index: dict[str, str] | None = None

    @property
    def index(self) -> dict[str, str]:
        """sha256 -> name in raw/, hashed on the first download only."""
        if self._index is None:
            self._index = raw_index(self.raw_dir)
        return self._index

    def validators(self, url: str) -> UrlState | None:
        """The last answer's state, when its file is still in raw/ as it was stored."""
        state = load_url_state(self.raw_dir, url)
        if state is None or not state.name:
            return None
        path = self.raw_dir / state.name
        return state if path.is_file() and path.stat().st_size == state.size else None

    def get(self, url: str, state: UrlState | None) -> _Answer:
        """GET with retries; the final answer (200, 304, 4xx, or a 5xx/429 that did not pass)."""
        headers = {"User-Agent": user_agent()}
        if state is not None and state.etag:
            headers["If-None-Match"] = state.etag
        if state is not None and state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        why = ""
        for attempt in range(1, self.retries + 2):
            wait = BACKOFF_SECONDS * 2 ** (attempt - 1)
            try:
                answer = self._polite_request(url, headers)
            except httpx.TimeoutException:
                why = f"timed out (no answer within {self.timeout:g} s)"
            except httpx.TransportError as exc:
                why = f"could not connect, or the connection broke ({type(exc).__name__}: {exc})"
            except (httpx.RequestError, httpx.InvalidURL) as exc:  # too many redirects, a malformed link
                raise _NotUsable(f"{type(exc).__name__}: {exc}") from exc
            else:
                answer.attempts = attempt
                if answer.status != 429 and answer.status < 500 or attempt > self.retries:
                    return answer
                answer.close()
                if answer.retry_after is not None and answer.retry_after > MAX_RETRY_AFTER:
                    raise _NotUsable(f"the server answered {answer.status} {answer.phrase} and asks to wait "
                                     f"{answer.retry_after:.0f} s (more than {MAX_RETRY_AFTER:.0f} s); "
                                     "try again later")  # fmt: skip
                why = f"{answer.status} {answer.phrase}"
                wait = answer.retry_after if answer.retry_after is not None else wait
            if attempt <= self.retries:
                time.sleep(wait)
        raise _NotUsable(f"{why}, {self.retries + 1} time(s); try again later, or with a longer --timeout")

    def _polite_request(self, url: str, headers: dict[str, str]) -> _Answer:
        """One request, `delay` seconds after the end of the last one to the same host."""
        host = urlsplit(url).hostname or ""
        pause = self.last_request.get(host, float("-inf")) + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        try:
            return self._request(url, headers)
        finally:
            self.last_request[host] = time.monotonic()

    def _request(self, url: str, headers: dict[str, str]) -> _Answer:
        with self.client.stream("GET", url, headers=headers, timeout=self.timeout, follow_redirects=True) as response:
            answer = _Answer(
                requested_url=url, url=str(response.url), status=response.status_code, phrase=response.reason_phrase,
                content_type=response.headers.get("content-type", ""), etag=response.headers.get("etag", ""),
                last_modified=response.headers.get("last-modified", ""),
                disposition=next((v for k, v in response.headers.raw if k.lower() == b"content-disposition"), b""),
                retry_after=_retry_after(response.headers.get("retry-after", "")), retrieved_at=_now(),
            )  # fmt: skip
            if answer.status == 200:
                _spool(answer, response.iter_bytes())
            return answer


def _spool(answer: _Answer, chunks: Iterable[bytes]) -> None:
    """Hash the body into a temporary file, refusing it past MAX_FILE_BYTES."""
    digest, body = hashlib.sha256(), tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
    try:
        for chunk in chunks:
            answer.size += len(chunk)
            if answer.size > MAX_FILE_BYTES:
                raise _NotUsable(f"over the cap of {MAX_FILE_BYTES} bytes; not stored", "refused")
            digest.update(chunk)
            body.write(chunk)
    except BaseException:
        body.close()
        raise
    answer.body, answer.sha256 = body, digest.hexdigest()
    body.seek(0)
    answer.head = body.read(4096)


def _retry_after(value: str) -> float | None:
    """Retry-After as seconds from now (a number or an HTTP date); None when absent or unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdecimal():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- pages and attachments ------------------------------------------------------------------


def _fetch_page(session: _Session, url: str, *, follow: bool, followed_from: str = ""
                ) -> tuple[list[Fetched], tuple[Link, ...]]:  # fmt: skip
    """A page: stored with its attachments when it is a notice; the notice pages it links."""
    page = Fetched(url, "page", "failed", followed_from=followed_from)
    state = session.validators(url)
    try:
        answer = session.get(url, state)
    except _NotUsable as exc:
        return [replace(page, status=exc.status, reason=str(exc))], ()
    with closing(answer):
        if answer.status == 304 and state is not None:
            data, base, kept = (session.raw_dir / state.name).read_bytes(), state.url, _unchanged(session, state, page)
        elif answer.status != 200:
            return [_http_problem(page, answer)], ()
        elif not is_web_page(answer.content_type, answer.head):
            return [_keep(session, answer, _name(answer, ""), page)], ()
        else:
            data, base, kept = answer.read(), answer.url, None
        parsed = html_to_page(data, base)
        kind = page_kind(parsed, followed=bool(followed_from))
        if kind != "notice":
            status, reason = _not_kept(kind, parsed, follow, followed_from)
            found = replace(page, status=status, final_url=base, http_status=answer.status, reason=reason)
            return [found], parsed.notice_links if status == "listing" else ()
        kept = kept or _keep(session, answer, page_name(answer.url), page)
    attachments = [_fetch_attachment(session, link, kept.final_url or url) for link in parsed.attachments]
    return [kept, *attachments], parsed.notice_links if follow and not followed_from else ()


def _not_kept(kind: PageKind, page: NoticePage, follow: bool, followed_from: str) -> tuple[Status, str]:
    count = len(page.notice_links)
    if kind == "listing" and follow and not followed_from:
        return "listing", f"a listing of {count} notice page(s): those are fetched; the listing is not stored"
    if kind == "listing" and not followed_from:
        return "not-a-notice", f"a listing of {count} notice page(s), not a notice; use --follow to fetch them"
    if followed_from:
        return "not-a-notice", "links no attachment and holds no catalog table: not a catalog notice"
    words = "/".join(NOTICE_WORDS)
    return "not-a-notice", f"no attachment links, no catalog table and no {words} in its title or headings"


def _fetch_attachment(session: _Session, link: Link, page_url: str) -> Fetched:
    """One attachment: stored, unchanged, missing, refused or failed."""
    result = Fetched(link.url, "attachment", "failed", page_url=page_url)
    state = session.validators(link.url)
    try:
        answer = session.get(link.url, state)
    except _NotUsable as exc:
        return replace(result, status=exc.status, reason=str(exc))
    with closing(answer):
        if answer.status == 304 and state is not None:
            return _unchanged(session, state, result)
        if answer.status != 200:
            return _http_problem(result, answer)
        if is_web_page(answer.content_type, answer.head):
            return replace(result, status="missing", final_url=answer.url, http_status=200,
                           reason="the link answers with a web page (a login or error page?), not a file")  # fmt: skip
        return _keep(session, answer, _name(answer, link.text), result)


def _name(answer: _Answer, link_text: str) -> str:
    return attachment_name(answer.disposition, answer.url, answer.requested_url, link_text, answer.content_type,
                           answer.head)  # fmt: skip


def _http_problem(result: Fetched, answer: _Answer) -> Fetched:
    """A final answer other than 200 or 304: 4xx missing, anything else failed."""
    result = replace(result, final_url=answer.url, http_status=answer.status)
    what = f"{answer.status} {answer.phrase}".strip()
    if answer.status in (404, 410):
        return replace(result, status="missing", reason=f"the server has no such {result.kind} ({what})")
    if 400 <= answer.status < 500:
        return replace(result, status="missing", reason=f"the server refused it ({what})")
    return replace(result, reason=f"the server answered {what}, {answer.attempts} time(s); try again later")


def _keep(session: _Session, answer: _Answer, name: str, result: Fetched) -> Fetched:
    """Store a 200's body unless raw/ holds its bytes; record its provenance and validators."""
    result = replace(result, final_url=answer.url, sha256=answer.sha256, http_status=answer.status)
    if answer.sha256 in session.index:
        result = replace(result, status="unchanged", name=session.index[answer.sha256])
    else:
        try:
            added = store_stream(answer.reader(), name, answer.url, session.raw_dir, session.index)
        except IngestError as exc:
            return replace(result, status="refused", reason=exc.message)
        if added.status == "refused":
            return replace(result, status="refused", reason=f"{added.note}; not stored, `catalog run` cannot read it")
        result = replace(result, status="unchanged" if added.status == "present" else "added", name=added.name)
    record_retrieval(session.raw_dir, Retrieval(
        answer.url, answer.requested_url, result.page_url, answer.retrieved_at, answer.status, answer.content_type,
        answer.etag, answer.last_modified, answer.sha256, answer.size, result.name))  # fmt: skip
    save_url_state(session.raw_dir, UrlState(
        answer.requested_url, answer.url, answer.etag, answer.last_modified, answer.content_type, answer.sha256,
        answer.size, result.name, answer.retrieved_at))  # fmt: skip
    return result


def _unchanged(session: _Session, state: UrlState, result: Fetched) -> Fetched:
    """A 304: the file in raw/ is still what the URL serves; its provenance notes the check."""
    record_retrieval(session.raw_dir, Retrieval(
        state.url, state.requested_url, result.page_url, _now(), 200, state.content_type, state.etag,
        state.last_modified, state.sha256, state.size, state.name))  # fmt: skip
    return replace(result, status="unchanged", name=state.name, final_url=state.url, sha256=state.sha256,
                   http_status=304)  # fmt: skip
