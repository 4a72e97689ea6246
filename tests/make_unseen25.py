"""Regenerate tests/fixtures/unseen25: a sixteenth blind probe round, of the text inside cells as clerks type it.

    .venv/bin/python tests/make_unseen25.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen25.py dandong      # only these

Whole notices (文号, title with 第N批, addressees, intro, closing words, bureau, date, annex title, the table
and the words under it) in cities no earlier round used (泰安, 枣庄, 开封, 焦作, 商丘, 牡丹江, 丹东, 遂宁, 攀枝花,
郴州, 怀化), each a catalog in a simple ruled table whose cell TEXT departs from clean typing in one way a
bureau really produces; every body and qualification real (rows of the bundled notices come by `pick`; the
others are the bodies and qualifications tests/make_unseen23.py already uses). Every one is a catalog:
published exactly as its truth, or held back loudly. The truth is the text a data steward would publish
(what the reader sees, normalised so a portal search finds it: NFKC for full-width forms, no invisible
characters, markers and struck or hidden text out), and each "why" says what is expected and why.

    taian-quanjiao-libreoffice.docx/.pdf     Latin letters, digits, spaces and brackets typed in the IME's
                                full-width mode: ＡＳＭ　Ｉｎｔｅｒｎａｔｉｏｎａｌ in whole rows (name and body),
                                ＮＡＣＥ　ＣＩＰ２ / ＮＡＣＥ　二级涂装检验师, "ＦＥ Electrical and Computer" (the mode
                                switched mid-name), 序号 １０ … １６. Truth: NFKC (ASM International, 10).
    zaozhuang-bukejian.html / -chromium.pdf  characters pasted from web pages and Word: no-break spaces
                                (&nbsp; and U+00A0) between words, an ideographic space (U+3000) before
                                a body's bracket and two leading a title, zero-width spaces (U+200B,
                                &#8203;) inside words and after a title, soft hyphens (&shy;, U+00AD)
                                inside German compounds (the narrow column breaks at them: "Kraftfahrzeug-"
                                at a line end), a BOM (U+FEFF) opening a 译名. Truth: the clean text.
    kaifeng-jiaobiao-libreoffice.docx/.pdf   footnote markers as Word superscripts (w:vertAlign) glued to
                                names, a body and titles ("(ACRP Medical Device Professional)¹", "工程师³",
                                a superscript "*"), the notes printed under the table (注：1. … 3. … *).
                                Truth: names and titles without the markers.
    jiaozuo-huanhang-libreoffice.docx/.pdf   manual line breaks (Shift+Enter, w:br) inside English names at
                                spaces and after a hyphen ("Non-" / "Ferrous"), between two Chinese
                                characters, at a cell's end; cells of two paragraphs (a body's Chinese name
                                ¶ its English name; 冶金 ¶ 工程). Truth: a break where a space was is a
                                space; after a hyphen or between CJK characters nothing.
    shangqiu-suiduan-libreoffice.docx/.pdf   every cell's text in runs split mid-word as Word leaves them
                                after edits (rsids, w:lang, a Times New Roman run, proofErr, the _GoBack
                                bookmark inside a word), and hidden text (w:vanish) in three cells: "助理"
                                before a 工程师, a note （2019版，待核实） after a name, " SDC" in a body.
                                Truth: the text as Word shows and prints it, the hidden text out.
    mudanjiang-shanchuxian-libreoffice.docx/.pdf  a revised catalog printed with its corrections marked:
                                the old text struck through (w:strike) before the new (AICHE → AIChE,
                                助理工程师 → 工程师, a body's English name) and one whole row struck (its
                                序号 too, the rows after it numbered on from it). Truth: the current text
                                and the rows in force, or held back.
    dandong-fanti.html / -chromium.pdf       bodies pasted from Hong Kong and Taiwan sites in traditional
                                characters (美國焊接協會, 英國皇家特許測量師學會), one mixed (美国焊接協會), two
                                译名 traditional (技術會員). Truth: simplified, or held back.
    suining-lianzifu-libreoffice.docx/.pdf   hyphens as Word and pasted text leave them: an en dash
                                (Non–Ferrous), U+2010 (Corrosion‐Chemical), Word's non-breaking hyphen
                                (w:noBreakHyphen) and optional hyphen (w:softHyphen, printed "Kraftfahrzeug-"
                                at a line end), a minus sign (ACRP−CP), full-width －／ in 译名 and a name.
                                Truth: the ASCII hyphen-minus and slash, the optional hyphen out.
    panzhihua-yingwen.html / -chromium.pdf   颁证单位 with the English name first and the Chinese in brackets on
                                a second line (<br>), the Chinese first and the English on a second line,
                                and a country prefix 【美国】. Truth: the break as a space, the order
                                as printed, the prefix out.
    chenzhou-beizhu.html / -chromium.pdf     对应职称 with words and notes around the title: 经济师职称,
                                会计师（中级）, 高级会计师（副高级）, 助理经济师（初级）, 审计师职称, 工程师（取得证书满
                                3年）. Truth: the title alone, or held back.
    huaihua-kongge-libreoffice.docx/.pdf     spaces and tabs typed to align: headings spaced out (序　号, 译　　名),
                                double spaces between words, leading and trailing spaces, a tab (w:tab)
                                before a name, a stray space inside a Chinese name (美国 焊接协会).
                                Truth: one space between words, none at the ends or between CJK characters.

Not made: curly quotes and apostrophes (’) in names: no real qualification or body in the bundled notices
or the earlier rounds has an apostrophe or a quotation mark in its name, and inventing one would break the
rule of real names; dashes stand for that kind of punctuation (suining).

DOCX by python-docx (make_unseen9.notice_docx, its cells then rewritten run by run where the text is odd,
grid widths as make_unseen22._fit_grid, zip dates pinned), printed by LibreOffice; pages printed by
Chromium; every print pinned and packed (tests/make_producers.py pack_pinned, qpdf). Beside each document,
<stem>.truth.json, written before the pipeline ever read the document: {"header", "rows"} as
tests/make_unseen9.py writes it, plus "why" where the published form is debatable.
"""

from __future__ import annotations

