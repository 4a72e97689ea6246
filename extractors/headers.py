"""Map printed column headings to canonical columns.

Cities word their headings differently (对应职称 / 可认定专业技术资格, 颁证单位（国家）,
资格名称, 认证机构, 发证国家 …). Headings are short and made of a few domain words, so an
ordered list of keyword rules is more predictable here than fuzzy scoring: a heading is
matched by the first rule whose keyword it contains, rules from most to least specific.
The rules are data (HEADER_RULES); add a city's wording there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.cells import clean_cell

SEQ, QUALIFICATION, QUALIFICATION_ZH, ISSUER, COUNTRY, TITLE, SERIES = (
    "seq",
    "qualification",
    "qualification_zh",
    "issuer",
    "country",
    "title",
    "series",
)
CANONICAL = (SEQ, QUALIFICATION, QUALIFICATION_ZH, ISSUER, COUNTRY, TITLE, SERIES)
REQUIRED = (QUALIFICATION, ISSUER, TITLE)
# Words only a qualification catalog's headings use. Generic headings (名称, 单位, 级别) fill
# lists of every kind in government notices; a header needs one of these to be a catalog's.
CATALOG_WORDS = ("资格", "证书", "译名", "职称", "颁证", "发证", "qualification", "certificate")
# Headings of a list of people (who was certified or recognized: 序号 | 姓名 | 工作单位 | 职业资格
# | 认定职称), which notices print in the same words as a catalog: such a table is no catalog.
PERSON_WORDS = ("姓名", "身份证", "申报人", "出生年月", "性别", "工作单位", "所在单位", "联系电话", "applicant")
# Headings of a statistics table, which counts people or certificates per qualification (认定人数,
# 人次, 发证数量): a report on the catalog's use in a catalog's words, no catalog.
COUNT_WORDS = ("人数", "人次", "数量", "件数")
# Headings of a course list (学时, 课时, 学分, 培训费, 学费): what it takes to earn a certificate,
# in a catalog's words (课程名称 | 颁证单位 | 适用职称), no catalog: a catalog's headings never
# count a course's hours or fees (found by the unseen11 probe: a 继续教育 course list with 颁证单位
# and 适用职称 was read as a catalog). A fee table's 收费标准 is left to the header rules (it lacks
# a title column).
COURSE_WORDS = ("学时", "课时", "学分", "培训费", "学费")
# Headings of an examination's results (成绩要求, 分数线, 合格标准) or of the examination itself
# (考试名称, 考试科目): a table of the test scores that serve a 职称 application (IELTS 6.0 for a
# 高级工程师's language requirement), in a catalog's words (主办机构 | 适用职称级别), no catalog: a
# catalog recognizes qualifications, it never names a test or a score (found by the unseen15 probe:
# a 职称外语 score table with foreign organizers was published as five catalog rows).
EXAM_WORDS = ("成绩", "分数", "分值", "合格线", "合格标准", "考试名称", "考试科目", "考试项目", "score")
# Headings of a list of jobs wanted (紧缺人才需求目录: 岗位名称 | 所需证书 | 发证机构 | 职称要求): a job post
# and what it asks of a candidate (…要求: 职称要求, 学历要求, 职称或职业资格要求), in a catalog's words,
# no catalog: a catalog recognizes qualifications, it never names a post or a requirement (found by
# the unseen21 probe: such a list, its 岗位名称 read as the qualification, was published as 13 rows).
JOB_WORDS = ("岗位", "职位", "招聘")
_REQUIREMENT = re.compile(r"要求(?:[(（][^)）]*[)）])?$")
# A heading for people by role ends in 人 or 人员 (申请人, 持证人, 获证人员, 参会人员 …), with
# or without a bracketed remark: a catalog's headings name things and bodies, never people.
_PERSON_HEADING = re.compile(r"人员?(?:[(（][^)）]*[)）])?$")

# (canonical column, keywords). Order matters: "颁证单位（国家）" is the issuer, not the
# country; "可认定专业技术资格" is the title, not the qualification or the 专业 (series);
# "所属系列（专业）" and "职称系列" are the series.
HEADER_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (SEQ, ("序号", "编号", "序列", "项次", "no.", "no", "s/n", "#")),
    (ISSUER, ("颁证", "发证单位", "发证机构", "发证机关", "发证组织", "认证机构", "颁发", "授予", "机构", "单位", "issuer",
              "issuing", "awarding", "issuedby", "certifying", "certificationbody", "organization", "organisation")),  # fmt: skip
    (COUNTRY, ("国别", "国家", "地区", "country")),
    (QUALIFICATION_ZH, ("译名", "中文名", "中文", "翻译", "chinese")),
    (SERIES, ("系列", "series")),
    # 专业技术职务 (任职资格) is the title by its older name: 对应专业技术职务 is 工程师, not a 专业
    (TITLE, ("职称", "专业技术资格", "技术资格", "专业技术职务", "技术职务", "认定资格", "资格等级", "级别", "层级",
             "title", "level")),  # fmt: skip
    (SERIES, ("专业", "领域", "类别", "field")),
    (QUALIFICATION, ("职业资格", "资格名称", "证书名称", "资格", "证书", "名称", "qualification", "certificate")),
)


_COUNTRY_HEADING = re.compile(r"(?:国家|国别)(?:[(（][^)）]*[)）])?$")
# One heading over the qualification's name and its 译名 in one cell (职业资格名称及译名, 证书名称/译名,
# 资格名称（含译名）, 职业资格名称（中英文）, 中英文名称): the qualification column, whose cells
# `extractors/bilingual.py` splits into the two names. A 译名 heading alone (译名, 中文译名) is the 译名's.
_NAME_AND_TRANSLATION = re.compile(
    r"(?:资格|证书|名称)(?:名称)?(?:及其?|和|与|、|/|暨|[(（]含)(?:中文)?译名|名称[(（]中英文[)）]|中英文名称"
)


# 国际职业资格证书（英文/中文）, 证书名称（中文、英文）, 资格名称(英中文): a bracket naming both languages
_BOTH_LANGUAGES = re.compile(r"(?:资格|证书|名称)[^()（）]*[(（][^()（）]*(?:英[^()（）]*中|中[^()（）]*英)[^()（）]*[)）]")


def names_both(text: str) -> bool:
    """A heading over the qualification's name and its 译名 printed in one cell."""
    key = _key(text)
    return bool(_NAME_AND_TRANSLATION.search(key) or _BOTH_LANGUAGES.search(key))


