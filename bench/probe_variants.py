"""Probe `catalog run` with document variants nobody has tried, and classify each result.

Each variant is built from a bundled notice (../shared/notices, beside the checkout) into
/tmp/probe2/<name>/raw/<file> (one file only), `catalog run` reads it into
/tmp/probe2/<name>/curated (its own state folder, CATALOG_STATE=/tmp/probe2/<name>/state),
and the published entries are compared with the notice's truth (adjusted per variant):

  EXACT   every expected row published with its six cells equal, nothing extra
  CAUGHT  every row not exact is in review.csv, or held back / quarantined, or the run failed
  SILENT  a row missing, wrong or extra, and nothing says so

Usage:
  .venv/bin/python bench/probe_variants.py                 # build and run every variant
  .venv/bin/python bench/probe_variants.py docx-landscape pdf-swap   # only these (prefix match)
  .venv/bin/python bench/probe_variants.py --list
  .venv/bin/python bench/probe_variants.py --details       # also print the differing rows
  .venv/bin/python bench/probe_variants.py --no-run        # build the files only
  .venv/bin/python bench/probe_variants.py --report-only   # re-read results of earlier runs

Needs: .venv (python-docx, pikepdf), soffice, chromium, qpdf. Writes only under /tmp/probe2
(override with --work). Results also go to <work>/results.json.
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
NOTICES = REPO.parent / "shared" / "notices"  # ../shared beside the checkout
CATALOG = REPO / ".venv" / "bin" / "catalog"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORK = Path("/tmp/probe2")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def truth(notice: str) -> list[list[str]]:
    return json.loads((NOTICES / f"{notice}.truth.json").read_text(encoding="utf-8"))["rows"]


# ----------------------------------------------------------------------------- DOCX helpers

def load_docx(notice: str):
    import docx
    return docx.Document(str(NOTICES / f"{notice}.docx"))


def catalog_table(doc):
    return doc.tables[0]._tbl


def rows_of(tbl):
    return tbl.findall(w("tr"))


def cells_of(tr):
    return tr.findall(w("tc"))


def text_runs(tc):
    return [r for r in tc.iter(w("r")) if r.find(w("t")) is not None]


def set_cell(tc, text: str | list[str], breaks: bool = False) -> None:
    """Set a cell's text keeping its first text run's formatting.

    text a list: one paragraph per item (breaks=False) or one paragraph with <w:br/> between
    the items (breaks=True)."""
    parts = [text] if isinstance(text, str) else list(text)
    runs = text_runs(tc)
    proto = copy.deepcopy(runs[0]) if runs else None
    paras = tc.findall(w("p"))
    for p in paras[1:]:
        tc.remove(p)
    p0 = paras[0]
    for r in list(p0.findall(w("r"))):
        p0.remove(r)

    def mkrun(s: str):
        if proto is not None:
            r = copy.deepcopy(proto)
            for child in list(r):
                if child.tag != w("rPr"):
                    r.remove(child)
        else:
            from lxml import etree
            r = etree.SubElement(p0, w("r"))
            p0.remove(r)
        from lxml import etree
        t = etree.SubElement(r, w("t"))
        t.text = s
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return r

    if breaks or len(parts) == 1:
        from lxml import etree
        for i, s in enumerate(parts):
            r = mkrun(s)
            if i:
                br = etree.Element(w("br"))
                r.insert(1 if r.find(w("rPr")) is not None else 0, br)
            p0.append(r)
    else:
        p0.append(mkrun(parts[0]))
        prev = p0
        for s in parts[1:]:
            p = copy.deepcopy(p0)
            for r in list(p.findall(w("r"))):
                p.remove(r)
            p.append(mkrun(s))
            prev.addnext(p)
            prev = p


def cell_text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(w("t")))


def save_docx(doc, out: Path) -> None:
    doc.save(str(out))


def set_fonts(doc, east_asia: str | None = None, size_half_points: int | None = None,
              ascii_font: str | None = None) -> None:
    from lxml import etree
    body = doc.element.body
    for r in body.iter(w("r")):
        rpr = r.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            r.insert(0, rpr)
        if east_asia or ascii_font:
            f = rpr.find(w("rFonts"))
            if f is None:
                f = etree.SubElement(rpr, w("rFonts"))
                rpr.remove(f)
                rpr.insert(0, f)
            if east_asia:
                f.set(w("eastAsia"), east_asia)
            if ascii_font:
                f.set(w("ascii"), ascii_font)
                f.set(w("hAnsi"), ascii_font)
        if size_half_points:
            for tag in ("sz", "szCs"):
                s = rpr.find(w(tag))
                if s is None:
                    s = etree.SubElement(rpr, w(tag))
                s.set(w("val"), str(size_half_points))


def merged_row(tbl, text: str, ncols: int):
    """A row of one cell spanning ncols columns, formatted like the header's first cell."""
    from lxml import etree
    tr = copy.deepcopy(rows_of(tbl)[1])
    trpr = tr.find(w("trPr"))
    if trpr is not None:
        tr.remove(trpr)
    tcs = cells_of(tr)
    for tc in tcs[1:]:
        tr.remove(tc)
    tc = tcs[0]
    tcpr = tc.find(w("tcPr"))
    span = etree.SubElement(tcpr, w("gridSpan"))
    span.set(w("val"), str(ncols))
    set_cell(tc, text)
    return tr


def table_width_cols(tbl, widths: list[int]) -> None:
    grid = tbl.find(w("tblGrid"))
    for gc, wd in zip(grid.findall(w("gridCol")), widths):
        gc.set(w("w"), str(wd))
    for tr in rows_of(tbl):
        for tc, wd in zip(cells_of(tr), widths):
            tcw = tc.find(w("tcPr")).find(w("tcW"))
            if tcw is not None:
                tcw.set(w("w"), str(wd))
                tcw.set(w("type"), "dxa")


def col_widths(tbl) -> list[int]:
    return [int(tc.find(w("tcPr")).find(w("tcW")).get(w("w"))) for tc in cells_of(rows_of(tbl)[0])]


# ----------------------------------------------------------------------------- DOCX variants
# Each returns the expected rows (None: the notice's truth unchanged).

def dv_identity(doc, t):
    return None


def dv_landscape(doc, t):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    tbl = catalog_table(doc)
    ws = col_widths(tbl)
    scale = (s.page_width - s.left_margin - s.right_margin) / 635 / sum(ws)
    table_width_cols(tbl, [int(x * scale) for x in ws])
    return None


