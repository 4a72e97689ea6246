"""Regenerate tests/fixtures/unseen16: a seventh blind probe round of PDF producers, encodings and
layouts, and look-alikes.

    .venv/bin/python tests/make_unseen16.py              # every document
    .venv/bin/python tests/make_unseen16.py xiamen       # only these

PDFs made otherwise than the earlier rounds: English names set with ligatures (fi, fl: one glyph for
two letters) by Chromium, and that print drawn again by cairo (pdftocairo); a catalog drawn with Type3
fonts (glyphs as procedures, ligature glyphs among them) by a small writer here, as some report
generators and TeX bitmap fonts leave them; a print encrypted with an owner password only (AES-256,
printing allowed, copying not); a linearized PDF 2.0 whose objects are in object streams (qpdf); a
print with an incremental update whose later revision corrects rows of the first (only the current
revision is the notice). Web pages in GBK declared gb2312, in GBK declared utf-8 (a wrong charset),
and a page saved as MHTML (.mht). Layouts: 职业资格名称 and 译名 in one cell on two lines under one
heading; a catalog whose row is cut by a page break and whose last row stands alone on the last page
(no header repeated); 所属系列 merged down and written vertically (writing-mode: vertical-rl).

Look-alikes: an amendment (更正) listing only the changed rows (序号 5, 12, 17: published alone it is a
partial catalog); a 职称评审 schedule (评审系列 | 受理单位 | 联系人); a news page quoting two rows of a
catalog in prose.

Beside each document, <stem>.truth.json as tests/make_unseen9.py writes it, written before the
pipeline ever read the document: {"header", "rows"} or {"catalog": false, "why": ...}.
"""

from __future__ import annotations

import html
import quopri
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CANONICAL_HEADER,
    CSS,
    Made,
    Row,
    T,
    W,
    catalog_truth,
    chromium_pdf,
    docx_doc,
    docx_table,
    html_page,
    html_table,
    no_catalog,
    numbered,
    pick,
    th_row,
)

OUT = ROOT / "tests" / "fixtures" / "unseen16"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here
WIDTHS = (1.0, 4.2, 3.0, 4.6, 2.0, 2.2)


def lines_of(city: str, short: str, no: int, date: str) -> list[str]:
    return make_unseen9.notice_lines(
        city, f"{short}人社发〔2025〕{no}号", date, f"{city}国际职业资格比照认定职称目录（第一批）"
    )


def _docx_catalog(stem: str, lines: Sequence[str], rows: Sequence[Sequence[str]], tmp: Path,
                  widths: Sequence[float] = WIDTHS, keep: bool = True) -> Path:  # fmt: skip
    """A DOCX of the notice's lines and one table (header first in rows), and its LibreOffice print;
    `keep` False: the DOCX stays in tmp, only the print is kept."""
    doc = docx_doc()
    for line in lines:
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    docx_table(doc, rows, widths)
    src = (OUT if keep else tmp) / f"{stem}.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    return make_unseen9._pdf_from_docx(src, tmp) if keep else make_unseen9.soffice_to_pdf(src, tmp)


def _page(stem: str, lines: Sequence[str], tables: Sequence[str], css: str = CSS, pdf: bool = True) -> None:
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, tables, css), encoding="utf-8")
    if pdf:
        chromium_pdf(src, OUT / f"{stem}-chromium.pdf")


def _both(stem: str, truth: dict) -> list[Made]:
    return [Made(stem, truth), Made(f"{stem}-chromium", truth)]


# --- catalogs: producers ------------------------------------------------------------------------

LIGA_CSS = CSS.replace("font-family:'Noto Serif CJK SC',serif", "font-family:'DejaVu Serif','Noto Serif CJK SC',serif") + (
    "td,th{font-variant-ligatures:common-ligatures discretionary-ligatures;font-feature-settings:'liga' 1,'dlig' 1}"
)