def _key(text: str) -> str:
    return re.sub(r"\s+", "", clean_cell(text)).lower()


# A heading is a few words; a longer cell is a row's text (English words are longer than
# characters: "Corresponding Professional Title" is 30 letters without its spaces).
MAX_HEADING, MAX_HEADING_LATIN = 24, 48


def header_to_column(text: str) -> str | None:
    """Return the canonical column a printed heading names, or None."""
    key = _key(text)
    if not key or len(key) > (MAX_HEADING_LATIN if key.isascii() else MAX_HEADING):
        return None
    if _COUNTRY_HEADING.search(key) and not any(word in key for word in ("单位", "机构", "组织")):
        return COUNTRY  # 颁发国家, 发证国家: the issuer's country, not the issuer (颁证单位（国家） is)
    if names_both(key):
        return QUALIFICATION  # 职业资格名称及译名: both names in one cell, split row by row
    if key.endswith("专业") and len(key) > 2:
        return SERIES  # 职称专业, 评审专业: the title's field (机械工程), not the title
    if key in _SEQ_ALONE:
        return SEQ  # 序 alone (unseen35: a narrow first column), never inside another heading (顺序)
    for column, keywords in HEADER_RULES:
        # Short ASCII words ("no", "#") only match a whole heading; CJK words match inside one.
        if any(word == key or (word in key and (not word.isascii() or len(word) > 2)) for word in keywords):
            return column
    return None


_SEQ_ALONE = frozenset({"序", "序次", "顺序号"})
# Headings a series column may have that also head a grouping column (类别 一、二、…): where a
# header has both such a heading and a stronger one (所属专业, 职称系列), the stronger is the series.
_WEAK_SERIES = ("类别", "领域", "field")


def _series_heading_strength(key: str) -> int:
    return 0 if any(word in key for word in _WEAK_SERIES) and "系列" not in key and "专业" not in key else 1


def grid_has_catalog_header(grid: Sequence[Sequence[str | None]]) -> bool:
    """One of a table's first rows reads as a catalog header: a table holding other tables is
    then the catalog (one of its cells holds a small table), not a layout frame."""
    return any(row_to_columns(row) is not None for row in grid[:3])


def row_to_columns(cells: Sequence[str | None]) -> tuple[str | None, ...] | None:
    """Map a candidate header row; None when it is not a catalog header (fewer than 3 distinct
    columns, no qualification column, only generic headings such as 名称 | 单位 | 级别, or a
    heading naming a person: 姓名, 工作单位 …)."""
    columns: list[str | None] = []
    seen: set[str] = set()
    mapped = _english_name_first([header_to_column(cell or "") for cell in cells], cells)
    series = [i for i, column in enumerate(mapped) if column == SERIES]
    if len(series) > 1:
        # 类别 (一、二 …, a grouping) before 所属专业: the stronger heading is the series
        strongest = max(series, key=lambda i: _series_heading_strength(_key(cells[i] or "")))
        mapped = [None if i in series and i != strongest else column for i, column in enumerate(mapped)]
    for column in mapped:
        if column in seen:
            column = None  # a second heading for a taken column is kept as an extra column
        if column:
            seen.add(column)
        columns.append(column)
    if len(seen) < 3 or QUALIFICATION not in seen or not _in_catalog_words([_key(cell or "") for cell in cells]):
        return None
    return tuple(columns)