def dv_narrow_margins(doc, t):
    from docx.shared import Mm
    s = doc.sections[0]
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, a, Mm(8))
    tbl = catalog_table(doc)
    ws = col_widths(tbl)
    scale = (s.page_width - s.left_margin - s.right_margin) / 635 / sum(ws)
    table_width_cols(tbl, [int(x * scale) for x in ws])
    return None


def dv_wide_columns(doc, t):
    """Columns 1.6x wider: the table runs past the right margin (and the page edge)."""
    tbl = catalog_table(doc)
    table_width_cols(tbl, [int(x * 1.6) for x in col_widths(tbl)])
    return None


def dv_narrow_seq_col(doc, t):
    """序号 column very narrow (two-digit numbers wrap: 1/0) and 对应职称 narrow."""
    tbl = catalog_table(doc)
    ws = col_widths(tbl)
    ws[0] = 260
    ws[4] = 520
    table_width_cols(tbl, ws)
    return None


def dv_font_fangsong(doc, t):
    set_fonts(doc, east_asia="仿宋_GB2312", ascii_font="仿宋_GB2312")
    return None


def dv_font_ukai(doc, t):
    set_fonts(doc, east_asia="AR PL UKai CN", ascii_font="AR PL UKai CN")
    return None


def dv_font_9(doc, t):
    set_fonts(doc, size_half_points=18)
    return None


def dv_font_14(doc, t):
    set_fonts(doc, size_half_points=28)
    return None


def dv_no_repeat_header(doc, t):
    tbl = catalog_table(doc)
    for tr in rows_of(tbl):
        trpr = tr.find(w("trPr"))
        if trpr is not None:
            for h in trpr.findall(w("tblHeader")):
                trpr.remove(h)
    return None


def dv_title_row(doc, t):
    tbl = catalog_table(doc)
    hdr = rows_of(tbl)[0]
    hdr.addprevious(merged_row(tbl, "国际职业资格比照认定职称目录（第一批）", 6))
    return None


def dv_title_row_repeated(doc, t):
    """Title row and header row both marked to repeat on each page."""
    from lxml import etree
    tbl = catalog_table(doc)
    hdr = rows_of(tbl)[0]
    tr = merged_row(tbl, "国际职业资格比照认定职称目录（第一批）", 6)
    trpr = etree.Element(w("trPr"))
    etree.SubElement(trpr, w("tblHeader")).set(w("val"), "true")
    tr.insert(0, trpr)
    hdr.addprevious(tr)
    return None


def dv_empty_row(doc, t):
    tbl = catalog_table(doc)
    rows = rows_of(tbl)
    blank = copy.deepcopy(rows[30])
    for tc in cells_of(blank):
        set_cell(tc, "")
    rows[30].addnext(blank)
    return None


def dv_empty_translation(doc, t):
    tbl = catalog_table(doc)
    set_cell(cells_of(rows_of(tbl)[10])[2], "")
    exp = copy.deepcopy(t)
    exp[9][2] = ""
    return exp


def dv_swap_columns(doc, t):
    """译名 before 职业资格名称."""
    tbl = catalog_table(doc)
    for tr in rows_of(tbl):
        tcs = cells_of(tr)
        tcs[1].addprevious(tcs[2])
    grid = tbl.find(w("tblGrid")).findall(w("gridCol"))
    grid[1].addprevious(grid[2])
    return None


def dv_remarks_column(doc, t):
    tbl = catalog_table(doc)
    grid = tbl.find(w("tblGrid"))
    grid.append(copy.deepcopy(grid.findall(w("gridCol"))[-1]))
    notes = {3: "需提供英文原件", 7: "2020年后取得", 15: "含原CIMA证书", 40: "需工作满2年"}
    for i, tr in enumerate(rows_of(tbl)):
        tc = copy.deepcopy(cells_of(tr)[-1])
        set_cell(tc, "备注" if i == 0 else notes.get(i, ""))
        tr.append(tc)
    ws = col_widths(tbl)
    table_width_cols(tbl, [int(x * 0.86) for x in ws])
    return None


def dv_headings_alt(doc, t):
    tbl = catalog_table(doc)
    for tc, s in zip(cells_of(rows_of(tbl)[0]), ["序号", "证书名称", "中文名称", "发证机构", "可比照职称", "职称系列"]):
        set_cell(tc, s)
    return None


def dv_headings_alt2(doc, t):
    tbl = catalog_table(doc)
    for tc, s in zip(cells_of(rows_of(tbl)[0]),
                     ["编号", "国际职业资格（英文）", "中文译名", "颁发机构", "比照认定职称", "专业类别"]):
        set_cell(tc, s)
    return None


def dv_fullwidth_seq(doc, t):
    tbl = catalog_table(doc)
    for tr in rows_of(tbl)[1:]:
        tc = cells_of(tr)[0]
        set_cell(tc, unicodedata.normalize("NFKC", cell_text(tc)).translate(
            {ord(c): 0xFF10 + int(c) for c in "0123456789"}))
    return None


def dv_seq_dot(doc, t):
    tbl = catalog_table(doc)
    for tr in rows_of(tbl)[1:]:
        tc = cells_of(tr)[0]
        set_cell(tc, cell_text(tc) + ".")
    return None


def _split_table(doc, at: int, between: str | None, repeat_header: bool):
    """Split the catalog table before data row `at` (1-based) into two tables with a paragraph."""
    tbl = catalog_table(doc)
    rows = rows_of(tbl)
    tbl2 = copy.deepcopy(tbl)
    for tr in rows_of(tbl2):
        tbl2.remove(tr)
    if repeat_header:
        tbl2.append(copy.deepcopy(rows[0]))
    for tr in rows[at:]:
        tbl2.append(tr)
    p = copy.deepcopy(doc.paragraphs[-1]._p)
    for r in list(p.findall(w("r")))[1:]:
        p.remove(r)
    runs = p.findall(w("r"))
    if runs:
        t = runs[0].find(w("t"))
        if t is not None:
            t.text = between or ""
    tbl.addnext(p)
    p.addnext(tbl2)


def dv_split_para_header(doc, t):
    _split_table(doc, 31, "续表", True)
    return None


def dv_split_para_noheader(doc, t):
    _split_table(doc, 31, "", False)
    return None


