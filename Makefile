# The two commands of the README. Each one installs what it needs first (.ci/setup).
.PHONY: setup run test bench

setup:
	bash .ci/setup

run: setup
	.venv/bin/catalog run --raw raw --curated curated

test: setup
	.venv/bin/python -m pytest -q -n 2 tests

bench: setup
	.venv/bin/python bench/bench_pdf.py
	.venv/bin/python bench/bench_memory.py
	.venv/bin/python bench/grouping_report.py
