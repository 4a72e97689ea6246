"""Regenerate tests/fixtures/unseen30: a blind probe round of PDFs as Microsoft Word and WPS Office really
write them.

    /work/main/.venv/bin/python tests/make_unseen30.py             # every document (and README.txt)
    /work/main/.venv/bin/python tests/make_unseen30.py lasa        # only these

Whole notices (文号 with 〔2025〕, title with 第N批, addressees, intro, closing words, bureau, date, 附件, the
catalog title, a ruled table and the words under it) in cities no earlier round used (乌鲁木齐, 克拉玛依, 拉萨,
海东, 酒泉, 张掖, 武威, 定西, 六盘水, 安顺, and the look-alikes 毕节, 铜仁), each a PDF written operator by
operator here, imitating ONE or TWO traits of the real Word and WPS exports on this machine
(/work/realdocs/files, /work/realdocs/MANIFEST.json). One embedded CJK font (Noto Serif CJK SC, subset,
converted to TrueType) plays every face (宋体, 仿宋_GB2312, 黑体 …): the names are Word's and WPS's, the
outlines are Noto's. Every qualification, body and title is real: rows of the bundled notices
(tests/fixtures/wuxi-2021-49, taizhou-2022-30 truths, picked by 序号) and bodies of tests/make_unseen23.py.

What the real files show (qpdf --qdf --object-streams=disable, content streams read by eye; pdffonts; pdfinfo):

  Word 2016 (ouc-hysmxy-xueye-jiangxuejin-xize.pdf, ouc-yjsy-xuexi-jiangxuejin-tongzhi.pdf; tagged):
    * every run its own marked-content sequence: /P <</MCID n>> BDC q <clip> re W* n BT /Fk s Tf
      1 0 0 1 x y Tm 0 g 0 G [ … ] TJ ET Q EMC; Latin runs /Span or /P <</MCID n/Lang (en-US)>>. Body runs
      clipped to the whole page (0.000008871 0 595.32 841.92 re W* n); text in a table cell clipped to the cell
      twice (an outer q <cell> re W* n … Q around the cell's runs and the same rectangle again around each run).
    * one face, two PDF fonts with the same BaseFont (ABCDEE+宋体 / ABCDEE+仿宋 / BCDHEE+FangSong_GB2312): a
      CIDFontType2 subset, Identity-H, with ToUnicode, for CJK; a TrueType subset, WinAnsiEncoding, NO
      ToUnicode, for Latin, digits and spaces. Glyph ids kept from the full font (codes like <4c98>), and a
      two-byte code whose bytes are printable written as a literal string: [(#\\255#A+U)-8<0ab3119c4c98>] TJ.
    * TJ arrays with small adjustments between pieces (-8, 9, 15; 496 or 991 after a full-width comma), Tc
      of ±0.12 or -0.06 before some arrays; spaces are drawn glyphs [( )] TJ, one at the end of every cell
      (the paragraph mark's space).
    * table borders as filled rectangles (re f*) 0.48 pt thick after each row's cells, tagged /P <</MCID>>:
      a 0.48×0.48 square at every junction, the horizontal segment between squares, then the verticals of
      the row; the first row's end squares drawn twice (the corners overlap).
    * fake bold as 2 Tr 0.40114 w; the red line under the 文号 as 2 w 1 0 0 RG 1 j m l S (a stroke, tagged
      /P); the page footer as /Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC … EMC
      holding the page number — 1 — drawn in a text-box clip: the dashes <00fc> in the CID font, the digit
      and spaces in the WinAnsi one, each its own BT … ET.
    * pictures (EMF converted) as Form XObjects /Meta34 with their own /Matrix [0.29354 0 0 2.0609 0 0] and
      placed with a scaling cm, text drawn inside them (Tf carried from one BT to the next).
  Word 2013 (ouc-2022-yanjiusheng-kaoshi-dagang.pdf; tagged): the same marked runs without the page clip;
    a BT … ET often without Tf or colour: the font and colour carried over from the previous text object;
    WinAnsi subsets named ABCDEE+宋体 / ABCDEE+黑体 / ABCDEE+华文仿宋 without ToUnicode (they draw only ASCII
    there: digits, Latin and spaces; no CJK text in this file is drawn with a font lacking ToUnicode, so the
    no-ToUnicode CJK of dingxi below goes further than the real file); footer artifact with the page number.
  WPS 文字 (ouc-hhxy-jiangxuejin-xize.pdf, ouc-xxxy-xueye-jiangxuejin-xize.pdf; not tagged, empty Producer):
    * the page flipped once: 1 0 0 -1 0 841.9 cm, then every text object 0.05 0 0 -0.05 x y Tm with the font
      size ×20 (/FT18 319 Tf for 15.95 pt), every glyph its own Tj and the advance a TD in text space
      (<0463>Tj 319.188 0 TD(\\r3)Tj 321.594 0 TD …: positions snapped to 0.12 pt, 1/600 in).
    * each line in q 0 0 595.3 841.9 re W* n q -1638.4 y 3801.15 30 re W* n 0 w 2 M 2 J 2 j 0 0 0 RG BT …
      ET Q Q; text of a table cell clipped to the cell instead.
    * every font a CID subset, Identity-H with ToUnicode, Latin too (AUWCNV+TimesNewRomanPSMT), six-letter
      random prefixes and Windows names (NREKVL+FangSong_GB2312, LNUHNF+SimSun, XEKKFX+SimHei); fake bold
      2 Tr 0.5148 w.
    * table rules stroked after the cells, each its own q /GS28 gs x y m x y l S Q (0.48 w): the horizontals
      first, running 0.24 pt past the outer verticals (overlapping at the corners), then the verticals.
  No /ActualText in any of the real files (so wuwei's spans are Word's behaviour elsewhere, not seen here);
  no row broken across pages and no repeated header row in them either (Word's defaults 允许跨页断行 and
  重复标题行, written as Word lays them out).

The documents (each "why" names the real file and the trait):

    wulumuqi-biaotou.pdf      Word 2016: borders as filled 0.48 pt rectangles with junction squares (the
                              first row's corners drawn twice), a 26-row table over three pages with its
                              header row repeated on each page.
    kelamayi-duanhang.pdf     Word 2016: a row broken across a page break (its first lines on page 2,
                              the rest under the repeated header on page 3); verticals running over the
                              horizontal rules at every junction.
    lasa-yemei.pdf            Word 2016 tagged content: running header and footer (page number — n —) as
                              /Artifact /Pagination around the table on every page; a StructTreeRoot with
                              Table/TR/TD; the red stroke under the 文号.
    haidong-shuangziti.pdf    Word 2016: Latin runs in a WinAnsi TrueType subset (no ToUnicode) beside CJK
                              runs in an Identity-H subset with the same BaseFont ABCDEE+宋体, a mixed cell
                              split into runs; glyph ids of the full font, codes with printable bytes as
                              literal strings.
    jiuquan-wps.pdf           WPS 文字: flipped page, 0.05 Tm with ×20 font sizes, glyph by glyph Tj/TD,
                              per-line clips, stroked rules overlapping at the corners.
    zhangye-jianxi.pdf        Word 2016 TJ arrays: English names with no space glyph, each gap a TJ
                              offset; small kerning numbers between pieces.
    wuwei-actualtext.pdf      /Span <</ActualText>> over ligature glyphs: every fi of the English cells
                              drawn as the one glyph ﬁ (U+FB01 in the ToUnicode), ActualText (fi).
    dingxi-wuyingshe.pdf      Word 2013: Tf and colour carried across BT; the 对应职称 column drawn in a
                              single-byte WinAnsi TrueType subset with NO ToUnicode whose codes A, B, C …
                              draw CJK glyphs (text layer: letters). Truth: the text as printed; the
                              notice should be held back or its rows sent to review.
    liupanshui-tuyuan.pdf     Word 2016 pictures: the table pasted as EMF, one Form XObject per page
                              (/Meta…) with /Matrix [0.75 0 0 0.75 0 0] placed by a cm, text drawn inside.
    anshun-diwen.pdf          Word 2016: header cells shaded (0.851 g re f* under the text), header and
                              title fake bold (2 Tr 0.40114 w), Tc ±0.12 before CJK arrays.
    bijie-gongshi.pdf         look-alike (Word 2016): a 职称评审委员会 评审通过人员公示 with a ruled table.
    tongren-qingdan.pdf       look-alike (WPS 文字): a 申报材料清单 for 国际职业资格比照认定职称 applications.

The PDFs are written by this file's own writer, run by the tool interpreter UNSEEN30_PY (default
/tmp/u28venv/bin/python, with fontTools; it reuses tests/make_unseen28.py's font subsetting), then packed by
qpdf with a deterministic /ID (make_producers.pack_pinned). Nothing depends on the date: run it twice and the
bytes are the same. Beside each document, <stem>.truth.json, written before anything read the document:
{"header", "rows", "why"} with every cell as the page shows it, or {"catalog": false, "why"}.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen30"
TOOL_PY = Path(os.environ.get("UNSEEN30_PY", "/tmp/u28venv/bin/python"))

# ====================================================================================================
# The tool side (UNSEEN30_PY, fontTools): fonts, layout, Word/WPS content streams, the PDF file.
# ====================================================================================================

CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CJK_FACE = "Noto Serif CJK SC"


def _m28():
    sys.path.insert(0, str(ROOT / "tests"))
    import make_unseen28

    return make_unseen28


class Font:
    """Noto Serif CJK SC subset to `chars`, TrueType outlines; glyph ids kept from the full font if `keep`."""

    def __init__(self, chars: set[str], keep: bool = False) -> None:
        from io import BytesIO

        from fontTools import subset
        from fontTools.ttLib import TTCollection, TTFont

        m28 = _m28()
        faces = TTCollection(CJK_TTC, lazy=False)
        font = next(f for f in faces if f["name"].getDebugName(1) == CJK_FACE)
        opts = subset.Options()
        opts.layout_features = []
        opts.hinting = False
        opts.desubroutinize = True
        opts.notdef_outline = True
        opts.retain_gids = keep
        opts.name_IDs = [1, 2, 3, 4, 6]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "DSIG", "vhea", "vmtx", "kern"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in chars} | {0x20}))
        sub.subset(font)
        m28._otf_to_ttf(font)
        buf = BytesIO()
        font.recalcTimestamp = False
        font.save(buf)
        self.data = buf.getvalue()
        font = TTFont(BytesIO(self.data))
        self.tt = font
        self.upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        self.gid = {chr(u): font.getGlyphID(name) for u, name in cmap.items()}
        self.adv = {chr(u): font["hmtx"][name][0] * 1000 / self.upm for u, name in cmap.items()}
        self.bbox = [round(v * 1000 / self.upm) for v in (font["head"].xMin, font["head"].yMin, font["head"].xMax,
                                                           font["head"].yMax)]  # fmt: skip
        self.name = "Font"
        missing = [c for c in chars if c not in self.gid]
        assert not missing, missing

    def width(self, text: str, size: float, tc: float = 0.0, tw: float = 0.0, tz: float = 100.0) -> float:
        return sum(self.adv[c] * size / 1000 + tc + (tw if c == " " else 0.0) for c in text) * tz / 100

    def hex(self, text: str) -> str:
        return "<" + "".join(f"{self.gid[c]:04x}" for c in text) + ">"


def symbolic_font(chars: str) -> tuple[bytes, dict[str, int], dict[str, float], list[int]]:
    """A single-byte TrueType of the CJK glyphs `chars`: code 0x41 + i draws chars[i] (cmaps (3,0) at
    0xF041… and (1,0) at 0x41…), no Unicode cmap, no glyph names: nothing in the font says which character a
    glyph is."""
    from io import BytesIO

    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

    base = Font(set(chars))
    font = TTFont(BytesIO(base.data))
    best = font.getBestCmap()
    codes = {c: 0x41 + i for i, c in enumerate(chars)}
    names = {c: best[ord(c)] for c in chars}
    tables = []
    for pid, eid, fmt, off in ((3, 0, 4, 0xF000), (1, 0, 6, 0)):
        t = CmapSubtable.newSubtable(fmt)
        t.platformID, t.platEncID, t.language = pid, eid, 0
        t.cmap = {off + codes[c]: names[c] for c in chars}
        tables.append(t)
    font["cmap"].tables = tables
    font["post"].formatType = 3.0
    font["OS/2"].ulCodePageRange1 = 1 << 31  # symbol character set
    buf = BytesIO()
    font.recalcTimestamp = False
    font.save(buf)
    widths = {c: base.adv[c] for c in chars}
    return buf.getvalue(), codes, widths, base.bbox


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _n2(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def _segments(text: str) -> list[tuple[bool, str]]:
    """Word's runs: CJK characters (and full-width punctuation) vs Latin, digits and spaces."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        k = _cjk(ch)
        if out and out[-1][0] == k:
            out[-1] = (k, out[-1][1] + ch)
        else:
            out.append((k, ch))
    return out


