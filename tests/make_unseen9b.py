"""Regenerate tests/fixtures/unseen9b: a blind probe round of the table furniture real notices print.

    .venv/bin/python tests/make_unseen9b.py

Each catalog shows one kind of furniture: a notes row and a 合计 row inside the table (泰兴); a
续表 label and a repeated header over the table's continuation on the next page (江阴); a page
header and a "— 2 —" page number printed between the table's pages (宜兴); 序号 printed "（1）"
(句容) or 一, 二 … (高邮), or merged over the sub-rows of one qualification with two issuers
(金坛); 国别/地区 and 备注 columns (海门); a blank separator row and cells printed "/" and "—" (启东); two titles in one
对应职称 cell (丹阳); a DOCX whose first table row is the caption merged across all columns,
over a header split in two rows (如皋); closing rows in cells of their own (扬中); a fixed
page header and footer printed inside the table's extent (靖江).

PDFs are printed by LibreOffice (from the DOCX) and Chromium (from the HTML), with the Noto CJK
fonts. Beside each document, <stem>.truth.json {"header", "rows"}: the canonical header (序号
职业资格名称 译名 颁证单位 对应职称 所属系列) and every cell as printed (序号 as its number: "3."
is 3). The furniture is no row of the truth.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
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
    merge_across,
    merge_down,
    notice_lines,
    numbered,
    pick,
    th_row,
)

OUT = ROOT / "tests" / "fixtures" / "unseen9b"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_round) put their files here


def _pdf_from_docx(src: Path, tmp: Path) -> Path:
    return make_unseen9._pdf_from_docx(src, tmp)


def lines_of(city: str, short: str, no: int, date: str) -> list[str]:
    return notice_lines(f"{city}市", f"{short}人社发〔2025〕{no}号", date, f"{city}市国际职业资格比照认定职称目录（第一批）")


def taixing(tmp: Path) -> list[Made]:
    """A 合计 row and a notes row (注：1. …；2. …) inside the table, each spanning all columns."""
    rows = numbered(pick(W, 1, 2, 3, 7, 8, 9, 13, 14))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    body += f"<tr><td colspan='6'>合计：{len(rows)}项</td></tr>\n"
    body += ("<tr><td colspan='6'>注：1. 以上证书须在有效期内；2. 申报人须从事与证书相应的专业技术工作；"
             "3. 本目录由泰兴市人力资源和社会保障局负责解释。</td></tr>\n")  # fmt: skip
    table = f"<table><thead>{th_row(CANONICAL_HEADER)}</thead><tbody>\n{body}</tbody></table>\n"
    src = OUT / "taixing.html"
    src.write_text(html_page(lines_of("泰兴", "泰", 12, "2025年3月4日"), [table]), encoding="utf-8")
    chromium_pdf(src, OUT / "taixing-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("taixing", truth), Made("taixing-chromium", truth)]


def jiangyin(tmp: Path) -> list[Made]:
    """The table goes on on page 2 under a 续表 label and the header printed again (two tables)."""
    rows = numbered(pick(W, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38))
    doc = docx_doc()
    for line in lines_of("江阴", "澄", 7, "2025年2月11日"):
        doc.add_paragraph(line)
    widths = (1.0, 4.2, 3.0, 4.6, 2.0, 2.2)
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[:5]]], widths)
    label = doc.add_paragraph()
    label.add_run().add_break(WD_BREAK.PAGE)
    label.add_run("续表")
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows[5:]]], widths)
    src = OUT / "jiangyin-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("jiangyin-libreoffice", catalog_truth(rows))]


def _field(paragraph: object, code: str) -> None:
    """A Word field (PAGE) in a paragraph: LibreOffice prints its value."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def yixing(tmp: Path) -> list[Made]:
    """A page header (the bureau's name) and a footer "— 2 —" on every page; the table runs over
    three pages, its long rows allowed to split at a page break."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
                         25, 26, 27, 28))  # fmt: skip
    doc = docx_doc(font_pt=12)
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.header.paragraphs[0].text = "宜兴市人力资源和社会保障局文件"
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer.add_run("— ")
    _field(footer, "PAGE")
    footer.add_run(" —")
    for line in lines_of("宜兴", "宜", 21, "2025年4月8日"):
        doc.add_paragraph(line)
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    src = OUT / "yixing-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("yixing-libreoffice", catalog_truth(rows))]


def jintan(tmp: Path) -> list[Made]:
    """One qualification with two issuers: its 序号, names, title and series merged over two
    sub-rows, one issuer in each. The truth is two entries under one 序号, as printed."""
    base = pick(W, 1, 2, 3, 4, 5, 6)
    second_issuer = "英国皇家特许建造学会 (Chartered Institute of Building)"
    table_rows: list[list[str]] = [list(CANONICAL_HEADER)]
    truth: list[Row] = []
    merged: list[tuple[int, int]] = []
    for n, (q, z, i, t, se) in enumerate(base, start=1):
        table_rows.append([str(n), q, z, i, t, se])
        truth.append((str(n), q, z, i, t, se))
        if n == 3:
            table_rows.append(["", "", "", second_issuer, "", ""])
            truth.append((str(n), q, z, second_issuer, t, se))
            merged.append((len(table_rows) - 2, len(table_rows) - 1))
    doc = docx_doc()
    for line in lines_of("金坛", "坛", 4, "2025年1月20日"):
        doc.add_paragraph(line)
    table = docx_table(doc, table_rows, (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    for first, last in merged:
        for column in (0, 1, 2, 4, 5):
            merge_down(table, column, first, last)
    src = OUT / "jintan-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("jintan-libreoffice", catalog_truth(truth))]


def haimen(tmp: Path) -> list[Made]:
    """国别/地区 and 备注 columns, 备注 holding conditions (需同时具备3年以上工作经历)."""
    rows = numbered(pick(T, 31, 32, 33, 34, 35, 36, 37, 38))
    notes = ["需同时具备3年以上工作经历", "", "需取得证书满2年", "", "需同时具备3年以上工作经历", "", "", "限从事本专业工作"]
    countries = ["美国", "美国", "英国", "美国", "中国香港", "美国", "加拿大", "德国"]
    header = th_row(["序号", "职业资格名称", "译名", "颁证单位", "国别/地区", "对应职称", "所属系列", "备注"])
    body = [[s, q, z, i, k, t, se, n] for (s, q, z, i, t, se), k, n in zip(rows, countries, notes)]
    src = OUT / "haimen.html"
    src.write_text(html_page(lines_of("海门", "海", 15, "2025年6月2日"), [html_table(header, body)]), encoding="utf-8")
    chromium_pdf(src, OUT / "haimen-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("haimen", truth), Made("haimen-chromium", truth)]


def qidong(tmp: Path) -> list[Made]:
    """A blank separator row between two groups, a 译名 printed "/" and an issuer printed "—"."""
    base = pick(W, 40, 41, 42, 43, 44, 45, 46, 47)
    rows: list[Row] = []
    for n, (q, z, i, t, se) in enumerate(base, start=1):
        if n == 2:
            z = "/"
        if n == 6:
            i = "—"
        rows.append((str(n), q, z, i, t, se))
    table_rows = [list(CANONICAL_HEADER), *[list(r) for r in rows[:4]], [""] * 6, *[list(r) for r in rows[4:]]]
    doc = docx_doc()
    for line in lines_of("启东", "启", 30, "2025年7月1日"):
        doc.add_paragraph(line)
    docx_table(doc, table_rows, (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    src = OUT / "qidong-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("qidong-libreoffice", catalog_truth(rows))]


def danyang(tmp: Path) -> list[Made]:
    """Two titles in one 对应职称 cell: "工程师、高级工程师" and "中级/副高级"."""
    base = numbered(pick(W, 49, 50, 51, 52, 53, 54, 55, 56))
    rows = [(s, q, z, i, "工程师、高级工程师" if s == "3" else "中级/副高级" if s == "6" else t, se)
            for s, q, z, i, t, se in base]  # fmt: skip
    src = OUT / "danyang.html"
    src.write_text(html_page(lines_of("丹阳", "丹", 18, "2025年8月5日"), [html_table(th_row(CANONICAL_HEADER), rows)]),
                   encoding="utf-8")  # fmt: skip
    chromium_pdf(src, OUT / "danyang-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("danyang", truth), Made("danyang-chromium", truth)]


def rugao(tmp: Path) -> list[Made]:
    """The table's first row is its caption merged across all columns, then a header in two rows
    (国际职业资格 over 英文名称 | 中文名称; the other headings merged down)."""
    rows = numbered(pick(T, 39, 40, 41, 42, 43, 44, 45, 46, 47))
    caption = "如皋市国际职业资格比照认定职称目录（第一批）"
    top = ["序号", "国际职业资格", "", "颁证单位", "对应职称", "所属系列"]
    sub = ["", "英文名称", "中文名称", "", "", ""]
    doc = docx_doc()
    for line in lines_of("如皋", "皋", 26, "2025年9月9日")[:-1]:
        doc.add_paragraph(line)
    table = docx_table(doc, [[caption] + [""] * 5, top, sub, *[list(r) for r in rows]], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    merge_across(table, 0)
    for column in (0, 3, 4, 5):
        merge_down(table, column, 1, 2)
    cells = table.rows[1].cells
    merged = cells[1].merge(cells[2])
    merged.text = "国际职业资格"
    src = OUT / "rugao-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("rugao-libreoffice", catalog_truth(rows))]


def yangzhong(tmp: Path) -> list[Made]:
    """Closing rows in cells of their own: 共计 | 8 | 项, and 注 in the 序号 cell with the notes
    merged over the other columns."""
    rows = numbered(pick(T, 45, 46, 47, 48, 49, 50, 51, 52))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    body += f"<tr><td>共计</td><td colspan='4'>{len(rows)}</td><td>项</td></tr>\n"
    body += ("<tr><td>注</td><td colspan='5'>1. 以上证书须在有效期内；2. 持证人须在本市从事相应专业技术工作；"
             "3. 证书颁发机构更名的，按更名后机构认定。</td></tr>\n")  # fmt: skip
    table = f"<table><thead>{th_row(CANONICAL_HEADER)}</thead><tbody>\n{body}</tbody></table>\n"
    src = OUT / "yangzhong.html"
    src.write_text(html_page(lines_of("扬中", "扬", 3, "2025年3月14日"), [table]), encoding="utf-8")
    chromium_pdf(src, OUT / "yangzhong-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("yangzhong", truth), Made("yangzhong-chromium", truth)]


def jingjiang(tmp: Path) -> list[Made]:
    """A page header and a page number fixed to every printed page (position: fixed): on the
    table's second page they are printed inside its vertical extent, over the rows' band."""
    rows = numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24))
    css = CSS + (
        "@page{size:A4;margin:1.2cm}"
        ".hd{position:fixed;top:0;left:0;right:0;text-align:right;font-size:9pt}"
        ".ft{position:fixed;bottom:0;left:0;right:0;text-align:center;font-size:10pt}"
    )
    furniture = "<div class='hd'>靖江市人力资源和社会保障局</div><div class='ft'>— 3 —</div>\n"
    page = html_page(lines_of("靖江", "靖", 11, "2025年4月18日"), [furniture, html_table(th_row(CANONICAL_HEADER), rows)], css)
    src = OUT / "jingjiang.html"
    src.write_text(page, encoding="utf-8")
    chromium_pdf(src, OUT / "jingjiang-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("jingjiang", truth), Made("jingjiang-chromium", truth)]


def jurong(tmp: Path) -> list[Made]:
    """序号 printed "（1）" (full-width brackets round the number)."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8))
    printed = [[f"（{r[0]}）", *r[1:]] for r in rows]
    src = OUT / "jurong.html"
    src.write_text(html_page(lines_of("句容", "句", 5, "2025年5月16日"), [html_table(th_row(CANONICAL_HEADER), printed)]),
                   encoding="utf-8")  # fmt: skip
    chromium_pdf(src, OUT / "jurong-chromium.pdf")
    truth = catalog_truth(rows)
    return [Made("jurong", truth), Made("jurong-chromium", truth)]


def gaoyou(tmp: Path) -> list[Made]:
    """序号 printed as Chinese numerals (一, 二, …, 十一) in a DOCX, printed by LibreOffice."""
    rows = numbered(pick(W, 57, 58, 59, 60, 61, 10, 11, 12, 14, 15, 16))
    numerals = "一 二 三 四 五 六 七 八 九 十 十一".split()
    printed = [[numerals[int(r[0]) - 1], *r[1:]] for r in rows]
    doc = docx_doc()
    for line in lines_of("高邮", "邮", 8, "2025年6月20日"):
        doc.add_paragraph(line)
    docx_table(doc, [list(CANONICAL_HEADER), *printed], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    src = OUT / "gaoyou-libreoffice.docx"
    doc.save(str(src))
    _pdf_from_docx(src, tmp)
    return [Made("gaoyou-libreoffice", catalog_truth(rows))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    taixing, jiangyin, yixing, jintan, haimen, qidong, danyang, rugao, yangzhong, jingjiang, jurong,
    gaoyou,
)  # fmt: skip


def main() -> int:
    """Write every document of the round and its truth files."""
    return make_unseen9.write_round(DOCUMENTS)


if __name__ == "__main__":
    sys.exit(main())
