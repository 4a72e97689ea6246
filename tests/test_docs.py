"""The README documents every CLI command and option, and the code type-checks."""

import subprocess
import sys
from pathlib import Path

import click
import pytest

from catalog.cli import cli

# One work unit of 18 tests (`make test`: --dist loadgroup sends the largest units first): mypy, a
# minute on a fresh clone, runs early instead of last, when the other worker may have nothing left.
pytestmark = pytest.mark.xdist_group("docs")

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> list[tuple[str, list[str]]]:
    """Every command of `catalog` and its long options, read from the click group."""
    found = []
    for name, command in sorted(cli.commands.items()):
        options = [o for p in command.params if isinstance(p, click.Option) for o in p.opts if o.startswith("--")]
        found.append((name, [o for o in options if o != "--help"]))
    return found


@pytest.mark.parametrize(("command", "options"), commands())
def test_docs_cover_every_command_and_option(command: str, options: list[str]) -> None:
    assert f"`catalog {command}" in README
    for option in options:
        assert option in README, f"{command} {option} is not in the README"


def test_docs_mypy_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "core", "extractors", "normalize", "pipeline", "flows", "catalog"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


def test_docs_ruff_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "F", "core", "extractors", "normalize", "pipeline", "flows", "catalog", "tests", "bench"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_help_has_an_example(command: str) -> None:
    text = cli.commands[command].help or ""
    assert "Examples:" in text and f"catalog {command}" in text.split("Examples:")[1]