LIT_OK = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | {0x08, 0x09, 0x0A, 0x0C, 0x0D}
ESC = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x28: "\\(", 0x29: "\\)", 0x5C: "\\\\"}


def _word_codes(font: Font, text: str, literal: bool) -> str:
    """Identity-H codes as Word writes them: hex, or a literal string where both bytes are printable."""
    if not literal:
        return font.hex(text)
    parts: list[tuple[bool, list[int]]] = []
    for ch in text:
        g = font.gid[ch]
        lit = (g >> 8) in LIT_OK and (g & 0xFF) in LIT_OK
        if parts and parts[-1][0] == lit:
            parts[-1][1].append(g)
        else:
            parts.append((lit, [g]))
    out = []
    for lit, gs in parts:
        if lit:
            bs = b"".join(bytes([g >> 8, g & 0xFF]) for g in gs)
            out.append("(" + "".join(ESC.get(b, chr(b)) for b in bs) + ")")
        else:
            out.append("<" + "".join(f"{g:04x}" for g in gs) + ">")
    return "".join(out)


def _lit(text: str) -> str:
    return "(" + "".join(ESC.get(ord(c), c) for c in text) + ")"


def _wrap(font: Font, text: str, width: float, size: float) -> list[str]:
    return _m28()._wrap(font, text, width, size, {})


# --- layout --------------------------------------------------------------------------------------------

PW, PH = 595.32, 841.92
LM = 79.2
TW = PW - 2 * LM
TOP, BOTTOM = 769.0, 86.0
CELL, CLH, PADX, PADY = 9.0, 11.7, 5.4, 2.2
RULE = 0.48


