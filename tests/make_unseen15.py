"""Regenerate tests/fixtures/unseen15: a sixth blind probe round of layouts, producers and look-alikes.

    .venv/bin/python tests/make_unseen15.py              # every document
    .venv/bin/python tests/make_unseen15.py changzhou    # only these

Catalogs in layouts the earlier rounds lack: 对应职称 split into ticked sub-columns in a DOCX (a
two-row header merged by gridSpan and vMerge, "✓" in the row's title; unseen10 had "√" on a web page
only); the same ticks under level headings 初级 | 中级 | 高级 (a level is no title: the truth keeps
the level as printed, so publishing it is wrong and a hold is right); a web page with no <thead>, its
header a <th> row inside <tbody>, section rows <th colspan> and 颁证单位 merged by rowspan; a catalog
whose header is printed again on every page in other words (国际职业资格名称 | 中文译名 | 颁发机构 |
可比照认定职称 | 系列, then 编号 | 资格名称（英文）…), the numbering going on; two halves of one
catalog side by side on a landscape page (two tables in a flex row); a catalog followed by a
footnote table headed 序号 | 注释 (its own numbering from 1); a table turned 90° on a portrait page
(turned glyphs) and then turned upright again by the page's /Rotate (qpdf), as scanners and some
print drivers leave landscape pages.

Look-alikes: a notice whose catalog is only a link to its attachment (<a href=…xlsx>); a 职称外语
成绩对照表 (IELTS, TOEFL with their foreign organizers and the 职称 levels they serve: foreign issuers,
Latin names and 职称, yet no qualification is recognized as a title); a 中外合作办学 list (foreign
universities, no 职称).

PDFs are printed by LibreOffice (from DOCX) and Chromium (from HTML), one turned again by qpdf;
Typst, ReportLab, WeasyPrint, wkhtmltopdf and Ghostscript are not installed on this machine. Beside
each document, <stem>.truth.json as tests/make_unseen9.py writes it, written before the pipeline ever
read the document: {"header", "rows"} with the canonical header and every cell as printed (a ticked
title is its column's heading), or {"catalog": false, "why": ...}.
"""

from __future__ import annotations

import html
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
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
    merge_down,
    no_catalog,
    numbered,
    pick,
    th_row,
)

OUT = ROOT / "tests" / "fixtures" / "unseen15"
make_unseen9.OUT = OUT  # its writers (_pdf_from_docx, write_truth) put their files here
WIDTHS = (1.0, 4.2, 3.0, 4.6, 2.0, 2.2)


def lines_of(city: str, short: str, no: int, date: str, annex: str | None = None) -> list[str]:
    return make_unseen9.notice_lines(
        city, f"{short}人社发〔2025〕{no}号", date, annex or f"{city}国际职业资格比照认定职称目录（第一批）"
    )


def _save_docx(doc: object, stem: str, tmp: Path, pdf: bool = True) -> None:
    src = OUT / f"{stem}.docx"
    doc.save(str(src))  # type: ignore[attr-defined]
    if pdf:
        make_unseen9._pdf_from_docx(src, tmp)


def _paragraphs(doc: object, lines: Sequence[str]) -> None:
    for line in lines:
        doc.add_paragraph(line)  # type: ignore[attr-defined]


def _page(stem: str, lines: Sequence[str], tables: Sequence[str], css: str = CSS, pdf: bool = True) -> None:
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, tables, css), encoding="utf-8")
    if pdf:
        chromium_pdf(src, OUT / f"{stem}-chromium.pdf")


def _both(stem: str, truth: dict) -> list[Made]:
    return [Made(stem, truth), Made(f"{stem}-chromium", truth)]


def _merge_header_across(table: object, row: int, first: int, last: int) -> None:
    cells = table.rows[row].cells  # type: ignore[attr-defined]
    text = cells[first].text
    merged = cells[first].merge(cells[last])
    merged.text = text
    for paragraph in merged.paragraphs[1:]:
        paragraph._element.getparent().remove(paragraph._element)


# --- catalogs -----------------------------------------------------------------------------------


