"""Regenerate tests/fixtures/unseen18: a ninth blind probe round, of producers and renderings no earlier
round has.

    .venv/bin/python tests/make_unseen18.py              # every document
    .venv/bin/python tests/make_unseen18.py foshan       # only these

Catalogs (rows from the bundled notices' truth by `pick`, every cell as printed):

    foshan-wordhtml.html        Microsoft Word's "Save as Web Page" file as bureaus post it, in GB2312
                                (characters outside it as &#NNN;): <p class=MsoNormal>, a <span> per run
                                of script (宋体 / Times New Roman), <o:p></o:p>, the <!--[if gte mso 9]>
                                <xml> blocks, 序号 as Word list numbering inside <![if !supportLists]>,
                                cells <td width=… valign=top style='border:solid windowtext 1.0pt;mso-
                                border-alt:…'>, a 备注 column of empty cells (<o:p>&nbsp;</o:p>), the
                                <![if !supportMisalignedColumns]> row of empty cells closing the table, and
                                the source hard-wrapped at 76 columns as Word writes it (GB2312 bytes: a
                                CJK character counts 2): at spaces (in tags and in English text) and
                                between two CJK characters inside a run of Chinese text. The truth is the
                                text as Word shows it: a break between two CJK characters is no space.
    foshan-wordhtml-chromium.pdf  its Chromium print. Chromium draws a source line break between two CJK
                                characters as a space (about a quarter em: "美国国家勘察设计 考试者理事会");
                                the truth stays the bureau's text, without that space.
    dongguan-trs.html           the same kind of Word HTML (wrapped by Word at 76 columns) pasted into a TRS
                                WCM article page (UTF-8) and kept as the IE-based editor serialized it:
                                tag names in capitals, each tag on one line, styles as IE writes them
                                (FONT-FAMILY: 'Times New Roman'; mso-… kept), <?xml:namespace prefix = o
                                …/>, 序号 as list numbering inside <!--[if !supportLists]-->…<!--[endif]-->,
                                所属系列 merged down (rowspan), empty 备注 cells (<o:p>&nbsp;</o:p>); Word's
                                line breaks inside the text kept (also between two CJK characters); the
                                article in <div class=TRS_Editor> with its own <style>, the page's
                                navigation, breadcrumbs and footer around.
    dongguan-trs-chromium.pdf   its Chromium print (the same CJK line-break spaces as foshan's).
    zhongshan-pdfmake.pdf       pdfmake 0.2.23 (node; pdfkit fork, fontkit) with Noto Sans CJK SC embedded
                                (subset CID fonts), A4 portrait, its own table rules, headerRows 1 (the
                                header repeated on every page), rows allowed to break across pages, a
                                "第 x 页 共 y 页" footer.
    jiangmen-pdfmake.pdf        pdfmake on landscape A4 at 6.5 pt with very narrow columns, a two-row
                                header (国际职业资格 over 英文名称 | 中文名称, rowSpan/colSpan), 国别 and 备注.
    zhuhai-pdfkit.pdf           pdfkit 0.20.2 (node) drawing its table itself (rectangles and text boxes,
                                Noto Serif CJK SC embedded), as a report module would: the header only on
                                the first page, a row that does not fit moved whole to the next page.
    huizhou-fpdf2.pdf           fpdf2 2.8.9 (PyPI) FPDF.table() with Noto Sans CJK SC (an OpenType/CFF
                                font) embedded as it embeds such fonts: CID Type 0C subsets whose
                                /Encoding is an embedded CMap stream (/CMapName /Adobe-Identity-UCS, codes
                                to CIDs) rather than Identity-H, with a ToUnicode map; the heading row
                                repeated on every page, its own cell rules. Poppler shows and copies the
                                text.
    shantou-reportlab-stsong.pdf  ReportLab 5.1.0 platypus Table with the NON-embedded CID font
                                UnicodeCIDFont('STSong-Light') (Adobe-GB1, UniGB-UCS2-H: the font
                                iText-based government systems use; a reader supplies the glyphs), GRID
                                rules, repeatRows=1, invariant mode. (This machine's Poppler, without
                                poppler-data, cannot draw it; with the Adobe-GB1 data a viewer draws it.)
    zhaoqing-oldcms.html        an old CMS's notice page in GB2312: a 778-px layout table, <font face=宋体
                                size=2>, <table border=1 cellspacing=0 bordercolor=#000000>, <td nowrap>
                                for 序号, 对应职称 and 所属系列, <div align=center>, and <br> inside names
                                (in English at a space, in Chinese between two characters: read as a
                                space and as nothing).
    zhaoqing-oldcms-chromium.pdf  its Chromium print (the 778-px layout shrunk to the page).
    liuzhou-sheetjs.xlsx        a web system's 导出Excel by SheetJS (xlsx 0.18.5, node; text cells written
                                t="str", no shared strings, no styles): title merged
                                across row 1, a 文号 line merged across row 2, the header on row 3, 序号
                                as numbers, a 合计 row (合计 | 共12项, merged), a second sheet 说明 of
                                notes. The zip's entry dates are pinned afterwards (Python zipfile).
    guilin-altenter.xlsx        a workbook typed by hand (openpyxl): line breaks typed with Alt+Enter
                                inside cells (wrap text on): in headings (职业资格名称\\n（英文）, 对应\\n职称),
                                in English names where a space was, in Chinese names between two
                                characters. The truth: a break where a space was is a space, between
                                two CJK characters nothing.
    guilin-altenter-calc.pdf    LibreOffice Calc's print of it.
    mianyang-separate.html      a table with border-collapse:separate, cellspacing=2 and a border on
                                every cell: every rule printed double.
    mianyang-separate-chromium.pdf  its Chromium print.
    deyang-ueditor.html         a page whose article was written in UEditor: <table data-sort=
                                sortDisabled>, <tr class=firstRow>, <td> headings in <strong>, UEditor's
                                light grey #DDD rules, and word-break:break-all on every cell (English
                                words broken anywhere at a cell's edge: "Engineeri|ng" is one word).
    deyang-ueditor-print.pdf    that page printed from Chromium as a person prints it (puppeteer-core
                                24.43.1 driving the system Chromium): scale 80 %, the browser's header
                                (date and time, title) and footer (address, 1/2) on every page; the
                                date is a fixed text in the header template.
    yibin-wide.html             a page laid out at a fixed 1400 px with an eight-column catalog
                                (国别, 证书有效期, 备注 besides the six).
    yibin-wide-fit.pdf          its print scaled to fit the page width (puppeteer, scale 0.51): 7-pt text.

Look-alikes (no catalog: nothing may be published):

    kunming-pdfmake.pdf         pdfmake: a 公示 of people who passed 职称评审 (姓名 | 工作单位 | 评审专业 |
                                评审通过资格 | 所属系列), header repeated.
    qujing-wordhtml.html        Word "Save as Web Page" (UTF-8, wrapped) of a 政策解读 whose table is
                                policy points (序号 | 政策要点 | 解读内容) quoting a catalog's words and
                                one of its rows in prose; and its Chromium print qujing-wordhtml-chromium.pdf.
    yuxi-sheetjs.xlsx           SheetJS: 职业技能等级 subsidies (职业（工种） | 技能等级 | 补贴标准（元）),
                                title merged, 合计 row, a 说明 sheet.
    dali-reportlab-stsong.pdf   ReportLab with STSong-Light: the offices that take applications for
                                比照认定 (受理单位 | 受理系列 | 办公地址 | 咨询电话).

Beside each document, <stem>.truth.json as tests/make_unseen9.py writes it, written before the pipeline
ever read the document: {"header", "rows"} or {"catalog": false, "why": ...}.

Tools that are not project dependencies, installed outside the project (the generator finds them by
UNSEEN18_NODE and UNSEEN18_PY, defaults below):

    mkdir -p /tmp/u18node && cd /tmp/u18node && npm init -y && \\
        PUPPETEER_SKIP_DOWNLOAD=1 npm install pdfmake@0.2.23 pdfkit@0.20.2 xlsx@0.18.5 puppeteer-core@24.43.1
    python3 -m venv /tmp/u18venv && /tmp/u18venv/bin/pip install fpdf2==2.8.9 reportlab==5.1.0

(node 20, the system Chromium 156 for puppeteer-core, LibreOffice for the Calc prints, qpdf, the Noto
CJK fonts.) Dates are pinned where the producers write them (pdfmake's and pdfkit's info, fpdf2's
creation date, ReportLab's invariant mode, the workbooks' properties and zip entries; Chromium's
prints are pinned by make_producers.pin_pdf before qpdf packs them with --deterministic-id).
"""

from __future__ import annotations

