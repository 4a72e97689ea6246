"""Regenerate tests/fixtures/unseen19: a tenth blind probe round, of document internals no earlier round
has.

    .venv/bin/python tests/make_unseen19.py              # every document
    .venv/bin/python tests/make_unseen19.py tangshan     # only these

Catalogs (rows from the bundled notices' truth by `pick`, every cell as Word, LibreOffice or the browser
shows it):

    shijiazhuang-tracked.docx   tracked changes none accepted, below the row level (unseen11's yixing had
                                whole rows and whole cells): insertions and deletions inside a word
                                ("美国注册土木结" + <w:ins>构</w:ins> + "工程师"), a deleted English
                                phrase replaced inside an issuer's parentheses, "助理" deleted from
                                助理工程师, an inserted " (U.S. Green Building Council)" after an
                                issuer, a deleted paragraph mark joining two paragraphs of a 所属系列 cell
                                (建设 / 工程 -> 建设工程), a second paragraph (（暂停）) deleted with the mark
                                before it, text inserted by one author and deleted by another
                                (<w:ins><w:del><w:delText>), a formatting-only change (w:rPrChange), a
                                heading changed (颁证单位 -> 发证机构). Truth: Word's final view.
    tangshan-sdt.docx           a Word template's content controls: the notice's 文号 and date in
                                plain-text / date controls, the catalog table inside a block-level
                                <w:sdt>, its body rows in a repeating-section control (w15:repeatingSection,
                                each <w:tr> in its own w15:repeatingSectionItem <w:sdt>), every 对应职称
                                cell a run-level drop-down list control, every 职业资格名称 cell a cell-level
                                rich-text <w:sdt> (<w:tc> inside sdtContent), every 所属系列 a
                                run-level combo-box control.
    baoding-autonum.docx        序号 by Word's automatic numbering, coming from a paragraph style (the 序号
                                paragraphs carry only <w:pStyle w:val="XuHao"/>; the style's pPr has the
                                w:numPr), the catalog in two tables (a 续表 paragraph between them, the
                                header again) whose numbering goes on: the second table shows 11 to 20.
    taiyuan-nested.docx         the catalog nested in a borderless one-cell layout table; its grid has a 7th
                                column (备注) that only the header row fills: every body row ends with
                                <w:gridAfter w:val="1"/><w:wAfter>; a closing 注 row with
                                <w:gridBefore w:val="1"/> and one cell spanning the rest; 对应职称 and
                                所属系列 merged down (vMerge) over runs of rows.
    datong-pandoc.docx          pandoc 3.9 (pypandoc_binary) from Markdown: a pipe table with the headings
                                境外职业资格名称 / 中文译名 / 发证机构 / 可比照认定职称 / 职称系列, a table caption,
                                pandoc's own styles (Table, Compact, no rules), tblHeader, the notice text
                                as pandoc paragraphs (FirstParagraph, BodyText).
    hohhot-pandoc.docx          pandoc from an HTML page: 所属系列 merged down (rowspan -> vMerge, the
                                continuation cells written with gridSpan 1), <br> inside issuers between
                                the Chinese name and its parenthesised English (a <w:br/>; the text has a
                                space there), <thead> as tblHeader.
    baotou-jspdf.pdf            jsPDF 2.5.2 + jspdf-autotable 3.8.4 (node) with a TrueType CJK font
                                (WenQuanYi Micro Hei taken out of its .ttc by fontTools, as a developer
                                does for jsPDF; embedded Identity-H subset), the grid theme, 所属系列
                                merged (rowSpan), the header repeated on each page, 7.5 pt.
    chifeng-pdflib.pdf          pdf-lib 1.17.1 + @pdf-lib/fontkit (node) drawing its own table: the same
                                TrueType font subset-embedded, text wrapped by the script (English at
                                spaces, Chinese anywhere), rules drawn as lines, rows top-aligned.
    handan-divtable.html        a modern CMS page whose catalog is no <table>: <div> rows with CSS
                                display:table / table-row / table-cell, the heading a div.thead.
    handan-divtable-chromium.pdf  its Chromium print.
    xingtai-flexlist.html       a CMS page whose catalog is a <ul>: one <li> per entry laid out with
                                display:flex, a <span> per field, the headings as the first <li class=hd>.
    xingtai-flexlist-chromium.pdf  its Chromium print.
    yangquan-cards.html         a page listing each qualification as a card: one <dl> per entry (<dt>
                                label, <dd> value), no heading row; 序号 as the card's number badge.
    zhangjiakou.odt             an OpenDocument text made by LibreOffice (soffice --convert-to odt from a
                                Word document: 所属系列 merged down, header repeated). (.odt is not among
                                the suffixes the probe tests and the report read.)
    zhangjiakou-odt.pdf         LibreOffice's print of that .odt.

Look-alikes (no catalog: nothing may be published):

    qinhuangdao-gongshi.docx    a 职称评审结果公示 (序号 | 姓名 | 工作单位 | 申报专业 | 评审通过资格 | 所属系列),
                                its rows in content controls like tangshan's.
    langfang-fee-jspdf.pdf      jsPDF + autotable: a 职业资格证书 fee table (证书名称 | 发证机构 | 收费标准 |
                                收费依据).
    jinzhong-butie-pandoc.docx  pandoc from Markdown: a list of 技能人才 subsidies paid (姓名 | 职业（工种）|
                                证书等级 | 发证机构 | 补贴金额（元）).

Beside each document, <stem>.truth.json as tests/make_unseen9.py writes it, written before the pipeline
ever read the document: {"header", "rows"} or {"catalog": false, "why": ...}.

Tools that are not project dependencies, installed outside the project (found by UNSEEN19_NODE and
UNSEEN19_PY, defaults below):

    mkdir -p /tmp/u19node && cd /tmp/u19node && npm init -y && \\
        npm install jspdf@2.5.2 jspdf-autotable@3.8.4 pdf-lib@1.17.1 @pdf-lib/fontkit@1.1.1
    python3 -m venv /tmp/u19venv && /tmp/u19venv/bin/pip install pypandoc_binary fonttools
    apt-get install fonts-wqy-microhei      # the TrueType CJK font jsPDF and pdf-lib embed

(node 20, the system Chromium, LibreOffice, qpdf.) Dates are pinned: SOURCE_DATE_EPOCH for pandoc, the
jsPDF and pdf-lib creation dates, the Word/ODF zips' entry dates and core properties, the prints by
make_producers.pin_pdf before qpdf packs them.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from make_producers import chromium_pinned, pin_pdf  # noqa: E402
from make_unseen9 import (  # noqa: E402
    Made,
    T,
    W,
    catalog_truth,
    docx_doc,
    docx_table,
    merge_down,
    no_catalog,
    numbered,
    pick,
)

OUT = ROOT / "tests" / "fixtures" / "unseen19"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
NODE_DIR = Path(os.environ.get("UNSEEN19_NODE", "/tmp/u19node"))
TOOL_PY = Path(os.environ.get("UNSEEN19_PY", "/tmp/u19venv/bin/python"))
WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ZIP_DATE = (2025, 5, 20, 16, 0, 0)
EPOCH = "1747728000"  # 2025-05-20T08:00:00Z
DATE_ATTR = "w:author='hrss' w:date='2025-04-02T09:00:00Z'"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
Row = tuple[str, ...]


def lines_of(city: str, short: str, no: int, date: str) -> list[str]:
    return make_unseen9.notice_lines(
        city, f"{short}人社发〔2025〕{no}号", date, f"{city}国际职业资格比照认定职称目录（第一批）"
    )


# --- shared writers ---------------------------------------------------------------------------------


def _pin_zip(path: Path) -> None:
    """Rewrite an Office/ODF zip with fixed entry dates and fixed W3CDTF / ODF dates in its metadata
    (mimetype first and stored, as ODF wants)."""
    with zipfile.ZipFile(path) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    entries.sort(key=lambda e: e[0] != "mimetype")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            if name in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-05-20T08:00:00Z", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*<", b"<meta:editing-duration>PT0S<", data)
            if name in ("content.xml", "styles.xml", "settings.xml"):
                data = _pin_rsids(data)
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            new.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, kind)


def _pin_rsids(data: bytes) -> bytes:
    """LibreOffice's random revision-save ids (officeooo:rsid attributes, the Rsid settings) made
    fixed: each distinct value numbered in order of appearance."""
    seen: dict[bytes, bytes] = {}

    def fixed(match: re.Match[bytes]) -> bytes:
        value = seen.setdefault(match.group(2), b"%08x" % (0x100000 + len(seen)))
        return match.group(1) + value + b'"'

    data = re.sub(rb'(rsid="?)([0-9a-f]+)"', fixed, data)
    return re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1048576", data)


def _save(doc: object, stem: str) -> Path:
    out = OUT / f"{stem}.docx"
    doc.save(out)  # type: ignore[attr-defined]
    _pin_zip(out)
    return out


def _paragraphs(doc: object, lines: Sequence[str]) -> None:
    for line in lines:
        doc.add_paragraph(line)  # type: ignore[attr-defined]


def _node(script: str, spec: dict, tmp: Path) -> None:
    js, data = tmp / "script.js", tmp / "spec.json"
    js.write_text(script, encoding="utf-8")
    data.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "NODE_PATH": str(NODE_DIR / "node_modules"), "TZ": "Asia/Shanghai"}
    subprocess.run(["node", str(js), str(data)], check=True, env=env, timeout=300)


def _ttf(tmp: Path) -> Path:
    """WenQuanYi Micro Hei as a plain .ttf (the first font of its collection), as jsPDF needs."""
    out = tmp / "wqy-microhei.ttf"
    if not out.exists():
        code = ("import sys; from fontTools.ttLib import TTCollection; f = TTCollection(sys.argv[1]).fonts[0]; "
                "f.recalcTimestamp = False; f.save(sys.argv[2])")  # fmt: skip
        subprocess.run([str(TOOL_PY), "-c", code, str(WQY_TTC), str(out)], check=True)
    return out


def _pandoc(src: Path, fmt: str, out: Path) -> Path:
    code = ("import sys, pypandoc; pypandoc.convert_file(sys.argv[1], 'docx', format=sys.argv[2], "
            "outputfile=sys.argv[3])")  # fmt: skip
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([str(TOOL_PY), "-c", code, str(src), fmt, str(out)], check=True, env=env)
    _pin_zip(out)
    return out


def _declare(markup: str) -> str:
    """Declare w: and w15: on the first element of markup."""
    m = re.match(r"<([\w:]+)", markup)
    assert m
    return markup[: m.end()] + f" {nsdecls('w')} xmlns:w15='{W15}'" + markup[m.end() :]


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


# --- DOCX: tracked changes -----------------------------------------------------------------------

_ids = iter(range(1000, 100000))


def _fresh_ids() -> None:
    """Revision and control ids from 1000 in every document (the same whichever documents are made)."""
    global _ids
    _ids = iter(range(1000, 100000))


def _segments(p_el: object, parts: Sequence[tuple[str, str]]) -> None:
    """Replace a paragraph's runs by segments: ("t", text) plain, ("ins", text) inserted,
    ("del", text) deleted, ("insdel", text) inserted by one author then deleted by another,
    ("fmt", text) a run whose bold was removed (w:rPrChange)."""
    for r in p_el.findall(qn("w:r")):  # type: ignore[attr-defined]
        p_el.remove(r)  # type: ignore[attr-defined]
    for kind, text in parts:
        t = _esc(text)
        if kind == "t":
            el = f"<w:r><w:t xml:space='preserve'>{t}</w:t></w:r>"
        elif kind == "ins":
            el = f"<w:ins w:id='{next(_ids)}' {DATE_ATTR}><w:r><w:t xml:space='preserve'>{t}</w:t></w:r></w:ins>"
        elif kind == "del":
            el = (f"<w:del w:id='{next(_ids)}' {DATE_ATTR}><w:r><w:delText xml:space='preserve'>{t}</w:delText>"
                  "</w:r></w:del>")  # fmt: skip
        elif kind == "insdel":
            el = (f"<w:ins w:id='{next(_ids)}' w:author='hrss' w:date='2025-04-01T09:00:00Z'>"
                  f"<w:del w:id='{next(_ids)}' w:author='reviewer' w:date='2025-04-02T10:00:00Z'>"
                  f"<w:r><w:delText xml:space='preserve'>{t}</w:delText></w:r></w:del></w:ins>")  # fmt: skip
        elif kind == "fmt":
            el = (f"<w:r><w:rPr><w:rPrChange w:id='{next(_ids)}' {DATE_ATTR}><w:rPr><w:b/></w:rPr></w:rPrChange>"
                  f"</w:rPr><w:t xml:space='preserve'>{t}</w:t></w:r>")  # fmt: skip
        else:
            raise ValueError(kind)
        p_el.append(parse_xml(_declare(el)))  # type: ignore[attr-defined]


def _mark_deleted(p_el: object) -> None:
    """Mark a paragraph's mark as deleted (w:pPr/w:rPr/w:del): it joins the next paragraph."""
    ppr = p_el.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(parse_xml(_declare(f"<w:rPr><w:del w:id='{next(_ids)}' {DATE_ATTR}/></w:rPr>")))


