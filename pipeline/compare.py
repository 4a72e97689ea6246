"""Compare the catalogs of cities: which qualifications each recognizes, with which title, and
where they disagree. Works on published entries (pandas at this edge).

comparison.csv (one row per qualification id, one column per city holding the title it
recognizes) is published with every version; `catalog compare` reads it back for the cities
asked and writes a terminal table, an HTML report with an inline SVG chart (opens offline) and
an XLSX workbook.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.errors import UserError

FIXED = ("qualification_id", "qualification", "qualification_zh", "issuer_id", "series")
TITLE_SEPARATOR = "; "  # a city that lists one qualification with two titles shows both


def comparison_frame(entries: pd.DataFrame) -> pd.DataFrame:
    """One row per qualification id: its name as first printed, issuer, series, the title each
    city recognizes ('' where it does not list it), conflict ('true' where the titles differ)
    and how many cities list it."""
    cities = sorted(c for c in entries["city"].unique() if c)
    records = []
    for qualification_id, group in entries.groupby("qualification_id", sort=True):
        first = group.iloc[0]
        titles = {city: TITLE_SEPARATOR.join(sorted(set(group.loc[group["city"] == city, "title"]))) for city in cities}
        distinct = {t for value in titles.values() if value for t in value.split(TITLE_SEPARATOR)}
        records.append({
            **{name: str(first[name]) for name in FIXED if name != "qualification_id"},
            "qualification_id": str(qualification_id), **titles,
            "conflict": "true" if len(distinct) > 1 else "false",
            "cities": str(sum(bool(v) for v in titles.values())),
        })  # fmt: skip
    columns = [*FIXED, *cities, "conflict", "cities"]
    return pd.DataFrame.from_records(records, columns=columns).astype("string")


@dataclass(frozen=True)
class CityComparison:
    """The comparison of some cities: coverage per series, what only one lists, and conflicts."""

    cities: tuple[str, ...]
    coverage: pd.DataFrame  # series × city: how many qualifications each city lists
    only_in: dict[str, pd.DataFrame]  # city -> the qualifications none of the other cities lists
    conflicts: pd.DataFrame  # listed by two or more of the cities, with different titles


def compare_cities(comparison: pd.DataFrame, cities: Sequence[str]) -> CityComparison:
    """Restrict the published comparison to `cities` (at least two, each known)."""
    known = [c for c in comparison.columns if c not in (*FIXED, "conflict", "cities")]
    unknown = [c for c in cities if c not in known]
    if unknown or len(set(cities)) < 2:
        problem = f"no city {', '.join(unknown)} in the catalog" if unknown else "give two cities or more"
        raise UserError(problem, hint=f"the cities: {', '.join(known) or 'none yet'}")
    chosen = list(dict.fromkeys(cities))
    listed = comparison[comparison[chosen].ne("").any(axis=1)].copy()
    coverage = pd.DataFrame({city: listed[listed[city] != ""].groupby("series").size() for city in chosen})
    coverage = coverage.fillna(0).astype(int).sort_index()
    only_in = {
        city: listed[(listed[city] != "") & listed[[c for c in chosen if c != city]].eq("").all(axis=1)][
            [*FIXED, city]].reset_index(drop=True)
        for city in chosen
    }  # fmt: skip
    several = listed[listed[chosen].ne("").sum(axis=1) > 1]
    differ = several[chosen].apply(lambda row: len({t for v in row if v for t in v.split(TITLE_SEPARATOR)}) > 1, axis=1)
    conflicts = several[differ][[*FIXED, *chosen]].reset_index(drop=True) if len(several) else several[[*FIXED, *chosen]]
    return CityComparison(tuple(chosen), coverage, only_in, conflicts)


def comparison_to_text(result: CityComparison, limit: int = 20) -> str:
    """The terminal view: conflicts first, then coverage per series, then what only one city lists."""
    cities = result.cities
    lines = [f"catalog compare: {' / '.join(cities)}", "", f"  conflicts: {len(result.conflicts)} qualification(s) "
             "listed with different titles"]  # fmt: skip
    for _, row in result.conflicts.head(limit).iterrows():
        titles = "  ".join(f"{city} {row[city] or '-'}" for city in cities)
        lines.append(f"    {row['qualification_id']}  {row['qualification']}  ({row['series']}):  {titles}")
    lines += ["", "  coverage (qualifications listed per series):",
              "    " + _pad("series", 24) + "".join(_pad(city, 8, right=True) for city in cities)]  # fmt: skip
    for series, counts in result.coverage.iterrows():
        lines.append("    " + _pad(str(series), 24) + "".join(f"{counts[city]:>8}" for city in cities))
    lines.append("    " + _pad("all", 24) + "".join(f"{int(result.coverage[city].sum()):>8}" for city in cities))
    for city, only in result.only_in.items():
        lines += ["", f"  only in {city}: {len(only)}"]
        lines += [f"    {r['qualification_id']}  {r['qualification']} → {r[city]}" for _, r in only.head(limit).iterrows()]
        if len(only) > limit:
            lines.append(f"    … and {len(only) - limit} more (see the HTML report or the workbook)")
    return "\n".join(lines)


def _pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a terminal width: Chinese characters take two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    space = " " * max(0, width - used)
    return space + text if right else text + space


COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def coverage_svg(coverage: pd.DataFrame) -> str:
    """Grouped bars: qualifications per series, one bar per city; inline SVG, no script, no CDN."""
    series, cities = list(coverage.index), list(coverage.columns)
    top = max(1, int(coverage.to_numpy().max()) if coverage.size else 1)
    bar, gap, left = 14, 10, 170
    rows_height = len(cities) * bar + gap
    height = rows_height * len(series) + 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="{height}" role="img" '
             'aria-label="qualifications per series and city" font-family="sans-serif" font-size="12">']  # fmt: skip
    for i, name in enumerate(series):
        y0 = 10 + i * rows_height
        parts.append(f'<text x="{left - 6}" y="{y0 + len(cities) * bar / 2 + 4}" text-anchor="end">'
                     f"{html.escape(str(name))}</text>")  # fmt: skip
        for j, city in enumerate(cities):
            value = int(coverage.loc[name, city])
            width = 500 * value / top
            parts.append(f'<rect x="{left}" y="{y0 + j * bar}" width="{width:.1f}" height="{bar - 2}" '
                         f'fill="{COLOURS[j % len(COLOURS)]}"><title>{html.escape(city)}: {value}</title></rect>'
                         f'<text x="{left + width + 4:.1f}" y="{y0 + j * bar + bar - 4}">{value}</text>')  # fmt: skip
    legend_y = height - 18
    for j, city in enumerate(cities):
        parts.append(f'<rect x="{left + j * 110}" y="{legend_y}" width="12" height="12" '
                     f'fill="{COLOURS[j % len(COLOURS)]}"/><text x="{left + j * 110 + 16}" y="{legend_y + 10}">'
                     f"{html.escape(city)}</text>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def comparison_to_html(result: CityComparison) -> str:
    """A self-contained report: the chart, conflicts first, coverage, then each city's own list."""
    title = f"国际职业资格比照认定目录对比 · {' / '.join(result.cities)}"
    table = lambda frame: frame.to_html(index=False, escape=True, border=0, classes="t")  # noqa: E731
    sections = [
        f"<h1>{html.escape(title)}</h1>",
        "<h2>Coverage per series</h2>", coverage_svg(result.coverage), table(result.coverage.reset_index()),
        f"<h2>Conflicts ({len(result.conflicts)})</h2>", table(result.conflicts),
    ]  # fmt: skip
    for city, only in result.only_in.items():
        sections += [f"<h2>Only in {html.escape(city)} ({len(only)})</h2>", table(only)]
    style = ("body{font-family:sans-serif;margin:2em}table.t{border-collapse:collapse;margin:1em 0}"
             "table.t td,table.t th{border:1px solid #ccc;padding:2px 6px;font-size:13px}")  # fmt: skip
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{style}</style></head><body>{''.join(sections)}</body></html>\n")  # fmt: skip


def write_workbook(result: CityComparison, path: Path) -> Path:
    """The comparison as an Excel workbook: conflicts, coverage, and one sheet per city's own list."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        result.conflicts.to_excel(writer, sheet_name="conflicts", index=False)
        result.coverage.reset_index().to_excel(writer, sheet_name="coverage", index=False)
        for city, only in result.only_in.items():
            only.to_excel(writer, sheet_name=f"only in {city}"[:31], index=False)
    return path
