"""Where the bundled notices and their truth files are (tests only: the pipeline never reads truth)."""

import json
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIXTURES = ROOT / "tests" / "fixtures"
NOTICES = ("wuxi-2021-49", "taizhou-2022-30")


def load_truth(notice: str) -> dict:
    """The catalog header and rows exactly as published."""
    return json.loads((FIXTURES / f"{notice}.truth.json").read_text(encoding="utf-8"))


GOLDEN = ROOT / "tests" / "golden" / "bundled"


def read_table(path: Path) -> pd.DataFrame:
    """A published CSV as text, exactly as written ("" for empty, no type guessing)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").astype("string")


def golden_tables() -> dict[str, pd.DataFrame]:
    """The golden version's tables (tests/golden/bundled), by name, as text."""
    return {p.stem: read_table(p) for p in sorted(GOLDEN.glob("*.csv"))}