class Doc:
    """Pages of items. Items: {"k": "run", x, y, size, text, clip, path, role, fx} (one line of one paragraph);
    {"k": "rules", rects, path} (a row's borders); {"k": "fill", x, y, w, h, rgb}; {"k": "stroke", …};
    {"k": "xobj_begin"/"xobj_end"} brackets (a pasted picture)."""

    def __init__(self, spec: dict, font: Font) -> None:
        self.spec, self.font = spec, font
        self.pages: list[list[dict]] = [[]]
        self.y = TOP
        self.bottom = spec.get("bottom", BOTTOM)
        self.cols = spec.get("cols") or [32.0, 110.0, 78.0, 120.92, 48.0, 48.0]
        assert abs(sum(self.cols) - TW) < 0.01, sum(self.cols)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def run(self, x: float, y: float, size: float, text: str, role: str, path: tuple = ("P",), clip=None,
            fx: dict | None = None) -> None:  # fmt: skip
        self.pages[-1].append({"k": "run", "x": x, "y": y, "size": size, "text": text, "clip": clip,
                               "path": list(path), "role": role, "fx": dict(fx or {})})  # fmt: skip

    def para(self, text: str, size: float, lh: float, role: str, align: str = "left", indent: float = 0.0,
             fx: dict | None = None) -> None:  # fmt: skip
        lines = self.font and _m28()._wrap(self.font, text, TW, size, {}, first=TW - indent)
        for i, ln in enumerate(lines):
            if self.y - lh < self.bottom:
                self.new_page()
            self.y -= lh
            wid = self.font.width(ln, size)
            x = {"left": LM + (indent if i == 0 else 0), "center": LM + (TW - wid) / 2,
                 "right": LM + TW - wid - 32}[align]  # fmt: skip
            self.run(x, self.y + (lh - size) / 2 + 0.12 * size, size, ln, role, fx=fx)

    def notice(self) -> None:
        n = self.spec["notice"]
        self.y -= 6
        self.para(n["docno"], 16, 28, "docno", "center")
        self.y -= 6
        red = self.y
        if self.spec.get("redline", True):
            self.pages[-1].append({"k": "stroke", "x0": LM + 3.3, "y0": red, "x1": LM + TW - 3.3, "y1": red, "w": 2,
                                   "rgb": [1, 0, 0]})  # fmt: skip
        self.y -= 18
        self.para(n["title"], 20, 34, "title", "center", fx=self.spec.get("title_fx"))
        self.y -= 10
        self.para(n["to"], 16, 28.95, "to")
        for p in n["paras"]:
            self.para(p, 16, 28.95, "body", indent=32)
        self.para(n.get("closing", "特此通知。"), 16, 28.95, "body", indent=32)
        self.y -= 20
        if n.get("annex_line"):
            self.para(n["annex_line"], 16, 28.95, "body", indent=32)
            self.y -= 20
        self.para(n["bureau"], 16, 28.95, "bureau", "right")
        self.para(n["date"], 16, 28.95, "date", "right")
        self.new_page()
        self.para(n.get("annex", "附件"), 16, 28.95, "annex")
        self.y -= 4
        self.para(n["annex_title"], 18, 30, "annex_title", "center", fx=self.spec.get("title_fx"))
        self.y -= 8

    # --- the table ---
    def table(self) -> None:
        spec = self.spec
        header, rows = spec["header"], spec["rows"]
        xs = [LM]
        for w in self.cols:
            xs.append(xs[-1] + w)
        self.xs = xs
        center = set(spec.get("center_cols", [0, 4, 5]))
        self.split: dict = {}
        first_top = [True]

        def lines_of(cells: list[str]) -> list[list[str]]:
            return [_wrap(self.font, t, self.cols[c] - 2 * PADX, CELL) for c, t in enumerate(cells)]

        def place(r: int, cells_lines: list[list[str]], kind: str, top_align: bool = False,
                  close_bottom: bool = False) -> None:  # fmt: skip
            n = max(1, max(len(ls) for ls in cells_lines))
            height = n * CLH + 2 * PADY + RULE
            top = self.y
            bottom = top - height
            path_row = ["Table", str(r)]
            for c, ls in enumerate(cells_lines):
                clip = (xs[c] + RULE, bottom, self.cols[c] - RULE, height - RULE)
                nl = len(ls)
                off = 0 if top_align else (n - nl) * CLH / 2
                y0 = top - RULE - PADY - off - CLH + (CLH - CELL) / 2 + 0.12 * CELL
                for i, ln in enumerate(ls):
                    wid = self.font.width(ln, CELL)
                    x = xs[c] + (self.cols[c] - wid) / 2 if (c in center or kind == "header") else xs[c] + RULE + PADX
                    fx = dict(spec.get("header_fx", {})) if kind == "header" else {}
                    self.run(x, y0 - i * CLH, CELL, ln, f"{kind}:{r}:{c}:{i}", (*path_row, str(c)), clip, fx)
                if kind == "header" and spec.get("shade_header"):
                    self.pages[-1].insert(len(self.pages[-1]) - len(ls), {"k": "fill", "x": clip[0],
                                          "y": clip[1], "w": clip[2], "h": clip[3], "rgb": [0.851] * 3})  # fmt: skip
            # borders of the row: top rule with junction squares, then the verticals
            rects = []
            for i, x in enumerate(xs):
                rects.append((x - RULE, top - RULE, RULE, RULE))
                if first_top[0] and i in (0, len(xs) - 1):
                    rects.append((x - RULE, top - RULE, RULE, RULE))  # Word draws the outer corners twice
                if i < len(xs) - 1:
                    rects.append((x, top - RULE, self.cols[i], RULE))
            first_top[0] = False
            over = RULE if spec.get("overlap") else 0.0
            for x in xs:
                rects.append((x - RULE, bottom - (over if close_bottom else 0), RULE, height - RULE + over))
            if close_bottom:
                for i, x in enumerate(xs):
                    rects.append((x - RULE, bottom - RULE, RULE, RULE))
                    if i < len(xs) - 1:
                        rects.append((x, bottom - RULE, self.cols[i], RULE))
            self.pages[-1].append({"k": "rules", "rects": rects, "path": [*path_row, "rules"], "row": r})
            self.y = bottom

        def header_row() -> None:
            first_top[0] = True
            place(-1, lines_of(header), "header")

        self.table_pages = [len(self.pages) - 1]
        header_row()
        for r, row in enumerate(rows):
            ls = lines_of(row)
            n = max(len(x) for x in ls)
            height = n * CLH + 2 * PADY + RULE
            last = r == len(rows) - 1
            if self.y - height < self.bottom:
                fit = int((self.y - self.bottom - 2 * PADY - RULE) // CLH)
                if spec.get("split_first") and not self.split and 1 <= fit < n:  # Word lets the row break across pages: its first lines here
                    head = [x[:fit] for x in ls]
                    tail = [x[fit:] for x in ls]
                    place(r, head, "cell", top_align=True, close_bottom=True)
                    self.split = {"row": r, "page": len(self.pages), "lines": fit}
                    self.new_page()
                    self.table_pages.append(len(self.pages) - 1)
                    header_row()
                    place(r, tail, "cell", top_align=True, close_bottom=last)
                    continue
                # close the table on this page, repeat the header on the next
                self._close(xs)
                self.new_page()
                self.table_pages.append(len(self.pages) - 1)
                if spec.get("repeat_header", True):
                    header_row()
                else:
                    first_top[0] = True
            place(r, ls, "cell", close_bottom=last)

    def _close(self, xs: list[float]) -> None:
        rects = []
        for i, x in enumerate(xs):
            rects.append((x - RULE, self.y - RULE, RULE, RULE))
            if i < len(xs) - 1:
                rects.append((x, self.y - RULE, self.cols[i], RULE))
        self.pages[-1].append({"k": "rules", "rects": rects, "path": ["Table", "close", "rules"], "row": -2})

    def after(self) -> None:
        self.y -= 10
        for line in self.spec["notice"].get("after", []):
            self.para(line, 10.5, 18, "after")


# --- content streams ----------------------------------------------------------------------------------

PAGE_CLIP = "0.000008871 0 595.32 841.92 re\nW* n\n"


class Word:
    """Word 2016 (and, with w13, Word 2013) content streams: marked runs, split by face; rules as fills."""

    def __init__(self, spec: dict, font: Font, sym: dict | None) -> None:
        self.spec, self.font, self.sym = spec, font, sym
        self.w13 = spec["style"] == "word13"
        self.mcid = 0
        self.marks: list[list] = []  # per mcid: path
        self.cur_font = None
        self.cur_color = None

    def begin_page(self) -> None:
        self.mcid = 0
        self.marks = []
        self.cur_font = None
        self.cur_color = None

    def _mc(self, path: list, latin: bool, span: bool = False) -> str:
        n = self.mcid
        self.mcid += 1
        self.marks.append(path)
        tag = "/Span" if span else "/P"
        lang = "/Lang (en-US)" if latin else ""
        return f" {tag} <</MCID {n}{lang}>> BDC "

    def _tf(self, name: str, size: float) -> str:
        key = (name, size)
        if self.w13 and self.cur_font == key:
            return ""
        self.cur_font = key
        return f"/{name} {_n2(size)} Tf\n"

    def _color(self) -> str:
        if self.w13 and self.cur_color == "0":
            return ""
        self.cur_color = "0"
        return "0 g\n0 G\n"

    def _bt(self, name: str, size: float, x: float, y: float, arr: str, pre: str = "", tc: str = "") -> str:
        return (f"BT\n{self._tf(name, size)}1 0 0 1 {_n2(x)} {_n2(y)} Tm\n{pre}{self._color()}{tc}[{arr}] TJ\nET\n")

    def _arr(self, cjk: bool, text: str, size: float, item: dict) -> str:
        fx = item["fx"]
        if not cjk:
            if item.get("gaps"):  # no space glyph: each gap an offset of a space's width, and Word's small kerns
                words = text.split(" ")
                parts = []
                for i, w in enumerate(words):
                    if i:
                        parts.append(_num(-self.font.adv[" "]))
                    if w:
                        k = len(w) // 2
                        parts.append(_lit(w[:k]) + ("-8" if i % 2 else "9") + _lit(w[k:]) if len(w) > 3 else _lit(w))
                return "".join(parts)
            return _lit(text)
        lit = self.spec.get("literal_codes", False)
        if "actual" in fx:
            return self.font.hex(text)
        if len(text) > 4 and self.spec.get("kerns"):
            k = len(text) // 2
            return _word_codes(self.font, text[:k], lit) + "-8" + _word_codes(self.font, text[k:], lit)
        return _word_codes(self.font, text, lit)

    def run_ops(self, item: dict) -> str:
        out = []
        x, y, size = item["x"], item["y"], item["size"]
        clip = item["clip"]
        cl = (f"{_n2(clip[0])} {_n2(clip[1])} {_n2(clip[2])} {_n2(clip[3])} re\nW* n\n" if clip else PAGE_CLIP)
        fx = item["fx"]
        role = item["role"]
        sym_col = self.sym is not None and role.startswith("cell:") and role.split(":")[2] == str(self.spec["sym_col"])
        segs = _segments(item["text"])
        if self.spec.get("ligatures") and role.startswith("cell:"):
            segs = self._lig_segments(item["text"])
        for seg in segs:
            cjk, text = seg[0], seg[1]
            actual = seg[2] if len(seg) > 2 else None
            w = self.font.width(text, size)
            if cjk and sym_col:
                name = "F9"
                arr = "(" + "".join(chr(self.sym["codes"][c]) for c in text) + ")"
            else:
                name = "F1" if cjk else "F2"
                gaps = bool(self.spec.get("gaps")) and role.startswith("cell:") and int(role.split(":")[2]) in self.spec.get("gaps_cols", [])
                arr = self._arr(cjk, text, size, {**item, "gaps": gaps, "fx": {**fx, **({"actual": 1} if actual else {})}})
            pre = ""
            if fx.get("bold"):
                pre = "2 Tr 0.40114 w\n"
            tc = ""
            if cjk and self.spec.get("tc") and len(text) > 3 and not actual:
                tc = " 0.12 Tc" if len(text) % 2 else " -0.12 Tc"
                w += (0.12 if len(text) % 2 else -0.12) * len(text)
            elif self.spec.get("tc"):
                tc = " 0 Tc"
            latin = not cjk
            if actual is not None:
                mc = f" /Span <</MCID {self.mcid}/ActualText <FEFF{actual.encode('utf-16-be').hex().upper()}>>> BDC "
                self.mcid += 1
                self.marks.append(item["path"])
            else:
                mc = self._mc(item["path"], latin, span=latin and item["path"][0] == "P" and self.spec.get("spans"))
            if self.w13:
                body = self._bt(name, size, x, y, arr, pre, tc)
                if pre:
                    body = "q\n" + body + "Q\n"
                    self.cur_font = None
                out.append(mc + body + " EMC ")
            else:
                out.append(mc + "q\n" + cl + self._bt(name, size, x, y, arr, pre, tc) + "Q\n EMC ")
            x += w
        if item["clip"] and not self.w13 and item.get("last_in_cell"):  # the paragraph mark's space
            out.append(self._mc(item["path"], True) + "q\n" + cl + self._bt("F2", size, x, y, "( )") + "Q\n EMC ")
        return "".join(out)

    def _lig_segments(self, text: str) -> list[tuple]:
        out: list[tuple] = []
        for cjk, s in _segments(text):
            if cjk:
                out.append((True, s))
                continue
            for piece in re.split(r"(ffi|ff|fi|fl)", s):
                if not piece:
                    continue
                lig = {"ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02", "ffi": "\ufb00i"}.get(piece)
                if lig and piece != "ffi":
                    out.append((True, lig, piece))
                else:
                    out.append((False, piece))
        return out

    def rules_ops(self, item: dict) -> str:
        body = "".join(f"{_n2(x)} {_n2(y)} {_n2(w)} {_n2(h)} re\nf*\n" for x, y, w, h in item["rects"])
        return self._mc(item["path"], False) + "0 g\n" + body + " EMC "

    def fill_ops(self, item: dict) -> str:
        g = item["rgb"]
        col = f"{_num(g[0])} g\n" if len(set(g)) == 1 else " ".join(_num(v) for v in g) + " rg\n"
        self.cur_color = None
        return self._mc(["P"], False) + f"{col}{_n2(item['x'])} {_n2(item['y'])} {_n2(item['w'])} {_n2(item['h'])} re\nf*\n EMC "

    def stroke_ops(self, item: dict) -> str:
        rgb = " ".join(_num(v) for v in item["rgb"])
        self.cur_color = None
        return (self._mc(["P"], False) + f"{_num(item['w'])} w\n{rgb} RG\n 1 j \n{_n2(item['x0'])} {_n2(item['y0'])} m\n"
                f"{_n2(item['x1'])} {_n2(item['y1'])} l\nS\n EMC ")  # fmt: skip

    def artifact(self, page_no: int, header: str | None) -> str:
        """The running header (if any) and the footer's page number — n —, as Word writes them."""
        out = []
        if header:
            size = 9
            w = self.font.width(header, size)
            x = PW - LM - w
            segs = _segments(header)
            ops = ["/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header>> BDC "]
            for cjk, t in segs:
                ops.append("q\n" + PAGE_CLIP + "BT\n" + f"/{'F1' if cjk else 'F2'} 9 Tf\n1 0 0 1 {_n2(x)} 796.2 Tm\n0 g\n0 G\n"
                           f"[{self.font.hex(t) if cjk else _lit(t)}] TJ\nET\nQ\n")  # fmt: skip
                x += self.font.width(t, size)
            ops.append(f"0 g\n{_n2(LM)} 792.6 {_n2(TW)} 0.48 re\nf*\n")
            out.append("".join(ops) + " EMC ")
        size = 14.04
        parts = [("\u2014", True), (" ", False), (str(page_no), False), (" ", False), ("\u2014", True)]
        total = sum(self.font.width(t, size) for t, _ in parts)
        box = (436.63, 38.0, 85.1, 27.0) if page_no % 2 else (73.58, 38.0, 85.1, 27.0)
        x = box[0] + (box[2] - total) / 2
        ops = ["/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer>> BDC q\n",
               f"{_n2(box[0])} {_n2(box[1])} {_n2(box[2])} {_n2(box[3])} re\nW* n\n"]  # fmt: skip
        for t, cjk in parts:
            ops.append(f"q\n{_n2(box[0])} {_n2(box[1])} {_n2(box[2])} {_n2(box[3])} re\nW* n\nBT\n"
                       f"/{'F1' if cjk else 'F2'} 14.04 Tf\n1 0 0 1 {_n2(x)} 46.8 Tm\n0 g\n0 G\n"
                       f"[{self.font.hex(t) if cjk else _lit(t)}] TJ\nET\nQ\n")  # fmt: skip
            x += self.font.width(t, size)
        out.append("".join(ops) + "Q\n EMC ")
        self.cur_font = None
        return "\n".join(out)


class Meta:
    """A picture pasted into Word (EMF converted to a Form XObject): content in pixels (pt / 0.75), text with
    the font carried from one BT to the next, rules stroked."""

    def __init__(self, font: Font) -> None:
        self.font = font

    def ops(self, items: list[dict], ox: float, oy: float) -> str:
        out = ["0.64 w\n0 G\n 1 j \n"]
        cur = None
        for it in items:
            if it["k"] == "rules":
                for x, y, w, h in it["rects"]:
                    if w > RULE + 0.01:  # horizontal
                        out.append(f"{_n2((x - ox) / .75)} {_n2((y + RULE / 2 - oy) / .75)} m\n"
                                   f"{_n2((x + w - ox) / .75)} {_n2((y + RULE / 2 - oy) / .75)} l\nS\n")  # fmt: skip
                    elif h > RULE + 0.01:
                        out.append(f"{_n2((x + RULE / 2 - ox) / .75)} {_n2((y - oy) / .75)} m\n"
                                   f"{_n2((x + RULE / 2 - ox) / .75)} {_n2((y + h - oy) / .75)} l\nS\n")  # fmt: skip
            elif it["k"] == "run":
                x = it["x"]
                for cjk, t in _segments(it["text"]):
                    name = "F1" if cjk else "F2"
                    tf = "" if cur == name else f"/{name} 12 Tf\n"
                    cur = name
                    arr = self.font.hex(t) if cjk else _lit(t)
                    out.append(f"BT\n{tf}1 0 0 1 {_n2((x - ox) / .75)} {_n2((it['y'] - oy) / .75)} Tm\n"
                               f"{'0 g' + chr(10) if len(out) == 1 else ''}[{arr}] TJ\nET\n")  # fmt: skip
                    x += self.font.width(t, it["size"])
        return "".join(out)


class WPS:
    """WPS 文字: the page flipped, text at 0.05 scale, glyph by glyph with TD, rules stroked at the end."""

    def __init__(self, font: Font, ph: float = 841.9) -> None:
        self.font, self.ph = font, ph

    def run_ops(self, item: dict, fname: str) -> str:
        size20 = round(item["size"] * 20)
        y = self.ph - item["y"]
        x = item["x"]
        # positions snapped to 0.12 pt (1/600 inch)
        xs = []
        for ch in item["text"]:
            xs.append(round(x / 0.12) * 0.12)
            x += self.font.adv[ch] * item["size"] / 1000
        glyphs = []
        prev = None
        for ch, gx in zip(item["text"], xs):
            code = self.font.gid[ch]
            b = bytes([code >> 8, code & 0xFF])
            s = ("(" + "".join(ESC.get(c, chr(c)) for c in b) + ")") if all(c in LIT_OK for c in b) else f"<{code:04x}>"
            glyphs.append((f"{_num((gx - prev) / 0.05)} 0 TD" if prev is not None else "") + s + "Tj")
            prev = gx
        if item["clip"]:
            x0, y0, w, h = item["clip"]
            cl = f"{_n2(x0)} {_n2(self.ph - y0 - h)} {_n2(w)} {_n2(h)} re\nW* n\n"
        else:
            cl = f"-1638.4 {_n2(y - item['size'] * 1.3)} 3801.15 {_n2(max(30.0, item['size'] * 1.9))} re\nW* n\n"
        bold = "2 Tr\n0.5148 w\n" if item["fx"].get("bold") else ""
        return (f"q\n0 0 595.3 841.9 re\nW* n\nq\n{cl}0 w\n2 M\n2 J\n2 j\n0 0 0 RG\nBT\n0 0 0 rg\n/{fname} {size20} Tf\n"
                f"{bold}0.05 0 0 -0.05 {_n2(xs[0])} {_num(y)} Tm\n" + " ".join(glyphs) + "\nET\nQ\nQ\n")  # fmt: skip

    def rules_ops(self, rules: list[dict]) -> str:
        hs, vs = [], []
        for it in rules:
            for x, y, w, h in it["rects"]:
                if w > RULE + 0.01:
                    hs.append((x - 0.24, x + w + 0.24, y + RULE / 2))
                elif h > RULE + 0.01:
                    vs.append((x + RULE / 2, y, y + h))
        out = ["q\n0 0 595.3 841.9 re\nW* n\n0.48 w\n2 M\n2 j\n0 0 0 RG\n"]
        seen = set()
        for x0, x1, y in hs:
            key = (round(x0, 2), round(x1, 2), round(y, 2))
            if key in seen:
                continue
            seen.add(key)
            out.append(f"q\n/GS28 gs\n{_n2(x0)} {_n2(self.ph - y)} m\n{_n2(x1)} {_n2(self.ph - y)} l\nS\nQ\n")
        for x, y0, y1 in vs:
            out.append(f"q\n/GS28 gs\n{_n2(x)} {_n2(self.ph - y1)} m\n{_n2(x)} {_n2(self.ph - y0)} l\nS\nQ\n")
        out.append("Q\n")
        return "".join(out)


# --- the PDF file ----------------------------------------------------------------------------------------


def _tounicode(pairs: list[tuple[int, str]]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]  # fmt: skip
    for i in range(0, len(pairs), 100):
        chunk = pairs[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{c.encode('utf-16-be').hex().upper()}>" for g, c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def _pdfname(name: str) -> str:
    return "".join(c if (c.isascii() and c.isalnum()) or c in "+-_" else "".join(f"#{b:02x}" for b in c.encode()) for c in name)


def build(spec: dict, out: str) -> dict:
    m28 = _m28()
    text = json.dumps({k: v for k, v in spec.items() if k not in ("raw",)}, ensure_ascii=False)
    chars = {c for c in text if c.isprintable()} | set("特此通知。附件0123456789 \u2014\ufb00\ufb01\ufb02")
    font = Font(chars, keep=spec.get("keep_gids", False))
    style = spec["style"]
    sym = None
    if spec.get("sym_col") is not None:
        seen = ""
        for row in spec["rows"]:
            for ch in row[spec["sym_col"]]:
                if ch not in seen:
                    seen += ch
        data, codes, widths, bbox = symbolic_font(seen)
        sym = {"data": data, "codes": codes, "widths": widths, "bbox": bbox}
    doc = Doc(spec, font)
    if spec.get("kind") == "lookalike":
        doc.notice_lookalike = True
    doc.notice()
    doc.table()
    doc.after()
    # mark the last line of each cell (Word draws the paragraph mark's space after it)
    last: dict = {}
    for p in doc.pages:
        for it in p:
            if it["k"] == "run" and it["clip"]:
                last[(id(p), it["role"].rsplit(":", 1)[0])] = it
    for it in last.values():
        it["last_in_cell"] = True

    w = m28.Writer()
    catalog, pages_num = w.reserve(), w.reserve()
    fonts = {}
    face = spec.get("face", "宋体")
    if style == "wps":
        base = spec.get("wps_name", "NREKVL+FangSong_GB2312")
        fonts.update(_cid_font(w, font, base, "FT18"))
        lat = spec.get("wps_latin", "AUWCNV+TimesNewRomanPSMT")
        fonts.update(_cid_font(w, font, lat, "FT8"))
    else:
        base = f"ABCDEE+{face}"
        fonts.update(_cid_font(w, font, base, "F1"))
        fonts["F2"] = _winansi_font(w, font, base)
        if sym:
            fonts["F9"] = _sym_font(w, sym, base)
    font_res = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
    gs = w.add("<< /Type /ExtGState /BM /Normal /ca 1 /CA 1 >>")
    kids = []
    struct_pages = []
    tagged = style in ("word16", "word13", "meta")
    word = Word(spec, font, sym) if style != "wps" else None
    wps = WPS(font) if style == "wps" else None
    page_h = 841.9 if style == "wps" else PH
    page_w = 595.3 if style == "wps" else PW

    for pno, page in enumerate(doc.pages):
        chunks = []
        xres = []
        if word:
            word.begin_page()
            chunks.append(word.artifact(pno + 1, spec.get("running_header")))
            table_items = [it for it in page if it["k"] == "rules" or (it["k"] == "run" and it["clip"])
                           or it["k"] == "fill" and it["h"] < 100]  # fmt: skip
            meta = style == "meta" and table_items
            placed_meta = False
            i = 0
            while i < len(page):
                it = page[i]
                if meta and (it in table_items):
                    if not placed_meta:
                        placed_meta = True
                        xs = [r for t in table_items if t["k"] == "rules" for r in t["rects"]]
                        x0 = min(r[0] for r in xs) - 1
                        y0 = min(r[1] for r in xs) - 1
                        x1 = max(r[0] + r[2] for r in xs) + 1
                        y1 = max(r[1] + r[3] for r in xs) + 1
                        body = Meta(font).ops(table_items, x0, y0).encode("latin-1")
                        name = f"Meta{12 + 7 * pno}"
                        xo = w.stream(body, f"/Type /XObject /Subtype /Form /BBox [0 0 {_n2((x1 - x0) / .75)} "
                                            f"{_n2((y1 - y0) / .75)}] /Matrix [0.75 0 0 0.75 0 0] /Resources << /Font "
                                            f"<< {font_res} >> /ExtGState << /GS10 {gs} 0 R >> >> ")  # fmt: skip
                        xres.append((name, xo))
                        n = word.mcid
                        word.mcid += 1
                        word.marks.append(["Figure"])
                        chunks.append(f" /P <</MCID {n}/Lang (en-US)>> BDC /GS10 gs\nq\n0 0.000061035 595.32 841.92 re\n"
                                      f"W* n\n1 0 0 1 {_n2(x0)} {_n2(y0)} cm\n/{name} Do Q\n/GS10 gs\n EMC ")  # fmt: skip
                    i += 1
                    continue
                if it["k"] == "run":
                    # Word brackets a cell's runs in one more clip of the cell
                    if it["clip"] and not word.w13:
                        cell = it["role"].rsplit(":", 1)[0]
                        group = [it]
                        j = i + 1
                        while j < len(page) and page[j]["k"] == "run" and page[j]["role"].rsplit(":", 1)[0] == cell:
                            group.append(page[j])
                            j += 1
                        c = it["clip"]
                        chunks.append(f"q\n{_n2(c[0])} {_n2(c[1])} {_n2(c[2])} {_n2(c[3])} re\nW* n\n"
                                      + "".join(word.run_ops(g) for g in group) + "Q\n")  # fmt: skip
                        i = j
                        continue
                    chunks.append(word.run_ops(it))
                elif it["k"] == "rules":
                    chunks.append(word.rules_ops(it))
                elif it["k"] == "fill":
                    chunks.append(word.fill_ops(it))
                elif it["k"] == "stroke":
                    chunks.append(word.stroke_ops(it))
                i += 1
            struct_pages.append(list(word.marks))
        else:
            chunks.append("1 0 0 -1 0 841.9 cm\n")
            rules = []
            for it in page:
                if it["k"] == "run":
                    lat = not any(_cjk(c) for c in it["text"]) and not it["clip"] is None and False
                    chunks.append(wps.run_ops(it, "FT8" if lat else "FT18"))
                elif it["k"] == "rules":
                    rules.append(it)
                elif it["k"] == "stroke":
                    y = page_h - it["y0"]
                    chunks.append(f"q\n0 0 595.3 841.9 re\nW* n\n1.5 w\n1 0 0 RG\nq\n/GS28 gs\n{_n2(it['x0'])} {_n2(y)} m\n"
                                  f"{_n2(it['x1'])} {_n2(y)} l\nS\nQ\nQ\n")  # fmt: skip
            if rules:
                chunks.append(wps.rules_ops(rules))
            num = f"- {pno + 1} -"
            fake = {"x": (page_w - font.width(num, 10.5)) / 2, "y": 50.0, "size": 10.5, "text": num, "clip": None,
                    "fx": {}}  # fmt: skip
            chunks.append(wps.run_ops(fake, "FT8"))
        content = w.stream("".join(chunks).encode("latin-1"))
        xo = (" /XObject << " + " ".join(f"/{n} {v} 0 R" for n, v in xres) + " >>") if xres else ""
        gsname = "GS28" if style == "wps" else "GS10"
        sp = f" /StructParents {pno}" if tagged else ""
        extra = " /Group << /CS /DeviceRGB /S /Transparency /Type /Group >> /Tabs /S" if tagged else ""
        kids.append(w.add(f"<< /Type /Page /Parent {pages_num} 0 R /MediaBox [0 0 {_n2(page_w)} {_n2(page_h)}] "
                          f"/Resources << /ExtGState << /{gsname} {gs} 0 R >> /Font << {font_res} >>{xo} "
                          f"/ProcSet [/PDF /Text /ImageB /ImageC /ImageI] >> /Contents {content} 0 R{sp}{extra} >>"))  # fmt: skip
    w.set(pages_num, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    extra = ""
    if tagged:
        extra = _struct_tree(w, catalog, kids, struct_pages)
    w.set(catalog, f"<< /Type /Catalog /Pages {pages_num} 0 R /Lang (zh-CN){extra} >>")
    info = spec.get("info", {})
    info_obj = w.add("<< " + " ".join(f"/{k} {v}" for k, v in info.items()) + " >>")
    _save(w, out, catalog, info_obj)
    return {"pages": len(doc.pages), "table_pages": doc.table_pages, "split": doc.split}


def _save(w, path: str, root: int, info: int) -> None:
    out = bytearray(b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n")
    offsets = []
    for i, body in enumerate(w.objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(w.objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(w.objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    Path(path).write_bytes(bytes(out))


def _cid_font(w, font: Font, base: str, key: str) -> dict[str, int]:
    ff = w.stream(font.data, f"/Length1 {len(font.data)} ")
    name = _pdfname(base)
    desc = w.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{' '.join(map(str, font.bbox))}] "
                 f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 733 /AvgWidth 500 /MaxWidth 1000 /StemV 80 "
                 f"/FontFile2 {ff} 0 R >>")  # fmt: skip
    widths = " ".join(f"{g} [{round(font.adv[c])}]" for c, g in sorted(font.gid.items(), key=lambda p: p[1]))
    cid = w.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) "
                f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW 1000 /W [{widths}] "
                f"/CIDToGIDMap /Identity >>")  # fmt: skip
    tu = w.stream(_tounicode(sorted((g, c) for c, g in font.gid.items())))
    return {key: w.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
                       f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>")}  # fmt: skip


def _winansi_font(w, font: Font, base: str) -> int:
    """The Latin half of the face: a TrueType subset of the same font file, WinAnsiEncoding, no ToUnicode."""
    lat = Font({chr(i) for i in range(32, 127)})
    ff = w.stream(lat.data, f"/Length1 {len(lat.data)} ")
    name = _pdfname(base)
    desc = w.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{' '.join(map(str, lat.bbox))}] "
                 f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 733 /AvgWidth 500 /MaxWidth 1000 /StemV 80 "
                 f"/FontFile2 {ff} 0 R >>")  # fmt: skip
    widths = " ".join(str(round(lat.adv.get(chr(i), 0))) for i in range(32, 127))
    return w.add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /Encoding /WinAnsiEncoding /FirstChar 32 "
                 f"/LastChar 126 /Widths [{widths}] /FontDescriptor {desc} 0 R >>")  # fmt: skip


def _sym_font(w, sym: dict, base: str) -> int:
    data = sym["data"]
    ff = w.stream(data, f"/Length1 {len(data)} ")
    name = _pdfname(base)
    first = min(sym["codes"].values())
    last = max(sym["codes"].values())
    inv = {v: k for k, v in sym["codes"].items()}
    widths = " ".join(str(round(sym["widths"][inv[c]])) if c in inv else "0" for c in range(first, last + 1))
    desc = w.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{' '.join(map(str, sym['bbox']))}] "
                 f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 733 /AvgWidth 500 /MaxWidth 1000 /StemV 80 "
                 f"/FontFile2 {ff} 0 R >>")  # fmt: skip
    return w.add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /Encoding /WinAnsiEncoding /FirstChar {first} "
                 f"/LastChar {last} /Widths [{widths}] /FontDescriptor {desc} 0 R >>")  # fmt: skip


