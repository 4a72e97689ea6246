"""Run properties a Word document sets by style, written onto the runs they apply to.

The reader decides from a run's own w:rPr whether its text is struck through (a revised
value), hidden, set in capitals, or superscript. Word also sets these by style: a character
style the run names (w:rStyle, e.g. a "删除" style with w:strike), the paragraph's style
(w:pStyle), each along its w:basedOn chain, and the document's defaults (w:docDefaults).
A struck word set by a character style was read as current text beside its replacement
(named as a known gap by the unseen26 probe round).

`apply_run_styles` walks the body once before it is read and copies every property the run
does not set itself from the first of these that sets it: the run's character style, then
its paragraph's style, then the defaults. The run's own setting always wins, on or off. It
changes only the in-memory tree python-docx parsed; the file is never written.

Written here, not taken from python-docx: python-docx resolves one property of one run
through its character style only (`run.style.font.strike`), not through the paragraph style
or the defaults, and walking its proxies for every run costs more than one pass over the XML.
ECMA-376 (17.7.3) makes toggle properties in styles flip each other (a character style's
strike over a paragraph style's strike is no strike); documents that rely on that are rare
and are read here as "on".
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# The run properties the reader decides by (extractors/docx.py): struck, hidden, capitals, superscript.
PROPERTIES = tuple(_w(tag) for tag in ("strike", "dstrike", "vanish", "caps", "vertAlign"))
_R, _RPR, _P, _PPR = _w("r"), _w("rPr"), _w("p"), _w("pPr")
_MAX_CHAIN = 20  # a w:basedOn chain longer than this is a loop or a broken file: stop there

Properties = dict[str, etree._Element]  # property tag -> the element that sets it


def apply_run_styles(body: etree._Element, styles: etree._Element | None) -> None:
    """Give every run in `body` the properties of PROPERTIES that its character style, its
    paragraph's style or the document defaults set and the run does not set itself."""
    if styles is None:
        return
    by_id = {style.get(_w("styleId"), ""): style for style in styles.iter(_w("style"))}
    defaults = _own(styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_RPR}"))
    # a paragraph that names no style has the default paragraph style (Normal)
    normal = next((style.get(_w("styleId"), "") for style in by_id.values()
                   if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true", "on")), "")  # fmt: skip
    resolved: dict[str, Properties] = {}

    def chain(style_id: str) -> Properties:
        if style_id not in resolved:
            props: Properties = {}
            seen: set[str] = set()
            current = by_id.get(style_id)
            while current is not None and len(seen) < _MAX_CHAIN:
                seen.add(current.get(_w("styleId"), ""))
                for tag, el in _own(current.find(_RPR)).items():
                    props.setdefault(tag, el)
                parent = _val(current.find(_w("basedOn")))
                current = by_id.get(parent) if parent not in seen else None
            resolved[style_id] = props
        return resolved[style_id]

    for p in body.iter(_P):
        paragraph = {**defaults, **chain(_val(p.find(f"{_PPR}/{_w('pStyle')}")) or normal)}
        for run in p.iter(_R):
            if next(run.iterancestors(_P), None) is not p:
                continue  # a run of a text box's paragraph: that paragraph's own style applies
            rpr = run.find(_RPR)
            inherited = {**paragraph, **chain(_val(rpr.find(_w("rStyle")) if rpr is not None else None))}
            missing = [tag for tag in PROPERTIES if tag in inherited and (rpr is None or rpr.find(tag) is None)]
            if not missing:
                continue
            if rpr is None:
                rpr = etree.Element(_RPR)
                run.insert(0, rpr)
            for tag in missing:
                rpr.append(deepcopy(inherited[tag]))


def _own(rpr: etree._Element | None) -> Properties:
    """The properties of PROPERTIES an rPr sets itself."""
    if rpr is None:
        return {}
    return {child.tag: child for child in rpr if child.tag in PROPERTIES}


def _val(el: etree._Element | None) -> str:
    return (el.get(_w("val")) or "") if el is not None else ""
