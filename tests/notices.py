"""Where the bundled notices and their truth files are (tests only: the pipeline never reads truth)."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIXTURES = ROOT / "tests" / "fixtures"
NOTICES = ("wuxi-2021-49", "taizhou-2022-30")


def load_truth(notice: str) -> dict:
    """The catalog header and rows exactly as published."""
    return json.loads((FIXTURES / f"{notice}.truth.json").read_text(encoding="utf-8"))