def dv_split_para_text(doc, t):
    """A note paragraph between two halves, the second half without its header."""
    _split_table(doc, 25, "注：以下为第二部分。", False)
    return None


def _split_names_in_two(doc, breaks: bool) -> None:
    """The qualification names of rows 1-20 split in the middle: a typed line break (breaks)
    or a second paragraph between their words."""
    tbl = catalog_table(doc)
    for tr in rows_of(tbl)[1:21]:
        tc = cells_of(tr)[1]
        words = cell_text(tc).split(" ")
        if len(words) >= 2:
            k = len(words) // 2
            set_cell(tc, [" ".join(words[:k]), " ".join(words[k:])], breaks=breaks)


def _split_issuers_at_bracket(doc, breaks: bool) -> None:
    """Each issuer cell split before its bracketed English name: a typed line break (breaks) or a
    second paragraph."""
    tbl = catalog_table(doc)
    for tr in rows_of(tbl)[1:]:
        tc = cells_of(tr)[3]
        s = cell_text(tc)
        if " (" in s:
            a, b = s.split(" (", 1)
            set_cell(tc, [a, "(" + b], breaks=breaks)


def dv_br_in_qualification(doc, t):
    """Shift+Enter between the words of multi-word English qualification names (rows 1-20)."""
    _split_names_in_two(doc, breaks=True)
    return None


def dv_br_in_issuer(doc, t):
    """Shift+Enter between an issuer's Chinese name and its bracketed English name."""
    _split_issuers_at_bracket(doc, breaks=True)
    return None


def dv_two_paras_issuer(doc, t):
    """An issuer cell of two paragraphs: Chinese name, then (English name)."""
    _split_issuers_at_bracket(doc, breaks=False)
    return None


def dv_two_paras_qualification(doc, t):
    """Qualification names of rows 1-20 as two paragraphs."""
    _split_names_in_two(doc, breaks=False)
    return None


def dv_section_numbering(doc, t):
    """Section rows (一、建设工程系列) before each series, 序号 restarting at 1 in each section."""
    tbl = catalog_table(doc)
    rows = rows_of(tbl)
    exp = copy.deepcopy(t)
    numerals = "一二三四五六七八九十"
    prev, k, sec = None, 0, -1
    for i, tr in enumerate(rows[1:]):
        series = exp[i][5]
        if series != prev:
            sec += 1
            k = 0
            tr.addprevious(merged_row(tbl, f"{numerals[sec]}、{series}系列", 6))
            prev = series
        k += 1
        set_cell(cells_of(tr)[0], str(k))
        exp[i][0] = str(k)
    return exp


def dv_total_row(doc, t):
    """A closing row 合计：61项 merged across the table."""
    tbl = catalog_table(doc)
    rows_of(tbl)[-1].addnext(merged_row(tbl, f"合计：{len(t)}项", 6))
    return None


def dv_note_row(doc, t):
    """A closing note row inside the table, merged across all columns."""
    tbl = catalog_table(doc)
    rows_of(tbl)[-1].addnext(merged_row(
        tbl, "注：1.目录中职业资格证书须在有效期内；2.对应职称为可申请比照认定的最高层级。", 6))
    return None


def dv_ditto_issuer(doc, t):
    """Repeated issuer cells printed as 同上 (a common bureau habit)."""
    tbl = catalog_table(doc)
    prev = None
    for tr in rows_of(tbl)[1:]:
        tc = cells_of(tr)[3]
        s = cell_text(tc)
        if s == prev:
            set_cell(tc, "同上")
        prev = s
    return None


def dv_people_list(doc, t):
    """Not a catalog: a list of people recognized (序号 姓名 工作单位 国际职业资格名称 比照认定职称 所属系列)."""
    _retitle(doc, "关于公布2022年度国际职业资格比照认定职称人员名单的通知", "2022年度国际职业资格比照认定职称人员名单")
    tbl = catalog_table(doc)
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]
    units = ["无锡华润微电子有限公司", "江苏长电科技股份有限公司", "无锡药明康德新药开发有限公司", "中船澄西船舶修造有限公司"]
    for tc, s in zip(cells_of(rows_of(tbl)[0]), ["序号", "姓名", "工作单位", "国际职业资格名称", "比照认定职称", "所属系列"]):
        set_cell(tc, s)
    for i, tr in enumerate(rows_of(tbl)[1:]):
        tcs = cells_of(tr)
        q = cell_text(tcs[1])
        set_cell(tcs[1], names[i % len(names)] + ("" if i < 10 else str(i)))
        set_cell(tcs[2], units[i % len(units)])
        set_cell(tcs[3], q)
    return []


def dv_people_list2(doc, t):
    """Not a catalog: 序号 姓名 性别 单位 证书名称 发证机构 (certificate holders)."""
    _retitle(doc, "关于公布国际职业资格证书持证人员信息的通知", "国际职业资格证书持证人员名单")
    tbl = catalog_table(doc)
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]
    for tc, s in zip(cells_of(rows_of(tbl)[0]), ["序号", "姓名", "性别", "单位", "证书名称", "发证机构"]):
        set_cell(tc, s)
    for i, tr in enumerate(rows_of(tbl)[1:]):
        tcs = cells_of(tr)
        q, iss = cell_text(tcs[1]), cell_text(tcs[3])
        set_cell(tcs[1], names[i % 10] + ("" if i < 10 else str(i)))
        set_cell(tcs[2], "男" if i % 2 else "女")
        set_cell(tcs[3], "无锡市某某有限公司")
        set_cell(tcs[4], q)
        set_cell(tcs[5], iss)
    return []


def dv_fee_schedule(doc, t):
    """Not a catalog: a fee schedule."""
    _retitle(doc, "关于职称评审收费标准的通知", "职称评审收费标准")
    tbl = catalog_table(doc)
    rows = rows_of(tbl)
    for tr in rows[9:]:
        tbl.remove(tr)
    for tc, s in zip(cells_of(rows[0]), ["序号", "收费项目", "收费标准（元）", "计费单位", "收费依据", "备注"]):
        set_cell(tc, s)
    items = [("高级职称评审费", "580", "人次", "苏价费〔2015〕12号", ""),
             ("中级职称评审费", "400", "人次", "苏价费〔2015〕12号", ""),
             ("初级职称评审费", "200", "人次", "苏价费〔2015〕12号", ""),
             ("国际职业资格比照认定费", "300", "人次", "苏价费〔2015〕12号", "工程师"),
             ("职称证书工本费", "10", "本", "苏价费〔2015〕12号", ""),
             ("专业技术人员考试费", "80", "科次", "苏价费〔2015〕12号", "助理工程师"),
             ("复审费", "150", "人次", "", ""),
             ("资料审核费", "50", "人次", "", "")]
    for i, (tr, it) in enumerate(zip(rows[1:9], items)):
        tcs = cells_of(tr)
        set_cell(tcs[0], str(i + 1))
        for tc, s in zip(tcs[1:], it):
            set_cell(tc, s)
    return []