def _struct_tree(w, catalog: int, kids: list[int], pages: list[list]) -> str:
    """Document > P … / Table > TR > TD > P, each P holding one marked-content sequence; the ParentTree."""
    root = w.reserve()
    docel = w.reserve()

    doc_kids: list = []
    table = None
    rows: dict = {}
    cells: dict = {}
    parent_tree = []
    for pno, marks in enumerate(pages):
        refs = []
        for mcid, path in enumerate(marks):
            if path and path[0] == "Table" and path[-1] != "rules":
                if table is None:
                    table = [w.reserve(), []]
                    doc_kids.append(("T", table))
                rkey = path[1]
                if rkey not in rows:
                    rows[rkey] = [w.reserve(), []]
                    table[1].append(rows[rkey])
                ckey = (rkey, path[2])
                if ckey not in cells:
                    cells[ckey] = [w.reserve(), [], "TH" if rkey == "-1" else "TD"]
                    rows[rkey][1].append(cells[ckey])
                par = cells[ckey][0]
                p = w.add(f"<< /Type /StructElem /S /P /P {par} 0 R /Pg {kids[pno]} 0 R /K {mcid} >>")
                cells[ckey][1].append(p)
            else:
                p = w.add(f"<< /Type /StructElem /S /{'Figure' if path == ['Figure'] else 'P'} /P {docel} 0 R "
                          f"/Pg {kids[pno]} 0 R /K {mcid} >>")  # fmt: skip
                doc_kids.append(("P", p))
            refs.append(p)
        parent_tree.append(f"{pno} [{' '.join(f'{r} 0 R' for r in refs)}]")
    for rkey, (robj, rcells) in rows.items():
        for cobj, ps, s in rcells:
            w.set(cobj, f"<< /Type /StructElem /S /{s} /P {robj} 0 R /K [{' '.join(f'{p} 0 R' for p in ps)}] >>")
        w.set(robj, f"<< /Type /StructElem /S /TR /P {table[0]} 0 R /K [{' '.join(f'{c[0]} 0 R' for c in rcells)}] >>")
    if table:
        w.set(table[0], f"<< /Type /StructElem /S /Table /P {docel} 0 R /K [{' '.join(f'{r[0]} 0 R' for r in table[1])}] >>")
    dk = " ".join(f"{(k if t == 'P' else k[0])} 0 R" for t, k in doc_kids)
    w.set(docel, f"<< /Type /StructElem /S /Document /P {root} 0 R /K [{dk}] >>")
    pt = w.add(f"<< /Nums [{' '.join(parent_tree)}] >>")
    w.set(root, f"<< /Type /StructTreeRoot /K [{docel} 0 R] /ParentTree {pt} 0 R /ParentTreeNextKey {len(pages)} >>")
    return f" /StructTreeRoot {root} 0 R /MarkInfo << /Marked true >>"