def fuzhou(tmp: Path) -> list[Made]:
    """English names full of fi and fl set with ligatures (DejaVu Serif, liga and dlig on): Chromium
    draws one glyph for two letters. A web page, Chromium's print, and that print drawn again by
    cairo (pdftocairo -pdf), as some portals re-distill uploads."""
    rows = numbered(pick(T, 3, 5, 7, 17, 18, 19, 20, 21, 30, 31, 32, 51))
    _page("fuzhou", lines_of("福州市", "榕", 12, "2025年4月8日"), [html_table(th_row(CANONICAL_HEADER), rows)], LIGA_CSS)
    subprocess.run(["pdftocairo", "-pdf", str(OUT / "fuzhou-chromium.pdf"), str(OUT / "fuzhou-cairo.pdf")], check=True)
    truth = catalog_truth(rows)
    return [*_both("fuzhou", truth), Made("fuzhou-cairo", truth)]


def xiamen(tmp: Path) -> list[Made]:
    """A catalog drawn with Type3 fonts (every glyph a procedure, 255 to a font, a ToUnicode map;
    fi and fl are one ligature glyph each), ruled with lines: a producer no earlier round has."""
    rows = numbered(pick(W, 3, 25, 26, 27, 28, 29, 30, 48, 56, 58, 59, 60))
    lines = lines_of("厦门市", "厦", 27, "2025年6月16日")
    (OUT / "xiamen-type3.pdf").write_bytes(type3_pdf(lines, [CANONICAL_HEADER, *[list(r) for r in rows]]))
    return [Made("xiamen-type3", catalog_truth(rows))]


def xinyu(tmp: Path) -> list[Made]:
    """The Type3 writer's table drawn column after column (every 序号, then every name, …: the order
    some report servers export in) with no glyph for a space (words parted by their gap only)."""
    rows = numbered(pick(T, 21, 22, 23, 30, 31, 32, 33, 34, 35, 36, 37))
    lines = lines_of("新余市", "余", 16, "2025年7月14日")
    pdf = type3_pdf(lines, [CANONICAL_HEADER, *[list(r) for r in rows]], by_column=True, spaces=False)
    (OUT / "xinyu-columnwise.pdf").write_bytes(pdf)
    return [Made("xinyu-columnwise", catalog_truth(rows))]


def pingxiang(tmp: Path) -> list[Made]:
    """Type3 fonts with no ToUnicode map and glyph names that say nothing (/g1 …), the glyphs drawn as
    blocks (this writer draws no outlines, as a symbol or private font shows to a reader without it):
    neither the text layer nor the page picture says the catalog. The truth is the catalog the file
    was made from; the only right answer is "unreadable", never "no catalog"."""
    rows = numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8))
    lines = lines_of("萍乡市", "萍", 8, "2025年8月4日")
    pdf = type3_pdf(lines, [CANONICAL_HEADER, *[list(r) for r in rows]], to_unicode=False)
    (OUT / "pingxiang-unmapped.pdf").write_bytes(pdf)
    return [Made("pingxiang-unmapped", catalog_truth(rows))]


def ningde(tmp: Path) -> list[Made]:
    """LibreOffice's print encrypted with an owner password only (AES-256; printing allowed, copying
    and changing not), as bureaus protect attachments: it opens without a password."""
    rows = numbered(pick(T, 8, 9, 10, 11, 12, 13, 14, 15, 16))
    pdf = _docx_catalog("ningde", lines_of("宁德市", "宁", 9, "2025年3月3日"), [CANONICAL_HEADER, *rows], tmp,
                        keep=False)  # fmt: skip
    subprocess.run(["qpdf", "--encrypt", "", "bureau-owner-2025", "256", "--print=full", "--extract=n",
                    "--modify=none", "--", str(pdf), str(OUT / "ningde-encrypted.pdf")], check=True)  # fmt: skip
    return [Made("ningde-encrypted", catalog_truth(rows))]


def putian(tmp: Path) -> list[Made]:
    """LibreOffice's print rewritten by qpdf as a linearized ("fast web view") PDF 2.0 whose objects
    sit in object streams with a cross-reference stream."""
    rows = numbered(pick(W, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22))
    pdf = _docx_catalog("putian", lines_of("莆田市", "莆", 15, "2025年5月9日"), [CANONICAL_HEADER, *rows], tmp,
                        keep=False)  # fmt: skip
    subprocess.run(["qpdf", "--linearize", "--object-streams=generate", "--force-version=2.0", str(pdf),
                    str(OUT / "putian-linearized.pdf")], check=True)  # fmt: skip
    return [Made("putian-linearized", catalog_truth(rows))]


