"""Regenerate tests/fixtures/unseen26: a seventeenth blind probe round, of character formatting and marks drawn on the page.

    .venv/bin/python tests/make_unseen26.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen26.py zhoukou      # only these

Whole notices (文号, title with 第N批, addressees, intro, closing words, bureau, date, annex title, the table
and the words under it) in cities no earlier round used (周口, 濮阳, 驻马店, 信阳, 平顶山, 漯河, 三门峡, 佳木斯,
鸡西, 四平), each a catalog in a simple ruled table whose cells carry ONE kind of character formatting or page
mark a bureau really produces; every body and qualification real (rows of the bundled notices come by
`pick`; the others are the bodies and qualifications tests/make_unseen23.py already uses). Every one is a
catalog: published exactly as its truth, or held back loudly. The truth is the text a reader of the
printed notice takes from it: decorations (lines through, under and over the text, dots, colours, weight)
are no characters; struck text is a change mark, out; text shown in capitals is capitals; annotations a
reviewer drew onto a print are no part of the notice. Each "why" says what is expected and why.

    zhoukou-shanchuxian.html / -chromium.pdf  a revised catalog on a web page, its corrections marked in
                                markup: <del>American Society for Metals</del> ASM International inside a
                                body's bracket, a struck English word inside two names (Certified Welding
                                <s>Engineer</s> Inspector, Heat <s>Treatment</s> Treating) and in a 译名
                                (注册焊接<s>工程师</s>检验师), one struck word alone before its replacement
                                (<s>助理工程师</s>工程师), and one whole row withdrawn by a <tr> styled
                                text-decoration: line-through, 序号 7 and all, the rows after it keeping
                                8 … 15. Truth: the current text, the 14 rows in force (seq 1-6, 8-15).
    puyang-shanchuxian-libreoffice.docx/.pdf  corrections in Word, the struck text AFTER the new: 助理工程师
                                followed by a struck 工程师, 交通工程 then a struck 建设工程, a 译名 then its
                                old form double-struck (w:dstrike), a struck issuer abbreviation in brackets
                                after a body ((CCPE), w:dstrike) and after a name ((MCIOB), w:strike); no
                                whole row struck, 序号 continuous. Truth: the text not struck.
    zhumadian-xiahuaxian-libreoffice.docx/.pdf  underlines of many kinds (w:u single, double, wavy, words,
                                dotted, thick) under parts of names and bodies, and 着重号 (w:em dot) under
                                Chinese words (助理, 数据, a whole 译名; LibreOffice 7.4 reads w:em but its
                                print shows only the line height it reserves for the dots, not the dots:
                                they are in the DOCX, for Word). Truth: the plain text.
    xinyang-zhuozhonghao.html / -chromium.pdf  <u>, text-decoration underline double / wavy / dotted, and
                                着重号 (CSS text-emphasis: filled circle, a dot under each character) on
                                Chinese names and titles. Truth: the plain text.
    pingdingshan-gaoliang-libreoffice.docx/.pdf  Word highlighting (w:highlight yellow, green) on names and a
                                title, grey cell shading (w:shd) over three whole rows and the header, and the
                                four rows new in this batch in red (w:color), a note under the table saying
                                so. Truth: the plain text, every row.
    luohe-banmawen.html / -chromium.pdf      zebra-striped rows (tbody tr:nth-child(even), printed with
                                print-color-adjust: exact), <mark> over words, a yellow background span, and
                                the rows new in this batch in blue (<span style="color">, a note saying so).
                                Truth: the plain text, every row.
    sanmenxia-daxie-libreoffice.docx/.pdf    Word's All Caps (w:caps) on six English names stored in mixed
                                case and on one stored in lower case (certified food scientist (CFS)), Small
                                Caps (w:smallCaps) on five others. Truth: capitals where w:caps shows them;
                                the stored text under small caps.
    jiamusi-daxie.html / -chromium.pdf       CSS text-transform: uppercase on five names, capitalize on one
                                stored in lower case, font-variant: small-caps on bodies' English names.
                                Truth: as sanmenxia (capitals where uppercase shows them, the capitalized
                                words, the stored text under small caps).
    jixi-pizhu-libreoffice.docx/.pdf         a plain catalog whose LibreOffice print a reviewer then marked up
                                in a PDF viewer (annotation objects written here by hand with qpdf's JSON):
                                two Highlight and one Underline markup annotations over cells, a sticky note
                                (Text, with its Popup) saying 颁证单位英文名称已与官网核对, and a FreeText box in
                                the right margin saying 已核对; the page content untouched. Truth: the
                                printed table, the same for the DOCX and the annotated PDF.
    siping-jiacu-libreoffice.docx/.pdf       weight and style only: the title and header bold, every English
                                name italic, the bodies' English names italic, the 对应职称 column bold,
                                w:outline on three 译名 and w:shadow on three bodies. Truth: the plain text.

Not made: superscripts and subscripts that are part of a name (kind 6): no qualification or body in the
bundled notices or tests/make_unseen23.py carries one ((ISC)² appears only in make_unseen22's non-catalog),
and inventing one would break the rule of real names.

DOCX by python-docx (make_unseen9.notice_docx, its cells then rewritten run by run with the formatting in
each run's w:rPr, cell shading in w:tcPr, grid widths as make_unseen22._fit_grid, zip dates pinned), printed
by LibreOffice; pages printed by Chromium; every print pinned and packed (tests/make_producers.py
pack_pinned, qpdf). Beside each document, <stem>.truth.json, written before the pipeline ever read the
document: {"header", "rows"} as tests/make_unseen9.py writes it, plus "why" where the published form is
debatable.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
import make_unseen21  # noqa: E402
import make_unseen22  # noqa: E402
import make_unseen23  # noqa: E402
import make_unseen24  # noqa: E402
import make_unseen25  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx import Document as open_docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import CSS, Made, Row, T, W, html_page, pick  # noqa: E402
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen22 import CATALOG_HEADER, _both, _fit_grid  # noqa: E402
from make_unseen23 import ACCA, CFA, CIMA, CPAA, GARP, IIA, IMA, IPMA, ISACA, PMI, _truth  # noqa: E402
from make_unseen25 import _m, _put_text  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen26"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # (importing the later rounds had pointed them at their own folders)
make_unseen22.OUT = OUT
make_unseen23.OUT = OUT
make_unseen25.OUT = OUT

ENG, ECO, ACC, AUD = "工程系列", "经济系列", "会计系列", "审计系列"
WIDTHS = (1.0, 4.8, 3.4, 4.4, 1.8, 1.8)


# --- cells written run by run, each run with its formatting (DOCX) --------------------------------


@dataclass(frozen=True)
class Fx:
    """A run of a cell's paragraph: its text and its w:rPr formatting as "tag" or "tag=val" (strike,
    dstrike, caps, smallCaps, b, i, outline, shadow, u=wavy, em=dot, highlight=yellow, color=FF0000)."""

    text: str
    fx: tuple[str, ...] = ()


def fx(text: str, *props: str) -> Fx:
    return Fx(text, props)


Cell = Union[str, Sequence[Sequence[Fx]]]  # plain text, or paragraphs of runs

# w:rPr's children in the schema's order (CT_RPr), which Word insists on
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang")  # fmt: skip


def _rpr(run: object, props: Sequence[str]) -> None:
    """Put the properties into the run's w:rPr, in schema order."""
    rpr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    for prop in sorted(props, key=lambda p: RPR_ORDER.index(p.partition("=")[0])):
        tag, _, val = prop.partition("=")
        element = OxmlElement(f"w:{tag}")
        if val:
            element.set(qn("w:val"), val)
        rpr.append(element)