def tool_main(spec_path: str) -> int:
    specs = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    reports = {s["stem"]: build(s, s["raw"]) for s in specs}
    Path(spec_path).with_suffix(".report.json").write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
    return 0


# ====================================================================================================
# The project side: the notices, their rows and truths.
# ====================================================================================================

HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
NOTE = "注：证书须在有效期内，会员资格以颁证单位官方查询结果为准。"
TO = "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业："
WORD16 = {"Producer": "(Microsoft\xae Word 2016)", "Creator": "(Microsoft\xae Word 2016)",
          "CreationDate": "(D:20250312093015+08'00')", "ModDate": "(D:20250312093015+08'00')"}  # fmt: skip
WORD13 = {"Producer": "(Microsoft\xae Word 2013)", "Creator": "(Microsoft\xae Word 2013)",
          "CreationDate": "(D:20250312093015+08'00')", "ModDate": "(D:20250312093015+08'00')"}  # fmt: skip
WPSI = {"Producer": "()", "Creator": "<FEFF" + "WPS 文字".encode("utf-16-be").hex().upper() + ">",
        "CreationDate": "(D:20250312093015+08'00')", "ModDate": "(D:20250312093015+08'00')"}  # fmt: skip


def _load(name: str) -> dict[int, list[str]]:
    data = json.loads((ROOT / "tests" / "fixtures" / f"{name}.truth.json").read_text(encoding="utf-8"))
    return {int(r[0]): list(r[1:]) for r in data["rows"]}