import datetime as _dt
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
import openpyxl  # noqa: E402
from make_producers import chromium_pinned, pack_pinned, pin_pdf  # noqa: E402
from make_unseen9 import (  # noqa: E402
    CANONICAL_HEADER,
    Made,
    T,
    W,
    catalog_truth,
    no_catalog,
    numbered,
    pick,
)
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "unseen18"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
NODE_DIR = Path(os.environ.get("UNSEEN18_NODE", "/tmp/u18node"))
TOOL_PY = Path(os.environ.get("UNSEEN18_PY", "/tmp/u18venv/bin/python"))
NOTO = Path("/usr/share/fonts/opentype/noto")
PINNED = _dt.datetime(2025, 5, 20, 8, 0, 0, tzinfo=_dt.timezone.utc)
ZIP_DATE = (2025, 5, 20, 16, 0, 0)


def lines_of(city: str, short: str, no: int, date: str) -> list[str]:
    return make_unseen9.notice_lines(
        city, f"{short}人社发〔2025〕{no}号", date, f"{city}国际职业资格比照认定职称目录（第一批）"
    )


# --- running the outside tools ---------------------------------------------------------------------


def _node(script: str, spec: dict, tmp: Path) -> None:
    """Run a node script with the spec (JSON) as its argument, the /tmp node_modules on its path."""
    js, data = tmp / "script.js", tmp / "spec.json"
    js.write_text(script, encoding="utf-8")
    data.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "NODE_PATH": str(NODE_DIR / "node_modules"), "TZ": "Asia/Shanghai"}
    subprocess.run(["node", str(js), str(data)], check=True, env=env, timeout=300)


def _tool_py(script: str, spec: dict, tmp: Path) -> None:
    """Run a Python script in the /tmp venv (fpdf2, ReportLab) with the spec (JSON) as its argument."""
    py, data = tmp / "script.py", tmp / "spec.json"
    py.write_text(script, encoding="utf-8")
    data.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    subprocess.run([str(TOOL_PY), str(py), str(data)], check=True, timeout=300)


def _calc(src: Path, out: Path, tmp: Path) -> Path:
    """LibreOffice Calc's print of a workbook (every sheet), its dates pinned."""
    made = make_unseen9.soffice_to_pdf(src, tmp)
    pin_pdf(made)
    shutil.move(str(made), str(out))
    return out


def _pin_zip(path: Path, core: bool = True) -> None:
    """Rewrite an Office zip with fixed entry dates and, in docProps/core.xml, fixed W3CDTF dates."""
    with zipfile.ZipFile(path) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            if core and name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", b"2025-05-20T08:00:00Z", data)
            new.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data, zipfile.ZIP_DEFLATED)


# --- Word's HTML ---------------------------------------------------------------------------------

CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
HAN = re.compile(r"[\u3400-\u9fff]")


def _wide(ch: str) -> bool:
    return bool(re.match(f"[{CJK}]", ch))


def word_wrap(line: str, width: int = 76, cjk_cols: int = 2) -> list[str]:
    """One logical line of markup hard-wrapped as Word writes HTML: at a space (in a tag or in text, not
    inside a double-quoted value or a <!…> construct), before a double-quoted value in a tag, or between
    two Han characters of text; the continuation indented like the line. A CJK character counts cjk_cols
    columns. Where no break fits, the first one after the width is taken."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    breaks: list[tuple[int, int]] = []  # (index, characters the break consumes)
    in_tag = in_dq = in_bang = False
    for i, ch in enumerate(line):
        if i > len(indent):
            if ch == " " and not in_dq and not in_bang:
                breaks.append((i, 1))
            elif ch == '"' and in_tag and not in_dq and not in_bang and line[i - 1] != " ":
                breaks.append((i, 0))
            elif not in_tag and HAN.match(ch) and HAN.match(line[i - 1]):
                breaks.append((i, 0))
        if ch == "<" and not in_tag:
            in_tag, in_bang = True, line.startswith("<!", i)
        elif ch == ">" and in_tag and not in_dq:
            in_tag = in_bang = False
        elif ch == '"' and in_tag and not in_bang:
            in_dq = not in_dq

    def cols(text: str) -> int:
        return sum(cjk_cols if _wide(c) else 1 for c in text)

    out: list[str] = []
    start, lead = 0, ""
    while cols(lead + line[start:]) > width:
        fits = [b for b in breaks if b[0] > start and cols(lead + line[start : b[0]]) <= width]
        later = [b for b in breaks if b[0] > start]
        if not later:
            break
        i, skip = fits[-1] if fits else later[0]
        out.append(lead + line[start:i])
        start, lead = i + skip, indent
    out.append(lead + line[start:])
    return out


def _script_runs(text: str) -> list[tuple[str, bool]]:
    """The text cut into runs of CJK characters and of others (Word starts a new run at each change)."""
    return [(m.group(), _wide(m.group()[0])) for m in re.finditer(f"[{CJK}]+|[^{CJK}]+", text)]


def word_p(text: str, *, center: bool = False, font: str = "宋体", size: float | None = None, bold: bool = False,
           indent: bool = False, right: bool = False) -> str:  # fmt: skip
    """A paragraph as Word writes it: a <span> per run of script, <o:p></o:p> closing the last one (in a
    <span lang=EN-US> of its own inside a run of Chinese text)."""
    q = "'"
    tnr = '"Times New Roman"'
    style = []
    attrs = ""
    if center:
        attrs, style = " align=center", ["text-align:center"]
    elif right:
        attrs, style = " align=right", ["text-align:right"]
    if indent:
        style.append("text-indent:32.0pt;mso-char-indent-count:2.0")
    if style:
        attrs += f" style={q}{';'.join(style)}{q}"
    sz = f"font-size:{size:g}pt;" if size else ""
    if not text:
        style_attr = f" style={q}{sz}{q}" if sz else ""
        return f"<p class=MsoNormal{attrs}><span lang=EN-US{style_attr}><o:p>&nbsp;</o:p></span></p>"
    parts = []
    runs = _script_runs(text)
    for k, (run, wide) in enumerate(runs):
        esc = html.escape(run, quote=False)
        tail = "<o:p></o:p>" if k == len(runs) - 1 else ""
        if wide and tail:  # the paragraph mark is English: Word nests it in a span of its own
            tail = "<span lang=EN-US><o:p></o:p></span>"
        if wide:
            span = (f"<span style={q}{sz}font-family:{font};mso-ascii-font-family:{tnr};"
                    f"mso-hansi-font-family:{tnr}{q}>{esc}{tail}</span>")  # fmt: skip
        else:
            span = (
                f"<span lang=EN-US style={q}{sz}font-family:{tnr};mso-fareast-font-family:{font}{q}>{esc}{tail}</span>"
            )
        parts.append(f"<b>{span}</b>" if bold else span)
    return f"<p class=MsoNormal{attrs}>{''.join(parts)}</p>"


def word_list_number(n: int) -> str:
    """序号 as Word's automatic list numbering ("%1"), the number and its tab written for browsers that
    do not support lists inside <![if !supportLists]>…<![endif]>."""
    number = (f"<span lang=EN-US style='mso-fareast-font-family:\"Times New Roman\"'><span style='mso-list:Ignore'>"
              f"{n}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>")  # fmt: skip
    return (f"<p class=MsoListParagraph align=center style='margin-left:0cm;text-align:center;text-indent:0cm;"
            f"mso-list:l0 level1 lfo1'><![if !supportLists]>{number}<![endif]><span lang=EN-US><o:p></o:p></span></p>")  # fmt: skip


def word_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths_pt: Sequence[float], *,
               list_numbers: bool = False, rowspan: dict[tuple[int, int], int] | None = None,
               misaligned_row: bool = True) -> list[str]:  # fmt: skip
    """A table as Word's HTML writes it, one logical line per tag (wrapped later). rowspan maps (row, col)
    of body rows to a span; the cells it covers are left out."""
    q = "'"
    rowspan = rowspan or {}
    covered = {(r + k, c) for (r, c), n in rowspan.items() for k in range(1, n)}
    lines = [f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style={q}border-collapse:collapse;"
             f"border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt{q}>"]  # fmt: skip
    every = [list(header), *[list(r) for r in rows]]
    for r, cells in enumerate(every):
        first = ";mso-yfti-firstrow:yes;mso-yfti-lastfirstrow:yes" if r == 0 else ""
        last = ";mso-yfti-lastrow:yes" if r == len(every) - 1 else ""
        lines.append(f" <tr style={q}mso-yfti-irow:{r}{first}{last};page-break-inside:avoid;height:19.85pt{q}>")
        for c, text in enumerate(cells):
            if r and (r - 1, c) in covered:
                continue
            span = rowspan.get((r - 1, c)) if r else None
            border = ["border:solid windowtext 1.0pt"]
            if c:
                border.append("border-left:none;mso-border-left-alt:solid windowtext .5pt")
            if r:
                border.append("border-top:none;mso-border-top-alt:solid windowtext .5pt")
            border.append("mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:19.85pt")
            px = round(widths_pt[c] * 4 / 3)
            rs = f" rowspan={span}" if span else ""
            lines.append(f"  <td width={px}{rs} valign=top style={q}width:{widths_pt[c]:g}pt;{';'.join(border)}{q}>")
            if r and c == 0 and list_numbers:
                lines.append("  " + word_list_number(int(text)))
            else:
                lines.append("  " + word_p(text, center=(c == 0 or r == 0 or c >= 4), bold=(r == 0),
                                           font="黑体" if r == 0 else "宋体", size=10.5))  # fmt: skip
            lines.append("  </td>")
        lines.append(" </tr>")
    if misaligned_row:
        lines.append(" <![if !supportMisalignedColumns]>")
        lines.append(" <tr height=0>")
        for w in widths_pt:
            lines.append(f"  <td width={round(w * 4 / 3)} style='border:none'></td>")
        lines.append(" </tr>")
        lines.append(" <![endif]>")
    lines.append("</table>")
    return lines


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{files}/filelist.xml">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>rsj</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:TotalTime>12</o:TotalTime>
  <o:LastPrinted>2025-03-18T01:52:00Z</o:LastPrinted>
  <o:Created>2025-03-18T01:40:00Z</o:Created>
  <o:LastSaved>2025-03-18T02:05:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>412</o:Words>
  <o:Characters>2351</o:Characters>
  <o:Company>Microsoft</o:Company>
  <o:Lines>19</o:Lines>
  <o:Paragraphs>5</o:Paragraphs>
  <o:CharactersWithSpaces>2758</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{files}/themedata.thmx">
<link rel=colorSchemeMapping href="{files}/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
 @font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
 p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 70.0pt 72.0pt 70.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1284384957;
	mso-list-type:hybrid;
	mso-list-template-ids:-1848716344 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}}
@list l0:level1
	{{mso-level-text:"%1";
	mso-level-tab-stop:none;
	mso-level-number-position:center;
	margin-left:0cm;
	text-indent:0cm;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.5pt;
	font-family:等线;}}
 table.MsoTableGrid
	{{mso-style-name:网格型;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

"""