def _ticked_docx(stem: str, city: str, short: str, no: int, rows: Sequence[Row], heads: Sequence[str],
                 tmp: Path) -> None:  # fmt: skip
    """A DOCX whose 对应职称 is one ticked sub-column per heading (gridSpan over them on the first
    header row, the other headings merged down over both header rows)."""
    top = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", *([""] * (len(heads) - 1)), "所属系列"]
    sub = ["", "", "", "", *heads, ""]
    body = [[s, q, z, i, *("✓" if t == h else "" for h in heads), se] for s, q, z, i, t, se in rows]
    doc = docx_doc()
    _paragraphs(doc, lines_of(city, short, no, "2025年3月18日"))
    widths = (1.0, 4.0, 3.0, 4.4, *([1.5] * len(heads)), 2.0)
    table = docx_table(doc, [top, sub, *body], widths)
    _merge_header_across(table, 0, 4, 3 + len(heads))
    for column in (0, 1, 2, 3, 4 + len(heads)):
        merge_down(table, column, 0, 1)
    _save_docx(doc, stem, tmp)


def changzhou(tmp: Path) -> list[Made]:
    """对应职称 as ticked sub-columns (助理工程师 | 工程师 | 高级工程师, "✓") under a heading spanning
    them, in a DOCX (gridSpan, vMerge); LibreOffice's print."""
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 29, 30, 31, 32, 33, 34))
    _ticked_docx("changzhou-libreoffice", "常州市", "常", 21, rows, ("助理工程师", "工程师", "高级工程师"), tmp)
    return [Made("changzhou-libreoffice", catalog_truth(rows))]


def huzhou(tmp: Path) -> list[Made]:
    """Ticked sub-columns under level headings 初级 | 中级 | 高级 ("✓"): the row's 对应职称 as printed
    is a level, no title (the truth keeps the level; the reader may not turn it into a title)."""
    levels = {"助理工程师": "初级", "工程师": "中级"}
    picked = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    rows = numbered([(q, z, i, levels[t], se) for q, z, i, t, se in picked])
    heads = ("初级", "中级", "高级")
    header = ("<tr><th rowspan='2'>序号</th><th rowspan='2'>职业资格名称</th><th rowspan='2'>译名</th>"
              "<th rowspan='2'>颁证单位</th><th colspan='3'>对应职称</th><th rowspan='2'>所属系列</th></tr>" + th_row(heads))  # fmt: skip
    body = [[s, q, z, i, *("✓" if t == h else "" for h in heads), se] for s, q, z, i, t, se in rows]
    _page("huzhou", lines_of("湖州市", "湖", 8, "2025年5月12日"), [html_table(header, body)])
    return _both("huzhou", catalog_truth(rows))


SECTIONS = (("一、医药工程系列", pick(T, 1, 2, 3, 4, 5, 6, 7)), ("二、机械工程系列", pick(T, 25, 26, 27, 28, 29, 30)),
            ("三、石油化工工程系列", pick(T, 47, 48, 49, 50)))  # fmt: skip


def nantong(tmp: Path) -> list[Made]:
    """No <thead>: the header is a <th> row inside <tbody>, each section a <th colspan='6'> row, 颁证单位
    merged by rowspan over an issuer's rows, 所属系列 printed too. A web page and Chromium's print."""
    truth: list[Row] = []
    body = ""
    n = 0
    for heading, rows in SECTIONS:
        body += f"<tr><th colspan='6' style='text-align:left'>{html.escape(heading)}</th></tr>\n"
        i = 0
        while i < len(rows):
            j = i
            while j < len(rows) and rows[j][2] == rows[i][2]:
                j += 1
            for k in range(i, j):
                n += 1
                q, z, issuer, title, series = rows[k]
                truth.append((str(n), q, z, issuer, title, series))
                cells = [f"<td>{n}</td>", f"<td>{html.escape(q)}</td>", f"<td>{html.escape(z)}</td>"]
                if k == i:
                    cells.append(f"<td rowspan='{j - i}'>{html.escape(issuer)}</td>")
                cells += [f"<td>{html.escape(title)}</td>", f"<td>{html.escape(series)}</td>"]
                body += "<tr>" + "".join(cells) + "</tr>\n"
            i = j
    table = f"<table><tbody>{th_row(CANONICAL_HEADER)}\n{body}</tbody></table>\n"
    _page("nantong", lines_of("南通市", "通", 33, "2025年6月3日"), [table])
    return _both("nantong", catalog_truth(truth))


