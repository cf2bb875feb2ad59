# Two commands on a fresh machine:
#   make run    set up .venv (Python 3.12 preferred, 3.11+ accepted), then process corpus/ into outputs/
#   make test   same setup, then the test suite
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SHARED ?= ../shared
# Python 3.12 runs spaCy about 2x faster than 3.11 here; fall back to any python3 >= 3.11.
BOOT_PYTHON ?= $(shell for p in $$HOME/.pyenv/versions/3.12.1/bin/python3.12 python3.12 python3.13 python3.11 python3; do \
	  if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then command -v $$p; break; fi; done)

.PHONY: setup run test test-fast eval bench bench-quick corpus clean help fuzz postgres

help:
	@echo "make run    - set up, then process corpus/ into outputs/"
	@echo "make test   - set up, then run the tests"
	@echo "make eval   - score against ../shared/dev gold (python -m evaluation); regenerates docs/accuracy.md"
	@echo "make bench  - benchmarks (docs/performance.md)"
	@echo "make fuzz   - fuzz ingest/extraction for FUZZ_SECONDS (default 60; FUZZ_ARGS=--model adds extraction; not in CI)"
	@echo "make postgres - a throwaway local PostgreSQL in the foreground (PGPORT=5433 picks the port; Ctrl-C deletes it)"

$(STAMP): pyproject.toml
	@test -n "$(BOOT_PYTHON)" || { echo "error: need Python >= 3.11 (python3.12 preferred)"; exit 1; }
	@echo "setting up $(VENV) with $(BOOT_PYTHON)"
	$(BOOT_PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,eval]"
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(PY) -m pipeline run corpus --out outputs

test: setup
	@bash scripts/ensure_postgres.sh || echo "warning: could not install PostgreSQL; its tests will say why"
	@# many tests start fresh interpreters (CLI runs, pool and Dask workers); where PYTHONDONTWRITEBYTECODE is set each
	@# would otherwise compile the package again (~0.4 s CPU apiece), so compile it once here
	@$(PY) -m compileall -q pipeline evaluation > /dev/null
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not model and not postgres and not dask"

