"""What a notice says about its catalog's extent, beside the rows themselves.

A file may hold part of a catalog and show it only in its words: the body counts the entries
(`现将……目录（共64项）予以公布`, `本目录共收录国际职业资格86项`), a web page shows the pager of an
article the site split over pages (`共3页 首页 上一页 1 2 3 下一页`), the last page of a PDF is
numbered `第 4 页 共 6 页`, every page of the table ends `（未完，续下页）` the last one too, or the
notice lists two catalogs as attachments and the file holds one. The 序号 show no gap in any of
these (probe round unseen36: five of eight such files were published short, silently).

Each function reads the document's running text (outside tables) and returns what it found,
quoted for the steward; tables.document_to_catalog compares it with the rows read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.metadata import cn_number

_NUMBER = r"[0-9]{1,4}|[一二两三四五六七八九十]{1,3}"


def _number(text: str) -> int | None:
    """64, 六十四, 两 … 九十九; None for what this does not read (百 and up in Chinese numerals, 十十)."""
    return int(text) if text.isdecimal() else cn_number(text)


@dataclass(frozen=True)
class StatedCount:
    """A number of entries the text states for its catalog, with the words that state it."""

    count: int
    quote: str


# 共64项, 共计86项, 共收录国际职业资格86项, （第二批，共45项）: 共 and a count of items
_COUNT = re.compile(
    rf"共\s*(?:计|收录|有|包括|包含|列入|纳入)?\s*(?:了)?\s*(?:国际)?\s*(?:职业资格(?:证书)?|证书|资格)?\s*"
    rf"(?P<n>{_NUMBER})\s*(?:项|个|种)(?!国家|地区|机构|单位|系列|专业|类|行业|领域|城市|部门|批|工作日|月|年)"
)
# The sentence must name the catalog (目录), or the count its qualifications (共收录国际职业资格86项): a sentence
# that only mentions certificates counts something else (需提交材料共5项，包括…职业资格证书复印件). And the clause is
# no sub-count or count of something else (累计已公布135项 counts earlier batches too; 其中工程系列共20项 a part).
_SUBJECT = re.compile(r"目录")
_COUNTED_SUBJECT = re.compile(r"职业资格|证书|资格")
_NOT_THIS_CATALOG = re.compile(r"累计|历年|截至|截止|此前|先后|以往|已公布|已发布|已印发|前[一二两三四五]批")
_SUB_COUNT = re.compile(r"其中|系列|类别|专业")


def stated_counts(text: str) -> tuple[StatedCount, ...]:
    """The entry counts the text states for its catalog. Lines are joined first: a PDF wraps
    `（第二批，共 45` | `项）`."""
    joined = "".join(line.strip() for line in text.splitlines())
    found: list[StatedCount] = []
    for sentence in re.split(r"(?<=[。；;！？])", joined):
        for match in _COUNT.finditer(sentence):
            if not (_SUBJECT.search(sentence) or _COUNTED_SUBJECT.search(match.group(0))):
                continue
            clause = re.split(r"[，,、：:]", sentence[: match.start()])[-1] + match.group(0)
            count = _number(match["n"])
            if count is None or _NOT_THIS_CATALOG.search(clause) or _SUB_COUNT.search(clause):
                continue
            found.append(StatedCount(count, _quote(sentence, match)))
    return tuple(found)


def _quote(sentence: str, match: re.Match[str], around: int = 24) -> str:
    start, end = max(0, match.start() - around), min(len(sentence), match.end() + 4)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


# A web page's pager: 共3页 with the pager's words (首页 上一页 下一页 尾页) beside it, or 第1页/共3页.
_PAGER_WORDS = r"首页|上一页|下一页|尾页|末页|前一页|后一页"
_PAGER = re.compile(
    rf"(?:第\s*(?P<k>\d{{1,3}})\s*页\s*[/／,，]?\s*)?共\s*(?P<n>\d{{1,3}})\s*页(?P<around>.{{0,40}}?(?:{_PAGER_WORDS}))"
    rf"|(?P<before>(?:{_PAGER_WORDS}).{{0,40}}?)(?:第\s*(?P<k2>\d{{1,3}})\s*页\s*[/／,，]?\s*)?共\s*(?P<n2>\d{{1,3}})\s*页"
)


def pager(text: str) -> str:
    """The pager of an article split over several web pages (N ≥ 2), as printed; "" for none."""
    for line in text.splitlines():
        for match in _PAGER.finditer(line):
            pages = int(match["n"] or match["n2"])
            if pages >= 2:
                return line.strip()
    return ""


# A page's own number and the file's page count, as PDF footers print them: 第 4 页 共 6 页, 第4页/共6页.
_PAGE_OF = re.compile(r"第\s*(?P<k>\d{1,3})\s*页\s*[/／,，]?\s*共\s*(?P<n>\d{1,3})\s*页")


def last_page_number(text: str) -> tuple[int, int] | None:
    """(k, N) of the last `第 k 页 共 N 页` the text prints: a PDF's last page footer when the
    file's pages are numbered so; None when none is printed."""
    matches = list(_PAGE_OF.finditer(text))
    return (int(matches[-1]["k"]), int(matches[-1]["n"])) if matches else None


# A table's page that says the table goes on: （未完，续下页）, 未完待续, （续下页）, 接下页, 下转第5页.
_GOES_ON = re.compile(r"未完[，,、\s]*(?:待续|续下页|转下页|接下页)|[（(]\s*未完\s*[）)]|续下页|转下页|接下页|下转第?\s*\d+\s*页")


def goes_on_marks(text: str) -> int:
    """How many times the text says a table goes on on the next page."""
    return len(_GOES_ON.findall(text))


# The notice's list of attachments: 附件：1．…目录（工程类） | 2．…目录（经济类）
_ATTACH_FIRST = re.compile(r"^附件\s*[:：]\s*(?:1|一)\s*[.．、]\s*(?P<item>\S.*)$")
_ATTACH_NEXT = re.compile(r"^(?P<n>\d{1,2}|[一二三四五六七八九十])\s*[.．、]\s*(?P<item>\S.*)$")
_A_CATALOG = re.compile(r"目录(?:\s*[（(][^（）()]{1,20}[）)])?[。.；;]?$")  # 目录, 目录（工程类）: not 目录使用说明
_ITS_SUBJECT = re.compile(r"资格|职称|证书")


def listed_catalogs(text: str) -> tuple[str, ...]:
    """The catalogs the notice lists among its attachments (附件：1．…目录 2．…目录), as printed;
    () when it lists fewer than two attachments."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        first = _ATTACH_FIRST.match(line)
        if first is None:
            continue
        items = [first["item"]]
        for following in lines[index + 1 :]:
            match = _ATTACH_NEXT.match(following)
            if match is None or (_number(match["n"]) or 0) != len(items) + 1:
                break
            items.append(match["item"])
        if len(items) >= 2:
            return tuple(item for item in items if _A_CATALOG.search(item) and _ITS_SUBJECT.search(item))
    return ()
