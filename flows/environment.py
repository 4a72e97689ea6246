"""Prefect's settings for a local run, set before Prefect is imported.

A project-local Prefect home (a database migrated by another Prefect version breaks the
temporary server), no analytics (no network), logs at WARNING unless asked. Values already in
the environment win, so a steward can point runs at a real Prefect server.
"""

from __future__ import annotations

import os
from pathlib import Path


def prefect_environment(home: Path, verbose: bool) -> None:
    """Set Prefect's environment for this process (only where not set already)."""
    home_dir = os.environ.setdefault("PREFECT_HOME", str(home))
    Path(home_dir).mkdir(parents=True, exist_ok=True)  # Prefect warns on import when it cannot
    os.environ.setdefault("PREFECT_MEMO_STORE_PATH", str(Path(home_dir) / "memo_store.toml"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