def sanming(tmp: Path) -> list[Made]:
    """An incremental update: the file is the draft's print, then a revision appended after its %%EOF
    (new objects, a new catalog object under the old number, an xref section with /Prev) that
    replaces the pages with the final print. The draft has row 4 as 助理工程师 and row 7 misspelt;
    only the current revision is the notice."""
    final = numbered(pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46))
    draft = [list(r) for r in final]
    draft[3][4] = "助理工程师" if final[3][4] != "助理工程师" else "工程师"
    draft[6][1] = draft[6][1].replace("e", "a", 1)
    lines = lines_of("三明市", "明", 22, "2025年7月1日")
    a = _docx_catalog("sanming-draft", lines, [CANONICAL_HEADER, *draft], tmp, keep=False)
    b = _docx_catalog("sanming-final", lines, [CANONICAL_HEADER, *final], tmp, keep=False)
    (OUT / "sanming-revised.pdf").write_bytes(incremental_update(a.read_bytes(), b, tmp))
    return [Made("sanming-revised", catalog_truth(final))]


# --- catalogs: encodings ------------------------------------------------------------------------


def _encoded_page(stem: str, lines: Sequence[str], rows: Sequence[Row], charset: str, encoding: str) -> None:
    page = html_page(lines, [html_table(th_row(CANONICAL_HEADER), rows)])
    page = page.replace("<meta charset='utf-8'>",
                        f"<meta http-equiv='Content-Type' content='text/html; charset={charset}'>")  # fmt: skip
    (OUT / f"{stem}.html").write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))


def quanzhou(tmp: Path) -> list[Made]:
    """A web page in GBK that declares charset=gb2312 (as many bureau CMSs do)."""
    rows = numbered(pick(T, 22, 23, 24, 25, 26, 27, 28, 29))
    _encoded_page("quanzhou-gbk", lines_of("泉州市", "泉", 31, "2025年8月20日"), rows, "gb2312", "gbk")
    return [Made("quanzhou-gbk", catalog_truth(rows))]


def zhangzhou(tmp: Path) -> list[Made]:
    """A web page in GBK whose meta declares charset=utf-8 (a template's charset over a pasted
    article): read as declared it is nonsense; the rows are as the bureau wrote them."""
    rows = numbered(pick(W, 47, 48, 49, 50, 51, 52, 53, 54))
    _encoded_page("zhangzhou-mislabeled", lines_of("漳州市", "漳", 6, "2025年9月9日"), rows, "utf-8", "gbk")
    return [Made("zhangzhou-mislabeled", catalog_truth(rows))]


def nanchang(tmp: Path) -> list[Made]:
    """A web page in GBK that declares no charset at all (no meta, no BOM), as old CMS pages are."""
    rows = numbered(pick(W, 23, 24, 31, 32, 33, 34, 35))
    page = html_page(lines_of("南昌市", "洪", 37, "2025年9月15日"), [html_table(th_row(CANONICAL_HEADER), rows)])
    page = page.replace("<meta charset='utf-8'>", "")
    (OUT / "nanchang-nocharset.html").write_bytes(page.encode("gbk", errors="xmlcharrefreplace"))
    return [Made("nanchang-nocharset", catalog_truth(rows))]


def jian(tmp: Path) -> list[Made]:
    """A web page in UTF-8 whose meta declares charset=gbk (the other wrong charset)."""
    rows = numbered(pick(T, 44, 45, 46, 47, 48, 49, 50, 51, 52))
    _encoded_page("jian-mislabeled", lines_of("吉安市", "吉", 19, "2025年4月22日"), rows, "gbk", "utf-8")
    return [Made("jian-mislabeled", catalog_truth(rows))]


