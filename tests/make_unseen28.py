"""Regenerate tests/fixtures/unseen28: a blind probe round of PDF pages whose text layer is not what the page
shows, and of visible text drawn in unusual ways.

    .venv/bin/python tests/make_unseen28.py              # every document (and README.txt)
    .venv/bin/python tests/make_unseen28.py liaoyuan     # only these

Whole notices (文号, title with 第N批, addressees, intro, closing words, bureau, date, 附件, the catalog title,
a ruled table and the words under it) in cities no earlier round used (辽源, 白山, 松原, 白城, 通化, 七台河,
双鸭山, 伊春, 黑河, 绥化, 鹤岗, 本溪), each a PDF written operator by operator here (no office program: the
content streams are this file's own, with one embedded CJK font, Noto Serif CJK SC subset and converted to
TrueType, Identity-H/-V with a ToUnicode map), whose catalog shows ONE way a page's text layer differs from
what a reader sees, or ONE unusual way of drawing visible text. Every body and qualification is real (rows
of the bundled notices by `pick`; bodies of tests/make_unseen23.py), except in hegang: the ® after CFA, FRM
and CMA as those bodies print their marks, and CISSP of (ISC)², a real qualification and body the bundled
notices do not carry (the first with a superscript in its name). The
truth is what a reader of the printed or displayed page reads; each "why" says what is drawn and what is
expected.

    liaoyuan-baizi.pdf        white text (1 1 1 rg): a leftover old value drawn in white inside five cells,
                              under the visible text (the row is a line taller for it), and a white line of
                              text under the table. Truth: the visible text only.
    baishan-buding.pdf        a cheap correction: six cells' old text drawn, then an opaque white rectangle
                              over the cell's inside, then the new text on top. The annex follows the body on
                              page 1 and the table breaks onto page 2 with its header repeated. Truth: the
                              new text.
    songyuan-yinxing.pdf      invisible text (3 Tr), not a scan: an older wording of six cells drawn
                              invisibly at the same places as the visible text. Truth: the visible text.
    baicheng-tuceng.pdf       optional content: two layers OFF by default (/OCProperties /D /OFF): 修订痕迹
                              (old values in red beside struck lines, over four rows) and 草稿 (a big
                              rotated watermark over the table). Truth: the visible (ON) content.
    tonghua-caiqie.pdf        a MediaBox 40 pt larger than the CropBox on every side; printer's crop marks,
                              a job line, and a stray 16th row (ruled like the table, right under it) in the
                              cropped-off margin. 颁证单位 printed English first, then Chinese in brackets.
                              Truth: the 15 rows inside the crop box.
    qitaihe-caijian.pdf       clip paths: two rows of exact height whose cells' third lines are drawn but
                              clipped away at the row's bottom border, and one cell drawn on one line,
                              clipped at its right border between two words. Truth: what shows (or the
                              notice held back: a clipped cell is damaged data).
    shuangyashan-weijiacu.pdf fake bold: the title, the annex title and the header drawn three times at
                              offsets of 0.25-0.4 pt, the 职业资格名称 of six rows and the whole 对应职称
                              column twice; the header also with render mode 2 (fill and stroke). Truth:
                              the text once.
    yichun-luanxu.pdf         glyph by glyph: every character of the catalog pages its own BT … Tm … Tj ET
                              at its place, the page's content stream shuffled (rows, cells, characters
                              in no order; the ruling lines among them). Truth: the table as it reads.
    heihe-jianju.pdf          horizontal scaling (80 Tz / 75 Tz) in narrow cells and long names, character
                              spacing (Tc, Chinese spread out as 分散对齐 does and English letter-spaced),
                              word spacing (Tw, in cells set in a simple-encoded Latin font where Tw acts),
                              and English cells with no space glyph at all, the gaps made by TJ offsets.
                              Truth: the words, single spaces, no space between Chinese characters.
    suihua-dianziyinzhang.pdf an electronic seal: a red ring, the bureau's name set on an arc (each glyph
                              its own rotated Tm) and a star, stamped over the signature on page 1 and again
                              over the last rows of the table on page 2. Truth: the rows, no seal text.
    hegang-shangbiao.pdf      text rise (Ts) and small sizes inside cells: ® raised after CFA, FRM and
                              CMA, the 2 of (ISC)² raised, and a footnote digit raised after two 对应职称,
                              its note under the table. Truth: ® and ² kept (they are part of the printed
                              name), the footnote digits not (the note is under the table).
    benxi-shuxiang.pdf        vertical writing: 所属系列 merged down over each series' rows, two written
                              top to bottom with a vertical font (Identity-V, one Tj each), one with one
                              glyph per line (its own Tm each). Truth: the series on every row.

The PDFs are written by this file's own writer, run by the tool interpreter UNSEEN28_PY (default
/tmp/u28venv/bin/python; `python3.11 -m venv /tmp/u28venv && /tmp/u28venv/bin/pip install fonttools==4.69.1`),
which subsets the font; then packed by qpdf with a deterministic /ID (make_producers.pack_pinned). Nothing
in them depends on the date. Beside each document, <stem>.truth.json, written before the pipeline ever read
the document: {"header", "rows"} as tests/make_unseen9.py writes it, plus "why".
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "unseen28"
TOOL_PY = Path(os.environ.get("UNSEEN28_PY", "/tmp/u28venv/bin/python"))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CJK_FACE = "Noto Serif CJK SC"
LATIN_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

# ====================================================================================================
# The tool side: run by UNSEEN28_PY with fontTools; a font, a page layout and a PDF writer.
# ====================================================================================================

PAGE_W, PAGE_H = 595.28, 841.89
LM, TOP, BOTTOM = 72.0, 770.0, 72.0
TEXT_W = PAGE_W - 2 * LM
BASE_COLS = (26.0, 114.0, 80.0, 127.28, 48.0, 56.0)
COLS = BASE_COLS
CELL_PT, CELL_LH, PAD = 8.0, 10.5, 3.2
ASC, DESC = 0.88, 0.12  # of the font size, above and below the baseline


class Font:
    """A font subset to the characters used, as TrueType bytes, with its glyph ids and advance widths."""

    def __init__(self, chars: set[str], latin: bool = False) -> None:
        from io import BytesIO

        from fontTools import subset
        from fontTools.ttLib import TTCollection, TTFont

        if latin:
            font = TTFont(LATIN_TTF)
        else:
            faces = TTCollection(CJK_TTC, lazy=False)
            font = next(f for f in faces if f["name"].getDebugName(1) == CJK_FACE)
        opts = subset.Options()
        opts.layout_features = []
        opts.hinting = False
        opts.desubroutinize = True
        opts.notdef_outline = True
        opts.name_IDs = [1, 2, 3, 4, 6]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "DSIG", "vhea", "vmtx", "kern"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in chars} | {0x20}))
        sub.subset(font)
        if "CFF " in font:
            _otf_to_ttf(font)
        buf = BytesIO()
        font.recalcTimestamp = False  # head.modified kept: the same bytes every run
        font.save(buf)
        self.data = buf.getvalue()
        font = TTFont(BytesIO(self.data))
        self.upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        self.gid = {chr(u): font.getGlyphID(name) for u, name in cmap.items()}
        self.adv = {chr(u): font["hmtx"][name][0] * 1000 / self.upm for u, name in cmap.items()}
        self.bbox = [round(v * 1000 / self.upm) for v in (font["head"].xMin, font["head"].yMin, font["head"].xMax,
                                                           font["head"].yMax)]  # fmt: skip
        self.name = font["name"].getDebugName(6) or "Font"
        missing = [c for c in chars if c not in self.gid]
        assert not missing, missing

    def hex(self, text: str) -> str:
        return "<" + "".join(f"{self.gid[c]:04X}" for c in text) + ">"

    def width(self, text: str, size: float, tc: float = 0.0, tw: float = 0.0, tz: float = 100.0) -> float:
        w = sum(self.adv[c] * size / 1000 + tc + (tw if c == " " else 0.0) for c in text)
        return w * tz / 100


def _otf_to_ttf(font: object) -> None:
    """CFF outlines to TrueType quadratics (fontTools' otf2ttf snippet), in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()  # type: ignore[attr-defined]
    glyphset = font.getGlyphSet()  # type: ignore[attr-defined]
    quads = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quads[name] = pen.glyph()
    font["loca"] = newTable("loca")  # type: ignore[index]
    glyf = font["glyf"] = newTable("glyf")  # type: ignore[index]
    glyf.glyphOrder = order
    glyf.glyphs = quads
    del font["CFF "]  # type: ignore[attr-defined]
    glyf.compile(font)
    for name in order:
        g = glyf[name]
        adv, _ = font["hmtx"][name]  # type: ignore[index]
        font["hmtx"][name] = (adv, g.xMin if hasattr(g, "xMin") and g.numberOfContours else 0)  # type: ignore[index]
    maxp = font["maxp"] = newTable("maxp")  # type: ignore[index]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth", "numGlyphs"):  # fmt: skip
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]  # type: ignore[index]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0  # type: ignore[index]
    font.sfntVersion = "\000\001\000\000"  # type: ignore[attr-defined]


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


