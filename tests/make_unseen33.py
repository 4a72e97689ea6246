"""Regenerate tests/fixtures/unseen33: a blind probe round of ORDINARY government documents (no catalog at all).

    /work/main/.venv/bin/python tests/make_unseen33.py                   # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen33.py shuozhou xinzhou  # only these (by city stem)

Whole documents of the kinds city bureaus really publish beside their catalogs (部门预算, 统计公报, 招聘岗位表,
职称评审通过人员名单, 采购结果公告, 政府信息公开年度报告, 人才补贴名单, 评价机构名单, 行政许可事项清单, a policy of
numbered articles, a meeting notice with a 回执, a scanned page, a 统计年鉴 chapter, a 规划 map), in cities no
earlier round used (山西 朔州, 忻州, 吕梁, 临汾, 运城, 长治; 陕西 铜川, 商洛; 甘肃 陇南, 平凉; 河南 鹤壁;
内蒙古 乌兰察布, 通辽; 湖北 孝感). Every name, unit and number is invented (seeded random), no real person.

Self-contained: it imports nothing of the project (python-docx, openpyxl, lxml, numpy and Pillow from the venv).
matplotlib (charts and the map) is not in /work/main/.venv: it is taken from a venv of its own,
/tmp/venv33 (`/work/main/.venv/bin/python -m venv /tmp/venv33 && /tmp/venv33/bin/pip install matplotlib`),
whose site-packages this script appends to sys.path (override with MPL_SITE=<site-packages dir>).
Apt packages: libreoffice (writer, calc), chromium, poppler-utils, qpdf, fonts-noto-cjk.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen33"
PINNED_DATE = b"20250601090000"
PINNED_ISO = b"2025-06-01T09:00:00"
ZIP_DATE = (2025, 6, 1, 9, 0, 0)
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT


def mpl():
    """matplotlib from /tmp/venv33 (or MPL_SITE), Agg backend, Noto Sans CJK registered."""
    site = os.environ.get("MPL_SITE", "/tmp/venv33/lib/python3.11/site-packages")
    if site not in sys.path:
        sys.path.append(site)
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import font_manager
    font_manager.fontManager.addfont(CJK_TTC)
    matplotlib.rcParams.update({"font.family": "Noto Sans CJK JP", "axes.unicode_minus": False,
                                "svg.hashsalt": "unseen33", "svg.fonttype": "path", "pdf.fonttype": 3,
                                "path.simplify": False})
    import matplotlib.pyplot as plt
    return plt


# --- invented people and units --------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉斌宇浩凯俊帅建国志海波晨欣悦佳琪雪梅晓东亮旭峰瑞婷慧颖博文昊天鑫蕾璐丹瑶嘉怡子涵思远宏达永胜春燕立新卫东"


def person(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def money(x: float) -> str:
    return f"{x:,.2f}"


# --- Word documents (python-docx) -----------------------------------------------------------------------------

def _font(run, size: float, face: str = "宋体", bold: bool = False, latin: str = "Times New Roman") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)


def new_doc(author: str, title: str, landscape: bool = False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0 if not landscape else 1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.5 if not landscape else 1.8), Cm(2.0)
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.title = title
    props.created = props.modified = datetime(2025, 6, 1, 9, 0, 0)
    props.revision = 1
    return doc


def para(doc, text: str, size: float = 15, face: str = "仿宋", align=None, bold: bool = False,
         indent: bool = False, before: float = 0, after: float = 0, page_break: bool = False, spacing: float = 1.3):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = spacing
    fmt.page_break_before = page_break
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), size, face, bold)
    return p


def landscape_section(doc, landscape: bool = True) -> None:
    sec = doc.add_section()
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(1.8)


def _borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblpr.append(borders)


def table(doc, rows: Sequence[Sequence[str]], widths: Sequence[float], head: int = 1, size: float = 9,
          merges: Sequence[tuple[int, int, int, int]] = (), align: Sequence[str] | None = None,
          head_face: str = "黑体") -> None:
    """A ruled table; `head` rows repeat on each page; merges (r0, c0, r1, c1) joined after filling (the first
    cell's text kept); align per column: l, c or r."""
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borders(t)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    for col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(w * 567)))
    amap = {"l": L, "c": C, "r": R}
    for r, values in enumerate(rows):
        tr = t.rows[r]
        if r < head:
            trpr = tr._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
        for c, cell in enumerate(tr.cells):
            cell.width = Cm(widths[c])
            value = values[c] if c < len(values) else ""
            p = cell.paragraphs[0]
            p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            p.alignment = C if r < head or align is None else amap[align[c]]
            if value:
                _font(p.add_run(value), size, head_face if r < head else "宋体")
    for r0, c0, r1, c1 in merges:
        merged = t.cell(r0, c0).merge(t.cell(r1, c1))  # the first cell's text kept, the others are empty
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)


def save_docx(doc, path: Path) -> Path:
    doc.save(str(path))
    pin_zip(path)
    return path


def pin_zip(path: Path) -> None:
    """Rewrite a zip (docx, xlsx) with its members in order and every date pinned."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            if info.filename == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the time of saving
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-06-01T09:00:00Z", data)
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            z.writestr(new, data)


# --- web pages ----------------------------------------------------------------------------------------------

CMS_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 14px; color: #333; }
.top { background: #b81c22; color: #fff; padding: 18px 40px; font-size: 26px; font-weight: bold; }
.top small { display: block; font-size: 12px; font-weight: normal; opacity: .8; }
.nav { background: #8f1217; padding: 0 40px; } .nav a { color: #fff; display: inline-block; padding: 9px 14px; text-decoration: none; }
.crumb { width: 960px; margin: 12px auto; font-size: 12px; color: #666; } .crumb a { color: #666; }
.wrap { width: 960px; margin: 0 auto; background: #fff; border: 1px solid #ddd; padding: 20px 40px 40px; }
h1.art { text-align: center; font-size: 22px; color: #222; line-height: 1.5; }
.meta { text-align: center; font-size: 12px; color: #888; border-bottom: 1px dashed #ccc; padding-bottom: 10px; }
.meta span { margin: 0 10px; }
.content { font-size: 16px; line-height: 2; font-family: "Noto Serif CJK SC", "SimSun", serif; }
.content p { text-indent: 2em; margin: 0; } .content p.r { text-align: right; } .content p.h { text-indent: 0; font-weight: bold; }
.content table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.5; margin: 8px 0; }
.content td, .content th { border: 1px solid #666; padding: 4px 6px; } .content th { background: #f2f2f2; }
.fj { margin-top: 20px; font-size: 14px; } .fj a { color: #1a4fa0; }
.share { margin-top: 24px; font-size: 12px; color: #999; text-align: right; }
.links { width: 960px; margin: 14px auto; font-size: 12px; } .links a { margin-right: 12px; color: #555; }
.foot { background: #eee; text-align: center; font-size: 12px; color: #777; padding: 14px; line-height: 1.8; }
"""


def cms(site: str, site_en: str, crumb: Sequence[str], h1: str, meta: Sequence[str], content: str,
        files: Sequence[str] = (), extra_css: str = "") -> str:
    e = html.escape
    nav = ("首页", "机构概况", "政务公开", "政策文件", "就业创业", "社会保障", "人才人事", "劳动关系", "办事服务", "互动交流")
    return "\n".join([
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">',
        f'<meta name="ArticleTitle" content="{e(h1)}"><meta name="SiteName" content="{e(site)}">',
        f"<title>{e(h1)}_{e(site)}</title><style>{CMS_CSS}{extra_css}</style></head><body>",
        f'<div class="top">{e(site)}<small>{e(site_en)}</small></div>',
        '<div class="nav">' + "".join(f'<a href="#">{e(x)}</a>' for x in nav) + "</div>",
        '<div class="crumb">您当前的位置：' + " &gt; ".join(f'<a href="#">{e(x)}</a>' for x in crumb) + "</div>",
        '<div class="wrap">', f'<h1 class="art">{e(h1)}</h1>',
        '<div class="meta">' + "".join(f"<span>{e(x)}</span>" for x in meta) + "</div>",
        f'<div class="content">{content}</div>',
        ('<div class="fj">附件：' + "".join(f'<br><a href="#">{e(x)}</a>' for x in files) + "</div>") if files else "",
        '<div class="share">【打印本页】【关闭窗口】　分享到：微信 微博</div></div>',
        '<div class="links">相关链接：<a href="#">中国政府网</a><a href="#">人力资源和社会保障部</a>'
        '<a href="#">省人力资源和社会保障厅</a><a href="#">市人民政府</a></div>',
        f'<div class="foot">主办单位：{e(site)}　网站标识码：1409000012　ICP备案号：晋ICP备05000123号<br>'
        "地址：市政务服务中心4楼　联系电话：0000-12345　（建议使用1366×768以上分辨率浏览本网站）</div>",
        "</body></html>\n"])


def html_table(rows: Sequence[Sequence[str]], head: int = 1, spans: dict | None = None,
               cls: str = "", widths: Sequence[float] | None = None) -> str:
    """spans: {(r, c): (rowspan, colspan)}; cells covered by a span are left out."""
    e = html.escape
    spans = spans or {}
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                if (i, j) != (r, c):
                    covered.add((i, j))
    out = [f'<table class="{cls}">' if cls else "<table>"]
    if widths:
        total = sum(widths)
        out.append("<colgroup>" + "".join(f'<col style="width:{w / total * 100:.1f}%">' for w in widths) + "</colgroup>")
    for r, row in enumerate(rows):
        if r == 0 and head:
            out.append("<thead>")
        if r == head and head:
            out.append("</thead><tbody>")
        tag = "th" if r < head else "td"
        cells = []
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            attr = ""
            if (r, c) in spans:
                rs, cs = spans[(r, c)]
                attr = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<{tag}{attr}>{e(v)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>" if head else "</table>")
    return "\n".join(out)


def ps(*lines: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{html.escape(x)}</p>" for x in lines)


# --- printing -----------------------------------------------------------------------------------------------

def run(cmd: Sequence[str], timeout: int = 600, env: dict | None = None) -> None:
    subprocess.run(list(cmd), check=True, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})})


def soffice_pdf(src: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(outdir), str(src)], timeout=600)
    out = outdir / f"{src.stem}.pdf"
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no pdf for {src}")
    return out