HEADER_WORDINGS = (
    CANONICAL_HEADER,
    ["序号", "国际职业资格名称", "中文译名", "颁发机构", "可比照认定职称", "系列"],
    ["编号", "资格名称（英文）", "资格名称（中文）", "发证机构", "比照职称", "所属系列"],
)


def yangzhou(tmp: Path) -> list[Made]:
    """The catalog in three tables, one a page, each under a header in other words (as pasted from
    three drafts), the numbering going on. DOCX and LibreOffice's print."""
    rows = numbered(pick(W, *range(13, 37)))
    doc = docx_doc()
    _paragraphs(doc, lines_of("扬州市", "扬", 11, "2025年2月26日"))
    for part, header in enumerate(HEADER_WORDINGS):
        if part:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]
        docx_table(doc, [header, *[list(r) for r in rows[8 * part:8 * part + 8]]], WIDTHS)
    _save_docx(doc, "yangzhou-libreoffice", tmp)
    return [Made("yangzhou-libreoffice", catalog_truth(rows))]


SIDE_CSS = (
    "@page{size:A4 landscape;margin:10mm}"
    "body{font-family:'Noto Serif CJK SC',serif;font-size:8pt}"
    ".pair{display:flex;gap:6mm;align-items:flex-start}.pair>table{flex:1 1 0}"
    "table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px;vertical-align:middle}"
)


def shaoxing(tmp: Path) -> list[Made]:
    """Two halves of one catalog side by side on a landscape page (two tables in a flex row, each
    with the header; 1–8 on the left, 9–16 on the right). A web page and Chromium's print."""
    rows = numbered(pick(W, *range(37, 53)))
    pair = ("<div class='pair'>" + html_table(th_row(CANONICAL_HEADER), rows[:8])
            + html_table(th_row(CANONICAL_HEADER), rows[8:]) + "</div>\n")  # fmt: skip
    _page("shaoxing", lines_of("绍兴市", "绍", 17, "2025年7月21日"), [pair], css=SIDE_CSS)
    return _both("shaoxing", catalog_truth(rows))


def jinhua(tmp: Path) -> list[Made]:
    """A catalog followed by a footnote table of its own, 序号 | 注释, numbered from 1 again. DOCX and
    LibreOffice's print."""
    rows = numbered(pick(T, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18))
    doc = docx_doc()
    _paragraphs(doc, lines_of("金华市", "金", 25, "2025年9月2日"))
    docx_table(doc, [CANONICAL_HEADER, *[list(r) for r in rows]], WIDTHS)
    _paragraphs(doc, ["注释："])
    docx_table(doc, [["序号", "注释"],
                     ["1", "持有目录内证书者，须在本市从事相关专业技术工作满1年。"],
                     ["2", "证书须在有效期内，过期证书不予比照认定。"],
                     ["3", "颁证单位更名的，以更名后的单位为准。"]], (1.0, 15.0))  # fmt: skip
    _save_docx(doc, "jinhua-libreoffice", tmp)
    return [Made("jinhua-libreoffice", catalog_truth(rows))]


TURN_CSS = CSS + (
    "@page{size:A4 portrait;margin:10mm}"
    ".turn{width:260mm;transform:rotate(-90deg) translate(-100%,0);transform-origin:top left;"
    "position:absolute;top:0;left:0}"
)


def wenzhou(tmp: Path) -> list[Made]:
    """A table turned 90° on a portrait page by CSS (Chromium draws its glyphs turned), then turned
    upright for the reader by the page's /Rotate (qpdf --rotate=+90 on that page): the glyphs run
    upright on screen but the content stream draws them turned. Only the PDF is kept."""
    rows = numbered(pick(T, 35, 36, 37, 38, 39, 40, 41, 42, 43))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    table = f"<table><tbody>{th_row(CANONICAL_HEADER)}\n{body}</tbody></table>\n"
    page = html_page(lines_of("温州市", "温", 29, "2025年8月8日"), [], TURN_CSS).replace(
        "</body>", "<div style='page-break-before:always;position:relative;height:270mm'><div class='turn'>"
        f"{table}</div></div></body>")  # fmt: skip
    src = tmp / "wenzhou.html"
    src.write_text(page, encoding="utf-8")
    printed = chromium_pdf(src, tmp / "wenzhou-chromium.pdf")
    subprocess.run(["qpdf", "--rotate=+90:2", str(printed), str(OUT / "wenzhou-rotated.pdf")], check=True)
    return [Made("wenzhou-rotated", catalog_truth(rows))]