def pick(name: str, *seqs: int) -> list[list[str]]:
    """Rows of a bundled notice by 序号, without their 序号 (as tests/make_unseen9.pick)."""
    rows = _load(name)
    return [list(rows[s]) for s in seqs]


def numbered(rows: list[list[str]], start: int = 1) -> list[list[str]]:
    return [[str(i), *r] for i, r in enumerate(rows, start)]


W, T = "wuxi-2021-49", "taizhou-2022-30"


def _notice(docno: str, city: str, batch: str, field: str, date: str, extra: list[str] | None = None) -> dict:
    title = f"{city}国际职业资格比照认定职称目录（{batch}）"
    intro = (f"为服务我市{field}发展，进一步畅通国际化专业技术人才职称评价渠道，根据自治区（省）人力资源和社会保障厅"
             f"关于国际职业资格比照认定职称的有关规定，我局研究制定了《{title}》，现予以公布，请遵照执行。")
    return {"docno": docno, "title": f"关于公布{title}的通知", "to": TO, "paras": [intro, *(extra or [])],
            "annex_line": f"附件：{title}", "bureau": f"{city}人力资源和社会保障局", "date": date,
            "annex_title": title, "after": [NOTE]}  # fmt: skip


def documents() -> list[tuple[dict, dict]]:
    docs: list[tuple[dict, dict]] = []

    def add(spec: dict, truth: dict) -> None:
        spec.setdefault("header", HEADER)
        spec.setdefault("style", "word16")
        spec.setdefault("info", WORD16)
        docs.append((spec, truth))

    def cat(rows: list[list[str]], why: str) -> dict:
        return {"header": HEADER, "rows": [list(r) for r in rows], "why": why}

    # 1 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, *range(1, 20), 20, 21, 22, 23, 24, 25, 26))
    add({"stem": "wulumuqi-biaotou", "rows": rows,
         "notice": _notice("乌人社发〔2025〕6号", "乌鲁木齐市", "第一批", "建筑业和绿色建材产业", "2025年3月12日")},
        cat(rows, "Imitates ouc-hysmxy-xueye-jiangxuejin-xize.pdf (Word 2016): the table's borders are filled "
            "rectangles 0.48 pt thick (re f*), drawn after each row's cells and tagged /P <</MCID n>>: a 0.48x0.48 "
            "square at every junction, the horizontal pieces between the squares, then the row's verticals; the "
            "first row's two outer corner squares are drawn twice (overlapping). No stroked line anywhere in the "
            "table. Each cell's text is clipped to the cell (q x y w h re W* n, again around each run) and ends "
            "with a drawn space glyph (the paragraph mark), Latin runs in the WinAnsi half of the font. The 26 "
            "rows run over three pages, the header row repeated at the top of each page (Word's 重复标题行). "
            "Expected: the 26 rows once each, the repeated header rows no rows."))  # fmt: skip
    # 2 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
    add({"stem": "kelamayi-duanhang", "rows": rows, "split_first": True, "overlap": True, "bottom": 66.0,
         "notice": _notice("克人社发〔2025〕11号", "克拉玛依市", "第一批", "生物医药和大健康产业", "2025年4月3日")},
        cat(rows, "SPLIT"))  # the split row is chosen by the layout (tool report); the why is filled after
    # 3 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40))
    add({"stem": "lasa-yemei", "rows": rows, "running_header": "拉萨市人力资源和社会保障局文件  拉人社发〔2025〕3号",
         "spans": True,
         "notice": _notice("拉人社发〔2025〕3号", "拉萨市", "第一批", "高原特色装备制造产业", "2025年2月26日")},
        cat(rows, "Imitates ouc-yjsy-xuexi-jiangxuejin-tongzhi.pdf (Word 2016, tagged): every page has a running "
            "header (拉萨市人力资源和社会保障局文件  拉人社发〔2025〕3号 and a rule under it) in /Artifact <</Attached [/Top]"
            "/Type/Pagination/Subtype/Header>> and a footer with the page number — n — in /Artifact <</Attached "
            "[/Bottom]/Type/Pagination/Subtype/Footer>> (the dashes in the CID font, the digit and spaces in the "
            "WinAnsi one, each its own BT inside a text-box clip), drawn first in each page's content stream, "
            "before the table; the content in /P and /Span marked content with a StructTreeRoot (Document, P, "
            "Table/TR/TH/TD) and a ParentTree; the red line under the 文号 stroked (2 w 1 0 0 RG m l S, tagged /P) "
            "as the real file draws it. The table breaks onto a second page, header repeated. Expected: the 18 "
            "rows; no header/footer text (文件, 拉人社发〔2025〕3号, — 2 —) in any cell or row."))  # fmt: skip
    # 4 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56) + pick(T, 47, 48))
    add({"stem": "haidong-shuangziti", "rows": rows, "keep_gids": True, "literal_codes": True,
         "notice": _notice("海东人社发〔2025〕15号", "海东市", "第一批", "盐湖化工和纺织产业", "2025年5月20日")},
        cat(rows, "Imitates ouc-hysmxy-xueye-jiangxuejin-xize.pdf and ouc-yjsy-xuexi-jiangxuejin-tongzhi.pdf "
            "(Word 2016): one face split into two PDF fonts with the same BaseFont ABCDEE+宋体: CJK runs in a "
            "CIDFontType2 subset (Identity-H, ToUnicode) keeping the full font's glyph ids, Latin, digits and "
            "spaces in a TrueType subset with WinAnsiEncoding and no ToUnicode; every mixed cell split into runs "
            "at each change of script, each run its own /P or /Span <</MCID n/Lang (en-US)>> BDC q clip BT … ET Q "
            "EMC at its own x (NACE | 三级涂装检验师; 美国腐蚀工程师学会 | (NACE International)); two-byte codes "
            "whose bytes are printable written as literal strings inside the TJ arrays as Word writes them "
            "([(\\r3#A)<0f5d>]). Expected: the 13 rows with each cell whole, a space kept where the page shows one "
            "(NACE 三级涂装检验师), none added between runs that touch (美国化学工程师协会会员)."))  # fmt: skip
    # 5 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 57, 58, 59, 60, 61, 14, 16, 36, 45, 44, 37, 38, 41, 42))
    add({"stem": "jiuquan-wps", "rows": rows, "style": "wps", "info": WPSI, "redline": True,
         "notice": _notice("酒人社发〔2025〕21号", "酒泉市", "第二批", "新能源装备和电子信息产业", "2025年6月9日",
                           ["《酒泉市国际职业资格比照认定职称目录（第一批）》继续有效。"])},
        cat(rows, "Imitates ouc-hhxy-jiangxuejin-xize.pdf and ouc-xxxy-xueye-jiangxuejin-xize.pdf (WPS 文字): the "
            "page flipped once (1 0 0 -1 0 841.9 cm), every text object set by 0.05 0 0 -0.05 x y Tm with the font "
            "size x20 (180 Tf for 9 pt), every glyph its own Tj, the advance to the next a TD in text space "
            "(positions snapped to 0.12 pt, 1/600 in: 180 0 TD, 182.4 0 TD …), spaces drawn as glyphs; each "
            "line of the notice in q 0 0 595.3 841.9 re W* n q -1638.4 y 3801.15 30 re W* n … Q Q, each line of a "
            "cell clipped to its cell instead; all fonts CID Identity-H with ToUnicode and WPS's names "
            "(NREKVL+FangSong_GB2312, AUWCNV+TimesNewRomanPSMT for the page number); the table's rules stroked "
            "after the cells of the page, each its own q /GS28 gs m l S Q (0.48 w), the horizontals first, "
            "running 0.24 pt past the outer verticals at the corners, then the verticals; no tags, an empty "
            "Producer. Expected: the 14 rows."))  # fmt: skip
    # 6 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(T, 21, 22, 46, 29, 26, 27, 28, 30, 31, 32, 33, 25, 24, 23))
    add({"stem": "zhangye-jianxi", "rows": rows, "kerns": True, "gaps_cols": [1, 3],
         "notice": _notice("张人社发〔2025〕9号", "张掖市", "第一批", "装备制造和现代农业机械产业", "2025年3月28日")},
        cat(rows, "Imitates the TJ arrays of ouc-hysmxy-xueye-jiangxuejin-xize.pdf (Word 2016, whose arrays carry "
            "small adjustments -8, 9 and 496 between pieces), taken one step further: every English run of the "
            "职业资格名称 and 颁证单位 columns is drawn with NO space glyph, each gap between words a TJ offset of "
            "a space's width ([(Mech)9(anical) -220 (Engi)-8(neering)] style), and the longer words split in two "
            "pieces by a small kern (-8 or 9), which is no gap; CJK runs split by a -8 kern too. pdftotext shows "
            "the words apart. Expected: the 14 rows with single spaces between words (International Certified "
            "Mechanical Engineer (ICME)), no space inside a word (never 'Mech anical'), none lost "
            "('CertifiedWelding')."))  # fmt: skip
    # 7 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(T, 3, 5, 17, 18, 19, 20, 7, 6, 8, 9) + pick(W, 56, 52, 55))
    add({"stem": "wuwei-actualtext", "rows": rows, "ligatures": True,
         "notice": _notice("武人社发〔2025〕17号", "武威市", "第一批", "生物医药和食品产业", "2025年5月6日")},
        cat(rows, "ActualText (Word writes /Span <</ActualText …>> over glyphs that stand for other text; the real "
            "Word files here carry none, so this adds it to the run structure of ouc-yjsy-xuexi-jiangxuejin-tongzhi.pdf, "
            "/P or /Span <</MCID n>> BDC … EMC per run): every fi in the English cells (Certified, Certification) is "
            "drawn as ONE ligature glyph, U+FB01 of the CID font (its ToUnicode says U+FB01), in its own "
            "/Span <</MCID n/ActualText <FEFF00660069>>> BDC … EMC, the letters before and after it in the WinAnsi "
            "font, each their own run (Certi | ﬁ | ed Clinical Research Associate). MuPDF reads 'Certified'; "
            "pdftotext -layout sets the ActualText 'fi' apart from its word (Certi ed … fi on the next line). "
            "Expected: the 13 rows with plain letters (Certified Clinical Research Associate, SAS 全球认证中心 (SAS "
            "Global Certification)), never U+FB01 in a published value, never 'Certi ed' or 'Certi fi ed'."))  # fmt: skip
    # 8 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 18, 19, 9, 1, 2, 3, 10, 11, 12, 13, 15, 17) + pick(T, 35))
    add({"stem": "dingxi-wuyingshe", "rows": rows, "style": "word13", "info": WORD13, "sym_col": 4,
         "notice": _notice("定人社发〔2025〕4号", "定西市", "第一批", "建筑业和中药材产业", "2025年2月18日")},
        cat(rows, "Imitates ouc-2022-yanjiusheng-kaoshi-dagang.pdf (Word 2013): no page clip around runs; a BT … ET "
            "without Tf or colour whenever the font and colour are those of the previous text object (text state "
            "carried across BT/ET); and a WinAnsi TrueType subset named like the CJK font (ABCDEE+宋体) with NO "
            "ToUnicode, as the real file's WinAnsi subsets of 宋体/黑体/华文仿宋 have none, here pushed further: "
            "the 对应职称 column's CJK glyphs are drawn with it, single bytes A, B, C … (工程师 as (ABC), 助理工程师 "
            "as (DEABC)), the font's cmaps (3,0)/(1,0) mapping those bytes to the CJK outlines and nothing mapping "
            "them to Unicode (no ToUnicode, no glyph names). The page shows 工程师 and 助理工程师; the text layer "
            "says ABC and DEABC. Truth: the text as printed. Expected: the notice held back, or its rows sent to "
            "review (the 对应职称 unreadable); never published with 'ABC' or 'DEABC' as a title."))  # fmt: skip
    # 9 -------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 37, 38, 39, 40, 41, 42, 43, 44, 45, 28, 31) + pick(T, 23))
    add({"stem": "liupanshui-tuyuan", "rows": rows, "style": "meta",
         "notice": _notice("六盘水人社发〔2025〕13号", "六盘水市", "第一批", "煤电冶金和新材料产业", "2025年4月22日")},
        cat(rows, "Imitates the /Meta34 picture of ouc-hysmxy-xueye-jiangxuejin-xize.pdf (Word 2016, an EMF "
            "turned into a Form XObject with its own /Matrix, placed by a cm, text drawn inside with Tf carried "
            "from one BT to the next): the catalog table pasted into Word as a picture, one Form XObject per page "
            "(/Meta12, /Meta19) with /Matrix [0.75 0 0 0.75 0 0] (the table in pixels), placed with "
            "1 0 0 1 x y cm inside /P <</MCID n>> BDC /GS10 gs q page-clip … Do Q; inside, the rules stroked "
            "(0.64 px) and every text run its own BT at 12 px, /F1 or /F2 Tf written only when the face changes. "
            "The notice's own text is ordinary Word text outside the pictures. Expected: the 12 rows."))  # fmt: skip
    # 10 ------------------------------------------------------------------------------------------------
    rows = numbered(pick(W, 20, 21, 22, 4, 5, 6, 7, 8, 14, 16) + pick(T, 49, 50, 51))
    add({"stem": "anshun-diwen", "rows": rows, "shade_header": True, "header_fx": {"bold": True},
         "title_fx": {"bold": True}, "tc": True, "face": "仿宋",
         "notice": _notice("安人社发〔2025〕19号", "安顺市", "第二批", "交通和绿色建筑产业", "2025年6月30日",
                           ["《安顺市国际职业资格比照认定职称目录（第一批）》继续有效。"])},
        cat(rows, "Imitates ouc-hysmxy-xueye-jiangxuejin-xize.pdf (Word 2016): fake bold as 2 Tr 0.40114 w (the "
            "title, the annex title and the header row), Tc of 0.12 or -0.12 before CJK arrays (0 Tc before the "
            "others), fonts ABCDEE+仿宋 in two halves; and the header cells shaded grey (0.851 g x y w h re f* under "
            "the text, inside the cell's borders), as Word draws 底纹. Expected: the 13 rows, the header read once "
            "(no doubled characters)."))  # fmt: skip
    # 11 look-alike: 评审结果公示 ----------------------------------------------------------------------------
    people = [["1", "龙海波", "毕节某某建设工程有限公司", "建筑工程施工", "工程师"],
              ["2", "陈晓梅", "贵州某某路桥集团有限公司", "道路与桥梁", "工程师"],
              ["3", "罗国华", "毕节某某电力设计院", "电气工程", "高级工程师"],
              ["4", "杨帆", "毕节某某水务有限公司", "给水排水", "工程师"],
              ["5", "吴永红", "毕节某某矿业有限公司", "采矿工程", "高级工程师"],
              ["6", "张敏", "毕节某某化工有限公司", "化工工艺", "工程师"],
              ["7", "安德明", "贵州某某通信技术有限公司", "通信工程", "工程师"],
              ["8", "李雪", "毕节某某建筑设计研究院", "建筑设计", "工程师"],
              ["9", "王志刚", "毕节某某机械制造有限公司", "机械设计制造", "高级工程师"],
              ["10", "周丽", "毕节某某环境监测中心", "环境工程", "工程师"]]  # fmt: skip
    n = {"docno": "毕人社公示〔2025〕2号", "title": "毕节市工程系列职称评审委员会2025年度评审通过人员名单的公示",
         "to": "各有关单位：",
         "paras": ["根据《贵州省工程系列专业技术职务任职资格评审条件》和职称评审工作有关规定，毕节市工程系列职称评审委员会"
                   "于2025年3月对申报人员进行了评审，经评审委员会投票表决，共10人通过评审。其中，2人以持有的国际职业资格"
                   "按有关规定比照认定，不再另行公示。现将评审通过人员名单予以公示，公示期为5个工作日。",
                   "公示期间，如对公示对象有异议，请以书面形式实名反映，并提供必要的证明材料。联系电话：0857-8221234。"],
         "closing": "特此公示。", "annex_line": "附件：评审通过人员名单", "bureau": "毕节市人力资源和社会保障局",
         "date": "2025年3月31日", "annex": "附件", "annex_title": "毕节市工程系列职称评审委员会2025年度评审通过人员名单",
         "after": ["注：以上排名不分先后。"]}  # fmt: skip
    add({"stem": "bijie-gongshi", "rows": people, "header": ["序号", "姓名", "工作单位", "申报专业", "评审结果"],
         "cols": [30.0, 60.0, 170.92, 96.0, 80.0], "center_cols": [0, 1, 3, 4], "notice": n},
        {"catalog": False, "why": "Look-alike (Word 2016 like ouc-hysmxy-xueye-jiangxuejin-xize.pdf: filled-"
         "rectangle borders, marked runs, page-number artifacts): a 职称评审委员会 评审通过人员名单的公示 whose table "
         "lists people (序号 | 姓名 | 工作单位 | 申报专业 | 评审结果, 工程师 / 高级工程师 in the last column) and whose "
         "text mentions 国际职业资格 and 比照认定. No qualification is named: not a catalog; expected 'no catalog', "
         "nothing published."})  # fmt: skip
    # 12 look-alike: 申报材料清单 ----------------------------------------------------------------------------
    items = [["1", "《国际职业资格比照认定职称申报表》", "一式3份", "单位审核盖章"],
             ["2", "国际职业资格证书原件及复印件", "1份", "复印件加盖单位公章，外文证书附中文译本"],
             ["3", "会员资格有效证明", "1份", "颁证单位官方网站查询结果截图"],
             ["4", "居民身份证复印件", "1份", "正反面"],
             ["5", "劳动合同或近6个月社会保险缴费证明", "1份", "在我市企业工作的证明"],
             ["6", "本人专业技术工作总结", "1份", "2000字以内，单位审核盖章"],
             ["7", "学历学位证书复印件", "1份", "国外学历须附教育部留学服务中心认证"]]  # fmt: skip
    n = {"docno": "铜人社通〔2025〕8号", "title": "关于做好2025年度国际职业资格比照认定职称申报工作的通知",
         "to": "各区（县）人力资源和社会保障局，各有关单位：",
         "paras": ["根据《铜仁市国际职业资格比照认定职称目录（第一批）》，现就做好2025年度国际职业资格比照认定职称申报工作"
                   "通知如下。持有目录所列国际职业资格、在我市企业从事相关专业技术工作的人员，可按目录对应职称提出比照认定"
                   "申请。申报人员按附件所列材料清单准备纸质材料，于2025年7月31日前报送所在单位，由单位审核后统一报送。",
                   "联系人：市人力资源和社会保障局专业技术人员管理科，联系电话：0856-5221234。"],
         "closing": "特此通知。", "annex_line": "附件：国际职业资格比照认定职称申报材料清单", "bureau": "铜仁市人力资源和社会保障局",
         "date": "2025年6月16日", "annex": "附件", "annex_title": "国际职业资格比照认定职称申报材料清单",
         "after": ["注：材料统一用A4纸装订成册，复印件须清晰。"]}  # fmt: skip
    add({"stem": "tongren-qingdan", "rows": items, "header": ["序号", "材料名称", "份数", "备注"], "style": "wps",
         "info": WPSI, "cols": [30.0, 170.0, 56.0, 180.92], "center_cols": [0, 2], "wps_name": "LNUHNF+SimSun",
         "notice": n},
        {"catalog": False, "why": "Look-alike (WPS 文字 like ouc-hhxy-jiangxuejin-xize.pdf: flipped page, glyph by "
         "glyph Tj/TD, stroked rules): a notice on 国际职业资格比照认定职称 applications that names the catalog "
         "(《铜仁市国际职业资格比照认定职称目录（第一批）》) and has a ruled annex table, but the table is a 申报材料"
         "清单 (序号 | 材料名称 | 份数 | 备注: 申报表, 国际职业资格证书原件及复印件, 会员资格有效证明 …). No "
         "qualification, body or title: not a catalog; expected 'no catalog', nothing published."})  # fmt: skip
    for spec, _ in docs:
        if spec["stem"] == "zhangye-jianxi":
            spec["gaps"] = True
        if spec.get("kind") is None:
            spec["kind"] = "catalog"
    return docs


