"""What a fetched web page is (a notice, a listing of notices, or neither), what it links,
and the names its files are stored under. Pure: bytes and headers in, answers out.

What a page is, from its links, tables and headings (`page_kind`):
    notice        it links an attachment, or holds a catalog-like table (a header row among a
                  table's first rows that extractors/headers.py maps to catalog columns), or,
                  for a page given by the steward, its <title>, h1-h3 or an element whose class
                  or id holds "title" says 通知, 公告, 通告, 公示 or 目录.
    listing       not a notice by the first two tests, and it links notice pages.
    none          anything else: not a notice. A page reached by following a listing must link
                  an attachment or hold a catalog table (its link text said 通知 already): the
                  headings test is for pages a steward names.

An attachment link is an <a href> whose path, or one of whose query values, ends with an
attachment extension (ATTACHMENT_EXTENSIONS), or whose text, title or download attribute
does, or whose text starts with 附件 while its path is not a web page's (/download?id=2).
A notice-page link goes to the same host name as the page, is not an attachment, and its
text holds 通知, 公告, 通告, 公示 or 目录 and has at least MIN_TITLE_CHARS characters: a
notice's title, not a menu entry such as 通知公告.

Names: an attachment takes the server's name (Content-Disposition: RFC 5987 filename*= first,
then filename= in UTF-8 or GBK bytes, percent-encoded or RFC 2047), else the last part of the
final or the requested URL when it ends with an attachment extension (percent-decoded, UTF-8
or GBK), else the link text when it ends with one, else the URL's last part with an extension
from the content type. A page takes the last part of its URL, ending in .html. rawstore then
makes any of them safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from typing import Literal
from urllib.parse import parse_qsl, unquote, unquote_to_bytes, urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from extractors.headers import row_to_columns
from extractors.html import bytes_to_text

ATTACHMENT_EXTENSIONS = (".pdf", ".docx", ".docm", ".dotx", ".doc", ".wps", ".odt", ".xlsx", ".xls", ".et")
PAGE_EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml")
NOTICE_WORDS = ("通知", "公告", "通告", "公示", "目录")
MIN_TITLE_CHARS = 7
_CATALOG_HEADER_ROWS = 5  # a catalog's header is among a table's first rows
_CONTENT_TYPES = {"pdf": ".pdf", "msword": ".doc", "wordprocessingml": ".docx", "ms-excel": ".xls",
                  "spreadsheetml": ".xlsx", "wps-office.et": ".et", "kset": ".et", "wps": ".wps",
                  "opendocument.text": ".odt"}  # fmt: skip
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
PageKind = Literal["notice", "listing", "none"]


@dataclass(frozen=True)
class Link:
    """An <a href> on a page: absolute URL (no fragment) and its text."""

    url: str
    text: str


@dataclass(frozen=True)
class NoticePage:
    """What a page links and says, for deciding whether it is a notice."""

    title: str
    attachments: tuple[Link, ...]
    notice_links: tuple[Link, ...]
    has_catalog_table: bool
    says_notice: bool


# --- names ---------------------------------------------------------------------------------


def page_name(url: str) -> str:
    """A page's file name from its URL: the last path part, ending in .html (index.html for /)."""
    segment = url_to_name(url) or "index"
    return segment if segment.lower().endswith(PAGE_EXTENSIONS) else f"{segment}.html"


def attachment_name(disposition: bytes, url: str, requested_url: str, link_text: str, content_type: str,
                    head: bytes) -> str:  # fmt: skip
    """The server's name (Content-Disposition), else the URL's, else the link text's, else a guess."""
    name = disposition_to_name(disposition)
    if name:
        return name
    for given in (url, requested_url):
        if url_to_name(given).lower().endswith(ATTACHMENT_EXTENSIONS):
            return url_to_name(given)
    if link_text.lower().endswith(ATTACHMENT_EXTENSIONS):
        return link_text
    kind = content_type.lower()
    suffix = next((ext for key, ext in _CONTENT_TYPES.items() if key in kind), ".pdf" if head[:5] == b"%PDF-" else "")
    return (url_to_name(url) or link_text or "attachment") + suffix


def url_to_name(url: str) -> str:
    """The last part of a URL's path, percent-decoded (UTF-8, else GBK)."""
    return _decode_name(unquote_to_bytes(urlsplit(url).path.rsplit("/", 1)[-1]))