def _sym_tick(cell: object) -> None:
    """Word's Insert Symbol check mark: a w:sym of Wingdings U+F0FC, no character in the text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(paragraph.runs):
        run._element.getparent().remove(run._element)
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FC")
    paragraph.add_run()._element.append(sym)


def wuhu(tmp: Path) -> list[Made]:
    """Ticked title sub-columns whose ticks are Word symbols (w:sym, Wingdings F0FC: the check mark
    Word's Insert Symbol writes), no character in the cell's text. DOCX and LibreOffice's print."""
    rows = numbered(pick(W, 7, 8, 9, 10, 11, 12, 55, 56, 57, 58))
    heads = ("助理工程师", "工程师", "高级工程师")
    top = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "", "", "所属系列"]
    sub = ["", "", "", "", *heads, ""]
    body = [[s, q, z, i, "", "", "", se] for s, q, z, i, t, se in rows]
    doc = docx_doc()
    _paragraphs(doc, lines_of("芜湖市", "芜", 36, "2025年10月28日"))
    table = docx_table(doc, [top, sub, *body], (1.0, 4.0, 3.0, 4.4, 1.5, 1.5, 1.5, 2.0))
    _merge_header_across(table, 0, 4, 6)
    for column in (0, 1, 2, 3, 7):
        merge_down(table, column, 0, 1)
    for r, row in enumerate(rows, start=2):
        _sym_tick(table.cell(r, 4 + heads.index(row[4])))  # type: ignore[attr-defined]
    _save_docx(doc, "wuhu-libreoffice", tmp)
    return [Made("wuhu-libreoffice", catalog_truth(rows))]


FOOT_CSS = CSS + "@page{size:A4 portrait;margin:12mm}tfoot td{font-size:9pt;text-align:left}"


def bengbu(tmp: Path) -> list[Made]:
    """A long web table with <caption>, <thead> and a <tfoot> of notes: Chromium prints the header and
    the notes row again on every page, the notes inside the table's rulings. Web page and print."""
    rows = numbered(pick(W, *range(1, 41)))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    note = ("注：1. 证书须在有效期内；2. 颁证单位更名的，以更名后的单位为准；3. 本目录自公布之日起施行。")
    table = (f"<table><caption>蚌埠市国际职业资格比照认定职称目录（第一批）</caption><thead>{th_row(CANONICAL_HEADER)}</thead>"
             f"<tfoot><tr><td colspan='6'>{html.escape(note)}</td></tr></tfoot><tbody>{body}</tbody></table>\n")  # fmt: skip
    _page("bengbu", lines_of("蚌埠市", "蚌", 13, "2025年11月3日")[:-1], [table], css=FOOT_CSS)
    return _both("bengbu", catalog_truth(rows))


def huaibei(tmp: Path) -> list[Made]:
    """The catalog posted as a picture: a web page whose annex is an <img> of the printed table (a
    screenshot), no table in the markup. Nothing can be read from the page itself."""
    rows = numbered(pick(T, 44, 45, 46))
    src = tmp / "huaibei-table.html"
    src.write_text(html_page(["", ""], [html_table(th_row(CANONICAL_HEADER), rows)]), encoding="utf-8")
    pdf = chromium_pdf(src, tmp / "huaibei-table.pdf")
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf), str(tmp / "shot")], check=True)
    import base64

    data = base64.b64encode((tmp / "shot.png").read_bytes()).decode()
    picture = f"<p><img alt='目录' src='data:image/png;base64,{data}' style='width:100%'></p>\n"
    _page("huaibei", lines_of("淮北市", "淮北", 5, "2025年12月1日"), [picture], pdf=False)
    return [Made("huaibei", no_catalog("the catalog is a picture in the page: no table to read, nothing to publish"))]