CLOSING = "，。、；：）》」』)"


def _tokens(text: str) -> list[str]:
    """Break opportunities: a run of non-CJK non-space characters, or one CJK character, each with the
    spaces after it."""
    return re.findall(r"[(（]?[\u2e80-\uffff]\s*|[^\s\u2e80-\uffff]+\s*|\s+", text)


def _wrap(font: Font, text: str, width: float, size: float, fx: dict, first: float | None = None) -> list[str]:
    full = width
    width = full if first is None else first

    def w(s: str) -> float:
        return font.width(s.rstrip(" "), size, fx.get("tc", 0.0), fx.get("tw", 0.0), fx.get("tz", 100.0))

    lines, cur = [], ""
    for tok in _tokens(text):
        if cur and w(cur + tok) > width and tok[0] not in CLOSING:
            lines.append(cur.rstrip(" "))
            cur, width = "", full
        while w(tok) > width:  # a word wider than the cell: broken by characters
            assert len(tok.strip()) == 1, ("a word broken", tok, text)
            i = max(i for i in range(1, len(tok) + 1) if w(tok[:i]) <= width)
            lines.append(tok[:i])
            tok, width = tok[i:], full
        cur += tok
    if cur.strip():
        lines.append(cur.rstrip(" "))
    return lines


class Doc:
    """Pages of drawing items laid out from a spec; items are dicts: {"k": "text", x, y, size, text, fx,
    tag} or {"k": "line", x0, y0, x1, y1, w} or {"k": "raw", ops}."""

    def __init__(self, spec: dict, font: Font, latin: Font | None) -> None:
        self.spec, self.font, self.latin = spec, font, latin
        self.pages: list[list[dict]] = [[]]
        self.y = TOP
        self.report: dict = {}
        self.cell_boxes: dict[tuple[int, int], tuple[float, float, float, float]] = {}
        self.table_bottom = 0.0

    # --- the notice's lines ---
    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def text(self, x: float, y: float, size: float, text: str, tag: str, fx: dict | None = None) -> dict:
        item = {"k": "text", "x": x, "y": y, "size": size, "text": text, "fx": dict(fx or {}), "tag": tag}
        self.pages[-1].append(item)
        return item

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.pages[-1].append({"k": "line", "x0": x0, "y0": y0, "x1": x1, "y1": y1, "w": w})

    def para(self, text: str, size: float, lh: float, tag: str, align: str = "left", indent: float = 0.0,
             fx: dict | None = None) -> None:  # fmt: skip
        lines = _wrap(self.font, text, TEXT_W, size, fx or {}, first=TEXT_W - indent)
        for i, ln in enumerate(lines):
            if self.y - lh < BOTTOM:
                self.new_page()
            self.y -= lh
            wid = self.font.width(ln, size)
            x = {"left": LM + (indent if i == 0 else 0), "center": LM + (TEXT_W - wid) / 2,
                 "right": LM + TEXT_W - wid - 24}[align]  # fmt: skip
            self.text(x, self.y, size, ln, tag, fx)

    def notice(self) -> None:
        n = self.spec["notice"]
        self.y -= 24
        self.para(n["docno"], 11, 18, "docno", "center")
        self.y -= 10
        self.para(n["title"], 15, 24, "title", "center")
        self.y -= 8
        self.para(n["to"], 11, 20, "to")
        for p in n["paras"]:  # the first line indented by two characters
            self.para(p, 11, 20, "body", indent=22)
        self.para("特此通知。", 11, 20, "body", indent=22)
        self.y -= 30
        self.para(n["bureau"], 11, 20, "bureau", "right")
        self.para(n["date"], 11, 20, "date", "right")
        self.report["signature_y"] = self.y
        self.report["signature_page"] = len(self.pages) - 1
        if n.get("inline"):
            self.y -= 24
        else:
            self.new_page()
        self.para("附件", 12, 20, "annex")
        self.y -= 6
        self.para(n["annex_title"], 13, 22, "annex_title", "center")
        self.y -= 8

    # --- the table ---
    def cell_lines(self, r: int, c: int, text: str) -> list[str]:
        fx = self.spec.get("cellfx", {}).get(f"{r},{c}", {})
        if fx.get("nowrap"):
            return [text]
        font = self.latin if fx.get("latin") else self.font
        return _wrap(font, text, COLS[c] - 2 * PAD, CELL_PT, fx)

    def table(self) -> None:
        header, rows = self.spec["header"], self.spec["rows"]
        extra = {tuple(map(int, k.split(","))): v for k, v in self.spec.get("extra_lines", {}).items()}
        fixed = {int(k): v for k, v in self.spec.get("fixed_lines", {}).items()}
        merge = self.spec.get("merge")  # {"col": 5, "groups": [[first, last, mode], ...]}
        xs = [LM]
        for w in COLS:
            xs.append(xs[-1] + w)

        def draw_row(r: int, cells: list[str], tag: str) -> None:
            lines = [self.cell_lines(r, c, t) if r >= 0 else _wrap(self.font, t, COLS[c] - 2 * PAD, CELL_PT, {})
                     for c, t in enumerate(cells)]  # fmt: skip
            if merge and r >= 0:
                lines[merge["col"]] = []
            n = max(len(ls) + extra.get((r, c), 0) for c, ls in enumerate(lines))
            n = max(n, 1)
            height = n * CELL_LH + 2 * PAD
            if r in fixed:
                k = fixed[r]
                height = PAD + (k - 1) * CELL_LH + CELL_PT * ASC + CELL_PT * DESC + (CELL_LH - CELL_PT) / 2 + 0.6
            if self.y - height < BOTTOM:
                self.new_page()
                draw_row(-1, header, "header")  # the header repeated
            top = self.y
            bottom = top - height
            for c, ls in enumerate(lines):
                self.cell_boxes[(r, c)] = (xs[c], bottom, xs[c + 1], top)
                nl = len(ls) + extra.get((r, c), 0)
                y0 = top - PAD - (n - nl) * CELL_LH / 2 - (CELL_LH - CELL_PT) / 2 - CELL_PT * ASC
                if r in fixed:
                    y0 = top - PAD - (CELL_LH - CELL_PT) / 2 - CELL_PT * ASC
                fx = self.spec.get("cellfx", {}).get(f"{r},{c}", {}) if r >= 0 else {}
                font = self.latin if fx.get("latin") else self.font
                for i, ln in enumerate(ls):
                    wid = font.width(ln, CELL_PT, fx.get("tc", 0.0), fx.get("tw", 0.0), fx.get("tz", 100.0))
                    center = c in (0, 4, 5) or r < 0
                    x = xs[c] + (COLS[c] - wid) / 2 if center and not fx.get("nowrap") else xs[c] + PAD
                    self.text(x, y0 - i * CELL_LH, CELL_PT, ln, f"{tag}:{r}:{c}:{i}", fx)
            # rules: the top line, and the verticals of this row
            self.line(xs[0], top, xs[-1], top)
            for x in xs:
                self.line(x, top, x, bottom)
            self.y = bottom

        draw_row(-1, header, "header")
        start_page = len(self.pages) - 1
        for r, row in enumerate(rows):
            draw_row(r, row, "cell")
        self.line(xs[0], self.y, xs[-1], self.y)
        self.table_bottom = self.y
        self.report["table_pages"] = list(range(start_page, len(self.pages)))
        if merge:
            self._merged(xs, merge)

    def _merged(self, xs: list[float], merge: dict) -> None:
        """The merged column: remove the horizontal rules inside each group (drawn across the whole width,
        so redraw them as two pieces) and write the group's text down the merged cell."""
        col = merge["col"]
        page = self.pages[-1]
        for first, last, mode, text in merge["groups"]:
            top = self.cell_boxes[(first, col)][3]
            bottom = self.cell_boxes[(last, col)][1]
            for r in range(first + 1, last + 1):
                y = self.cell_boxes[(r, col)][3]
                for item in page:
                    if item["k"] == "line" and item["y0"] == item["y1"] == y and item["x1"] == xs[-1]:
                        item["x1"] = xs[col]
            cx = (xs[col] + xs[col + 1]) / 2
            size = 9.0
            height = len(text) * size * (1.25 if mode == "glyphs" else 1.0)
            ytop = (top + bottom) / 2 + height / 2
            if mode == "vertical":
                self.text(cx, ytop - (1 - ASC) * size, size, text, f"vert:{first}:{col}", {"vertical": True})
            else:
                for i, ch in enumerate(text):
                    w = self.font.width(ch, size)
                    self.text(cx - w / 2, ytop - ASC * size - i * size * 1.25, size, ch, f"vglyph:{first}:{col}:{i}")

    def after(self) -> None:
        self.y -= 6
        for line in self.spec["notice"].get("after", []):
            self.para(line, 9, 15, "after")