def shijiazhuang(tmp: Path) -> list[Made]:
    _fresh_ids()
    base = pick(W, 9, 10, 11, 12, 13, 18, 19, 4, 5, 20, 21, 22, 23, 24)
    rows = numbered(base)
    doc = docx_doc()
    _paragraphs(doc, lines_of("石家庄市", "石", 12, "2025年4月8日"))
    header = ["序号", "职业资格名称", "译名", "发证机构", "对应职称", "所属系列"]
    table = docx_table(doc, [header, *rows], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    trs = table.rows  # type: ignore[attr-defined]

    def p(r: int, c: int) -> object:
        return trs[r].cells[c].paragraphs[0]._p

    # the heading: 颁证单位 deleted, 发证机构 inserted
    _segments(p(0, 3), [("del", "颁证单位"), ("ins", "发证机构")])
    # row 4 (PE Civil Structural, 美国注册土木结构工程师): a character inserted inside the word
    assert rows[3][2] == "美国注册土木结构工程师"
    _segments(p(4, 2), [("t", "美国注册土木结"), ("ins", "构"), ("t", "工程师")])
    # row 2 (PE Civil Construction): "Constr" + deleted "cution" + inserted "uction" (a typo fixed)
    assert rows[0][1] == "Chartered Membership" and rows[1][1] == "PE Civil Construction"
    _segments(p(2, 1), [("t", "PE Civil Constr"), ("del", "cution"), ("ins", "uction")])
    # row 6 (Associate (AssocRICS)): 助理 kept; row 7 (Member (MRICS), 工程师): 助理 deleted
    assert rows[6][4] == "工程师"
    _segments(p(7, 4), [("del", "助理"), ("t", "工程师")])
    # row 7's issuer: an old English name deleted, the right one inserted, inside the parentheses
    assert rows[6][3] == "英国皇家特许测量师学会 (The Royal Institution of Chartered Surveyors)"
    _segments(p(7, 3), [("t", "英国皇家特许测量师学会 ("), ("del", "Royal Institute of Surveyors"),
                        ("ins", "The Royal Institution of Chartered Surveyors"), ("t", ")")])  # fmt: skip
    # row 8 (LEED AP BD+C): the issuer's English inserted after it
    assert rows[7][3] == "美国绿色建筑委员会 (U.S. Green Building Council)"
    _segments(p(8, 3), [("t", "美国绿色建筑委员会"), ("ins", " (U.S. Green Building Council)")])
    # row 9: the 所属系列 cell typed as two paragraphs 建设 / 工程, the mark between them deleted
    assert rows[8][5] == "建设工程"
    cell = trs[9].cells[5]
    _segments(cell.paragraphs[0]._p, [("t", "建设")])
    second = cell.add_paragraph()
    _segments(second._p, [("t", "工程")])
    _mark_deleted(cell.paragraphs[0]._p)
    # row 10 (PE Civil Transportation, 工程师): a second paragraph （暂停） deleted with the mark before it
    assert rows[9][4] == "工程师"
    cell = trs[10].cells[4]
    second = cell.add_paragraph()
    _segments(second._p, [("del", "（暂停）")])
    _mark_deleted(cell.paragraphs[0]._p)
    # row 11 (FE Environmental): " Exam" inserted by one author and deleted by another
    assert rows[10][1] == "FE Environmental"
    _segments(p(11, 1), [("t", "FE Environmental"), ("insdel", " Exam")])
    # row 12: the 序号 un-bolded (formatting change only); row 13: 序号 14 deleted, 13 inserted
    _segments(p(12, 0), [("fmt", rows[11][0])])
    _segments(p(13, 0), [("del", "14"), ("ins", rows[12][0])])
    # row 14's translation: a deleted word then an inserted one
    assert rows[13][2] == "特许机械工程师"
    _segments(p(14, 2), [("del", "英国"), ("t", "特许机械工程师")])
    settings = doc.settings.element  # type: ignore[attr-defined]
    settings.append(parse_xml(_declare("<w:trackRevisions/>")))
    _save(doc, "shijiazhuang-tracked")
    return [Made("shijiazhuang-tracked", catalog_truth(rows))]


# --- DOCX: content controls --------------------------------------------------------------------------


def _sdt_pr(tag: str, extra: str = "") -> str:
    return f"<w:sdtPr><w:alias w:val='{tag}'/><w:tag w:val='{tag}'/><w:id w:val='{next(_ids)}'/>{extra}</w:sdtPr>"


def _wrap(el: object, tag: str, extra: str = "") -> object:
    """Put an element (a w:p, w:tbl, w:tr, w:tc or w:r) inside a content control in its place."""
    sdt = parse_xml(_declare(f"<w:sdt>{_sdt_pr(tag, extra)}<w:sdtContent/></w:sdt>"))
    el.addprevious(sdt)  # type: ignore[attr-defined]
    sdt.find(qn("w:sdtContent")).append(el)
    return sdt


DROPDOWN = ("<w:dropDownList><w:listItem w:displayText='高级工程师' w:value='高级工程师'/>"
            "<w:listItem w:displayText='工程师' w:value='工程师'/>"
            "<w:listItem w:displayText='助理工程师' w:value='助理工程师'/></w:dropDownList>")  # fmt: skip


def _sdt_table(
    doc: object, table: object, tag: str, cell_col: int, dropdown_col: int | None = None, combo_col: int | None = None
) -> None:
    """The table in a block control, its body rows in one repeating-section control (each row its
    own item), one column's cells as cell-level rich-text controls (<w:tc> inside sdtContent), one
    column's text as run-level drop-down lists, another's as run-level combo boxes."""
    tbl = table._tbl  # type: ignore[attr-defined]
    trs = tbl.findall(qn("w:tr"))
    for tr in trs[1:]:
        tcs = tr.findall(qn("w:tc"))
        if combo_col is not None:
            run = tcs[combo_col].find(qn("w:p")).find(qn("w:r"))
            _wrap(
                run,
                "series",
                "<w:comboBox><w:listItem w:displayText='冶金工程' w:value='冶金工程'/>"
                "<w:listItem w:displayText='石油化工工程' w:value='石油化工工程'/></w:comboBox>",
            )
        if dropdown_col is not None:
            run = tcs[dropdown_col].find(qn("w:p")).find(qn("w:r"))
            _wrap(run, "title", DROPDOWN)
        _wrap(tcs[cell_col], "cell")
    items = [_wrap(tr, "row", "<w15:repeatingSectionItem/>") for tr in trs[1:]]
    section = parse_xml(_declare(f"<w:sdt>{_sdt_pr(tag, '<w15:repeatingSection/>')}<w:sdtContent/></w:sdt>"))
    items[0].addprevious(section)
    for item in items:
        section.find(qn("w:sdtContent")).append(item)
    _wrap(tbl, "catalog")
    root = doc.element  # type: ignore[attr-defined]
    ignorable = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Ignorable"
    root.set(ignorable, root.get(ignorable, "") + " w15")


def _w15_root(path: Path) -> None:
    """Declare w15 on the document root (lxml keeps it on the elements otherwise)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "word/document.xml" and b"xmlns:w15=" not in data[:3000]:
                data = data.replace(b"<w:document ", f'<w:document xmlns:w15="{W15}" '.encode(), 1)
            z.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, zipfile.ZIP_DEFLATED)


def tangshan(tmp: Path) -> list[Made]:
    _fresh_ids()
    rows = numbered(pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45) + pick(T, 47, 48, 49, 50, 51))
    doc = docx_doc()
    lines = lines_of("唐山市", "唐", 9, "2025年4月15日")
    _paragraphs(doc, lines)
    body = doc.element.body  # type: ignore[attr-defined]
    ps = body.findall(qn("w:p"))
    # the 文号 a plain-text control around its run, the date a date control around its paragraph
    _wrap(ps[0].find(qn("w:r")), "docno", "<w:text/>")
    _wrap(
        ps[5],
        "date",
        "<w:date w:fullDate='2025-04-15T00:00:00Z'><w:dateFormat w:val='yyyy年M月d日'/>"
        "<w:lid w:val='zh-CN'/><w:storeMappedDataAs w:val='dateTime'/><w:calendar w:val='gregorian'/></w:date>",
    )
    header = ["序号", "职业资格名称", "中文译名", "颁证单位", "对应职称", "所属系列"]
    table = docx_table(doc, [header, *rows], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    _sdt_table(doc, table, "catalog-rows", cell_col=1, dropdown_col=4, combo_col=5)
    out = _save(doc, "tangshan-sdt")
    _w15_root(out)
    return [Made("tangshan-sdt", catalog_truth(rows))]


# --- DOCX: numbering from a paragraph style, continued over two tables -------------------------------

_NUMBERING = (
    "<w:abstractNum w:abstractNumId='91'><w:multiLevelType w:val='singleLevel'/>"
    "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:pStyle w:val='XuHao'/>"
    "<w:lvlText w:val='%1'/><w:lvlJc w:val='center'/><w:pPr><w:ind w:left='0' w:firstLine='0'/></w:pPr>"
    "</w:lvl></w:abstractNum>"
)


def baoding(tmp: Path) -> list[Made]:
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
    doc = docx_doc()
    _paragraphs(doc, lines_of("保定市", "保", 15, "2025年5月6日"))
    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.insert(0, parse_xml(_declare(_NUMBERING)))
    numbering.append(parse_xml(_declare("<w:num w:numId='91'><w:abstractNumId w:val='91'/></w:num>")))
    styles = doc.styles.element  # type: ignore[attr-defined]
    styles.append(parse_xml(_declare(
        "<w:style w:type='paragraph' w:customStyle='1' w:styleId='XuHao'><w:name w:val='序号'/>"
        "<w:basedOn w:val='Normal'/><w:qFormat/><w:pPr><w:numPr><w:numId w:val='91'/></w:numPr>"
        "<w:jc w:val='center'/></w:pPr></w:style>")))  # fmt: skip
    widths = (1.2, 4.2, 3.0, 4.4, 2.0, 2.2)
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    first = docx_table(doc, [header, *[["", *r[1:]] for r in rows[:10]]], widths)
    doc.add_paragraph("续表")  # type: ignore[attr-defined]
    second = docx_table(doc, [header, *[["", *r[1:]] for r in rows[10:]]], widths)
    for table in (first, second):
        for tr in table.rows[1:]:  # type: ignore[attr-defined]
            ppr = tr.cells[0].paragraphs[0]._p.get_or_add_pPr()
            ppr.append(parse_xml(_declare("<w:pStyle w:val='XuHao'/>")))
    _save(doc, "baoding-autonum")
    return [Made("baoding-autonum", catalog_truth(rows))]


# --- DOCX: nested table, gridBefore / gridAfter, vMerge ---------------------------------------------


def taiyuan(tmp: Path) -> list[Made]:
    engineers = pick(T, 21, 23, 24, 25, 26, 27, 29, 30, 31)
    assistants = pick(T, 22, 33, 46)
    rows = numbered(engineers + assistants)
    doc = docx_doc()
    _paragraphs(doc, lines_of("太原市", "并", 7, "2025年3月28日")[:6])
    layout = doc.add_table(rows=1, cols=1)  # type: ignore[attr-defined]  # no style: no rules
    cell = layout.cell(0, 0)
    cell.paragraphs[0].text = "附件"
    cell.add_paragraph("太原市国际职业资格比照认定职称目录（第一批）")
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列", "备注"]
    body = [[*r, ""] for r in rows]
    inner = docx_table(cell, [header, *body, ["", "注：所属系列为对应职称评审的系列。", "", "", "", "", ""]],
                       (1.0, 3.8, 2.8, 4.2, 1.8, 1.8, 1.2))  # fmt: skip
    merge_down(inner, 4, 1, len(engineers))
    merge_down(inner, 4, len(engineers) + 1, len(rows))
    merge_down(inner, 5, 1, len(rows))
    trs = inner._tbl.findall(qn("w:tr"))  # type: ignore[attr-defined]
    for tr in trs[1 : len(rows) + 1]:  # body rows: the 备注 cell taken away, gridAfter instead
        tr.remove(tr.findall(qn("w:tc"))[-1])
        trpr = tr.get_or_add_trPr()
        trpr.insert(0, parse_xml(_declare("<w:gridAfter w:val='1'/>")))
        trpr.insert(1, parse_xml(_declare(f"<w:wAfter w:w='{int(1.2 * 567)}' w:type='dxa'/>")))
    note = trs[-1]
    tcs = note.findall(qn("w:tc"))
    note.remove(tcs[0])
    for tc in tcs[2:]:
        note.remove(tc)
    tcpr = tcs[1].get_or_add_tcPr()
    tcpr.append(parse_xml(_declare("<w:gridSpan w:val='6'/>")))
    trpr = note.get_or_add_trPr()
    trpr.insert(0, parse_xml(_declare("<w:gridBefore w:val='1'/>")))
    trpr.insert(1, parse_xml(_declare(f"<w:wBefore w:w='{567}' w:type='dxa'/>")))
    _paragraphs(doc, ["太原市人力资源和社会保障局办公室", "2025年3月28日印发"])
    _save(doc, "taiyuan-nested")
    return [Made("taiyuan-nested", catalog_truth(rows))]


# --- DOCX by pandoc ----------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def datong(tmp: Path) -> list[Made]:
    rows = numbered(pick(W, 1, 2, 3, 14, 15, 16, 17, 57, 58, 59, 60, 61, 56, 51, 52))
    lines = lines_of("大同市", "同", 21, "2025年4月22日")
    md = [f"# {lines[1]}", "", lines[0], ""] + [f"{line}\n" for line in lines[2:]]
    md += ["| 序号 | 境外职业资格名称 | 中文译名 | 发证机构 | 可比照认定职称 | 职称系列 |",
           "|:---:|:---|:---|:---|:---:|:---:|"]  # fmt: skip
    md += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    md += ["", f": {lines[-1]}", "", "（此件公开发布）", ""]
    src = tmp / "datong.md"
    src.write_text("\n".join(md), encoding="utf-8")
    _pandoc(src, "markdown", OUT / "datong-pandoc.docx")
    return [Made("datong-pandoc", catalog_truth(rows))]


def hohhot(tmp: Path) -> list[Made]:
    groups = (pick(W, 25, 26, 27, 28, 24, 23), pick(W, 46, 47, 48, 49, 50), pick(W, 53, 54, 55))
    rows = numbered([r for g in groups for r in g])
    lines = lines_of("呼和浩特市", "呼", 6, "2025年5月12日")
    trs, i = [], 0
    for group in groups:
        for k, _ in enumerate(group):
            s, q, z, iss, t, se = rows[i]
            zh, _, en = iss.partition(" (")
            issuer = f"{_esc(zh)}<br>({_esc(en)}" if en else _esc(iss)
            span = f"<td rowspan='{len(group)}'>{_esc(se)}</td>" if k == 0 else ""
            trs.append(f"<tr><td>{s}</td><td>{_esc(q)}</td><td>{_esc(z)}</td><td>{issuer}</td><td>{t}</td>{span}</tr>")
            i += 1
    body = "".join(f"<p>{_esc(line)}</p>\n" for line in lines)
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{_esc(lines[1])}</title></head><body>\n"
            f"<h1>{_esc(lines[1])}</h1>\n{body}<table border='1'>\n<thead><tr><th>序号</th><th>职业资格名称</th>"
            "<th>译名</th><th>颁证单位</th><th>对应职称</th><th>所属系列</th></tr></thead>\n<tbody>\n"
            + "\n".join(trs) + "\n</tbody></table>\n<p>呼和浩特市人力资源和社会保障局</p></body></html>\n")  # fmt: skip
    src = tmp / "hohhot.html"
    src.write_text(page, encoding="utf-8")
    _pandoc(src, "html", OUT / "hohhot-pandoc.docx")
    return [Made("hohhot-pandoc", catalog_truth(rows))]


def jinzhong(tmp: Path) -> list[Made]:
    people = [("1", "王建军", "焊工", "三级/高级工", "晋中市职业技能鉴定中心", "2000"),
              ("2", "李秀梅", "电工", "二级/技师", "山西省职业技能鉴定指导中心", "3000"),
              ("3", "张伟", "车工", "四级/中级工", "晋中市职业技能鉴定中心", "1500"),
              ("4", "赵丽娟", "保育师", "四级/中级工", "晋中职业技术学院", "1500"),
              ("5", "刘洋", "汽车维修工", "三级/高级工", "晋中市第一职业技能评价站", "2000"),
              ("6", "陈志强", "数控车工", "二级/技师", "山西省职业技能鉴定指导中心", "3000"),
              ("7", "杨帆", "育婴员", "四级/中级工", "晋中职业技术学院", "1500"),
              ("8", "郭鹏", "焊工", "二级/技师", "晋中市职业技能鉴定中心", "3000")]  # fmt: skip
    md = ["# 关于2025年第一批技能人才职业技能提升补贴发放名单的公示", "", "晋人社函〔2025〕33号", "",
          "根据有关规定，现将符合条件的技能人才补贴名单公示如下，公示期5个工作日。", "",
          "| 序号 | 姓名 | 职业（工种） | 证书等级 | 发证机构 | 补贴金额（元） |",
          "|:---:|:---:|:---|:---:|:---|---:|"]  # fmt: skip
    md += ["| " + " | ".join(p) + " |" for p in people]
    md += ["", "晋中市人力资源和社会保障局", "", "2025年5月9日", ""]
    src = tmp / "jinzhong.md"
    src.write_text("\n".join(md), encoding="utf-8")
    _pandoc(src, "markdown", OUT / "jinzhong-butie-pandoc.docx")
    return [
        Made(
            "jinzhong-butie-pandoc",
            no_catalog(
                "a list of 技能人才 subsidies paid (姓名 | 职业（工种）| 证书等级 | 发证机构 | 补贴金额), not a catalog"
            ),
        )
    ]


def qinhuangdao(tmp: Path) -> list[Made]:
    _fresh_ids()
    people = [("1", "孙立新", "秦皇岛港股份有限公司", "港口与航道工程", "高级工程师", "工程系列"),
              ("2", "周晓燕", "秦皇岛市第一医院", "内科学", "副主任医师", "卫生系列"),
              ("3", "吴海涛", "燕山大学", "机械设计制造及其自动化", "高级工程师", "工程系列"),
              ("4", "郑丽", "秦皇岛市第五中学", "中学数学", "高级教师", "中小学教师系列"),
              ("5", "冯建国", "中铁山桥集团有限公司", "焊接技术与工程", "正高级工程师", "工程系列"),
              ("6", "韩梅", "秦皇岛市农业科学研究院", "作物栽培", "高级农艺师", "农业系列"),
              ("7", "曹阳", "秦皇岛市建筑设计院", "建筑设计", "高级工程师", "工程系列")]  # fmt: skip
    doc = docx_doc()
    _paragraphs(doc, ["关于2024年度秦皇岛市高级职称评审结果的公示",
                      "经评审委员会评审，下列同志具备相应专业技术资格，现予公示，公示期为2025年4月10日至4月16日。",
                      "附件：评审通过人员名单"])  # fmt: skip
    header = ["序号", "姓名", "工作单位", "申报专业", "评审通过资格", "所属系列"]
    table = docx_table(doc, [header, *people], (1.0, 2.0, 5.0, 3.6, 2.6, 2.6))
    _sdt_table(doc, table, "gongshi-rows", cell_col=2)
    _paragraphs(doc, ["秦皇岛市人力资源和社会保障局", "2025年4月10日"])
    out = _save(doc, "qinhuangdao-gongshi")
    _w15_root(out)
    return [
        Made(
            "qinhuangdao-gongshi",
            no_catalog("a 职称评审结果公示 (姓名 | 工作单位 | 申报专业 | 评审通过资格), not a catalog"),
        )
    ]


# --- PDFs by jsPDF and pdf-lib ---------------------------------------------------------------------

JSPDF = r"""
let _seed = 19; Math.random = () => { _seed = (_seed * 16807) % 2147483647; return (_seed - 1) / 2147483646; };
const _Date = Date; const _FIXED = _Date.UTC(2025, 4, 20, 8, 0, 0);
globalThis.Date = class extends _Date { constructor(...a) { super(...(a.length ? a : [_FIXED])); } static now() { return _FIXED; } };
const fs = require('fs');
const { jsPDF } = require('jspdf');
const autoTable = require('jspdf-autotable').default;
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const doc = new jsPDF({ orientation: spec.orientation, unit: 'pt', format: 'a4', compress: true });
doc.addFileToVFS('wqy.ttf', fs.readFileSync(spec.font).toString('binary'));
doc.addFont('wqy.ttf', 'WQY', 'normal');
doc.setFont('WQY', 'normal');
doc.setProperties({ title: spec.lines[1], creator: 'jsPDF', subject: spec.lines[0] });
doc.setCreationDate(new Date(Date.UTC(2025, 4, 20, 8, 0, 0)));
doc.setFileId('00112233445566778899AABBCCDDEEFF');
let y = 56;
doc.setFontSize(15);
const width = doc.internal.pageSize.getWidth();
for (const part of doc.splitTextToSize(spec.lines[1], width - 120)) { doc.text(part, width / 2, y, { align: 'center' }); y += 22; }
doc.setFontSize(10.5);
for (const line of spec.body) { for (const part of doc.splitTextToSize(line, width - 100)) { doc.text(part, 50, y); y += 16; } }
const body = spec.rows.map((row, i) => row.map((text, c) => {
  if (spec.span !== undefined && c === spec.span.col) {
    const start = spec.span.starts.indexOf(i);
    if (start < 0) return null;
    return { content: text, rowSpan: spec.span.lengths[start], styles: { valign: 'middle', halign: 'center' } };
  }
  return text;
}).filter(cell => cell !== null));
autoTable(doc, {
  startY: y + 6, head: [spec.header], body, theme: 'grid', showHead: 'everyPage',
  styles: { font: 'WQY', fontStyle: 'normal', fontSize: spec.fontSize, cellPadding: 3, textColor: 20, lineColor: 60, lineWidth: 0.5 },
  headStyles: { fillColor: [230, 230, 230], textColor: 0, halign: 'center' },
  columnStyles: spec.columnStyles, margin: { left: 40, right: 40, top: 50 },
});
doc.setFontSize(10.5);
y = doc.lastAutoTable.finalY + 30;
for (const line of spec.tail) { doc.text(line, width - 60, y, { align: 'right' }); y += 16; }
fs.writeFileSync(spec.out, Buffer.from(doc.output('arraybuffer')));
"""


def baotou(tmp: Path) -> list[Made]:
    groups = (pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
              pick(T, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43))  # fmt: skip
    rows = numbered([r for g in groups for r in g])
    lines = lines_of("包头市", "包", 18, "2025年4月30日")
    starts, lengths, at = [], [], 0
    for g in groups:
        starts.append(at)
        lengths.append(len(g))
        at += len(g)
    spec = {
        "orientation": "p", "font": str(_ttf(tmp)), "lines": lines, "out": str(OUT / "baotou-jspdf.pdf"),
        "body": [lines[0], *lines[2:4], "附件：" + lines[-1]], "tail": lines[4:6], "fontSize": 7.5,
        "header": ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"],
        "rows": [list(r) for r in rows], "span": {"col": 5, "starts": starts, "lengths": lengths},
        "columnStyles": {"0": {"cellWidth": 28, "halign": "center"},
                         "4": {"cellWidth": 56},
                         "5": {"cellWidth": 70}},
    }  # fmt: skip
    _node(JSPDF, spec, tmp)
    return [Made("baotou-jspdf", catalog_truth(rows))]


def langfang(tmp: Path) -> list[Made]:
    fees = [["1", "一级建造师执业资格证书", "住房和城乡建设部", "每人每科 66 元", "冀发改价格〔2023〕512号"],
            ["2", "注册会计师全国统一考试合格证", "中国注册会计师协会", "每人每科 100 元", "财会〔2022〕10号"],
            ["3", "ACCA 资格证书（报名费）", "英国特许公认会计师公会", "按发证机构公布标准", "—"],
            ["4", "特种设备作业人员证", "廊坊市市场监督管理局", "每人 60 元", "冀价行费〔2021〕33号"],
            ["5", "导游资格证书", "文化和旅游部", "每人每科 50 元", "冀发改价格〔2023〕512号"],
            ["6", "职业技能等级证书", "经备案的评价机构", "不收取证书费", "人社部发〔2020〕96号"]]  # fmt: skip
    lines = ["廊人社函〔2025〕7号", "关于公布2025年职业资格证书收费项目及标准的通知",
             "各县（市、区）人力资源和社会保障局，各有关单位：",
             "现将我市职业资格证书考试、发证的收费项目及标准公布如下，请遵照执行。",
             "廊坊市人力资源和社会保障局", "2025年3月3日"]  # fmt: skip
    spec = {
        "orientation": "p", "font": str(_ttf(tmp)), "lines": lines, "out": str(OUT / "langfang-fee-jspdf.pdf"),
        "body": [lines[0], *lines[2:4]], "tail": lines[4:6], "fontSize": 9,
        "header": ["序号", "证书名称", "发证机构", "收费标准", "收费依据"], "rows": fees,
        "columnStyles": {"0": {"cellWidth": 30, "halign": "center"}},
    }  # fmt: skip
    _node(JSPDF, spec, tmp)
    return [
        Made(
            "langfang-fee-jspdf",
            no_catalog("a 职业资格证书 fee table (证书名称 | 发证机构 | 收费标准 | 收费依据), not a catalog"),
        )
    ]


PDFLIB = r"""
let _seed = 19; Math.random = () => { _seed = (_seed * 16807) % 2147483647; return (_seed - 1) / 2147483646; };
const _Date = Date; const _FIXED = _Date.UTC(2025, 4, 20, 8, 0, 0);
globalThis.Date = class extends _Date { constructor(...a) { super(...(a.length ? a : [_FIXED])); } static now() { return _FIXED; } };
const fs = require('fs');
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');
(async () => {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fs.readFileSync(spec.font), { subset: true });
  const when = new Date(Date.UTC(2025, 4, 20, 8, 0, 0));
  pdf.setTitle(spec.lines[1]); pdf.setCreator('pdf-lib'); pdf.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  pdf.setCreationDate(when); pdf.setModificationDate(when);
  const W = 595.28, H = 841.89, left = 42, size = 8, lead = 10.5, pad = 3;
  const widths = spec.widths;
  const isCJK = ch => /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch);
  function wrap(text, width) {
    const tokens = text.match(/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+/g) || [''];
    const lines = []; let line = '';
    for (const tok of tokens) {
      const tryLine = line + tok;
      if (font.widthOfTextAtSize(tryLine.trimEnd(), size) <= width || line.trim() === '') {
        if (font.widthOfTextAtSize(tryLine.trimEnd(), size) > width && line.trim() === '' && !isCJK(tok)) {
          lines.push(tok); line = ''; continue;
        }
        line = tryLine;
      } else { lines.push(line.trimEnd()); line = /^\s+$/.test(tok) ? '' : tok; }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines;
  }
  let page = pdf.addPage([W, H]); let y = H - 60;
  const text = (s, x, yy, sz) => page.drawText(s, { x, y: yy, size: sz, font, color: rgb(0, 0, 0) });
  const titleSize = 14;
  text(spec.lines[1], (W - font.widthOfTextAtSize(spec.lines[1], titleSize)) / 2, y, titleSize); y -= 26;
  for (const line of spec.body) { for (const part of wrap(line, W - 2 * left)) { text(part, left, y, 10); y -= 15; } }
  y -= 6;
  function drawRow(cells, bold) {
    const wrapped = cells.map((c, i) => wrap(c, widths[i] - 2 * pad));
    const h = Math.max(...wrapped.map(l => l.length)) * lead + 2 * pad;
    if (y - h < 50) { page = pdf.addPage([W, H]); y = H - 50; if (!bold) drawRow(spec.header, true); }
    let x = left;
    for (let i = 0; i < cells.length; i++) {
      wrapped[i].forEach((line, k) => text(line, x + pad, y - pad - size - k * lead + 1, size));
      page.drawLine({ start: { x, y }, end: { x, y: y - h }, thickness: 0.6 });
      x += widths[i];
    }
    page.drawLine({ start: { x, y }, end: { x, y: y - h }, thickness: 0.6 });
    page.drawLine({ start: { x: left, y }, end: { x, y }, thickness: 0.6 });
    page.drawLine({ start: { x: left, y: y - h }, end: { x, y: y - h }, thickness: 0.6 });
    y -= h;
  }
  drawRow(spec.header, true);
  for (const row of spec.rows) drawRow(row, false);
  y -= 24;
  for (const line of spec.tail) { text(line, W - left - font.widthOfTextAtSize(line, 10), y, 10); y -= 15; }
  fs.writeFileSync(spec.out, await pdf.save({ useObjectStreams: false }));
})();
"""


def chifeng(tmp: Path) -> list[Made]:
    rows = numbered(pick(W, 29, 30, 31, 32, 33, 34, 35, 36) + pick(T, 44, 45, 47, 48, 52) + pick(W, 37, 38))
    lines = lines_of("赤峰市", "赤", 10, "2025年5月15日")
    spec = {
        "font": str(_ttf(tmp)), "lines": lines, "out": str(OUT / "chifeng-pdflib.pdf"),
        "body": [lines[0], *lines[2:4], "附件：" + lines[-1]], "tail": lines[4:6],
        "header": ["序号", "国际职业资格名称", "中文译名", "颁证机构", "可认定职称", "职称系列"],
        "rows": [list(r) for r in rows], "widths": [28, 120, 92, 152, 56, 63.28],
    }  # fmt: skip
    _node(PDFLIB, spec, tmp)
    return [Made("chifeng-pdflib", catalog_truth(rows))]


# --- HTML whose catalog is no <table> -----------------------------------------------------------------

CMS_HEAD = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_{city}人力资源和社会保障局</title>
<style>
body{{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:15px;color:#333;background:#f5f6f8}}
.top{{background:#1d4e9e;color:#fff;padding:14px 40px;font-size:22px}}
.nav{{background:#163d7c;padding:0 40px}} .nav a{{color:#fff;display:inline-block;padding:10px 16px;text-decoration:none}}
.crumb{{padding:12px 40px;font-size:13px;color:#888}}
.article{{background:#fff;margin:0 40px 30px;padding:30px 40px}}
.article h1{{font-size:22px;text-align:center;color:#1d4e9e}}
.meta{{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:12px}}
.content p{{text-indent:2em;line-height:1.9}}
.foot{{background:#163d7c;color:#cfd8e8;font-size:12px;text-align:center;padding:18px}}
{css}
</style></head><body>
<div class="top">{city}人力资源和社会保障局</div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article"><h1>{title}</h1>
<div class="meta">发布时间：{date}　　来源：{city}人力资源和社会保障局　　浏览次数：1024</div>
<div class="content">
"""
CMS_FOOT = """</div></div>
<div class="foot">主办单位：{city}人力资源和社会保障局　　网站标识码：1301000001　　冀ICP备05001234号</div>
</body></html>
"""