def _fill(docs: list[tuple[dict, dict]], reports: dict) -> None:
    """The split row is wherever the layout met the foot of a page: its why is written from the report."""
    for spec, truth in docs:
        if truth.get("why") != "SPLIT":
            continue
        sp = reports[spec["stem"]]["split"]
        assert sp, "no row was split"
        r, k = sp["row"], sp["lines"]
        row = spec["rows"][r]
        truth["why"] = (
            "Imitates ouc-hysmxy-xueye-jiangxuejin-xize.pdf (Word 2016: filled-rectangle borders, marked runs, "
            "per-cell clips) with Word's default 允许跨页断行 (a row may break across pages): row " + str(r + 1) + " ("
            + row[1] + ") does not fit at the foot of page " + str(sp["page"]) + " and is broken there: the first "
            + str(k) + " line(s) of each of its cells on that page (closed by a bottom rule), the header row repeated "
            "at the top of the next page, then the rest of its cells' lines, top-aligned; cells of fewer lines (序号 "
            + row[0] + ", " + row[4] + ", " + row[5] + ") print only in the first part, the second part's cells of "
            "those columns empty. The verticals run over the horizontal rules at the row ends (overlapping at the "
            "corners). Expected: the 20 rows, row " + str(r + 1) + " once, each cell whole, its two parts joined ("
            + row[3] + "); never the second part as a row of its own, nor glued to row " + str(r) + ", nor its words "
            "lost.")