def nanping(tmp: Path) -> list[Made]:
    """A notice page saved by a browser as MHTML (.mht: multipart/related, the page quoted-printable)."""
    rows = numbered(pick(T, 33, 34, 35, 36, 37, 38, 39))
    page = html_page(lines_of("南平市", "南", 18, "2025年10月10日"), [html_table(th_row(CANONICAL_HEADER), rows)])
    page = page.replace("<meta charset='utf-8'>", "<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>")
    boundary = "----MultipartBoundary--Qk3Zp9rT2vXyL8mN1cB4sD6fG0hJ5wE7aR----"
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    url = "http://rsj.np.gov.cn/cms/html/npsrlzyhshbzj/2025-10-10/1234567.html"
    mht = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        "Subject: =?utf-8?Q?=E5=85=B3=E4=BA=8E=E5=85=AC=E5=B8=83?=\r\n"
        "Date: Fri, 10 Oct 2025 09:12:44 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-5F1E2D3C4B5A69788796A5B4C3D2E1F0@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n\r\n"
        + body.replace("\n", "\r\n")
        + f"\r\n\r\n--{boundary}--\r\n"
    )
    (OUT / "nanping.mht").write_bytes(mht.encode("ascii"))
    return [Made("nanping", catalog_truth(rows))]


# --- catalogs: layouts --------------------------------------------------------------------------


def ganzhou(tmp: Path) -> list[Made]:
    """职业资格名称 and 译名 in one cell, the English on the first line and the Chinese on the second
    (two paragraphs), under one heading 职业资格名称及译名. DOCX and LibreOffice's print."""
    rows = numbered(pick(T, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50))
    doc = docx_doc()
    for line in lines_of("赣州市", "赣", 14, "2025年2月17日"):
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    header = ["序号", "职业资格名称及译名", "颁证单位", "对应职称", "所属系列"]
    table = docx_table(doc, [header, *[[s, q, i, t, se] for s, q, z, i, t, se in rows]], (1.0, 6.2, 5.0, 2.2, 2.4))
    for r, row in enumerate(rows, start=1):
        table.cell(r, 1).add_paragraph(row[2])  # type: ignore[attr-defined]
    src = OUT / "ganzhou-libreoffice.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    make_unseen9._pdf_from_docx(src, tmp)
    truth = catalog_truth(rows)
    return [Made("ganzhou-libreoffice", truth)]


def _diagonal(cell: object) -> None:
    """A 斜线表头: a diagonal from the top left corner (w:tl2br), 项目 at the top right, 序号 below left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cell.text = "项目"  # type: ignore[attr-defined]
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT  # type: ignore[attr-defined]
    cell.add_paragraph("序号")  # type: ignore[attr-defined]
    borders = OxmlElement("w:tcBorders")
    line = OxmlElement("w:tl2br")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
        line.set(qn(key), value)
    borders.append(line)
    cell._tc.get_or_add_tcPr().append(borders)  # type: ignore[attr-defined]


def yichun(tmp: Path) -> list[Made]:
    """A diagonal-split header cell (斜线表头) over the 序号 column: 项目 top right, 序号 bottom left,
    a tl2br border between. DOCX and LibreOffice's print."""
    rows = numbered(pick(W, 31, 32, 33, 34, 35, 36, 49, 50, 51, 52))
    doc = docx_doc()
    for line in lines_of("宜春市", "宜", 23, "2025年5月26日"):
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.6, 4.0, 3.0, 4.4, 2.0, 2.0))
    _diagonal(table.cell(0, 0))  # type: ignore[attr-defined]
    src = OUT / "yichun-libreoffice.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    make_unseen9._pdf_from_docx(src, tmp)
    return [Made("yichun-libreoffice", catalog_truth(rows))]


JIUJIANG_PAD = 14  # blank lines before the table: rows 2 and 10 are cut by a break, row 26 is alone (tuned by looking)


def jiujiang(tmp: Path) -> list[Made]:
    """A catalog over two pages plus one row: a row whose issuer runs over several lines is cut by
    the page break (序号 on one page, the rest of its cells on both), and the last row stands alone
    on the last page; the header is printed once (no repeat). DOCX and LibreOffice's print."""
    rows = numbered(pick(W, *range(1, 13)) + pick(T, *range(1, 15)))
    long = list(rows[14])
    long[3] = long[3].replace(" (", "\n(")
    rows = [*rows[:14], tuple(long), *rows[15:]]
    doc = docx_doc(font_pt=11)
    for line in lines_of("九江市", "浔", 40, "2025年11月18日"):
        doc.add_paragraph(line)  # type: ignore[attr-defined]
    for _ in range(JIUJIANG_PAD):
        doc.add_paragraph("")  # type: ignore[attr-defined]
    table = docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], WIDTHS)
    for paragraph in table.cell(15, 3).paragraphs:  # type: ignore[attr-defined]
        paragraph.paragraph_format.space_after = Pt(24)
    src = OUT / "jiujiang-libreoffice.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    make_unseen9._pdf_from_docx(src, tmp)
    truth = catalog_truth([(*r[:3], r[3].replace("\n", " "), *r[4:]) for r in rows])
    return [Made("jiujiang-libreoffice", truth)]