def _fill(cell: object, paragraphs: Sequence[Sequence[Fx]]) -> None:
    """Rewrite a python-docx cell as the given paragraphs of formatted runs."""
    tc = cell._tc  # type: ignore[attr-defined]
    for p in tc.findall(qn("w:p"))[1:]:
        tc.remove(p)
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for child in list(first._p):
        if child.tag != qn("w:pPr"):
            first._p.remove(child)
    for i, runs in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        for piece in runs:
            run = p.add_run()
            _rpr(run, piece.fx)
            _put_text(run._r, piece.text)


def _shade(cell: object, fill: str) -> None:
    """Cell shading as Word writes it (w:tcPr/w:shd, clear pattern, the fill colour)."""
    tcpr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _docx_src(stem: str, lines: Sequence[str], table: Sequence[Sequence[Cell]], widths: Sequence[float],
              after: Sequence[str] = (), shade: dict[int, str] | None = None,
              bold_lines: Sequence[int] = ()) -> Path:  # fmt: skip
    """The notice by notice_docx (plain cells as text), the formatted cells rewritten run by run, whole
    table rows shaded (`shade`: table row → fill), the lines at `bold_lines` bold, grid widths set, pinned."""
    plain = [[c if isinstance(c, str) else "" for c in row] for row in table]
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, plain, widths, after)
    doc = open_docx(str(src))
    grid = doc.tables[0]
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            if not isinstance(value, str):
                _fill(grid.cell(r, c), value)
    for r, fill in (shade or {}).items():
        for cell in grid.rows[r].cells:
            _shade(cell, fill)
    for i in bold_lines:
        for run in doc.paragraphs[i].runs:
            run.font.bold = True
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    return src


def _docx(stem: str, lines: Sequence[str], table: Sequence[Sequence[Cell]], widths: Sequence[float], tmp: Path,
          after: Sequence[str] = (), shade: dict[int, str] | None = None, bold_lines: Sequence[int] = ()) -> None:  # fmt: skip
    """`_docx_src`, and its LibreOffice print packed."""
    src = _docx_src(stem, lines, table, widths, after, shade, bold_lines)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _rows(rows: Sequence[Row]) -> list[list[Cell]]:
    return [list(r) for r in rows]


# --- web pages: cells as markup, rows with attributes ----------------------------------------------


def _html(stem: str, lines: Sequence[str], header: Sequence[str], body: Sequence[Sequence[str]], tmp: Path,
          after: Sequence[str] = (), css: str = CSS, tr: dict[int, str] | None = None) -> None:  # fmt: skip
    """A web page of the notice's lines, a table whose body cells are given as markup (`tr`: a body row's
    index → the attributes of its <tr>), and the lines after it; its Chromium print."""
    css += "td:nth-child(5),td:nth-child(6){white-space:nowrap}"  # the title and series on one line
    head = "<tr>" + "".join(f"<th>{_m(h)}</th>" for h in header) + "</tr>\n"
    rows = "".join(f"<tr{(' ' + (tr or {})[i]) if i in (tr or {}) else ''}>" + "".join(f"<td>{c}</td>" for c in row)
                   + "</tr>\n" for i, row in enumerate(body))  # fmt: skip
    table = f"<table>\n<thead>\n{head}</thead>\n<tbody>\n{rows}</tbody></table>\n"
    tail = "".join(f"<p>{_m(line)}</p>\n" for line in after)
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, [table, tail], css), encoding="utf-8")
    chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def _wrap(text: str, part: str, open_tag: str, close_tag: str) -> str:
    """The cell's markup with the first occurrence of `part` wrapped in the tags."""
    before, found, rest = text.partition(part)
    assert found, (part, text)
    return _m(before) + open_tag + _m(part) + close_tag + _m(rest)


# --- 1. corrections struck through in markup, a withdrawn row (HTML) --------------------------------

ZHOUKOU = pick(W, 25, 26, 27, 28, 23, 24, 56, 37, 38, 40, 41, 42, 43, 35, 36)
ZHOUKOU_WITHDRAWN = 6  # Certified Food Scientist (CFS): struck, 序号 7 and all


