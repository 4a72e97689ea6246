"""Read what a notice says about itself from its running text: number, city, office, title,
dates, batch and catalog title. Only the text is read, never the file name.

The rules follow the layout of Chinese official documents (GB/T 9704 公文格式): the document
number (发文字号) stands on its own line above the title; the title (关于…的通知) may wrap
over lines; the issuing office signs on the line above the date (落款), and the imprint at the
end repeats office and date (…印发). Every field is "" when the text does not state it, and no
text makes this raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from core.cells import clean_cell, join_lines
from core.model import NoticeMeta

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_OPEN, _CLOSE = "〔[［(（【", "〕]］)）】"
_DOC_NUMBER = re.compile(
    rf"(?P<prefix>[\u4e00-\u9fff]{{1,12}}?)\s*[{re.escape(_OPEN)}]\s*(?P<year>\d{{4}})\s*[{re.escape(_CLOSE)}]"
    r"\s*(?P<di>第?)\s*(?P<num>\d{1,5})\s*号"
)
# What may stand beside a document number on its line: a label before it, the signer after it.
_NUMBER_LABEL = re.compile(r"^(?:发文字号|发文文号|文号|字号)\s*[:：]?\s*$")
_SIGNER = re.compile(r"^签发人\s*[:：]?.{0,12}$")

_CN_DIGITS = "〇一二三四五六七八九"
_CN_ZERO = "〇○零OＯ0"
_ARABIC_DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_CHINESE_DATE = (
    rf"(?P<cy>[{_CN_ZERO}一二三四五六七八九]{{4}})\s*年\s*(?P<cm>[一二三四五六七八九十]{{1,2}})\s*月"
    r"\s*(?P<cd>[一二三四五六七八九十]{1,3})\s*日"
)
_DATE = rf"(?:{_ARABIC_DATE}|{_CHINESE_DATE})"
_DASHED_DATE = r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
_DATE_LINE = re.compile(rf"^[（(]?\s*(?P<pre>.*?)\s*{_DATE}\s*(?P<post>印发|发布|签发|制发|发)?\s*[）)]?$")
_LABELLED_DATE = re.compile(rf"(?:发布|成文|发文|印发)(?:日期|时间)\s*[:：]?\s*(?:{_DATE}|{_DASHED_DATE.replace('?P<', '?P<l')})")

_STARTS = r"施行|执行|实施|生效|试行"
_EFFECTIVE_ON = re.compile(rf"{_DATE}\s*(?:起|开始)\s*(?:{_STARTS})")
_EFFECTIVE_AT_ISSUE = re.compile(rf"自\s*(?:发布|下发|印发|公布|颁布|发文|签发|公开发布)\s*之日\s*起\s*(?:{_STARTS})?")

_ORG_END = re.compile(r"(?:局|厅|委|委员会|办公室|办|小组|政府|中心|部|处|院|会|所|站|署|组|公司|集团)$")
_CLAUSE_PUNCT = re.compile(r"[，。；：:,;！？!?、“”]")
_DOC_TYPES = r"通知|通告|公告|决定|意见|办法|批复|函|报告|规定|方案|细则|通报|请示|纪要|公示|公报|答复"
# The title may open with the issuer's name (Han characters and brackets only), then 关于.
_TITLE_START = re.compile(r"^[\u4e00-\u9fff（）()]{0,40}?关于")
_TITLE_END = re.compile(rf"(?:{_DOC_TYPES})$")
_TITLE_LINES = 7  # a forward's title, quoting titles in titles, wraps over six lines (probe round unseen41)

# A batch (第二批), or an edition (2025年版: a catalog re-issued whole each year), after a catalog's title
# what a catalog's title may end with in brackets: a batch or an edition, maybe with its count (第二批，共45项: probe
# round unseen36), a count alone, or the class of qualifications of one of several attachments (工程类)
_COUNT_WORDS = r"共\s*[0-9一二两三四五六七八九十百]+\s*[项个种]"
_BATCH_WORDS = (rf"(?:第[^）)】\]，,]{{1,4}}批|(?:19|20)[0-9]{{2}}\s*年?(?:版|修订版|修订|调整后|调整)|试行)(?:\s*[，,、]\s*{_COUNT_WORDS})?"
                rf"|{_COUNT_WORDS}|[\u4e00-\u9fff]{{1,8}}类")  # fmt: skip
# (a line starting 关于 is a notice title that wrapped after 目录: 关于公布…目录 | （第一批）的通知, found by probe
# round unseen31, where it was taken for the catalog's title)
_CATALOG_LINE = re.compile(
    r"^(?P<attach>附件\s*\d*\s*[:：]?\s*(?:\d+\s*[.．、]\s*)?)?"
    rf"(?P<title>(?!关于|\d+\s*[.．、])(?:[^，。；：:《》]|《[^《》，。；：:]{{2,30}}》){{2,60}}?目录)\s*(?P<batch>(?:\s*[（(【\[]\s*(?:{_BATCH_WORDS})\s*[）)】\]]){{1,2}})?$"
)
_CATALOG_QUOTED = re.compile(rf"《(?P<title>[^《》]{{2,60}}?目录\s*(?:[（(【\[]\s*(?:{_BATCH_WORDS})\s*[）)】\]])?)》")
_CATALOG_SUBJECT = re.compile(r"资格|职称|证书")
_BATCH = re.compile(r"第[一二三四五六七八九十百零〇\d]+批")
# A sentence that retires earlier catalogs of the city: 原第一批目录同时废止, 本目录替代此前公布的目录 …
# The object must be a catalog (目录/名单): a repealed 办法 or 通知 retires no entry.
_EARLIER = r"(?:原|此前|之前|以前|过去|已(?:经)?(?:公布|印发|发布)的?|第[一二三四五六七八九十\d]+(?:、第?[一二三四五六七八九十\d]+)*批)"
_RETIRE = r"(?:同时|一并|即行|自行)?(?:废止|停止执行|不再执行|失效|停止使用)"
_CLAUSE = r"[^。；;，,：:\n]"  # within one clause: the sentence must say it of the catalog itself
_REPLACES = re.compile(
    rf"{_EARLIER}{_CLAUSE}{{0,40}}(?:目录|名单)[》”]?{_CLAUSE}{{0,12}}{_RETIRE}"
    rf"|(?:替代|代替|取代){_CLAUSE}{{0,10}}{_EARLIER}{_CLAUSE}{{0,40}}(?:目录|名单)"
)
_BATCH_LINE = re.compile(rf"^[（(【\[]\s*(?:{_BATCH_WORDS})\s*[）)】\]]$")

# A city name: 2-5 Han characters that are not function words, then 市 (or a prefecture suffix),
# starting where a name can start (line start, an opening quote or bracket, after a province, after
# a title's 关于公布 when the title is all a file's text says: unseen11's jurong print).
# 本 starts 本市 and 本溪市, a city (found by the unseen28/29 probes: 本溪's notices had no city).
_NAME_CHAR = r"(?:(?!关于|各|的|局|厅|我|本(?!溪)|全|该|市)[\u4e00-\u9fff])"
_CITY = re.compile(rf"(?:^|[《“「（(]|省|^关于(?:公布|印发|发布|颁布))(?P<name>{_NAME_CHAR}{{2,8}}?)(?P<kind>市|自治州|地区|盟)")
# A notice no city issues: a province's (江苏省人力资源和社会保障厅, 广西壮族自治区…) or a development
# zone's that names no city (苏州工业园区, 海南自由贸易港). Its catalog is that jurisdiction's,
# named with its kind (a province is no city: an analyst compares 江苏省 with 无锡 knowingly).
_ZONE = re.compile(
    rf"(?:^|[《“「（(]|省)(?P<name>{_NAME_CHAR}{{2,8}}?"
    r"(?:工业园区|高新技术产业开发区|经济技术开发区|高新区|开发区|新区|自由贸易试验区|自由贸易港|自贸区|合作区))"
)
_PROVINCE = re.compile(rf"(?:^|[《“「（(])(?P<name>{_NAME_CHAR}{{2,8}}?(?:省|自治区))")


def text_to_meta(text: str) -> NoticeMeta:
    """Read a notice's number, city, office, title, dates, batch, catalog title, and whether it
    retires earlier catalogs, from its text."""
    text = (text or "").translate(_FULLWIDTH_DIGITS)
    lines = _join_wrapped_dates([line for line in (clean_cell(raw) for raw in text.split("\n")) if line])
    title, title_at = lines_to_title(lines)
    issue_date, office = lines_to_issue(lines)
    quoted = next((q["title"] for q in _CATALOG_QUOTED.finditer(title) if _CATALOG_SUBJECT.search(q["title"])), "")
    # 《…》 may wrap inside the title; a line of the title itself is none (关于公布永州市国际职业资格 |
    # 比照认定职称目录 | （第二批）的通知 had given 比照认定职称目录: probe round unseen32)
    catalog_title = lines_to_catalog_title(lines, skip=_title_span(lines, title, title_at)) or quoted
    if not office and title_at is not None:
        office = _signature_office(lines[title_at + 1 :])
    # an edition (2025年版) is no batch: the expectations take 第N批 only (catalog_title keeps it)
    batch = _BATCH.search(catalog_title) or _BATCH.search(title)
    return NoticeMeta(
        doc_number=lines_to_doc_number(lines[: _own_letter_end(lines, title, title_at)], title_at),
        city=_first_city(office, catalog_title, title, *lines[:3]),
        office=office,
        notice_title=title,
        issue_date=issue_date,
        effective_date=text_to_effective(text, issue_date),
        batch=batch.group(0) if batch else "",
        catalog_title=catalog_title,
        replaces=text_to_replaces("\n".join(lines)),
        draft=text_to_draft(title, lines),
    )


# A date that a line break cut ("2023年3" | "月1日"): joined before anything reads dates.
_DATE_HEAD = re.compile(rf"(?:\d{{4}}|[{_CN_ZERO}一二三四五六七八九]{{4}})\s*年(?:\s*[\d一二三四五六七八九十]{{1,2}}(?:\s*月(?:\s*[\d一二三四五六七八九十]{{1,2}})?)?)?$")
_DATE_TAIL = re.compile(r"^(?:[\d一二三四五六七八九十]{1,3}\s*)?[月日]")


# A draft for comment: the notice asks for comments on the catalog (关于公开征求《…目录》意见的公告),
# or the catalog's own heading says it is a draft (…目录（第一批）（征求意见稿）). A sentence that
# only cites a draft (根据《…（征求意见稿）》的反馈意见修改) is no heading and makes no draft.
_DRAFT_MARK = re.compile(r"\s*[（(【\[]\s*(?:征求意见稿|意见征求稿|征求意见版|草案|送审稿|讨论稿|试行草案)\s*[）)】\]]")
_ASKS_COMMENT = re.compile(r"征求[^。；]{0,80}?意见(?:建议)?的(?:公告|通知|函)$")


# A 公示 of what the bureau proposes (关于拟新增…目录项目的公示): a publicity period for objections before the
# notice that issues it, so no catalog in force (probe round unseen37: published as one at first contact)
_PUBLICITY = re.compile(r"(?:拟|目录)[^。；]*公示$")


def text_to_draft(title: str, lines: Sequence[str]) -> str:
    """The words that mark the notice's catalog as a draft for comment, or a proposal under 公示, as
    printed ('' for none)."""
    if _ASKS_COMMENT.search(title) or _DRAFT_MARK.search(title) or _PUBLICITY.search(title):
        return title
    for line in lines:
        if _DRAFT_MARK.search(line) and catalog_heading(_DRAFT_MARK.sub("", line)):
            return line
    return ""


def _join_wrapped_dates(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and _DATE_HEAD.search(joined[-1]) and _DATE_TAIL.match(line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def text_to_replaces(text: str) -> str:
    """The sentence that retires the city's earlier catalogs, as printed ('' when there is none).
    A line break is no clause's end (a PDF wraps 原第一批目录同时 | 废止): lines are read joined,
    and punctuation still ends a clause."""
    match = _REPLACES.search(text.replace("\n", ""))
    return match.group(0) if match else ""


def _own_letter_end(lines: list[str], title: str, title_at: int | None) -> int:
    """Where a forwarding notice's own letter ends: the first date line after its title. The letters it
    forwards follow, each with its own 文号; a forward that prints no 文号 of its own has none (probe round
    unseen41: 肥城's web page had published 泰安's). Any other notice: the whole text."""
    if title_at is None or not _FORWARD.search(title):
        return len(lines)
    return next((i for i in range(title_at + 1, len(lines)) if _DATE_LINE.match(lines[i])), len(lines))


_FORWARD = re.compile(r"关于转发")  # (an office may head the title: XX市人社局关于转发…)


def lines_to_doc_number(lines: list[str], title_at: int | None) -> str:
    """The notice's own number: on a line of its own (or labelled 文号), else above the title."""
    fallback = ""
    for index, line in enumerate(lines):
        for match in _DOC_NUMBER.finditer(line):
            before, after = line[: match.start()].strip(), line[match.end() :].strip()
            own = (not before or _NUMBER_LABEL.match(before)) and (not after or _SIGNER.match(after))
            if own and len(match["prefix"]) <= 2 and index and _PREFIX_HEAD.match(lines[index - 1]):
                wrapped = _DOC_NUMBER.match(lines[index - 1] + line[match.start():])  # "镇人社" | "发〔2023〕3号"
                if wrapped:
                    return _format_number(wrapped)
            if own:
                return _format_number(match)
            if not fallback and title_at is not None and index < title_at and not before.endswith(("（", "(", "》")):
                fallback = _format_number(match)
    return fallback