VERTICAL_CSS = CSS + ".v{writing-mode:vertical-rl;text-align:center;letter-spacing:2pt}"


def shangrao(tmp: Path) -> list[Made]:
    """所属系列 merged down over each series' rows (rowspan) and written vertically (writing-mode:
    vertical-rl, one character under the other). A web page and Chromium's print."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7) + pick(T, 25, 26, 27, 28, 29, 30))
    body = ""
    for k, row in enumerate(rows):
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in row[:5])
        if k == 0 or rows[k - 1][5] != row[5]:
            span = sum(1 for r in rows if r[5] == row[5])
            cells += f"<td rowspan='{span}' class='v'>{html.escape(row[5])}</td>"
        body += f"<tr>{cells}</tr>\n"
    table = f"<table><thead>{th_row(CANONICAL_HEADER)}</thead><tbody>\n{body}</tbody></table>\n"
    _page("shangrao", lines_of("上饶市", "饶", 26, "2025年12月2日"), [table], VERTICAL_CSS)
    return _both("shangrao", catalog_truth(rows))


LETTERHEAD_CSS = ("@page{size:A4;margin:0}body{margin:0;font-family:'Noto Serif CJK SC',serif}"
                  ".page{height:297mm;position:relative;page-break-after:always}"
                  ".head{position:absolute;top:6mm;width:100%;text-align:center;color:#c00;font-size:16pt;"
                  "border-bottom:2px solid #c00}"
                  ".mark{position:absolute;top:120mm;left:30mm;font-size:60pt;color:rgba(0,0,0,0.12);"
                  "transform:rotate(-30deg)}")  # fmt: skip


def _overlay_page(tmp: Path, name: str, pages: int, inner: str) -> Path:
    body = "".join(f"<div class='page'>{inner}</div>" for _ in range(pages))
    src = tmp / f"{name}.html"
    src.write_text(f"<!doctype html><html><head><meta charset='utf-8'><style>{LETTERHEAD_CSS}</style></head>"
                   f"<body>{body}</body></html>", encoding="utf-8")  # fmt: skip
    return make_unseen9.chromium_to_pdf(src, tmp / f"{name}.pdf")


def shaowu(tmp: Path) -> list[Made]:
    """LibreOffice's print laid by qpdf over a red letterhead (the print's pages become form XObjects
    on the letterhead's pages), then a light grey diagonal watermark 仅供参考 laid over everything (a
    form XObject of text across the table), as bureaus stamp what they post."""
    rows = numbered(pick(T, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24))
    pdf = _docx_catalog("shaowu", lines_of("邵武市", "邵", 3, "2025年6月30日"), [CANONICAL_HEADER, *rows], tmp,
                        keep=False)  # fmt: skip
    count = int(subprocess.run(["qpdf", "--show-npages", str(pdf)], capture_output=True, text=True, check=True).stdout)
    head = _overlay_page(tmp, "letterhead", count, "<div class='head'>邵武市人力资源和社会保障局文件</div>")
    mark = _overlay_page(tmp, "watermark", count, "<div class='mark'>仅供参考</div>")
    laid = tmp / "laid.pdf"
    subprocess.run(["qpdf", str(head), "--overlay", str(pdf), "--", str(laid)], check=True)
    subprocess.run(["qpdf", str(laid), "--overlay", str(mark), "--", str(OUT / "shaowu-stamped.pdf")], check=True)
    return [Made("shaowu-stamped", catalog_truth(rows))]


def wuyishan(tmp: Path) -> list[Made]:
    """A DOCX as web-to-Word exporters write it: the whole notice page, catalog and all, one HTML part
    the body imports by w:altChunk; document.xml holds no paragraph of its own. Word and WPS show it."""
    import zipfile

    rows = numbered(pick(W, 25, 26, 27, 28, 29, 30, 31, 32))
    page = html_page(lines_of("武夷山市", "武", 10, "2025年5月5日"), [html_table(th_row(CANONICAL_HEADER), rows)])
    doc = docx_doc()
    body = doc.element.body  # type: ignore[attr-defined]
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    plain = tmp / "wuyishan-plain.docx"
    doc.save(str(plain))  # type: ignore[attr-defined]
    out = OUT / "wuyishan-altchunk.docx"
    rel = ('<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'aFChunk" Target="afchunk1.html"/>')  # fmt: skip
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"<Default Extension=\"xml\"",
                                    b"<Default Extension=\"html\" ContentType=\"text/html\"/><Default Extension=\"xml\"")  # fmt: skip
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            elif item.filename == "word/document.xml":
                data = re.sub(rb"<w:body>", b'<w:body><w:altChunk r:id="rIdChunk1"/>', data, count=1)
            dst.writestr(item, data)
        dst.writestr("word/afchunk1.html", page.encode("utf-8"))
    return [Made("wuyishan-altchunk", catalog_truth(rows))]


# --- look-alikes --------------------------------------------------------------------------------


def longyan(tmp: Path) -> list[Made]:
    """An amendment (更正): the rows of an earlier catalog that changed, 序号 5, 12, 17 as in the
    catalog, under the catalog's header. Published alone it is a partial catalog."""
    picked = pick(W, 5, 12, 17)
    rows = [(s, *r) for s, r in zip(("5", "12", "17"), picked)]
    lines = ["龙人社函〔2025〕44号", "关于更正《龙岩市国际职业资格比照认定职称目录（第一批）》部分内容的通知",
             "各县（市、区）人力资源和社会保障局，各有关单位：",
             "我局于2025年6月印发的目录中，下列条目有误，现予更正，其余内容不变。",
             "龙岩市人力资源和社会保障局", "2025年9月26日", "附件", "更正条目"]  # fmt: skip
    _docx_catalog("longyan-libreoffice", lines, [CANONICAL_HEADER, *rows], tmp)
    why = no_catalog("an amendment listing only the corrected rows (序号 5, 12, 17): a partial catalog, not to publish alone")
    return [Made("longyan-libreoffice", why)]


