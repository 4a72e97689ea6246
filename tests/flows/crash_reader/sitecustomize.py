"""Test-only: makes the process reading one named file die as a native crash would (SIGSEGV).

Put this folder first on PYTHONPATH (tests/flows/test_processes.py): every Python process of
the run then imports it at start, and a reader of the file named in CATALOG_TEST_CRASH_ON kills
itself. Nothing of the product reads that variable; this file is never on a steward's path.
"""

import os
import signal

if os.environ.get("CATALOG_TEST_CRASH_ON"):
    import pipeline.ingest as _ingest

    _real = _ingest.source_to_result

    def _crashing(path, source):  # type: ignore[no-untyped-def]
        if path.name == os.environ["CATALOG_TEST_CRASH_ON"]:
            os.kill(os.getpid(), signal.SIGSEGV)
        return _real(path, source)

    _ingest.source_to_result = _crashing