# The head of a document number that wrapped: a few Han characters alone on the line above
# (no real prefix is one or two characters long: 锡人社职, 泰职办, 苏人社发).
_PREFIX_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}$(?<!文件)")


def _format_number(match: re.Match[str]) -> str:
    return f"{match['prefix']}〔{match['year']}〕{match['di']}{match['num']}号"


def lines_to_title(lines: list[str]) -> tuple[str, int | None]:
    """The 关于…的通知 title, joined when it wraps over lines, and the line it starts on."""
    for index, line in enumerate(lines):
        if len(line) > 120 or not _TITLE_START.match(line):
            continue
        parts = [line]
        for following in lines[index + 1 : index + _TITLE_LINES]:
            if _title_complete(join_lines(parts)) or following.endswith(("：", ":")):
                break
            parts.append(following)
        title = join_lines(parts)
        while len(parts) > 1 and not _title_complete(title):
            parts.pop()
            title = join_lines(parts)
        if _title_complete(title):
            return _DIGIT_GAP.sub("", title), index
    return "", None


# The space a PDF producer sets between digits and Chinese (做好 2025 年度): spacing, not text; Chinese titles never type it
_DIGIT_GAP = re.compile(r"(?<=[0-9])\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=[0-9])")


def _title_span(lines: list[str], title: str, title_at: int | None) -> range:
    """The indices of the lines the notice's title was joined from."""
    if title_at is None:
        return range(0)
    for end in range(title_at + 1, min(title_at + _TITLE_LINES, len(lines)) + 1):
        if _DIGIT_GAP.sub("", join_lines(lines[title_at:end])) == title:
            return range(title_at, end)
    return range(title_at, title_at + 1)


