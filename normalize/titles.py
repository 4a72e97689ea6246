"""Professional titles (职称) printed with their level: `工程师（中级）`.

Catalogs print the level beside the title as often as not, in brackets after it. The published
`title` is the title the entries suite recognizes (expectations/entries.json), so a bracketed
level that agrees with the title's own level (normalize/data/title_levels.csv) is set aside, and
the printed text is kept beside the row. A level that disagrees (`工程师（副高级）`) is not read:
the title stays as printed, which the suite does not recognize, so the notice is held back with
that reason, as a conflict in the notice itself should be.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).parent / "data" / "title_levels.csv"

# (初级), （中级职称）, (副高级), (正高), (员级), (助理级): the level words a bureau prints
_LEVEL_NOTE = re.compile(r"^(?P<title>.+?)\s*[(（]\s*(?P<level>初级|员级|助理级|中级|副高级?|正高级?|高级)(?:职称)?\s*[)）]$")
_SAME = {"员级": "初级", "助理级": "初级", "副高": "副高级", "正高": "正高级"}


@cache
def title_levels(path: Path = DEFAULT_PATH) -> dict[str, str]:
    """Each recognized title's level (初级, 中级, 副高级 or 正高级)."""
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {row["title"]: row["level"] for row in rows}


def without_level_note(printed: str, levels: dict[str, str] | None = None) -> str:
    """The title without a bracketed level that agrees with it (`工程师（中级）` → `工程师`; 高级
    stands for 副高级 and 正高级 alike); `printed` itself otherwise (no note, an unknown title,
    or a level that disagrees)."""
    match = _LEVEL_NOTE.match(printed.strip())
    if match is None:
        return printed
    levels = title_levels() if levels is None else levels
    title, level = match["title"].strip(), _SAME.get(match["level"], match["level"])
    own = levels.get(title)
    if own is None:
        return printed
    agrees = own == level or (level == "高级" and own in ("副高级", "正高级"))
    return title if agrees else printed
