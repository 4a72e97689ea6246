# The two commands of the README. Each one installs what it needs first (.ci/setup).
.PHONY: setup run test bench scale mutation planted producers legacy scans probe

setup:
	bash .ci/setup

run: setup
	@# exit code 1 only says something waits for a steward (README, "Exit codes"): the run itself succeeded
	.venv/bin/catalog run --raw raw --curated curated || [ $$? -eq 1 ]

test: setup
	@# the 25 slowest tests are listed at the end: where the suite's time goes (README, "Tests")
	.venv/bin/python -m pytest -q -n 2 --dist loadgroup --durations=25 tests

bench: setup
	.venv/bin/python bench/bench_pdf.py
	.venv/bin/python bench/bench_memory.py
	.venv/bin/python bench/grouping_report.py
	.venv/bin/python bench/producer_report.py

# Performance and scale (BENCHMARKS.md): generated corpora of 10 and 40 notices, cold and
# nothing-new runs, memory, the fixed cost, ratios to bare pdfplumber, Dask with 1, 2, 4 workers.
scale: setup
	.venv/bin/python bench/bench_scale.py --sizes 10,40 --dask 1,2,4

# Mutation testing of the modules that decide published output and exit codes (TESTING.md).
# Not part of `make test` or CI: a full run takes minutes. A fresh mutants/ each time.
mutation: setup
	rm -rf mutants
	.venv/bin/mutmut run --max-children 2 2>&1 | tr '\r' '\n' | tail -n 3
	.venv/bin/mutmut results --all true | sed -E 's/^ *([a-z_.]+)\.x.*: /\1 /' | sort | uniq -c
	.venv/bin/mutmut results | grep -E ': (survived|timeout)$$' || true

planted: setup
	.venv/bin/python bench/planted_bugs.py

# Re-print the producer corpus (tests/fixtures/producers) with wkhtmltopdf, WeasyPrint, Chromium,
# LibreOffice (other CJK fonts) and Ghostscript; installs them first. The corpus is committed.
producers:
	bash .ci/producers
	.venv/bin/python tests/make_producers.py

# Re-make the legacy-format fixtures (tests/fixtures/legacy: .doc, .wps, .xlsx, .xls, .et and the
# table-at-the-end documents) from the bundled DOCX notices with LibreOffice Writer and Calc. Committed.
legacy: setup
	.venv/bin/python tests/make_legacy.py

# Re-make the scanned notices (tests/fixtures/scans): the bundled PDFs rendered at 150, 200 and 300 dpi,
# turned slightly, with noise and a red seal over text, as image-only PDFs. Committed.
scans: setup
	.venv/bin/python tests/make_scans.py

# Variants of the bundled notices nobody has tried (DOCX and HTML edits, LibreOffice and Chromium
# prints, qpdf page edits, documents that are not catalogs), each through `catalog run`, classified
# EXACT / CAUGHT / SILENT against the truth. About 45 minutes; writes only under /tmp/probe2.
probe: setup
	.venv/bin/python bench/probe_variants.py