def _title_complete(text: str) -> bool:
    """Ends in a document type with every 《 and （ closed: 关于印发《…办法 | （试行）》的通知 wraps on."""
    balanced = text.count("《") == text.count("》") and text.count("〈") == text.count("〉") and text.count(
        "（") + text.count("(") == text.count("）") + text.count(")")
    return balanced and _TITLE_END.search(text) is not None


def lines_to_issue(lines: list[str]) -> tuple[str, str]:
    """The signature date (ISO) and the office that signs above it; the imprint or a label else."""
    imprint: tuple[str, str] | None = None
    for index, line in enumerate(lines):
        match = _DATE_LINE.match(line)
        if not match or not (iso := _match_to_iso(match)):
            continue
        pre = match["pre"]
        if match["post"]:
            if imprint is None:
                imprint = (iso, pre if _is_office(pre) else "")
        elif not pre:
            return iso, _office_above(lines, index)
        elif _is_office(pre):
            return iso, _offices(pre)
    for line in lines:
        labelled = _LABELLED_DATE.search(line)
        if labelled and (iso := _match_to_iso(labelled)):
            return iso, imprint[1] if imprint else _letterhead_office(lines)
    if imprint:
        return imprint[0], imprint[1] or _letterhead_office(lines)
    return "", _letterhead_office(lines)