def _in_catalog_words(keys: Sequence[str]) -> bool:
    """Headings (as keys) in a catalog's words, and none of another list's: one names a
    qualification, a certificate, a 译名 or a 职称 (CATALOG_WORDS), and none names people (or a
    count of them), a course's hours or fees, an examination or its scores, or a job and what it
    requires: such lists use a catalog's words for other things."""
    return (
        any(word in key for key in keys for word in CATALOG_WORDS)
        and not any(_names_people(key) or _names_a_job(key) for key in keys)
        and not any(word in key for key in keys for word in COURSE_WORDS + EXAM_WORDS)
    )


def lacks_the_name(cells: Sequence[str | None]) -> bool:
    """A header row that reads as a catalog's but for its qualification column: it names a Chinese
    name (译名, 中文名称), an issuer and a title in a catalog's words, and nothing of a list of
    people, courses, examinations or jobs. A heading for the name the reader does not know then
    sits where the qualification would (unseen35: `国际职业资格证书（英文/中文）` had read as a
    译名 heading, and the catalog as none): the notice is held back, never taken for no catalog."""
    columns = {header_to_column(cell or "") for cell in cells} - {None}
    return ({QUALIFICATION_ZH, ISSUER, TITLE} <= columns and QUALIFICATION not in columns
            and _in_catalog_words([_key(cell or "") for cell in cells]))  # fmt: skip


_ENGLISH_HEADING = ("英文", "外文", "原文", "english")


def _english_name_first(columns: list[str | None], cells: Sequence[str | None]) -> list[str | None]:
    """Two qualification headings, one of them the English name (证书名称 | 英文名称) and no 译名
    column: the English one is the qualification as printed, the other its Chinese name."""
    named = [i for i, column in enumerate(columns) if column == QUALIFICATION]
    english = [i for i in named if any(word in _key(cells[i] or "") for word in _ENGLISH_HEADING)]
    if len(named) != 2 or len(english) != 1 or QUALIFICATION_ZH in columns:
        return columns
    chinese = next(i for i in named if i != english[0])
    return [QUALIFICATION_ZH if i == chinese else column for i, column in enumerate(columns)]


def _names_a_job(key: str) -> bool:
    return any(word in key for word in JOB_WORDS) or bool(_REQUIREMENT.search(key))


def _names_people(key: str) -> bool:
    return any(word in key for word in PERSON_WORDS + COUNT_WORDS) or bool(_PERSON_HEADING.search(key))


# A heading for a value before a change (原对应职称, 调整前, 变更前): the table lists changes to a
# catalog (原对应职称 | 调整后对应职称), which no reader can take for the catalog itself. 原文 is
# the name in the original language, no former value.
_FORMER = re.compile(r"^(?:原(?!文)|旧)|调整前|变更前|更名前")


def former_headings(cells: Sequence[str | None]) -> tuple[str, ...]:
    """The headings that name a catalog column's value before a change (原对应职称)."""
    return tuple(clean_cell(c) for c in cells if c and _FORMER.search(_key(c)) and header_to_column(c))


# A heading for the change itself (调整事项, 变更内容, 调整类型): each row is something done to an
# earlier listing (删除, 停止认定, 变更), not a listing, even under a catalog's own columns (a
# deletion notice published its 15 deleted rows as a catalog: unseen22's probe). A remark column
# (备注, 说明, 状态) is a catalog's own and may withdraw single rows (pipeline/in_force.py).
_CHANGE = re.compile(r"^(?:调整|变更|变动|修订|修改|增减)(?:事项|内容|类型|情况|方式|说明|意见|项目)?$")


def change_headings(cells: Sequence[str | None]) -> tuple[str, ...]:
    """The headings that name a change made to an earlier catalog's rows (调整事项)."""
    return tuple(clean_cell(c) for c in cells if c and _CHANGE.search(_key(c)))


def lists_changes(cells: Sequence[str | None]) -> str:
    """What makes a header row a list of changes to a catalog, as the reason prints it: the
    headings of a value before a change, else those of the change itself ('' for neither)."""
    if former := former_headings(cells):
        return f"{' | '.join(former)} (a value before a change)"
    if change := change_headings(cells):
        return f"{' | '.join(change)} (a change made to earlier listings)"
    return ""


def missing_required(columns: Sequence[str | None]) -> tuple[str, ...]:
    """The required canonical columns a header lacks."""
    return tuple(column for column in REQUIRED if column not in columns)