def word_document(lines: Sequence[str], before: Sequence[str], table: Sequence[str], after: Sequence[str],
                  charset: str, files: str, cjk_cols: int) -> str:  # fmt: skip
    """A whole "Save as Web Page" file: the head, the paragraphs before the table, the table, those after,
    every logical line hard-wrapped at 76 columns."""
    logical = [*before, "", *table, "", *after, "", "</div>", "", "</body>", "", "</html>"]
    body = "\n".join(w for line in logical for w in (word_wrap(line, cjk_cols=cjk_cols) if line else [""]))
    return WORD_HEAD.format(charset=charset, files=files, title=html.escape(lines[1])) + body + "\n"


def word_notice(lines: Sequence[str]) -> tuple[list[str], list[str]]:
    """A notice's paragraphs in Word's HTML: 文号, title, salutation, body, 附件 line, and the annex
    title before the table; the bureau and date after it."""
    doc_no, title, salute, body, bureau, date, annex, annex_title = lines
    before = [
        word_p(doc_no, center=True, font="仿宋_GB2312", size=16),
        word_p("", center=True),
        word_p(title, center=True, font="方正小标宋简体", size=22),
        word_p("", center=True),
        word_p(salute, font="仿宋_GB2312", size=16),
        word_p(
            body + "本目录自印发之日起施行，已取得目录所列国际职业资格的专业技术人员，可按规定申请比照认定相应职称。",
            indent=True,
            font="仿宋_GB2312",
            size=16,
        ),  # fmt: skip
        word_p(f"{annex}：{annex_title}", indent=True, font="仿宋_GB2312", size=16),
        word_p("", center=True),
        word_p(annex, font="黑体", size=16),
        word_p(annex_title, center=True, font="方正小标宋简体", size=18),
        word_p("", center=True),
    ]
    after = [word_p(""), word_p(bureau, right=True, font="仿宋_GB2312", size=16),
             word_p(date, right=True, font="仿宋_GB2312", size=16)]  # fmt: skip
    return before, after


def _ie_style(value: str) -> str:
    """A style attribute as IE's innerHTML writes it: PROPERTY: value; mso-* names as they were, font
    names in single quotes."""
    out = []
    for decl in value.split(";"):
        if ":" not in decl:
            continue
        name, val = decl.split(":", 1)
        name = name.strip()
        out.append(f"{name if name.startswith('mso-') else name.upper()}: {val.strip().replace(chr(34), chr(39))}")
    return "; ".join(out)