def _office_above(lines: list[str], index: int) -> str:
    """The office lines right above a date line; joint signatures are joined with 、."""
    offices: list[str] = []
    for line in reversed(lines[max(index - 4, 0) : index]):
        if not _is_office(line):
            break
        offices.insert(0, _offices(line))
    return "、".join(offices) or _letterhead_office(lines)


def _offices(line: str) -> str:
    """An office line; offices signing side by side on one line (a joint notice) joined with 、 as
    offices signing one above the other are (probe round unseen32's zhangjiajie)."""
    parts = line.split()
    return "、".join(parts) if len(parts) > 1 and all(_is_office(part) for part in parts) else line


def _signature_office(lines: list[str]) -> str:
    """The office signing a notice that prints no date under it (a web page's 公告 dated only by its
    发布时间): an office line alone right after the body's last sentence or its 附件 line."""
    for before, line in zip(lines, lines[1:]):
        if _is_office(line) and (before.endswith("。") or before.startswith("附件")):
            return _offices(line)
    return ""


def _letterhead_office(lines: list[str]) -> str:
    """The office named in the letterhead (版头) at the top: "XX局文件" or the office alone."""
    for line in lines[:3]:
        name = line[:-2].strip() if line.endswith("文件") else line
        if _is_office(name):
            return name
    return ""