# More gold sets (same layout: NN_*.txt + NN_*.gold.json): EVAL_GOLD="dir ..." for development
# sets, EVAL_FROZEN="dir ..." for held-out sets reported in their own section.
EVAL_GOLD ?= evaluation/gold/unseen-dev evaluation/gold/unseen-dev2 evaluation/gold/unseen-dev3 evaluation/gold/unseen-dev4 evaluation/gold/unseen-dev5 evaluation/gold/unseen-dev6 evaluation/gold/unseen-dev7 evaluation/gold/unseen-dev8 evaluation/gold/unseen-dev9 evaluation/gold/unseen-dev10 evaluation/gold/unseen-dev11 evaluation/gold/unseen-dev12 evaluation/gold/unseen-dev13 evaluation/gold/unseen-dev14 evaluation/gold/unseen-dev15 evaluation/gold/unseen-dev16 evaluation/gold/unseen-dev17 evaluation/gold/unseen-dev18 evaluation/gold/unseen-dev19 evaluation/gold/unseen-dev20 evaluation/gold/unseen-dev21 evaluation/gold/unseen-dev22 evaluation/gold/unseen-dev23 evaluation/gold/unseen-dev24 evaluation/gold/unseen-dev25 evaluation/gold/unseen-dev26 evaluation/gold/unseen-dev27 evaluation/gold/unseen-dev28 evaluation/gold/unseen-dev29 evaluation/gold/unseen-dev30 evaluation/gold/unseen-dev31 evaluation/gold/unseen-dev32 evaluation/gold/unseen-dev33 evaluation/gold/unseen-dev34 evaluation/gold/unseen-dev35 evaluation/gold/unseen-dev36 evaluation/gold/unseen-dev37 evaluation/gold/unseen-dev38 evaluation/gold/unseen-dev39 evaluation/gold/unseen-dev40 evaluation/gold/unseen-dev41 evaluation/gold/unseen-dev42 evaluation/gold/unseen-dev43 evaluation/gold/unseen-dev44 evaluation/gold/unseen-dev45 evaluation/gold/unseen-dev46 evaluation/gold/unseen-dev47 evaluation/gold/unseen-dev48 evaluation/gold/unseen-dev49 evaluation/gold/unseen-dev50 evaluation/gold/unseen-dev51 evaluation/gold/unseen-dev52
EVAL_FROZEN ?= evaluation/gold/unseen-frozen evaluation/gold/unseen-frozen2 evaluation/gold/unseen-frozen3 evaluation/gold/unseen-frozen4 evaluation/gold/unseen-frozen5 evaluation/gold/unseen-frozen6 evaluation/gold/unseen-frozen7 evaluation/gold/unseen-frozen8 evaluation/gold/unseen-frozen9 evaluation/gold/unseen-frozen10 evaluation/gold/unseen-frozen11 evaluation/gold/unseen-frozen12 evaluation/gold/unseen-frozen13 evaluation/gold/unseen-frozen14 evaluation/gold/unseen-frozen15 evaluation/gold/unseen-frozen16 evaluation/gold/unseen-frozen17 evaluation/gold/unseen-frozen18 evaluation/gold/unseen-frozen19 evaluation/gold/unseen-frozen20 evaluation/gold/unseen-frozen21 evaluation/gold/unseen-frozen22 evaluation/gold/unseen-frozen23 evaluation/gold/unseen-frozen24 evaluation/gold/unseen-frozen25 evaluation/gold/unseen-frozen26 evaluation/gold/unseen-frozen27 evaluation/gold/unseen-frozen28 evaluation/gold/unseen-frozen29 evaluation/gold/unseen-frozen30 evaluation/gold/unseen-frozen31 evaluation/gold/unseen-frozen32 evaluation/gold/unseen-frozen33 evaluation/gold/unseen-frozen34 evaluation/gold/unseen-frozen35 evaluation/gold/unseen-frozen36 evaluation/gold/unseen-frozen37 evaluation/gold/unseen-frozen38 evaluation/gold/unseen-frozen39 evaluation/gold/unseen-frozen40 evaluation/gold/unseen-frozen41 evaluation/gold/unseen-frozen42 evaluation/gold/unseen-frozen43 evaluation/gold/unseen-frozen44 evaluation/gold/unseen-frozen45 evaluation/gold/unseen-frozen46 evaluation/gold/unseen-frozen47 evaluation/gold/unseen-frozen48 evaluation/gold/unseen-frozen49 evaluation/gold/unseen-frozen50 evaluation/gold/unseen-frozen51 evaluation/gold/unseen-frozen52 evaluation/gold/unseen-frozen53 evaluation/gold/unseen-frozen54 evaluation/gold/unseen-frozen55 evaluation/gold/unseen-frozen56 evaluation/gold/unseen-frozen57 evaluation/gold/unseen-frozen58 evaluation/gold/unseen-frozen59 evaluation/gold/unseen-frozen60 evaluation/gold/unseen-frozen61 evaluation/gold/unseen-frozen62 evaluation/gold/unseen-frozen63
EVAL_IAA ?= evaluation/gold/iaa/a evaluation/gold/iaa/b
EVAL_IAA2 ?= evaluation/gold/iaa16/dev7-first evaluation/gold/iaa16/dev7-second
eval: setup
	@mkdir -p .eval
	$(PY) -m evaluation score --gold $(SHARED)/dev/statements --gold $(SHARED)/seed --gold $(SHARED)/dev/meantime/intra-doc_annotation \
	  $(foreach d,$(EVAL_GOLD),--gold $(d)) $(foreach d,$(EVAL_FROZEN),--frozen $(d)) \
	  $(if $(EVAL_IAA),--iaa $(EVAL_IAA)) $(if $(EVAL_IAA2),--iaa $(EVAL_IAA2)) \
	  --recognizers $(SHARED)/dev/recognizers \
	  --baseline --json .eval/accuracy.json --markdown docs/accuracy.md

# The White House corpus (../shared/bench, 14,249 documents): every configuration side by side,
# then the length-scaling rows and the corpus-size database loads; numbers in docs/performance.md.
bench: setup
	$(PY) benchmarks/run.py --n 14249 --rounds 4
	$(PY) benchmarks/scaling.py
	$(PY) benchmarks/full_run.py --workers 2 --keep
	$(PY) benchmarks/corpus_sinks.py benchmarks/data/wh-all.jsonl benchmarks/out/full-2w-run

# The first 2,000 documents: every configuration side by side (about 30 minutes on 2 idle cores).
bench-quick: setup
	$(PY) benchmarks/run.py --quick

corpus: setup
	$(PY) scripts/build_corpus.py $(SHARED)

clean:
	rm -rf outputs/*.jsonl outputs/*.json outputs/.state outputs/parquet outputs/news.sqlite .pytest_cache

FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
fuzz: setup
	@$(PY) -c 'import atheris' 2>/dev/null || $(PY) -m pip install -q atheris || echo "atheris unavailable: using the plain random runner"
	$(PY) fuzz/fuzz_pipeline.py --seconds $(FUZZ_SECONDS) $(FUZZ_ARGS)

# The same server the tests start (tests/pgserver.py), kept up until Ctrl-C; see docs/sql.md.
PGPORT ?=
postgres: setup
	@bash scripts/ensure_postgres.sh
	$(PY) tests/pgserver.py $(if $(PGPORT),--port $(PGPORT))
