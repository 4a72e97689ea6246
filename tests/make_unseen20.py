"""Regenerate tests/fixtures/unseen20: an eleventh blind probe round, of PDF producers no earlier round
has.

    .venv/bin/python tests/make_unseen20.py              # every document
    .venv/bin/python tests/make_unseen20.py fushun       # only these

Catalogs (rows from the bundled notices' truth by `pick`, re-ordered and mixed, every cell as printed):

    fushun-xelatex.pdf          XeLaTeX (TeX Live 2022, ctexart, xeCJK, fontspec) + longtable: Noto Serif
                                CJK SC and Latin Modern embedded by xdvipdfmx as CID Type 0C subsets,
                                Identity-H; no space glyphs between words (a word space is positioning
                                only); \\hline under every row, | rules between columns, the header
                                repeated by \\endhead; narrow ragged-right p{} columns so English names
                                and issuers wrap (at spaces and after hyphens already in the text;
                                automatic hyphenation is off, so the printed words are the bureau's);
                                three pages.
    jinzhou-booktabs.pdf        the same catalog (the same rows in the same order) set with booktabs:
                                \\toprule / \\midrule under the header (repeated on each page) /
                                \\bottomrule at the end of the table and the foot of each page, no
                                vertical rules, no rules between rows: the rows are told apart only by
                                their vertical spacing.
    yingkou-pymupdf.pdf         PyMuPDF 2.0 (MuPDF 1.28.5) fitz.Story from an HTML page (a bordered
                                <table>, border-collapse, <thead>) laid out by MuPDF's HTML engine onto
                                A4 pages by DocumentWriter; MuPDF's built-in fonts (Droid Sans Fallback
                                for CJK, Nimbus Sans for Latin), subset afterwards by Document.subset_fonts
                                (); 序号, 对应职称 and 所属系列 white-space:nowrap (the rest is MuPDF's
                                automatic table layout). MuPDF does not repeat the <thead> on later
                                pages, and its Nimbus Sans sets fi as the ligature glyph whose
                                ToUnicode is U+FB01 ("Certiﬁed" in the text layer).
    fuxin-shuffled.pdf          a small writer of its own (ReportLab 5.1.0's canvas, no platypus): every
                                table cell's text placed at its position by drawString (WenQuanYi Micro Hei,
                                TrueType, embedded by ReportLab as single-byte subsets), rules as lines;
                                the content stream draws out of reading order: per page the column
                                译名 first, then 序号, 对应职称, 职业资格名称, 所属系列, 颁证单位, each column
                                bottom row first and each cell's lines bottom line first, the horizontal
                                rules after the third column, the vertical rules last, the notice's own
                                text (title, 文号, body, signature) after the table. Positions are right:
                                the page looks normal. The header is repeated on each page.
    liaoyang-dashed.pdf         ReportLab platypus Table (WenQuanYi Micro Hei embedded) whose inner rules
                                are dashed (the line commands' dash argument: setDash [2 2] in the
                                stream) and whose outer border is a double line (BOX with count 2), the
                                header row repeated (repeatRows=1) inside the double border on each page;
                                the 译名 cells wrapped with wordWrap='CJK', the others at spaces (ReportLab's
                                CJK wrapping breaks inside English words too, which this round leaves
                                out); two pages.

Rows: fushun and jinzhou 32, yingkou 30, fuxin 26, liaoyang 31; each city used by no earlier round.

Look-alike (no catalog: nothing may be published):

    tieling-gongshi-xelatex.pdf  XeLaTeX + longtable, ruled like fushun's: a 职称评审结果公示 (序号 | 姓名 |
                                工作单位 | 专业 | 评审通过的职称 | 职称系列), 48 people's names, two pages.

Beside each document, <stem>.truth.json as tests/make_unseen9.py writes it, written before the pipeline
ever read the document: {"header", "rows"} or {"catalog": false, "why": ...}.

Tools that are not project dependencies, installed outside the project (the Python one found by
UNSEEN20_PY, default below):

    apt-get install texlive-xetex texlive-lang-chinese texlive-latex-extra fonts-noto-cjk fonts-wqy-microhei
    python3 -m venv /tmp/u20venv && /tmp/u20venv/bin/pip install pymupdf==2.0 reportlab==5.1.0

Dates are pinned: SOURCE_DATE_EPOCH with FORCE_SOURCE_DATE=1 for XeLaTeX / xdvipdfmx, ReportLab's
invariant mode, and every PDF through make_producers.pin_pdf.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import make_unseen9  # noqa: E402
from make_producers import pin_pdf  # noqa: E402
from make_unseen9 import CANONICAL_HEADER, Made, T, W, catalog_truth, no_catalog, numbered, pick  # noqa: E402
from make_unseen19 import lines_of  # noqa: E402  (the notice's lines, as unseen18 and 19 write them)

OUT = ROOT / "tests" / "fixtures" / "unseen20"
make_unseen9.OUT = OUT  # its writers (write_truth) put their files here
TOOL_PY = Path(os.environ.get("UNSEEN20_PY", "/tmp/u20venv/bin/python"))
NOTO = Path("/usr/share/fonts/opentype/noto")
WQY_TTC = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
EPOCH = "1747728000"  # 2025-05-20T08:00:00Z
Row = tuple[str, ...]


# --- running the outside tools ---------------------------------------------------------------------


def _tool_py(script: str, spec: dict, tmp: Path) -> None:
    """Run a Python script in the /tmp venv (PyMuPDF, ReportLab) with the spec (JSON) as its argument."""
    py, data = tmp / "script.py", tmp / "spec.json"
    py.write_text(script, encoding="utf-8")
    data.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    subprocess.run([str(TOOL_PY), str(py), str(data)], check=True, timeout=300)


def _xelatex(tex: str, stem: str, tmp: Path) -> Path:
    """XeLaTeX's PDF of the source (run twice, for longtable's widths), pinned, at OUT/<stem>.pdf."""
    work = tmp / stem
    work.mkdir(parents=True, exist_ok=True)
    (work / f"{stem}.tex").write_text(tex, encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}
    for _ in range(2):
        r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"],
                           cwd=work, env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
        if r.returncode != 0:
            raise RuntimeError(f"xelatex failed on {stem}:\n{r.stdout[-3000:]}")
    out = OUT / f"{stem}.pdf"
    shutil.copy(work / f"{stem}.pdf", out)
    pin_pdf(out)
    return out


# --- XeLaTeX ---------------------------------------------------------------------------------------

_TEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}  # fmt: skip


def _tex(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(ch, ch) for ch in text)


TEX_PREAMBLE = r"""\documentclass[UTF8,fontset=none,zihao=5,a4paper]{ctexart}
\setCJKmainfont{NotoSerifCJK-Regular.ttc}[Path=%(noto)s/, FontIndex=2,
  BoldFont=NotoSerifCJK-Bold.ttc, BoldFeatures={FontIndex=2}]