# --- look-alikes --------------------------------------------------------------------------------


def zhoushan(tmp: Path) -> list[Made]:
    """The announcement only; its catalog is a link to the attachment, not in the page."""
    lines = lines_of("舟山市", "舟", 4, "2025年4月30日")[:-2]
    link = ("<p>附件：<a href='/attach/2025/04/P020250430.xlsx'>舟山市国际职业资格比照认定职称目录（第一批）.xlsx</a></p>\n")
    _page("zhoushan", lines, [link], pdf=False)
    return [Made("zhoushan", no_catalog("a notice whose catalog is a linked attachment: no table, nothing to publish"))]


def lishui(tmp: Path) -> list[Made]:
    """A 职称外语成绩对照表: foreign language tests, their foreign organizers and the 职称 levels a score
    serves. Foreign issuers, Latin names and 职称, yet no qualification recognized as a title."""
    header = th_row(["序号", "考试名称", "主办机构", "成绩要求", "适用职称级别"])
    body = [["1", "IELTS (International English Language Testing System)", "英国文化教育协会 (British Council)", "总分6.0分及以上", "高级工程师"],
            ["2", "TOEFL iBT (Test of English as a Foreign Language)", "美国教育考试服务中心 (Educational Testing Service)", "总分80分及以上", "高级工程师"],
            ["3", "TOEIC (Test of English for International Communication)", "美国教育考试服务中心 (Educational Testing Service)", "总分600分及以上", "工程师"],
            ["4", "DELF B2 (Diplôme d'études en langue française)", "法国国际教育研究中心 (France Éducation international)", "通过", "工程师"],
            ["5", "JLPT N2 (日本語能力試験)", "日本国际交流基金会 (The Japan Foundation)", "通过", "工程师"]]  # fmt: skip
    lines = ["丽人社发〔2025〕19号", "关于职称申报外语能力认定有关事项的通知", "各县（市、区）人力资源和社会保障局，各有关单位：",
             "申报职称的专业技术人员，取得下列国际外语考试成绩的，可视为达到相应职称级别的外语能力要求。",
             "丽水市人力资源和社会保障局", "2025年3月12日", "附件", "职称外语能力认定成绩对照表"]  # fmt: skip
    _page("lishui", lines, [html_table(header, body)])
    return _both("lishui", no_catalog("a 职称外语 score table: language tests, not qualifications recognized as 职称"))


def quzhou(tmp: Path) -> list[Made]:
    """A 中外合作办学 list: programmes with their foreign partner universities; no 职称."""
    header = ["序号", "项目名称", "外方合作机构", "办学层次", "批准书编号"]
    body = [["1", "衢州学院与英国考文垂大学合作举办机械工程专业本科教育项目", "考文垂大学 (Coventry University)", "本科", "MOE33GB2A20211234N"],
            ["2", "衢州职业技术学院与德国手工业行会合作举办机电一体化技术专业专科教育项目", "德国手工业行会 (Handwerkskammer)", "专科", "PDE33DE2A20221235N"],
            ["3", "衢州学院与美国纽约州立大学合作举办化学工程与工艺专业本科教育项目", "纽约州立大学 (State University of New York)", "本科", "MOE33US2A20231236N"]]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["衢教发〔2025〕7号", "关于公布2025年衢州市中外合作办学项目名单的通知", "各有关高校：",
                      "现将经审批（备案）的中外合作办学项目名单予以公布。", "衢州市教育局", "2025年5月20日", "附件",
                      "衢州市中外合作办学项目名单"])  # fmt: skip
    docx_table(doc, [header, *body], (1.0, 6.0, 4.4, 1.6, 3.6))
    _save_docx(doc, "quzhou-libreoffice", tmp)
    return [Made("quzhou-libreoffice", no_catalog("a 中外合作办学 list: foreign universities, no 职称"))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    changzhou, huzhou, nantong, yangzhou, shaoxing, jinhua, wenzhou, wuhu, bengbu, huaibei, zhoushan, lishui,
    quzhou,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