def zhoukou(tmp: Path) -> list[Made]:
    """<del> and <s> inside names, a 译名, a body's bracket and before a title, and a whole row struck by
    its <tr>'s text-decoration, the rows after it keeping their numbers."""
    printed = make_unseen9.numbered(ZHOUKOU)
    body = [[_m(c) for c in r] for r in printed]
    body[0][1] = "Certified Welding <s>Engineer</s> Inspector"
    body[0][2] = "注册焊接<s>工程师</s>检验师"
    body[3][3] = "美国材料信息协会 (<del>American Society for Metals</del> ASM International)"
    body[5][4] = "<s>助理工程师</s>工程师"
    body[9][1] = "Heat <s>Treatment</s> Treating"
    rows = [r for i, r in enumerate(printed) if i != ZHOUKOU_WITHDRAWN]
    rows[3] = (*rows[3][:3], "美国材料信息协会 (ASM International)", *rows[3][4:])
    lines = ["周人社〔2025〕44号", "关于印发《周口市国际职业资格比照认定职称目录（第一批）（修订版）》的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "《周口市国际职业资格比照认定职称目录（第一批）》公布以来，对我市国际化专业技术人才职称评价工作发挥了积极作用。"
             "根据有关颁证单位名称和证书设置调整情况，我局对目录进行了修订，现将修订后的目录予以印发。",
             "目录中标示删除线的文字为本次修订删除的内容；整行标示删除线的条目自本通知印发之日起停止执行，其余条目序号不变。",
             "特此通知。",
             "周口市人力资源和社会保障局", "2025年8月7日", "附件", "周口市国际职业资格比照认定职称目录（第一批）（修订版）"]  # fmt: skip
    css = CSS + "tr.withdrawn td{text-decoration:line-through}"
    _html("zhoukou-shanchuxian", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"], css,
          {ZHOUKOU_WITHDRAWN: "class='withdrawn' style='text-decoration:line-through'"})  # fmt: skip
    why = ("a revised catalog on a web page with its corrections marked, as the notice says (标示删除线的文字为本次修订"
           "删除的内容；整行标示删除线的条目……停止执行，其余条目序号不变): struck words (<s>, <del>; a line through them "
           "in the print) inside row 1's name and 译名 (Certified Welding <s>Engineer</s> Inspector, 注册焊接<s>工程师</s>"
           "检验师), inside row 4's body bracket ((<del>American Society for Metals</del> ASM International)), before "
           "row 6's title (<s>助理工程师</s>工程师) and inside row 10's name (Heat <s>Treatment</s> Treating); and row "
           "7 (Certified Food Scientist (CFS) | 注册食品科学家 | 美国食品工艺学家学会 …) struck whole by its <tr>'s "
           "text-decoration, 序号 7 included, the rows after it keeping 8-15. Expected: the current text (Certified "
           "Welding Inspector, 注册焊接检验师, 美国材料信息协会 (ASM International), 工程师, Heat Treating) and the 14 "
           "rows in force with their printed 序号 (1-6, 8-15; the gap at 7 is the withdrawn row); or the notice "
           "held back. Never struck text published as current or run together with the new (\"Certified Welding "
           "Engineer Inspector\", \"助理工程师工程师\"), never row 7 published.")
    return _both("zhoukou-shanchuxian", _truth(rows, why), "zhoukou-shanchuxian-chromium")


# --- 2. the struck old text after the new, w:strike and w:dstrike (DOCX) --------------------------

PUYANG = pick(W, 9, 10, 11, 12, 13, 18, 19, 14, 15, 16, 17, 20, 21, 22)


def puyang(tmp: Path) -> list[Made]:
    """Corrections with the old text struck AFTER the new one (w:strike, w:dstrike), a struck abbreviation
    in brackets after a name and after a body; no row struck."""
    rows = make_unseen9.numbered(PUYANG)
    printed = _rows(rows)
    printed[0][1] = [[fx("Chartered Membership"), fx(" (MCIOB)", "strike")]]
    printed[3][2] = [[fx("美国注册土木结构工程师"), fx("美国注册结构工程师", "dstrike")]]
    printed[5][4] = [[fx("助理工程师"), fx("工程师", "strike")]]
    printed[10][3] = [[fx("加拿大工程师协会 (Engineers Canada)"), fx(" (CCPE)", "dstrike")]]
    printed[11][5] = [[fx("交通工程"), fx("建设工程", "strike")]]
    printed[12][1] = [[fx("FE Environmental"), fx(" (EIT)", "strike")]]
    lines = ["濮人社〔2025〕36号", "关于公布濮阳市国际职业资格比照认定职称目录（第一批）（修订稿）的通知",
             "各县（区）人力资源和社会保障局，开发区、示范区、工业园区人力资源管理部门，市直各单位，各有关企业：",
             "根据国际职业资格证书和颁证单位名称调整情况，我局对《濮阳市国际职业资格比照认定职称目录（第一批）》进行了修订。"
             "为便于核对，修订后的内容后以删除线保留原内容（单删除线、双删除线均表示删除），现予以公布，请遵照执行。",
             "特此通知。",
             "濮阳市人力资源和社会保障局", "2025年9月16日", "附件", "濮阳市国际职业资格比照认定职称目录（第一批）（修订稿）"]  # fmt: skip
    _docx("puyang-shanchuxian-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp, ["注：证书须在有效期内。"])
    why = ("corrections printed with the old text struck AFTER the new one, as the notice says (修订后的内容后以删除线"
           "保留原内容，单删除线、双删除线均表示删除): row 1's name Chartered Membership then \" (MCIOB)\" struck "
           "(w:strike), row 4's 译名 美国注册土木结构工程师 then 美国注册结构工程师 double-struck (w:dstrike), row 6's "
           "title 助理工程师 then 工程师 struck, row 11's body 加拿大工程师协会 (Engineers Canada) then \" (CCPE)\" "
           "double-struck (the body's former abbreviation), row 12's series 交通工程 then 建设工程 struck, row 13's "
           "name FE Environmental then \" (EIT)\" struck. No row is struck; 序号 runs 1-14. Expected: the text not "
           "struck (Chartered Membership, 美国注册土木结构工程师, 助理工程师, 加拿大工程师协会 (Engineers Canada), 交通工程, "
           "FE Environmental); or the notice held back. Never the struck text published, alone or run on "
           "(\"助理工程师工程师\", \"交通工程建设工程\", \"(Engineers Canada) (CCPE)\").")
    return _both("puyang-shanchuxian-libreoffice", _truth(rows, why))


# --- 3. underlines and 着重号 (DOCX) ----------------------------------------------------------------

ZHUMADIAN = pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 17, 18, 19, 20)


