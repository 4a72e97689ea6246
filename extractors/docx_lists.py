"""Word's automatic list numbers in table cells, as printed.

A 序号 column is often a numbered list (Home > Numbering, w:numPr on each cell's paragraph): Word
prints 1, 2, 3 … but no w:t holds them, so a reader of the text sees every 序号 empty (found by the
unseen11 probe: a catalog whose 序号 cells were all numbered paragraphs was read as one row). Here
the numbers are counted as Word counts them and written into the cells' paragraphs as text.

Counting: paragraphs are taken in body order (text boxes' fallback copies never); a paragraph's
list is its own w:numPr, else its paragraph style's; a list (w:num) counts on its abstract
definition's counters, which a w:lvlOverride/w:startOverride restarts the first time the list is
met; a level's number restarts when a lower level is counted. The label is the level's w:lvlText
with each %n replaced by level n's number in that level's w:numFmt. Formats read: decimal (also
with a leading zero or full width), Chinese counting (一, 二 … 十一), letters and roman numerals;
a bullet or another format gives no label, and the cell stays as it is (empty: the release holds
back a 序号 that is no number). Only paragraphs in table cells are given their label: running
text keeps its words as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


MAX_LEVELS = 9
_CHINESE = "〇一二三四五六七八九"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def _chinese(n: int) -> str:
    if n <= 0 or n >= 100:
        return ""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CHINESE[tens]) + "十" if tens else "") + (_CHINESE[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalFullWidth2": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "ideographDigital": lambda n: "".join(_CHINESE[int(d)] for d in str(n)),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


def _val(el: etree._Element | None, default: str = "") -> str:
    return el.get(_w("val"), default) if el is not None else default


def _int(el: etree._Element | None, default: int) -> int:
    try:
        return int(_val(el, str(default)))
    except ValueError:
        return default


Level = tuple[int, str, str, str]  # start, numFmt, lvlText, suffix


def _levels(abstract: etree._Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in abstract.findall(_w("lvl")):
        try:
            ilvl = int(lvl.get(_w("ilvl"), "0") or 0)
        except ValueError:
            continue
        levels[ilvl] = (_int(lvl.find(_w("start")), 1), _val(lvl.find(_w("numFmt")), "decimal"),
                        _val(lvl.find(_w("lvlText"))), _val(lvl.find(_w("suff")), "tab"))  # fmt: skip
    return levels


def label_list_paragraphs(body: etree._Element, numbering: etree._Element | None, styles: etree._Element | None) -> None:
    """Write each numbered paragraph's printed label into it, for paragraphs in table cells."""
    if numbering is None:
        return
    abstracts = {a.get(_w("abstractNumId"), ""): _levels(a) for a in numbering.findall(_w("abstractNum"))}
    nums: dict[str, tuple[str, dict[int, int]]] = {}
    for num in numbering.findall(_w("num")):
        overrides = {_level(o): _int(o.find(_w("startOverride")), 1)
                     for o in num.findall(_w("lvlOverride")) if o.find(_w("startOverride")) is not None}  # fmt: skip
        nums[num.get(_w("numId"), "")] = (_val(num.find(_w("abstractNumId"))), overrides)
    by_style: dict[str, tuple[str, int]] = {}
    if styles is not None:
        for style in styles.findall(_w("style")):
            num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if num_pr is not None:
                by_style[style.get(_w("styleId"), "")] = (_val(num_pr.find(_w("numId"))), _int(num_pr.find(_w("ilvl")), 0))
    counters: dict[str, list[int]] = {}
    restarted: set[str] = set()
    for p in body.iter(_w("p")):
        if any(a.tag == f"{{{_MC}}}Fallback" for a in p.iterancestors()):
            continue  # a text box's VML copy: Word numbers the DrawingML one
        found = _list_of(p, by_style)
        if found is None or found[0] not in nums:
            continue
        num_id, ilvl = found
        abstract_id, overrides = nums[num_id]
        levels = abstracts.get(abstract_id)
        if not levels or ilvl not in levels or not 0 <= ilvl < MAX_LEVELS:
            continue
        count = counters.setdefault(abstract_id, [0] * MAX_LEVELS)
        if overrides and num_id not in restarted:
            restarted.add(num_id)
            for level, start in overrides.items():
                if 0 <= level < MAX_LEVELS:
                    count[level] = start - 1
                    for deeper in range(level + 1, MAX_LEVELS):
                        count[deeper] = 0
        start = levels[ilvl][0]
        count[ilvl] = count[ilvl] + 1 if count[ilvl] >= start else start
        for deeper in range(ilvl + 1, MAX_LEVELS):
            count[deeper] = 0
        label = _label(levels, count, ilvl)
        if label and next((a for a in p.iterancestors(_w("tc"))), None) is not None:
            _prepend(p, label, levels[ilvl][3])


def _level(el: etree._Element) -> int:
    try:
        return int(el.get(_w("ilvl"), "0") or 0)
    except ValueError:
        return -1


def _list_of(p: etree._Element, by_style: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    num_pr = p.find(f"{_w('pPr')}/{_w('numPr')}")
    style = _val(p.find(f"{_w('pPr')}/{_w('pStyle')}"))
    num_id, ilvl = by_style.get(style, ("", 0))
    if num_pr is not None:
        if num_pr.find(_w("numId")) is not None:
            num_id = _val(num_pr.find(_w("numId")))
        ilvl = _int(num_pr.find(_w("ilvl")), ilvl)
    return (num_id, ilvl) if num_id and num_id != "0" else None


def _label(levels: dict[int, Level], count: list[int], ilvl: int) -> str:
    """The level's lvlText with %1 … %9 replaced; "" when a format is not one read here."""
    text = levels[ilvl][2]
    for level in range(MAX_LEVELS, 0, -1):
        marker = f"%{level}"
        if marker not in text:
            continue
        fmt = levels.get(level - 1, (1, "decimal", "", ""))[1]
        if fmt not in FORMATS:
            return ""
        text = text.replace(marker, FORMATS[fmt](max(count[level - 1], 1)))
    return text if levels[ilvl][1] in FORMATS else ""


def _prepend(p: etree._Element, label: str, suffix: str) -> None:
    """Put the label at the paragraph's start as a run of text (a space after it when text follows)."""
    has_text = any((t.text or "").strip() for t in p.iter(_w("t")))
    run = etree.Element(_w("r"))
    t = etree.SubElement(run, _w("t"))
    t.text = label + (" " if has_text and suffix != "nothing" else "")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    ppr = p.find(_w("pPr"))
    p.insert(p.index(ppr) + 1 if ppr is not None else 0, run)