# --- content streams ---


def _text_ops(item: dict, font: Font, latin: Font | None) -> str:
    fx = item["fx"]
    f = latin if fx.get("latin") else font
    name = "/F2" if fx.get("latin") else ("/F1V" if fx.get("vertical") else "/F1")
    ops = ["BT", f"{name} {_num(item['size'])} Tf"]
    if "color" in fx:
        ops.append(" ".join(_num(v) for v in fx["color"]) + " rg")
    if "mode" in fx:
        ops.append(f"{fx['mode']} Tr")
    if "stroke_w" in fx:
        ops.append(f"{_num(fx['stroke_w'])} w")
    for key, op in (("tc", "Tc"), ("tw", "Tw"), ("tz", "Tz"), ("rise", "Ts")):
        if key in fx:
            ops.append(f"{_num(fx[key])} {op}")
    if "matrix" in fx:
        ops.append(" ".join(_num(v) for v in fx["matrix"]) + " Tm")
    else:
        ops.append(f"1 0 0 1 {_num(item['x'])} {_num(item['y'])} Tm")
    text = item["text"]
    if fx.get("gaps"):  # no space glyph: the words, the gap as a TJ offset
        parts = []
        for word in text.split(" "):
            if parts:
                parts.append(_num(-(f.adv[" "] + (fx.get("tc", 0.0) + fx.get("tw", 0.0)) * 1000 / item["size"])))
            parts.append(_enc(f, word, bool(fx.get("latin"))))
        ops.append("[" + " ".join(parts) + "] TJ")
    elif "runs" in fx:  # [(text, rise, size)]: pieces raised or smaller, one after the other
        for piece, rise, size in fx["runs"]:
            ops.append(f"{name} {_num(size)} Tf {_num(rise)} Ts {_enc(f, piece, False)} Tj")
        ops.append("0 Ts")
    else:
        ops.append(_enc(f, text, bool(fx.get("latin"))) + " Tj")
    ops.append("ET")
    body = " ".join(ops)
    if fx.get("clip"):
        x0, y0, x1, y1 = fx["clip"]
        body = f"q {_num(x0)} {_num(y0)} {_num(x1 - x0)} {_num(y1 - y0)} re W n {body} Q"
    elif "gs" in fx:
        body = f"q /{fx['gs']} gs {body} Q"
    elif any(k in fx for k in ("color", "mode", "stroke_w", "tc", "tw", "tz", "rise")):
        body = f"q {body} Q"
    if fx.get("oc"):
        body = f"/OC /{fx['oc']} BDC {body} EMC"
    return body


def _enc(f: Font, text: str, simple: bool) -> str:
    if simple:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return f.hex(text)


def _item_ops(item: dict, font: Font, latin: Font | None) -> str:
    if item["k"] == "text":
        return _text_ops(item, font, latin)
    if item["k"] == "line":
        return (f"{_num(item['w'])} w {_num(item['x0'])} {_num(item['y0'])} m "
                f"{_num(item['x1'])} {_num(item['y1'])} l S")  # fmt: skip
    return item["ops"]


# --- the PDF file ---


def _tounicode(font: Font) -> bytes:
    pairs = sorted((g, c) for c, g in font.gid.items())
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]  # fmt: skip
    for i in range(0, len(pairs), 100):
        chunk = pairs[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{_utf16(c)}>" for g, c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def _utf16(c: str) -> str:
    return c.encode("utf-16-be").hex().upper()


class Writer:
    def __init__(self) -> None:
        self.objs: list[bytes] = []

    def add(self, body: str | bytes) -> int:
        self.objs.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(self.objs)

    def reserve(self) -> int:
        self.objs.append(b"")
        return len(self.objs)

    def set(self, num: int, body: str) -> None:
        self.objs[num - 1] = body.encode("latin-1")

    def stream(self, data: bytes, extra: str = "") -> int:
        z = zlib.compress(data, 9)
        return self.add(f"<< /Length {len(z)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + z + b"\nendstream")

    def save(self, path: str, root: int) -> None:
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        Path(path).write_bytes(bytes(out))


def _font_objs(w: Writer, font: Font, latin: Font | None) -> dict[str, int]:
    ff = w.stream(font.data, f"/Length1 {len(font.data)} ")
    base = "AAAAAA+" + re.sub(r"[^A-Za-z0-9-]", "", font.name)
    desc = w.add(
        f"<< /Type /FontDescriptor /FontName /{base} /Flags 6 /FontBBox [{' '.join(map(str, font.bbox))}] "
        f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 733 /StemV 80 /FontFile2 {ff} 0 R >>"
    )
    widths = " ".join(f"{g} [{round(font.adv[c])}]" for c, g in sorted(font.gid.items(), key=lambda p: p[1]))
    cid = w.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) "
        f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW 1000 /W [{widths}] "
        f"/CIDToGIDMap /Identity >>"
    )
    tu = w.stream(_tounicode(font))
    fonts = {}
    for key, enc in (("F1", "Identity-H"), ("F1V", "Identity-V")):
        fonts[key] = w.add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base}-{enc} /Encoding /{enc} "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>"
        )
    if latin:
        lf = w.stream(latin.data, f"/Length1 {len(latin.data)} ")
        lbase = "BAAAAA+" + re.sub(r"[^A-Za-z0-9-]", "", latin.name)
        ld = w.add(
            f"<< /Type /FontDescriptor /FontName /{lbase} /Flags 34 /FontBBox [{' '.join(map(str, latin.bbox))}] "
            f"/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 729 /StemV 80 /FontFile2 {lf} 0 R >>"
        )
        lw = " ".join(str(round(latin.adv.get(chr(i), 0))) for i in range(32, 127))
        fonts["F2"] = w.add(
            f"<< /Type /Font /Subtype /TrueType /BaseFont /{lbase} /FirstChar 32 /LastChar 126 "
            f"/Widths [{lw}] /Encoding /WinAnsiEncoding /FontDescriptor {ld} 0 R >>"
        )
    return fonts