def jingdezhen(tmp: Path) -> list[Made]:
    """A 职称评审 schedule: 评审系列, levels (高级工程师 …), the office that takes applications, a contact."""
    header = ["序号", "评审系列", "评审级别", "受理单位", "联系人", "联系电话", "申报截止时间"]
    body = [["1", "工程系列", "高级工程师", "景德镇市人力资源和社会保障局专业技术人员管理科", "王老师", "0798-8561234", "2025年9月30日"],
            ["2", "工程系列", "工程师、助理工程师", "景德镇市工业和信息化局人事科", "李老师", "0798-8562345", "2025年9月30日"],
            ["3", "陶瓷工艺美术系列", "高级工艺美术师", "景德镇陶瓷大学人事处", "张老师", "0798-8499876", "2025年10月15日"],
            ["4", "卫生系列", "主治医师", "景德镇市卫生健康委员会", "刘老师", "0798-8223456", "2025年10月15日"]]  # fmt: skip
    lines = ["景人社发〔2025〕21号", "关于做好2025年度职称评审工作的通知", "各县（市、区）人力资源和社会保障局，各有关单位：",
             "现将2025年度职称评审工作安排通知如下，取得国际职业资格比照认定职称的，按本通知时间申报。",
             "景德镇市人力资源和社会保障局", "2025年8月1日", "附件", "2025年度职称评审受理安排表"]  # fmt: skip
    _page("jingdezhen", lines, [html_table(th_row(header), body)])
    return _both("jingdezhen", no_catalog("a 职称评审 schedule (评审系列 | 受理单位 | 联系人), not a catalog"))