def ie_serialize(markup: str) -> str:
    """Word's HTML as an IE-based CMS editor keeps it after the paste (innerHTML): tag names in capitals,
    each tag on one line (whitespace inside tags gone), values quoted only where they must be, styles as
    IE writes them, <![if …]> turned into <!--[if …]--> comments; the text, with Word's line breaks in
    it, as it was."""

    def tag(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole.startswith("<!["):
            return "<!--" + whole[2:-1] + "-->"
        if whole.startswith("</"):
            name = whole[2:-1].strip()
            return f"</{name if ':' in name else name.upper()}>"
        inner = re.sub(r"\s+", " ", whole[1:-1]).strip()
        name, _, rest = inner.partition(" ")
        attrs = []
        for m in re.finditer(r"([\w:-]+)(?:\s*=\s*('[^']*'|\"[^\"]*\"|[^\s>]+))?", rest):
            key, value = m.group(1), (m.group(2) or "")
            value = value[1:-1] if value[:1] in "'\"" else value
            if key == "style":
                value = _ie_style(value)
            quoted = value if re.fullmatch(r"[\w.#%-]+", value) else '"' + value.replace('"', "&quot;") + '"'
            attrs.append(f"{key}={quoted}")
        return "<" + " ".join([name if ":" in name else name.upper(), *attrs]) + ">"

    return re.sub(r"<(?:!\[[^>]*|[^>]*)>", tag, markup)


# --- catalogs: Word's HTML ------------------------------------------------------------------------


def foshan(tmp: Path) -> list[Made]:
    """Word's "Save as Web Page" in GB2312, hard-wrapped; 序号 as list numbering; an empty 备注 column."""
    rows = numbered(pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45) + pick(T, 34, 35, 40, 44))
    lines = lines_of("佛山市", "佛", 15, "2025年3月18日")
    header = [*CANONICAL_HEADER, "备注"]
    notes = [""] * len(rows)
    notes[8] = "须从事本专业工作满2年"
    body = [[*row, note] for row, note in zip(rows, notes)]
    before, after = word_notice(lines)
    table = word_table(header, body, (30, 96, 80, 110, 44, 44, 40), list_numbers=True)
    page = word_document(lines, before, table, after, "gb2312", "佛山市国际职业资格比照认定职称目录.files", cjk_cols=2)
    src = OUT / "foshan-wordhtml.html"
    src.write_bytes(page.encode("gb2312", errors="xmlcharrefreplace"))
    chromium_pinned(src, OUT / "foshan-wordhtml-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("foshan-wordhtml", truth), Made("foshan-wordhtml-chromium", truth)]


TRS_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="东莞市人力资源和社会保障局" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2025-04-18 10:22" />
<meta name="ContentSource" content="市人力资源和社会保障局" />
<title>{title}_东莞市人力资源和社会保障局</title>
<link rel="stylesheet" type="text/css" href="../../images/common.css" />
<style type="text/css">
body{{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333}}
.head{{background:#1a5fa8;color:#fff;padding:12px 0;text-align:center;font-size:24px}}
.nav a{{display:inline-block;padding:6px 14px;color:#fff;background:#2a6fb8;margin-right:2px;text-decoration:none}}
.wrap{{width:1000px;margin:0 auto}}
.position{{padding:8px 0;border-bottom:1px solid #ddd;color:#666}}
.article h1{{font-size:22px;text-align:center;color:#1a5fa8;margin:20px 0 10px}}
.article .info{{text-align:center;color:#999;border-bottom:1px dashed #ccc;padding-bottom:8px}}
.foot{{margin-top:30px;background:#eee;text-align:center;padding:12px;color:#666;font-size:12px}}
</style>
</head>
<body>
<div class="head">东莞市人力资源和社会保障局</div>
<div class="wrap"><div class="nav"><a href="../../">首页</a><a href="../../zwgk/">政务公开</a><a href="../../tzgg/">通知公告</a><a href="../../zcfg/">政策法规</a><a href="../../bsfw/">办事服务</a><a href="../../hdjl/">互动交流</a></div>
<div class="position">您当前的位置：<a href="../../">首页</a> &gt; <a href="../../tzgg/">通知公告</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2025-04-18 10:22&nbsp;&nbsp;&nbsp;&nbsp;来源：市人力资源和社会保障局&nbsp;&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:5px;margin-bottom:5px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:10.5pt;}}.TRS_Editor TH{{line-height:1.5;font-family:宋体;font-size:10.5pt;}}.TRS_Editor SPAN{{line-height:1.8;}}.TRS_Editor FONT{{line-height:1.8;}}.TRS_Editor LI{{line-height:1.8;}}.TRS_Editor A{{line-height:1.8;}}</style>
<div class="Custom_UnionStyle">
{body}
</div></div>
<div class="fj">附件：<a href="./P020250418382719165432.docx">{annex}.docx</a></div>
</div>
<div class="foot">主办单位：东莞市人力资源和社会保障局&nbsp;&nbsp;网站标识码：4419000040&nbsp;&nbsp;粤ICP备05083525号&nbsp;&nbsp;粤公网安备 44190002000123号</div>
</div>
</body>
</html>
"""


def dongguan(tmp: Path) -> list[Made]:
    """Word's clipboard HTML pasted into a TRS WCM article; 所属系列 merged down by rowspan."""
    rows = numbered(pick(T, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 47, 48, 49))
    lines = lines_of("东莞市", "东", 9, "2025年4月16日")
    header = [*CANONICAL_HEADER, "备注"]
    body_rows = [[*row, ""] for row in rows]
    spans: dict[tuple[int, int], int] = {}
    start = 0
    for r in range(1, len(rows) + 1):
        if r == len(rows) or rows[r][5] != rows[start][5]:
            if r - start > 1:
                spans[(start, 5)] = r - start
            start = r
    doc_no, title, salute, text, bureau, date, annex, annex_title = lines
    logical = [
        word_p(doc_no, center=True, font="仿宋_GB2312", size=16),
        word_p(salute, font="仿宋_GB2312", size=16),
        word_p(text, indent=True, font="仿宋_GB2312", size=16),
        word_p(annex, font="黑体", size=16),
        word_p(annex_title, center=True, font="方正小标宋简体", size=18),
        *word_table(
            header, body_rows, (30, 100, 84, 116, 44, 44, 40), list_numbers=True, rowspan=spans, misaligned_row=False
        ),  # fmt: skip
        word_p("", center=True),
        word_p(bureau, right=True, font="仿宋_GB2312", size=16),
        word_p(date, right=True, font="仿宋_GB2312", size=16),
    ]
    wrapped = "\n".join(w for line in logical for w in word_wrap(line, cjk_cols=2))
    body = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />' + ie_serialize(wrapped)
    page = TRS_PAGE.format(title=html.escape(title), body=body, annex=annex_title)
    src = OUT / "dongguan-trs.html"
    src.write_text(page, encoding="utf-8")
    chromium_pinned(src, OUT / "dongguan-trs-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("dongguan-trs", truth), Made("dongguan-trs-chromium", truth)]


# --- catalogs: pdfmake, pdfkit --------------------------------------------------------------------

PDFMAKE_JS = r"""
const PdfPrinter = require('pdfmake');
const fs = require('fs');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const face = (regular, bold, name) => ({normal: [regular, name + '-Regular'], bold: [bold, name + '-Bold'],
  italics: [regular, name + '-Regular'], bolditalics: [bold, name + '-Bold']});
const printer = new PdfPrinter({
  Sans: face(spec.fonts.sans, spec.fonts.sansBold, 'NotoSansCJKsc'),
  Serif: face(spec.fonts.serif, spec.fonts.serifBold, 'NotoSerifCJKsc'),
});
const dd = spec.doc;
dd.info = Object.assign({}, dd.info || {}, {creationDate: new Date(spec.date), modDate: new Date(spec.date)});
if (spec.footer) {
  dd.footer = (page, pages) => ({text: spec.footer.replace('{p}', page).replace('{n}', pages), alignment: 'center',
                                 fontSize: 9, margin: [0, 12, 0, 0]});
}
const doc = printer.createPdfKitDocument(dd);
const out = fs.createWriteStream(spec.out);
doc.pipe(out);
doc.end();
out.on('finish', () => process.exit(0));
"""


def _fonts() -> dict:
    return {"sans": str(NOTO / "NotoSansCJK-Regular.ttc"), "sansBold": str(NOTO / "NotoSansCJK-Bold.ttc"),
            "serif": str(NOTO / "NotoSerifCJK-Regular.ttc"), "serifBold": str(NOTO / "NotoSerifCJK-Bold.ttc")}  # fmt: skip


def _pdfmake(out: Path, doc: dict, tmp: Path, footer: str | None = None) -> None:
    spec = {"doc": doc, "fonts": _fonts(), "date": PINNED.isoformat(), "out": str(out), "footer": footer}
    _node(PDFMAKE_JS, spec, tmp)


def _mk_lines(lines: Sequence[str], size: float) -> list[dict]:
    """A notice's lines as pdfmake paragraphs: 文号 and title centred, the rest as written."""
    doc_no, title, *rest = lines
    return [{"text": doc_no, "alignment": "center", "fontSize": size, "margin": [0, 0, 0, 6]},
            {"text": title, "alignment": "center", "fontSize": size + 5, "bold": True, "margin": [0, 0, 0, 10]},
            *[{"text": t, "fontSize": size, "margin": [0, 0, 0, 4]} for t in rest]]  # fmt: skip


def zhongshan(tmp: Path) -> list[Made]:
    """pdfmake, A4 portrait, header repeated, rows allowed to break across pages, a page footer."""
    rows = numbered(pick(W, *range(1, 31)))
    lines = lines_of("中山市", "中", 31, "2025年5月12日")
    head = [{"text": h, "bold": True, "alignment": "center", "fillColor": "#eeeeee"} for h in CANONICAL_HEADER]
    body = [[{"text": c, "alignment": "center" if k in (0, 4, 5) else "left"} for k, c in enumerate(r)] for r in rows]
    doc = {
        "pageSize": "A4", "pageMargins": [50, 56, 50, 56],
        "defaultStyle": {"font": "Sans", "fontSize": 10},
        "content": [*_mk_lines(lines, 11),
                    {"table": {"headerRows": 1, "widths": [24, 110, 90, 130, 52, 52], "body": [head, *body]}}],
    }  # fmt: skip
    _pdfmake(OUT / "zhongshan-pdfmake.pdf", doc, tmp, footer="第 {p} 页 共 {n} 页")
    return [Made("zhongshan-pdfmake", catalog_truth(rows))]


COUNTRY = {"美国": "美国", "英国": "英国", "加拿大": "加拿大", "澳大利亚": "澳大利亚", "德国": "德国"}


def _country(issuer: str) -> str:
    for name in COUNTRY:
        if issuer.startswith(name):
            return name
    return "德国" if "DIHK" in issuer else "美国"


def jiangmen(tmp: Path) -> list[Made]:
    """pdfmake, landscape A4, 6.5 pt, very narrow columns, a two-row header with colSpan/rowSpan, 国别, 备注."""
    rows = numbered(pick(T, *range(1, 17)))
    lines = lines_of("江门市", "江", 14, "2025年6月9日")
    h = lambda t, **k: {"text": t, "bold": True, "alignment": "center", "fillColor": "#dddddd", **k}  # noqa: E731
    head1 = [h("序号", rowSpan=2), h("国际职业资格", colSpan=2), {}, h("颁证单位", rowSpan=2), h("国别", rowSpan=2),
             h("对应职称", rowSpan=2), h("所属系列", rowSpan=2), h("备注", rowSpan=2)]  # fmt: skip
    head2 = [{}, h("英文名称"), h("中文名称"), {}, {}, {}, {}, {}]
    notes = {3: "须取得证书满2年", 10: "须从事本专业工作"}
    body = [[s, q, z, i, _country(i), t, se, notes.get(k, "")] for k, (s, q, z, i, t, se) in enumerate(rows)]
    doc = {
        "pageSize": "A4", "pageOrientation": "landscape", "pageMargins": [40, 40, 40, 40],
        "defaultStyle": {"font": "Serif", "fontSize": 6.5, "lineHeight": 1.1},
        "content": [*_mk_lines(lines, 9),
                    {"table": {"headerRows": 2, "widths": [14, 62, 48, 86, 20, 30, 30, 36], "body": [head1, head2, *body]}}],
    }  # fmt: skip
    _pdfmake(OUT / "jiangmen-pdfmake.pdf", doc, tmp)
    return [Made("jiangmen-pdfmake", catalog_truth(rows))]


PDFKIT_JS = r"""
const PDFDocument = require('pdfkit');
const fs = require('fs');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const date = new Date(spec.date);
const doc = new PDFDocument({size: 'A4', margin: 56, autoFirstPage: true,
  info: {Title: spec.title, Author: 'rsj', Producer: 'PDFKit', Creator: 'report-service', CreationDate: date, ModDate: date}});
doc.registerFont('Song', spec.font, 'NotoSerifCJKsc-Regular');
doc.registerFont('Hei', spec.bold, 'NotoSansCJKsc-Bold');
doc.pipe(fs.createWriteStream(spec.out));
doc.font('Song').fontSize(11);
spec.lines.forEach((line, k) => {
  if (k === 1) doc.font('Hei').fontSize(15).text(line, {align: 'center'}).font('Song').fontSize(11);
  else doc.text(line, {align: k === 0 ? 'center' : 'left'});
  doc.moveDown(0.4);
});
doc.moveDown(0.6);
const widths = spec.widths, pad = 3, size = 9;
const left = doc.page.margins.left, bottom = doc.page.height - doc.page.margins.bottom;
let y = doc.y;
const drawRow = (cells, font) => {
  doc.font(font).fontSize(size);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, {width: widths[i] - 2 * pad}))) + 2 * pad;
  if (y + h > bottom) { doc.addPage(); y = doc.page.margins.top; doc.font(font).fontSize(size); }
  let x = left;
  cells.forEach((c, i) => {
    doc.lineWidth(0.6).rect(x, y, widths[i], h).stroke();
    doc.text(c, x + pad, y + pad, {width: widths[i] - 2 * pad, align: i === 0 || i >= 4 ? 'center' : 'left'});
    x += widths[i];
  });
  y += h;
};
drawRow(spec.header, 'Hei');
spec.rows.forEach(r => drawRow(r, 'Song'));
doc.end();
"""


def zhuhai(tmp: Path) -> list[Made]:
    """pdfkit drawing its own table: rectangles and text boxes, the header only on the first page."""
    rows = numbered(pick(W, *range(31, 62)))
    lines = lines_of("珠海市", "珠", 26, "2025年7月3日")
    spec = {"title": lines[1], "font": str(NOTO / "NotoSerifCJK-Regular.ttc"), "bold": str(NOTO / "NotoSansCJK-Bold.ttc"),
            "date": PINNED.isoformat(), "out": str(OUT / "zhuhai-pdfkit.pdf"), "lines": lines,
            "widths": [26, 118, 92, 126, 58, 62], "header": CANONICAL_HEADER, "rows": [list(r) for r in rows]}  # fmt: skip
    _node(PDFKIT_JS, spec, tmp)
    return [Made("zhuhai-pdfkit", catalog_truth(rows))]


# --- catalogs: fpdf2, ReportLab -------------------------------------------------------------------

FPDF2_PY = r"""
import datetime, json, sys
from fpdf import FPDF
from fpdf.fonts import FontFace
spec = json.load(open(sys.argv[1], encoding='utf-8'))
pdf = FPDF(format='A4')
pdf.set_creation_date(datetime.datetime.fromisoformat(spec['date']))
pdf.set_title(spec['lines'][1])
pdf.set_author('rsj')
pdf.set_margins(18, 18, 18)
pdf.set_auto_page_break(True, 18)
pdf.add_font('noto', fname=spec['font'], collection_font_number=2)
pdf.add_font('noto', style='B', fname=spec['bold'], collection_font_number=2)
pdf.add_page()
pdf.set_font('noto', size=10.5)
for k, line in enumerate(spec['lines']):
    if k == 1:
        pdf.set_font('noto', 'B', 15)
        pdf.multi_cell(0, 9, line, align='C', new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('noto', size=10.5)
    else:
        pdf.multi_cell(0, 7, line, align='C' if k == 0 else 'L', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('noto', size=8.5)
with pdf.table(col_widths=spec['widths'], line_height=4.6, repeat_headings=1, first_row_as_headings=True,
               text_align=('CENTER', 'LEFT', 'LEFT', 'LEFT', 'CENTER', 'CENTER'),
               headings_style=FontFace(emphasis='BOLD', fill_color=(230, 230, 230))) as table:
    for row in [spec['header'], *spec['rows']]:
        cells = table.row()
        for value in row:
            cells.cell(value)
pdf.output(spec['out'])
"""


def huizhou(tmp: Path) -> list[Made]:
    """fpdf2's FPDF.table(), the heading row repeated on every page."""
    rows = numbered(pick(T, *range(21, 53)))
    lines = lines_of("惠州市", "惠", 8, "2025年3月27日")
    spec = {"date": PINNED.isoformat(), "font": str(NOTO / "NotoSansCJK-Regular.ttc"),
            "bold": str(NOTO / "NotoSansCJK-Bold.ttc"), "lines": lines, "widths": [9, 44, 36, 50, 18, 20],
            "header": CANONICAL_HEADER, "rows": [list(r) for r in rows], "out": str(OUT / "huizhou-fpdf2.pdf")}  # fmt: skip
    _tool_py(FPDF2_PY, spec, tmp)
    return [Made("huizhou-fpdf2", catalog_truth(rows))]


REPORTLAB_PY = r"""
import json, sys
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape
spec = json.load(open(sys.argv[1], encoding='utf-8'))
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
body = ParagraphStyle('body', fontName='STSong-Light', fontSize=11, leading=18)
title = ParagraphStyle('title', parent=body, fontSize=15, leading=22, alignment=1)
centre = ParagraphStyle('centre', parent=body, alignment=1)
cell = ParagraphStyle('cell', fontName='STSong-Light', fontSize=8, leading=10.5)
head = ParagraphStyle('head', parent=cell, alignment=1)
story = []
for k, line in enumerate(spec['lines']):
    story.append(Paragraph(escape(line), title if k == 1 else centre if k == 0 else body))
story.append(Spacer(1, 4 * mm))
data = [[Paragraph(escape(h), head) for h in spec['header']]]
data += [[Paragraph(escape(c), head if i in spec['centred'] else cell) for i, c in enumerate(r)] for r in spec['rows']]
table = Table(data, colWidths=spec['widths'], repeatRows=1)
table.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, (0, 0, 0)), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('BACKGROUND', (0, 0), (-1, 0), (0.9, 0.9, 0.9))]))
story.append(table)
doc = SimpleDocTemplate(spec['out'], pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                        bottomMargin=20 * mm, title=spec['lines'][1], author='rsj', creator='iReport-like')
doc.build(story)
"""


def _reportlab(out: Path, lines: Sequence[str], header: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float], centred: Sequence[int], tmp: Path) -> None:  # fmt: skip
    spec = {"out": str(out), "lines": list(lines), "header": list(header), "rows": [list(r) for r in rows],
            "widths": list(widths), "centred": list(centred)}  # fmt: skip
    _tool_py(REPORTLAB_PY, spec, tmp)


def shantou(tmp: Path) -> list[Made]:
    """ReportLab with the non-embedded CID font STSong-Light (Adobe-GB1), GRID rules, repeatRows=1."""
    rows = numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 9) + pick(T, 21, 22, 23, 24, 25, 26, 27, 28))
    lines = lines_of("汕头市", "汕", 19, "2025年8月1日")
    _reportlab(OUT / "shantou-reportlab-stsong.pdf", lines, CANONICAL_HEADER, rows,
               (22, 128, 104, 144, 44, 40), (0, 4, 5), tmp)  # fmt: skip
    return [Made("shantou-reportlab-stsong", catalog_truth(rows))]


# --- catalogs: web pages --------------------------------------------------------------------------


def _break_name(text: str, column: int) -> str:
    """One <br> inside a name as an old CMS page's editor typed it: in English at the space nearest the
    middle of the English part; in a Chinese name of 8 characters or more between its middle two."""
    esc = html.escape
    if column == 2 and len(text) >= 8 and all(HAN.match(c) for c in text):
        m = len(text) // 2
        return esc(text[:m]) + "<br>" + esc(text[m:])
    lo = text.find("(") + 1 if column == 3 and "(" in text else 0
    latin = text[lo:]
    spaces = [k + lo for k, ch in enumerate(latin) if ch == " "]
    if column in (1, 3) and len(spaces) >= (2 if column == 3 else 1):
        mid = lo + len(latin) // 2
        k = min(spaces, key=lambda s: abs(s - mid))
        return esc(text[:k]) + "<br>" + esc(text[k + 1 :])
    if column == 3 and "(" in text:
        zh = text[: text.find(" (")]
        if len(zh) >= 8 and all(HAN.match(c) for c in zh):
            m = len(zh) // 2
            return esc(text[:m]) + "<br>" + esc(text[m:])
    return esc(text)


def zhaoqing(tmp: Path) -> list[Made]:
    """An old CMS page in GB2312: layout tables, <font face=宋体 size=2>, bordercolor, <td nowrap>, <br> in names."""
    rows = numbered(pick(W, *range(10, 23)))
    lines = lines_of("肇庆市", "肇", 11, "2025年5月12日")
    doc_no, title, salute, text, bureau, date, annex, annex_title = lines
    font = '<font face="宋体" size="2">{}</font>'
    head = "".join(f"<td nowrap bgcolor=\"#E6E6E6\"><div align=\"center\">{font.format('<strong>' + h + '</strong>')}</div></td>"
                   for h in CANONICAL_HEADER)  # fmt: skip
    trs = []
    for row in rows:
        cells = []
        for c, value in enumerate(row):
            if c in (0, 4, 5):
                cells.append(f'<td nowrap><div align="center">{font.format(html.escape(value))}</div></td>')
            else:
                face = "Times New Roman" if c == 1 else "宋体"
                cells.append(f'<td><font face="{face}" size="2">{_break_name(value, c)}</font></td>')
        trs.append("<tr>" + "".join(cells) + "</tr>")
    table = ("<table width=\"95%\" border=\"1\" align=\"center\" cellpadding=\"2\" cellspacing=\"0\" bordercolor=\"#000000\" "
             "style=\"border-collapse:collapse\">\n<tr>" + head + "</tr>\n" + "\n".join(trs) + "\n</table>")  # fmt: skip
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>肇庆市人力资源和社会保障局--{html.escape(title)}</title>
<link href="/css/css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#FFFFFF">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="90" bgcolor="#0B5AA8" align="center"><font color="#FFFFFF" size="5"><b>肇庆市人力资源和社会保障局</b></font></td></tr>
  <tr><td height="26" bgcolor="#E8F0F8"><font size="2">&nbsp;&nbsp;当前位置：<a href="/">首页</a> &gt;&gt; <a href="/tzgg/">通知公告</a></font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="40" align="center"><font size="4" color="#CC0000"><b>{html.escape(title)}</b></font></td></tr>
  <tr><td height="24" align="center"><font size="2" color="#666666">发布时间：2025-5-12&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1236&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
  <tr><td><hr size="1" color="#CCCCCC"></td></tr>
  <tr><td class="content" valign="top"><font face="宋体" size="2">
<p align="center">{html.escape(doc_no)}</p>
<p>{html.escape(salute)}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(text)}</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(annex)}：{html.escape(annex_title)}</p>
<p align="right">{html.escape(bureau)}<br>{html.escape(date)}</p>
<p><b>{html.escape(annex)}</b></p>
<p align="center"><b>{html.escape(annex_title)}</b></p>
</font>
{table}
<p>&nbsp;</p>
</td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E8F0F8">
  <tr><td height="50" align="center"><font size="2">版权所有：肇庆市人力资源和社会保障局&nbsp;&nbsp;粤ICP备11012345号<br>建议使用IE6.0以上浏览器，1024*768分辨率浏览</font></td></tr>
</table>
</body>
</html>
"""
    src = OUT / "zhaoqing-oldcms.html"
    src.write_bytes(page.encode("gb2312", errors="xmlcharrefreplace"))
    chromium_pinned(src, OUT / "zhaoqing-oldcms-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("zhaoqing-oldcms", truth), Made("zhaoqing-oldcms-chromium", truth)]


def _simple_page(title: str, paragraphs: Sequence[str], table: str, css: str) -> str:
    ps = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{css}</style></head><body>\n{ps}{table}</body></html>\n")  # fmt: skip


def mianyang(tmp: Path) -> list[Made]:
    """border-collapse:separate with cellspacing=2 and a border on every cell: every rule double."""
    rows = numbered(pick(W, *range(46, 56)))
    lines = lines_of("绵阳市", "绵", 21, "2025年6月23日")
    css = ("body{font-family:'Noto Serif CJK SC',serif;font-size:10.5pt;margin:1.5cm}"
           "table.list{border-collapse:separate;border-spacing:2px;border:1px solid #000;width:100%}"
           "table.list td,table.list th{border:1px solid #000;padding:3px 4px}")  # fmt: skip
    head = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in CANONICAL_HEADER) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    table = f"<table class='list' border='1' cellspacing='2' cellpadding='3'>\n{head}\n{body}</table>\n"
    src = OUT / "mianyang-separate.html"
    src.write_text(_simple_page(lines[1], [*lines[:-1], lines[-1]], table, css), encoding="utf-8")
    chromium_pinned(src, OUT / "mianyang-separate-chromium.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("mianyang-separate", truth), Made("mianyang-separate-chromium", truth)]


PUPPETEER_JS = r"""
const puppeteer = require('puppeteer-core');
const fs = require('fs');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
(async () => {
  const browser = await puppeteer.launch({executablePath: spec.chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']});
  const page = await browser.newPage();
  await page.goto(spec.url, {waitUntil: 'load'});
  await page.pdf(Object.assign({path: spec.out}, spec.options));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
"""


def _puppeteer(src: Path, out: Path, options: dict, tmp: Path) -> Path:
    raw = tmp / f"{out.stem}.raw.pdf"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    _node(PUPPETEER_JS, {"chromium": chromium, "url": src.resolve().as_uri(), "out": str(raw), "options": options}, tmp)
    return pack_pinned(raw, out)


UEDITOR_CSS = (
    "body{margin:0;font:14px/1.75 'Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#333}"
    ".top{height:80px;background:#c8161d;color:#fff;font-size:26px;line-height:80px;text-align:center}"
    ".main{width:1000px;margin:0 auto}.crumb{padding:10px 0;color:#888;border-bottom:1px solid #e5e5e5}"
    ".main h2{text-align:center;font-size:22px;margin:24px 0 8px}.meta{text-align:center;color:#999;font-size:12px}"
    ".view table{border-collapse:collapse;display:table;margin-bottom:10px}"
    ".view td,.view th{padding:5px 10px;border:1px solid #DDD}"
    ".view p{margin:0 0 8px}"
)


def deyang(tmp: Path) -> list[Made]:
    """A UEditor article: data-sort table, <strong> headings in <td>, #DDD rules, word-break:break-all;
    printed from Chromium with scale 80 % and the browser's header and footer."""
    rows = numbered(pick(T, *range(21, 35)))
    lines = lines_of("德阳市", "德", 17, "2025年6月3日")
    doc_no, title, salute, text, bureau, date, annex, annex_title = lines
    widths = (40, 230, 150, 250, 80, 80)
    td = '<td width="{w}" valign="middle" align="{a}" style="word-break: break-all;">{v}</td>'
    head = "<tr class=\"firstRow\">" + "".join(
        td.format(w=w, a="center", v=f"<strong><span style=\"font-family: 黑体, SimHei; font-size: 14px;\">{html.escape(h)}</span></strong>")
        for w, h in zip(widths, CANONICAL_HEADER)) + "</tr>"  # fmt: skip
    body = "".join("<tr>" + "".join(
        td.format(w=w, a="center" if k in (0, 4, 5) else "left", v=f"<span style=\"font-size: 14px;\">{html.escape(v)}</span>")
        for k, (w, v) in enumerate(zip(widths, r))) + "</tr>" for r in rows)  # fmt: skip
    p = lambda t, style="text-indent: 2em;": (
        f'<p style="{style} line-height: 1.75em;"><span style="font-family: 仿宋_GB2312, 仿宋; font-size: 16px;">{html.escape(t)}</span></p>'
    )  # noqa: E731
    article = "".join([
        p(doc_no, "text-align: center;"), p(salute, ""), p(text), p(f"{annex}：{annex_title}"),
        p(bureau, "text-align: right;"), p(date, "text-align: right;"), p(annex, ""),
        p(annex_title, "text-align: center;"),
        f"<table width=\"100%\" data-sort=\"sortDisabled\" align=\"center\"><tbody>{head}{body}</tbody></table>",
        "<p><br/></p>",
    ])  # fmt: skip
    page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}-德阳市人力资源和社会保障局</title>"
            f"<style>{UEDITOR_CSS}</style></head><body><div class=\"top\">德阳市人力资源和社会保障局</div><div class=\"main\">"
            f"<div class=\"crumb\">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div><h2>{html.escape(title)}</h2>"
            f"<div class=\"meta\">发布时间：2025-06-03 15:40:12 来源：专业技术人员管理科 浏览次数：873</div>"
            f"<div class=\"view TRS_UEDITOR trs_paper_default trs_web\">{article}</div></div></body></html>\n")  # fmt: skip
    src = OUT / "deyang-ueditor.html"
    src.write_text(page, encoding="utf-8")
    options = {
        "format": "A4", "scale": 0.8, "displayHeaderFooter": True,
        "margin": {"top": "1cm", "bottom": "1cm", "left": "1cm", "right": "1cm"},
        "headerTemplate": "<div style='font-size:8px;width:100%;padding:0 1cm;display:flex;justify-content:space-between'>"
                          "<span>2025/6/5 09:41</span><span class='title'></span><span></span></div>",
        "footerTemplate": "<div style='font-size:8px;width:100%;padding:0 1cm;display:flex;justify-content:space-between'>"
                          "<span>http://rsj.deyang.gov.cn/xxgk/tzgg/202506/t20250603_1187342.html</span>"
                          "<span><span class='pageNumber'></span>/<span class='totalPages'></span></span></div>",
    }  # fmt: skip
    _puppeteer(src, OUT / "deyang-ueditor-print.pdf", options, tmp)
    truth = catalog_truth(rows)
    return [Made("deyang-ueditor", truth), Made("deyang-ueditor-print", truth)]


def yibin(tmp: Path) -> list[Made]:
    """A page laid out at a fixed 1400 px, eight columns; printed scaled to fit the page width (0.51)."""
    rows = numbered(pick(W, *range(23, 37)))
    lines = lines_of("宜宾市", "宜", 29, "2025年9月2日")
    validity = ["3年", "长期", "5年", "3年", "长期", "长期", "3年", "5年", "长期", "3年", "3年", "5年", "长期", "长期"]
    header = ["序号", "职业资格名称", "译名", "颁证机构", "国别", "对应职称", "所属系列", "证书有效期"]
    body = [[s, q, z, i, _country(i), t, se, v] for (s, q, z, i, t, se), v in zip(rows, validity)]
    css = ("body{margin:0;font-family:'Noto Sans CJK SC',sans-serif;font-size:16px}"
           ".page{width:1400px;margin:0 auto;padding:20px 40px;box-sizing:border-box}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:6px 8px;white-space:normal}"
           "th{background:#f0f0f0}")  # fmt: skip
    head = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in body)
    ps = "".join(f"<p>{html.escape(p)}</p>\n" for p in lines)
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(lines[1])}</title><style>{css}</style>"
            f"</head><body><div class='page'>{ps}<table>\n{head}\n{trs}</table></div></body></html>\n")  # fmt: skip
    src = OUT / "yibin-wide.html"
    src.write_text(page, encoding="utf-8")
    options = {
        "format": "A4",
        "scale": 0.51,
        "margin": {"top": "10mm", "bottom": "10mm", "left": "10mm", "right": "10mm"},
    }
    _puppeteer(src, OUT / "yibin-wide-fit.pdf", options, tmp)
    truth = catalog_truth(rows)
    return [Made("yibin-wide", truth), Made("yibin-wide-fit", truth)]


# --- catalogs: workbooks --------------------------------------------------------------------------

SHEETJS_JS = r"""
const XLSX = require('xlsx');
const fs = require('fs');
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const wb = XLSX.utils.book_new();
for (const sheet of spec.sheets) {
  const ws = XLSX.utils.aoa_to_sheet(sheet.aoa);
  ws['!merges'] = sheet.merges.map(([r0, c0, r1, c1]) => ({s: {r: r0, c: c0}, e: {r: r1, c: c1}}));
  if (sheet.cols) ws['!cols'] = sheet.cols.map(w => ({wch: w}));
  XLSX.utils.book_append_sheet(wb, ws, sheet.name);
}
wb.Props = {Title: spec.title, Author: '系统管理员', CreatedDate: new Date(spec.date)};
XLSX.writeFile(wb, spec.out, {bookType: 'xlsx', compression: true});
"""


def _sheetjs(out: Path, title: str, sheets: list[dict], tmp: Path) -> None:
    _node(SHEETJS_JS, {"out": str(out), "title": title, "sheets": sheets, "date": PINNED.isoformat()}, tmp)
    _pin_zip(out)


def liuzhou(tmp: Path) -> list[Made]:
    """SheetJS 导出Excel: title and 文号 rows merged, the header on row 3, 序号 as numbers, a 合计 row, a 说明 sheet."""
    rows = numbered(pick(T, *range(3, 15)))
    lines = lines_of("柳州市", "柳", 23, "2025年5月20日")
    aoa = [[lines[-1], "", "", "", "", ""], [f"文号：{lines[0]}    发布日期：2025-05-20", "", "", "", "", ""],
           list(CANONICAL_HEADER), *[[int(s), q, z, i, t, se] for s, q, z, i, t, se in rows],
           ["合计", f"共{len(rows)}项", "", "", "", ""]]  # fmt: skip
    last = len(aoa) - 1
    notes = [["说明"], ["1. 本目录所列国际职业资格，以颁证单位颁发的有效证书为准。"],
             ["2. 比照认定的职称层级不得高于目录所列对应职称。"], ["3. 本表由柳州市专业技术人员管理服务平台导出。"]]  # fmt: skip
    sheets = [{"name": "比照认定目录", "aoa": aoa, "merges": [[0, 0, 0, 5], [1, 0, 1, 5], [last, 1, last, 5]],
               "cols": [6, 44, 30, 56, 12, 14]},
              {"name": "说明", "aoa": notes, "merges": [], "cols": [70]}]  # fmt: skip
    src = OUT / "liuzhou-sheetjs.xlsx"
    _sheetjs(src, lines[-1], sheets, tmp)
    return [Made("liuzhou-sheetjs", catalog_truth(rows))]


def _alt_enter(text: str, column: int) -> str:
    """The cell as typed with Alt+Enter: a line break for the space nearest the middle of an English
    name or of an issuer's English part; in a Chinese name of 8 characters or more, between its middle two."""
    if column == 2 and len(text) >= 8 and all(HAN.match(c) for c in text):
        m = len(text) // 2
        return text[:m] + "\n" + text[m:]
    lo = text.find("(") + 1 if column == 3 and "(" in text else 0
    spaces = [k for k in range(lo, len(text)) if text[k] == " "]
    if column in (1, 3) and len(spaces) >= 2:
        mid = lo + (len(text) - lo) // 2
        k = min(spaces, key=lambda s: abs(s - mid))
        return text[:k] + "\n" + text[k + 1 :]
    return text


def guilin(tmp: Path) -> list[Made]:
    """A hand-typed workbook: Alt+Enter line breaks in headings and inside names; its Calc print."""
    rows = numbered(pick(W, 10, 11, 12, 14, 20, 21, 22, 32, 33, 34, 44, 57))
    lines = lines_of("桂林市", "桂", 5, "2025年4月28日")
    wb = openpyxl.Workbook()
    wb.properties.creator = "rsj"
    wb.properties.created = wb.properties.modified = PINNED.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([lines[-1]])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "职业资格名称\n（英文）", "译名\n（中文）", "颁证单位\n（国家）", "对应\n职称", "所属\n系列"])
    for row in rows:
        ws.append([row[0], *[_alt_enter(v, c) for c, v in enumerate(row) if c]])
    thin = Side(style="thin")
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(
                wrap_text=True, vertical="center", horizontal="center" if cell.column in (1, 5, 6) else "left"
            )
            cell.font = Font(name="宋体", size=10.5, bold=cell.row == 2)
    widths = (6, 30, 22, 40, 8, 8)
    for col, width in zip("ABCDEF", widths):
        ws.column_dimensions[col].width = width
    for r, line in enumerate(ws.iter_rows(min_row=2), start=2):  # heights as Excel's autofit leaves them
        lines = max(sum(-(-sum(2 if _wide(ch) else 1 for ch in part) // (w - 1)) or 1 for part in str(cell.value).split("\n"))
                    for cell, w in zip(line, widths))  # fmt: skip
        ws.row_dimensions[r].height = 14.25 * lines + 3
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "2:2"
    src = OUT / "guilin-altenter.xlsx"
    wb.save(str(src))
    _pin_zip(src)
    _calc(src, OUT / "guilin-altenter-calc.pdf", tmp)
    truth = catalog_truth(rows)
    return [Made("guilin-altenter", truth), Made("guilin-altenter-calc", truth)]


# --- look-alikes ----------------------------------------------------------------------------------


def kunming(tmp: Path) -> list[Made]:
    """pdfmake: a 公示 of people who passed 职称评审, 所属系列 among its columns, header repeated."""
    people = [("张伟", "昆明某某建设工程有限公司", "建筑工程", "高级工程师"), ("李娜", "云南某某设计研究院有限公司", "给排水", "工程师"),
              ("王强", "昆明某某机械制造有限公司", "机械设计", "高级工程师"), ("刘洋", "云南某某电力工程有限公司", "电气工程", "工程师"),
              ("陈静", "昆明某某生物医药股份有限公司", "生物制药", "工程师"), ("杨帆", "云南某某化工有限公司", "化学工程", "助理工程师"),
              ("赵磊", "昆明某某冶金研究所", "冶金工程", "高级工程师"), ("黄敏", "昆明某某软件有限公司", "软件工程", "工程师"),
              ("周杰", "云南某某交通建设集团有限公司", "道路与桥梁", "高级工程师"), ("吴芳", "昆明某某纺织有限公司", "纺织工程", "助理工程师"),
              ("徐明", "云南某某环保科技有限公司", "环境工程", "工程师"), ("孙丽", "昆明某某食品有限公司", "食品工程", "工程师")]  # fmt: skip
    series = ["建设工程", "建设工程", "机械工程", "电子信息工程", "医药工程", "石油化工工程", "冶金工程", "电子信息工程",
              "交通工程", "纺织工程", "环保工程", "轻工工程"]  # fmt: skip
    header = ["序号", "姓名", "工作单位", "评审专业", "评审通过资格", "所属系列"]
    body = [[str(k), n, u, m, t, s] for k, ((n, u, m, t), s) in enumerate(zip(people, series), start=1)]
    lines = ["昆明市工程技术职称评审委员会", "关于2025年度昆明市工程技术职称评审通过人员的公示",
             "经昆明市工程技术职称评审委员会评审，以下12名同志通过相应专业技术资格评审，现予公示。公示期为5个工作日，"
             "对公示对象有异议的，请以书面形式向市人力资源和社会保障局反映。", "联系电话：0871-63123456",
             "昆明市人力资源和社会保障局", "2025年11月3日"]  # fmt: skip
    head = [{"text": h, "bold": True, "alignment": "center", "fillColor": "#eeeeee"} for h in header]
    doc = {"pageSize": "A4", "pageMargins": [50, 56, 50, 56], "defaultStyle": {"font": "Sans", "fontSize": 10},
           "content": [{"text": lines[0], "alignment": "center"}, {"text": lines[1], "alignment": "center", "fontSize": 15, "bold": True,
                        "margin": [0, 6, 0, 10]}, *[{"text": t, "margin": [0, 0, 0, 4]} for t in lines[2:4]],
                       {"table": {"headerRows": 1, "widths": [24, 40, 160, 70, 70, 70], "body": [head, *body]}},
                       *[{"text": t, "alignment": "right", "margin": [0, 8, 0, 0]} for t in lines[4:]]]}  # fmt: skip
    _pdfmake(OUT / "kunming-pdfmake.pdf", doc, tmp)
    return [
        Made(
            "kunming-pdfmake",
            no_catalog("a 公示 of people who passed 职称评审 (姓名 | 工作单位 | 评审通过资格), not a catalog"),
        )
    ]


def qujing(tmp: Path) -> list[Made]:
    """Word's "Save as Web Page" (UTF-8) of a 政策解读 whose table is policy points in a catalog's words."""
    header = ["序号", "政策要点", "解读内容"]
    body = [["1", "出台背景", "为贯彻落实人才强市战略，畅通国际化人才职称评价渠道，市人力资源和社会保障局制定了《曲靖市国际职业资格比照认定职称目录（第一批）》。"],
            ["2", "适用对象", "在我市企事业单位工作、取得目录所列国际职业资格的专业技术人员。机关公务员和参照公务员法管理的人员不在此列。"],
            ["3", "认定范围", "目录共收录52项国际职业资格，涉及工程、医药、机械等所属系列。例如，美国焊接协会（American Welding Society）"
                           "颁发的注册焊接检验师（Certified Welding Inspector）可比照认定为工程师。"],
            ["4", "对应职称", "按目录所列对应职称比照认定，层级为助理工程师或工程师；比照认定后可按规定申报高一级职称评审。"],
            ["5", "办理程序", "个人申请、单位审核、主管部门审核后报市人力资源和社会保障局，经审核公示无异议的，颁发相应职称证书。"]]  # fmt: skip
    lines = ["《曲靖市国际职业资格比照认定职称目录（第一批）》政策解读", "来源：曲靖市人力资源和社会保障局", "发布时间：2025-07-15",
             "近日，市人力资源和社会保障局印发了《曲靖市国际职业资格比照认定职称目录（第一批）》，现就有关政策解读如下。"]  # fmt: skip
    before = [word_p(lines[0], center=True, font="方正小标宋简体", size=18), word_p(lines[1], center=True),
              word_p(lines[2], center=True), word_p(lines[3], indent=True, font="仿宋_GB2312", size=16), word_p("")]  # fmt: skip
    table = word_table(header, body, (36, 90, 300))
    after = [word_p(""), word_p("（本解读仅供参考，具体以正式文件为准。）", indent=True, font="仿宋_GB2312", size=16)]
    page = word_document(["", lines[0]], before, table, after, "utf-8", "政策解读.files", cjk_cols=1)
    src = OUT / "qujing-wordhtml.html"
    src.write_text(page, encoding="utf-8")
    chromium_pinned(src, OUT / "qujing-wordhtml-chromium.pdf", tmp)
    truth = no_catalog(
        "a 政策解读 whose table is policy points (政策要点 | 解读内容) quoting a catalog's words, not a catalog"
    )
    return [Made("qujing-wordhtml", truth), Made("qujing-wordhtml-chromium", truth)]


def yuxi(tmp: Path) -> list[Made]:
    """SheetJS: 职业技能等级 subsidies, title merged, 合计 row, a 说明 sheet."""
    header = ["序号", "职业（工种）", "技能等级", "补贴标准（元）", "证书类型", "备注"]
    body = [[1, "电工", "高级工（三级）", 1500, "职业技能等级证书", ""], [2, "焊工", "技师（二级）", 2000, "职业技能等级证书", ""],
            [3, "车工", "中级工（四级）", 1000, "职业技能等级证书", ""], [4, "育婴员", "高级工（三级）", 1500, "职业技能等级证书", ""],
            [5, "养老护理员", "技师（二级）", 2000, "职业技能等级证书", "限养老机构从业人员"],
            [6, "农业经理人", "高级技师（一级）", 2500, "职业技能等级证书", ""]]  # fmt: skip
    total = sum(r[3] for r in body)
    aoa = [["玉溪市2025年职业技能等级认定补贴标准", "", "", "", "", ""], ["", "", "", "", "", ""], header, *body,
           ["合计", "", "", total, "", ""]]  # fmt: skip
    last = len(aoa) - 1
    notes = [
        ["说明"],
        ["1. 补贴对象为取得职业技能等级证书的城乡劳动者。"],
        ["2. 同一职业（工种）同一等级补贴只享受一次。"],
    ]
    sheets = [{"name": "补贴标准", "aoa": aoa, "merges": [[0, 0, 0, 5], [last, 0, last, 2]], "cols": [6, 16, 18, 14, 18, 20]},
              {"name": "说明", "aoa": notes, "merges": [], "cols": [60]}]  # fmt: skip
    _sheetjs(OUT / "yuxi-sheetjs.xlsx", aoa[0][0], sheets, tmp)
    return [Made("yuxi-sheetjs", no_catalog("职业技能等级 subsidies (技能等级 | 补贴标准), not 职称"))]


def dali(tmp: Path) -> list[Made]:
    """ReportLab with STSong-Light: the offices taking applications for 比照认定."""
    header = ["序号", "受理单位", "受理系列", "办公地址", "咨询电话"]
    body = [["1", "大理州人力资源和社会保障局专业技术人员管理科", "工程系列（建设、机械、冶金等）", "大理市下关镇榆华路8号政务服务中心3楼", "0872-2123456"],
            ["2", "大理州卫生健康委员会人事科", "卫生系列、医药工程", "大理市下关镇洱河南路28号", "0872-2234567"],
            ["3", "大理州工业和信息化局人事科", "电子信息工程、轻工工程", "大理市下关镇苍山路101号", "0872-2345678"],
            ["4", "大理州住房和城乡建设局人事科", "建设工程、交通工程", "大理市下关镇人民南路16号", "0872-2456789"]]  # fmt: skip
    lines = ["大人社通〔2025〕12号", "关于做好国际职业资格比照认定职称申报受理工作的通知", "各县市人力资源和社会保障局，州直各有关单位：",
             "为方便申报人办理国际职业资格比照认定职称，现将受理单位及联系方式公布如下。", "大理州人力资源和社会保障局", "2025年8月20日"]  # fmt: skip
    _reportlab(OUT / "dali-reportlab-stsong.pdf", lines, header, body, (22, 140, 110, 150, 62), (0,), tmp)
    return [
        Made(
            "dali-reportlab-stsong",
            no_catalog("the offices that take applications (受理单位 | 受理系列 | 咨询电话), not a catalog"),
        )
    ]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (
    foshan, dongguan, zhongshan, jiangmen, zhuhai, huizhou, shantou, zhaoqing, mianyang, deyang, yibin,
    liuzhou, guilin, kunming, qujing, yuxi, dali,
)  # fmt: skip


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
