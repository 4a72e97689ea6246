"""The `cli` fixture of the command-line tests: `catalog ARGS` run in-process from tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.cli import main

Output = tuple[int, str, str]
# Paths a steward's shell may set, and proxies that would stand between a fetch and 127.0.0.1.
CLEARED = ("CATALOG_RAW", "CATALOG_CURATED", "CATALOG_DECISIONS", "CATALOG_REGISTRY", "CATALOG_STATE",
           "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")  # fmt: skip


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Output]:
    """Run `catalog ARGS` from tmp_path; (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)

    def run(*args: str) -> Output:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