def dv_form_only(doc, t):
    """Not a catalog: taizhou's 申报表 (attachment 2) alone, the catalog table removed."""
    tbl = catalog_table(doc)
    tbl.getparent().remove(tbl)
    return []


def dv_form_first(doc, t):
    """taizhou: the 申报表 table placed before the catalog table."""
    body = doc.element.body
    tbls = body.findall(w("tbl"))
    tbls[0].addprevious(tbls[1])
    return None


def _retitle(doc, title: str, attachment: str) -> None:
    for p in doc.paragraphs:
        s = p.text
        repl = None
        if s.startswith("关于印发"):
            repl = title
        elif s.startswith("附件：") or s.startswith("附件:"):
            repl = "附件：" + attachment
        elif "比照认定专业技术资格目录" in s and len(s) < 40:
            repl = attachment
        if repl is not None:
            runs = p.runs
            if runs:
                runs[0].text = repl
                for r in runs[1:]:
                    r.text = ""


# ----------------------------------------------------------------------------- HTML variants

def html_src(notice: str) -> str:
    return (NOTICES / f"{notice}.html").read_text(encoding="utf-8")


def split_table(html: str):
    m = re.search(r"<table.*?</table>", html, re.S)
    return html[:m.start()], m.group(0), html[m.end():]


def table_rows(tbl: str) -> list[list[str]]:
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", tbl, re.S):
        rows.append(re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S))
    return rows


def build_table(rows, attrs="border='1'", header_tag="th", thead=True, cell=None, extra="") -> str:
    cell = cell or (lambda r, c, s: f"<{'td'}>{s}</td>")
    out = [f"<table {attrs}>", extra]
    for i, r in enumerate(rows):
        if i == 0:
            tr = "<tr>" + "".join(f"<{header_tag}>{s}</{header_tag}>" for s in r) + "</tr>"
            out.append(f"<thead>{tr}</thead><tbody>" if thead else tr)
        else:
            out.append("<tr>" + "".join(cell(i, j, s) for j, s in enumerate(r) if s is not None) + "</tr>\n")
    out.append("</tbody></table>" if thead else "</table>")
    return "".join(out)


def hv_identity(html, t):
    return html, None