def yingtan(tmp: Path) -> list[Made]:
    """A news page about a catalog, quoting two of its rows in prose; no table."""
    lines = ["鹰潭市发布首批国际职业资格比照认定职称目录", "来源：鹰潭市人力资源和社会保障局  发布时间：2025-06-20",
             "日前，市人社局印发《鹰潭市国际职业资格比照认定职称目录（第一批）》，共收录52项国际职业资格。",
             "例如，美国焊接协会（American Welding Society）颁发的注册焊接检验师（Certified Welding Inspector）"
             "可比照认定为工程师（机械工程系列）；美国临床研究专业协会颁发的注册临床研究协调员"
             "（Certified Clinical Research Coordinator）可比照认定为助理工程师（医药工程系列）。",
             "市人社局有关负责人表示，目录将根据产业发展需要动态调整。"]  # fmt: skip
    _page("yingtan", lines, [])
    return _both("yingtan", no_catalog("a news page quoting two rows of a catalog in prose: no table, nothing to publish"))


# --- writers: Type3 fonts, incremental updates -----------------------------------------------------

LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of a cell's text within width (CJK 1 em, Latin ½ em), broken at spaces where it can."""
    out, line = [], ""
    for word in re.findall(r"[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]|\s+", text):
        if _advance(line + word.rstrip(), size) > width and line:
            out.append(line.rstrip())
            line = word.lstrip()
        else:
            line += word
    return [*out, line.rstrip()] if line.strip() else out


def _glyph_width(ch: str) -> int:
    return 1000 if ord(ch) >= 0x2E80 and ch not in LIGATURES.values() else 560 if ch in LIGATURES.values() else 500


def _advance(text: str, size: float) -> float:
    return sum(_glyph_width(c) for c in _ligated(text)) * size / 1000


def _ligated(text: str) -> str:
    for pair, glyph in LIGATURES.items():
        text = text.replace(pair, glyph)
    return text