def _parts(text: str, part: str, *props: str) -> list[list[Fx]]:
    """One paragraph: the text with `part` (its first occurrence) formatted."""
    before, found, rest = text.partition(part)
    assert found, (part, text)
    return [[fx(before), fx(part, *props), fx(rest)]]


def zhumadian(tmp: Path) -> list[Made]:
    """w:u single, double, wavy, words, dotted and thick under parts of names and bodies; w:em dot under
    Chinese words."""
    rows = make_unseen9.numbered(ZHUMADIAN)
    printed = _rows(rows)
    printed[0][1] = _parts(rows[0][1], "ACRP-PM", "u=single")
    printed[1][1] = _parts(rows[1][1], "(ACRP Medical Device Professional)", "u=double")
    printed[2][3] = _parts(rows[2][3], "(Association of Clinical Research Professionals)", "u=wave")
    printed[3][4] = _parts(rows[3][4], "助理", "em=dot")
    printed[4][4] = _parts(rows[4][4], "助理", "em=dot")
    printed[5][2] = [[fx(rows[5][2], "em=dot")]]
    printed[6][3] = _parts(rows[6][3], "美国毒理委员会", "u=wave")
    printed[8][1] = [[fx(rows[8][1], "u=words")]]
    printed[9][1] = _parts(rows[9][1], "Ordinary", "u=dotted")
    printed[10][2] = _parts(rows[10][2], "数据", "em=dot")
    printed[12][1] = _parts(rows[12][1], "SAS 9", "u=thick")
    printed[13][3] = [[fx(rows[13][3], "u=single")]]
    lines = ["驻人社〔2025〕58号", "关于公布驻马店市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市生物医药和医疗器械产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅关于"
             "国际职业资格比照认定职称的有关规定，我局研究制定了《驻马店市国际职业资格比照认定职称目录（第一批）》，现予以"
             "公布，请遵照执行。",
             "特此通知。",
             "驻马店市人力资源和社会保障局", "2025年10月21日", "附件", "驻马店市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("zhumadian-xiahuaxian-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp,
          ["注：加着重号的为初级职称，证书须在有效期内。"])  # fmt: skip
    why = ("parts of cells are underlined (w:u: single under row 1's ACRP-PM, double under row 2's \"(ACRP Medical "
           "Device Professional)\", wavy under row 3's body English name and row 7's 美国毒理委员会, words-only under "
           "row 9's name, dotted under row 10's Ordinary, thick under row 13's \"SAS 9\", single under all of row 14's "
           "body) and Chinese words carry 着重号 (w:em dot, a dot under each character: 助理 in rows 4-5's titles, "
           "the whole 译名 执业药师 of row 6, 数据 in row 11's 译名). Expected: the plain text of every cell: an "
           "underline or an emphasis dot is no character, and no space or mark where a formatted run starts or "
           "ends (助理工程师, ACRP-PM (ACRP Project Manager)).")
    return _both("zhumadian-xiahuaxian-libreoffice", _truth(rows, why))


# --- 4. <u>, underline styles and 着重号 on a page (HTML) -------------------------------------------

XINYANG = pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)