def write_readme(doc: str) -> None:
    parts = [doc.strip(), "", "Files and truths (row count; why):", ""]
    for f in sorted(OUT.glob("*.truth.json")):
        stem = f.name.removesuffix(".truth.json")
        t = json.loads(f.read_text(encoding="utf-8"))
        n = "no catalog" if t.get("catalog") is False else f"{len(t['rows'])} rows"
        parts += [f"{f.name}: {n}; for {stem}.pdf", f"    {t['why']}", ""]
    (OUT / "README.txt").write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    import tempfile

    only = sys.argv[1:]
    sys.path.insert(0, str(ROOT / "tests"))
    from make_producers import pack_pinned

    docs = [d for d in documents() if not only or any(d[0]["stem"].startswith(o) for o in only)]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, _ in docs:
            spec["raw"] = str(Path(tmp) / f"{spec['stem']}.raw.pdf")
        spec_path = Path(tmp) / "specs.json"
        spec_path.write_text(json.dumps([s for s, _ in docs], ensure_ascii=False), encoding="utf-8")
        subprocess.run([str(TOOL_PY), str(Path(__file__).resolve()), "--tool", str(spec_path)], check=True, timeout=1800)
        reports = json.loads(spec_path.with_suffix(".report.json").read_text(encoding="utf-8"))
        _fill(docs, reports)
        for spec, truth in docs:
            pack_pinned(Path(spec["raw"]), OUT / f"{spec['stem']}.pdf")
            (OUT / f"{spec['stem']}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                           encoding="utf-8")  # fmt: skip
            print(spec["stem"])
    if not only:
        write_readme(__doc__ or "")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--tool"]:
        sys.exit(tool_main(sys.argv[2]))
    sys.exit(main())
