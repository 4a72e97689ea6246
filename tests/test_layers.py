"""The packages stand on floors (README, "How it is built"): the import-linter contracts of
pyproject.toml hold, so no package imports a floor above it and Prefect stays in flows/."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--no-cache", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_layers_contracts_hold() -> None:
    result = lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_layers_check_can_fail(tmp_path: Path) -> None:
    # The same tool on the floors turned upside down must report the real imports as broken.
    config = tmp_path / "upside-down.toml"
    config.write_text(
        '[tool.importlinter]\nroot_packages = ["core", "pipeline"]\n\n[[tool.importlinter.contracts]]\n'
        'name = "upside down"\ntype = "layers"\nlayers = ["core", "pipeline"]\n',
        encoding="utf-8",
    )
    result = lint("--config", str(config))
    assert result.returncode == 1 and "Contracts: 0 kept, 1 broken." in result.stdout
    assert "pipeline.release -> core.model" in result.stdout


def test_layers_test_modules_have_unique_names() -> None:
    # The test folders are not packages: pytest imports each file by its name, and two files of
    # one name (tests/flows/test_memory.py, tests/pipeline/test_memory.py) break each other,
    # in spawned processes too.
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    assert sorted({n for n in names if names.count(n) > 1}) == []