def build(spec: dict, out: str) -> dict:
    """Lay the notice out, apply the document's phenomenon, write the PDF; a report for the truth."""
    chars = set(json.dumps({k: v for k, v in spec.items() if k != "raw"}, ensure_ascii=False)) - set("\n\t\r")
    chars = {c for c in chars if c.isprintable()} | set("特此通知。附件0123456789\u3000") | set(spec.get("seal", ""))
    font = Font(chars)
    latin = Font({chr(i) for i in range(32, 127)}, latin=True) if spec.get("latin") else None
    global COLS
    COLS = BASE_COLS
    for key in spec.get("hclip", []):  # the column's right border set inside a space between two words
        r, c = map(int, key.split(","))
        text = spec["rows"][r][c]
        ends = [m.start() for m in re.finditer(" ", text)]
        end = max(e for e in ends if PAD + font.width(text[:e], CELL_PT) + font.adv[" "] * CELL_PT / 1000 < COLS[c])
        width = PAD + font.width(text[:end], CELL_PT) + font.adv[" "] * CELL_PT / 2000 + 0.3
        COLS = tuple(width if i == c else w + (COLS[c] - width if i == 3 else 0) for i, w in enumerate(COLS))
    spec.setdefault("extra_lines", {})
    for key, old in {**spec.get("ghosts", {}), **spec.get("patches", {})}.items():
        r, c = map(int, key.split(","))
        new = _wrap(font, spec["rows"][r][c], COLS[c] - 2 * PAD, CELL_PT, {})
        olds = _wrap(font, old, COLS[c] - 2 * PAD, CELL_PT, {})
        spec["extra_lines"][key] = len(olds) if spec["kind"] == "white" else max(0, len(olds) - len(new))
    doc = Doc(spec, font, latin)
    doc.notice()
    doc.table()
    doc.after()
    PHENOMENA[spec["kind"]](doc)
    w = Writer()
    catalog, pages_num = w.reserve(), w.reserve()
    fonts = _font_objs(w, font, latin)
    font_res = " ".join(f"/{k} {v} 0 R" for k, v in fonts.items())
    ocgs = {}
    for key, label in spec.get("ocgs", []):
        ocgs[key] = w.add(f"<< /Type /OCG /Name <FEFF{_utf16(label)}> >>")
    props = (" /Properties << " + " ".join(f"/{k} {v} 0 R" for k, v in ocgs.items()) + " >>") if ocgs else ""
    gstate = " /ExtGState << /GSm << /Type /ExtGState /BM /Multiply >> >>" if spec["kind"] == "seal" else ""
    kids = []
    media = spec.get("mediabox", [0, 0, PAGE_W, PAGE_H])
    for page in doc.pages:
        ops = "\n".join(_item_ops(item, font, latin) for item in page)
        if spec.get("shift"):
            ops = f"1 0 0 1 {_num(spec['shift'][0])} {_num(spec['shift'][1])} cm\n" + ops
        content = w.stream(("0 g 0 G\n" + ops + "\n").encode("latin-1"))
        boxes = f"/MediaBox [{' '.join(_num(v) for v in media)}]"
        if spec.get("cropbox"):
            boxes += f" /CropBox [{' '.join(_num(v) for v in spec['cropbox'])}]"
        kids.append(
            w.add(
                f"<< /Type /Page /Parent {pages_num} 0 R {boxes} /Resources << /Font << {font_res} >>"
                f"{props}{gstate} >> /Contents {content} 0 R >>"
            )
        )
    w.set(pages_num, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    ocprops = ""
    if ocgs:
        refs = " ".join(f"{v} 0 R" for v in ocgs.values())
        ocprops = f" /OCProperties << /OCGs [{refs}] /D << /Order [{refs}] /ON [] /OFF [{refs}] >> >>"
    w.set(catalog, f"<< /Type /Catalog /Pages {pages_num} 0 R /Lang (zh-CN){ocprops} >>")
    w.save(out, catalog)
    return doc.report


# --- the phenomena: each changes the laid-out pages ---


def _find(doc: Doc, tag: str) -> tuple[list[dict], dict]:
    for page in doc.pages:
        for item in page:
            if item.get("tag") == tag:
                return page, item
    raise KeyError(tag)


def _cell_items(doc: Doc, r: int, c: int) -> list[tuple[list[dict], dict]]:
    found = []
    for page in doc.pages:
        for item in page:
            if item.get("tag", "").startswith(f"cell:{r}:{c}:"):
                found.append((page, item))
    return found


def _plain(doc: Doc) -> None:
    pass


def _white(doc: Doc) -> None:
    """A leftover old value in white under the visible text of some cells; a white line under the table."""
    for key, old in doc.spec["ghosts"].items():
        r, c = map(int, key.split(","))
        items = _cell_items(doc, r, c)
        page, last = items[-1]
        lines = _wrap(doc.font, old, COLS[c] - 2 * PAD, CELL_PT, {})
        for i, ln in enumerate(lines):
            x = doc.cell_boxes[(r, c)][0] + PAD
            page.append({"k": "text", "x": x, "y": last["y"] - (i + 1) * CELL_LH, "size": CELL_PT, "text": ln,
                         "fx": {"color": [1, 1, 1]}, "tag": "ghost"})  # fmt: skip
    page = doc.pages[doc.report["table_pages"][-1]]
    page.append({"k": "text", "x": LM, "y": doc.table_bottom - 38, "size": 9, "text": doc.spec["white_line"],
                 "fx": {"color": [1, 1, 1]}, "tag": "ghost"})  # fmt: skip


def _patch(doc: Doc) -> None:
    """Old text in the cell (where the layout put the cell's text); then, appended as an edit tool does, a
    white rectangle over the cell's inside and the new text on top."""
    for key, old in doc.spec["patches"].items():
        r, c = map(int, key.split(","))
        items = _cell_items(doc, r, c)
        page = items[0][0]
        at = page.index(items[0][1])
        for _, it in items:
            page.remove(it)
        x0, y0, x1, y1 = doc.cell_boxes[(r, c)]
        olds = []
        for i, ln in enumerate(_wrap(doc.font, old, COLS[c] - 2 * PAD, CELL_PT, {})):
            wid = doc.font.width(ln, CELL_PT)
            x = x0 + (COLS[c] - wid) / 2 if c in (0, 4, 5) else x0 + PAD
            y = y1 - PAD - (CELL_LH - CELL_PT) / 2 - CELL_PT * ASC - i * CELL_LH
            assert y - CELL_PT * DESC > y0 + 0.7, ("old text below the patch", key)
            olds.append({"k": "text", "x": x, "y": y, "size": CELL_PT, "text": ln, "fx": {}, "tag": "old"})
        page[at:at] = olds
        page.append({"k": "raw", "ops": f"q 1 1 1 rg {_num(x0 + 0.7)} {_num(y0 + 0.7)} {_num(x1 - x0 - 1.4)} "
                                         f"{_num(y1 - y0 - 1.4)} re f Q"})  # fmt: skip
        for _, it in items:
            page.append(dict(it, tag="patched"))


def _invisible(doc: Doc) -> None:
    """An older wording drawn invisibly (3 Tr) at the same place as the visible text."""
    for key, old in doc.spec["invisible"].items():
        r, c = map(int, key.split(","))
        items = _cell_items(doc, r, c)
        page = items[0][0]
        old_lines = _wrap(doc.font, old, COLS[c] - 2 * PAD, CELL_PT, {})
        for (_, it), ln in zip(items + items[-1:] * 3, old_lines):
            page.append({"k": "text", "x": it["x"], "y": it["y"], "size": CELL_PT, "text": ln, "fx": {"mode": 3},
                         "tag": "invisible"})  # fmt: skip


def _ocg(doc: Doc) -> None:
    """Layer oc1 (修订痕迹): old values in red beside a struck line over four cells; layer oc2 (草稿): a big
    rotated watermark over the table. Both OFF by default."""
    page = doc.pages[doc.report["table_pages"][0]]
    for key, old in doc.spec["marks"].items():
        r, c = map(int, key.split(","))
        _, first = _cell_items(doc, r, c)[0]
        x0, y0, x1, y1 = doc.cell_boxes[(r, c)]
        wid = doc.font.width(first["text"], CELL_PT)
        ym = first["y"] + CELL_PT * 0.3
        page.append({"k": "raw", "ops": f"/OC /oc1 BDC q 0.8 0 0 RG 0.8 w {_num(first['x'])} {_num(ym)} m "
                                         f"{_num(first['x'] + wid)} {_num(ym)} l S Q EMC"})  # fmt: skip
        page.append({"k": "text", "x": first["x"], "y": first["y"] - 2 - CELL_PT, "size": 7, "text": old,
                     "fx": {"color": [0.8, 0, 0], "oc": "oc1"}, "tag": "oc1"})  # fmt: skip
    cx, cy = PAGE_W / 2, (TOP + doc.table_bottom) / 2
    a = math.radians(35)
    ca, sa = math.cos(a), math.sin(a)
    for i, word in enumerate(doc.spec["watermark"]):
        size = 96 if i == 0 else 30
        wid = doc.font.width(word, size)
        mx, my = cx + sa * 90 * i, cy - ca * 90 * i  # each line's middle, down the rotated page
        x = mx - (ca * wid / 2 - sa * 0.35 * size)
        y = my - (sa * wid / 2 + ca * 0.35 * size)
        page.append({"k": "text", "x": x, "y": y, "size": size, "text": word, "tag": "oc2",
                     "fx": {"color": [0.75, 0.75, 0.75], "oc": "oc2",
                            "matrix": [math.cos(a), math.sin(a), -math.sin(a), math.cos(a), x, y]}})  # fmt: skip


def _crop(doc: Doc) -> None:
    """Everything moved by the margin (a shift cm); crop marks, a job line and a stray row in the margin."""
    m = doc.spec["margin"]
    for p, page in enumerate(doc.pages):
        marks = []
        for cx, cy, dx, dy in ((0, 0, -1, -1), (PAGE_W, 0, 1, -1), (0, PAGE_H, -1, 1), (PAGE_W, PAGE_H, 1, 1)):
            marks.append(
                f"{_num(cx + dx * 6)} {_num(cy)} m {_num(cx + dx * 30)} {_num(cy)} l "
                f"{_num(cx)} {_num(cy + dy * 6)} m {_num(cx)} {_num(cy + dy * 30)} l"
            )
        page.append({"k": "raw", "ops": "q 0.3 w " + " ".join(marks) + " S Q"})
        page.append({"k": "text", "x": 40, "y": PAGE_H + 14, "size": 7, "tag": "slug",
                     "text": doc.spec["slug"].format(page=p + 1, pages=len(doc.pages)), "fx": {}})  # fmt: skip
    page = doc.pages[doc.report["table_pages"][-1]]
    # the stray row: under the page's bottom edge (inside the MediaBox, outside the CropBox)
    xs = [LM]
    for w in COLS:
        xs.append(xs[-1] + w)
    top, bottom = -6, -6 - (2 * CELL_LH + 2 * PAD)
    ops = ["q 0.6 w"] + [f"{_num(xs[0])} {_num(y)} m {_num(xs[-1])} {_num(y)} l S" for y in (top, bottom)]
    ops += [f"{_num(x)} {_num(top)} m {_num(x)} {_num(bottom)} l S" for x in xs] + ["Q"]
    page.append({"k": "raw", "ops": " ".join(ops)})
    for c, text in enumerate(doc.spec["stray"]):
        for i, ln in enumerate(_wrap(doc.font, text, COLS[c] - 2 * PAD, CELL_PT, {})):
            wid = doc.font.width(ln, CELL_PT)
            x = xs[c] + (COLS[c] - wid) / 2 if c in (0, 4, 5) else xs[c] + PAD
            page.append({"k": "text", "x": x, "y": top - PAD - 1.25 - CELL_PT * ASC - i * CELL_LH, "size": CELL_PT,
                         "text": ln, "fx": {}, "tag": "stray"})  # fmt: skip
    doc.spec["shift"] = [m, m]


def _clip(doc: Doc) -> None:
    """Rows of exact height: every text of the row clipped to its cell; the lines below the row's bottom
    drawn but clipped away. One cell on one line clipped at its right border."""
    visible = {}
    for r in map(int, doc.spec["fixed_lines"]):
        for c in range(6):
            x0, y0, x1, y1 = doc.cell_boxes[(r, c)]
            shown = []
            for _, it in _cell_items(doc, r, c):
                it["fx"]["clip"] = [x0 + 0.3, y0 + 0.3, x1 - 0.3, y1 - 0.3]
                if it["y"] + CELL_PT * ASC <= y0 + 0.3:
                    continue  # wholly below the clip
                assert it["y"] - CELL_PT * DESC >= y0 + 0.3, ("a line half clipped", r, c)
                shown.append(it["text"])
            visible[f"{r},{c}"] = shown
    for key in doc.spec.get("hclip", []):
        r, c = map(int, key.split(","))
        ((_, it),) = _cell_items(doc, r, c)
        x0, y0, x1, y1 = doc.cell_boxes[(r, c)]
        right = x1 - 0.3
        # the text starts at the cell's padding; the border falls inside a space between two words
        for pad in [PAD]:
            x, cut = x0 + pad, None
            for i, ch in enumerate(it["text"]):
                w = doc.font.adv[ch] * CELL_PT / 1000
                if x < right < x + w:
                    cut = i if ch == " " else None
                    break
                x += w
            if cut is not None:
                it["x"] = x0 + pad
                break
        assert cut is not None
        it["fx"]["clip"] = [x0 + 0.3, y0 + 0.3, right, y1 - 0.3]
        visible[key] = [it["text"][:cut]]
    doc.report["visible"] = visible


def _fakebold(doc: Doc) -> None:
    """Copies of an item at small offsets (as WPS and old Word make bold), and render mode 2 for the header."""
    offsets3 = ((0.25, 0.0), (0.4, 0.25))
    offsets2 = ((0.3, 0.0),)
    bold3 = set(doc.spec["bold3"])
    bold2 = {tuple(x) for x in doc.spec["bold2_cells"]}
    for page in doc.pages:
        added = []
        for it in page:
            if it["k"] != "text":
                continue
            tag = it["tag"]
            parts = tag.split(":")
            offs = ()
            if tag in bold3 or parts[0] in bold3:
                offs = offsets3
            elif parts[0] == "cell" and ((int(parts[1]), int(parts[2])) in bold2 or int(parts[2]) in
                                         doc.spec["bold2_cols"]):  # fmt: skip
                offs = offsets2
            if parts[0] == "header":
                it["fx"].update(mode=2, stroke_w=0.35)
                offs = ()
            for dx, dy in offs:
                added.append(dict(it, x=it["x"] + dx, y=it["y"] + dy, tag="copy"))
        page += added


def _shuffle(doc: Doc) -> None:
    """Every character of the table pages its own text object at its place; the items shuffled."""
    rnd = random.Random(28)
    for p in doc.report["table_pages"]:
        glyphs = []
        for it in doc.pages[p]:
            if it["k"] != "text":
                glyphs.append(it)
                continue
            x = it["x"]
            for ch in it["text"]:
                glyphs.append({"k": "text", "x": x, "y": it["y"], "size": it["size"], "text": ch, "fx": {},
                               "tag": "glyph"})  # fmt: skip
                x += doc.font.adv[ch] * it["size"] / 1000
        rnd.shuffle(glyphs)
        doc.pages[p] = glyphs


def _spacing(doc: Doc) -> None:
    pass  # drawn with the cells' fx (tz, tc, tw, gaps, latin) by the layout itself


def _seal(doc: Doc) -> None:
    """A red ring, the bureau's name on an arc (each glyph its own rotated Tm) and a star; stamped over the
    signature and over the last rows of the table."""
    name = doc.spec["seal"]
    sig_page, sig_y = doc.report["signature_page"], doc.report["signature_y"]
    last = doc.report["table_pages"][-1]
    spots = [(sig_page, LM + TEXT_W - 100, sig_y + 18), (last, LM + COLS[0] + COLS[1] + COLS[2] + 60,
                                                           doc.table_bottom + 16)]  # fmt: skip
    for p, cx, cy in spots:
        page = doc.pages[p]
        r, k = 50.0, 0.5523
        ring = (
            f"{_num(cx + r)} {_num(cy)} m "
            f"{_num(cx + r)} {_num(cy + k * r)} {_num(cx + k * r)} {_num(cy + r)} {_num(cx)} {_num(cy + r)} c "
            f"{_num(cx - k * r)} {_num(cy + r)} {_num(cx - r)} {_num(cy + k * r)} {_num(cx - r)} {_num(cy)} c "
            f"{_num(cx - r)} {_num(cy - k * r)} {_num(cx - k * r)} {_num(cy - r)} {_num(cx)} {_num(cy - r)} c "
            f"{_num(cx + k * r)} {_num(cy - r)} {_num(cx + r)} {_num(cy - k * r)} {_num(cx + r)} {_num(cy)} c"
        )
        star = []
        for i in range(10):
            rad = 15 if i % 2 == 0 else 6
            th = math.radians(90 + 36 * i)
            star.append(f"{_num(cx + rad * math.cos(th))} {_num(cy + rad * math.sin(th))} {'m' if i == 0 else 'l'}")
        page.append({"k": "raw", "ops": f"q /GSm gs 0.86 0.08 0.1 RG 0.86 0.08 0.1 rg 2.4 w {ring} S "
                                         f"{' '.join(star)} h f Q"})  # fmt: skip
        size, rr = 11.0, r - 13
        span = 250.0
        for i, ch in enumerate(name):
            th = math.radians(90 + span / 2 - span * i / (len(name) - 1))
            phi = th - math.pi / 2
            px, py = cx + rr * math.cos(th), cy + rr * math.sin(th)
            ox, oy = size / 2, 0.38 * size  # the glyph's middle, from its origin
            x = px - (ox * math.cos(phi) - oy * math.sin(phi))
            y = py - (ox * math.sin(phi) + oy * math.cos(phi))
            page.append(
                {
                    "k": "text",
                    "x": x,
                    "y": y,
                    "size": size,
                    "text": ch,
                    "tag": "seal",
                    "fx": {
                        "color": [0.86, 0.08, 0.1],
                        "gs": "GSm",
                        "matrix": [math.cos(phi), math.sin(phi), -math.sin(phi), math.cos(phi), x, y],
                    },
                }
            )


def _rise(doc: Doc) -> None:
    """Cells drawn in pieces, some raised (Ts) and smaller: registered marks, (ISC)², footnote digits."""
    for key, runs in doc.spec["risen"].items():
        r, c = map(int, key.split(","))
        items = _cell_items(doc, r, c)
        # the cell's last line carries the marks: its text is the runs' text joined
        page, it = items[-1]
        joined = "".join(p for p, _, _ in runs)
        assert it["text"].endswith(joined), (it["text"], joined)
        head = it["text"][: len(it["text"]) - len(joined)]
        runs = ([(head, 0, CELL_PT)] if head else []) + [tuple(x) for x in runs]
        it["fx"]["runs"] = runs
        wid = sum(doc.font.width(p, size) for p, _, size in runs)
        if c in (0, 4, 5):
            it["x"] = doc.cell_boxes[(r, c)][0] + (COLS[c] - wid) / 2


PHENOMENA = {"white": _white, "patch": _patch, "invisible": _invisible, "ocg": _ocg, "crop": _crop,
             "clip": _clip, "fakebold": _fakebold, "shuffle": _shuffle, "spacing": _spacing, "seal": _seal,
             "rise": _rise, "vertical": _plain}  # fmt: skip


def tool_main(spec_path: str) -> int:
    specs = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    reports = {s["stem"]: build(s, s["raw"]) for s in specs}
    Path(spec_path).with_suffix(".report.json").write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
    return 0


# ====================================================================================================
# The project side: the notices, their rows and truths (run by the project's Python).
# ====================================================================================================

HEADER = ["序号", "职业资格名称", "译名", "颁证单位", "对应职称", "所属系列"]
NOTE = "注：证书须在有效期内。"


def _project() -> dict:
    for path in (ROOT, ROOT / "tests"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import make_unseen9
    import make_unseen23
    from make_unseen9 import T, W, numbered, pick

    return {"T": T, "W": W, "pick": pick, "numbered": numbered, "u9": make_unseen9, "u23": make_unseen23}


def _notice(docno: str, city: str, batch: str, to: str, paras: list[str], date: str, inline: bool = False,
            after: tuple[str, ...] = (NOTE,)) -> dict:  # fmt: skip
    title = f"{city}国际职业资格比照认定职称目录（{batch}）"
    return {"docno": docno, "title": f"关于公布{title}的通知", "to": to, "paras": paras,
            "bureau": f"{city}人力资源和社会保障局", "date": date, "annex_title": title, "inline": inline,
            "after": list(after)}  # fmt: skip


def _intro(city: str, batch: str, field: str) -> str:
    return (
        f"为服务我市{field}发展，进一步畅通国际化专业技术人才职称评价渠道，根据省人力资源和社会保障厅关于国际职业资格"
        f"比照认定职称的有关规定，我局研究制定了《{city}国际职业资格比照认定职称目录（{batch}）》，现予以公布，请遵照执行。"
    )


TO = "各县（市、区）人力资源和社会保障局，市直各单位，各有关企业："


def _rows(rows: list) -> list[list[str]]:
    return [list(r) for r in rows]


def documents() -> list[tuple[dict, dict]]:
    """(spec for the tool, truth) of every document."""
    p = _project()
    T, W, pick, numbered, u23 = p["T"], p["W"], p["pick"], p["numbered"], p["u23"]
    ENG, ECO, ACC, AUD = "工程系列", "经济系列", "会计系列", "审计系列"
    docs = []

    def add(spec: dict, rows: list[list[str]], why: str) -> None:
        spec.setdefault("header", HEADER)
        spec["rows"] = spec.get("rows") or rows
        docs.append((spec, {"header": HEADER, "rows": rows, "why": why}))

    # 1. white text ---------------------------------------------------------------------------------
    rows = _rows(numbered(pick(W, 25, 26, 27, 28, 23, 24, 35, 36, 37, 38, 40, 42, 43)))
    ghosts = {"3,3": "美国材料信息协会 (ASM International)", "0,4": "助理工程师",
              "8,2": "通用冶金工程师", "11,5": "机械工程", "6,1": "CCPE Mechanical Engineering"}  # fmt: skip
    add(
        {
            "stem": "liaoyuan-baizi",
            "kind": "white",
            "ghosts": ghosts,
            "white_line": "注：第4、9项颁证单位名称待核实（内部核对稿，印发前删除本行）。",
            "notice": _notice(
                "辽源人社发〔2024〕12号",
                "辽源市",
                "第一批",
                TO,
                [_intro("辽源市", "第一批", "装备制造和冶金新材料产业")],
                "2024年3月18日",
            ),
        },
        rows,
        "WHITE",
    )  # the why: _fill_whys
    # 2. correction patch ----------------------------------------------------------------------------
    rows = _rows(numbered(pick(W, 20, 21, 22, 10, 11, 12, 13, 14, 44, 45, 9, 15, 16, 17)))
    patches = {"0,5": "建设工程", "1,4": "工程师", "4,2": "美国注册岩土工程师（土木）", "9,3":
               "加拿大工程师协会 (Canadian Council of Professional Engineers)", "10,3": "英国皇家特许建造协会",
               "12,1": "Civil Engineering"}  # fmt: skip
    add(
        {
            "stem": "baishan-buding",
            "kind": "patch",
            "patches": patches,
            "notice": _notice(
                "白山人社发〔2024〕27号",
                "白山市",
                "第二批",
                TO,
                [
                    _intro("白山市", "第二批", "交通基础设施和绿色建材产业"),
                    "《白山市国际职业资格比照认定职称目录（第一批）》继续有效。",
                ],
                "2024年5月9日",
                inline=True,
            ),
        },
        rows,
        "a cheap correction drawn on the page: in six cells the old text is drawn, then an opaque white "
        "rectangle over the cell's inside, then the new text on top, so the page shows only the new text "
        "while the text layer holds both (row 1's series 交通工程 over 建设工程, row 2's title 助理工程师 over "
        "工程师, row 5's 译名 美国注册岩土工程师 over 美国注册岩土工程师（土木）, row 10's body 加拿大工程师协会 "
        "(Engineers Canada) over …(Canadian Council of Professional Engineers), row 11's body with its English "
        "name over the Chinese name alone, row 13's name Electrical Engineering over Civil Engineering). The "
        "annex follows the body on page 1 and the table breaks onto page 2 with its header repeated. "
        "Expected: the 14 rows with the new text; or the notice held back. Never the covered text.",
    )
    # 3. invisible text ------------------------------------------------------------------------------
    rows = _rows(numbered(pick(T, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 46)))
    invisible = {"2,3": "美国金属学会 (American Society for Metals)", "0,2": "国际注册机械工程师（ICME）",
                 "5,4": "高级工程师", "8,1": "Chartered Mechanical Engineer (CEng)",
                 "10,2": "注册焊接检查员", "13,5": "工程系列"}  # fmt: skip
    add(
        {
            "stem": "songyuan-yinxing",
            "kind": "invisible",
            "invisible": invisible,
            "notice": _notice(
                "松人社发〔2024〕8号",
                "松原市",
                "第一批",
                TO,
                [_intro("松原市", "第一批", "装备制造和石油化工产业")],
                "2024年2月26日",
            ),
        },
        rows,
        "invisible text (text render mode 3 Tr, not a scanned page: the visible text is real text too): "
        "six cells carry, at the same place as their visible text, an older wording drawn invisibly (row 1's "
        "译名 国际注册机械工程师（ICME）, row 3's body 美国金属学会 (American Society for Metals), row 6's title "
        "高级工程师, row 9's name Chartered Mechanical Engineer (CEng), row 11's 译名 注册焊接检查员, row 14's "
        "series 工程系列). Expected: the 14 rows as seen (国际注册机械工程师, 美国材料信息协会 (American Society "
        "for Metals), 工程师, Chartered Engineer (CEng), 注册焊接检验师, 机械工程); or the notice held back. "
        "Never the invisible wording, alone or overlaid on the visible one.",
    )
    # 4. optional content off ------------------------------------------------------------------------
    rows = _rows(numbered([("IPMA Level D (Certified Project Management Associate)", "助理项目经理", u23.IPMA, "助理经济师", ECO),
                           ("IPMA Level C (Certified Project Manager)", "项目经理", u23.IPMA, "经济师", ECO),
                           ("Project Management Professional (PMP)", "项目管理专业人士", u23.PMI, "经济师", ECO),
                           ("Chartered Financial Analyst (CFA)", "特许金融分析师", u23.CFA, "经济师", ECO),
                           ("Financial Risk Manager (FRM)", "金融风险管理师", u23.GARP, "经济师", ECO),
                           ("Member (ACCA)", "特许公认会计师", u23.ACCA, "会计师", ACC),
                           ("Fellow (FCCA)", "资深特许公认会计师", u23.ACCA, "高级会计师", ACC),
                           ("Associate Chartered Management Accountant (ACMA)", "特许管理会计师", u23.CIMA, "会计师", ACC),
                           ("Certified Management Accountant (CMA)", "美国注册管理会计师", u23.IMA, "会计师", ACC),
                           ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", u23.CPAA, "会计师", ACC),
                           ("Certified Internal Auditor (CIA)", "国际注册内部审计师", u23.IIA, "审计师", AUD),
                           ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", u23.ISACA, "审计师", AUD)]))  # fmt: skip
    marks = {"1,4": "助理经济师", "6,4": "会计师", "9,2": "澳洲注册会计师", "11,3": "信息系统审计与控制协会"}
    add(
        {
            "stem": "baicheng-tuceng",
            "kind": "ocg",
            "marks": marks,
            "watermark": ["草稿", "征求意见稿 请勿外传"],
            "ocgs": [["oc1", "修订痕迹"], ["oc2", "草稿"]],
            "notice": _notice(
                "白人社发〔2024〕19号",
                "白城市",
                "第一批",
                TO,
                [_intro("白城市", "第一批", "现代金融和商贸服务业")],
                "2024年4月11日",
            ),
        },
        rows,
        "optional content: the page carries two layers that are OFF by default (/OCProperties /D /OFF): "
        "修订痕迹, over four cells a red line through the current value and an old value in small red "
        "text under it (row 2 助理经济师, row 7 会计师, row 10 澳洲注册会计师, row 12 信息系统审计与控制协会), "
        "and 草稿, a big grey rotated 草稿 / 征求意见稿 请勿外传 over the table. A viewer and a print show "
        "neither. Expected: the 12 rows as displayed (经济师, 高级会计师, 澳大利亚注册会计师, 国际信息系统审计"
        "协会 (ISACA)); or the notice held back. Never a hidden layer's text in a row.",
    )
    # 5. text outside the crop box -------------------------------------------------------------------
    base = numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 18, 20))
    rows = []
    for r in base:
        zh, _, en = r[3].partition(" (")
        rows.append([*r[:3], f"{en[:-1]} ({zh})", *r[4:]])
    stray = [
        "16",
        "Member",
        "协会会员",
        "American College of Clinical Pharmacology (美国临床药理学学会)",
        "助理工程师",
        "医药工程",
    ]
    add(
        {
            "stem": "tonghua-caiqie",
            "kind": "crop",
            "margin": 40,
            "stray": stray,
            "mediabox": [0, 0, PAGE_W + 80, PAGE_H + 80],
            "cropbox": [40, 40, PAGE_W + 40, PAGE_H + 40],
            "slug": "TH-RS-2024-033 通化市人社局 第{page}/{pages}页 出片：2024-06-12 14:32 印量 120",
            "notice": _notice(
                "通市人社发〔2024〕33号",
                "通化市",
                "第一批",
                TO,
                [_intro("通化市", "第一批", "医药健康产业")],
                "2024年6月12日",
            ),
        },
        rows,
        "text outside the crop box: every page's MediaBox is 40 pt larger than its CropBox on each side; "
        "in that cropped-off margin are printer's crop marks, a job line (TH-RS-2024-033 通化市人社局 第n/2页 "
        "出片…) and, right under the table's last page edge, a stray 16th row ruled like the table (16 | "
        "Member | 协会会员 | American College of Clinical Pharmacology (美国临床药理学学会) | 助理工程师 | 医药工程). A viewer and a print show the crop box only. The 颁证单位 are "
        "printed English first, the Chinese name in brackets after it. Expected: the 15 rows inside the crop "
        "box, bodies as printed (Association of Clinical Research Professionals (美国临床研究专业协会)); or the "
        "notice held back. Never row 16, never the job line.",
    )
    # 6. clipped ------------------------------------------------------------------------------------
    rows = _rows(numbered(pick(T, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16)))
    add(
        {
            "stem": "qitaihe-caijian",
            "kind": "clip",
            "fixed_lines": {"9": 2, "11": 2},
            "hclip": ["4,1"],
            "cellfx": {"4,1": {"nowrap": True}},
            "notice": _notice(
                "七人社发〔2024〕15号",
                "七台河市",
                "第一批",
                TO,
                [_intro("七台河市", "第一批", "生物医药和医疗检验产业")],
                "2024年7月2日",
            ),
        },
        rows,
        "CLIPPED",
    )  # the truth and why: _fill_whys, from what the layout shows
    # 7. fake bold ----------------------------------------------------------------------------------
    rows = _rows(numbered(pick(W, 1, 2, 3, 4, 5, 6, 7, 8, 18, 19, 46, 47, 48, 49, 50)))
    add(
        {
            "stem": "shuangyashan-weijiacu",
            "kind": "fakebold",
            "bold3": ["title", "annex_title", "docno"],
            "bold2_cells": [[0, 1], [1, 1], [2, 1], [8, 1], [9, 1], [12, 1]],
            "bold2_cols": [4],
            "notice": _notice(
                "双人社发〔2024〕21号",
                "双鸭山市",
                "第一批",
                TO,
                [_intro("双鸭山市", "第一批", "绿色建筑和煤化工产业")],
                "2024年8月20日",
            ),
        },
        rows,
        "fake bold as WPS and old Word draw it: the title, the 文号 and the annex title drawn three "
        "times (at offsets 0.25 and 0.4 pt), the 职业资格名称 of rows 1, 2, 3, 9, 10 and 13 and the whole "
        "对应职称 column twice (0.3 pt apart), and the header row in render mode 2 (fill and stroke, 2 Tr) "
        "once. Expected: the 15 rows with each text once (Associate Constructor, 工程师), never doubled "
        '("AAssociate", "工工程程师师", "Associate ConstructorAssociate Constructor").',
    )
    # 8. glyph by glyph, shuffled --------------------------------------------------------------------
    rows = _rows(numbered(pick(W, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 39, 41)))
    add(
        {
            "stem": "yichun-luanxu",
            "kind": "shuffle",
            "notice": _notice(
                "伊人社发〔2024〕6号",
                "伊春市",
                "第一批",
                TO,
                [_intro("伊春市", "第一批", "纺织轻工和电子信息产业")],
                "2024年1月30日",
            ),
        },
        rows,
        "glyph by glyph: on the catalog page every character (spaces too) is its own text object "
        "(BT /F1 8 Tf 1 0 0 1 x y Tm <gid> Tj ET) at its place on the page, and the page's content stream is "
        "shuffled (a fixed seed): characters of all rows and cells, the annex title and the ruling lines in "
        "no order. The page looks like any ruled table. Expected: the 13 rows as they read on the page; or "
        "the notice held back. Never rows assembled in stream order.",
    )
    # 9. spacing ------------------------------------------------------------------------------------
    rows = _rows(numbered(pick(T, 47, 48, 49, 50, 51) + pick(W, 44, 45, 56, 57, 58, 59, 60)))
    cellfx = {}
    for r in range(len(rows)):
        cellfx[f"{r},4"] = {"tz": 80}
        cellfx[f"{r},5"] = {"tz": 80, "tc": 0.2}
    cellfx.update({"0,2": {"tc": 1.6}, "1,2": {"tc": 1.6}, "5,2": {"tc": 1.2}, "7,2": {"tc": 2.0},
                   "2,1": {"latin": True, "tw": 3.0}, "10,1": {"latin": True, "tw": 2.5},
                   "4,1": {"latin": True, "gaps": True}, "6,1": {"gaps": True},
                   "8,1": {"tz": 75}, "9,1": {"tz": 75, "tc": 0.3},
                   "11,1": {"latin": True, "tc": 0.6}, "7,1": {"gaps": True, "tc": 0.2},
                   "5,3": {"tc": 0.5}, "9,3": {"tz": 85}, "8,3": {"gaps": True}})  # fmt: skip
    add(
        {
            "stem": "heihe-jianju",
            "kind": "spacing",
            "cellfx": cellfx,
            "latin": True,
            "notice": _notice(
                "黑人社发〔2024〕17号",
                "黑河市",
                "第一批",
                TO,
                [_intro("黑河市", "第一批", "石油化工和电子信息产业")],
                "2024年9月5日",
            ),
        },
        rows,
        "SPACING",
    )  # the why: _fill_whys
    # 10. electronic seal ---------------------------------------------------------------------------
    rows = _rows(numbered(pick(T, 8, 9, 10, 13, 14, 15, 16, 19, 20) + pick(W, 53, 54)))
    add(
        {
            "stem": "suihua-dianziyinzhang",
            "kind": "seal",
            "seal": "绥化市人力资源和社会保障局",
            "notice": _notice(
                "绥人社发〔2024〕40号",
                "绥化市",
                "第一批",
                TO,
                [_intro("绥化市", "第一批", "食品加工和装备制造产业")],
                "2024年10月15日",
            ),
        },
        rows,
        "an electronic seal (电子印章) as e-seal software stamps it, twice: over the bureau's name and date "
        "on page 1, and over the last rows of the table on page 2 (rows 9-11 and the line under the table): a "
        "red ring, the bureau's name 绥化市人力资源和社会保障局 set on an arc, each glyph its own rotated text "
        "matrix (real text in the text layer, red), and a red star, all in blend mode Multiply as e-seal "
        "software draws it, so the black text under the seal stays black and readable. Expected: the 11 rows as printed "
        "(Licentiatehip (LTI) | 纺织学会资格认证 | 国际纺织学会 (Textile Institute) | 助理工程师 | 纺织工程 …), no seal character in any cell and no "
        "row made of them; or the notice held back.",
    )
    # 11. text rise --------------------------------------------------------------------------------
    rows = _rows(numbered([("Chartered Financial Analyst (CFA®)", "特许金融分析师", u23.CFA, "经济师", ECO),
                           ("Financial Risk Manager (FRM®)", "金融风险管理师", u23.GARP, "经济师", ECO),
                           ("Project Management Professional (PMP)", "项目管理专业人士", u23.PMI, "经济师", ECO),
                           ("Certified Management Accountant (CMA®)", "美国注册管理会计师", u23.IMA, "会计师", ACC),
                           ("Member (ACCA)", "特许公认会计师", u23.ACCA, "会计师", ACC),
                           ("Certified Practising Accountant (CPA)", "澳大利亚注册会计师", u23.CPAA, "会计师", ACC),
                           ("Certified Internal Auditor (CIA)", "国际注册内部审计师", u23.IIA, "审计师", AUD),
                           ("Certified Information Systems Auditor (CISA)", "国际注册信息系统审计师", u23.ISACA, "审计师", AUD),
                           ("Certified Information Systems Security Professional (CISSP)", "注册信息系统安全专家",
                            "国际信息系统安全认证联盟 ((ISC)²)", "工程师", ENG),
                           ("Fellow (FCCA)", "资深特许公认会计师", u23.ACCA, "高级会计师", ACC)]))  # fmt: skip
    printed = [list(r) for r in rows]
    for r in printed:
        r[3] = r[3].replace("²", "2")
    printed[8][4] = "工程师1"
    printed[4][4] = "会计师2"
    risen = {"0,1": [("(CFA", 0, 8), ("®", 3.2, 5), (")", 0, 8)],
             "1,1": [("(FRM", 0, 8), ("®", 3.2, 5), (")", 0, 8)],
             "3,1": [("(CMA", 0, 8), ("®", 3.2, 5), (")", 0, 8)],
             "8,3": [("((ISC)", 0, 8), ("2", 3.4, 5.2), (")", 0, 8)],
             "8,4": [("工程师", 0, 8), ("1", 3.6, 5.2)], "4,4": [("会计师", 0, 8), ("2", 3.6, 5.2)]}  # fmt: skip
    add(
        {
            "stem": "hegang-shangbiao",
            "kind": "rise",
            "risen": risen,
            "rows": printed,
            "notice": _notice(
                "鹤人社发〔2024〕11号",
                "鹤岗市",
                "第一批",
                TO,
                [_intro("鹤岗市", "第一批", "现代金融和数字经济")],
                "2024年11月4日",
                after=(
                    "注：1. 须从事信息安全相关专业技术工作满2年。",
                    "　　2. 须在我市企业从事会计工作满2年。",
                    "　　3. 证书须在有效期内。",
                ),
            ),
        },
        rows,
        "RISE",
    )  # the why: _fill_whys
    # 12. vertical writing --------------------------------------------------------------------------
    rows = _rows(numbered(pick(W, 23, 24, 25, 26, 27, 37, 38, 40, 41, 46, 47, 48, 50)))
    printed = [list(r) for r in rows]
    for r in printed:
        r[5] = ""
    groups = [[0, 4, "vertical", "机械工程"], [5, 8, "glyphs", "冶金工程"], [9, 12, "vertical", "石油化工工程"]]
    add(
        {
            "stem": "benxi-shuxiang",
            "kind": "vertical",
            "merge": {"col": 5, "groups": groups},
            "rows": printed,
            "notice": _notice(
                "本人社发〔2024〕9号",
                "本溪市",
                "第一批",
                TO,
                [_intro("本溪市", "第一批", "冶金和石油化工产业")],
                "2024年3月5日",
            ),
        },
        rows,
        "vertical writing: the 所属系列 column is merged down over each series' rows (rows 1-5 机械工程, "
        "6-9 冶金工程, 10-13 石油化工工程), no rule between the merged rows, and the series written top to "
        "bottom in the merged cell: 机械工程 and 石油化工工程 each as one Tj in a vertical font (Type0, "
        "Identity-V), 冶金工程 one glyph per line, each its own text object. Expected: the 13 rows, each "
        "with its series (the merged cell's text on every row it spans), the series read as a word (机械工程, "
        "not 机/械/工/程 on four rows); or the notice held back.",
    )
    return docs


def _fill_whys(docs: list[tuple[dict, dict]], reports: dict) -> None:
    """The truths that depend on what the layout showed (clipped text), and the whys written after it."""
    for spec, truth in docs:
        stem = spec["stem"]
        if spec["kind"] == "clip":
            vis = reports[stem]["visible"]
            rows = truth["rows"]
            changes = []
            for key, lines in vis.items():
                r, c = map(int, key.split(","))
                shown = _join(lines)
                if shown != rows[r][c]:
                    changes.append(f'row {r + 1}\'s {HEADER[c]} shows "{shown}" of "{rows[r][c]}"')
                    rows[r][c] = shown
            truth["why"] = (
                "clip paths: rows 10 and 12 are of exact height (two lines), every text of theirs drawn inside a "
                "clip rectangle at its cell's border (re W n), so the third line of the long cells is drawn but "
                "clipped away, invisible; row 5's 职业资格名称 is drawn on one line (no wrap) and clipped at the "
                "cell's right border, which falls between two words. The text layer holds the whole text. What "
                "shows: " + "; ".join(changes) + ". Expected: the 13 rows as they show (the truth); holding the "
                "notice back (or sending rows 5, 10, 12 to review) is as good, since a clipped cell is damaged data. "
                "Never the clipped-away words published as if printed without saying so, and never row 12's third "
                "line run into row 13."
            )
        elif spec["kind"] == "spacing":
            truth["why"] = (
                "text drawn condensed and spaced: the 对应职称 and 所属系列 columns at 80 Tz on every row (the series "
                "also 0.2 Tc); rows 9-10's names at 75 Tz (row 10 also 0.3 Tc), row 10's body at 85 Tz; the 译名 of "
                "rows 1, 2, 6 and 8 spread by character spacing (1.6, 1.6, 1.2, 2 pt Tc, as 分散对齐 draws it; row 1-2's "
                "NACE letter-spaced with it) and row 6's body by 0.5 Tc; rows 3 and 11's names in a simple-encoded "
                "Latin font (TrueType, WinAnsi), where word spacing acts on the space byte, at 3 and 2.5 pt Tw, row "
                "12's in that font letter-spaced (0.6 Tc); rows 5, 7 and 8's names (row 5 in the Latin font, row 8 "
                "also 0.2 Tc) and row 9's body drawn with no space glyph at all, each gap a TJ offset of a space's "
                "width. Expected: the 12 rows as printed, words separated by one space, no space inside a word or "
                "between Chinese characters (注册食品科学家, not 注 册 食 品 科 学 家; NACE 三级涂装检验师, not N A C E), "
                "no word run into the next (Petroleum Engineering Certification, not PetroleumEngineeringCertification)."
            )
        elif spec["kind"] == "rise":
            truth["why"] = (
                "text rise (Ts) and smaller sizes inside cells: a small ® raised after CFA, FRM and CMA in rows 1, 2 "
                "and 4's names (Chartered Financial Analyst (CFA®)), the 2 of (ISC)² in row 9's body drawn as a small "
                "raised digit 2 (国际信息系统安全认证联盟 ((ISC)²), the body's name as it prints it), and a small raised "
                "footnote digit after row 9's 对应职称 (工程师¹) and row 5's (会计师²), their notes under the table "
                "(注：1. 须从事信息安全相关专业技术工作满2年。2. 须在我市企业从事会计工作满2年。). Expected: the registered marks kept "
                "as ® (part of the printed name: CFA®, FRM®, CMA®), the raised 2 of (ISC)² read as ², and the "
                "footnote markers NOT part of their cells (工程师, 会计师: the marker points to a note under the "
                'table, which is no row); or the notice held back. Never "(ISC)2", "工程师1" or "会计师2" '
                "published as if printed so."
            )
        elif spec["kind"] == "white":
            truth["why"] = (
                "white text: five cells hold a leftover old value drawn in white (1 1 1 rg) under their visible text, "
                "each such row a line taller, the white line blank on paper (row 1's 对应职称 助理工程师 under 工程师, "
                "row 4's body 美国材料信息协会 (ASM International) under 美国材料信息协会 (American Society for Metals), row 7's name CCPE Mechanical "
                "Engineering under Mechanical Engineering, row 9's 译名 通用冶金工程师 under 通用冶金师, row 12's series "
                "机械工程 under 冶金工程); and a whole line of white text under the table (注：第4、9项颁证单位名称待核实"
                "……). Expected: the 13 rows as printed (the visible text only), nothing of the white text, the white "
                'note no row; or the notice held back. Never a white value published or run on ("工程师助理工程师").'
            )


def _join(lines: list[str]) -> str:
    out = ""
    for ln in lines:
        if out and not (_is_cjk(out[-1]) or _is_cjk(ln[0])):
            out += " "
        out += ln
    return out


def write_readme(doc: str) -> None:
    parts = [doc.strip(), "", "Files and truths (row count; why):", ""]
    for truth_file in sorted(OUT.glob("*.truth.json")):
        stem = truth_file.name.removesuffix(".truth.json")
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        parts.append(f"{truth_file.name}: {len(truth['rows'])} rows; for {stem}.pdf")
        parts.append(f"    {truth['why']}")
        parts.append("")
    (OUT / "README.txt").write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    import tempfile

    only = sys.argv[1:]
    _project()
    from make_producers import pack_pinned

    docs = [d for d in documents() if not only or any(d[0]["stem"].startswith(o) for o in only)]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for spec, _ in docs:
            spec["raw"] = str(Path(tmp) / f"{spec['stem']}.raw.pdf")
        spec_path = Path(tmp) / "specs.json"
        spec_path.write_text(json.dumps([s for s, _ in docs], ensure_ascii=False), encoding="utf-8")
        subprocess.run([str(TOOL_PY), str(Path(__file__).resolve()), "--tool", str(spec_path)], check=True, timeout=900)
        reports = json.loads(spec_path.with_suffix(".report.json").read_text(encoding="utf-8"))
        _fill_whys(docs, reports)
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