def type3_pdf(lines: Sequence[str], table: Sequence[Sequence[str]], by_column: bool = False, spaces: bool = True,
              to_unicode: bool = True) -> bytes:  # fmt: skip
    """One A4 page: the notice's lines, then a ruled table, every glyph drawn by a Type3 font.
    `by_column`: the table's cells drawn column after column (every 序号, then every name …);
    `spaces` False: no glyph for a space, the gap only; `to_unicode` False: no ToUnicode map and
    glyph names that say nothing (/g1 …), so the text cannot be recovered from the file."""
    size, lead = 7.5, 9.5
    widths = (26, 138, 86, 150, 58, 58)
    x0, y = 36.0, 800.0
    ops: list[str] = []
    cell_ops: list[tuple[int, int, list[str]]] = []
    chars: dict[str, tuple[int, int]] = {}

    def show(text: str, x: float, y: float) -> None:
        for ch in _ligated(text):
            if ch == " " and not spaces:
                x += _glyph_width(ch) * size / 1000
                continue
            if ch not in chars:
                n = len(chars)
                chars[ch] = (n // 250, n % 250 + 1)
            font, code = chars[ch]
            ops.append(f"BT /T{font} {size} Tf {x:.2f} {y:.2f} Td <{code:02X}> Tj ET")
            x += _glyph_width(ch) * size / 1000

    for line in lines:
        show(line, x0, y)
        y -= 16
    y -= 4
    top = y
    ys = [top]
    for row in table:
        cells = [_wrap(c, w - 6, size) for c, w in zip(row, widths)]
        height = max(len(c) for c in cells) * lead + 6
        x = x0
        for column, (cell, w) in enumerate(zip(cells, widths)):
            mark = len(ops)
            for k, text in enumerate(cell):
                show(text, x + 3, y - 3 - size - k * lead + 1.5)
            cell_ops.append((column, len(ys), ops[mark:]))
            del ops[mark:]
            x += w
        y -= height
        ys.append(y)
    for _, _, drawn in sorted(cell_ops, key=lambda c: (c[0], c[1]) if by_column else (c[1], c[0])):
        ops += drawn
    right = x0 + sum(widths)
    ops += [f"{x0:.2f} {v:.2f} m {right:.2f} {v:.2f} l S" for v in ys]
    x = x0
    for w in (0, *widths):
        x += w
        ops.append(f"{x:.2f} {top:.2f} m {x:.2f} {ys[-1]:.2f} l S")
    return _type3_file("0.6 w\n" + "\n".join(ops), chars, to_unicode)


def _type3_file(content: str, chars: dict[str, tuple[int, int]], to_unicode: bool = True) -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"

    procs = {w: add(stream(f"{w} 0 0 0 {w - 60} 700 d1 40 0 {w - 120} 700 re f".encode())) for w in (500, 560, 1000)}
    fonts = []
    for font in range(max(f for f, _ in chars.values()) + 1):
        mine = sorted((code, ch) for ch, (f, code) in chars.items() if f == font)
        last = mine[-1][0]
        names = " ".join(f"/g{code}" for code, _ in mine)
        char_procs = " ".join(f"/g{code} {procs[_glyph_width(ch)]} 0 R" for code, ch in mine)
        width = {code: _glyph_width(ch) for code, ch in mine}
        cmap = _to_unicode({code: ch for code, ch in mine})
        unicode = f"/ToUnicode {add(stream(cmap.encode()))} 0 R" if to_unicode else ""
        fonts.append(add((
            f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
            f"/CharProcs << {char_procs} >> /Encoding << /Type /Encoding /Differences [1 {names}] >> "
            f"/FirstChar 1 /LastChar {last} /Widths [{' '.join(str(width.get(c, 0)) for c in range(1, last + 1))}] "
            f"/Resources << >> {unicode} >>").encode()))  # fmt: skip
    contents = add(stream(content.encode()))
    font_dict = " ".join(f"/T{k} {ref} 0 R" for k, ref in enumerate(fonts))
    pages = len(objects) + 2
    page = add((f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {contents} 0 R "
                f"/Resources << /Font << {font_dict} >> >> >>").encode())  # fmt: skip
    add(f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    root = add(f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _to_unicode(codes: dict[int, str]) -> str:
    def hex16(ch: str) -> str:
        text = {v: k for k, v in LIGATURES.items()}.get(ch, ch)
        return "".join(f"{b:02X}" for b in text.encode("utf-16-be"))

    entries = "\n".join(f"<{code:02X}> <{hex16(ch)}>" for code, ch in sorted(codes.items()))
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /T3 def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<01> <FF>\nendcodespacerange\n"
            f"{len(codes)} beginbfchar\n{entries}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            "end\nend\n")  # fmt: skip


def incremental_update(first: bytes, later: Path, tmp: Path) -> bytes:
    """`first` with an incremental update appended that makes `later`'s pages the document: later's
    objects renumbered past first's, first's catalog object number given later's catalog."""
    plain = tmp / "later-plain.pdf"
    subprocess.run(["qpdf", "--object-streams=disable", "--decode-level=none", str(later), str(plain)], check=True)
    data = plain.read_bytes()
    size = int(re.findall(rb"/Size (\d+)", first)[-1])
    root = int(re.findall(rb"/Root (\d+) 0 R", first)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", first)[-1])
    info = re.findall(rb"/Info (\d+) 0 R", first)
    later_root = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    starts = [(int(m.group(1)), m.start()) for m in re.finditer(rb"(?m)^(\d+) 0 obj", data)]
    end = data.rfind(b"xref")

    def renumber(part: bytes) -> bytes:
        return re.sub(rb"(\d+) 0 R", lambda m: b"%d 0 R" % (int(m.group(1)) + size), part)

    out = bytearray(first if first.endswith(b"\n") else first + b"\n")
    offsets: dict[int, int] = {}
    for k, (n, start) in enumerate(starts):
        stop = starts[k + 1][1] if k + 1 < len(starts) else end
        body = data[start:stop].split(b" 0 obj", 1)[1]
        head, sep, rest = body.partition(b"stream\n")
        number = root if n == later_root else n + size
        offsets[number] = len(out)
        out += b"%d 0 obj" % number + renumber(head) + sep + rest
        if not out.endswith(b"\n"):
            out += b"\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    new_size = max(offsets) + 1
    trailer = b"/Size %d /Root %d 0 R /Prev %d" % (new_size, root, prev)
    if info:
        trailer += b" /Info " + info[-1] + b" 0 R"
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    fuzhou, xiamen, xinyu, pingxiang, ningde, putian, sanming, quanzhou, zhangzhou, nanchang, jian, nanping,
    shaowu, wuyishan, ganzhou, yichun, jiujiang, shangrao, longyan, jingdezhen, yingtan,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