def _is_office(text: str) -> bool:
    return 4 <= len(text) <= 50 and bool(_ORG_END.search(text)) and not _CLAUSE_PUNCT.search(text)


def text_to_effective(text: str, issue_date: str) -> str:
    """The date the notice takes effect: 自2022年1月1日起执行, or the issue date 自下发之日起."""
    on = _EFFECTIVE_ON.search(text)
    at_issue = _EFFECTIVE_AT_ISSUE.search(text)
    if at_issue and (not on or at_issue.start() < on.start()):
        return issue_date
    return _match_to_iso(on) if on else ""


def lines_to_catalog_title(lines: list[str], skip: range = range(0)) -> str:
    """The catalog's title: the line printed above the table, else as cited in 《》 or 附件. Lines
    at the indices in `skip` (the notice's title) are not read as one."""
    attached = ""
    for index, line in enumerate(lines):
        if index in skip:
            continue
        line = _with_wrapped_head(lines, index, skip) or _with_bracket_closed(lines, index)
        match = _CATALOG_LINE.match(line)
        if not match or not _CATALOG_SUBJECT.search(match["title"]):
            continue
        # 共 45 项, 2025 年调整后: the PDF's spacing between digits and Chinese, not the text
        title = re.sub(r"共\s*(\S+?)\s*([项个种])", r"共\1\2", line[match.start("title") :])
        title = re.sub(r"([（(【\[][^）)】\]]*?\d)\s+年", r"\1年", title)
        if not match["batch"] and index + 1 < len(lines) and _BATCH_LINE.match(lines[index + 1]):
            title += lines[index + 1]  # the batch wrapped to the next line: a wrap, not a space
        if not match["attach"]:
            return title
        attached = attached or title
    for line in lines:
        for quoted in _CATALOG_QUOTED.finditer(line):
            if _CATALOG_SUBJECT.search(quoted["title"]):
                return quoted["title"]
    return attached


def _with_wrapped_head(lines: list[str], index: int, skip: range) -> str:
    """The line joined after the line above when that is the head of the same catalog title, which a wrap cut
    (附件：凭祥市《…》成员国国际职业资 | 格比照认定职称目录（第一批）: the second line alone had been the title;
    probe round unseen41), else "". The line above names the catalog's subject and is no title of its own."""
    if index == 0 or index - 1 in skip:
        return ""
    above = lines[index - 1]
    if not _WRAPPED_HEAD.search(above) or "目录" in above or _DATE_LINE.match(above):
        return ""
    line = _with_bracket_closed(lines, index)
    return above + line if _CATALOG_LINE.match(above + line) and _CATALOG_LINE.match(line) else ""


