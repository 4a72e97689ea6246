"""The README documents every CLI command and option, and the code type-checks."""

import subprocess
import sys
from pathlib import Path

import pytest

from catalog.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[tuple[str, list[str]]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return [(name, [s for a in p._actions for s in a.option_strings if s.startswith("--") and s != "--help"])
            for name, p in sub.choices.items()]  # type: ignore[union-attr]  # fmt: skip


@pytest.mark.parametrize(("command", "options"), commands())
def test_docs_cover_every_command_and_option(command: str, options: list[str]) -> None:
    assert f"`catalog {command}" in README
    for option in options:
        assert option in README, f"{command} {option} is not in the README"


def test_docs_mypy_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "catalog", "extractors", "normalize", "flows"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


def test_docs_ruff_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "F", "catalog", "extractors", "normalize", "flows", "tests", "bench"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
