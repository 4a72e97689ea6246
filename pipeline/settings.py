"""Where a run reads and writes, resolved once: flag > environment variable > default.

Every relative path is taken from the working directory, and the summary prints each path
as resolved, so a steward always sees which folders and files a command used.

    what        flag           environment variable   default (from the working directory)
    raw/        --raw          CATALOG_RAW            raw
    curated/    --curated      CATALOG_CURATED        curated
    decisions   --decisions    CATALOG_DECISIONS      normalize/data/decisions.csv
    registry    --registry     CATALOG_REGISTRY       the registry shipped with the package
    state       (none)         CATALOG_STATE          .catalog   (Prefect's home and the log file)

A decisions file named by a flag or a variable must exist; the default one may not exist yet
(no decision recorded so far).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.errors import SettingsError
from normalize.registry import DEFAULT_PATH as PACKAGED_REGISTRY
from normalize.registry import load_registry
from pipeline.review_file import load_decisions

DEFAULTS = {"raw": "raw", "curated": "curated", "decisions": "normalize/data/decisions.csv", "state": ".catalog"}
ENVIRONMENT = {
    "raw": "CATALOG_RAW", "curated": "CATALOG_CURATED", "decisions": "CATALOG_DECISIONS",
    "registry": "CATALOG_REGISTRY", "state": "CATALOG_STATE",
}  # fmt: skip


@dataclass(frozen=True)
class Settings:
    """The paths of one command, absolute; `given` names the ones a flag or variable set."""

    raw: Path
    curated: Path
    decisions: Path
    registry: Path
    state: Path
    given: frozenset[str] = frozenset()

    @property
    def log_file(self) -> Path:
        """Where library warnings and tracebacks go (never the terminal)."""
        return self.state / "logs" / "catalog.log"

    @property
    def run_log(self) -> Path:
        """One JSON line per run that published, held back, quarantined, left review items or
        failed to fetch (pipeline/watch.py): what a steward or a webhook follows."""
        return self.state / "logs" / "runs.jsonl"

    @property
    def last_run_docs(self) -> Path:
        """Where a run builds its Data Docs (copied into the version it publishes; kept here too
        until the next run, so a run that publishes nothing still leaves its report)."""
        return self.state / "validation"

    @property
    def cache(self) -> Path:
        """Each document's extraction by content hash, and the last run's fingerprint (pipeline/cache.py)."""
        return self.state / "cache"

    @property
    def prefect_home(self) -> Path:
        """Prefect's own home for its temporary server (database, settings)."""
        return self.state / "prefect"

    def paths(self) -> dict[str, str]:
        """The resolved paths by name, for the summary and --json."""
        return {"raw": str(self.raw), "curated": str(self.curated), "decisions": str(self.decisions),
                "registry": str(self.registry), "log": str(self.log_file)}  # fmt: skip


def resolve_settings(
    flags: Mapping[str, str | Path | None], env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Settings:
    """Settings from flags, else the environment, else the defaults; relative to `cwd`."""
    env = os.environ if env is None else env
    base = Path.cwd() if cwd is None else cwd
    chosen: dict[str, Path] = {}
    given: set[str] = set()
    for name in ("raw", "curated", "decisions", "registry", "state"):
        value = flags.get(name) or env.get(ENVIRONMENT[name], "")
        if value:
            given.add(name)
        elif name == "registry":
            chosen[name] = PACKAGED_REGISTRY
            continue
        else:
            value = DEFAULTS[name]
        chosen[name] = (base / Path(value).expanduser()).resolve()
    return Settings(**chosen, given=frozenset(given))


def check_for_run(settings: Settings) -> None:
    """Refuse, before anything is written, paths a run cannot use."""
    if not settings.raw.is_dir():
        what = "is a file, not a folder" if settings.raw.exists() else "does not exist"
        raise SettingsError(f"the raw folder {settings.raw} {what}",
                            hint="give the folder of published notices with --raw DIR (or CATALOG_RAW)")  # fmt: skip
    if settings.curated.exists() and not settings.curated.is_dir():
        raise SettingsError(f"the curated folder {settings.curated} is a file, not a folder")
    check_decisions(settings)
    if not settings.registry.is_file():
        raise SettingsError(f"the issuer registry {settings.registry} does not exist",
                            hint="leave out --registry (and CATALOG_REGISTRY) to use the packaged registry")  # fmt: skip
    # Read both now: a broken registry or decisions file stops the run before any document is read.
    load_registry(settings.registry)
    load_decisions(settings.decisions, missing_ok="decisions" not in settings.given)


def check_decisions(settings: Settings) -> None:
    """A decisions file the steward named must exist: a typo must not run without decisions."""
    if "decisions" in settings.given and not settings.decisions.is_file():
        raise SettingsError(
            f"the decisions file {settings.decisions} does not exist",
            hint="check the path; to start a new decisions file, create it empty first",
        )