import html
import sys
import unicodedata
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
from docx import Document as open_docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from make_documents import soffice_to_pdf  # noqa: E402
from make_producers import chromium_pinned, pack_pinned  # noqa: E402
from make_unseen9 import CSS, Made, Row, T, W, html_page, pick  # noqa: E402
from make_unseen19 import _pin_zip  # noqa: E402
from make_unseen22 import CATALOG_HEADER, _both, _fit_grid  # noqa: E402
from make_unseen23 import (  # noqa: E402
    ACCA,
    CFA,
    CIMA,
    CPAA,
    GARP,
    IIA,
    IMA,
    IPMA,
    ISACA,
    ISTRUCTE,
    PMI,
    _truth,
)

OUT = ROOT / "tests" / "fixtures" / "unseen25"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
make_unseen21.OUT = OUT  # (importing the later rounds had pointed them at their own folders)
make_unseen22.OUT = OUT
make_unseen23.OUT = OUT

ENG, ECO, ACC, AUD = "工程系列", "经济系列", "会计系列", "审计系列"
WIDTHS = (1.0, 4.8, 3.4, 4.4, 1.8, 1.8)


# --- cells written run by run (DOCX) and as markup (HTML) -----------------------------------------


@dataclass(frozen=True)
class Seg:
    """A run of a cell's paragraph (its text: "\\n" a w:br, "\\t" a w:tab, U+2011 Word's w:noBreakHyphen,
    U+00AD Word's w:softHyphen), or, with `mark`, an element between runs (spellStart, spellEnd: w:proofErr;
    goBackStart, goBackEnd: the _GoBack bookmark Word leaves where the cursor last was)."""

    text: str = ""
    sup: bool = False
    strike: bool = False
    hidden: bool = False
    rsid: str = ""
    lang: str = ""
    font: str = ""
    mark: str = ""


Cell = Union[str, Sequence[Sequence[Seg]]]  # plain text, or paragraphs of runs

_SPECIAL = {"\n": "w:br", "\t": "w:tab", "\u2011": "w:noBreakHyphen", "\u00ad": "w:softHyphen"}


def _put_text(r: object, text: str) -> None:
    """Append the text to a w:r: w:t for plain characters, an element for each special one."""
    chunk = ""

    def flush() -> None:
        nonlocal chunk
        if chunk:
            t = OxmlElement("w:t")
            t.text = chunk
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)  # type: ignore[attr-defined]
            chunk = ""

    for ch in text:
        if ch in _SPECIAL:
            flush()
            r.append(OxmlElement(_SPECIAL[ch]))  # type: ignore[attr-defined]
        else:
            chunk += ch
    flush()


def _mark(kind: str) -> object:
    if kind in ("spellStart", "spellEnd"):
        element = OxmlElement("w:proofErr")
        element.set(qn("w:type"), kind)
    elif kind == "goBackStart":
        element = OxmlElement("w:bookmarkStart")
        element.set(qn("w:id"), "0")
        element.set(qn("w:name"), "_GoBack")
    else:
        element = OxmlElement("w:bookmarkEnd")
        element.set(qn("w:id"), "0")
    return element


def _fill(cell: object, paragraphs: Sequence[Sequence[Seg]]) -> None:
    """Rewrite a python-docx cell as the given paragraphs of runs."""
    tc = cell._tc  # type: ignore[attr-defined]
    for p in tc.findall(qn("w:p"))[1:]:
        tc.remove(p)
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for child in list(first._p):
        if child.tag != qn("w:pPr"):
            first._p.remove(child)
    for i, segs in enumerate(paragraphs):
        p = first if i == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        for seg in segs:
            if seg.mark:
                p._p.append(_mark(seg.mark))
                continue
            run = p.add_run()
            if seg.font:
                run.font.name = seg.font
            if seg.strike:
                run.font.strike = True
            if seg.hidden:
                run.font.hidden = True
            if seg.sup:
                run.font.superscript = True
            if seg.lang:
                lang = OxmlElement("w:lang")
                lang.set(qn("w:val"), seg.lang)
                run._r.get_or_add_rPr().append(lang)
            if seg.rsid:
                run._r.set(qn("w:rsidR"), seg.rsid)
            _put_text(run._r, seg.text)


def _docx(stem: str, lines: Sequence[str], table: Sequence[Sequence[Cell]], widths: Sequence[float], tmp: Path,
          after: Sequence[str] = ()) -> None:  # fmt: skip
    """The notice by notice_docx (plain cells as text), the odd cells rewritten run by run, the grid widths
    set, pinned, and its LibreOffice print packed."""
    plain = [[c if isinstance(c, str) else "" for c in row] for row in table]
    src = make_unseen9.notice_docx(OUT / f"{stem}.docx", lines, plain, widths, after)
    doc = open_docx(str(src))
    grid = doc.tables[0]
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            if not isinstance(value, str):
                _fill(grid.cell(r, c), value)
    _fit_grid(doc, [widths])
    doc.save(str(src))
    _pin_zip(src)
    pack_pinned(soffice_to_pdf(src, tmp), OUT / f"{stem}.pdf")


def _m(text: str) -> str:
    """Cell text as markup (escaped; any odd characters kept as the characters themselves)."""
    return html.escape(text, quote=False)


def _html(stem: str, lines: Sequence[str], header: Sequence[str], body: Sequence[Sequence[str]], tmp: Path,
          after: Sequence[str] = (), css: str = CSS, colgroup: Sequence[int] = ()) -> None:  # fmt: skip
    """A web page of the notice's lines, a table whose body cells are given as markup, and the lines after
    it; its Chromium print."""
    cols = "<colgroup>" + "".join(f"<col style='width:{w}%'>" for w in colgroup) + "</colgroup>\n" if colgroup else ""
    head = "<tr>" + "".join(f"<th>{_m(h)}</th>" for h in header) + "</tr>\n"
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in body)
    table = f"<table>\n{cols}<thead>\n{head}</thead>\n<tbody>\n{rows}</tbody></table>\n"
    tail = "".join(f"<p>{_m(line)}</p>\n" for line in after)
    src = OUT / f"{stem}.html"
    src.write_text(html_page(lines, [table, tail], css), encoding="utf-8")
    chromium_pinned(src, OUT / f"{stem}-chromium.pdf", tmp)


def _rows(rows: Sequence[Row]) -> list[list[Cell]]:
    return [list(r) for r in rows]


# --- 1. full-width Latin letters, digits and spaces (DOCX) ---------------------------------------

WIDE = {c: chr(c + 0xFEE0) for c in range(0x21, 0x7F)} | {0x20: "\u3000"}