\setCJKsansfont{NotoSansCJK-Regular.ttc}[Path=%(noto)s/, FontIndex=2,
  BoldFont=NotoSansCJK-Bold.ttc, BoldFeatures={FontIndex=2}]
\usepackage[left=2.6cm,right=2.6cm,top=2.8cm,bottom=2.6cm]{geometry}
\usepackage{longtable,array,booktabs}
\newcolumntype{L}[1]{>{\raggedright\arraybackslash\hyphenpenalty=10000\relax}p{#1}}
\newcolumntype{C}[1]{>{\centering\arraybackslash\hyphenpenalty=10000\relax}p{#1}}
\hyphenpenalty=10000
\pagestyle{plain}
\begin{document}
"""


def _tex_notice(lines: Sequence[str]) -> str:
    """文号, title, salutation, body, bureau and date, 附件 and the annex title (before the table)."""
    doc_no, title, salutation, body, bureau, date, annex, annex_title = (_tex(x) for x in lines)
    return (
        f"\\begin{{center}}{doc_no}\\end{{center}}\n"
        f"\\begin{{center}}{{\\zihao{{3}}\\sffamily\\bfseries {title}}}\\end{{center}}\n\\vspace{{1ex}}\n"
        f"\\noindent {salutation}\n\n{body}\n\n\\vspace{{2ex}}\n"
        f"\\begin{{flushright}}{bureau}\\\\{date}\\end{{flushright}}\n\\vspace{{2ex}}\n"
        f"\\noindent {annex}\n\n"
        f"\\begin{{center}}{{\\sffamily\\bfseries {annex_title}}}\\end{{center}}\n"
    )


CATALOG_COLS = ("C{0.8cm}", "L{3.0cm}", "L{2.5cm}", "L{3.7cm}", "C{1.6cm}", "C{1.6cm}")


def _tex_row(cells: Sequence[str], bold: bool = False) -> str:
    wrap = (lambda c: f"\\textbf{{{_tex(c)}}}") if bold else _tex
    return " & ".join(wrap(c) for c in cells) + r" \\"


def _tex_ruled(header: Sequence[str], rows: Sequence[Sequence[str]], cols: Sequence[str]) -> str:
    """A longtable with | between columns and \\hline under every row, the header repeated."""
    head = f"\\hline\n{_tex_row(header, True)} \\hline\n"
    body = "".join(f"{_tex_row(r)} \\hline\n" for r in rows)
    spec = "|" + "|".join(cols) + "|"
    return (f"{{\\small\n\\begin{{longtable}}{{{spec}}}\n{head}\\endfirsthead\n{head}\\endhead\n"
            f"{body}\\end{{longtable}}}}\n")  # fmt: skip


def _tex_booktabs(header: Sequence[str], rows: Sequence[Sequence[str]], cols: Sequence[str]) -> str:
    """A longtable with booktabs rules only: top and mid rules around the header (repeated), a bottom
    rule at each page foot and at the end, nothing between rows, no vertical rules."""
    head = f"\\toprule\n{_tex_row(header, True)}\n\\midrule\n"
    body = "".join(f"{_tex_row(r)}\n" for r in rows)
    return (f"{{\\small\n\\begin{{longtable}}{{{''.join(cols)}}}\n{head}\\endfirsthead\n{head}\\endhead\n"
            f"\\bottomrule\n\\endfoot\n\\bottomrule\n\\endlastfoot\n{body}\\end{{longtable}}}}\n")  # fmt: skip


def _tex_doc(lines: Sequence[str], table: str) -> str:
    return TEX_PREAMBLE % {"noto": NOTO} + _tex_notice(lines) + table + "\\end{document}\n"


# the same rows for fushun's ruled and jinzhou's booktabs catalog
FUSHUN_ROWS = (
    pick(W, 4, 5, 10, 11, 12, 14, 18, 19)
    + pick(T, 1, 2, 6, 7, 11, 13)
    + pick(W, 37, 39, 41, 42, 44, 45)
    + pick(T, 26, 27, 29, 30, 34, 46)
    + pick(W, 51, 52, 56, 58, 59, 61)
)


def fushun(tmp: Path) -> list[Made]:
    rows = numbered(FUSHUN_ROWS)
    lines = lines_of("抚顺市", "抚", 17, "2025年6月9日")
    _xelatex(_tex_doc(lines, _tex_ruled(CANONICAL_HEADER, rows, CATALOG_COLS)), "fushun-xelatex", tmp)
    return [Made("fushun-xelatex", catalog_truth(rows))]


def jinzhou(tmp: Path) -> list[Made]:
    rows = numbered(FUSHUN_ROWS)
    lines = lines_of("锦州市", "锦", 23, "2025年6月12日")
    _xelatex(_tex_doc(lines, _tex_booktabs(CANONICAL_HEADER, rows, CATALOG_COLS)), "jinzhou-booktabs", tmp)
    return [Made("jinzhou-booktabs", catalog_truth(rows))]


TIELING_PEOPLE = (
    ("王志刚", "铁岭市政工程设计院有限公司", "市政工程", "高级工程师", "工程系列"),
    ("李晓燕", "辽宁铁岭电力设计有限公司", "电力系统及其自动化", "高级工程师", "工程系列"),
    ("张洪涛", "铁岭阀门股份有限公司", "机械设计制造", "高级工程师", "工程系列"),
    ("刘丽娜", "铁岭市建筑工程质量检测中心", "建筑工程", "高级工程师", "工程系列"),
    ("陈国庆", "铁岭特种变压器有限公司", "电气工程", "正高级工程师", "工程系列"),
    ("杨春雨", "铁岭市水利勘测设计研究院", "水利水电工程", "高级工程师", "工程系列"),
    ("赵建华", "铁岭华晨橡塑制品有限公司", "高分子材料", "高级工程师", "工程系列"),
    ("黄晓明", "铁岭市交通规划设计院", "道路与桥梁工程", "高级工程师", "工程系列"),
    ("周丽华", "铁岭市环境监测站", "环境工程", "高级工程师", "工程系列"),
    ("吴德明", "铁岭选矿药剂有限公司", "化学工程", "高级工程师", "工程系列"),
    ("徐海波", "铁岭市公路工程有限公司", "道路与桥梁工程", "工程师", "工程系列"),
    ("孙玉梅", "铁岭市农业机械化技术推广站", "农业机械", "工程师", "工程系列"),
    ("胡志强", "铁岭市燃气总公司", "燃气工程", "工程师", "工程系列"),
    ("朱红艳", "铁岭市测绘院", "测绘工程", "工程师", "工程系列"),
    ("高建军", "铁岭市热力有限公司", "供热通风与空调", "工程师", "工程系列"),
    ("林小凤", "辽宁铁岭经济开发区管理委员会", "建筑工程管理", "工程师", "工程系列"),
    ("何立新", "铁岭市第二建筑工程公司", "建筑施工", "工程师", "工程系列"),
    ("郭淑珍", "铁岭市自来水公司", "给水排水工程", "工程师", "工程系列"),
    ("马振宇", "铁岭市城市照明管理处", "电气自动化", "工程师", "工程系列"),
    ("罗晓东", "铁岭市特种设备检验所", "压力容器", "高级工程师", "工程系列"),
    ("梁秀英", "铁岭市产品质量监督检验所", "检验检测", "工程师", "工程系列"),
    ("宋文斌", "铁岭专用车制造有限公司", "车辆工程", "高级工程师", "工程系列"),
    ("郑桂兰", "铁岭市粮食科学研究所", "粮油加工", "工程师", "工程系列"),
    ("谢宏伟", "铁岭市信息中心", "计算机应用", "工程师", "工程系列"),
    ("韩雪梅", "铁岭市园林绿化管理处", "园林工程", "工程师", "工程系列"),
    ("唐建国", "铁岭市城乡规划设计院", "城乡规划", "高级工程师", "工程系列"),
    ("冯春生", "铁岭钢铁集团有限公司", "冶金工程", "高级工程师", "工程系列"),
    ("于秀芳", "铁岭市安全生产技术服务中心", "安全工程", "工程师", "工程系列"),
    ("董志远", "铁岭市地震监测中心", "地球物理", "工程师", "工程系列"),
    ("萧明辉", "铁岭市电子产品检测中心", "电子信息工程", "助理工程师", "工程系列"),
    ("程丽君", "铁岭市建设工程造价管理站", "工程造价", "助理工程师", "工程系列"),
    ("曹永刚", "铁岭市人防工程质量监督站", "人防工程", "助理工程师", "工程系列"),
    ("袁海峰", "铁岭市城建档案馆", "建筑工程", "工程师", "工程系列"),
    ("邓晓琳", "铁岭新城投资控股有限公司", "工程管理", "工程师", "工程系列"),
    ("许国栋", "铁岭市水务集团有限公司", "水处理工程", "高级工程师", "工程系列"),
    ("傅春梅", "辽宁铁法能源有限责任公司", "采矿工程", "高级工程师", "工程系列"),
    ("沈立军", "铁岭市通信管线建设有限公司", "通信工程", "工程师", "工程系列"),
    ("曾凡宇", "铁岭市不动产登记中心", "测绘工程", "助理工程师", "工程系列"),
    ("彭晓光", "铁岭市气象局", "大气探测", "工程师", "工程系列"),
    ("吕淑华", "铁岭市消防救援支队", "消防工程", "工程师", "工程系列"),
    ("苏振东", "铁岭龙源风力发电有限公司", "新能源发电", "高级工程师", "工程系列"),
    ("卢德胜", "铁岭市公共资源交易中心", "工程造价", "工程师", "工程系列"),
    ("蒋秀云", "铁岭市疾病预防控制中心", "环境卫生工程", "工程师", "工程系列"),
    ("蔡志伟", "铁岭市机动车检测有限公司", "汽车检测", "助理工程师", "工程系列"),
    ("贾春光", "铁岭市建筑节能管理办公室", "建筑节能", "高级工程师", "工程系列"),
    ("丁雅琴", "铁岭市路桥养护中心", "道路与桥梁工程", "助理工程师", "工程系列"),
    ("魏国强", "铁岭市供电公司", "电力工程", "高级工程师", "工程系列"),
    ("薛红梅", "铁岭市检验检测认证中心", "计量测试", "工程师", "工程系列"),
)


def tieling(tmp: Path) -> list[Made]:
    people = [(str(i), *p) for i, p in enumerate(TIELING_PEOPLE, start=1)]
    lines = [
        "关于2024年度铁岭市工程系列职称评审结果的公示",
        "根据《辽宁省职称评审管理暂行办法》，经铁岭市工程系列职称评审委员会评审，"
        f"王志刚等{len(people)}名同志"
        "通过相应专业技术资格评审，现予公示。公示期为2025年6月16日至6月20日。",
        "公示期间，如对公示人员有异议，请以书面形式向市人力资源和社会保障局专业技术人员管理科反映。",
        "联系电话：024-72828123",
        "附件：2024年度铁岭市工程系列职称评审通过人员名单",
    ]
    header = ["序号", "姓名", "工作单位", "专业", "评审通过的职称", "职称系列"]
    cols = ("C{0.8cm}", "C{1.4cm}", "L{4.6cm}", "L{3.0cm}", "C{2.0cm}", "C{1.6cm}")
    text = (f"\\begin{{center}}{{\\zihao{{3}}\\sffamily\\bfseries {_tex(lines[0])}}}\\end{{center}}\n\\vspace{{1ex}}\n"
            + "".join(f"{_tex(x)}\n\n" for x in lines[1:4])
            + "\\begin{flushright}铁岭市人力资源和社会保障局\\\\2025年6月16日\\end{flushright}\n"
            + f"\\noindent {_tex(lines[4])}\n\n\\vspace{{1ex}}\n")  # fmt: skip
    tex = TEX_PREAMBLE % {"noto": NOTO} + text + _tex_ruled(header, people, cols) + "\\end{document}\n"
    _xelatex(tex, "tieling-gongshi-xelatex", tmp)
    why = "a 职称评审结果公示 (姓名 | 工作单位 | 专业 | 评审通过的职称 | 职称系列), not a catalog"
    return [Made("tieling-gongshi-xelatex", no_catalog(why))]


# --- PyMuPDF Story -----------------------------------------------------------------------------------

STORY_PY = r"""
import html, json, sys
import pymupdf
spec = json.load(open(sys.argv[1], encoding='utf-8'))
esc = lambda s: html.escape(s, quote=False)
lines = spec['lines']
body = (f"<p class=no>{esc(lines[0])}</p><h1>{esc(lines[1])}</h1><p class=sal>{esc(lines[2])}</p>"
        f"<p>{esc(lines[3])}</p><p class=sign>{esc(lines[4])}</p><p class=sign>{esc(lines[5])}</p>"
        f"<p class=sal>{esc(lines[6])}</p><h2>{esc(lines[7])}</h2>")
head = "<thead><tr>" + "".join(f"<th class=c{i}>{esc(h)}</th>" for i, h in enumerate(spec['header'])) + "</tr></thead>"
rows = "".join("<tr>" + "".join(f"<td class=c{i}>{esc(c)}</td>" for i, c in enumerate(r)) + "</tr>"
               for r in spec['rows'])
page = (f"<html><body>{body}<table border='1' cellspacing='0' cellpadding='3' width='100%'>{head}"
        f"<tbody>{rows}</tbody></table></body></html>")
css = ("body{font-family:sans-serif;font-size:10.5pt} p{text-indent:2em;margin:4pt 0} p.no,p.sal{text-indent:0}"
       "p.no{text-align:center} p.sign{text-align:right} h1{font-size:15pt;text-align:center}"
       "h2{font-size:11pt;text-align:center} table{border-collapse:collapse;font-size:8.5pt}"
       "th,td{border:1px solid black;padding:3px;vertical-align:middle} th{background-color:#e8e8e8}"
       "td.c0,td.c4,td.c5{text-align:center} th.c0,td.c0,th.c4,td.c4,th.c5,td.c5{white-space:nowrap}")
story = pymupdf.Story(page, user_css=css)
raw = spec['out'] + '.raw.pdf'
writer = pymupdf.DocumentWriter(raw)
mediabox = pymupdf.paper_rect('a4')
where = mediabox + (56, 60, -56, -60)
more = 1
while more:
    dev = writer.begin_page(mediabox)
    more, _ = story.place(where)
    story.draw(dev)
    writer.end_page()
writer.close()
doc = pymupdf.open(raw)
doc.set_metadata({'title': lines[1], 'producer': 'PyMuPDF', 'creator': 'PyMuPDF Story'})
doc.subset_fonts()
doc.save(spec['out'], garbage=3, deflate=True, no_new_id=True)
"""


def yingkou(tmp: Path) -> list[Made]:
    rows = numbered(pick(T, 21, 22, 47, 48, 3, 4, 5, 16, 17, 18) + pick(W, 1, 2, 3, 20, 21, 22, 24, 25, 26, 27)
                    + pick(T, 33, 49, 50, 51, 12, 13) + pick(W, 53, 54, 55, 57))  # fmt: skip
    lines = lines_of("营口市", "营", 14, "2025年6月18日")
    out = OUT / "yingkou-pymupdf.pdf"
    _tool_py(
        STORY_PY, {"out": str(out), "lines": lines, "header": CANONICAL_HEADER, "rows": [list(r) for r in rows]}, tmp
    )
    Path(str(out) + ".raw.pdf").unlink()
    pin_pdf(out)
    return [Made("yingkou-pymupdf", catalog_truth(rows))]


# --- ReportLab: a canvas drawn out of order, a platypus table with dashed rules --------------------------

SHUFFLED_PY = r"""
import json, sys
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
spec = json.load(open(sys.argv[1], encoding='utf-8'))
pdfmetrics.registerFont(TTFont('WQY', spec['font'], subfontIndex=0))
W, H = A4
left, size, lead, pad = 48, 8, 10.5, 3
widths = spec['widths']
order = spec['order']  # columns in drawing order
cjk = lambda ch: '\u2e80' <= ch <= '\u9fff' or '\u3000' <= ch <= '\u303f' or '\uff00' <= ch <= '\uffef'
sw = lambda s, sz=size: pdfmetrics.stringWidth(s, 'WQY', sz)

def tokens(text):
    out, word = [], ''
    for ch in text:
        if cjk(ch) or ch == ' ':
            if word: out.append(word); word = ''
            out.append(ch)
        else:
            word += ch
    if word: out.append(word)
    return out

def wrap(text, width, sz=size):
    lines, line = [], ''
    for tok in tokens(text):
        trial = line + tok
        if sw(trial.rstrip(), sz) <= width or not line.strip():
            line = trial
        else:
            lines.append(line.rstrip()); line = '' if tok == ' ' else tok
    if line.strip(): lines.append(line.rstrip())
    return lines or ['']

c = canvas.Canvas(spec['out'], pagesize=A4, invariant=1)
c.setTitle(spec['lines'][1]); c.setAuthor('hrss'); c.setCreator('rsj-report')
lines = spec['lines']
page_text = []  # (x, y, text, size) of the notice's own text, drawn after the table
y = H - 64
def centred(t, sz):
    global y
    page_text.append(((W - sw(t, sz)) / 2, y, t, sz)); y -= sz + 10
centred(lines[0], 10.5); y -= 4
centred(lines[1], 15)
page_text.append((left, y, lines[2], 10.5)); y -= 18
for part in wrap(lines[3], W - 2 * left - 21, 10.5):
    page_text.append((left + 21, y, part, 10.5)); y -= 16
y -= 6
for t in lines[4:6]:
    page_text.append((W - left - sw(t, 10.5), y, t, 10.5)); y -= 16
page_text.append((left, y, lines[6], 10.5)); y -= 18
centred(lines[7], 11.5)
y -= 2
cells, hrules, vrules = [], [], []

def flush():
    # the table's cells column by column in the shuffled order, bottom row first, each cell's lines
    # bottom line first; the horizontal rules in the middle; the vertical rules; the notice text last
    by_col = {k: [] for k in range(len(widths))}
    for col, r, x, yy, t in cells:
        by_col[col].append((r, yy, x, t))
    for n, col in enumerate(order):
        for r, yy, x, t in sorted(by_col[col], key=lambda e: (-e[0], e[1])):
            c.setFont('WQY', size); c.drawString(x, yy, t)
        if n == 2:
            c.setLineWidth(0.6)
            for x1, y1, x2, y2 in reversed(hrules): c.line(x1, y1, x2, y2)
    c.setLineWidth(0.6)
    for x1, y1, x2, y2 in vrules: c.line(x1, y1, x2, y2)
    for x, yy, t, sz in page_text:
        c.setFont('WQY', sz); c.drawString(x, yy, t)
    cells.clear(); hrules.clear(); vrules.clear(); page_text.clear()

r_index = 0
def row(values):
    global y, r_index
    wrapped = [wrap(v, widths[i] - 2 * pad) for i, v in enumerate(values)]
    h = max(len(w) for w in wrapped) * lead + 2 * pad
    if y - h < 56:
        flush(); c.showPage(); y = H - 56
        row(spec['header'])
    x = left
    for i, w in enumerate(wrapped):
        for k, t in enumerate(w):
            tx = x + (widths[i] - sw(t)) / 2 if i in (0, 4, 5) else x + pad
            cells.append((i, r_index, tx, y - pad - size - k * lead + 1.5, t))
        vrules.append((x, y, x, y - h))
        x += widths[i]
    vrules.append((x, y, x, y - h))
    hrules.append((left, y, x, y)); hrules.append((left, y - h, x, y - h))
    y -= h; r_index += 1

row(spec['header'])
for values in spec['rows']:
    row(values)
flush()
c.save()
"""

DASHED_PY = r"""
import json, sys
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape
spec = json.load(open(sys.argv[1], encoding='utf-8'))
pdfmetrics.registerFont(TTFont('WQY', spec['font'], subfontIndex=0))
body = ParagraphStyle('body', fontName='WQY', fontSize=10.5, leading=17, firstLineIndent=21, wordWrap='CJK')
plain = ParagraphStyle('plain', parent=body, firstLineIndent=0)
right = ParagraphStyle('right', parent=plain, alignment=2)
title = ParagraphStyle('title', parent=plain, fontSize=15, leading=22, alignment=1, spaceBefore=6, spaceAfter=6)
centre = ParagraphStyle('centre', parent=plain, alignment=1)
cell = ParagraphStyle('cell', fontName='WQY', fontSize=8, leading=10.5)
cjk = ParagraphStyle('cjk', parent=cell, wordWrap='CJK')  # breaks anywhere, inside English words too
ccell = ParagraphStyle('ccell', parent=cell, alignment=1)
lines = spec['lines']
story = [Paragraph(escape(lines[0]), centre), Paragraph(escape(lines[1]), title), Paragraph(escape(lines[2]), plain),
         Paragraph(escape(lines[3]), body), Spacer(1, 4 * mm), Paragraph(escape(lines[4]), right),
         Paragraph(escape(lines[5]), right), Spacer(1, 4 * mm), Paragraph(escape(lines[6]), plain),
         Paragraph('<b>' + escape(lines[7]) + '</b>', centre), Spacer(1, 3 * mm)]
centred = set(spec['centred'])
data = [[Paragraph(escape(h), ccell) for h in spec['header']]]
styles = [ccell if i in centred else cjk if i in spec['cjk'] else cell for i in range(len(spec['header']))]
data += [[Paragraph(escape(v), styles[i]) for i, v in enumerate(r)] for r in spec['rows']]
table = Table(data, colWidths=spec['widths'], repeatRows=1)
table.setStyle(TableStyle([
    # (op, start, stop, weight, colour, cap, dashes, join, count, space)
    ('INNERGRID', (0, 0), (-1, -1), 0.5, black, None, (2, 2)),
    ('BOX', (0, 0), (-1, -1), 0.6, black, None, None, None, 2, 1.6),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
    ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4),
    ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
]))
story.append(table)
doc = SimpleDocTemplate(spec['out'], pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                        bottomMargin=22 * mm, title=lines[1], author='hrss', creator='rsj-report')
doc.build(story)
"""


def fuxin(tmp: Path) -> list[Made]:
    rows = numbered(pick(W, 9, 13, 15, 16, 17, 28, 29, 30, 31, 36) + pick(T, 8, 9, 10, 12, 14, 15, 19, 20)
                    + pick(W, 46, 47, 48, 60) + pick(T, 34, 35, 36, 52))  # fmt: skip
    lines = lines_of("阜新市", "阜", 9, "2025年6月20日")
    spec = {"out": str(OUT / "fuxin-shuffled.pdf"), "font": str(WQY_TTC), "lines": lines,
            "header": CANONICAL_HEADER, "rows": [list(r) for r in rows],
            "widths": [26, 118, 96, 150, 54, 55.28], "order": [2, 0, 4, 1, 5, 3]}  # fmt: skip
    _tool_py(SHUFFLED_PY, spec, tmp)
    pin_pdf(OUT / "fuxin-shuffled.pdf")
    return [Made("fuxin-shuffled", catalog_truth(rows))]


def liaoyang(tmp: Path) -> list[Made]:
    rows = numbered(pick(T, 37, 38, 40, 41, 42, 43, 45, 36, 52) + pick(W, 6, 7, 8, 23, 32, 33, 34, 35)
                    + pick(T, 1, 6, 7, 10, 11) + pick(W, 38, 40, 43, 49, 50) + pick(T, 29, 30, 31, 32))  # fmt: skip
    lines = lines_of("辽阳市", "辽", 21, "2025年6月24日")
    spec = {"out": str(OUT / "liaoyang-dashed.pdf"), "font": str(WQY_TTC), "lines": lines,
            "header": CANONICAL_HEADER, "rows": [list(r) for r in rows],
            "widths": [28, 118, 90, 138, 52, 52], "centred": [0, 4, 5], "cjk": [2]}  # fmt: skip
    _tool_py(DASHED_PY, spec, tmp)
    pin_pdf(OUT / "liaoyang-dashed.pdf")
    return [Made("liaoyang-dashed", catalog_truth(rows))]


DOCUMENTS: tuple[Callable[[Path], list[Made]], ...] = (fushun, jinzhou, yingkou, fuxin, liaoyang, tieling)


def main() -> int:
    """Write every document of the round (or the named ones) and its truth files."""
    return make_unseen9.write_round(DOCUMENTS, sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