def xinyang(tmp: Path) -> list[Made]:
    """<u> and text-decoration underline (double, wavy, dotted) under parts of cells; text-emphasis dots
    under Chinese words."""
    rows = make_unseen9.numbered(XINYANG)
    body = [[_m(c) for c in r] for r in rows]
    dot = "<span class='zz'>", "</span>"
    body[0][1] = _wrap(rows[0][1], "Mechanical Engineer", "<u>", "</u>")
    body[1][2] = _wrap(rows[1][2], "初级", *dot)
    body[1][4] = _wrap(rows[1][4], "助理", *dot)
    body[2][3] = _wrap(rows[2][3], "(American Society for Metals)", "<span style='text-decoration:underline double'>",
                       "</span>")  # fmt: skip
    body[3][2] = _wrap(rows[3][2], "机械电子", *dot)
    body[5][1] = _wrap(rows[5][1], "Machine Design and Materials",
                       "<span style='text-decoration:underline wavy'>", "</span>")  # fmt: skip
    body[7][1] = "<u>" + _m(rows[7][1]) + "</u>"
    body[8][3] = _wrap(rows[8][3], "(IMechE)", "<span style='text-decoration:underline dotted'>", "</span>")
    body[9][2] = _wrap(rows[9][2], "焊接工程师", *dot)
    body[11][4] = "<u>" + _m(rows[11][4]) + "</u>"
    body[12][4] = "<span class='zz'>" + _m(rows[12][4]) + "</span>"
    lines = ["信人社〔2025〕27号", "关于公布信阳市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（区）人力资源和社会保障局，各管理区、开发区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市装备制造和现代物流产业发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅有关"
             "要求，我局研究制定了《信阳市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "信阳市人力资源和社会保障局", "2025年4月29日", "附件", "信阳市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    css = CSS + ".zz{text-emphasis:filled circle;-webkit-text-emphasis:filled circle;text-emphasis-position:under right}"
    _html("xinyang-zhuozhonghao", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"], css)
    why = ("parts of cells underlined (<u> under row 1's \"Mechanical Engineer\", all of row 8's name and row 12's "
           "title; text-decoration underline double under row 3's \"(American Society for Metals)\", wavy under row "
           "6's \"Machine Design and Materials\", dotted under row 9's \"(IMechE)\") and Chinese words with 着重号 "
           "(CSS text-emphasis: a filled circle under each character: 初级 and 助理 in row 2, 机械电子 in row 4's 译名, "
           "焊接工程师 in row 10's, row 13's whole title 助理工程师). Expected: the plain text: the lines and dots "
           "are no characters (and the emphasis marks no ruby or second line of text).")
    return _both("xinyang-zhuozhonghao", _truth(rows, why), "xinyang-zhuozhonghao-chromium")


# --- 5. highlight, cell shading, red text for the new rows (DOCX) ---------------------------------

PINGDINGSHAN = pick(W, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60)


def pingdingshan(tmp: Path) -> list[Made]:
    """w:highlight on two names and a title, w:shd grey over the header and three whole rows, the four new
    rows' text red."""
    rows = make_unseen9.numbered(PINGDINGSHAN)
    printed = _rows(rows)
    printed[2][1] = [[fx(rows[2][1], "highlight=yellow")]]
    printed[4][1] = _parts(rows[4][1], "CIP3", "highlight=yellow")
    printed[3][4] = [[fx(rows[3][4], "highlight=green")]]
    for r in range(11, 15):
        printed[r] = [[[fx(text, "color=FF0000")]] for text in rows[r]]
    printed[12][1] = [[fx(rows[12][1], "color=FF0000", "highlight=yellow")]]
    lines = ["平人社〔2025〕52号", "关于公布平顶山市国际职业资格比照认定职称目录（第二批）的通知",
             "各县（市、区）人力资源和社会保障局，高新区、新城区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市尼龙新材料、电子信息和装备制造产业发展，根据省人力资源和社会保障厅有关规定，在第一批目录基础上，我局"
             "研究制定了《平顶山市国际职业资格比照认定职称目录（第二批）》，现予以公布，自公布之日起施行。",
             "特此通知。",
             "平顶山市人力资源和社会保障局", "2025年11月4日", "附件", "平顶山市国际职业资格比照认定职称目录（第二批）"]  # fmt: skip
    after = ["注：1. 红色字体为本批次新增条目，其余为第一批目录调整后保留条目。", "2. 证书须在有效期内。"]
    _docx("pingdingshan-gaoliang-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp, after,
          {0: "D9D9D9", 6: "E7E6E6", 7: "E7E6E6", 8: "E7E6E6"})  # fmt: skip
    why = ("colour on the page only: Word highlighting (w:highlight yellow over row 3's name and row 5's CIP3, green "
           "over row 4's title 助理工程师; row 13's red name highlighted too), grey cell shading (w:shd) over the "
           "header and rows 6-8, and rows 12-15 in red (w:color), the note under the table saying 红色字体为本批次新增"
           "条目. Expected: every row's plain text, all 15 rows (the red rows are as much in force as the black: the "
           "colour marks them new, not different); the notes under the table are no rows.")
    return _both("pingdingshan-gaoliang-libreoffice", _truth(rows, why))


# --- 6. zebra rows, <mark>, blue text for the new rows (HTML) ---------------------------------------

LUOHE = pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 45, 52)


def luohe(tmp: Path) -> list[Made]:
    """Rows striped by tr:nth-child(even), <mark> over words, a yellow background span, the new rows blue."""
    rows = make_unseen9.numbered(LUOHE)
    body = [[_m(c) for c in r] for r in rows]
    body[1][1] = _wrap(rows[1][1], "Betriebsstechnik", "<mark>", "</mark>")
    body[4][2] = _wrap(rows[4][2], "机电一体化", "<mark>", "</mark>")
    body[6][1] = _wrap(rows[6][1], "Kältetechnik", "<span style='background-color:#ffff00'>", "</span>")
    for r in range(9, 12):
        body[r] = ["<span style='color:#0000ff'>" + _m(c) + "</span>" for c in rows[r]]
    lines = ["漯人社〔2025〕19号", "关于公布漯河市国际职业资格比照认定职称目录（第二批）的通知",
             "各县区人力资源和社会保障局，经济技术开发区、城乡一体化示范区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市食品加工、装备制造和化工产业发展，深化中德职业教育合作，根据省人力资源和社会保障厅有关规定，我局研究"
             "制定了《漯河市国际职业资格比照认定职称目录（第二批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "漯河市人力资源和社会保障局", "2025年6月24日", "附件", "漯河市国际职业资格比照认定职称目录（第二批）"]  # fmt: skip
    css = (CSS + "th{background:#d9e2f3}tbody tr:nth-child(even) td{background:#e6e6e6}"
           "th,td,mark,span{-webkit-print-color-adjust:exact;print-color-adjust:exact}")  # fmt: skip
    _html("luohe-banmawen", lines, CATALOG_HEADER, body, tmp, ["注：蓝色字体为本批新增职业资格，证书须在有效期内。"], css)
    why = ("colour on the page only: the rows striped grey (tbody tr:nth-child(even), printed), the header blue-grey, "
           "<mark> over row 2's Betriebsstechnik and row 5's 机电一体化, a yellow background span over row 7's "
           "Kältetechnik, and rows 10-12 in blue (<span style='color'>), the note under the table saying "
           "蓝色字体为本批新增职业资格. Expected: every row's plain text, all 12 rows: the colours and marks are no "
           "characters, and the blue rows are in force like the others.")
    return _both("luohe-banmawen", _truth(rows, why), "luohe-banmawen-chromium")


# --- 7. All Caps and Small Caps in Word (DOCX) ----------------------------------------------------

SANMENXIA_CAPS = pick(W, 18, 19, 23, 24, 9, 1)
SANMENXIA_SMALL = pick(W, 51, 52, 53, 54, 55)
SANMENXIA_LOWER = pick(W, 56)[0]  # its name typed in lower case, shown in capitals by w:caps


def sanmenxia(tmp: Path) -> list[Made]:
    """w:caps on six names as typed and on one typed in lower case, w:smallCaps on five names."""
    source = [*SANMENXIA_CAPS, *SANMENXIA_SMALL, SANMENXIA_LOWER]
    rows = make_unseen9.numbered(source)
    printed = _rows(rows)
    truth = [list(r) for r in rows]
    for r in range(6):
        printed[r][1] = [[fx(rows[r][1], "caps")]]
        truth[r][1] = rows[r][1].upper()
    for r in range(6, 11):
        printed[r][1] = [[fx(rows[r][1], "smallCaps")]]
    printed[11][1] = [[fx(rows[11][1].lower().replace("(cfs)", "(CFS)"), "caps")]]
    truth[11][1] = rows[11][1].upper()
    lines = ["三人社〔2025〕31号", "关于公布三门峡市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市有色金属、纺织和食品加工产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅"
             "有关规定，我局研究制定了《三门峡市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "三门峡市人力资源和社会保障局", "2025年3月18日", "附件", "三门峡市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("sanmenxia-daxie-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp, ["注：证书须在有效期内。"])
    why = ("the 职业资格名称 cells are formatted with Word's font effects: rows 1-6 with All Caps (w:caps) over the "
           "names as typed (Associate (AssocRICS), Chartered Engineer (CEng) …), row 12 with All Caps over a name "
           "typed in lower case (\"certified food scientist (CFS)\"), rows 7-11 with Small Caps (w:smallCaps) over "
           "the names as typed (Associateship (ASDC), Licentiatehip (LTI) …). The truth is what a reader of the "
           "notice sees, in Word and on the page: under All Caps every letter is a capital and nothing on the page "
           "tells which were typed small, so rows 1-6 and 12 are ASSOCIATE (ASSOCRICS), CHARTERED ENGINEER (CENG), "
           "CERTIFIED FOOD SCIENTIST (CFS) (the DOCX's stored case is not what the notice shows, and row 12's stored "
           "lower case is no name either; the DOCX and the PDF must publish the same). Under Small Caps the typed "
           "capitals print as full capitals and the small letters as smaller capitals, so the case stays visible "
           "on the page and a reader reads Associateship (ASDC), not ASSOCIATESHIP (ASDC): rows 7-11 are the "
           "stored text. Sending the case of these names to review is as right; publishing the DOCX's stored "
           "case for rows 1-6 and 12, or all capitals for rows 7-11, is not.")
    return _both("sanmenxia-daxie-libreoffice", _truth([tuple(r) for r in truth], why))


# --- 8. text-transform and font-variant on a page (HTML) --------------------------------------------

JIAMUSI = [*pick(T, 11, 12, 13, 14, 15), *pick(T, 17), *pick(T, 16, 18, 6, 7, 8)]


def jiamusi(tmp: Path) -> list[Made]:
    """text-transform: uppercase on five names, capitalize on one typed in lower case, font-variant:
    small-caps on bodies' English names."""
    rows = make_unseen9.numbered(JIAMUSI)
    body = [[_m(c) for c in r] for r in rows]
    truth = [list(r) for r in rows]
    for r in range(5):
        body[r][1] = f"<span style='text-transform:uppercase'>{_m(rows[r][1])}</span>"
        truth[r][1] = rows[r][1].upper()
    body[5][1] = f"<span style='text-transform:capitalize'>{_m(rows[5][1].lower())}</span>"
    for r in range(6, 11):
        zh, _, en = rows[r][3].partition(" (")
        body[r][3] = f"{_m(zh)} <span style='font-variant:small-caps'>({_m(en)}</span>"
    lines = ["佳人社发〔2025〕23号", "关于公布佳木斯市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市）区人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市生物医药和现代农业产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅有关"
             "规定，我局研究制定了《佳木斯市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "佳木斯市人力资源和社会保障局", "2025年7月3日", "附件", "佳木斯市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _html("jiamusi-daxie", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"])
    assert truth[5][1] == "Certified Clinical Data Manager"  # capitalize gives back the name
    why = ("the page's CSS changes how names are shown: rows 1-5's names with text-transform: uppercase (the "
           "source has International Technologist in Gynecology Cytology (ASCP) …, the page and the print show "
           "INTERNATIONAL TECHNOLOGIST IN GYNECOLOGY CYTOLOGY (ASCP)), row 6's typed in lower case (\"certified "
           "clinical data manager\") with text-transform: capitalize, shown Certified Clinical Data Manager, and the "
           "English names of rows 7-11's bodies with font-variant: small-caps. The truth is what a reader sees: "
           "rows 1-5 in capitals (nothing on the page tells the typed case; the HTML and the PDF must publish the "
           "same), row 6 capitalized as shown (which is the name), rows 7-11's bodies as typed: small caps draw the "
           "small letters as smaller capitals, the case stays visible (a reader reads American College of Clinical "
           "Pharmacology). Sending the case of these cells to review is as right; publishing the source's case for "
           "rows 1-6, or capitals for rows 7-11's bodies, is not.")
    return _both("jiamusi-daxie", _truth([tuple(r) for r in truth], why), "jiamusi-daxie-chromium")


# --- 9. a reviewer's annotations on the print (DOCX, annotated PDF) -------------------------------

JIXI = pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17)


def _quad(box: tuple[float, float, float, float]) -> list[float]:
    left, bottom, right, top = box
    return [left, top, right, top, left, bottom, right, bottom]


def _lines(text: pdfium.PdfTextPage, needle: str) -> list[tuple[float, float, float, float]]:
    """The boxes (left, bottom, right, top) of the first occurrence of `needle` on the page, one per printed
    line (its characters' boxes joined; line ends between them skipped)."""
    found = text.search(needle, match_case=True).get_next()
    assert found, needle
    start, count = found
    lines: list[list[tuple[float, float, float, float]]] = []
    for i in range(start, start + count):
        box = text.get_charbox(i)
        if box[2] - box[0] <= 0:
            continue
        if lines and abs(lines[-1][-1][1] - box[1]) < 3:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [(min(b[0] for b in ln), min(b[1] for b in ln), max(b[2] for b in ln), max(b[3] for b in ln)) for ln in lines]


def _annotate(pdf: Path, out: Path, tmp: Path) -> None:
    """The print with a reviewer's annotations added on page 1, written as objects in qpdf's JSON and read back
    by qpdf: the page's content is not touched."""
    document = pdfium.PdfDocument(str(pdf))
    text = document[0].get_textpage()
    homes = _lines(text, "LEED AP Homes")
    title = _lines(text, "工程师")
    clarb = _lines(text, "CLARB Certification")
    note_at = _lines(text, "美国专业园林设计师协会")[0]
    width = document[0].get_width()
    document.close()
    dump = tmp / f"{pdf.stem}.json"
    subprocess.run(["qpdf", "--json-output=2", "--json-stream-data=inline", str(pdf), str(dump)], check=True)
    data = json.loads(dump.read_text(encoding="utf-8"))
    objects = data["qpdf"][1]
    root = objects[f"obj:{objects['trailer']['value']['/Root']}"]["value"]
    page_ref = objects[f"obj:{root['/Pages']}"]["value"]["/Kids"][0]
    n = data["qpdf"][0]["maxobjectid"]

    def new(value: dict, stream: bytes | None = None) -> str:
        nonlocal n
        n += 1
        ref = f"{n} 0 R"
        if stream is None:
            objects[f"obj:{ref}"] = {"value": value}
        else:
            objects[f"obj:{ref}"] = {"stream": {"dict": value, "data": base64.b64encode(stream).decode()}}
        return ref

    when = "u:D:20250612093000+08'00'"
    gs = {"/GS0": {"/Type": "/ExtGState", "/BM": "/Multiply", "/CA": 1, "/ca": 1}}

    def form(w: float, h: float, content: str, resources: dict | None = None) -> str:
        return new({"/Type": "/XObject", "/Subtype": "/Form", "/BBox": [0, 0, w, h], "/Resources": resources or {}},
                   content.encode("latin-1"))  # fmt: skip

    def markup(kind: str, lines: Sequence[tuple[float, float, float, float]], colour: list[float], comment: str) -> str:
        """A Highlight or Underline over the lines' boxes: one quad per line, its appearance drawn."""
        boxes = [(b[0] - 1, b[1] - 1.5, b[2] + 1, b[3] + 1.5) for b in lines]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        r, g, b = colour
        if kind == "/Highlight":
            marks = " ".join(f"{x0 - left:.2f} {y0 - bottom:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re" for x0, y0, x1, y1 in boxes)
            ap = form(right - left, top - bottom, f"q /GS0 gs {r} {g} {b} rg {marks} f Q", {"/ExtGState": gs})
        else:  # /Underline
            marks = " ".join(f"{x0 - left:.2f} {y0 - bottom + 1:.2f} m {x1 - left:.2f} {y0 - bottom + 1:.2f} l"
                             for x0, y0, x1, _ in boxes)  # fmt: skip
            ap = form(right - left, top - bottom, f"q {r} {g} {b} RG 0.8 w {marks} S Q")
        return new({"/Type": "/Annot", "/Subtype": kind, "/Rect": [left, bottom, right, top], "/F": 4,
                    "/QuadPoints": [v for box in boxes for v in _quad(box)], "/C": colour, "/CA": 1, "/P": page_ref,
                    "/T": "u:人社局审核科", "/M": when, "/CreationDate": when, "/Contents": f"u:{comment}",
                    "/AP": {"/N": ap}})  # fmt: skip

    annots = [
        markup("/Highlight", homes, [1, 1, 0], ""),
        markup("/Highlight", title, [1, 1, 0], ""),
        markup("/Underline", clarb, [1, 0, 0], "证书名称以颁证单位官网为准"),
    ]
    # a sticky note (Text) beside row 2's body, with its Popup
    x, y = note_at[2] + 4, note_at[3] - 16
    icon = form(16, 16, "q 1 0.85 0.2 rg 0 0 0 RG 0.5 w 0.5 0.5 15 15 re B 3 11 m 13 11 l 3 8 m 13 8 l 3 5 m 10 5 l S Q")
    note = new({"/Type": "/Annot", "/Subtype": "/Text", "/Rect": [x, y, x + 16, y + 16], "/F": 28, "/Name": "/Comment",
                "/C": [1, 0.85, 0.2], "/T": "u:人社局审核科", "/M": when, "/CreationDate": when, "/Open": False,
                "/Contents": "u:颁证单位英文名称已与官网核对", "/P": page_ref, "/AP": {"/N": icon}})  # fmt: skip
    popup = new({"/Type": "/Annot", "/Subtype": "/Popup", "/Rect": [width - 200, y - 60, width - 20, y + 40], "/F": 28,
                 "/Open": False, "/Parent": note, "/P": page_ref})  # fmt: skip
    objects[f"obj:{note}"]["value"]["/Popup"] = popup
    annots += [note, popup]
    # a FreeText box in the right margin: 已核对 in red, Adobe's STSong-Light (not embedded, as viewers write it)
    descriptor = new({"/Type": "/FontDescriptor", "/FontName": "/STSong-Light", "/Flags": 6, "/FontBBox": [-25, -254, 1000, 880],
                      "/ItalicAngle": 0, "/Ascent": 880, "/Descent": -120, "/CapHeight": 880, "/StemV": 93})  # fmt: skip
    cid = new({"/Type": "/Font", "/Subtype": "/CIDFontType0", "/BaseFont": "/STSong-Light", "/DW": 1000,
               "/CIDSystemInfo": {"/Registry": "u:Adobe", "/Ordering": "u:GB1", "/Supplement": 4},
               "/FontDescriptor": descriptor})  # fmt: skip
    font = new({"/Type": "/Font", "/Subtype": "/Type0", "/BaseFont": "/STSong-Light", "/Encoding": "/UniGB-UCS2-H",
                "/DescendantFonts": [cid]})  # fmt: skip
    box_w, box_h = 52.0, 22.0
    fx0, fy0 = width - box_w - 4, homes[0][1] - 4
    words = "已核对".encode("utf-16-be").hex().upper()
    content = f"q 1 0 0 RG 1 w 0.5 0.5 {box_w - 1} {box_h - 1} re S BT /F1 12 Tf 1 0 0 rg 8 6 Td <{words}> Tj ET Q"
    ap = form(box_w, box_h, content, {"/Font": {"/F1": font}})
    annots.append(new({"/Type": "/Annot", "/Subtype": "/FreeText", "/Rect": [fx0, fy0, fx0 + box_w, fy0 + box_h],
                       "/F": 4, "/Contents": "u:已核对", "/DA": "u:1 0 0 rg /F1 12 Tf", "/Q": 0, "/C": [1, 0, 0],
                       "/T": "u:人社局审核科", "/M": when, "/CreationDate": when, "/P": page_ref,
                       "/BS": {"/W": 1}, "/AP": {"/N": ap}}))  # fmt: skip
    page = objects[f"obj:{page_ref}"]["value"]
    assert "/Annots" not in page
    page["/Annots"] = annots
    data["qpdf"][0]["maxobjectid"] = n
    edited = tmp / f"{pdf.stem}.edited.json"
    edited.write_text(json.dumps({"qpdf": data["qpdf"]}), encoding="utf-8")
    annotated = tmp / f"{pdf.stem}.annotated.pdf"
    subprocess.run(["qpdf", "--json-input", str(edited), str(annotated)], check=True)
    pack_pinned(annotated, out)


def jixi(tmp: Path) -> list[Made]:
    """A plain catalog; its LibreOffice print with two Highlights, an Underline, a sticky note and a FreeText
    已核对 in the margin added as annotations."""
    rows = make_unseen9.numbered(JIXI)
    stem = "jixi-pizhu-libreoffice"
    lines = ["鸡人社发〔2025〕15号", "关于公布鸡西市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市）区人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市石墨新材料和绿色建筑产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅有关"
             "规定，我局研究制定了《鸡西市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "鸡西市人力资源和社会保障局", "2025年6月10日", "附件", "鸡西市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    src = _docx_src(stem, lines, [CATALOG_HEADER, *_rows(rows)], WIDTHS, ["注：证书须在有效期内。"])
    _annotate(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf", tmp)
    why = ("the PDF is the notice's LibreOffice print as a reviewer at the bureau marked it up in a PDF viewer: "
           "annotation objects on page 1 over an unchanged page (a yellow Highlight over row 8's name LEED AP Homes "
           "and one over row 1's title 工程师, a red Underline under row 3's name CLARB Certification with the "
           "comment 证书名称以颁证单位官网为准, a sticky note (Text, with its Popup) beside row 2's body saying "
           "颁证单位英文名称已与官网核对, and a FreeText box 已核对 in the right margin beside row 8). Expected: the "
           "printed table, the same 12 rows as the DOCX (which has no annotations); the annotations' text (已核对, "
           "the comments) is no part of any cell or row, and a highlight or underline changes no text.")
    return _both(stem, _truth(rows, why))


# --- 10. bold, italic, outline and shadow (DOCX) ----------------------------------------------------

SIPING: list[Row] = [
    ("IPMA Level D (Certified Project Management Associate)", "助理项目经理", IPMA, "助理经济师", ECO),
    ("IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师", ECO),
    ("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师", ECO),
    ("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", ECO),
    ("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师", ECO),
    ("Member (ACCA)", "特许公认会计师", ACCA, "会计师", ACC),
    ("Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师", ACC),
    ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", CIMA, "会计师", ACC),
    ("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师", ACC),
    ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", CPAA, "会计师", ACC),
    ("Certified Internal Auditor (CIA)", "国际注册内部审计师", IIA, "审计师", AUD),
    ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", ISACA, "审计师", AUD),
]  # fmt: skip


def siping(tmp: Path) -> list[Made]:
    """Bold title and header, italic English names (whole cells, and the English half of the bodies), a bold
    对应职称 column, w:outline on three 译名 and w:shadow on three bodies' Chinese names."""
    rows = make_unseen9.numbered(SIPING)
    printed = _rows(rows)
    header: list[Cell] = [[[fx(h, "b")]] for h in CATALOG_HEADER]
    for r, row in enumerate(rows):
        printed[r][1] = [[fx(row[1], "i")]]
        zh, _, en = row[3].partition(" (")
        printed[r][3] = [[fx(zh + " ", *(("shadow",) if r in (3, 6, 10) else ())), fx("(" + en, "i")]]
        printed[r][4] = [[fx(row[4], "b")]]
    for r in (0, 5, 8):
        printed[r][2] = [[fx(rows[r][2], "outline", "b")]]
    lines = ["四人社发〔2025〕29号", "关于公布四平市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市）区人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市现代金融和商贸服务业发展，进一步拓宽经济、会计、审计领域国际化人才职称评价渠道，根据省人力资源和社会"
             "保障厅有关规定，我局研究制定了《四平市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "四平市人力资源和社会保障局", "2025年12月2日", "附件", "四平市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("siping-jiacu-libreoffice", lines, [header, *printed], (1.0, 4.6, 3.2, 4.8, 2.0, 1.6), tmp,
          ["注：证书须在有效期内。"], bold_lines=(1, 8))  # fmt: skip
    why = ("weight and style only: the title, the annex title and the header bold, every 职业资格名称 italic, each "
           "body's English name italic after its upright Chinese name (one cell, two runs), the 对应职称 column bold, "
           "three 译名 bold in outline (w:outline, rows 1, 6, 9) and three bodies' Chinese names shadowed (w:shadow, "
           "rows 4, 7, 11). Expected: the plain text of all 12 rows (美国特许金融分析师协会 (CFA Institute): the "
           "change from upright to italic is no space and no character).")
    return _both("siping-jiacu-libreoffice", _truth(rows, why))


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    zhoukou, puyang, zhumadian, xinyang, pingdingshan, luohe, sanmenxia, jiamusi, jixi, siping,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones), their truth files and README.txt."""
    code = make_unseen9.write_round(DOCUMENTS, sys.argv[1:])
    if not sys.argv[1:]:
        make_unseen24.write_readme(OUT, __doc__ or "")
    return code


if __name__ == "__main__":
    sys.exit(main())