def _wide(text: str) -> str:
    """The text as typed in the IME's full-width mode: ASCII letters, digits and signs as U+FF01-FF5E, the
    space as U+3000; Chinese characters as they are."""
    return text.translate(WIDE)


TAIAN = pick(W, 37, 38, 39, 40, 41, 42, 43, 28, 25, 26, 27, 49, 50, 47, 48, 57)


def taian(tmp: Path) -> list[Made]:
    """Whole rows (the ASM block, name and body) typed in full-width mode, NACE's name and 译名, one name half
    switched (ＦＥ Electrical and Computer), and 序号 １０ … １６ in full-width digits."""
    rows = make_unseen9.numbered(TAIAN)
    printed = _rows(rows)
    for i in range(7):  # the ASM block: name and body
        printed[i][1] = _wide(rows[i][1])
        printed[i][3] = _wide(rows[i][3])
    for i in (11, 12):  # NACE CIP2 / CIP3: the name, and the Latin part of the 译名
        printed[i][1] = _wide(rows[i][1])
        printed[i][2] = _wide(rows[i][2])
    printed[15][1] = "ＦＥ" + rows[15][1][2:]  # FE Electrical and Computer, the mode switched after two letters
    for i in range(9, 16):
        printed[i][0] = _wide(rows[i][0])
    for row, truth in zip(printed, rows):
        assert [unicodedata.normalize("NFKC", str(c)) for c in row] == list(truth)
    lines = ["泰人社发〔2025〕52号", "关于公布泰安市国际职业资格比照认定职称目录（第二批）的通知",
             "各县（市、区）人力资源和社会保障局，泰安高新区、泰安旅游经济开发区人力资源部门，市直各单位，各有关企业：",
             "为服务我市高端装备、新材料和新一代信息技术产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和"
             "社会保障厅有关规定，在第一批目录基础上，我局组织制定了《泰安市国际职业资格比照认定职称目录（第二批）》，现予以"
             "公布，自公布之日起施行。",
             "特此通知。",
             "泰安市人力资源和社会保障局", "2025年6月12日", "附件", "泰安市国际职业资格比照认定职称目录（第二批）"]  # fmt: skip
    widths = (1.3, 4.6, 3.3, 4.2, 1.8, 1.8)  # 序号 wide enough for two full-width digits on one line
    _docx("taian-quanjiao-libreoffice", lines, [CATALOG_HEADER, *printed], widths, tmp, ["注：证书须在有效期内。"])
    why = ("rows 1-7 (the ASM block: 职业资格名称 and 颁证单位), NACE's rows 12-13 (职业资格名称, and the Latin part "
           "of the 译名) and 序号 10-16 were typed in the input method's full-width mode: ＡＳＭ　Ｉｎｔｅｒｎａｔｉｏｎａｌ, "
           "ＮＡＣＥ　ＣＩＰ２, the space U+3000, brackets （）, － and ＆, digits １０; row 16's name was switched to "
           "half-width after two letters (ＦＥ Electrical and Computer). Expected: every cell in its NFKC form, the "
           "same strings the body's half-width entries carry (美国材料信息协会 (ASM International), NACE CIP2, NACE "
           "二级涂装检验师, FE Electrical and Computer, 序号 10): that is what a portal search for ASM or NACE finds. "
           "Publishing the full-width text as printed would be faithful but splits each body and qualification in "
           "two; not the steward's form.")
    return _both("taian-quanjiao-libreoffice", _truth(rows, why))


# --- 2. no-break, ideographic and zero-width spaces, soft hyphens, a BOM (HTML) --------------------

ZAOZHUANG = [*pick(W, 10, 11, 12, 23, 24, 18, 19), *pick(T, 34, 39, 41, 42, 37), *pick(W, 59, 60, 61)]


