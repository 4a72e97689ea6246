"""A qualification's name and its 译名 printed in one cell, split into the two.

Some catalogs print one column, 职业资格名称及译名, with the name as issued on the first line and
its Chinese 译名 on the next ("Chartered Engineer" / "特许工程师"). Readers lose the line between
them (a DOCX cell's paragraphs come joined by a space, a PDF's lines joined by the break rules),
so the split is made where the script changes: the Latin name ends where the first Chinese
character begins. Pure string logic, no library does this (it is the catalog's convention, not a
language question).

Where that boundary may be wrong, the split is still made and the row says so in `checks`, in
the form the text review reads ("field: left|right (…)"), so it waits for a steward and the run
exits 1 instead of passing it as certain:
- the Latin part ends in an abbreviation that may open the 译名 instead ("… (ACRP-CP) ACRP认证…":
  the 译名 may be "ACRP认证专业人员"); when that abbreviation repeats a word of the name before it
  ("NACE CIP3 NACE 三级涂装检验师"), it is read as the 译名's first word, and the row still waits;
- the Chinese name is printed first: where it ends cannot be told from a bracket that may be
  either name's ("特许工程师（CEng） Chartered Engineer");
- no Latin at all, but simplified characters beside traditional or Japanese ones: a Japanese name
  and its Chinese 译名, the cell kept whole.
"""

from __future__ import annotations

import re

from extractors.variants import mixes_forms

# The check's note: pipeline/assemble.py keeps such checks when several files print the row
# (every rendering of one cell has the same boundary to doubt), unlike a line-break check.
SPLIT_NOTE = "one cell split into name and 译名"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# an abbreviation-like word: capitals and digits, maybe joined by - & / + . ('ACRP', 'CSWIP 3.1', 'A&P')
_ABBREVIATION = re.compile(r"[A-Z0-9][A-Z0-9&/+.\-]*[A-Z0-9+]")


def split_name_and_translation(text: str) -> tuple[str, str, tuple[str, ...]]:
    """(qualification, 译名, checks) of a cell holding both names. A cell in one script is the
    qualification alone (a name printed in Chinese only, or in Latin only), with no check."""
    first_han = _HAN.search(text)
    if first_han is not None and not _LATIN.search(text) and mixes_forms(text):
        # a Japanese or traditional name and its simplified 译名, the line between them lost
        # ('日商簿記検定1級' / '日本商工会议所簿记检定一级', probe round unseen35): where one ends cannot be
        # told from the characters (日本 is both), so the cell stays whole and waits for a steward
        return text, "", _checks(text, "")
    if first_han is None or not _LATIN.search(text):
        return text, "", ()
    if _LATIN.search(text[: first_han.start()]):
        return _latin_first(text, first_han.start())
    return _chinese_first(text)


def _latin_first(text: str, at: int) -> tuple[str, str, tuple[str, ...]]:
    name, translation = text[:at].strip(), text[at:].strip()
    words = name.split()
    bare = [w.strip("()（）[]【】,，") for w in words]
    last = words[-1] if words else ""
    # the name's own first words again at its end ('API 510 Pressure Vessel Inspector API 510' |
    # '压力容器检验师', 'ITIL 4 Managing Professional ITIL 4' | '管理专家', unseen35): the 译名 repeats
    # them ('API 510 压力容器检验师'), whatever they are (a number alone is no abbreviation)
    opening = next((k for k in range(len(words) // 2, 0, -1) if words[-k:] == words[:k]), 0)
    if opening:
        start = text.rindex(" ".join(words[-opening:]), 0, at)
        return text[:start].strip(), text[start:].strip(), _checks(last, text[start:start + 8])
    if len(words) < 2 or not _ABBREVIATION.fullmatch(last):
        return name, translation, ()
    if last in bare[:-1]:
        # the name's own first word again ('NACE CIP3' | 'NACE 三级涂装检验师'), or a word of it
        # ('ACRP-PM (ACRP Project Manager) ACRP' | '认证…'): a name seldom ends in a word it printed
        # already, a 译名 often begins with the body's abbreviation
        start = text.rindex(last, 0, at)
        name, translation = text[:start].strip(), text[start:].strip()
    return name, translation, _checks(last, translation[:8])


def _chinese_first(text: str) -> tuple[str, str, tuple[str, ...]]:
    last_han = [m.end() for m in _HAN.finditer(text)][-1]
    rest = text[last_han:]
    # a bracket right after the Chinese name closes it ("特许工程师（CEng）")
    closing = re.match(r"\s*[(（][^()（）]*[)）]", rest)
    cut = last_han + (closing.end() if closing else 0)
    translation, name = text[:cut].strip(), text[cut:].strip(" ,，;；")
    if not name:
        return text, "", ()
    return name, translation, _checks(translation[-8:], name.split()[0])


def _checks(left: str, right: str) -> tuple[str, ...]:
    return tuple(f"{field}: {left}|{right} ({SPLIT_NOTE})" for field in ("qualification", "qualification_zh"))