def _cms_page(city: str, lines: Sequence[str], catalog: str, css: str, date: str) -> str:
    head = CMS_HEAD.format(title=_esc(lines[1]), city=city, css=css, date=date)
    text = f"<p style='text-indent:0'>{_esc(lines[0])}</p>\n" + "".join(f"<p>{_esc(x)}</p>\n" for x in lines[2:4])
    sign = "".join(f"<p style='text-align:right'>{_esc(x)}</p>\n" for x in lines[4:6])
    annex = f"<p style='text-indent:0'>{_esc(lines[6])}</p>\n<p style='text-align:center;font-weight:bold'>{_esc(lines[7])}</p>\n"
    return head + text + sign + annex + catalog + CMS_FOOT.format(city=city)


def handan(tmp: Path) -> list[Made]:
    rows = numbered(pick(W, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19))
    lines = lines_of("邯郸市", "邯", 16, "2025年4月18日")
    css = (".ml-table{display:table;width:100%;border-collapse:collapse;font-size:13px}"
           ".ml-tr{display:table-row}.ml-thead{display:table-header-group;font-weight:bold;background:#eef3fb}"
           ".ml-tbody{display:table-row-group}"
           ".ml-td{display:table-cell;border:1px solid #9bb0d3;padding:6px 8px;vertical-align:middle}"
           ".ml-td.c{text-align:center;white-space:nowrap}")  # fmt: skip
    heads = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    center = {0, 4, 5}

    def row(cells: Sequence[str]) -> str:
        return (
            '<div class="ml-tr">'
            + "".join(f'<div class="ml-td{" c" if i in center else ""}">{_esc(c)}</div>' for i, c in enumerate(cells))
            + "</div>\n"
        )

    catalog = ("<div class=\"ml-table\" role=\"table\">\n<div class=\"ml-thead\">" + row(heads) + "</div>\n"
               "<div class=\"ml-tbody\">\n" + "".join(row(r) for r in rows) + "</div>\n</div>\n")  # fmt: skip
    page = _cms_page("邯郸市", lines, catalog, css, "2025-04-18 10:30")
    src = OUT / "handan-divtable.html"
    src.write_text(page, encoding="utf-8")
    chromium_pinned(src, OUT / "handan-divtable-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("handan-divtable", truth), Made("handan-divtable-chromium", truth)]


def xingtai(tmp: Path) -> list[Made]:
    rows = numbered(pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 46, 47, 48, 49, 50))
    lines = lines_of("邢台市", "邢", 8, "2025年5月20日")
    css = (".zs-list{list-style:none;margin:0;padding:0;font-size:13px;border-top:2px solid #1d4e9e}"
           ".zs-list li{display:flex;align-items:center;border-bottom:1px solid #dde3ee}"
           ".zs-list li.hd{background:#1d4e9e;color:#fff;font-weight:bold}"
           ".zs-list li:nth-child(even){background:#f7f9fc}"
           ".zs-list span{padding:7px 6px;box-sizing:border-box}"
           ".c1{flex:0 0 6%;text-align:center}.c2{flex:0 0 24%}.c3{flex:0 0 18%}.c4{flex:0 0 28%}"
           ".c5{flex:0 0 12%;text-align:center}.c6{flex:0 0 12%;text-align:center}")  # fmt: skip
    heads = ["序号", "职业资格名称", "中文名称", "颁发机构", "对应职称", "所属系列"]

    def li(cells: Sequence[str], cls: str = "") -> str:
        spans = "".join(f'<span class="c{i + 1}">{_esc(c)}</span>' for i, c in enumerate(cells))
        return f"<li{f' class={chr(34)}{cls}{chr(34)}' if cls else ''}>{spans}</li>\n"

    catalog = '<ul class="zs-list">\n' + li(heads, "hd") + "".join(li(r) for r in rows) + "</ul>\n"
    page = _cms_page("邢台市", lines, catalog, css, "2025-05-20 09:00")
    src = OUT / "xingtai-flexlist.html"
    src.write_text(page, encoding="utf-8")
    chromium_pinned(src, OUT / "xingtai-flexlist-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("xingtai-flexlist", truth), Made("xingtai-flexlist-chromium", truth)]


def yangquan(tmp: Path) -> list[Made]:
    rows = numbered(pick(W, 1, 2, 3, 20, 21, 22, 56, 57, 58, 59))
    lines = lines_of("阳泉市", "阳", 5, "2025年3月25日")
    css = (".cards{display:grid;grid-template-columns:1fr 1fr;gap:14px}"
           ".card{border:1px solid #d6deeb;border-radius:6px;padding:10px 14px;position:relative;background:#fbfcfe}"
           ".card .no{position:absolute;right:12px;top:10px;background:#1d4e9e;color:#fff;border-radius:10px;"
           "padding:0 8px;font-size:12px}"
           ".card dl{margin:0;display:grid;grid-template-columns:6.5em 1fr;row-gap:4px;font-size:13px}"
           ".card dt{color:#888}.card dd{margin:0}")  # fmt: skip
    labels = ["职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    cards = []
    for r in rows:
        dl = "".join(f"<dt>{label}</dt><dd>{_esc(v)}</dd>" for label, v in zip(labels, r[1:], strict=True))
        cards.append(f'<div class="card"><span class="no">{r[0]}</span><dl>{dl}</dl></div>\n')
    catalog = '<div class="cards">\n' + "".join(cards) + "</div>\n"
    page = _cms_page("阳泉市", lines, catalog, css, "2025-03-25 16:20")
    (OUT / "yangquan-cards.html").write_text(page, encoding="utf-8")
    return [Made("yangquan-cards", catalog_truth(rows))]


# --- ODT by LibreOffice ------------------------------------------------------------------------------


def _soffice(src: Path, fmt: str, outdir: Path) -> Path:
    import tempfile

    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)  # fmt: skip
    out = outdir / f"{src.stem}.{fmt}"
    assert out.exists(), out
    return out


def zhangjiakou(tmp: Path) -> list[Made]:
    groups = (pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45), pick(W, 51, 52, 53, 54, 55))
    rows = numbered([r for g in groups for r in g])
    doc = docx_doc()
    _paragraphs(doc, lines_of("张家口市", "张", 11, "2025年4月3日"))
    header = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
    table = docx_table(doc, [header, *rows], (1.0, 4.2, 3.0, 4.6, 2.0, 2.2))
    merge_down(table, 5, 1, len(groups[0]))
    merge_down(table, 5, len(groups[0]) + 1, len(rows))
    trpr = table.rows[0]._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    trpr.append(parse_xml(_declare("<w:tblHeader/>")))
    src = tmp / "zhangjiakou.docx"
    doc.save(src)  # type: ignore[attr-defined]
    odt = _soffice(src, "odt", tmp)
    _pin_zip(odt)
    shutil.copy(odt, OUT / "zhangjiakou.odt")
    pdf = _soffice(OUT / "zhangjiakou.odt", "pdf", tmp)
    pin_pdf(pdf)
    shutil.move(str(pdf), str(OUT / "zhangjiakou-odt.pdf"))
    truth = catalog_truth(rows)
    return [Made("zhangjiakou", truth), Made("zhangjiakou-odt", truth)]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    shijiazhuang, tangshan, baoding, taiyuan, datong, hohhot, baotou, chifeng, handan, xingtai, yangquan,
    zhangjiakou, qinhuangdao, langfang, jinzhong,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