def hv_css_borders(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    css = ("<style>.cat{border-collapse:collapse}.cat td,.cat th{border:1px solid #000;padding:4px}</style>")
    return a + css + "<div class='tbl-wrap'>" + build_table(rows, attrs="class='cat'") + "</div>" + b, None


def hv_all_td(html, t):
    a, tbl, b = split_table(html)
    return a + build_table(table_rows(tbl), header_tag="td", thead=False) + b, None


def _rowspan(html, t, col):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    data = rows[1:]
    spans = {}
    i = 0
    while i < len(data):
        j = i
        while j + 1 < len(data) and data[j + 1][col] == data[i][col]:
            j += 1
        spans[i] = j - i + 1
        for k in range(i + 1, j + 1):
            data[k][col] = None
        i = j + 1

    def cell(r, c, s):
        if c == col and spans.get(r - 1, 1) > 1:
            return f"<td rowspan='{spans[r - 1]}'>{s}</td>"
        return f"<td>{s}</td>"
    return a + build_table(rows, cell=cell) + b, None


def hv_rowspan_series(html, t):
    return _rowspan(html, t, 5)


def hv_rowspan_title(html, t):
    return _rowspan(html, t, 4)


def hv_rowspan_issuer(html, t):
    return _rowspan(html, t, 3)


def hv_colgroup(html, t):
    a, tbl, b = split_table(html)
    cg = "<colgroup><col width='6%'><col width='24%'><col width='18%'><col width='30%'><col width='10%'><col width='12%'></colgroup>"
    return a + build_table(table_rows(tbl), extra=cg) + b, None


def hv_two_tables(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    return a + build_table(rows[:31]) + "<p>（续表）</p>" + build_table([rows[0]] + rows[31:]) + b, None


def hv_two_tables_nohead(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    second = build_table([rows[0]] + rows[31:])
    second = re.sub(r"<thead>.*?</thead>", "", second, flags=re.S)
    return a + build_table(rows[:31]) + "<p></p>" + second + b, None


def hv_br_cells(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    for r in rows[1:]:
        if " (" in r[3]:
            x, y = r[3].split(" (", 1)
            r[3] = f"{x}<br>({y}"
        ws = r[1].split(" ")
        if len(ws) >= 2:
            k = len(ws) // 2
            r[1] = " ".join(ws[:k]) + "<br>" + " ".join(ws[k:])
    return a + build_table(rows) + b, None


def hv_br_issuer_only(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    for r in rows[1:]:
        if " (" in r[3]:
            x, y = r[3].split(" (", 1)
            r[3] = f"{x}<br/>({y}"
    return a + build_table(rows) + b, None


def hv_nbsp(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    rows = [rows[0]] + [[f"&nbsp;{s}&nbsp;&nbsp;" if j else f"&nbsp;&nbsp;{s}" for j, s in enumerate(r)] for r in rows[1:]]
    return a + build_table(rows) + b, None


def hv_p_in_cells(html, t):
    """Every cell's text wrapped in <p> (a CMS pasting from Word), with spans and nbsp spacing."""
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    rows = [rows[0]] + [[f"<p style='text-align:center'><span style='font-family:仿宋'>{s}</span></p>" for s in r]
                        for r in rows[1:]]
    return a + build_table(rows) + b, None


def hv_caption_title(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    return a + build_table(rows, extra="<caption>国际职业资格比照认定职称目录（第一批）</caption>") + b, None


def hv_title_tr(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    first = "<tr><td colspan='6'><b>国际职业资格比照认定职称目录（第一批）</b></td></tr>"
    s = build_table(rows, header_tag="td", thead=False)
    s = s.replace(">", ">" + first, 1)
    return a + s + b, None


def hv_th_rowheader(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)

    def cell(r, c, s):
        return f"<th scope='row'>{s}</th>" if c == 0 else f"<td>{s}</td>"
    return a + build_table(rows, cell=cell) + b, None


def hv_div_grid(html, t):
    """No <table>: a CSS grid of <div>s (some CMS templates)."""
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    css = ("<style>.grid{display:grid;grid-template-columns:6% 24% 18% 30% 10% 12%;border-left:1px solid #000;"
           "border-top:1px solid #000}.grid div{border-right:1px solid #000;border-bottom:1px solid #000;padding:3px}</style>")
    cells = "".join(f"<div>{s}</div>" for r in rows for s in r)
    return a + css + f"<div class='grid'>{cells}</div>" + b, None


def hv_people_list(html, t):
    a, tbl, b = split_table(html)
    rows = table_rows(tbl)
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]
    out = [["序号", "姓名", "工作单位", "国际职业资格名称", "比照认定职称", "所属系列"]]
    for i, r in enumerate(rows[1:]):
        out.append([r[0], names[i % 10] + ("" if i < 10 else str(i)), "无锡某科技有限公司", r[1], r[4], r[5]])
    a = a.replace("关于印发《无锡市国际职业资格比照认定 专业技术资格办法（试行）》的通知",
                  "关于公布2022年度国际职业资格比照认定职称人员名单的通知")
    return a + build_table(out) + b, []


HTML_PRINT_CSS = {
    "a4-landscape": "@page{size:A4 landscape;margin:15mm}",
    "a4-portrait": "@page{size:A4;margin:15mm}",
    "narrow": "@page{size:110mm 297mm;margin:8mm}",
}


# ----------------------------------------------------------------------------- PDF variants

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0 and not (r.returncode == 3 and cmd[0] == "qpdf"):
        raise RuntimeError(f"{cmd}: {r.returncode} {r.stderr[-500:]}")
    return r


def pv_linearize(src, out, tmp):
    run(["qpdf", "--linearize", str(src), str(out)])


def pv_objstreams(src, out, tmp):
    run(["qpdf", "--object-streams=generate", str(src), str(out)])


def _pages_in_order(src, out, tmp, order):
    """qpdf --split-pages, then re-merge the single pages in `order` (1-based)."""
    d = tmp / "split"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    run(["qpdf", "--split-pages", str(src), str(d / "p-%d.pdf")])
    pages = sorted(d.glob("p-*.pdf"), key=lambda p: int(re.findall(r"\d+", p.name)[-1]))
    files = [str(pages[i - 1]) for i in order]
    run(["qpdf", "--empty", "--pages", *files, "--", str(out)])


def pv_swap_pages(page_a, page_b):
    def f(src, out, tmp):
        n = npages(src)
        order = list(range(1, n + 1))
        order[page_a - 1], order[page_b - 1] = order[page_b - 1], order[page_a - 1]
        _pages_in_order(src, out, tmp, order)
    return f


def pv_duplicate_pages(first, last):
    def f(src, out, tmp):
        n = npages(src)
        order = list(range(1, last + 1)) + list(range(first, n + 1))
        _pages_in_order(src, out, tmp, order)
    return f


def pv_remerge_same(src, out, tmp):
    _pages_in_order(src, out, tmp, list(range(1, npages(src) + 1)))


def pv_twice(src, out, tmp):
    n = npages(src)
    _pages_in_order(src, out, tmp, list(range(1, n + 1)) * 2)


def npages(src) -> int:
    return int(run(["qpdf", "--show-npages", str(src)]).stdout.strip())


def _pike(fn):
    """Edit every page with pypdfium2 (pikepdf is not installed), then let qpdf tidy the file."""
    def f(src, out, tmp):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(src))
        for i in range(len(pdf)):
            fn(pdf[i], i)
        tmp.mkdir(parents=True, exist_ok=True)
        mid = tmp / "edited.pdf"
        pdf.save(str(mid))
        pdf.close()
        run(["qpdf", str(mid), str(out)])
    f.__doc__ = fn.__doc__
    return f


def _transform(page, a, b, c, d, e, f_):
    import ctypes

    import pypdfium2.raw as raw
    m = raw.FS_MATRIX(a, b, c, d, e, f_)
    ok = raw.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(m), None)
    assert ok


def _crop_margins(page, i):
    """CropBox 25 pt inside the MediaBox on every side (nothing printed is cut)."""
    x0, y0, x1, y1 = page.get_mediabox()
    page.set_cropbox(x0 + 25, y0 + 25, x1 - 25, y1 - 25)


def _crop_offset_origin(page, i):
    """MediaBox with a non-zero origin: the page drawn shifted into [-40 -60 ...]."""
    x0, y0, x1, y1 = page.get_mediabox()
    _transform(page, 1, 0, 0, 1, -40, -60)
    page.set_mediabox(x0 - 40, y0 - 60, x1 - 40, y1 - 60)


def _shrink_to_fit(page, i):
    """A 'fit to page' print: content scaled to 80% and centred."""
    x0, y0, x1, y1 = page.get_mediabox()
    _transform(page, 0.8, 0, 0, 0.8, (x1 - x0) * 0.1, (y1 - y0) * 0.1)


def _crop_into_table(page, i):
    """CropBox cuts away the right 15% of every page (the 所属系列 column is off-screen)."""
    x0, y0, x1, y1 = page.get_mediabox()
    page.set_cropbox(x0, y0, x1 - (x1 - x0) * 0.15, y1)


def _a3_pages(page, i):
    """Every page on A3 (MediaBox enlarged up and right; content stays bottom-left)."""
    x0, y0, x1, y1 = page.get_mediabox()
    page.set_mediabox(x0, y0, x0 + 842, y0 + 1191)


# ----------------------------------------------------------------------------- variants

@dataclass
class Variant:
    name: str
    notice: str
    build: Callable[[Path], list | None]   # writes the file (in raw/), returns expected rows or None
    note: str = ""
    expected: list | None = field(default=None, repr=False)


def soffice_pdf(src: Path, out: Path) -> None:
    outdir = out.parent / "_lo"
    outdir.mkdir(parents=True, exist_ok=True)
    prof = WORK / "_lo_profile"
    run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(src)], timeout=180)
    shutil.move(str(outdir / (src.stem + ".pdf")), out)
    shutil.rmtree(outdir, ignore_errors=True)


def chromium_pdf(html: str, out: Path, css: str) -> None:
    tmp = out.parent / "_print.html"
    tmp.write_text(html.replace("</head>", f"<style>{css}</style></head>", 1), encoding="utf-8")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", f"file://{tmp}"], timeout=180)
    tmp.unlink()


def docx_variant(name, notice, fn, to_pdf=False):
    def build(raw: Path):
        doc = load_docx(notice)
        exp = fn(doc, truth(notice))
        stem = f"{notice}-{name}"
        if not to_pdf:
            save_docx(doc, raw / f"{stem}.docx")
        else:
            src = raw.parent / f"{stem}.docx"
            save_docx(doc, src)
            soffice_pdf(src, raw / f"{stem}.pdf")
        return exp
    return build


def html_variant(name, notice, fn, print_css=None):
    def build(raw: Path):
        html, exp = fn(html_src(notice), truth(notice))
        stem = f"{notice}-{name}"
        if print_css is None:
            (raw / f"{stem}.html").write_text(html, encoding="utf-8")
        else:
            chromium_pdf(html, raw / f"{stem}.pdf", HTML_PRINT_CSS[print_css])
        return exp
    return build


def pdf_variant(name, notice, fn):
    def build(raw: Path):
        fn(NOTICES / f"{notice}.pdf", raw / f"{notice}-{name}.pdf", raw.parent / "tmp")
        return None
    return build


DOCX = [  # (name, function, notices, also as LibreOffice PDF)
    ("landscape", dv_landscape, ["wuxi-2021-49"], True),
    ("narrow-margins", dv_narrow_margins, ["wuxi-2021-49"], True),
    ("wide-columns", dv_wide_columns, ["wuxi-2021-49"], True),
    ("narrow-seq-col", dv_narrow_seq_col, ["wuxi-2021-49"], True),
    ("font-fangsong", dv_font_fangsong, ["wuxi-2021-49"], True),
    ("font-ukai", dv_font_ukai, ["taizhou-2022-30"], True),
    ("font-9", dv_font_9, ["wuxi-2021-49"], True),
    ("font-14", dv_font_14, ["wuxi-2021-49", "taizhou-2022-30"], True),
    ("no-repeat-header", dv_no_repeat_header, ["wuxi-2021-49"], True),
    ("title-row", dv_title_row, ["wuxi-2021-49"], True),
    ("title-row-repeated", dv_title_row_repeated, ["taizhou-2022-30"], True),
    ("empty-row", dv_empty_row, ["wuxi-2021-49"], True),
    ("empty-translation", dv_empty_translation, ["wuxi-2021-49"], True),
    ("swap-columns", dv_swap_columns, ["wuxi-2021-49", "taizhou-2022-30"], True),
    ("remarks-column", dv_remarks_column, ["wuxi-2021-49"], True),
    ("headings-alt", dv_headings_alt, ["wuxi-2021-49"], True),
    ("headings-alt2", dv_headings_alt2, ["taizhou-2022-30"], True),
    ("fullwidth-seq", dv_fullwidth_seq, ["wuxi-2021-49"], True),
    ("seq-dot", dv_seq_dot, ["wuxi-2021-49"], True),
    ("split-para-header", dv_split_para_header, ["wuxi-2021-49"], True),
    ("split-para-noheader", dv_split_para_noheader, ["wuxi-2021-49"], True),
    ("split-para-text", dv_split_para_text, ["taizhou-2022-30"], True),
    ("br-qualification", dv_br_in_qualification, ["wuxi-2021-49"], True),
    ("br-issuer", dv_br_in_issuer, ["wuxi-2021-49"], True),
    ("2para-issuer", dv_two_paras_issuer, ["wuxi-2021-49"], True),
    ("2para-qualification", dv_two_paras_qualification, ["taizhou-2022-30"], True),
    ("section-numbering", dv_section_numbering, ["wuxi-2021-49"], True),
    ("total-row", dv_total_row, ["wuxi-2021-49"], True),
    ("note-row", dv_note_row, ["taizhou-2022-30"], True),
    ("ditto-issuer", dv_ditto_issuer, ["wuxi-2021-49"], True),
    ("form-first", dv_form_first, ["taizhou-2022-30"], True),
    ("NC-people-list", dv_people_list, ["wuxi-2021-49"], True),
    ("NC-people-list2", dv_people_list2, ["wuxi-2021-49"], True),
    ("NC-fee-schedule", dv_fee_schedule, ["wuxi-2021-49"], True),
    ("NC-form-only", dv_form_only, ["taizhou-2022-30"], True),
]

HTML = [  # (name, function, notices, print css names)
    ("css-borders", hv_css_borders, ["wuxi-2021-49"], []),
    ("all-td", hv_all_td, ["wuxi-2021-49"], []),
    ("rowspan-series", hv_rowspan_series, ["wuxi-2021-49", "taizhou-2022-30"], ["a4-portrait"]),
    ("rowspan-title", hv_rowspan_title, ["wuxi-2021-49"], []),
    ("rowspan-issuer", hv_rowspan_issuer, ["taizhou-2022-30"], ["a4-portrait"]),
    ("colgroup", hv_colgroup, ["wuxi-2021-49"], []),
    ("two-tables", hv_two_tables, ["wuxi-2021-49"], ["a4-portrait"]),
    ("two-tables-nohead", hv_two_tables_nohead, ["wuxi-2021-49"], []),
    ("br-cells", hv_br_cells, ["wuxi-2021-49"], ["a4-portrait"]),
    ("br-issuer", hv_br_issuer_only, ["taizhou-2022-30"], []),
    ("nbsp", hv_nbsp, ["wuxi-2021-49"], []),
    ("p-in-cells", hv_p_in_cells, ["wuxi-2021-49"], []),
    ("caption-title", hv_caption_title, ["wuxi-2021-49"], []),
    ("title-tr", hv_title_tr, ["taizhou-2022-30"], ["a4-portrait"]),
    ("th-rowheader", hv_th_rowheader, ["wuxi-2021-49"], []),
    ("div-grid", hv_div_grid, ["wuxi-2021-49"], ["a4-portrait"]),
    ("print", hv_identity, ["wuxi-2021-49", "taizhou-2022-30"], ["a4-landscape", "a4-portrait", "narrow"]),
    ("NC-people-list", hv_people_list, ["wuxi-2021-49"], ["a4-portrait"]),
]

PDF = [  # (name, function, notices)
    ("linearize", pv_linearize, ["wuxi-2021-49", "taizhou-2022-30"]),
    ("objstreams", pv_objstreams, ["wuxi-2021-49", "taizhou-2022-30"]),
    ("remerge-same", pv_remerge_same, ["wuxi-2021-49"]),
    ("swap-6-7", pv_swap_pages(6, 7), ["wuxi-2021-49"]),
    ("swap-4-5", pv_swap_pages(4, 5), ["taizhou-2022-30"]),
    ("swap-8-9", pv_swap_pages(8, 9), ["wuxi-2021-49", "taizhou-2022-30"]),
    ("dup-pages-4-5", pv_duplicate_pages(4, 5), ["wuxi-2021-49"]),
    ("dup-pages-5-6", pv_duplicate_pages(5, 6), ["taizhou-2022-30"]),
    ("dup-page-9", pv_duplicate_pages(9, 9), ["wuxi-2021-49"]),
    ("twice", pv_twice, ["wuxi-2021-49"]),
    ("crop-margins", _pike(_crop_margins), ["wuxi-2021-49"]),
    ("crop-into-table", _pike(_crop_into_table), ["wuxi-2021-49"]),
    ("mediabox-origin", _pike(_crop_offset_origin), ["wuxi-2021-49", "taizhou-2022-30"]),
    ("shrink-to-fit", _pike(_shrink_to_fit), ["wuxi-2021-49"]),
    ("a3-mediabox", _pike(_a3_pages), ["taizhou-2022-30"]),
]

SHORT = {"wuxi-2021-49": "wx", "taizhou-2022-30": "tz"}


def all_variants() -> list[Variant]:
    vs = []
    for n in ("wuxi-2021-49", "taizhou-2022-30"):
        for ext in ("docx", "html", "pdf"):
            def b(raw, n=n, ext=ext):
                shutil.copy(NOTICES / f"{n}.{ext}", raw / f"{n}.{ext}")
                return None
            vs.append(Variant(f"orig-{ext}-{SHORT[n]}", n, b, "bundled file as is"))
    for name, fn, notices, pdf in DOCX:
        for n in notices:
            vs.append(Variant(f"docx-{name}-{SHORT[n]}", n, docx_variant(name, n, fn), fn.__doc__ or ""))
            if pdf:
                vs.append(Variant(f"docx-{name}-{SHORT[n]}.lo.pdf", n, docx_variant(name, n, fn, True),
                                  "LibreOffice print of the DOCX variant"))
    for name, fn, notices, prints in HTML:
        for n in notices:
            if name != "print":
                vs.append(Variant(f"html-{name}-{SHORT[n]}", n, html_variant(name, n, fn), fn.__doc__ or ""))
            for css in prints:
                vs.append(Variant(f"html-{name}-{SHORT[n]}.chr-{css}.pdf", n, html_variant(name, n, fn, css),
                                  f"Chromium print {HTML_PRINT_CSS[css]}"))
    for name, fn, notices in PDF:
        for n in notices:
            vs.append(Variant(f"pdf-{name}-{SHORT[n]}", n, pdf_variant(name, n, fn),
                              getattr(fn, "__doc__", "") or ""))
    return vs


# ----------------------------------------------------------------------------- run and compare

def build(v: Variant, work: Path) -> None:
    d = work / v.name
    shutil.rmtree(d, ignore_errors=True)
    (d / "raw").mkdir(parents=True)
    (d / "tmp").mkdir()
    exp = v.build(d / "raw")
    exp = truth(v.notice) if exp is None else exp
    (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
    files = list((d / "raw").iterdir())
    assert len(files) == 1, files


def run_variant(v: Variant, work: Path) -> None:
    d = work / v.name
    shutil.rmtree(d / "curated", ignore_errors=True)
    shutil.rmtree(d / "state", ignore_errors=True)
    env = {**os.environ, "CATALOG_STATE": str(d / "state")}
    template = work / "_state_template" / "prefect"   # a migrated Prefect database: saves ~10 s a run
    if template.is_dir():
        shutil.copytree(template, d / "state" / "prefect")
    r = subprocess.run([str(CATALOG), "run", "--raw", str(d / "raw"), "--curated", str(d / "curated"), "--json"],
                       cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    (d / "stdout.json").write_text(r.stdout, encoding="utf-8")
    (d / "stderr.txt").write_text(r.stderr, encoding="utf-8")
    (d / "rc").write_text(str(r.returncode))
    if not template.is_dir() and (d / "state" / "prefect").is_dir() and r.returncode in (0, 1):
        try:
            shutil.copytree(d / "state" / "prefect", template)
        except OSError:
            pass


def read_csv(p: Path) -> list[dict]:
    if not p.exists():
        return []
    with p.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def nseq(s: str) -> str:
    return unicodedata.normalize("NFKC", (s or "").strip()).rstrip(".．、")


def cells(e: dict) -> list[str]:
    return [nseq(e.get("seq", ""))] + [(e.get(k) or "").strip() for k in
                                        ("qualification", "qualification_zh", "issuer", "title", "series")]


def compare(v: Variant, work: Path) -> dict:
    d = work / v.name
    exp = [[nseq(r[0])] + [c.strip() for c in r[1:]] for r in json.loads((d / "expected.json").read_text())]
    rc = int((d / "rc").read_text()) if (d / "rc").exists() else None
    try:
        js = json.loads((d / "stdout.json").read_text() or "{}") if (d / "stdout.json").exists() else {}
    except json.JSONDecodeError:
        js = {}
    cur = d / "curated"
    pub = read_csv(cur / "entries.csv")
    review = read_csv(cur / "review.csv")
    rejected = read_csv(cur / "rejected.csv")
    pub_cells = [cells(e) for e in pub]

    # 1. exact pairs
    left_e = list(range(len(exp)))
    left_p = list(range(len(pub)))
    exact = 0
    for i in list(left_e):
        for j in left_p:
            if pub_cells[j] == exp[i]:
                left_e.remove(i)
                left_p.remove(j)
                exact += 1
                break
    # 2. pair the rest by most equal cells (seq equal counts double), at least 2 points
    pairs = []
    cand = []
    for i in left_e:
        for j in left_p:
            score = sum(a == b for a, b in zip(exp[i], pub_cells[j])) + (exp[i][0] == pub_cells[j][0])
            if score >= 3:
                cand.append((-score, i, j))
    used_e, used_p = set(), set()
    for _, i, j in sorted(cand):
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        pairs.append((i, j))
    missing = [i for i in left_e if i not in used_e]
    extra = [j for j in left_p if j not in used_p]

    rev_keys = {(r.get("source_file"), r.get("page") or "", r.get("row") or "") for r in review}
    rev_raw = {(r.get("raw") or "").strip() for r in review}
    held = js.get("held_back") or []
    docs = js.get("documents") or []
    quarantined = [x for x in docs if x.get("status") not in ("catalog",)]
    rejected_seqs = {nseq(r.get("seq", "")) for r in rejected if r.get("seq")}
    whole_out = bool(held) or bool(quarantined) or rc in (2, 3) or \
        any(not r.get("seq") for r in rejected)

    def in_review(e):
        return (e.get("source_file"), e.get("source_page") or "", e.get("source_row") or "") in rev_keys

    bad = []
    for i, j in pairs:
        e = pub[j]
        diffs = [(k, exp[i][k], pub_cells[j][k]) for k in range(6) if exp[i][k] != pub_cells[j][k]]
        covered = in_review(e) or any(p in rev_raw for _, _, p in diffs)
        bad.append({"kind": "wrong", "covered": covered, "truth": exp[i], "published": pub_cells[j], "diffs": diffs})
    for i in missing:
        bad.append({"kind": "missing", "covered": whole_out or exp[i][0] in rejected_seqs, "truth": exp[i]})
    for j in extra:
        bad.append({"kind": "extra", "covered": in_review(pub[j]), "published": pub_cells[j]})

    if rc is None:
        cls = "NOT-RUN"
    elif rc == 3:
        cls = "BUG(3)"
    elif not bad:
        cls = "EXACT"
    elif all(b["covered"] for b in bad):
        cls = "CAUGHT"
    else:
        cls = "SILENT"
    reasons = []
    for h in held:
        s = "held: " + (h.get("reason") or json.dumps(h, ensure_ascii=False))[:150]
        if s not in reasons:
            reasons.append(s)
    for x in quarantined:
        reasons.append(f"{x.get('status')}[{x.get('step')}]: {x.get('reason', '')[:150]}")
    if not reasons and rc in (2, 3):
        err = (d / "stderr.txt").read_text()[-300:] if (d / "stderr.txt").exists() else ""
        reasons.append(err.strip().splitlines()[-1] if err.strip() else "")
    return {"name": v.name, "class": cls, "exit": rc, "published": len(pub), "expected": len(exp), "exact": exact,
            "wrong": len(pairs), "missing": len(missing), "extra": len(extra),
            "in_review": sum(1 for e in pub if in_review(e)), "review_items": len(review),
            "reasons": reasons, "bad": bad, "note": v.note.strip().splitlines()[0] if v.note.strip() else ""}


def print_table(results: list[dict], details: bool) -> None:
    hdr = f"{'variant':44} {'class':7} {'exit':>4} {'pub':>4} {'exp':>4} {'exact':>5} {'wrong':>5} {'miss':>4} " \
          f"{'extra':>5} {'rev':>4}  reason"
    print(hdr)
    print("-" * len(hdr))
    for r in results:
        print(f"{r['name']:44} {r['class']:7} {str(r['exit']):>4} {r['published']:>4} {r['expected']:>4} "
              f"{r['exact']:>5} {r['wrong']:>5} {r['missing']:>4} {r['extra']:>5} {r['in_review']:>4}  "
              f"{'; '.join(r['reasons'])[:160]}")
    counts = {}
    for r in results:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    print("\n" + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    for r in results:
        if r["class"] != "SILENT" and not details:
            continue
        if not r["bad"]:
            continue
        print(f"\n== {r['name']} ({r['class']}): {r['note']}")
        for b in r["bad"][:12]:
            if b["kind"] == "wrong":
                print(f"  wrong{'' if b['covered'] else ' (not covered)'} seq {b['truth'][0]}: " +
                      "; ".join(f"col{k} truth={t!r} published={p!r}" for k, t, p in b["diffs"]))
            elif b["kind"] == "missing":
                print(f"  missing{'' if b['covered'] else ' (not covered)'}: {b['truth']}")
            else:
                print(f"  extra{'' if b['covered'] else ' (not covered)'}: {b['published']}")
        if len(r["bad"]) > 12:
            print(f"  … {len(r['bad']) - 12} more")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="run only variants whose name starts with one of these")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--no-run", action="store_true", help="build only")
    ap.add_argument("--report-only", action="store_true", help="compare the results of earlier runs only")
    ap.add_argument("--details", action="store_true", help="print differing rows of every non-exact variant")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=WORK)
    a = ap.parse_args(argv)
    vs = all_variants()
    if a.names:
        vs = [v for v in vs if any(v.name.startswith(n) for n in a.names)]
    if a.list:
        for v in vs:
            print(f"{v.name:44} {v.note.strip().splitlines()[0] if v.note.strip() else ''}")
        return 0
    a.work.mkdir(parents=True, exist_ok=True)
    if not a.report_only:
        for v in vs:
            try:
                build(v, a.work)
            except Exception as exc:  # noqa: BLE001 - report and go on
                print(f"build failed: {v.name}: {exc}", file=sys.stderr)
                (a.work / v.name / "BUILD_FAILED").write_text(str(exc))
        vs = [v for v in vs if not (a.work / v.name / "BUILD_FAILED").exists()]
        print(f"built {len(vs)} variants in {a.work}", file=sys.stderr)
        if a.no_run:
            return 0

        def one(v):
            run_variant(v, a.work)
            print(f"  ran {v.name}: exit {(a.work / v.name / 'rc').read_text()}", file=sys.stderr)
        with ThreadPoolExecutor(a.jobs) as ex:
            list(ex.map(one, vs))
    results = [compare(v, a.work) for v in vs if (a.work / v.name / "expected.json").exists()]
    old = {}
    rj = a.work / "results.json"
    if rj.exists():
        old = {r["name"]: r for r in json.loads(rj.read_text())}
    old.update({r["name"]: r for r in results})
    rj.write_text(json.dumps(list(old.values()), ensure_ascii=False, indent=1), encoding="utf-8")
    print_table(results, a.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