def zaozhuang(tmp: Path) -> list[Made]:
    """Characters pasted from web pages and Word into the CMS: NBSP, U+3000, ZWSP, soft hyphens, a BOM."""
    rows = make_unseen9.numbered(ZAOZHUANG)
    body = [[_m(c) for c in r] for r in rows]
    body[0][1] = "PE&nbsp;Civil Construction"  # entities, as an editor writes them
    body[2][1] = "PE Civil\u00a0Structural"  # the character itself, pasted
    body[4][1] = "Chartered Engineer\u00a0(CEng)"
    body[3][3] = _m("英国机械工程师学会\u3000(The Institution of Mechanical Engineers (IMechE))")
    body[4][4] = "\u3000\u3000工程师"  # two ideographic spaces typed to indent
    body[5][3] = _m("英国皇家特许测量师学会\u00a0(The Royal Institution of Chartered Surveyors)")
    body[6][4] = "工程师\u200b"  # a zero-width space after the title
    body[7][1] = "Elektroniker/-in-Maschinen- und Antriebs&shy;technik"
    body[8][1] = "Kraftfahrzeug&shy;mechatroniker/-in"
    body[9][1] = "Konstruktions\u00admechaniker/-in"
    body[10][1] = "Werkzeug&shy;mechaniker/-in"
    body[11][1] = "Industrie\u200bmechaniker/-in"  # a zero-width space inside the word
    body[12][3] = "IEEE 计算机协会&#8203; (IEEE Computer Society)"
    body[6][1] = "Member\u00a0(MRICS)"
    body[14][2] = "\ufeff专业会员"  # a BOM pasted at the start of the cell
    for printed, truth in zip(body, rows):
        text = [html.unescape(c) for c in printed]
        clean = [unicodedata.normalize("NFKC", c).replace("\u200b", "").replace("\u00ad", "").replace("\ufeff", "")
                 .strip() for c in text]  # fmt: skip
        assert clean == list(truth), (clean, truth)
    lines = ["枣人社发〔2025〕37号", "关于公布枣庄市国际职业资格比照认定职称目录（第一批）的通知",
             "各区（市）人力资源和社会保障局，枣庄高新区人力资源部门，市直各单位，各有关企业：",
             "为落实新旧动能转换要求，服务我市高端装备、新能源和新一代信息技术产业发展，拓宽国际化专业技术人才职称评价渠道，"
             "我局制定了《枣庄市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "枣庄市人力资源和社会保障局", "2025年5月8日", "附件", "枣庄市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    css = CSS + "table{table-layout:fixed}"  # the columns as the CMS's editor set them: the names wrap
    _html("zaozhuang-bukejian", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"], css, (7, 18, 17, 34, 12, 12))
    why = ("text pasted into the CMS from web pages and Word carries characters that print as a space or as "
           "nothing: no-break spaces between words (&nbsp; in row 1, U+00A0 in rows 3, 5 and 7 and in row 6's body), an "
           "ideographic space U+3000 before row 4's bracket and two more indenting row 5's title, zero-width "
           "spaces (U+200B after row 7's title, inside row 12's Industriemechaniker, &#8203; in row 13's body), "
           "soft hyphens inside the German compounds of rows 8-11 (&shy; and U+00AD; the narrow column breaks "
           "some of them, and Chromium prints a hyphen there: Kraftfahrzeug- at a line end) and a BOM U+FEFF "
           "opening row 15's 译名. Expected: the clean text: a no-break or ideographic space between words is a "
           "plain space, at a cell's edge nothing; zero-width spaces, soft hyphens and the BOM are no characters "
           "of the name (Kraftfahrzeugmechatroniker/-in, Industriemechaniker/-in, 工程师, 专业会员).")
    return _both("zaozhuang-bukejian", _truth(rows, why), "zaozhuang-bukejian-chromium")


# --- 3. footnote markers as superscripts glued to names (DOCX) -------------------------------------

KAIFENG = pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 18, 19, 20)
KAIFENG_MARKS = {(1, 1): "1", (5, 3): "2", (2, 4): "3", (6, 4): "3", (12, 1): "1", (7, 1): "*"}


def kaifeng(tmp: Path) -> list[Made]:
    """Superscript markers (1, 2, 3, *) after two names, a body, two titles and a third name, as Word's
    superscript runs; the notes under the table."""
    rows = make_unseen9.numbered(KAIFENG)
    printed = _rows(rows)
    for (r, c), mark in KAIFENG_MARKS.items():
        printed[r][c] = [[Seg(rows[r][c]), Seg(mark, sup=True)]]
    lines = ["汴人社发〔2025〕29号", "关于公布开封市国际职业资格比照认定职称目录（第一批）的通知",
             "各县区人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市生物医药、现代中医药产业发展，加快引进和培养国际化专业技术人才，根据省人力资源和社会保障厅关于国际"
             "职业资格比照认定职称的有关规定，我局研究制定了《开封市国际职业资格比照认定职称目录（第一批）》，现予以公布，请"
             "遵照执行。",
             "特此通知。",
             "开封市人力资源和社会保障局", "2025年4月16日", "附件", "开封市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    after = ["注：1. 须同时持有相应专业的学历证书。",
             "2. 含该机构授权的各州药房理事会颁发的执照。",
             "3. 取得证书满5年且业绩突出的，可申报评审高级工程师。",
             "* 会员资格须在有效期内，以颁证单位官方查询结果为准。"]  # fmt: skip
    _docx("kaifeng-jiaobiao-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp, after)
    why = ("footnote markers are typed as Word superscripts (w:vertAlign superscript) glued to cell text: \"1\" "
           "after the names of rows 2 and 13, \"*\" after row 8's name, \"2\" after row 6's body, \"3\" after the "
           "titles of rows 3 and 7; the notes are printed under the table (注：1. … 3. … *). In the text layer the "
           "marker runs straight on (\"ACRP-MDP (ACRP Medical Device Professional)1\", \"工程师3\"). Expected: the "
           "cells without their markers (the marker points to a note; it is no part of a name, and \"工程师3\" is no "
           "title), or the notice held back; never a digit published as part of a name or a title. (unseen12's "
           "jinan kept typed ※ markers in its truth as printed; a superscript digit glued to a name is not "
           "readable as printed text, and a steward drops it.)")
    return _both("kaifeng-jiaobiao-libreoffice", _truth(rows, why))


# --- 4. manual line breaks and two paragraphs in a cell (DOCX) ------------------------------------

JIAOZUO = pick(W, 32, 33, 34, 44, 45, 41, 39, 20, 21, 22, 14, 57, 29, 30)
NCEES_ZH, NCEES_EN = "美国国家勘察设计考试者理事会", "(National Council of Examiners for Engineering and Surveying)"


def jiaozuo(tmp: Path) -> list[Made]:
    """Shift+Enter (w:br) inside names and a body, and cells of two paragraphs, in a narrow layout."""
    rows = make_unseen9.numbered(JIAOZUO)
    printed = _rows(rows)

    def br(text: str) -> list[list[Seg]]:
        return [[Seg(text)]]

    printed[0][1] = br("PE Mechanical: HVAC\nand Refrigeration")
    printed[1][1] = br("PE Mechanical: Machine Design\nand Materials")
    printed[1][2] = br("美国注册机械设计\n和材料工程师")  # between two CJK characters
    printed[2][3] = [[Seg(NCEES_ZH)], [Seg(NCEES_EN)]]  # two paragraphs
    printed[3][1] = [[Seg("PE Metallurgical")], [Seg("and Materials")]]
    printed[3][5] = [[Seg("冶金")], [Seg("工程")]]
    printed[5][1] = br("Non-\nFerrous Metallurgy")  # after the word's own hyphen
    printed[6][1] = br("Corrosion-\nChemical & Elevated\nTemperature")
    printed[8][3] = br(f"{NCEES_ZH[:8]}\n{NCEES_ZH[8:]} {NCEES_EN}")
    printed[10][1] = br("PE Electrical and Computer:\nElectrical and Electronics")
    printed[11][4] = br("助理工程师\n")  # a trailing break
    printed[12][1] = br("Junior International Certified\nMechanical Engineer (JICME)")
    printed[13][3] = br("机械工程师学会\n(Institute of Mechanical Engineers(IME))")
    lines = ["焦人社〔2025〕41号", "关于公布焦作市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市）区人力资源和社会保障局，示范区人力资源和社会保障局，市直各单位，各有关企业：",
             "为服务我市装备制造、新材料和汽车零部件产业发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会"
             "保障厅工作部署，我局研究制定了《焦作市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "焦作市人力资源和社会保障局", "2025年8月26日", "附件", "焦作市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("jiaozuo-huanhang-libreoffice", lines, [CATALOG_HEADER, *printed], (1.0, 4.6, 3.2, 4.8, 2.0, 1.8), tmp)
    why = ("the clerk broke lines by hand: Shift+Enter (w:br) inside English names where a space was (rows 1, 2, "
           "7, 11, 13), right after a word's own hyphen (row 6 \"Non-\" / \"Ferrous\", row 7 \"Corrosion-\" / "
           "\"Chemical\"), between two Chinese characters (row 2's 译名, row 9's body) and between a body's "
           "Chinese name and its bracket (row 14), and one at the very end of row 12's title; rows 3 and 4 hold "
           "cells of two paragraphs (the body's Chinese name ¶ its English name; PE Metallurgical ¶ and Materials; "
           "冶金 ¶ 工程). Expected: each cell's text joined: a break or paragraph end between two Latin words, or "
           "between a Chinese name and a bracket, is one space; after a hyphen or between two CJK characters it is "
           "nothing (Non-Ferrous Metallurgy, 美国注册机械设计和材料工程师, 冶金工程); a trailing break is nothing.")
    return _both("jiaozuo-huanhang-libreoffice", _truth(rows, why))


# --- 5. runs split mid-word, hidden text (DOCX) -------------------------------------------------

SHANGQIU = pick(W, 1, 2, 3, 9, 15, 16, 17, 25, 26, 27, 46, 51, 52, 53, 54, 55)
RSIDS = ("00A41C2E", "00D7193B", "0052F6A8", "00E03B1D", "006C9E47")


def _shred(text: str, k: int) -> list[Seg]:
    """The text in runs cut as Word leaves them after edits: every 3rd-7th character a new run with its own
    rsid, some runs marked en-US or set in Times New Roman; the cut points depend on k only."""
    segs: list[Seg] = []
    i, n = 0, 0
    while i < len(text):
        step = 3 + (k + n) % 5
        piece = text[i : i + step]
        segs.append(Seg(piece, rsid=RSIDS[(k + n) % len(RSIDS)], lang="en-US" if (k + n) % 3 == 1 else "",
                        font="Times New Roman" if (k + n) % 7 == 4 and piece.isascii() else ""))  # fmt: skip
        i += step
        n += 1
    return segs


def shangqiu(tmp: Path) -> list[Made]:
    """Every body cell's text in runs split mid-word (rsids, w:lang, fonts), proofErr marks and the _GoBack
    bookmark inside words, and hidden text (w:vanish) in three cells."""
    rows = make_unseen9.numbered(SHANGQIU)
    printed: list[list[Cell]] = []
    for r, row in enumerate(rows):
        printed.append([row[0], *([_shred(text, r * 6 + c)] for c, text in enumerate(row[1:], start=1))])
    # a spelling mark around a word Word did not know, and the _GoBack bookmark inside a word
    printed[11][1] = [[*_shred("Associateship ", 3), Seg(mark="spellStart"), Seg("(AS", rsid=RSIDS[1]),
                       Seg("DC)", rsid=RSIDS[2]), Seg(mark="spellEnd")]]  # fmt: skip
    printed[13][1] = [[Seg("Licentia", rsid=RSIDS[0]), Seg(mark="goBackStart"), Seg(mark="goBackEnd"),
                       Seg("tehip (LTI)", rsid=RSIDS[3])]]  # fmt: skip
    # hidden text: an old "助理" before 工程师, a note to self after a name, an abbreviation in a body
    printed[8][4] = [[Seg("助理", hidden=True, rsid=RSIDS[4]), Seg("工程", rsid=RSIDS[0]), Seg("师", rsid=RSIDS[2])]]
    printed[7][1] = [[*_shred(rows[7][1], 11), Seg("（2019版，待核实）", hidden=True, rsid=RSIDS[3])]]
    printed[12][3] = [[*_shred(rows[12][3], 5), Seg(" SDC", hidden=True, rsid=RSIDS[1])]]
    lines = ["商人社〔2025〕63号", "关于公布商丘市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，示范区、城乡一体化示范区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市装备制造、纺织服装和食品加工产业发展，进一步畅通国际化人才职称评价渠道，根据省人力资源和社会保障厅"
             "有关要求，我局研究制定了《商丘市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "商丘市人力资源和社会保障局", "2025年10月9日", "附件", "商丘市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("shangqiu-suiduan-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp)
    why = ("every cell's text is split into runs mid-word (each with its own w:rsidR, some w:lang en-US, some "
           "set in Times New Roman), with a w:proofErr pair around (ASDC) and Word's _GoBack bookmark inside "
           "\"Licentiatehip\": none of it changes the text. Three cells hold hidden text (w:vanish), which Word "
           "and LibreOffice neither show nor print: \"助理\" before row 9's 工程师, \"（2019版，待核实）\" after row "
           "8's name, \" SDC\" after row 13's body. Expected: the text as shown and printed: row 9's title 工程师 "
           "(not 助理工程师), row 8's name Certified Welding Inspector, row 13's body without SDC; and every split "
           "word whole (no space where a run ends).")
    return _both("shangqiu-suiduan-libreoffice", _truth(rows, why))


# --- 6. corrections shown struck through (DOCX) ------------------------------------------------

MUDANJIANG = pick(W, 46, 47, 48, 49, 50, 28, 37, 38, 25, 26, 27, 23, 24, 56)
STRUCK_ROW: Row = pick(W, 61)[0]  # withdrawn in the revision: printed struck between rows 9 and 10


def mudanjiang(tmp: Path) -> list[Made]:
    """A revised catalog with its corrections marked: the old text struck (w:strike) before the new in three
    cells, one whole row struck (its 序号 too)."""
    rows = make_unseen9.numbered(MUDANJIANG)
    printed = _rows(rows)
    printed[0][1] = [[Seg("AICHE member", strike=True), Seg(" AIChE member")]]
    printed[10][4] = [[Seg("助理工程师", strike=True), Seg("工程师")]]
    # the body's old English name struck, its present one (as rows 7-8 print it) after it
    rows[5] = (*rows[5][:3], "美国材料信息协会 (ASM International)", *rows[5][4:])
    printed[5][3] = [[Seg("美国材料信息协会 "), Seg("(American Society for Metals)", strike=True),
                      Seg(" (ASM International)")]]  # fmt: skip
    struck = [[[Seg(text, strike=True)]] for text in ("10", *STRUCK_ROW)]
    printed.insert(9, struck)  # the withdrawn row keeps its old 序号 10, struck; the next row is 10 again
    lines = ["牡人社发〔2025〕48号", "关于印发《牡丹江市国际职业资格比照认定职称目录（第一批）（2025年修订）》的通知",
             "各县（市）区人力资源和社会保障局，市直各单位，各有关企业：",
             "《牡丹江市国际职业资格比照认定职称目录（第一批）》印发以来，对拓宽我市国际化人才职称评价渠道发挥了积极作用。"
             "根据颁证单位名称和证书设置的变化，我局对目录进行了修订，现将修订后的目录印发给你们，原目录同时废止。",
             "为便于对照，目录中修订的内容以删除线标示原内容，其后为修订后的内容；整行标示删除线的，为本次修订删除的条目。",
             "特此通知。",
             "牡丹江市人力资源和社会保障局", "2025年6月30日", "附件",
             "牡丹江市国际职业资格比照认定职称目录（第一批）（2025年修订）"]  # fmt: skip
    _docx("mudanjiang-shanchuxian-libreoffice", lines, [CATALOG_HEADER, *printed], WIDTHS, tmp)
    why = ("the revised catalog is printed with its corrections marked, as the notice says (修订的内容以删除线标示"
           "原内容，其后为修订后的内容；整行标示删除线的，为本次修订删除的条目): struck text (w:strike, a line drawn "
           "through it in the print) before the new text in row 1's name (AICHE member → AIChE member), row 6's "
           "body ((American Society for Metals) → (ASM International), as rows 7-8 print it) and row 11's title (助理工程师 → 工程师), and "
           "one whole row struck, 序号 and all (10 | Professional Members | 专业会员 | 美国计算机学会 …), the rows "
           "after it numbered on from 10. Expected: the current text and the 14 rows in force, seq 1-14 as printed "
           "unstruck; or the notice held back (struck text is a change mark a reader may not see). Never the "
           "struck text published as current, never both texts run together (\"AICHE member AIChE member\", "
           "\"助理工程师工程师\"), never the struck row published, and no seq published twice.")
    return _both("mudanjiang-shanchuxian-libreoffice", _truth(rows, why))


# --- 7. traditional characters pasted from Hong Kong and Taiwan sites (HTML) -------------------

TRAD = str.maketrans({"国": "國", "协": "協", "会": "會", "学": "學", "师": "師", "许": "許", "测": "測", "机": "機",
                      "设": "設", "计": "計", "试": "試", "蚀": "蝕", "纺": "紡", "织": "織", "际": "際", "术": "術",
                      "员": "員", "专": "專", "业": "業"})  # fmt: skip
DANDONG = pick(W, 18, 19, 23, 24, 25, 26, 12, 13, 49, 50, 47, 35, 36, 52, 55)


def dandong(tmp: Path) -> list[Made]:
    """Bodies in traditional characters (pasted from the bodies' Hong Kong and Taiwan sites), one mixed, and
    two 译名 in traditional characters."""
    rows = make_unseen9.numbered(DANDONG)
    body = [[_m(c) for c in r] for r in rows]
    for i, row in enumerate(rows):
        if i not in (4, 11):
            body[i][3] = _m(row[3].translate(TRAD))
    body[4][3] = _m("美国焊接協會 (American Welding Society)")  # mixed: the clerk retyped the first half
    body[0][2] = _m(rows[0][2].translate(TRAD))  # 技術會員
    body[1][2] = _m(rows[1][2].translate(TRAD))  # 專業會員
    lines = ["丹人社发〔2025〕26号", "关于公布丹东市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市）区人力资源和社会保障局，边境经济合作区人力资源部门，市直各单位，各有关企业：",
             "为服务我市装备制造、仪器仪表和纺织服装产业发展，加快国际化人才队伍建设，根据省人力资源和社会保障厅有关要求，"
             "我局研究制定了《丹东市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "丹东市人力资源和社会保障局", "2025年9月3日", "附件", "丹东市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _html("dandong-fanti", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"])
    why = ("the 颁证单位 cells were pasted from the bodies' Hong Kong and Taiwan sites in traditional characters "
           "(英國皇家特許測量師學會, 英國機械工程師學會, 美國國家勘察設計考試者理事會, 美國腐蝕工程師學會, 國際紡織學會 …), "
           "row 5's half retyped (美国焊接協會), row 12's typed in simplified; rows 1-2's 译名 came with them "
           "(技術會員, 專業會員). The notice is otherwise in simplified characters. Expected: the simplified forms "
           "(英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors), 技术会员): the names every other "
           "catalog and the bundled notices use, so a search for 美国焊接协会 finds rows 5-6; or the notice held "
           "back. Publishing the traditional text as printed is the other reasonable reading (faithful, but it "
           "splits each body in two and row 5's mixed form is neither); not the steward's form.")
    return _both("dandong-fanti", _truth(rows, why), "dandong-fanti-chromium")


# --- 8. dashes and hyphens as Word and pasted text leave them (DOCX) ---------------------------

SUINING: list[Row] = [
    *pick(W, 41, 39, 37),
    *pick(T, 1, 2, 4),
    ("Associate-Member (AMIStructE)", "英国结构工程师学会准会员", ISTRUCTE, "助理工程师", "建设工程"),
    *pick(T, 34, 35, 36, 38, 39),
]


def suining(tmp: Path) -> list[Made]:
    """An en dash, U+2010, Word's non-breaking and optional hyphens, a minus sign, full-width －／ where the
    names have an ASCII hyphen or slash."""
    rows = make_unseen9.numbered(SUINING)
    printed = _rows(rows)
    printed[0][1] = "Non\u2013Ferrous Metallurgy"  # en dash, pasted from a web page
    printed[1][1] = "Corrosion\u2010Chemical & Elevated Temperature"  # U+2010 HYPHEN, pasted from a PDF
    printed[3][1] = [[Seg("ACRP\u2011PM (ACRP Project Manager)")]]  # Word's Ctrl+Shift+- (w:noBreakHyphen)
    printed[4][1] = [[Seg("ACRP\u2011MDP (ACRP Medical Device Professional)")]]
    printed[5][1] = "ACRP\u2212CP (ACRP Certified Professional)"  # minus sign
    printed[6][1] = "Associate\u2013Member (AMIStructE)"
    printed[7][2] = "电子技术员－机械和驱动技术方向"  # full-width hyphen-minus, typed with the IME
    printed[8][2] = "电子技术员－设备运转技术方向"
    printed[9][1] = [[Seg("Industrie\u00adelektriker/-in")]]  # Word's optional hyphen (w:softHyphen)
    printed[10][1] = "Mechatroniker／-in"  # full-width solidus
    printed[11][1] = [[Seg("Kraftfahrzeug\u00admechatroniker/-in")]]
    lines = ["遂人社发〔2025〕33号", "关于公布遂宁市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，市直园区人力资源管理部门，市级各部门，各有关企业：",
             "为服务我市锂电、电子信息和医药产业发展，进一步拓宽国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅"
             "关于国际职业资格比照认定职称的有关规定，我局研究制定了《遂宁市国际职业资格比照认定职称目录（第一批）》，现予以"
             "公布，请遵照执行。",
             "特此通知。",
             "遂宁市人力资源和社会保障局", "2025年11月18日", "附件", "遂宁市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("suining-lianzifu-libreoffice", lines, [CATALOG_HEADER, *printed], (1.0, 4.3, 3.4, 4.4, 2.0, 1.7), tmp)
    why = ("the names' hyphens and slashes are typed or pasted as other characters: an en dash U+2013 (row 1 "
           "Non–Ferrous, row 7 Associate–Member), U+2010 HYPHEN (row 2), Word's non-breaking hyphen (w:noBreakHyphen "
           "in the DOCX, an element and no character; LibreOffice prints it as a plain hyphen; rows 4-5 ACRP-PM, "
           "ACRP-MDP), a minus sign U+2212 (row 6 ACRP−CP), full-width － (U+FF0D) in rows 8-9's 译名 and ／ "
           "(U+FF0F) in row 11's name, and Word's optional hyphen (w:softHyphen) inside rows 10 and 12's German "
           "compounds, invisible unless a line breaks there (row 12's narrow column does, printing "
           "\"Kraftfahrzeug-\" at a line end). Expected: the names as the body and the bundled notices write them, "
           "with the ASCII hyphen-minus and solidus (Non-Ferrous Metallurgy, ACRP-PM (ACRP Project Manager), "
           "电子技术员-机械和驱动技术方向, Mechatroniker/-in) and no optional hyphen (Industrieelektriker/-in, "
           "Kraftfahrzeugmechatroniker/-in), which a portal search finds; publishing the dash variants as printed "
           "is the other reading (not the steward's form: ACRP−CP and ACRP-CP would be two qualifications).")
    return _both("suining-lianzifu-libreoffice", _truth(rows, why))


# --- 9. 颁证单位 English first, Chinese on the next line; country prefixes (HTML) -------------------

PANZHIHUA = pick(W, 25, 26, 27, 15, 16, 17, 45, 10, 11, 13, 18, 19, 56, 58, 59, 60)


def panzhihua(tmp: Path) -> list[Made]:
    """颁证单位 printed English first with the Chinese in brackets after a <br> (AWS, Engineers Canada), Chinese
    first with the English after a <br> (RICS, IEEE), and 【美国】 before the name (NCEES, IFT)."""
    rows = make_unseen9.numbered(PANZHIHUA)
    body = [[_m(c) for c in r] for r in rows]
    truth = [list(r) for r in rows]
    english_first = {"美国焊接协会": "American Welding Society", "加拿大工程师协会": "Engineers Canada"}
    for i, row in enumerate(rows):
        zh, _, en = row[3].partition(" (")
        en = en[:-1]
        if zh in english_first:
            body[i][3] = f"{_m(en)}<br>({_m(zh)})"
            truth[i][3] = f"{en} ({zh})"
        elif zh in ("英国皇家特许测量师学会", "IEEE 计算机协会", "IEEE 通信协会"):
            body[i][3] = f"{_m(zh)}<br>({_m(en)})"
        elif zh == "美国国家勘察设计考试者理事会" or zh == "美国食品工艺学家学会":
            body[i][3] = "【美国】" + _m(row[3])
    lines = ["攀人社发〔2025〕21号", "关于公布攀枝花市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（区）人力资源和社会保障局，钒钛高新区人力资源部门，市级各部门，各有关企业：",
             "为服务我市钒钛、新能源和装备制造产业发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅"
             "有关规定，我局研究制定了《攀枝花市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "攀枝花市人力资源和社会保障局", "2025年7月15日", "附件", "攀枝花市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _html("panzhihua-yingwen", lines, CATALOG_HEADER, body, tmp, ["注：颁证单位前【】内为所在国别。"])
    truth_rows = [tuple(r) for r in truth]
    why = ("the 颁证单位 cells come in three forms: the English name first and the Chinese in brackets on the next "
           "line (<br>; rows 1-7: American Welding Society / (美国焊接协会), Engineers Canada / (加拿大工程师协会)), "
           "the Chinese name first and the English on the next line (rows 11-12 and 14-16: RICS, IEEE), and the "
           "name on one line after a country prefix 【美国】 (rows 8-10 NCEES, row 13 IFT; the note under the table: "
           "颁证单位前【】内为所在国别). Expected: the line break read as one space, the bureau's order kept "
           "(\"American Welding Society (美国焊接协会)\"; reordering it into the usual 中文 (English) form is the "
           "other reasonable reading, which the truth does not take: it loses nothing and invents nothing), and "
           "the country prefix out (\"美国国家勘察设计考试者理事会 (National Council …)\": 【美国】 is the country, "
           "as the note says, not part of the body's name); or the notice held back. Never the prefix published "
           "as the start of the name.")
    return _both("panzhihua-yingwen", _truth(truth_rows, why), "panzhihua-yingwen-chromium")


# --- 10. words and notes around the title in 对应职称 (HTML) ----------------------------------------

CHENZHOU: list[tuple[Row, str]] = [  # the row, its 对应职称 as printed
    (("IPMA Level D (Certified Project Management Associate)", "助理项目经理", IPMA, "助理经济师", ECO), "助理经济师（初级）"),
    (("IPMA Level C (Certified Project Manager)", "项目经理", IPMA, "经济师", ECO), "经济师（中级）"),
    (("IPMA Level B (Certified Senior Project Manager)", "高级项目经理", IPMA, "高级经济师", ECO), "高级经济师（副高级）"),
    (("Project Management Professional (PMP)", "项目管理专业人士", PMI, "经济师", ECO), "经济师职称"),
    (("Chartered Financial Analyst (CFA)", "特许金融分析师", CFA, "经济师", ECO), "经济师职称"),
    (("Financial Risk Manager (FRM)", "金融风险管理师", GARP, "经济师", ECO), "经济师"),
    (("Member (ACCA)", "特许公认会计师", ACCA, "会计师", ACC), "会计师（中级）"),
    (("Fellow (FCCA)", "资深特许公认会计师", ACCA, "高级会计师", ACC), "高级会计师（副高级）"),
    (("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", CIMA, "会计师", ACC), "会计师"),
    (("Certified Management Accountant (CMA)", "美国注册管理会计师", IMA, "会计师", ACC), "会计师职称"),
    (("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", CPAA, "会计师", ACC), "会计师（中级）"),
    (("Certified Internal Auditor (CIA)", "国际注册内部审计师", IIA, "审计师", AUD), "审计师职称"),
    (("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", ISACA, "审计师", AUD), "审计师"),
    (pick(W, 25)[0][:4] + (ENG,), "工程师（取得证书满3年）"),
    (pick(W, 24)[0][:4] + (ENG,), "工程师"),
    (pick(W, 23)[0][:4] + (ENG,), "助理工程师（初级）"),
]  # fmt: skip


def chenzhou(tmp: Path) -> list[Made]:
    """对应职称 with 职称 after the title, the level in brackets after it, and one condition in brackets."""
    rows = make_unseen9.numbered([row for row, _ in CHENZHOU])
    body = [[_m(c) for c in r] for r in rows]
    for i, (_, title) in enumerate(CHENZHOU):
        body[i][4] = _m(title)
    lines = ["郴人社发〔2025〕39号", "关于公布郴州市国际职业资格比照认定职称目录（第一批）的通知",
             "各县（市、区）人力资源和社会保障局，郴州高新区、经开区人力资源管理部门，市直各单位，各有关企业：",
             "为服务湘南湘西承接产业转移示范区建设，进一步拓宽经济、会计、审计和工程领域国际化人才职称评价渠道，我局研究制定"
             "了《郴州市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "比照认定的职称层级以目录所列为准，括号内注明职称层级或认定条件。",
             "特此通知。",
             "郴州市人力资源和社会保障局", "2025年3月27日", "附件", "郴州市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _html("chenzhou-beizhu", lines, CATALOG_HEADER, body, tmp, ["注：证书须在有效期内。"])
    why = ("the 对应职称 cells carry words around the title: the column's own word after it (经济师职称, 会计师职称, "
           "审计师职称: rows 4, 5, 10, 12), the title's level in brackets (助理经济师（初级）, 经济师（中级）, "
           "高级经济师（副高级）, 会计师（中级）, 高级会计师（副高级）, 助理工程师（初级）), and in row 14 a condition "
           "(工程师（取得证书满3年）; the notice: 括号内注明职称层级或认定条件). Expected: the title alone (经济师, "
           "高级会计师, 工程师): 职称 and the level restate the title. Row 14's condition is no title either, but it "
           "limits the recognition: publishing 工程师 there drops it, so holding the notice back (or that row for "
           "review) is as right; never \"工程师（取得证书满3年）\" or \"经济师职称\" published as a title.")
    return _both("chenzhou-beizhu", _truth(rows, why), "chenzhou-beizhu-chromium")


# --- 11. spaces and tabs typed to align (DOCX) -------------------------------------------------

HUAIHUA = pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 46)


def huaihua(tmp: Path) -> list[Made]:
    """Headings spaced out, double spaces between words, leading and trailing spaces, a tab before a name,
    a stray space inside a Chinese name."""
    rows = make_unseen9.numbered(HUAIHUA)
    printed = _rows(rows)
    header = ["序　号", "职业资格名称", "译　　名", "颁证单位", "对应职称", "所属系列"]
    printed[0][1] = "International Certified  Mechanical Engineer  (ICME)"
    printed[1][4] = "  助理工程师  "
    printed[2][3] = "美国材料信息协会  (American Society for Metals)"
    printed[3][1] = "  Mechatronics Engineering"
    printed[4][2] = "加拿大机械工程师 "
    printed[6][1] = "PE Mechanical:  HVAC and Refrigeration"
    printed[8][1] = "\tChartered Engineer (CEng)"  # a tab (w:tab) typed to indent
    printed[9][3] = "美国 焊接协会 (American Welding Society)"  # the IME left a space after 美国
    printed[10][1] = "Certified Welding  Inspector "
    printed[11][2] = "注册焊接 教师"
    printed[12][0] = " 13"
    printed[13][5] = "机械工程  "
    lines = ["怀人社发〔2025〕17号", "关于公布怀化市国际职业资格比照认定职称目录（第一批）的通知",
             "各县市区人力资源和社会保障局，怀化高新区、经开区人力资源管理部门，市直各单位，各有关企业：",
             "为服务我市装备制造、商贸物流和生物医药产业发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会"
             "保障厅有关要求，我局研究制定了《怀化市国际职业资格比照认定职称目录（第一批）》，现予以公布，请遵照执行。",
             "特此通知。",
             "怀化市人力资源和社会保障局", "2025年5月22日", "附件", "怀化市国际职业资格比照认定职称目录（第一批）"]  # fmt: skip
    _docx("huaihua-kongge-libreoffice", lines, [header, *printed], WIDTHS, tmp, ["注：证书须在有效期内。"])
    why = ("spaces and a tab typed by hand: the headings spaced out with ideographic spaces (序　号, 译　　名: the "
           "header is still 序号 … 所属系列), double spaces between words (rows 1, 3, 7, 11), leading and trailing "
           "spaces (rows 2, 4, 5, 11, 13's 序号 \" 13\", 14's series), a tab (w:tab) indenting row 9's name, and a "
           "space the input method left inside a Chinese name (row 10's 美国 焊接协会, row 12's 注册焊接 教师). "
           "Expected: one space between words, none at a cell's ends, none between two CJK characters "
           "(International Certified Mechanical Engineer (ICME), 美国焊接协会 (American Welding Society), 注册焊接"
           "教师, 序号 13).")
    return _both("huaihua-kongge-libreoffice", _truth(rows, why))


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    taian, zaozhuang, kaifeng, jiaozuo, shangqiu, mudanjiang, dandong, suining, panzhihua, chenzhou, huaihua,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones), their truth files and README.txt."""
    code = make_unseen9.write_round(DOCUMENTS, sys.argv[1:])
    if not sys.argv[1:]:
        make_unseen24.write_readme(OUT, __doc__ or "")
    return code


if __name__ == "__main__":
    sys.exit(main())