def chromium(src: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", f"--user-data-dir={profile}", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.resolve().as_uri()], env={"HOME": profile}, timeout=600)
    return out


def _pin_hex(text: bytes, seed: str) -> bytes:
    return re.sub(rb"<([0-9A-Fa-f]+)>", lambda m: b"<" + (seed * 4)[: len(m.group(1))].encode() + b">", text)


def pin_pdf(path: Path) -> None:
    """Pin dates, /ID and XMP uuids written in the clear, keeping every byte offset."""
    data = path.read_bytes()
    seed = hashlib.sha256(path.name.encode()).hexdigest()
    data = re.sub(rb"D:\d{14}", b"D:" + PINNED_DATE, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", PINNED_ISO, data)
    data = re.sub(rb"(?i)uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:" + f"{seed[:8]}-{seed[8:12]}-{seed[12:16]}-{seed[16:20]}-{seed[20:32]}".encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>", lambda m: _pin_hex(m.group(0), seed), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]+",
                  lambda m: b"/DocChecksum /" + (seed.upper() * 2)[: len(m.group(0)) - 14].encode(), data)
    path.write_bytes(data)


def pack(pdf: Path, out: Path) -> Path:
    """Pinned and rewritten by qpdf with a deterministic /ID."""
    pin_pdf(pdf)
    done = subprocess.run(["qpdf", "--deterministic-id", "--object-streams=generate", "--recompress-flate",
                           "--compression-level=9", str(pdf), str(out)], capture_output=True)
    if done.returncode not in (0, 3):
        raise RuntimeError(done.stderr.decode())
    return out


def docx_pdf(docx: Path, out: Path, tmp: Path) -> Path:
    return pack(soffice_pdf(docx, tmp / "lo"), out)


def html_pdf(page: str, out: Path, tmp: Path) -> Path:
    src = tmp / f"{out.stem}.html"
    src.write_text(page, encoding="utf-8")
    return pack(chromium(src, tmp / f"{out.stem}.chromium.pdf"), out)


def pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", done.stdout).group(1))


def write_truth(name: str, why: str) -> None:
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.truth.json").write_text(json.dumps({"catalog": False, "why": why}, ensure_ascii=False, indent=1)
                                            + "\n", encoding="utf-8")


def xlsx_props(wb, author: str, title: str) -> None:
    wb.properties.creator = wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = wb.properties.modified = datetime(2025, 6, 1, 9, 0, 0)


Made = tuple[str, str]  # file name, one line for README.txt
DOCS: dict[str, Callable[[Path], list[Made]]] = {}


def doc(fn: Callable[[Path], list[Made]]) -> Callable[[Path], list[Made]]:
    DOCS[fn.__name__] = fn
    return fn


# --- 1. 朔州: 部门预算公开 (python-docx -> LibreOffice Writer PDF, 20-40 pages of ruled financial tables) ------

UNITS_SZ = ["朔州市人力资源和社会保障局（本级）", "朔州市就业服务中心", "朔州市社会保险中心", "朔州市人事考试中心",
            "朔州市劳动保障监察支队", "朔州市劳动人事争议仲裁院", "朔州市技工学校", "朔州市人才交流服务中心",
            "朔州市职业技能鉴定指导中心", "朔州市人力资源和社会保障信息中心", "朔州市机关事业单位养老保险中心",
            "朔州市高级技工学校"]
FUNC = [  # 类, 款, 项, 科目名称
    ("201", "", "", "一般公共服务支出"), ("201", "01", "", "人大事务"), ("201", "03", "", "政府办公厅（室）及相关机构事务"),
    ("201", "03", "01", "行政运行"), ("201", "32", "", "组织事务"), ("201", "32", "99", "其他组织事务支出"),
    ("205", "", "", "教育支出"), ("205", "03", "", "职业教育"), ("205", "03", "03", "技校教育"),
    ("205", "08", "", "进修及培训"), ("205", "08", "03", "培训支出"),
    ("208", "", "", "社会保障和就业支出"), ("208", "01", "", "人力资源和社会保障管理事务"),
    ("208", "01", "01", "行政运行"), ("208", "01", "02", "一般行政管理事务"), ("208", "01", "04", "综合业务管理"),
    ("208", "01", "05", "劳动保障监察"), ("208", "01", "06", "就业管理事务"), ("208", "01", "07", "社会保险业务管理事务"),
    ("208", "01", "09", "社会保险经办机构"), ("208", "01", "10", "劳动关系和维权"), ("208", "01", "11", "公共就业服务和职业技能鉴定机构"),
    ("208", "01", "12", "劳动人事争议调解仲裁"), ("208", "01", "13", "政府特殊津贴"), ("208", "01", "14", "资助留学回国人员"),
    ("208", "01", "16", "博士后日常经费"), ("208", "01", "50", "事业运行"), ("208", "01", "99", "其他人力资源和社会保障管理事务支出"),
    ("208", "05", "", "行政事业单位养老支出"), ("208", "05", "01", "行政单位离退休"), ("208", "05", "02", "事业单位离退休"),
    ("208", "05", "05", "机关事业单位基本养老保险缴费支出"), ("208", "05", "06", "机关事业单位职业年金缴费支出"),
    ("208", "07", "", "就业补助"), ("208", "07", "04", "社会保险补贴"), ("208", "07", "05", "公益性岗位补贴"),
    ("208", "07", "11", "就业见习补贴"), ("208", "07", "12", "高技能人才培养补助"), ("208", "07", "99", "其他就业补助支出"),
    ("208", "99", "", "其他社会保障和就业支出"), ("208", "99", "01", "其他社会保障和就业支出"),
    ("210", "", "", "卫生健康支出"), ("210", "11", "", "行政事业单位医疗"), ("210", "11", "01", "行政单位医疗"),
    ("210", "11", "02", "事业单位医疗"), ("210", "11", "03", "公务员医疗补助"),
    ("221", "", "", "住房保障支出"), ("221", "02", "", "住房改革支出"), ("221", "02", "01", "住房公积金"),
]
ECON = [("301", "", "工资福利支出"), ("301", "01", "基本工资"), ("301", "02", "津贴补贴"), ("301", "03", "奖金"),
        ("301", "07", "绩效工资"), ("301", "08", "机关事业单位基本养老保险缴费"), ("301", "09", "职业年金缴费"),
        ("301", "10", "职工基本医疗保险缴费"), ("301", "11", "公务员医疗补助缴费"), ("301", "12", "其他社会保障缴费"),
        ("301", "13", "住房公积金"), ("301", "99", "其他工资福利支出"), ("302", "", "商品和服务支出"),
        ("302", "01", "办公费"), ("302", "02", "印刷费"), ("302", "05", "水费"), ("302", "06", "电费"),
        ("302", "07", "邮电费"), ("302", "08", "取暖费"), ("302", "09", "物业管理费"), ("302", "11", "差旅费"),
        ("302", "13", "维修（护）费"), ("302", "15", "会议费"), ("302", "16", "培训费"), ("302", "17", "公务接待费"),
        ("302", "28", "工会经费"), ("302", "29", "福利费"), ("302", "31", "公务用车运行维护费"),
        ("302", "39", "其他交通费用"), ("302", "99", "其他商品和服务支出"), ("303", "", "对个人和家庭的补助"),
        ("303", "01", "离休费"), ("303", "02", "退休费"), ("303", "05", "生活补助"), ("303", "07", "医疗费补助"),
        ("303", "09", "奖励金"), ("303", "99", "其他对个人和家庭的补助")]
PROJECTS = ["就业创业服务补助", "高技能人才培训基地建设", "职业技能提升行动", "劳动保障监察执法", "人事考试组织实施",
            "劳动人事争议仲裁办案经费", "社会保险经办业务", "人社信息化建设运维", "博士后科研工作站建设",
            "专业技术人员继续教育", "职称评审工作经费", "技工院校免学费补助", "公益性岗位补贴", "农民工工资支付保障",
            "人才引进工作经费", "创业担保贷款贴息", "就业见习补贴", "社会保障卡应用推广"]


@doc
def shuozhou(tmp: Path) -> list[Made]:
    rng = random.Random(33001)
    office = "朔州市人力资源和社会保障局"
    title = "朔州市人力资源和社会保障局2025年部门预算公开"
    d = new_doc(office, title)
    para(d, title, 22, "方正小标宋简体", C, True, before=120, after=40)
    para(d, "二〇二五年二月", 16, "楷体", C, after=60)
    para(d, "目　录", 18, "黑体", C, page_break=True, after=12)
    toc = ["第一部分　朔州市人力资源和社会保障局概况", "　一、主要职责", "　二、机构设置",
           "第二部分　朔州市人力资源和社会保障局2025年部门预算表",
           "　表1　部门收支总表", "　表2　部门收入总表", "　表3　部门支出总表", "　表4　财政拨款收支总表",
           "　表5　一般公共预算支出表", "　表6　一般公共预算基本支出表", "　表7　一般公共预算“三公”经费支出表",
           "　表8　政府性基金预算支出表", "　表9　国有资本经营预算支出表", "　表10　项目支出表", "　表11　项目支出绩效目标表",
           "第三部分　朔州市人力资源和社会保障局2025年部门预算情况说明", "第四部分　名词解释"]
    for t in toc:
        para(d, t, 14, "仿宋", spacing=1.5)
    para(d, "第一部分　朔州市人力资源和社会保障局概况", 16, "黑体", C, page_break=True, after=10)
    para(d, "一、主要职责", 15, "黑体", indent=True)
    duties = ["贯彻落实党中央、国务院和省委、省政府关于人力资源和社会保障工作的方针政策和决策部署，在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。",
              "拟订全市人力资源和社会保障事业发展规划、政策，起草相关规范性文件草案并组织实施和监督检查。",
              "拟订全市人力资源市场发展规划和人力资源服务业发展、人力资源流动政策，促进人力资源合理流动、有效配置。",
              "负责促进就业工作，拟订统筹城乡的就业发展规划和政策，完善公共就业创业服务体系，统筹建立面向城乡劳动者的职业技能培训制度。",
              "统筹推进建立覆盖城乡的多层次社会保障体系，组织拟订全市养老、失业、工伤等社会保险及其补充保险政策和标准并组织实施。",
              "负责全市专业技术人员管理和继续教育工作，牵头推进深化职称制度改革工作，拟订吸引国（境）外专家、留学人员来朔工作或定居政策。",
              "会同有关部门拟订全市事业单位人事制度改革政策，拟订事业单位人员和机关工勤人员管理政策。",
              "统筹拟订劳动人事争议调解仲裁制度和劳动关系政策，完善劳动关系协商协调机制，组织实施劳动保障监察，依法查处重大案件。",
              "完成市委、市政府交办的其他任务。"]
    for i, x in enumerate(duties, 1):
        para(d, f"（{'一二三四五六七八九'[i - 1]}）{x}", 15, "仿宋", indent=True)
    para(d, "二、机构设置", 15, "黑体", indent=True)
    para(d, f"朔州市人力资源和社会保障局部门预算由局本级预算和所属{len(UNITS_SZ) - 1}个事业单位预算组成。纳入2025年部门预算编制范围的单位包括：", 15, indent=True)
    table(d, [["序号", "单位名称", "单位性质", "编制人数", "实有人数"]]
          + [[str(i), u, "行政单位" if i == 1 else rng.choice(["公益一类事业单位", "公益二类事业单位"]),
              str(rng.randint(12, 90)), str(rng.randint(10, 85))] for i, u in enumerate(UNITS_SZ, 1)],
          (1.4, 7.4, 3.6, 2.2, 2.2), size=10.5, align="clcrr")

    landscape_section(d)
    para(d, "第二部分　朔州市人力资源和社会保障局2025年部门预算表", 16, "黑体", C, after=8)
    # 表1 收支总表
    income = [("一、一般公共预算拨款收入", rng.uniform(2.1e8, 2.6e8)), ("二、政府性基金预算拨款收入", rng.uniform(1e6, 5e6)),
              ("三、国有资本经营预算拨款收入", 0.0), ("四、财政专户管理资金收入", rng.uniform(2e6, 8e6)),
              ("五、事业收入", rng.uniform(3e6, 9e6)), ("六、上级补助收入", 0.0), ("七、附属单位上缴收入", 0.0),
              ("八、其他收入", rng.uniform(1e5, 9e5))]
    total = sum(v for _, v in income)
    out_items = [("一、一般公共服务支出", 0.012), ("二、教育支出", 0.09), ("三、社会保障和就业支出", 0.82),
                 ("四、卫生健康支出", 0.028), ("五、住房保障支出", 0.05)]
    scale = total / sum(p for _, p in out_items)
    rows = [["收　　入", "", "支　　出", ""], ["项　　目", "本年预算", "项　　目", "本年预算"]]
    for i in range(max(len(income), len(out_items))):
        a = income[i] if i < len(income) else ("", None)
        b = out_items[i] if i < len(out_items) else ("", None)
        rows.append([a[0], money(a[1]) if a[1] is not None else "", b[0], money(b[1] * scale) if b[1] else ""])
    rows += [["本年收入合计", money(total), "本年支出合计", money(total)], ["上年结转", "0.00", "结转下年", "0.00"],
             ["收入总计", money(total), "支出总计", money(total)]]
    para(d, "表1", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年部门收支总表", 16, "黑体", C, after=2)
    para(d, "单位名称：朔州市人力资源和社会保障局　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元", 10, "宋体")
    table(d, rows, (7.5, 5.0, 8.5, 5.0), head=2, size=10, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], align="lrlr")
    # 表2/3 收入总表, 支出总表 by unit
    def by_unit(cols: int) -> list[list[float]]:
        out = []
        for u in UNITS_SZ:
            vals = [rng.uniform(2e5, 4e7) if rng.random() < 0.8 else 0.0 for _ in range(cols)]
            out.append(vals)
        return out
    for no, name, cols in (("表2", "部门收入总表", ["一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
                                              "财政专户管理资金收入", "事业收入", "上级补助收入", "附属单位上缴收入", "其他收入"]),
                           ("表3", "部门支出总表", ["基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出", "事业单位经营支出"])):
        vals = by_unit(len(cols))
        head = [["单位编码", "单位名称", "合计", *cols]]
        body = [[f"1230{i:02d}", u, money(sum(v)), *[money(x) for x in v]] for i, (u, v) in enumerate(zip(UNITS_SZ, vals), 1)]
        tot = [sum(v[j] for v in vals) for j in range(len(cols))]
        body.insert(0, ["", "合　　计", money(sum(tot)), *[money(x) for x in tot]])
        para(d, no, 10.5, "黑体", page_break=True)
        para(d, f"朔州市人力资源和社会保障局2025年{name}", 16, "黑体", C, after=2)
        para(d, "单位：元", 10, "宋体", R)
        w = 24.5 / (len(cols) + 2.6)
        table(d, head + body, (1.6, 4.6, *[w] * (len(cols) + 1)), size=8.5, align="llr" + "r" * len(cols))
    # 表4 财政拨款收支总表
    para(d, "表4", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年财政拨款收支总表", 16, "黑体", C, after=2)
    para(d, "单位：元", 10, "宋体", R)
    rows = [["收　　入", "", "支　　出", "", "", "", ""],
            ["项　　目", "本年预算", "项　　目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]]
    for i, (nm, p) in enumerate(out_items):
        gen, fund = p * scale * 0.97, p * scale * 0.03 if i == 2 else 0.0
        rows.append([income[i][0] if i < 3 else "", money(income[i][1]) if i < 3 else "", nm, money(gen + fund),
                     money(gen), money(fund), "0.00"])
    rows.append(["收入总计", money(income[0][1] + income[1][1]), "支出总计", money(income[0][1] + income[1][1]),
                 money(income[0][1]), money(income[1][1]), "0.00"])
    table(d, rows, (6.0, 3.4, 5.6, 3.4, 3.4, 3.4, 3.4), head=2, size=9.5,
          merges=[(0, 0, 0, 1), (0, 2, 0, 6)], align="lrlrrrr")
    # 表5 一般公共预算支出表 (功能分类科目编码: 类 | 款 | 项 merged header) per unit
    para(d, "表5", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年一般公共预算支出表", 16, "黑体", C, after=2)
    para(d, "（按功能分类科目）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元", 10, "宋体")
    rows = [["功能分类科目编码", "", "", "科目名称", "单位名称", "合计", "基本支出", "", "项目支出"],
            ["类", "款", "项", "", "", "", "人员经费", "公用经费", ""]]
    for u in UNITS_SZ:
        picks = [f for f in FUNC if rng.random() < 0.55 or f[2] == ""]
        for lei, kuan, xiang, nm in picks:
            a, b, c = rng.uniform(1e4, 6e6), rng.uniform(5e3, 8e5), rng.uniform(0, 3e6) if rng.random() < 0.6 else 0.0
            rows.append([lei, kuan, xiang, nm, u, money(a + b + c), money(a), money(b), money(c)])
    table(d, rows, (1.1, 1.0, 1.0, 6.4, 5.8, 2.9, 2.7, 2.5, 2.6), head=2, size=8,
          merges=[(0, 0, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7), (0, 8, 1, 8)],
          align="ccclLrrrr".lower())
    # 表6 基本支出 (经济分类)
    para(d, "表6", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年一般公共预算基本支出表", 16, "黑体", C, after=2)
    para(d, "（按经济分类科目）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：元", 10, "宋体")
    rows = [["部门预算支出经济分类科目", "", "", "本年一般公共预算基本支出", "", ""],
            ["科目编码", "", "科目名称", "合计", "人员经费", "公用经费"], ["类", "款", "", "", "", ""]]
    for lei, kuan, nm in ECON:
        a = rng.uniform(1e5, 2e7) if lei != "302" else 0.0
        b = rng.uniform(1e4, 9e5) if lei == "302" else 0.0
        rows.append([lei, kuan, nm, money(a + b), money(a), money(b)])
    table(d, rows, (1.6, 1.6, 9.0, 4.4, 4.4, 4.4), head=3, size=9.5,
          merges=[(0, 0, 0, 2), (0, 3, 0, 5), (1, 0, 1, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5)],
          align="cclrrr")
    # 表7 三公经费
    para(d, "表7", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年一般公共预算“三公”经费支出表", 16, "黑体", C, after=2)
    para(d, "单位：元", 10, "宋体", R)
    rows = [["单位编码", "单位名称", "合计", "因公出国（境）费用", "公务用车购置及运行费", "", "", "公务接待费"],
            ["", "", "", "", "小计", "公务用车购置费", "公务用车运行费", ""]]
    tot = [0.0] * 5
    for i, u in enumerate(UNITS_SZ, 1):
        v = [0.0, 0.0, rng.choice([0.0, rng.uniform(8e3, 6e4)]), rng.choice([0.0, rng.uniform(2e3, 2e4)])]
        tot = [t + x for t, x in zip(tot, [sum(v), v[0], v[1] + v[2], v[1], v[2]])]
        rows.append([f"1230{i:02d}", u, money(sum(v)), money(v[0]), money(v[1] + v[2]), money(v[1]), money(v[2]), money(v[3])])
    rows.insert(2, ["", "合　　计", money(tot[0]), money(tot[1]), money(tot[2]), money(tot[3]), money(tot[4]),
                    money(tot[0] - tot[1] - tot[2])])
    table(d, rows, (1.8, 6.4, 2.9, 3.0, 2.8, 2.8, 2.8, 2.8), head=2, size=9,
          merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)], align="llrrrrrr")
    # 表8, 表9 (short) and 表10 项目支出表
    for no, name, note in (("表8", "政府性基金预算支出表", ""), ("表9", "国有资本经营预算支出表", "注：本部门2025年无国有资本经营预算拨款安排的支出，故本表为空表。")):
        para(d, no, 10.5, "黑体", page_break=True)
        para(d, f"朔州市人力资源和社会保障局2025年{name}", 16, "黑体", C, after=2)
        para(d, "单位：元", 10, "宋体", R)
        rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]
        if not note:
            rows += [["229", "其他支出", money(income[1][1]), "0.00", money(income[1][1])],
                     ["22960", "彩票公益金安排的支出", money(income[1][1]), "0.00", money(income[1][1])],
                     ["2296002", "用于社会福利的彩票公益金支出", money(income[1][1]), "0.00", money(income[1][1])]]
        else:
            rows += [["", "", "", "", ""]]
        table(d, rows, (3.0, 9.0, 4.2, 4.2, 4.2), size=10, align="clrrr")
        if note:
            para(d, note, 10.5, "仿宋", before=4)
    para(d, "表10", 10.5, "黑体", page_break=True)
    para(d, "朔州市人力资源和社会保障局2025年项目支出表", 16, "黑体", C, after=2)
    para(d, "单位：元", 10, "宋体", R)
    rows = [["单位名称", "项目名称", "项目类别", "功能科目", "合计", "一般公共预算", "政府性基金", "财政专户", "其他资金"]]
    for u in UNITS_SZ:
        for p in rng.sample(PROJECTS, rng.randint(3, 7)):
            a = rng.uniform(5e4, 5e6)
            rows.append([u, p, rng.choice(["一次性项目", "经常性项目", "延续性项目"]), rng.choice(["2080106", "2080111", "2080704", "2050303", "2080199"]),
                         money(a), money(a), "0.00", "0.00", "0.00"])
    table(d, rows, (5.4, 5.2, 2.4, 2.0, 2.6, 2.6, 1.8, 1.8, 1.8), size=8.5, align="lllcrrrrr")
    # 表11 项目支出绩效目标表, one per project
    for p in PROJECTS[:10]:
        a = rng.uniform(1e5, 3e6)
        para(d, "表11", 10.5, "黑体", page_break=True)
        para(d, "朔州市2025年项目支出绩效目标表", 16, "黑体", C, after=2)
        rows = [["项目名称", p, "", "", ""], ["主管部门", office, "", "实施单位", rng.choice(UNITS_SZ)],
                ["项目资金（元）", "年度资金总额", money(a), "其中：财政拨款", money(a)],
                ["年度总体目标", f"通过实施{p}项目，进一步提升全市人力资源和社会保障公共服务能力，确保各项政策落实到位，服务对象满意度达到90%以上。", "", "", ""],
                ["一级指标", "二级指标", "三级指标", "指标值", "备注"]]
        inds = [("产出指标", "数量指标", "服务人次（人次）", f"≥{rng.randint(5, 90) * 100}"),
                ("产出指标", "数量指标", "开展培训或活动场次（场）", f"≥{rng.randint(6, 60)}"),
                ("产出指标", "质量指标", "资金发放准确率", "100%"), ("产出指标", "质量指标", "政策知晓率", "≥90%"),
                ("产出指标", "时效指标", "资金拨付及时率", "≥95%"), ("产出指标", "成本指标", "项目成本控制在预算内", "≤" + money(a)),
                ("效益指标", "社会效益指标", "城镇新增就业人数（人）", f"≥{rng.randint(10, 40) * 100}"),
                ("效益指标", "社会效益指标", "持证人员就业率", "≥80%"), ("效益指标", "可持续影响指标", "长效机制健全程度", "逐步完善"),
                ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%")]
        rows += [[*x, ""] for x in inds]
        merges = [(0, 1, 0, 4), (1, 1, 1, 2), (2, 0, 2, 0), (3, 1, 3, 4), (5, 0, 10, 0), (5, 1, 6, 1), (7, 1, 8, 1),
                  (11, 0, 13, 0), (11, 1, 12, 1)]
        table(d, rows, (3.4, 4.2, 9.0, 5.2, 3.0), head=0, size=10, merges=merges, align="lllcl")
    # 第三部分 说明, 第四部分 名词解释
    landscape_section(d, False)
    para(d, "第三部分　朔州市人力资源和社会保障局2025年部门预算情况说明", 16, "黑体", C, after=10)
    expl = [f"一、收支预算总体情况。按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2025年收入预算{money(total)}元，支出预算{money(total)}元。",
            "二、收入预算情况。一般公共预算拨款收入占收入总额的绝大部分，主要是财政安排的基本支出和就业补助、技工教育等项目支出；政府性基金预算拨款收入为彩票公益金安排的支出；事业收入主要为技工学校学费收入。",
            "三、支出预算情况。基本支出主要用于保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费；项目支出主要用于就业创业服务、职业技能提升、劳动保障监察执法、人事考试、职称评审及专业技术人员继续教育等。",
            "四、“三公”经费预算情况。2025年“三公”经费预算较上年减少，主要原因是严格落实过紧日子要求，压减公务接待和公务用车运行维护费用。因公出国（境）费用预算为0元。",
            "五、机关运行经费。2025年本部门行政单位机关运行经费预算较上年有所下降，主要是压减办公费、印刷费、差旅费等一般性支出。",
            "六、政府采购预算情况。2025年本部门政府采购预算主要用于信息化系统运维、职业技能培训服务和印刷服务采购，其中面向中小企业预留部分不低于40%。",
            "七、国有资产占用情况。截至2024年12月31日，本部门共有车辆11辆，其中执法执勤用车4辆、特种专业技术用车2辆、其他用车5辆；单位价值50万元以上通用设备3台（套）。",
            "八、绩效目标设置情况。2025年本部门实行绩效目标管理的项目18个，涉及一般公共预算拨款资金，全部编制了项目支出绩效目标表。"]
    for x in expl:
        para(d, x, 15, indent=True)
    para(d, "第四部分　名词解释", 16, "黑体", C, before=12, after=10)
    terms = ["财政拨款收入：指市级财政当年拨付的资金。", "事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
             "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
             "项目支出：指在基本支出之外为完成特定的行政工作任务或事业发展目标所发生的支出。",
             "“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
             "机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。"]
    for i, x in enumerate(terms, 1):
        para(d, f"{i}．{x}", 15, indent=True)
    src = save_docx(d, tmp / "shuozhou-budget.docx")
    out = docx_pdf(src, OUT / "shuozhou-budget.pdf", tmp)
    n = pages(out)
    write_truth(out.name, f"An ordinary 部门预算公开 of a city HR bureau (朔州市人力资源和社会保障局2025年部门预算, {n} pages): "
                "a cover, a 目录, the bureau's duties (it mentions 职称制度改革 and 专业技术人员), then eleven ruled financial tables "
                "printed landscape: 收支总表, 收入/支出总表 by unit, 财政拨款收支总表, 一般公共预算支出表 with a merged "
                "功能分类科目编码 header (类 | 款 | 项) and hundreds of rows, 基本支出表 by 经济分类, 三公经费表, empty 国有资本 "
                "table, 项目支出表 and ten 绩效目标表 with merged 一级/二级/三级指标 cells; numbers with thousands separators. "
                "Multi-column ruled tables with repeated headers and an HR bureau as author, but no qualification, body or "
                "对应职称: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, f"部门预算公开, PDF, LibreOffice Writer print of a python-docx DOCX (portrait text, landscape "
             f"tables), {n} pages: 11 ruled financial tables, merged 功能分类科目编码 类/款/项 headers, 绩效目标表; tempts "
             "with an HR bureau's many ruled multi-column tables and 职称/专业技术人员 words")]



# --- 2. 忻州: 统计公报 (HTML with matplotlib SVG charts drawn as paths -> Chromium PDF) --------------------------

def svg_chart(plt, kind: str, title: str, labels: Sequence[str], values: Sequence[float], rates: Sequence[float] | None,
              unit: str, color: str = "#2f6db5") -> str:
    """A bulletin chart (bars and a growth line on a second axis, or a pie) as SVG; glyphs are paths."""
    fig, ax = plt.subplots(figsize=(6.4, 3.3), dpi=72)
    if kind == "pie":
        ax.pie(values, labels=labels, autopct="%1.1f%%", startangle=90, counterclock=False,
               colors=["#2f6db5", "#e07b39", "#8fb339", "#c94c4c", "#7a5fb0"][: len(values)],
               wedgeprops={"linewidth": 0.8, "edgecolor": "white"}, textprops={"fontsize": 9})
        ax.axis("equal")
    else:
        bars = ax.bar(labels, values, color=color, width=0.55)
        for b, v in zip(bars, values):
            ax.text(b.get_x() + b.get_width() / 2, v, f"{v:,.1f}" if v < 1000 else f"{v:,.0f}", ha="center",
                    va="bottom", fontsize=8)
        ax.set_ylabel(unit, fontsize=9)
        ax.spines[["top"]].set_visible(False)
        ax.tick_params(labelsize=9)
        ax.set_ylim(0, max(values) * 1.25)
        if rates is not None:
            ax2 = ax.twinx()
            ax2.plot(labels, rates, color="#d9534f", marker="o", linewidth=1.6)
            for x, r in zip(labels, rates):
                ax2.annotate(f"{r:.1f}%", (x, r), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8,
                             color="#d9534f")
            ax2.set_ylabel("比上年增长（%）", fontsize=9)
            ax2.set_ylim(min(min(rates) - 3, 0), max(rates) + 4)
            ax2.tick_params(labelsize=9)
            ax.legend([bars, ax2.lines[0]], [unit.split("（")[0] or "总量", "增长速度"], fontsize=8, loc="upper left",
                      frameon=False)
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    return f'<div class="fig">{svg}</div>'


@doc
def xinzhou(tmp: Path) -> list[Made]:
    plt = mpl()
    years = ["2020年", "2021年", "2022年", "2023年", "2024年"]
    e = html.escape

    def series(start: float, growth: Sequence[float]) -> list[float]:
        v, out = start, []
        for g in growth:
            v *= 1 + g / 100
            out.append(round(v, 1))
        return out
    g_gdp = [3.1, 8.6, 5.2, 4.9, 4.6]
    charts = [
        ("bar", "图1　2020—2024年地区生产总值及其增长速度", years, series(1050, g_gdp), g_gdp, "亿元"),
        ("pie", "图2　2024年三次产业增加值占地区生产总值比重", ["第一产业", "第二产业", "第三产业"], [9.8, 46.7, 43.5], None, ""),
        ("bar", "图3　2020—2024年一般公共预算收入及其增长速度", years, series(98, [2.0, 12.4, 9.1, 3.3, 1.8]), [2.0, 12.4, 9.1, 3.3, 1.8], "亿元"),
        ("bar", "图4　2020—2024年社会消费品零售总额及其增长速度", years, series(520, [-3.9, 10.2, 2.1, 6.8, 4.1]), [-3.9, 10.2, 2.1, 6.8, 4.1], "亿元"),
        ("bar", "图5　2020—2024年城镇新增就业人数", years, [3.12, 3.35, 3.41, 3.52, 3.60], None, "万人"),
        ("bar", "图6　2020—2024年全体居民人均可支配收入及其增长速度", years, series(22000, [4.8, 8.3, 5.9, 6.2, 5.4]), [4.8, 8.3, 5.9, 6.2, 5.4], "元"),
    ]
    figs = [svg_chart(plt, *c) for c in charts]
    css = """@page { size: A4; margin: 2.2cm 2cm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 11.5pt; line-height: 1.75; color: #000; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; text-align: center; font-size: 18pt; line-height: 1.5; margin: 0 0 6pt; }
.sub { text-align: center; font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; margin: 0 0 14pt; }
h2 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 13pt; margin: 12pt 0 4pt; }
p { text-indent: 2em; margin: 0; text-align: justify; }
.fig { text-align: center; margin: 8pt 0; page-break-inside: avoid; } .fig svg { width: 15.5cm; height: auto; }
table { border-collapse: collapse; margin: 6pt auto; font-size: 10pt; line-height: 1.45; page-break-inside: avoid; }
caption { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; padding-bottom: 3pt; }
th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 3px 10px; font-weight: normal; }
td { padding: 2px 10px; } td.n { text-align: right; } tr:last-child td { border-bottom: 1.5px solid #000; }
.note { font-size: 9.5pt; text-indent: 0; line-height: 1.5; }"""
    gdp = series(1050, g_gdp)[-1]

    def tab(cap: str, head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
        out = [f"<table><caption>{e(cap)}</caption><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"]
        for r in rows:
            out.append("<tr>" + "".join(f'<td class="n">{e(v)}</td>' if i else f"<td>{e(v)}</td>" for i, v in enumerate(r))
                       + "</tr>")
        return "\n".join(out) + "</table>"
    secs = [
        ("一、综合", [f"初步核算，全年全市地区生产总值（GDP）{gdp:,.1f}亿元，按不变价格计算，比上年增长4.6%。其中，第一产业增加值{gdp * 0.098:,.1f}亿元，增长3.8%；第二产业增加值{gdp * 0.467:,.1f}亿元，增长5.1%；第三产业增加值{gdp * 0.435:,.1f}亿元，增长4.2%。三次产业结构为9.8∶46.7∶43.5。按常住人口计算，全年人均地区生产总值{gdp * 1e8 / 2660000:,.0f}元，比上年增长5.0%。",
                      "全年居民消费价格（CPI）比上年上涨0.3%，其中食品烟酒类价格下降1.2%。工业生产者出厂价格下降6.4%，工业生产者购进价格下降3.1%。"], [0, 1]),
        ("二、农业", ["全年粮食播种面积478.6万亩，比上年增加2.1万亩；粮食总产量23.85亿斤，比上年增长1.7%。其中，玉米产量17.42亿斤，谷子产量1.93亿斤，杂粮产量2.16亿斤。",
                    "年末全市牛存栏38.7万头，增长4.2%；羊存栏312.5万只，增长2.8%；生猪存栏96.3万头，下降3.5%。全年肉类总产量15.8万吨，禽蛋产量9.6万吨，牛奶产量13.2万吨。"], []),
        ("三、工业和建筑业", ["全年规模以上工业增加值比上年增长5.3%。分经济类型看，国有控股企业增长3.9%，民营企业增长6.8%。分门类看，采矿业增长4.7%，制造业增长8.2%，电力、热力、燃气及水生产和供应业增长3.1%。",
                        "全年规模以上工业企业实现营业收入1,386.4亿元，比上年下降2.3%；利润总额142.7亿元，下降12.6%。全年全社会建筑业增加值98.7亿元，增长3.6%。"], []),
        ("四、固定资产投资", ["全年固定资产投资（不含农户）比上年增长3.2%。分产业看，第一产业投资增长18.4%，第二产业投资增长7.6%，第三产业投资下降1.9%。全年房地产开发投资56.3亿元，下降11.8%；商品房销售面积98.4万平方米，下降14.2%。"], []),
        ("五、国内贸易", [f"全年社会消费品零售总额{series(520, [-3.9, 10.2, 2.1, 6.8, 4.1])[-1]:,.1f}亿元，比上年增长4.1%。按经营单位所在地分，城镇消费品零售额增长3.9%，乡村消费品零售额增长4.8%。"], [3]),
        ("六、财政和金融", ["全年一般公共预算收入比上年增长1.8%，其中税收收入增长0.6%。一般公共预算支出462.8亿元，增长3.4%；其中民生支出占比达到80.2%。年末金融机构本外币各项存款余额2,986.3亿元，比年初增长8.7%；各项贷款余额1,427.6亿元，增长9.3%。"], [2]),
        ("七、人口、就业和社会保障", ["年末全市常住人口266.0万人，比上年末减少1.8万人。其中，城镇常住人口154.1万人，常住人口城镇化率57.93%，比上年末提高0.86个百分点。全年出生人口1.62万人，出生率6.08‰；死亡人口2.21万人，死亡率8.29‰。",
                             "全年城镇新增就业3.60万人，城镇失业人员再就业1.12万人，就业困难人员实现就业0.41万人。年末城镇登记失业率2.9%。全年开展补贴性职业技能培训5.8万人次，新增技能人才2.3万人，其中高技能人才0.7万人；新增取得中级以上专业技术职称人员2,864人。",
                             "年末全市参加城镇职工基本养老保险人数68.2万人，参加城乡居民基本养老保险人数142.6万人，参加失业保险人数31.4万人，参加工伤保险人数39.8万人。全年发放社会保障卡累计265.3万张，电子社保卡领用率达到71.4%。"], [4]),
        ("八、人民生活", ["全年全体居民人均可支配收入比上年增长5.4%。按常住地分，城镇居民人均可支配收入37,286元，增长4.3%；农村居民人均可支配收入14,925元，增长6.9%。城乡居民收入比为2.50。全体居民人均消费支出16,842元，增长6.1%。"], [5]),
    ]
    body = ["<h1>忻州市2024年国民经济和社会发展统计公报</h1><p class=\"sub\">忻州市统计局　国家统计局忻州调查队<br>2025年3月28日</p>",
            "<p>2024年，面对复杂多变的外部环境，全市上下坚持稳中求进工作总基调，全市经济运行总体平稳、稳中有进，高质量发展扎实推进，民生保障有力有效，社会大局和谐稳定。</p>"]
    for head, texts, fig_ids in secs:
        body.append(f"<h2>{e(head)}</h2>")
        for i, t in enumerate(texts):
            body.append(f"<p>{e(t)}</p>")
            if i == 0:
                body += [figs[j] for j in fig_ids]
        if head.startswith("三"):
            body.append(tab("表1　2024年规模以上工业主要产品产量", ["产品名称", "单位", "产量", "比上年增长（%）"],
                            [["原煤", "万吨", "7,842.6", "3.2"], ["洗煤", "万吨", "3,126.9", "5.4"], ["发电量", "亿千瓦时", "412.7", "6.1"],
                             ["其中：风力发电量", "亿千瓦时", "86.3", "18.9"], ["太阳能发电量", "亿千瓦时", "42.1", "27.5"],
                             ["铝合金", "万吨", "38.6", "12.4"], ["水泥", "万吨", "412.3", "-8.7"], ["铸铁件", "万吨", "21.8", "4.1"]]))
        if head.startswith("七"):
            body.append(tab("表2　2024年末人口数及其构成", ["指标", "年末数（万人）", "比重（%）"],
                            [["常住人口", "266.0", "100.0"], ["其中：城镇", "154.1", "57.9"], ["　　　乡村", "111.9", "42.1"],
                             ["其中：男性", "135.2", "50.8"], ["　　　女性", "130.8", "49.2"], ["其中：0—15岁", "40.1", "15.1"],
                             ["　　　16—59岁", "164.6", "61.9"], ["　　　60岁及以上", "61.3", "23.0"],
                             ["　　　其中：65岁及以上", "44.7", "16.8"]]))
            body.append(tab("表3　2024年专业技术人才和技能人才队伍情况", ["指标", "单位", "数量", "比上年增长（%）"],
                            [["专业技术人员总量", "万人", "12.86", "2.4"], ["其中：正高级职称", "人", "1,126", "6.8"],
                             ["　　　副高级职称", "人", "11,482", "4.7"], ["　　　中级职称", "人", "39,607", "3.1"],
                             ["技能人才总量", "万人", "38.4", "5.2"], ["其中：高技能人才", "万人", "10.9", "7.0"],
                             ["新增取得职业资格和职业技能等级证书", "人次", "52,318", "9.6"]]))
    body.append('<h2>注释</h2><p class="note">1．本公报中数据均为初步统计数，部分数据因四舍五入的原因，存在总计与分项合计不等的情况。<br>'
                "2．地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。<br>"
                "3．城镇新增就业、技能人才、专业技术人才数据来源于市人力资源和社会保障局；人口数据来源于人口变动情况抽样调查。</p>")
    page = f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>忻州市2024年国民经济和社会发展统计公报</title><style>{css}</style></head><body>' + "\n".join(body) + "</body></html>\n"
    out = html_pdf(page, OUT / "xinzhou-gongbao.pdf", tmp)
    n = pages(out)
    write_truth(out.name, f"An ordinary 统计公报 (忻州市2024年国民经济和社会发展统计公报, {n} pages, Chromium print): text "
                "sections, six matplotlib charts embedded as SVG whose every glyph and bar is a vector path (bars with a "
                "growth-rate line, a pie) and three small three-line tables (工业产品产量, 人口构成, 专业技术人才和技能人才 "
                "with 正高级职称 / 副高级职称 / 中级职称 rows). Charts drawn as thousands of small paths could be taken for "
                "rulings; no qualification, body or 对应职称: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, f"统计公报, PDF, Chromium print of HTML with six matplotlib SVG charts (text as glyph paths), {n} "
             "pages, three three-line tables; tempts with chart paths as rulings and a 职称 table (正高级/副高级/中级)")]



# --- 3. 吕梁: 事业单位公开招聘岗位表 (openpyxl workbook, and its LibreOffice Calc print) -------------------------

LL_UNITS = [("吕梁市卫生健康委员会", ["吕梁市人民医院", "吕梁市中医医院", "吕梁市疾病预防控制中心", "吕梁市妇幼保健院", "吕梁市第二人民医院"]),
            ("吕梁市教育局", ["吕梁市高级中学", "吕梁市职业技术学校", "吕梁市实验中学", "吕梁市特殊教育学校"]),
            ("吕梁市自然资源局", ["吕梁市不动产登记中心", "吕梁市自然资源规划勘测中心"]),
            ("吕梁市住房和城乡建设局", ["吕梁市建设工程质量安全服务中心", "吕梁市住房保障中心"]),
            ("吕梁市农业农村局", ["吕梁市农业技术推广中心", "吕梁市动物疫病预防控制中心"]),
            ("吕梁市人力资源和社会保障局", ["吕梁市就业服务中心", "吕梁市社会保险中心"]),
            ("吕梁市水利局", ["吕梁市水利发展中心"]), ("吕梁市交通运输局", ["吕梁市公路事业发展中心"])]
LL_POSTS = {
    "医": [("临床医师", "临床医学", "副主任医师及以上"), ("内科医师", "内科学", "主治医师及以上"), ("外科医师", "外科学", "主治医师及以上"),
          ("护理", "护理学", "护师及以上"), ("药剂", "药学", "药师及以上"), ("检验技师", "医学检验技术", "检验技师及以上"),
          ("影像医师", "医学影像学", "无"), ("麻醉医师", "麻醉学", "主治医师及以上")],
    "疾": [("公共卫生", "预防医学", "无"), ("检验检测", "卫生检验与检疫", "无")],
    "学": [("高中语文教师", "汉语言文学", "中学一级教师及以上"), ("高中数学教师", "数学与应用数学", "无"),
          ("高中英语教师", "英语", "无"), ("专业课教师（机电）", "机械电子工程", "讲师及以上或技师及以上"),
          ("专业课教师（护理）", "护理学", "无"), ("特殊教育教师", "特殊教育", "无")],
    "其": [("综合管理", "汉语言文学、新闻学、行政管理", "无"), ("财务会计", "会计学、财务管理、审计学", "助理会计师及以上"),
          ("工程技术", "土木工程、道路桥梁与渡河工程", "工程师及以上"), ("测绘", "测绘工程、地理信息科学", "无"),
          ("信息技术", "计算机科学与技术、软件工程", "无"), ("农业技术", "农学、植物保护", "农艺师及以上"),
          ("水利工程", "水利水电工程", "助理工程师及以上"), ("兽医", "动物医学", "无"), ("法律事务", "法学", "无")],
}


def lvliang_rows(rng: random.Random) -> list[list]:
    rows, n = [], 0
    for dept, units in LL_UNITS:
        for u in units:
            key = "医" if "医院" in u or "妇幼" in u else "疾" if "疾病" in u else "学" if "学" in u else "其"
            for name, major, title in rng.sample(LL_POSTS[key], min(len(LL_POSTS[key]), rng.randint(4, 9))):
                n += 1
                edu = rng.choice(["大学本科及以上", "研究生（硕士）及以上", "大学本科学士学位及以上"])
                note = rng.choice(["", "", "限2025年应届毕业生", "需取得相应执业资格证书", "服务期5年", "面向服务基层项目人员",
                                   "具有2年以上相关工作经历", "", "年龄放宽至40周岁"])
                if title.startswith(("副主任", "主治")):
                    note = "年龄放宽至45周岁" if title.startswith("副") else "需具有执业医师资格证书"
                rows.append([n, dept, u, "专业技术", name, f"2025{n:03d}", rng.choice([1, 1, 1, 2, 2, 3]), major, edu, title,
                             note])
    return rows


@doc
def lvliang(tmp: Path) -> list[Made]:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    rng = random.Random(33003)
    rows = lvliang_rows(rng)
    title = "吕梁市2025年事业单位公开招聘工作人员岗位表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位表"
    head = ["序号", "主管部门", "招聘单位", "岗位类别", "岗位名称", "岗位代码", "招聘人数", "专业", "学历", "职称要求", "备注"]
    widths = (5, 18, 22, 8, 16, 10, 7, 24, 16, 16, 20)
    ws.append(["附件1"])
    ws.append([title])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(head))
    ws.append(head)
    side = Side(style="thin", color="FF000000")
    border = Border(left=side, right=side, top=side, bottom=side)
    for r in rows:
        ws.append(r)
    total = sum(r[6] for r in rows)
    ws.append(["合计", "", "", "", "", "", total, "", "", "", ""])
    last = ws.max_row
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=6)
    ws["A1"].font = Font(name="黑体", size=12)
    ws["A2"].font = Font(name="方正小标宋简体", size=18)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 36
    for row in ws.iter_rows(min_row=3, max_row=last):
        for cell in row:
            cell.border = border
            cell.font = Font(name="宋体", size=10, bold=cell.row == 3)
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if cell.column in (1, 4, 6, 7) or cell.row == 3 else "left")
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    for r in range(3, last + 1):
        lines = max(-(-sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(ws.cell(r, c + 1).value or "")) // (w - 1))
                    for c, w in enumerate(widths))
        ws.row_dimensions[r].height = 14 * max(lines, 1) + 3
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:K{last - 1}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "3:3"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws2 = wb.create_sheet("说明")
    for line in ["1．学历要求中“及以上”均含本数；专业参照《山西省事业单位公开招聘专业指导目录（2025年版）》。",
                 "2．职称要求中“及以上”指具有该级别及以上专业技术职务任职资格，须在报名截止前取得。",
                 "3．年龄要求为18周岁以上、35周岁以下（1989年6月1日以后出生），岗位另有规定的从其规定。",
                 "4．咨询电话：0358-8222111（吕梁市人力资源和社会保障局事业单位人事管理科）。"]:
        ws2.append([line])
    ws2.column_dimensions["A"].width = 110
    xlsx_props(wb, "吕梁市人力资源和社会保障局", title)
    xlsx = OUT / "lvliang-zhaopin.xlsx"
    wb.save(str(xlsx))
    pin_zip(xlsx)
    src = tmp / "lvliang-zhaopin.xlsx"
    shutil.copyfile(xlsx, src)
    out = pack(soffice_pdf(src, tmp / "lo"), OUT / "lvliang-zhaopin-print.pdf")
    n = pages(out)
    why = (f"an ordinary 事业单位公开招聘岗位表 (吕梁市2025年, {len(rows)} posts): 序号 | 主管部门 | 招聘单位 | 岗位类别 | 岗位名称 | "
           "岗位代码 | 招聘人数 | 专业 | 学历 | 职称要求 | 备注, with 职称要求 cells such as 副主任医师及以上, 工程师及以上, "
           "中学一级教师及以上 and 备注 需取得相应执业资格证书; a 合计 row and a 说明 sheet. A long ruled table whose "
           "columns name 职称 and qualifications, but posts, not foreign qualifications: not a catalog; expected "
           "'no catalog', nothing published.")
    write_truth(xlsx.name, "A workbook (openpyxl, sheets 岗位表 and 说明, frozen header, auto filter): " + why)
    write_truth(out.name, f"The LibreOffice Calc print ({n} landscape pages, fit to width, header row repeated) of lvliang-zhaopin.xlsx, " + why)
    return [(xlsx.name, f"事业单位公开招聘岗位表, XLSX, openpyxl, {len(rows)} rows (+ 说明 sheet); tempts with "
             "a 职称要求 column (工程师及以上, 副主任医师及以上) and 执业资格 remarks"),
            (out.name, f"the same workbook printed by LibreOffice Calc, PDF, {n} landscape pages, header row "
             "repeated; same temptation")]



# --- 4. 铜川: 职称评审通过人员名单 (python-docx -> LibreOffice PDF, hundreds of people) ---------------------------

TC_UNITS = ["铜川市建设工程质量安全监督站", "陕西铜川煤业有限公司", "铜川市市政设施管理中心", "铜川声威建材有限责任公司",
            "铜川市水务集团有限公司", "国网铜川供电公司", "铜川市公路管理局", "铜川市交通建设工程质量监测站",
            "铜川市住房和城乡建设局", "铜川市耀州区水利局", "铜川市王益区城市管理局", "铜川市印台区自然资源局",
            "宜君县交通运输局", "铜川市新区建设开发有限公司", "铜川市环境监测站", "陕西铜川照金红色旅游开发有限公司",
            "铜川市城市规划设计研究院", "铜川市测绘院", "陕西陕煤铜川矿业有限公司下石节煤矿", "铜川市热力有限责任公司",
            "铜川市气象局", "铜川市农产品质量安全检验监测中心", "铜川市自来水公司", "中铁二十局集团第三工程有限公司"]
TC_MAJORS = ["建筑工程", "道路与桥梁", "给水排水", "暖通空调", "电气工程", "采矿工程", "矿井通风与安全", "机械设计制造",
             "工程测量", "城乡规划", "水利水电工程", "环境工程", "工程造价", "岩土工程", "电力系统及其自动化", "化学工程"]
TC_GRADES = [("正高级工程师", 0.06), ("高级工程师", 0.54), ("工程师", 0.40)]


@doc
def tongchuan(tmp: Path) -> list[Made]:
    rng = random.Random(33004)
    office = "铜川市人力资源和社会保障局"
    title = "关于公布2024年度铜川市工程系列专业技术职务任职资格评审通过人员名单的通知"
    d = new_doc(office, title)
    para(d, "铜人社发〔2025〕17号", 15, "仿宋", C, after=10)
    para(d, title, 20, "方正小标宋简体", C, after=12)
    para(d, "各区县人力资源和社会保障局，市直各部门，各有关企事业单位：", 15)
    for x in ["根据《陕西省工程系列专业技术职务任职资格申报评审条件》和省人力资源和社会保障厅有关规定，经铜川市工程系列中、高级专业技术职务任职资格评审委员会评审，并经公示无异议，现将2024年度评审通过人员名单予以公布。",
              f"经评审，共有{0}名同志通过工程系列专业技术职务任职资格评审，其中正高级工程师任职资格（报省评审委员会评审通过）{1}名，高级工程师任职资格{2}名，工程师任职资格{3}名。以上人员任职资格取得时间自2024年12月28日起计算。",
              "请各单位按照有关规定，做好评审通过人员的聘用工作，职称证书实行电子证书管理，通过人员可登录陕西省专业技术人员职称管理系统自行下载打印电子职称证书，电子证书与纸质证书具有同等效力。",
              "对通过弄虚作假等不正当手段取得职称的，一经查实，撤销其取得的职称，记入职称评审诚信档案库，纳入全国信用信息共享平台。"]:
        para(d, x, 15, indent=True)
    para(d, "附件：2024年度铜川市工程系列专业技术职务任职资格评审通过人员名单", 15, indent=True, before=10)
    para(d, office, 15, align=R, before=30)
    para(d, "2025年3月12日", 15, align=R)
    para(d, "（此件公开发布）", 15, indent=True, before=10)
    people = []
    for grade, share in TC_GRADES:
        for _ in range(int(960 * share)):
            people.append([person(rng), rng.choice(TC_UNITS), rng.choice(TC_MAJORS), grade])
    counts = [sum(1 for x in people if x[3] == g) for g, _ in TC_GRADES]
    body = d.paragraphs[4]
    body.runs[0].text = body.runs[0].text.format(len(people), *counts)
    para(d, "附件", 15, "黑体", page_break=True)
    para(d, "2024年度铜川市工程系列专业技术职务任职资格评审通过人员名单", 17, "方正小标宋简体", C, after=8)
    k = 0
    for grade, _ in TC_GRADES:
        group = [p for p in people if p[3] == grade]
        para(d, f"{'一二三'[k]}、{grade}任职资格（{len(group)}人）", 14, "黑体", before=8, after=4)
        k += 1
        table(d, [["序号", "姓名", "工作单位", "专业", "资格名称"]] + [[str(i), *p] for i, p in enumerate(group, 1)],
              (1.4, 2.2, 7.6, 3.4, 2.8), size=10.5, align="cclcc")
    src = save_docx(d, tmp / "tongchuan-pingshen.docx")
    out = docx_pdf(src, OUT / "tongchuan-pingshen.pdf", tmp)
    n = pages(out)
    write_truth(out.name, f"An ordinary 职称评审通过人员名单 (铜川市2024年度工程系列, {len(people)} invented people, {n} pages, "
                "LibreOffice print): a notice (文号, 公布…名单的通知, 附件) and three ruled tables 序号 | 姓名 | 工作单位 | 专业 | "
                "资格名称 whose last column is 正高级工程师 / 高级工程师 / 工程师, the very 对应职称 values of a catalog, under "
                "headings 一、正高级工程师任职资格. People, not foreign qualifications: not a catalog; expected 'no catalog', "
                "nothing published.")
    return [(out.name, f"职称评审通过人员名单 notice, PDF, LibreOffice Writer print of a python-docx DOCX, {n} pages, "
             f"{len(people)} people in three tables; tempts with a 资格名称 column of 高级工程师/工程师 and a 公布…通知 title")]


# --- 5. 商洛: 政府采购中标结果公告 (a CMS web page, small tables) --------------------------------------------------

@doc
def shangluo(tmp: Path) -> list[Made]:
    site = "商洛市人力资源和社会保障局"
    h1 = "商洛市人力资源和社会保障局2025年度职业技能等级认定考务服务采购项目中标（成交）结果公告"
    content = (
        ps("一、项目编号：SLCG-2025-0416（招标编号：SXZH2025-SL-031）",
           "二、项目名称：商洛市人力资源和社会保障局2025年度职业技能等级认定考务服务采购项目",
           "三、采购结果", cls="h")
        + html_table([["序号", "中标（成交）供应商名称", "中标（成交）供应商地址", "中标（成交）金额"],
                      ["1", "陕西秦岭人才测评服务有限公司", "陕西省商洛市商州区北新街126号", "最终报价：486,300.00（元）"]],
                     widths=(1, 5, 6, 3))
        + ps("四、主要标的信息", cls="h")
        + html_table([["名称", "服务范围", "服务要求", "服务时间", "服务标准"],
                      ["职业技能等级认定考务服务", "全市职业技能等级认定理论知识考试及操作技能考核的考务组织、监考、阅卷、成绩录入及证书核发辅助服务",
                       "详见招标文件", "合同签订之日起至2025年12月31日", "符合国家职业技能标准及省、市有关考务管理规定"]],
                     widths=(3, 6, 2, 3, 4))
        + ps("五、评审专家（单一来源采购人员）名单：", cls="h")
        + ps("张建平（组长）、李晓红、王志刚、赵丽娟、陈明亮（采购人代表）")
        + ps("六、代理服务收费标准及金额：", cls="h")
        + ps("代理服务收费标准：参照原国家计委《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）规定的收费标准向中标人收取。代理服务收费金额：7,295.00元。")
        + ps("七、公告期限", cls="h") + ps("自本公告发布之日起1个工作日。")
        + ps("八、其它补充事宜", cls="h")
        + ps("1．各有关当事人对中标（成交）结果有异议的，可以在中标（成交）公告期限届满之日起七个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期将不再受理。",
             "2．评审得分：陕西秦岭人才测评服务有限公司92.60分；商洛市华信职业培训学校有限公司85.35分；陕西博睿人力资源管理有限公司81.10分。")
        + ps("九、凡对本次公告内容提出询问，请按以下方式联系。", cls="h")
        + ps("1．采购人信息　名称：商洛市人力资源和社会保障局　地址：商洛市商州区通江西路18号　联系方式：0914-2318000",
             "2．采购代理机构信息　名称：陕西中和招标代理有限公司　地址：商洛市商州区工农路中段　联系方式：0914-2096888",
             "3．项目联系方式　项目联系人：刘工　电话：0914-2096888")
        + ps("商洛市人力资源和社会保障局", "陕西中和招标代理有限公司", "2025年5月20日", cls="r"))
    page = cms(site, "Shangluo Human Resources and Social Security Bureau", ("首页", "政务公开", "政府采购"), h1,
               ("发布时间：2025-05-20 16:42", "来源：规划财务科", "浏览次数：326", "字号：大 中 小"), content,
               files=("中标通知书（公示稿）.pdf", "采购合同（公示稿）.pdf"))
    out = OUT / "shangluo-caigou.html"
    out.write_text(page, encoding="utf-8")
    write_truth(out.name, "An ordinary 政府采购中标（成交）结果公告 on an HR bureau's CMS page (商洛, 2025): numbered sections, a "
                "one-row 中标供应商 table (名称 | 地址 | 金额), a 主要标的信息 table for 职业技能等级认定考务服务, expert names and "
                "contacts; site chrome (nav, crumb, footer). Small tables on a bureau page whose words include 职业技能等级 "
                "and 认定: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, "政府采购中标结果公告, HTML (CMS page, hand-written here), two small tables; tempts with 职业技能等级认定 "
             "words and a bureau page's layout")]


# --- 6. 陇南: 政府信息公开工作年度报告 (DOCX, the standard tables with merged cells) ------------------------------

@doc
def longnan(tmp: Path) -> list[Made]:
    office = "陇南市人力资源和社会保障局"
    title = "陇南市人力资源和社会保障局2024年政府信息公开工作年度报告"
    d = new_doc(office, title)
    para(d, title, 20, "方正小标宋简体", C, after=14)
    para(d, "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。", 15, indent=True)
    para(d, "一、总体情况", 15, "黑体", indent=True)
    for x in ["2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院和省委、省政府关于全面推进政务公开工作的决策部署，围绕就业创业、社会保障、人才人事、劳动关系等重点领域，持续加大信息公开力度。",
              "（一）主动公开。全年通过门户网站主动公开政府信息412条，其中政策文件23件、工作动态186条、通知公告97条、人事考试及招聘信息64条、职称评审公示和结果公布17条。",
              "（二）依申请公开。全年共收到政府信息公开申请18件，均在法定期限内答复，未发生因依申请公开引发的行政复议和行政诉讼。",
              "（三）政府信息管理。严格落实公开属性源头认定机制，对拟公开信息实行“三审三校”，全年未发生泄密和侵犯个人隐私事件。",
              "（四）平台建设。优化门户网站“政府信息公开”专栏，完善“政策文件”“法定主动公开内容”等栏目，新增“政策解读”子栏目。",
              "（五）监督保障。将政务公开工作纳入年度目标责任考核，组织开展政务公开业务培训2次。"]:
        para(d, x, 15, indent=True)
    para(d, "二、主动公开政府信息情况", 15, "黑体", indent=True)
    rows = [["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "17"],
            ["第二十条第（五）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""],
            ["行政许可", "126", "", ""],
            ["第二十条第（六）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""],
            ["行政处罚", "14", "", ""], ["行政强制", "0", "", ""],
            ["第二十条第（八）项", "", "", ""], ["信息内容", "本年收费金额（单位：万元）", "", ""],
            ["行政事业性收费", "0", "", ""]]
    table(d, rows, (4.6, 4.0, 4.0, 4.0), head=0, size=10.5,
          merges=[(0, 0, 0, 3), (4, 0, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3), (7, 0, 7, 3), (8, 1, 8, 3), (9, 1, 9, 3),
                  (10, 1, 10, 3), (11, 0, 11, 3), (12, 1, 12, 3), (13, 1, 13, 3)], align="cccc")
    para(d, "三、收到和处理政府信息公开申请情况", 15, "黑体", indent=True, before=6)
    labels = [("一、本年新收政府信息公开申请数量", "", ""), ("二、上年结转政府信息公开申请数量", "", ""),
              ("三、本年度办理结果", "（一）予以公开", ""), ("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
              ("", "（三）不予公开", "1．属于国家秘密"), ("", "", "2．其他法律行政法规禁止公开"), ("", "", "3．危及“三安全一稳定”"),
              ("", "", "4．保护第三方合法权益"), ("", "", "5．属于三类内部事务信息"), ("", "", "6．属于四类过程性信息"),
              ("", "", "7．属于行政执法案卷"), ("", "", "8．属于行政查询事项"),
              ("", "（四）无法提供", "1．本机关不掌握相关政府信息"), ("", "", "2．没有现成信息需要另行制作"), ("", "", "3．补正后申请内容仍不明确"),
              ("", "（五）不予处理", "1．信访举报投诉类申请"), ("", "", "2．重复申请"), ("", "", "3．要求提供公开出版物"),
              ("", "", "4．无正当理由大量反复申请"), ("", "", "5．要求行政机关确认或重新出具已获取信息"),
              ("", "（六）其他处理", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("", "", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ("", "", "3．其他"),
              ("", "（七）总计", ""), ("四、结转下年度继续办理", "", "")]
    rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""],
            ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    vals = {0: [15, 2, 0, 0, 1, 0], 2: [9, 1, 0, 0, 0, 0], 3: [2, 0, 0, 0, 0, 0], 12: [3, 1, 0, 0, 1, 0], 16: [1, 0, 0, 0, 0, 0],
            23: [15, 2, 0, 0, 1, 0]}
    for i, lab in enumerate(labels):
        v = vals.get(i, [0] * 6)
        rows.append([*lab, *[str(x) for x in v[:6]], str(sum(v))][:10])
    merges = [(0, 0, 2, 2), (0, 3, 0, 9), (1, 3, 2, 3), (1, 4, 1, 8), (1, 9, 2, 9), (3, 0, 3, 2), (4, 0, 4, 2),
              (5, 0, 25, 0), (5, 1, 5, 2), (6, 1, 6, 2), (7, 1, 14, 1), (15, 1, 17, 1), (18, 1, 22, 1), (23, 1, 25, 1),
              (26, 1, 26, 2), (27, 0, 27, 2)]
    table(d, rows, (1.6, 2.2, 4.6, 1.2, 1.2, 1.2, 1.2, 1.2, 1.0, 1.0), head=3, size=8.5, merges=merges,
          align="lllccccccc")
    para(d, "四、政府信息公开行政复议、行政诉讼情况", 15, "黑体", indent=True, before=6)
    head = ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""]
    sub = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]
    sub2 = ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    table(d, [head, sub, sub2, ["0"] * 15], [1.13] * 15, head=0, size=8.5,
          merges=[(0, 0, 0, 4), (0, 5, 0, 14), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4),
                  (1, 5, 1, 9), (1, 10, 1, 14)], align="c" * 15)
    para(d, "五、存在的主要问题及改进情况", 15, "黑体", indent=True, before=6)
    for x in ["2024年，我局政府信息公开工作取得了一定成效，但仍存在政策解读形式较为单一、基层政务公开标准化规范化水平有待提升等问题。",
              "2025年，我们将进一步丰富政策解读形式，更多运用图表图解、短视频等方式解读就业创业、社会保险、职称评审等群众关注的政策；加强对县区人社部门政务公开工作的指导；持续做好上年度年报发现问题的整改。"]:
        para(d, x, 15, indent=True)
    para(d, "六、其他需要报告的事项", 15, "黑体", indent=True)
    para(d, "本年度未收取信息处理费。本年度办理人大代表建议12件、政协委员提案19件，办结率100%。", 15, indent=True)
    para(d, office, 15, align=R, before=20)
    para(d, "2025年1月20日", 15, align=R)
    out = save_docx(d, OUT / "longnan-nianbao.docx")
    write_truth(out.name, "An ordinary 政府信息公开工作年度报告 (陇南市人力资源和社会保障局2024年, python-docx DOCX): the six standard "
                "sections and the standard tables: 主动公开 (第二十条第（一）项… blocks of merged rows), the 收到和处理政府信息公开申请情况 "
                "table (10 columns, three merged header rows, 申请人情况 / 自然人 / 法人或其他组织, a 25-row vertically merged "
                "本年度办理结果 block) and the 行政复议/行政诉讼 table (15 columns). Heavily merged ruled tables with numbered "
                "row labels: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, "政府信息公开工作年度报告, DOCX, python-docx, 3 pages as LibreOffice lays it out, 3 standard tables with heavy merges (10- and 15-column); "
             "tempts with multi-row merged headers and numbered label rows")]



# --- 7. 平凉: 人才引进补贴发放名单 (openpyxl workbook, three sheets) -----------------------------------------------

@doc
def pingliang(tmp: Path) -> list[Made]:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    rng = random.Random(33007)
    title = "平凉市2024年度引进高层次和急需紧缺人才生活补贴发放名单"
    wb = openpyxl.Workbook()
    side = Side(style="thin", color="FF000000")
    border = Border(left=side, right=side, top=side, bottom=side)
    schools = ["兰州大学", "西北师范大学", "兰州理工大学", "西安交通大学", "西北工业大学", "陕西师范大学", "甘肃农业大学",
               "兰州交通大学", "长安大学", "四川大学", "宁夏大学", "西北农林科技大学", "中国农业大学", "武汉大学"]
    units = ["平凉市人民医院", "平凉市第二人民医院", "平凉市中医医院", "平凉职业技术学院", "平凉市第一中学", "平凉市农业科学院",
             "平凉市林业科学研究所", "平凉市疾病预防控制中心", "华亭市第一人民医院", "静宁县人民医院", "崇信县农业技术推广中心",
             "平凉海螺水泥有限责任公司", "华亭煤业集团有限责任公司", "平凉市崆峒区教育局", "庄浪县第一中学"]
    majors = ["临床医学", "中医学", "作物学", "植物保护", "林学", "机械工程", "化学工程与技术", "计算机科学与技术", "会计学",
              "汉语言文字学", "数学", "护理学", "畜牧学", "土木工程", "采矿工程"]
    sheets = [("博士研究生", "博士研究生/博士", ["无", "副教授", "副主任医师", "高级农艺师"], 3000, 22),
              ("硕士研究生", "硕士研究生/硕士", ["无", "无", "讲师", "主治医师", "农艺师", "工程师"], 1500, 70),
              ("高级职称人才", "大学本科/学士", ["高级工程师", "主任医师", "副主任医师", "高级教师", "高级农艺师", "正高级工程师"], 2000, 34)]
    head = ["序号", "姓名", "性别", "学历学位", "毕业院校", "所学专业", "专业技术职称", "引进单位", "引进时间",
            "补贴标准（元/月）", "补贴月数", "补贴金额（元）"]
    widths = (5, 8, 5, 16, 16, 16, 14, 24, 10, 10, 8, 12)
    grand, count = 0, 0
    for k, (name, edu, titles, std, n) in enumerate(sheets):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = name
        ws.append([f"{title}（{name}）"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        ws["A1"].font = Font(name="黑体", size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(head)
        total = 0
        for i in range(1, n + 1):
            months = rng.choice([12, 12, 12, 9, 6, 10])
            total += std * months
            ws.append([i, person(rng), rng.choice("男女"), edu, rng.choice(schools), rng.choice(majors), rng.choice(titles),
                       rng.choice(units), f"{rng.choice([2021, 2022, 2023, 2024])}.{rng.randint(1, 12):02d}", std, months,
                       std * months])
        ws.append(["合计", "", "", "", "", "", "", "", "", "", "", total])
        grand += total
        count += n
        for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
            for cell in row:
                cell.border = border
                cell.font = Font(name="宋体", size=10, bold=cell.row == 2)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if cell.column == 12 and cell.row > 2:
                    cell.number_format = "#,##0.00"
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
        ws.freeze_panes = "A3"
    ws = wb.create_sheet("汇总")
    ws.append(["类别", "人数", "补贴金额（元）"])
    for name, *_ in sheets:
        ws.append([name, f"=COUNTA('{name}'!B3:B500)-1", f"=SUM('{name}'!L3:L500)/2"])
    ws.append(["合计", count, grand])
    xlsx_props(wb, "平凉市人才工作服务中心", title)
    out = OUT / "pingliang-butie.xlsx"
    wb.save(str(out))
    pin_zip(out)
    write_truth(out.name, f"An ordinary 人才引进生活补贴发放名单 workbook (平凉市2024年度, openpyxl, {count} invented people over "
                "three sheets 博士研究生 / 硕士研究生 / 高级职称人才 and a 汇总 sheet of formulas): 序号 | 姓名 | 性别 | 学历学位 | 毕业院校 | "
                "所学专业 | 专业技术职称 | 引进单位 | 引进时间 | 补贴标准 | 补贴月数 | 补贴金额, a 专业技术职称 column of 高级工程师, "
                "副主任医师, 高级农艺师. People and money, not foreign qualifications: not a catalog; expected 'no catalog', "
                "nothing published.")
    return [(out.name, f"人才引进补贴发放名单, XLSX, openpyxl, 4 sheets, {count} rows + formulas; tempts with a "
             "专业技术职称 column (高级工程师, 副主任医师) per person")]


# --- 8. 鹤壁: 社会培训评价组织 (技能人才评价机构) 名单 (HTML -> Chromium PDF) ----------------------------------------

HB_JOBS = [("电工", "6-31-01-03", "五级/初级工至二级/技师"), ("焊工", "6-18-02-04", "五级/初级工至三级/高级工"),
           ("育婴员", "4-10-01-02", "五级/初级工至三级/高级工"), ("保育师", "4-10-01-03", "五级/初级工至三级/高级工"),
           ("中式烹调师", "4-03-02-01", "五级/初级工至二级/技师"), ("中式面点师", "4-03-02-02", "五级/初级工至三级/高级工"),
           ("美容师", "4-10-03-01", "五级/初级工至三级/高级工"), ("美发师", "4-10-03-02", "五级/初级工至三级/高级工"),
           ("健康管理师", "4-14-02-02", "三级/高级工至一级/高级技师"), ("养老护理员", "4-10-01-05", "五级/初级工至二级/技师"),
           ("电子商务师", "4-01-02-02", "四级/中级工至二级/技师"), ("车工", "6-18-01-01", "五级/初级工至二级/技师"),
           ("钳工", "6-20-01-01", "五级/初级工至二级/技师"), ("汽车维修工", "4-12-01-01", "五级/初级工至二级/技师"),
           ("化学检验员", "4-08-05-02", "四级/中级工至二级/技师"), ("网络与信息安全管理员", "4-04-04-02", "四级/中级工至二级/技师"),
           ("农业技术员", "5-05-01-01", "四级/中级工至二级/技师"), ("家政服务员", "4-10-01-06", "五级/初级工至三级/高级工"),
           ("企业人力资源管理师", "4-07-03-02", "四级/中级工至一级/高级技师"), ("互联网营销师", "4-01-02-07", "五级/初级工至二级/技师")]


@doc
def hebi(tmp: Path) -> list[Made]:
    rng = random.Random(33008)
    orgs = ["鹤壁职业技术学院", "鹤壁市技师学院", "鹤壁汽车工程职业学院", "鹤壁市淇滨区职业技能培训学校", "鹤煤集团职业技能培训中心",
            "鹤壁天海电子信息系统有限公司", "鹤壁市家政服务职业培训学校", "浚县职业教育中心", "淇县中等职业学校", "鹤壁市工贸学校",
            "仕佳光子科技股份有限公司", "鹤壁市中西医结合医院", "鹤壁市宏达职业培训学校有限公司", "鹤壁市人力资源开发中心",
            "鹤壁飞鹤奶业有限公司", "鹤壁市鑫诚职业技能培训学校", "京东（鹤壁）电子商务有限公司", "鹤壁市特种设备检验所"]
    rows = [["序号", "机构名称", "统一社会信用代码", "备案编号", "评价职业（工种）", "职业编码", "评价等级", "评价类别"]]
    n = 0
    for o in orgs:
        code = "9141" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(14))
        no = f"S00004106{rng.randint(10000, 99999)}"
        jobs = rng.sample(HB_JOBS, rng.randint(2, 7))
        n += 1
        for j, (name, jc, grade) in enumerate(jobs):
            rows.append([str(n) if j == 0 else "", o if j == 0 else "", code if j == 0 else "", no if j == 0 else "",
                         name, jc, grade, rng.choice(["社会培训评价组织", "用人单位自主评价"]) if j == 0 else ""])
    spans, r = {}, 1
    while r < len(rows):
        k = r + 1
        while k < len(rows) and rows[k][0] == "":
            k += 1
        if k - r > 1:
            for c in (0, 1, 2, 3, 7):
                spans[(r, c)] = (k - r, 1)
        r = k
    css = """@page { size: A4 landscape; margin: 1.6cm 1.5cm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.8; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; line-height: 1.5; }
p { text-indent: 2em; margin: 0; } p.r { text-align: right; } p.a { text-indent: 0; font-family: "Noto Sans CJK SC"; page-break-before: always; }
h2 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 14pt; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.4; }
th, td { border: 0.75pt solid #000; padding: 3px 4px; text-align: center; } thead { display: table-header-group; }
tr { page-break-inside: avoid; }"""
    page = "\n".join([
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>鹤壁市第三批社会培训评价组织遴选结果公示</title><style>{css}</style></head><body>',
        "<h1>关于鹤壁市第三批职业技能等级认定社会培训评价组织<br>遴选结果的公示</h1>",
        ps("根据《人力资源社会保障部关于改革完善技能人才评价制度的意见》（人社部发〔2019〕90号）和《河南省职业技能等级认定社会培训评价组织遴选管理办法》有关规定，经单位申报、材料审核、专家评估和实地核查，确定以下机构为鹤壁市第三批职业技能等级认定社会培训评价组织（含用人单位自主评价机构），现予以公示。",
           "公示期为2025年4月21日至2025年4月27日（5个工作日）。公示期间，如有异议，请以书面形式向鹤壁市职业技能鉴定中心反映。反映问题要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名和联系方式。",
           "联系电话：0392-3321567　　地址：鹤壁市淇滨区九州路126号"),
        ps("附件：鹤壁市第三批职业技能等级认定社会培训评价组织名单"),
        "<br>", ps("鹤壁市人力资源和社会保障局", "2025年4月21日", cls="r"),
        '<p class="a">附件</p><h2>鹤壁市第三批职业技能等级认定社会培训评价组织名单</h2>',
        html_table(rows, spans=spans, widths=(2.4, 9, 8, 7, 7, 4.6, 9, 6)),
        ps("注：评价等级“五级/初级工至二级/技师”指可开展五级/初级工、四级/中级工、三级/高级工和二级/技师职业技能等级认定。各机构须严格按照备案的职业（工种）和等级开展评价，并接受人力资源社会保障部门监督管理。"),
        "</body></html>\n"])
    out = html_pdf(page, OUT / "hebi-jineng.pdf", tmp)
    npg = pages(out)
    write_truth(out.name, f"An ordinary 技能人才评价机构名单 (鹤壁市第三批职业技能等级认定社会培训评价组织遴选结果的公示, Chromium print, "
                f"{npg} landscape pages): a 公示 and a ruled table 序号 | 机构名称 | 统一社会信用代码 | 备案编号 | 评价职业（工种） | "
                f"职业编码 | 评价等级 | 评价类别 for {len(orgs)} bodies, each body's cells merged (rowspan) over its trades, 评价等级 "
                "like 五级/初级工至二级/技师. Bodies, occupations and levels make it resemble a qualification catalog (颁证单位, "
                "职业资格, level), but it lists domestic assessment bodies: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, f"技能人才评价机构名单 公示, PDF, Chromium print of HTML (landscape), {npg} pages, {len(rows) - 1} rows with "
             "rowspans; tempts with bodies + 职业（工种） + 等级 columns much like 颁证单位/资格/对应职称")]



# --- 9. 乌兰察布: 行政许可事项清单 (a CMS web page, long ruled table) ----------------------------------------------

XK = [("人力资源服务许可", "经营性人力资源服务机构从事职业中介活动许可", "《中华人民共和国就业促进法》第四十条；《人力资源市场暂行条例》第十八条"),
      ("劳务派遣经营许可", "劳务派遣经营许可", "《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》"),
      ("劳务派遣经营许可", "劳务派遣经营许可变更、延续、注销", "《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》第十四条至第十九条"),
      ("企业实行不定时工作制和综合计算工时工作制审批", "", "《中华人民共和国劳动法》第三十九条；《国务院关于职工工作时间的规定》"),
      ("民办职业培训学校设立、分立、合并、变更及终止审批", "民办职业培训学校设立审批", "《中华人民共和国民办教育促进法》第十二条、第五十三条、第五十四条"),
      ("民办职业培训学校设立、分立、合并、变更及终止审批", "民办职业培训学校分立、合并审批", "《中华人民共和国民办教育促进法》第五十三条"),
      ("民办职业培训学校设立、分立、合并、变更及终止审批", "民办职业培训学校变更、终止审批", "《中华人民共和国民办教育促进法》第五十四条、第五十六条"),
      ("技工学校设立、分立、合并、变更及终止审批", "", "《中华人民共和国职业教育法》第三十三条；《国务院对确需保留的行政审批项目设定行政许可的决定》"),
      ("外国人来华工作许可", "外国人来华工作许可（A类、B类、C类）", "《中华人民共和国出境入境管理法》第四十一条；《国务院对确需保留的行政审批项目设定行政许可的决定》"),
      ("中外合作职业技能培训机构设立、分立、合并、变更及终止审批", "", "《中华人民共和国中外合作办学条例》第十二条"),
      ("职业资格认定", "专业技术人员职业资格认定（按国家职业资格目录）", "《中华人民共和国行政许可法》第十二条；《国家职业资格目录（2021年版）》"),
      ("职业资格认定", "技能人员职业资格认定（按国家职业资格目录）", "《中华人民共和国劳动法》第六十九条；《国家职业资格目录（2021年版）》")]


@doc
def wulanchabu(tmp: Path) -> list[Made]:
    rng = random.Random(33009)
    rows = [["序号", "主管部门", "事项名称", "子项名称", "实施机关", "设定和实施依据", "审批层级", "备注"]]
    depts = [("市人力资源和社会保障局", XK), ("市教育局", [("民办学校设立审批", "实施中等学历教育、学前教育的民办学校设立审批", "《中华人民共和国民办教育促进法》第十二条"),
                                                   ("教师资格认定", "高级中学教师资格认定", "《中华人民共和国教师法》第十三条；《教师资格条例》"),
                                                   ("教师资格认定", "中等职业学校教师资格认定", "《中华人民共和国教师法》第十三条；《教师资格条例》")]),
             ("市卫生健康委员会", [("医疗机构执业登记", "", "《医疗机构管理条例》第九条、第十四条"), ("医师执业注册", "", "《中华人民共和国医师法》第十三条"),
                           ("护士执业注册", "", "《护士条例》第七条、第八条"), ("放射源诊疗技术和医用辐射机构许可", "", "《放射性同位素与射线装置安全和防护条例》第八条")]),
             ("市住房和城乡建设局", [("建筑业企业资质认定", "施工总承包三级资质认定", "《中华人民共和国建筑法》第十三条；《建设工程安全生产管理条例》"),
                             ("建筑施工企业安全生产许可", "", "《安全生产许可证条例》第二条"), ("建筑工程施工许可", "", "《中华人民共和国建筑法》第七条"),
                             ("工程建设项目招标代理机构资格认定", "", "已取消，保留事项名称备查")]),
             ("市市场监督管理局", [("特种设备使用登记", "", "《中华人民共和国特种设备安全法》第三十三条"), ("特种设备安全管理和作业人员资格认定", "", "《中华人民共和国特种设备安全法》第十四条；《特种设备作业人员监督管理办法》"),
                            ("计量标准器具核准", "", "《中华人民共和国计量法》第九条")]),
             ("市交通运输局", [("道路运输从业人员从业资格认定", "经营性道路客货运输驾驶员从业资格认定", "《中华人民共和国道路运输条例》第九条、第二十三条"),
                          ("机动车驾驶员培训许可", "", "《中华人民共和国道路运输条例》第三十八条")])]
    n = 0
    for dept, items in depts:
        for name, sub, basis in items:
            n += 1
            rows.append([str(n), dept, name, sub or "—", f"乌兰察布{dept.replace('市', '市', 1)}", basis,
                         rng.choice(["市级", "市级、旗县级", "市级（委托旗县市区实施）"]), rng.choice(["", "", "实行告知承诺", "“证照分离”改革事项", ""])])
    rows[1:] = [[r[0], r[1], r[2], r[3], "乌兰察布" + r[1], *r[5:]] for r in rows[1:]]
    content = (ps("根据《国务院办公厅关于全面实行行政许可事项清单管理的通知》（国办发〔2022〕2号）和《内蒙古自治区行政许可事项清单（2023年版）》，结合我市实际，市审批改革办会同市直有关部门编制了《乌兰察布市行政许可事项清单（2025年版）》，现予以公布。",
                  "清单之外，一律不得违法实施行政许可，不得以备案、登记、注册、目录、规划、年检、年报、监制、认定、认证、审定以及其他任何形式变相设定或者实施行政许可。",
                  "本清单中人力资源和社会保障领域事项如下：")
               + html_table(rows, widths=(2.2, 5, 8, 8, 7, 12, 4.6, 4.2))
               + ps("乌兰察布市人民政府办公室　　", "2025年3月5日　　", cls="r"))
    page = cms("乌兰察布市人力资源和社会保障局", "Ulanqab Human Resources and Social Security Bureau",
               ("首页", "政务公开", "法定主动公开内容", "权责清单"), "乌兰察布市行政许可事项清单（2025年版）",
               ("发布日期：2025-03-06", "信息来源：乌兰察布市人民政府办公室", "索引号：11150900MB1U00124K/2025-00231", "【字体：大 中 小】"),
               content, files=("乌兰察布市行政许可事项清单（2025年版）.xlsx",))
    out = OUT / "wulanchabu-xuke.html"
    out.write_text(page, encoding="utf-8")
    write_truth(out.name, f"An ordinary 行政许可事项清单 web page (乌兰察布市2025年版, {n} rows): 序号 | 主管部门 | 事项名称 | 子项名称 | "
                "实施机关 | 设定和实施依据 | 审批层级 | 备注, with rows such as 职业资格认定 (按国家职业资格目录), 教师资格认定, 特种设备 "
                "作业人员资格认定 and 外国人来华工作许可; a 清单 of an HR bureau whose rows name 资格 and 认定 beside legal bases. "
                "Domestic licensing items, no foreign qualification or 对应职称: not a catalog; expected 'no catalog', "
                "nothing published.")
    return [(out.name, f"行政许可事项清单, HTML (CMS page), {n} rows of 8 columns; tempts with 职业资格认定 / 资格认定 rows and "
             "the word 清单/目录 in a bureau table")]


# --- 10. 孝感: a policy of numbered articles, no table (python-docx -> LibreOffice PDF) ---------------------------

@doc
def xiaogan(tmp: Path) -> list[Made]:
    office = "孝感市人民政府办公室"
    title = "孝感市高层次人才分类认定办法（试行）"
    d = new_doc(office, title)
    para(d, "孝感市人民政府办公室文件", 26, "方正小标宋简体", C, after=6).runs[0].font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(0xD0, 0, 0)
    para(d, "孝政办发〔2025〕9号", 15, "仿宋", C, after=16)
    para(d, "市人民政府办公室关于印发孝感市高层次人才分类认定办法（试行）的通知", 20, "方正小标宋简体", C, after=12)
    para(d, "各县（市、区）人民政府，孝感高新区管委会，市政府各部门：", 15)
    para(d, "《孝感市高层次人才分类认定办法（试行）》已经市人民政府同意，现印发给你们，请认真贯彻执行。", 15, indent=True)
    para(d, "孝感市人民政府办公室", 15, align=R, before=24)
    para(d, "2025年4月8日", 15, align=R)
    para(d, "（此件公开发布）", 15, indent=True)
    para(d, title, 20, "方正小标宋简体", C, page_break=True, after=12)
    chapters = [
        ("第一章　总　　则", [
            "为深入实施人才强市战略，进一步规范高层次人才认定工作，精准落实人才服务保障政策，根据《中共湖北省委 湖北省人民政府关于新时代推进人才强省战略的若干措施》等文件精神，结合我市实际，制定本办法。",
            "本办法所称高层次人才，是指在我市全职工作，具有较高专业素养和职业技能，在经济社会发展中发挥引领带动作用，经认定纳入我市高层次人才分类目录管理的人才。",
            "高层次人才分类认定坚持党管人才、分类认定、动态管理、公开公正的原则，突出品德、能力和业绩导向，不唯学历、不唯职称、不唯论文、不唯奖项。",
            "市委人才工作领导小组统筹全市高层次人才分类认定工作。市人力资源和社会保障局负责认定的组织实施，市直有关部门按照职责分工做好相关工作。"]),
        ("第二章　认定类别", [
            "高层次人才分为A类（国内外顶尖人才）、B类（国家级领军人才）、C类（省级领军人才）、D类（市级领军人才）、E类（高级人才）五个类别。",
            "A类人才主要包括：诺贝尔奖获得者，中国科学院院士、中国工程院院士，国家最高科学技术奖获得者，以及相当层次的国内外顶尖人才。",
            "B类人才主要包括：国家“万人计划”入选者，国家杰出青年科学基金获得者，国家级教学名师，中华技能大奖获得者，以及相当层次的人才。",
            "C类人才主要包括：享受国务院政府特殊津贴人员，湖北省有突出贡献中青年专家，全国技术能手，湖北省“楚天英才计划”入选者，以及相当层次的人才。",
            "D类人才主要包括：具有正高级专业技术职称的人员，湖北省技术能手，市级有突出贡献专家，在我市重点产业企业担任核心技术岗位且年薪50万元以上的人员。",
            "E类人才主要包括：具有副高级专业技术职称的人员，取得高级技师职业技能等级证书的人员，全日制博士研究生，以及取得国际通行职业资格并经市人力资源和社会保障局比照认定为相应层级的人员。",
            "各类人才的具体认定标准由市人力资源和社会保障局会同有关部门另行制定《孝感市高层次人才分类目录》，并根据经济社会发展需要适时调整。"]),
        ("第三章　认定程序", [
            "高层次人才认定实行常态化受理，每年集中认定两次，原则上安排在每年6月和12月。",
            "申请人通过用人单位向所在地人力资源和社会保障部门提出申请，填写《孝感市高层次人才分类认定申请表》，并提交身份证明、劳动合同、社会保险缴纳证明及相应层次的证明材料。",
            "县（市、区）人力资源和社会保障部门对申报材料进行初审，初审通过后报市人力资源和社会保障局复核。",
            "市人力资源和社会保障局组织专家对复核通过人员进行评审，评审结果经市委人才工作领导小组审定后，在市人民政府门户网站公示5个工作日。",
            "公示无异议的，由市人力资源和社会保障局发放《孝感市高层次人才证书》，证书有效期为5年。"]),
        ("第四章　服务保障", [
            "经认定的高层次人才，按类别享受安家补贴、生活补贴、子女入学、配偶就业、医疗保健、住房保障等服务。具体标准按照我市人才政策有关规定执行。",
            "建立高层次人才服务专员制度，为认定人才提供“一对一”服务。",
            "对认定人才所在用人单位引才育才成效显著的，在评优评先、项目申报等方面予以倾斜支持。"]),
        ("第五章　管理监督", [
            "对通过弄虚作假等不正当手段取得认定的，撤销其认定资格，收回已享受的补贴和待遇，记入个人诚信档案，五年内不得再次申报。",
            "认定人才离开我市或者不再符合认定条件的，自下月起停止享受相关待遇。",
            "参与认定工作的人员应当严格遵守工作纪律，对滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"]),
        ("第六章　附　　则", [
            "本办法由市人力资源和社会保障局负责解释。",
            "本办法自2025年5月1日起施行，有效期2年。此前我市出台的有关规定与本办法不一致的，以本办法为准。"])]
    nums = "一二三四五六七八九十"

    def cn(i: int) -> str:
        return nums[i - 1] if i <= 10 else ("十" + (nums[i - 11] if i > 10 and i % 10 else "")) if i < 20 else \
            nums[i // 10 - 1] + "十" + (nums[i % 10 - 1] if i % 10 else "")
    k = 0
    for head, arts in chapters:
        para(d, head, 16, "黑体", C, before=8, after=6)
        for a in arts:
            k += 1
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(30)
            p.paragraph_format.line_spacing = 1.3
            _font(p.add_run(f"第{cn(k)}条　"), 15, "黑体")
            _font(p.add_run(a), 15, "仿宋")
    para(d, "抄送：市委各部门，孝感军分区，各人民团体。", 12, "仿宋", before=30)
    para(d, "孝感市人民政府办公室　　　　　　　　　　　　　　　　2025年4月8日印发", 12, "仿宋")
    src = save_docx(d, tmp / "xiaogan-zhengce.docx")
    out = docx_pdf(src, OUT / "xiaogan-zhengce.pdf", tmp)
    npg = pages(out)
    write_truth(out.name, f"An ordinary policy document with numbered articles and no table (孝感市人民政府办公室 印发 孝感市高层次人才分类 "
                f"认定办法（试行）, {npg} pages, LibreOffice print): a red 文件 letterhead, 文号, 印发通知, then 第一章…第六章 and "
                f"第一条…第{cn(k)}条. Its text speaks of 分类目录, 正高级/副高级专业技术职称 and 取得国际通行职业资格并经…比照认定, "
                "the words of a catalog notice, but it has no table and no rows: not a catalog; expected 'no catalog', nothing "
                "published.")
    return [(out.name, f"policy 认定办法（试行） with {k} numbered articles (第一条…), PDF, LibreOffice Writer print of a "
             f"python-docx DOCX, {npg} pages, no table; tempts with 国际通行职业资格…比照认定 and 分类目录 words")]


# --- 11. 通辽: meeting notice with a 回执 form (DOCX) ------------------------------------------------------------

@doc
def tongliao(tmp: Path) -> list[Made]:
    office = "通辽市人力资源和社会保障局"
    title = "关于召开2025年全市职称工作和专业技术人才队伍建设工作会议的通知"
    d = new_doc(office, title)
    para(d, "通辽市人力资源和社会保障局", 24, "方正小标宋简体", C, after=4)
    para(d, "通人社函〔2025〕42号", 15, "仿宋", C, after=16)
    para(d, title, 20, "方正小标宋简体", C, after=12)
    para(d, "各旗县市区人力资源和社会保障局，开发区人力资源和社会保障部门，市直各有关单位：", 15)
    para(d, "为贯彻落实全区职称制度改革推进会议精神，总结2024年全市职称工作，部署2025年重点任务，经研究，决定召开2025年全市职称工作和专业技术人才队伍建设工作会议。现将有关事项通知如下：", 15, indent=True)
    items = [("一、会议时间", "2025年5月22日（星期四）上午9:00，会期半天。21日下午报到。"),
             ("二、会议地点", "通辽市科尔沁区霍林河大街西段市民服务中心三楼第二会议室。"),
             ("三、参会人员", "各旗县市区人力资源和社会保障局分管职称工作的副局长、专业技术人员管理科（股）负责人；市直各职称评审委员会组建单位分管领导及具体工作人员；部分企业人力资源部门负责人。"),
             ("四、会议内容", "（一）通报2024年全市职称评审、职业资格与职称贯通、国际职业资格比照认定等工作情况；（二）解读《内蒙古自治区职称评审管理办法》；（三）部署2025年职称评审及专业技术人才继续教育工作；（四）交流发言。"),
             ("五、有关要求", "（一）请各单位于5月16日前将参会回执（附件1）报送至市人力资源和社会保障局专业技术人员管理科，电子邮箱：tlrsjzjk@163.com。（二）交流发言单位（附件2）请准备5分钟左右发言材料，并于5月19日前报送电子版。（三）参会人员请着正装，自觉遵守会议纪律。"),
             ("六、联系方式", "联系人：包海燕　电话：0475-8261234　传真：0475-8261235")]
    for h, t in items:
        para(d, h, 15, "黑体", indent=True)
        para(d, t, 15, indent=True)
    para(d, "附件：1．参会回执", 15, indent=True, before=10)
    para(d, "　　　2．交流发言单位名单", 15, indent=True)
    para(d, office, 15, align=R, before=24)
    para(d, "2025年5月9日", 15, align=R)
    para(d, "附件1", 15, "黑体", page_break=True)
    para(d, "参会回执", 20, "方正小标宋简体", C, after=10)
    rows = [["单位名称（盖章）", "", "", "", "", "", ""], ["姓名", "性别", "民族", "单位及职务", "联系电话", "是否住宿", "备注"]]
    rows += [[""] * 7 for _ in range(6)]
    rows += [["联系人", "", "", "联系电话", "", "", ""]]
    table(d, rows, (2.4, 1.4, 1.4, 4.6, 3.0, 1.8, 2.4), head=0, size=12,
          merges=[(0, 1, 0, 6), (8, 1, 8, 2), (8, 4, 8, 6)])
    para(d, "注：请于5月16日前报送，住宿费用自理。", 12, "仿宋", before=6)
    para(d, "附件2", 15, "黑体", before=20)
    para(d, "交流发言单位名单", 20, "方正小标宋简体", C, after=10)
    for i, u in enumerate(["科尔沁区人力资源和社会保障局", "霍林郭勒市人力资源和社会保障局", "通辽市卫生健康委员会（卫生系列高级评审委员会）",
                           "内蒙古霍煤鸿骏铝电有限责任公司"], 1):
        para(d, f"{i}．{u}", 15, indent=True)
    out = save_docx(d, OUT / "tongliao-huiyi.docx")
    write_truth(out.name, "An ordinary meeting notice (通辽市人力资源和社会保障局 关于召开2025年全市职称工作…会议的通知, python-docx DOCX): "
                "文号, 一、会议时间 … 六、联系方式 (its 会议内容 names 国际职业资格比照认定), 附件1 参会回执: an empty ruled form "
                "(单位名称 row merged across, 姓名 | 性别 | 民族 | 单位及职务 | 联系电话 | 是否住宿 | 备注 and six blank rows) and 附件2 "
                "a numbered list. A notice with 附件 and a ruled table from a bureau, about 职称, whose table is an empty form: "
                "not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, "meeting notice with a 回执 form table, DOCX, python-docx, 3 pages as LibreOffice lays it out; tempts with 附件, a ruled table "
             "with blank rows and 国际职业资格比照认定 in its text")]


# --- 12. 临汾: a page that is mostly a scanned image, a little HTML text -------------------------------------------

def scan_image(lines: Sequence[str], seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rng = random.Random(seed)
    w, h = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (w, h), 246)
    dr = ImageDraw.Draw(img)
    big = ImageFont.truetype(CJK_SERIF, 40, index=2)
    body = ImageFont.truetype(CJK_SERIF, 29, index=2)
    y = 150
    for i, line in enumerate(lines):
        if i == 0:
            tw = dr.textlength(line, font=big)
            dr.text(((w - tw) / 2, y), line, fill=20, font=big)
            y += 90
            continue
        if line == "<table>":
            x0, cw, rh = 150, [90, 330, 250, 270], 52
            heads = ["序号", "单位名称", "联系人", "联系电话"]
            data = [heads] + [[str(k), u, p, t] for k, (u, p, t) in enumerate(
                [("尧都区人社局", "王丽", "0357-2021111"), ("侯马市人社局", "刘强", "0357-4022222"), ("曲沃县人社局", "张敏", "0357-5033333")], 1)]
            for r, row in enumerate(data):
                x = x0
                for c, v in enumerate(row):
                    dr.rectangle([x, y, x + cw[c], y + rh], outline=40, width=2)
                    dr.text((x + 10, y + 10), v, fill=25, font=body)
                    x += cw[c]
                y += rh
            y += 30
            continue
        indent = 0 if line.startswith(("各", "临汾")) or line.endswith("日") else 58
        x = 150 + indent if not line.startswith("临汾市人力") and not line.endswith("日") else w - 150 - dr.textlength(line, font=body)
        for chunk in [line[k:k + (32 if indent else 34)] for k in range(0, len(line), 32 if indent else 34)]:
            dr.text((x, y), chunk, fill=25, font=body)
            y += 50
            x = 150
        y += 4
    # a red seal over the signature
    seal = Image.new("L", (w, h), 0)
    sd = ImageDraw.Draw(seal)
    sd.ellipse([w - 470, y - 230, w - 210, y + 30], outline=255, width=8)
    sd.regular_polygon((w - 340, y - 100, 34), 5, fill=255, rotation=0)
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=235)
    noise = Image.effect_noise((w, h), 14).point(lambda v: v - 128)
    img = Image.blend(img, Image.merge("L", [noise]).point(lambda v: 246 if v > 120 else 236), 0.06)
    img = img.filter(ImageFilter.GaussianBlur(0.6)).convert("RGB")
    red = Image.new("RGB", (w, h), (210, 40, 40))
    img.paste(red, (0, 0), seal.rotate(-8, center=(w - 340, y - 100)).point(lambda v: int(v * 0.7)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55, optimize=True)
    return buf.getvalue()


@doc
def linfen(tmp: Path) -> list[Made]:
    lines = ["关于做好2025年度专业技术人员继续教育学时登记工作的通知",
             "各县（市、区）人力资源和社会保障局，市直各单位：",
             "为进一步加强专业技术人员继续教育管理，根据《专业技术人员继续教育规定》（人力资源社会保障部令第25号），现就做好2025年度专业技术人员继续教育学时登记工作通知如下：",
             "一、专业技术人员参加继续教育的时间，每年累计不少于90学时，其中专业科目一般不少于总学时的三分之二。",
             "二、继续教育学时登记通过山西省专业技术人员继续教育管理平台进行，学时证明作为职称评审、岗位聘用的必要条件。",
             "三、各单位要指定专人负责学时登记审核工作，于2025年11月30日前完成本单位人员学时审核。各县（市、区）联系人如下：",
             "<table>",
             "临汾市人力资源和社会保障局",
             "2025年4月15日"]
    jpg = scan_image(lines, 33012)
    b64 = base64.b64encode(jpg).decode()
    content = (ps("临汾市人力资源和社会保障局关于做好2025年度专业技术人员继续教育学时登记工作的通知（临人社函〔2025〕58号）")
               + f'<p style="text-indent:0;text-align:center"><img src="data:image/jpeg;base64,{b64}" width="800" '
               'alt="临人社函〔2025〕58号" title="临人社函〔2025〕58号"></p>')
    page = cms("临汾市人力资源和社会保障局", "Linfen Human Resources and Social Security Bureau",
               ("首页", "政务公开", "通知公告"), "关于做好2025年度专业技术人员继续教育学时登记工作的通知",
               ("发布时间：2025-04-16 10:05", "来源：专业技术人员管理科", "阅读：1024"), content,
               files=("临人社函〔2025〕58号.pdf",))
    out = OUT / "linfen-scan.html"
    out.write_text(page, encoding="utf-8")
    write_truth(out.name, "An ordinary notice published as a scanned page (临汾, 继续教育学时登记, a CMS page whose body is one "
                "sentence of HTML text and a JPEG scan inlined as a data: URI, 150 dpi, slightly rotated, noisy, a red seal, "
                "a small ruled 联系人 table drawn in the image). The page text names 专业技术人员 and 职称评审; any table is "
                "inside the image and is a contact list: not a catalog; expected 'no catalog', nothing published.")
    return [(out.name, f"notice as a scanned image on a CMS page, HTML with an inlined JPEG ({len(jpg) // 1024} KB, a "
             "ruled contact table in the picture) and one line of HTML text; tempts an image-reading path")]



# --- 13. 运城: a 统计年鉴 chapter of ruled tables, about 100 pages (HTML -> Chromium PDF, one font) ---------------

YC_AREAS = ["全　市", "盐湖区", "永济市", "河津市", "临猗县", "万荣县", "闻喜县", "稷山县", "新绛县", "绛　县", "垣曲县",
            "夏　县", "平陆县", "芮城县"]
YC_TOWNS = ["街道", "镇", "乡"]


@doc
def yuncheng(tmp: Path) -> list[Made]:
    rng = random.Random(33013)
    e = html.escape
    css = """@page { size: A4; margin: 1.8cm 1.6cm 1.6cm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 9pt; line-height: 1.3; }
h1 { font-size: 20pt; text-align: center; margin-top: 8cm; } h1 + p { text-align: center; font-size: 11pt; }
.intro { page-break-before: always; } .intro p { text-indent: 2em; font-size: 10.5pt; line-height: 1.8; margin: 0; }
h2 { font-size: 12pt; text-align: center; margin: 0 0 2pt; page-break-before: always; font-weight: normal; }
.unit { text-align: right; font-size: 8.5pt; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }
th { border-top: 1.2pt solid #000; border-bottom: 0.6pt solid #000; border-left: 0.4pt solid #000; font-weight: normal; padding: 2px 3px; }
td { border-left: 0.4pt solid #000; padding: 1.5px 4px; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { border-left: none; text-align: left; }
tr:last-child td { border-bottom: 1.2pt solid #000; } tr { page-break-inside: avoid; }
.foot { font-size: 8pt; margin-top: 3pt; }"""
    years = [str(y) for y in range(2015, 2025)]
    indicators = [("年末常住人口", "万人", 520, 0.995), ("城镇人口", "万人", 260, 1.015), ("乡村人口", "万人", 260, 0.98),
                  ("出生人口", "人", 52000, 0.95), ("死亡人口", "人", 38000, 1.01), ("从业人员", "万人", 300, 0.995),
                  ("第一产业从业人员", "万人", 120, 0.97), ("第二产业从业人员", "万人", 70, 1.0), ("第三产业从业人员", "万人", 110, 1.02),
                  ("城镇单位就业人员", "人", 310000, 1.005), ("城镇登记失业人员", "人", 14000, 0.99),
                  ("城镇新增就业人数", "人", 42000, 1.01), ("城镇非私营单位在岗职工平均工资", "元", 48000, 1.06),
                  ("城镇私营单位就业人员平均工资", "元", 32000, 1.05), ("参加城镇职工基本养老保险人数", "人", 520000, 1.03),
                  ("参加失业保险人数", "人", 260000, 1.02), ("参加工伤保险人数", "人", 330000, 1.03),
                  ("专业技术人员", "人", 98000, 1.02), ("技能人才", "人", 280000, 1.04)]
    industries = ["农、林、牧、渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业", "批发和零售业",
                  "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业", "金融业", "房地产业",
                  "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业", "居民服务、修理和其他服务业",
                  "教育", "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织"]
    body = ['<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>运城统计年鉴2024 第三章 人口与就业</title>'
            f"<style>{css}</style></head><body>", "<h1>运城统计年鉴2024</h1><p>第三章　人口、就业和社会保障</p>",
            '<div class="intro"><p>简要说明</p>' + ps(
                "本章资料主要反映全市及各县（市、区）人口、就业、劳动报酬和社会保障的基本情况。",
                "人口数据来源于人口变动情况抽样调查及公安户籍统计；就业和劳动报酬数据来源于劳动工资统计和人力资源社会保障部门；社会保障数据来源于市人力资源和社会保障局、市医疗保障局。",
                "专业技术人员指在企事业单位从事专业技术工作并取得相应专业技术职务任职资格的人员，按正高级、副高级、中级、初级分列。",
                "本章部分数据因四舍五入，分项合计与总计略有出入。") + "</div>"]
    k = 0

    def table_block(title: str, unit: str, head: Sequence[str], rows: Sequence[Sequence[str]], foot: str = "") -> None:
        nonlocal k
        k += 1
        body.append(f"<h2>3—{k}　{e(title)}</h2><p class=\"unit\">单位：{e(unit)}</p><table><thead><tr>"
                    + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead><tbody>"
                    + "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in rows)
                    + "</tbody></table>" + (f'<p class="foot">{e(foot)}</p>' if foot else ""))

    def fmt(v: float, unit: str) -> str:
        return f"{v:,.2f}" if unit == "万人" else f"{v:,.0f}"
    # time series of each indicator by area (one table per indicator: areas × years)
    for name, unit, base, g in indicators:
        rows = []
        for a in YC_AREAS:
            share = 1.0 if a == "全　市" else rng.uniform(0.04, 0.13)
            v = base * share
            vals = []
            for _ in years:
                v *= g * rng.uniform(0.985, 1.015)
                vals.append(fmt(v, unit))
            rows.append([a, *vals])
        table_block(f"分县（市、区）{name}（2015—2024年）", unit, ["地　区", *[y + "年" for y in years]], rows)
    # towns: each county's 乡镇 population and employment (long tables)
    for a, ty in [(a, ty) for ty in ("2022", "2023", "2024") for a in YC_AREAS[1:]]:
        rows = []
        for t in range(rng.randint(40, 70)):
            nm = rng.choice("东西南北中新上下前后") + rng.choice("庄村街镇店堡坡湾沟") + rng.choice(YC_TOWNS) + (f"{t // 10 + 1}社区" if t % 7 == 0 else "")
            pop = rng.randint(8000, 60000)
            rows.append([nm, f"{pop:,}", f"{int(pop * rng.uniform(.48, .52)):,}", f"{int(pop * rng.uniform(.48, .52)):,}",
                         f"{rng.randint(2000, 18000):,}", f"{int(pop * rng.uniform(.5, .62)):,}", f"{rng.randint(300, 9000):,}",
                         f"{rng.randint(50, 900):,}", f"{rng.randint(10, 400):,}"])
        table_block(f"{a.replace('　', '')}分乡镇（街道）人口与就业（{ty}年）", "人",
                    ["乡镇（街道）", "户籍人口", "男", "女", "户数", "从业人员", "外出务工人员", "专业技术人员", "技能人才"], rows)
    # industry × area employment and wages
    for what, unit, base in (("城镇非私营单位就业人员", "人", 9000), ("城镇非私营单位在岗职工平均工资", "元", 60000),
                             ("城镇非私营单位工资总额", "万元", 40000)):
        for half in (YC_AREAS[:7], YC_AREAS[7:]):
            rows = [[ind, *[f"{base * rng.uniform(.3, 2.5):,.0f}" for _ in half]] for ind in industries]
            table_block(f"按行业分{what}（{half[0].replace('　', '')}—{half[-1].replace('　', '')}，2024年）", unit,
                        ["行　业", *half], rows)
    # professional staff by level and area, per year
    for y in years[-6:]:
        rows = []
        for a in YC_AREAS:
            tot = rng.randint(3000, 12000) * (8 if a == "全　市" else 1)
            parts = [tot * f for f in (0.02, 0.15, 0.38, 0.45)]
            rows.append([a, f"{tot:,}", *[f"{p:,.0f}" for p in parts], f"{tot * .61:,.0f}", f"{tot * .39:,.0f}"])
        table_block(f"分县（市、区）专业技术人员情况（{y}年）", "人",
                    ["地　区", "合　计", "正高级", "副高级", "中级", "初级", "事业单位", "企业"], rows,
                    "注：专业技术人员按取得的专业技术职务任职资格分级统计。")
    # social insurance monthly
    for ins in ("城镇职工基本养老保险", "城乡居民基本养老保险", "失业保险", "工伤保险"):
        rows = []
        for a in YC_AREAS:
            v = rng.uniform(1e4, 8e4) * (9 if a == "全　市" else 1)
            rows.append([a, *[f"{v * (1 + m * .003):,.0f}" for m in range(12)]])
        table_block(f"分县（市、区）{ins}参保人数（2024年各月末）", "人", ["地　区", *[f"{m}月" for m in range(1, 13)]], rows)
    body.append("</body></html>\n")
    out = html_pdf("\n".join(body), OUT / "yuncheng-nianjian.pdf", tmp)
    npg = pages(out)
    write_truth(out.name, f"An ordinary 统计年鉴 chapter (运城统计年鉴2024 第三章 人口、就业和社会保障, Chromium print, {npg} pages, "
                f"{k} three-line tables of numbers with thousands separators, header rows repeated across pages, one font): "
                "areas × years, townships, industries, 分县专业技术人员 by 正高级 | 副高级 | 中级 | 初级, insurance by month. A very "
                "long document of ruled tables to time the reading; no qualification, body or 对应职称 column: not a catalog; "
                "expected 'no catalog', nothing published.")
    return [(out.name, f"统计年鉴 chapter, PDF, Chromium print of HTML (one font: Noto Sans CJK SC), {npg} pages, {k} "
             "three-line numeric tables; the long one, to see how long reading takes; tempts with 正高级/副高级 columns")]


# --- 14. 长治: a 规划 notice with a detailed vector map page (LibreOffice text pages + a matplotlib PDF map) ------

@doc
def changzhi(tmp: Path) -> list[Made]:
    import numpy as np
    plt = mpl()
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.patches import Patch
    rng = np.random.default_rng(33014)
    # parcels: a jittered grid of blocks cut by roads, each block split into lots
    uses = [("R2", "二类居住用地", "#f7e08a"), ("B1", "商业用地", "#f08080"), ("A33", "中小学用地", "#f2a6d8"),
            ("G1", "公园绿地", "#8fcf7a"), ("M1", "一类工业用地", "#c9a47a"), ("S42", "社会停车场用地", "#b0b0b0"),
            ("U12", "供电用地", "#7aa6d6"), ("A51", "医院用地", "#e69ad0"), ("E1", "水域", "#9fd3f0")]
    weights = np.array([40, 12, 5, 14, 12, 3, 2, 3, 0.5])
    weights /= weights.sum()
    polys, colors, labels = [], [], []
    xs = np.cumsum(rng.uniform(120, 220, 26))
    ys = np.cumsum(rng.uniform(110, 200, 20))
    for i in range(len(xs) - 1):
        for j in range(len(ys) - 1):
            x0, x1, y0, y1 = xs[i] + 12, xs[i + 1] - 12, ys[j] + 12, ys[j + 1] - 12
            nx, ny = rng.integers(1, 4), rng.integers(1, 3)
            cx = np.linspace(x0, x1, nx + 1)
            cy = np.linspace(y0, y1, ny + 1)
            for a in range(nx):
                for b in range(ny):
                    u = rng.choice(len(uses), p=weights)
                    pts = [(cx[a] + 3, cy[b] + 3), (cx[a + 1] - 3, cy[b] + 3), (cx[a + 1] - 3, cy[b + 1] - 3), (cx[a] + 3, cy[b + 1] - 3)]
                    pts = [(x + rng.normal(0, 1.5), y + rng.normal(0, 1.5)) for x, y in pts]
                    polys.append(pts)
                    colors.append(uses[u][2])
                    labels.append(((cx[a] + cx[a + 1]) / 2, (cy[b] + cy[b + 1]) / 2, uses[u][0], f"{chr(65 + i % 26)}-{j + 1:02d}-{a * ny + b + 1}"))
    # buildings (small rectangles) inside residential lots
    bld = []
    for pts, c in zip(polys, colors):
        if c == uses[0][2]:
            (x0, y0), (x1, y1) = pts[0], pts[2]
            for bx in np.arange(x0 + 8, x1 - 14, 16):
                for by in np.arange(y0 + 8, y1 - 10, 22):
                    bld.append([(bx, by), (bx + 10, by), (bx + 10, by + 6), (bx, by + 6)])
    roads = [[(x, ys[0] - 30), (x, ys[-1] + 30)] for x in xs] + [[(xs[0] - 30, y), (xs[-1] + 30, y)] for y in ys]
    t = np.linspace(0, 1, 400)
    river = np.column_stack([xs[0] + (xs[-1] - xs[0]) * t, ys[0] + (ys[-1] - ys[0]) * (0.35 + 0.12 * np.sin(t * 9))])
    contours = [np.column_stack([xs[0] + (xs[-1] - xs[0]) * t, ys[0] + 60 * k + 40 * np.sin(t * 13 + k)]) for k in range(0, 40)]
    fig = plt.figure(figsize=(16.54, 11.69))  # A3 landscape
    ax = fig.add_axes([0.03, 0.05, 0.74, 0.86])
    ax.add_collection(LineCollection(contours, colors="#d9cbb0", linewidths=0.25))
    ax.add_collection(PolyCollection(polys, facecolors=colors, edgecolors="#555555", linewidths=0.3))
    ax.add_collection(PolyCollection(bld, facecolors="#e6c85c", edgecolors="#8a7020", linewidths=0.2))
    ax.add_collection(LineCollection(roads, colors="#ffffff", linewidths=3.2))
    ax.add_collection(LineCollection(roads, colors="#888888", linewidths=0.25, linestyles="dashed"))
    ax.plot(river[:, 0], river[:, 1], color="#6fb7e0", linewidth=7, solid_capstyle="round")
    for x, y, code, lot in labels[::2]:
        ax.text(x, y, f"{code}\n{lot}", fontsize=3.2, ha="center", va="center", color="#333333")
    for i, x in enumerate(xs[1:-1:3]):
        ax.text(x, ys[-1] + 40, ["太行东街", "英雄中路", "紫金街", "八一路", "府后西街", "长兴路", "城南路", "漳泽路"][i % 8],
                fontsize=6, ha="center", rotation=90)
    ax.set_xlim(xs[0] - 40, xs[-1] + 60)
    ax.set_ylim(ys[0] - 40, ys[-1] + 80)
    ax.set_aspect("equal")
    ax.set_xticks([]), ax.set_yticks([])
    fig.suptitle("长治市主城区东部片区控制性详细规划（修改）　土地利用规划图", fontsize=16, y=0.965)
    lax = fig.add_axes([0.79, 0.30, 0.19, 0.60])
    lax.axis("off")
    lax.legend(handles=[Patch(facecolor=c, edgecolor="#555555", label=f"{code}　{name}") for code, name, c in uses],
               loc="upper left", fontsize=9, title="图　例", title_fontsize=11, frameon=True)
    lax.text(0, 0.15, "比例尺　1:5000\n\n编制单位：长治市规划设计研究院\n编制日期：2025年3月\n图号：03", fontsize=8, va="top")
    ax.annotate("N", xy=(0.96, 0.95), xycoords="axes fraction", fontsize=14, ha="center")
    ax.annotate("", xy=(0.96, 0.94), xytext=(0.96, 0.88), xycoords="axes fraction",
                arrowprops={"arrowstyle": "-|>", "color": "black"})
    map_pdf = tmp / "map.pdf"
    fig.savefig(map_pdf, metadata={"CreationDate": None, "ModDate": None, "Creator": "长治市规划设计研究院", "Producer": None})
    plt.close(fig)
    # the notice text (and a table of the 规划指标) as a Word document printed by LibreOffice
    office = "长治市自然资源和规划局"
    title = "长治市主城区东部片区控制性详细规划（修改）批前公示"
    d = new_doc(office, title)
    para(d, title, 20, "方正小标宋简体", C, after=12)
    for x in ["为进一步完善城市功能，提升片区公共服务配套水平，长治市自然资源和规划局组织编制了《长治市主城区东部片区控制性详细规划（修改）》。根据《中华人民共和国城乡规划法》第二十六条、第四十八条规定，现将规划修改方案予以批前公示，广泛征求社会公众意见。",
              "一、规划范围：东至长兴路，西至英雄中路，南至城南路，北至太行东街，规划总用地面积约486.3公顷。",
              "二、主要修改内容：（一）将A-07-2地块由二类居住用地（R2）调整为中小学用地（A33），新增一所36班九年一贯制学校；（二）将C-11-1地块由商业用地（B1）调整为公园绿地（G1）；（三）优化片区支路网，新增城市支路2条。",
              "三、公示时间：2025年4月1日至2025年4月30日（30日）。",
              "四、意见反馈：公示期间，公众可通过书面信函、电子邮件等方式提出意见和建议。地址：长治市潞州区太行东街99号长治市自然资源和规划局详细规划科；邮编：046000；电子邮箱：czghgs@163.com。"]:
        para(d, x, 15, indent=True)
    para(d, "附：土地利用规划图（见下页）、规划用地平衡表", 15, indent=True, before=6)
    para(d, "规划用地平衡表", 15, "黑体", C, before=8, after=4, page_break=True)
    areas = rng.dirichlet(np.ones(len(uses))) * 486.3
    rows = [["序号", "用地代码", "用地名称", "面积（公顷）", "占城市建设用地比例（%）"]]
    for i, ((code, name, _), a) in enumerate(zip(uses, areas), 1):
        rows.append([str(i), code, name, f"{a:.2f}", f"{a / 486.3 * 100:.2f}"])
    rows.append(["", "", "合计", "486.30", "100.00"])
    table(d, rows, (1.4, 2.4, 5.6, 3.2, 4.4), size=11, align="ccl" + "rr")
    para(d, office, 15, align=R, before=20)
    para(d, "2025年4月1日", 15, align=R)
    src = save_docx(d, tmp / "notice.docx")
    text_pdf = soffice_pdf(src, tmp / "lo")
    joined = tmp / "joined.pdf"
    run(["qpdf", "--empty", "--pages", str(text_pdf), "1", str(map_pdf), "1", str(text_pdf), "2-z", "--", str(joined)])
    out = pack(joined, OUT / "changzhi-guihua.pdf")
    npg = pages(out)
    npaths = len(polys) + len(bld) + len(roads) * 2 + len(contours)
    write_truth(out.name, f"An ordinary 控制性详细规划 批前公示 (长治市自然资源和规划局, {npg} pages): page 1 the notice (LibreOffice "
                f"print), page 2 an A3 landscape 土地利用规划图 drawn by matplotlib as vectors (about {npaths} polygons and lines: "
                "lots, buildings, roads, contours, a river; hundreds of tiny Type 3 text labels such as R2 / A-07-2 and a "
                "legend of 用地代码 and names), then the 规划用地平衡表 (序号 | 用地代码 | 用地名称 | 面积 | 比例). A page with "
                "thousands of rectangles a ruling-finder may take for cells, and a small coded table: not a catalog; "
                "expected 'no catalog', nothing published, in reasonable time.")
    return [(out.name, f"规划 批前公示 with a vector map page, PDF, LibreOffice Writer print joined (qpdf) with a matplotlib "
             f"PDF map (A3, ~{npaths} polygons/lines, Type 3 labels), {npg} pages; tempts a ruling-finder with thousands "
             "of rectangles, and a 用地平衡表")]


def main(argv: Sequence[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = list(argv) or list(DOCS)
    made: list[Made] = []
    with tempfile.TemporaryDirectory() as tmpdir:
        for name in names:
            tmp = Path(tmpdir) / name
            tmp.mkdir()
            made += DOCS[name](tmp)
            print(name, "done", flush=True)
    if not argv:
        write_readme(made)


def write_readme(made: Sequence[Made]) -> None:
    lines = "".join(f"  {name}\n      {line}\n" for name, line in made)
    (OUT / "README.txt").write_text(README_HEAD + lines + README_TAIL, encoding="utf-8")


README_HEAD = __doc__.split("\n", 1)[1].lstrip("\n")
README_HEAD = ("Regenerate tests/fixtures/unseen33: a blind probe round of ORDINARY government documents (no catalog at "
               "all).\n\n" + README_HEAD + """
What is expected of each: read without crashing, in reasonable time, no row published, and "no catalog". Truth beside
each document, <stem>.truth.json: {"catalog": false, "why": "..."} (why: what the document is and what in it might
tempt a catalog reader). Nothing here imitates a catalog on purpose: each is a whole document of a kind bureaus
publish on the same sites.

Producers: LibreOffice 7.4.7 Writer and Calc (soffice --headless --convert-to pdf), Chromium headless
(--print-to-pdf; here Skia embeds Noto CJK as Type 3 fonts with ToUnicode), matplotlib 3.x (SVG with text as
paths; PDF with Type 3 fonts), python-docx, openpyxl, Pillow (the scan), qpdf (joins; every PDF is repacked by qpdf
--deterministic-id after its dates, /ID and uuids are pinned). Checked with pdfinfo, pdffonts, pdftotext -layout and
pdftoppm (pages looked at).

Dropped: nothing of the brief's list except a 部门决算 from XLSX (the 部门预算 is LibreOffice's print of a DOCX) and
LibreOffice Calc charts for the 统计公报 (its charts are matplotlib SVG). The 招聘岗位表 is two documents (the workbook
and its Calc print), so 15 documents in all.

The documents:
""")
README_TAIL = """
Size: about 3.5 MB in all; the long one (yuncheng-nianjian.pdf, about 1.5 MB) uses one font family.
Determinism: seeded random everywhere; zip members dated 2025-06-01; PDF dates, /ID, XMP uuids pinned, then qpdf
--deterministic-id. Run twice (the whole set), every file here came out byte for byte the same.
"""


if __name__ == "__main__":
    main(sys.argv[1:])
