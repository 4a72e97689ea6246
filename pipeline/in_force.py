"""Which entries are in force: a city's later batch adds to its earlier ones, re-lists (and may
re-title) some, and withdraws others.

Within one city, notices are ordered by issue date, then batch (第N批), then document number.
An entry stops being in force when

- a later notice of the same city lists the same qualification id (the later listing, with
  its title, is the one in force): `superseded_by` names that notice;
- a later notice withdraws it: a row of that notice whose remark column (备注, 说明, 状态 …)
  says 停止认定, 废止, 取消, 暂停认定 … withdraws the same qualification id. The withdrawing row itself
  is published as the record of the withdrawal, not in force;
- a later notice retires the earlier catalogs whole: its text says so (原第一批目录同时废止,
  本目录替代此前公布的目录 …; notices.csv `replaces` keeps the sentence).

The rule is evidence printed in the notices, never a guess: a qualification a later batch
simply does not repeat stays in force.
"""

from __future__ import annotations

import re

import pandas as pd

from extractors.metadata import cn_number  # the one reader of Chinese numerals (一 … 九十九)

# 暂停认定 / 暂停受理 (suspended) too: not recognized while it lasts (probe round unseen37: published in force at first contact)
WITHDRAWN = re.compile(r"停止认定|不再认定|停止执行|废止|取消|撤销|撤回|删除|暂停|停止受理|不再受理")
REMARK_COLUMNS = re.compile(r"备注|说明|状态|变更|调整|情况")
def withdraws(extra: str) -> bool:
    """True when a row's remark column (in `extra`: 'name=value;…') says it is withdrawn."""
    for pair in filter(None, extra.split(";")):
        name, _, value = pair.partition("=")
        if REMARK_COLUMNS.search(name) and WITHDRAWN.search(value):
            return True
    return False


def batch_number(batch: str) -> int:
    """第三批 → 3, 第12批 → 12, '' → 0 (an unnumbered batch sorts first, as does a numeral that is none: 第十十批)."""
    match = re.fullmatch(r"第([一二三四五六七八九十\d]+)批", batch)
    if not match:
        return 0
    return int(match[1]) if match[1].isdecimal() else cn_number(match[1]) or 0


def entries_in_force(entries: pd.DataFrame, notices: pd.DataFrame) -> pd.DataFrame:
    """`in_force` ('true'/'false') and `superseded_by` (the later notice's document number) per entry."""
    order = {
        row["notice_id"]: (row["issue_date"], batch_number(row["batch"]), row["doc_number"])
        for _, row in notices.iterrows()
    }
    rows = entries[["notice_id", "city", "qualification_id", "doc_number", "extra"]].to_dict("records")
    rank = [order.get(row["notice_id"], ("", 0, "")) for row in rows]
    in_force = ["true"] * len(rows)
    superseded = [""] * len(rows)
    latest: dict[tuple[str, str], int] = {}  # (city, qualification) -> the row listing it last so far
    for i in sorted(range(len(rows)), key=lambda i: (rank[i], i)):
        row = rows[i]
        key = (row["city"], row["qualification_id"])
        earlier = latest.get(key)
        if earlier is not None and rank[earlier] < rank[i]:
            in_force[earlier] = "false"
            superseded[earlier] = row["doc_number"] or row["notice_id"]
        if withdraws(row["extra"]):
            in_force[i] = "false"  # the record of a withdrawal, not a recognition
            superseded[i] = row["doc_number"] or row["notice_id"]
        latest[key] = i
    replacing = [n for _, n in notices.iterrows() if n.get("replaces", "")]
    for notice in sorted(replacing, key=lambda n: order[n["notice_id"]]):  # 原…目录同时废止: every earlier entry
        for i, row in enumerate(rows):
            if rank[i] < order[notice["notice_id"]] and row["city"] == notice["city"] and in_force[i] == "true":
                in_force[i] = "false"
                superseded[i] = notice["doc_number"] or notice["notice_id"]
    return pd.DataFrame({"in_force": in_force, "superseded_by": superseded}, index=entries.index, dtype="string")