_WRAPPED_HEAD = re.compile(r"国际|职业|资格?$|《[^》]*》")


def _with_bracket_closed(lines: list[str], index: int) -> str:
    """The line, joined with the next when a bracket it opens closes there (…目录（第二批，共 45 | 项）)."""
    line = lines[index]
    opened = max(line.rfind("（"), line.rfind("("))
    if opened < 0 or re.search(r"[）)]", line[opened:]) or index + 1 >= len(lines):
        return line
    following = lines[index + 1]
    return line + following if len(following) <= 8 and re.search(r"[）)]$", following) else line


def catalog_heading(line: str) -> bool:
    """A line that is a catalog's title and nothing more (XX市国际职业资格比照认定职称目录（第一批）,
    附件：…目录): a heading, not a sentence citing one."""
    match = _CATALOG_LINE.match(line)
    return bool(match and _CATALOG_SUBJECT.search(match["title"]))


# A notice title that issues a catalog: 关于印发《…目录》的通知, 关于公布…目录（第一批）的通知.
# (〈…〉 quotes a title inside a quoted title: 关于转发《…关于印发〈…目录（第一批）〉的通知》的通知, probe round unseen41)
_ISSUES_CATALOG = re.compile(r"(?:印发|公布|发布|颁布)(?:[《〈][^》〉]{2,60}?目录|[^，。《》〈〉]{2,60}?目录)")


def own_catalog(text: str) -> str:
    """The catalog a notice's text names as its own: an attachment line (附件：…目录) or a title
    that issues it (关于印发《…目录》的通知); "" when it only cites one (根据《…目录》) or names none."""
    lines = [line for line in (clean_cell(raw) for raw in (text or "").split("\n")) if line]
    for line in lines:
        match = _CATALOG_LINE.match(line)
        if match and match["attach"] and _CATALOG_SUBJECT.search(match["title"]):
            return line[match.start("title") :]
    title, _ = lines_to_title(lines)
    issued = _ISSUES_CATALOG.search(title)
    if issued and _CATALOG_SUBJECT.search(issued.group(0)):
        return re.split(r"[《〈]", re.sub(r"^(?:印发|公布|发布|颁布)", "", issued.group(0)))[-1]
    return ""


def _first_city(*texts: str) -> str:
    """The city named first by the office, the catalog title, the title or the letterhead; when
    none names a city, the development zone or else the province they name first."""
    texts = tuple(text.removeprefix("中共") for text in texts)
    for text in texts:
        match = _CITY.search(text)
        if match:
            return match["name"] if match["kind"] == "市" else match["name"] + match["kind"]
    for pattern in (_ZONE, _PROVINCE):
        for text in texts:
            if match := pattern.search(text):
                return match["name"]
    return ""


def _match_to_iso(match: re.Match[str]) -> str:
    """An ISO date from a match of _DATE (Arabic or Chinese numerals) or a labelled dashed date."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    try:
        if "y" in groups or "ly" in groups:
            year, month, day = (int(groups.get(k) or groups[f"l{k}"]) for k in "ymd")
        else:
            year = int("".join(str(_cn_digit(c)) for c in groups["cy"]))
            month, day = _cn_number(groups["cm"]), _cn_number(groups["cd"])
        return date(year, month, day).isoformat()
    except (KeyError, ValueError):
        return ""


def _cn_digit(char: str) -> int:
    return 0 if char in _CN_ZERO else _CN_DIGITS.index(char)


def _cn_number(text: str) -> int:
    """一 … 三十一: the tens digit defaults to 1 (十二 = 12), the units to 0 (二十 = 20)."""
    if "十" not in text:
        return _cn_digit(text) if len(text) == 1 else -1
    tens, _, units = text.partition("十")
    return (_cn_digit(tens) if tens else 1) * 10 + (_cn_digit(units) if units else 0)


_CN_COUNT = re.compile(r"[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?")  # (一二 is no numeral)


def cn_number(text: str) -> int | None:
    """一 … 九十九 (两 as 二) as a number; None for text that is no such numeral (十十, 一二, 一百)."""
    text = text.replace("两", "二")
    return _cn_number(text) if text and _CN_COUNT.fullmatch(text) else None
