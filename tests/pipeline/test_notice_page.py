"""pipeline.notice_page: which links are attachments and notice pages, what a page is, and the
names attachments are stored under (Content-Disposition in its many spellings)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from pipeline.notice_page import (
    MIN_TITLE_CHARS,
    attachment_name,
    disposition_to_name,
    html_to_page,
    is_web_page,
    page_kind,
    page_name,
)
from tests.notices import RAW

BASE = "https://rsj.example.gov.cn/art/2022/10/10/art_1.html"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"attachment; filename*=UTF-8''" + quote("附件1：目录.pdf").encode(), "附件1：目录.pdf"),
        (b"attachment; filename=\"fallback.pdf\"; filename*=utf-8''" + quote("目录.xlsx").encode(), "目录.xlsx"),
        (b"attachment; filename*=GBK''" + quote("目录.doc", encoding="gbk").encode(), "目录.doc"),
        (b'attachment; filename="' + "附件3 无锡目录.docx".encode("gbk") + b'"', "附件3 无锡目录.docx"),
        (b"attachment; filename=" + "名单.et".encode("gbk"), "名单.et"),
        (b'attachment; filename="' + "通知.wps".encode("utf-8") + b'"', "通知.wps"),
        (b'attachment; filename="' + quote("附件.pdf").encode() + b'"', "附件.pdf"),  # percent-encoded filename=
        (b'attachment; filename="' + quote("附件.pdf", encoding="gbk").encode() + b'"', "附件.pdf"),
        (b'attachment; filename="=?UTF-8?B?' + __import__("base64").b64encode("目录.pdf".encode()) + b'?="',
         "目录.pdf"),  # RFC 2047, as some Java servers write it
        (b'attachment; filename="a \\"b\\".pdf"', 'a "b".pdf'),
        (b"attachment; filename*=UTF-8''%E0%A4", ""),  # a broken RFC 5987 value and nothing else
        (b"inline", ""),
        (b"", ""),
    ],
)
def test_notice_page_disposition_to_name(header: bytes, expected: str) -> None:
    assert disposition_to_name(header) == expected


@pytest.mark.parametrize(
    ("disposition", "url", "requested", "text", "content_type", "expected"),
    [
        (b"attachment; filename=a.pdf", "https://x/b.pdf", "https://x/c.pdf", "d.pdf", "", "a.pdf"),
        (b"", "https://x/files/" + quote("附件2.docx"), "https://x/go/2", "附件2", "", "附件2.docx"),
        (b"", "https://x/files/" + quote("附件2.xls", encoding="gbk"), "https://x/go/2", "", "", "附件2.xls"),
        (b"", "https://x/download", "https://x/files/a.pdf", "", "", "a.pdf"),
        (b"", "https://x/download?id=3", "https://x/download?id=3", "附件3 目录.xlsx", "", "附件3 目录.xlsx"),
        (b"", "https://x/download?id=3", "https://x/download?id=3", "附件3", "application/pdf", "download.pdf"),
        (b"", "https://x/get?id=3", "https://x/get?id=3", "附件3", "application/vnd.ms-excel", "get.xls"),
        (b"", "https://x/", "https://x/", "附件3", "application/octet-stream", "附件3"),
    ],
)
def test_notice_page_attachment_name(disposition: bytes, url: str, requested: str, text: str, content_type: str,
                                     expected: str) -> None:  # fmt: skip
    assert attachment_name(disposition, url, requested, text, content_type, b"") == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x/art/2022/art_1.html", "art_1.html"),
        ("https://x/doc/2021/12/01/3527001.shtml", "3527001.shtml"),
        ("https://x/col/col123/", "index.html"),
        ("https://x/", "index.html"),
        ("https://x/notice?id=5", "notice.html"),
        ("https://x/" + quote("关于目录的通知.htm"), "关于目录的通知.htm"),
        ("https://x/art_1.jsp", "art_1.jsp.html"),
    ],
)
def test_notice_page_page_name(url: str, expected: str) -> None:
    assert page_name(url) == expected


def page(body: str, title: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("anchor", "attachment"),
    [
        ('<a href="files/a.pdf">目录</a>', "https://rsj.example.gov.cn/art/2022/10/10/files/a.pdf"),
        ('<a href="/files/A.DOCX#p1">目录</a>', "https://rsj.example.gov.cn/files/A.DOCX"),
        ('<a href="/down.jsp?filename=mulu.xls&id=2">下载</a>', "https://rsj.example.gov.cn/down.jsp?filename=mulu.xls&id=2"),
        ('<a href="/download?id=2">附件1：目录.wps</a>', "https://rsj.example.gov.cn/download?id=2"),
        ('<a href="/download?id=2" title="目录.et">下载</a>', "https://rsj.example.gov.cn/download?id=2"),
        ('<a href="/download?id=2" download="目录.xlsx">下载</a>', "https://rsj.example.gov.cn/download?id=2"),
        ('<a href="/download?id=2">附件1</a>', "https://rsj.example.gov.cn/download?id=2"),
        ('<a href="https://cdn.example.com/' + quote("附件.pdf") + '">附件</a>', "https://cdn.example.com/" + quote("附件.pdf")),
        ('<a href="/art/2022/art_2.html">附件1说明</a>', None),  # a page, though its text starts with 附件
        ('<a href="mailto:a@b.cn">附件.pdf</a>', None),
        ('<a href="javascript:download(\'a.pdf\')">附件.pdf</a>', None),
        ('<a href="#a.pdf">附件.pdf</a>', None),
        ('<a>附件.pdf</a>', None),
    ],
)
def test_notice_page_attachment_links(anchor: str, attachment: str | None) -> None:
    found = html_to_page(page(anchor), BASE)
    assert [link.url for link in found.attachments] == ([attachment] if attachment else [])


def test_notice_page_notice_links_same_host_titles_only() -> None:
    title = "关于公布国际职业资格比照认定目录的通知"
    anchors = (f'<a href="/art/2.html">{title}</a><a href="/art/2.html#x">{title}（重复）</a>'
               f'<a href="https://other.gov.cn/art/3.html">{title}</a><a href="/col/1.html">通知公告</a>'
               f'<a href="/art/4.html">关于2023年春节放假安排</a><a href="{BASE}">{title}</a>'
               f'<a href="/art/5.pdf">{title}</a>')  # fmt: skip
    found = html_to_page(page(anchors, "通知公告"), BASE)
    assert [(link.url, link.text) for link in found.notice_links] == [("https://rsj.example.gov.cn/art/2.html", title)]
    assert [link.url for link in found.attachments] == ["https://rsj.example.gov.cn/art/5.pdf"]
    assert len("通知公告") < MIN_TITLE_CHARS <= len(title)


def test_notice_page_base_href_and_gbk_page() -> None:
    data = ('<html><head><meta charset="gb2312"><base href="https://files.example.gov.cn/up/">'
            '<title>关于印发目录的通知</title></head><body><a href="a.pdf">附件</a></body></html>').encode("gbk")  # fmt: skip
    found = html_to_page(data, BASE)
    assert found.title == "关于印发目录的通知" and found.says_notice
    assert [link.url for link in found.attachments] == ["https://files.example.gov.cn/up/a.pdf"]


@pytest.mark.parametrize(
    ("data", "followed", "kind"),
    [
        (page('<a href="a.pdf">a</a>'), False, "notice"),  # an attachment
        ((RAW / "wuxi-2021-49.html").read_bytes(), True, "notice"),  # a catalog table
        (page("<h1>关于印发办法的通知</h1><p>正文</p>"), False, "notice"),  # a heading, given by the steward
        (page("<p>正文</p>", "关于印发办法的通知"), False, "notice"),  # the title
        (page('<div class="article-title">某某公告</div>'), False, "notice"),
        (page("<p>正文</p>", "关于印发办法的通知"), True, "none"),  # followed: needs an attachment or a table
        (page('<a href="/art/2.html">关于公布国际职业资格目录的通知</a>', "通知公告"), False, "listing"),
        (page("<table><tr><td>名称</td><td>单位</td><td>级别</td></tr></table>", "联系我们"), False, "none"),
        (page("<p>地址</p>", "联系我们"), False, "none"),
        (b"\x00\x01binary", False, "none"),
    ],
)
def test_notice_page_kind(data: bytes, followed: bool, kind: str) -> None:
    assert page_kind(html_to_page(data, BASE), followed=followed) == kind


@pytest.mark.parametrize(
    ("content_type", "head", "expected"),
    [
        ("text/html; charset=utf-8", b"<!DOCTYPE html>", True),
        ("application/octet-stream", b"\xef\xbb\xbf  <html>", True),
        ("text/html", b"%PDF-1.7", False),  # the bytes win over a wrong content type
        ("application/pdf", b"%PDF-1.7", False),
        ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", False),
        ("application/zip", b"PK\x03\x04", False),
    ],
)
def test_notice_page_is_web_page(content_type: str, head: bytes, expected: bool) -> None:
    assert is_web_page(content_type, head) is expected