def is_web_page(content_type: str, head: bytes) -> bool:
    """An answer that is an HTML page (by its bytes first, then its content type), not a document."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"%pdf", b"pk\x03\x04", b"\xd0\xcf\x11\xe0")):
        return False
    return "html" in content_type.lower() or start.startswith((b"<!doctype html", b"<html"))


_FILENAME_STAR = re.compile(rb"filename\*\s*=\s*([^;]+)", re.IGNORECASE)
_FILENAME = re.compile(rb'filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)', re.IGNORECASE)


def disposition_to_name(value: bytes) -> str:
    """The file name of a Content-Disposition header: RFC 5987 filename*= first, then filename=
    as servers write it (UTF-8 or GBK bytes, percent-encoded, or RFC 2047 =?UTF-8?B?…?=)."""
    star = _FILENAME_STAR.search(value)
    if star:
        charset, _, rest = star.group(1).strip().strip(b'"').decode("latin-1").partition("'")
        try:
            name = unquote(rest.partition("'")[2], encoding=charset or "utf-8", errors="strict")
        except (LookupError, UnicodeDecodeError):
            name = ""
        if name.strip():
            return name.strip()
    plain = _FILENAME.search(value)
    if not plain:
        return ""
    raw = plain.group(1).strip()
    if len(raw) >= 2 and raw[:1] == raw[-1:] == b'"':
        raw = re.sub(rb"\\(.)", rb"\1", raw[1:-1])
    if re.search(rb"%[0-9A-Fa-f]{2}", raw):
        raw = unquote_to_bytes(raw)
    name = _decode_name(raw)
    if name.startswith("=?"):
        try:
            name = str(make_header(decode_header(name)))
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return name.strip()


def _decode_name(data: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# --- what a page is ------------------------------------------------------------------------


def html_to_page(data: bytes, url: str) -> NoticePage:
    """Read a page's title, headings, links and tables (links made absolute against `url`)."""
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", bytes_to_text(data), count=1))
    except (etree.ParserError, etree.LxmlError, ValueError):
        return NoticePage("", (), (), False, False)
    base = urljoin(url, (root.xpath("string(//base/@href)") or "").strip())
    title = " ".join((root.findtext(".//title") or "").split())
    headings = [title, *(el.text_content() for el in root.xpath(
        "//h1 | //h2 | //h3 | //*[contains(@class, 'title') or contains(@id, 'title')]"))]  # fmt: skip
    attachments: dict[str, Link] = {}
    pages: dict[str, Link] = {}
    own = {urldefrag(url)[0], urldefrag(base)[0]}
    for anchor in root.iter("a"):
        link = _anchor_to_link(anchor, base)
        if link is None or link.url in own:
            continue
        if _is_attachment(link, anchor):
            attachments.setdefault(link.url, link)
        elif _is_notice_link(link, url):
            pages.setdefault(link.url, link)
    return NoticePage(
        title=title, attachments=tuple(attachments.values()), notice_links=tuple(pages.values()),
        has_catalog_table=any(_is_catalog_table(table) for table in root.iter("table")),
        says_notice=any(word in text for text in headings for word in NOTICE_WORDS),
    )  # fmt: skip


def page_kind(page: NoticePage, *, followed: bool = False) -> PageKind:
    """notice, listing or none (not a notice), by the rules of the module docstring."""
    if page.attachments or page.has_catalog_table:
        return "notice"
    if page.notice_links:
        return "listing"
    return "notice" if page.says_notice and not followed else "none"


def _anchor_to_link(anchor: etree._Element, base: str) -> Link | None:
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:", "tel:")):
        return None
    absolute = urldefrag(urljoin(base, href))[0]
    if urlsplit(absolute).scheme.lower() not in ("http", "https"):
        return None
    text = " ".join((anchor.text_content() or "").split()) or (anchor.get("title") or "").strip()
    return Link(absolute, text)


def _is_attachment(link: Link, anchor: etree._Element) -> bool:
    parts = urlsplit(link.url)
    path = unquote(parts.path).lower()
    if path.endswith(ATTACHMENT_EXTENSIONS):
        return True
    if any(value.lower().strip().endswith(ATTACHMENT_EXTENSIONS) for _, value in parse_qsl(parts.query)):
        return True
    named = (link.text, anchor.get("title") or "", anchor.get("download") or "")
    if any(text.lower().strip().endswith(ATTACHMENT_EXTENSIONS) for text in named):
        return True
    return link.text.startswith("附件") and not path.endswith((*PAGE_EXTENSIONS, "/")) and bool(path.strip("/"))


def _is_notice_link(link: Link, page_url: str) -> bool:
    if (urlsplit(link.url).hostname or "") != (urlsplit(page_url).hostname or ""):
        return False
    return len(link.text) >= MIN_TITLE_CHARS and any(word in link.text for word in NOTICE_WORDS)


def _is_catalog_table(table: etree._Element) -> bool:
    for number, row in enumerate(table.iter("tr")):
        if number >= _CATALOG_HEADER_ROWS:
            return False
        cells = [cell.text_content() for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        if row_to_columns(cells) is not None:
            return True
    return False
