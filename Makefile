# greatgame: `make demo` and `make test` work on a fresh clone (each creates .venv).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
SHARED ?= ../shared
ARTICLE ?=
DATE ?=
OUT ?= greatgame-out

.PHONY: demo test lint bench fuzz model data install dev docs clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

demo: install
ifeq ($(ARTICLE),)
	$(BIN)/greatgame demo --out $(OUT)
else
	$(BIN)/greatgame analyze "$(ARTICLE)" $(if $(DATE),--date $(DATE),) --out $(OUT)
endif

lint: dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q

# The documentation site (docs/ -> build/site), strict: a broken link or anchor fails it.
# `make test` checks the same links without mkdocs (tests/test_docs.py).
docs: dev
	$(PY) -m pip install -q -e ".[docs]"
	$(BIN)/mkdocs build --strict

bench: dev
	$(PY) benchmarks/run_all.py

# The fuzz tests with many more examples than the suite's 200 (a fixed seed all the same).
FUZZ_EXAMPLES ?= 5000
fuzz: dev
	GREATGAME_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -s -p no:cacheprovider tests/fuzz

# Rebuild the packaged data (gazetteers, capability tables, event lexicons) from ../shared/data.
data: dev
	$(PY) scripts/build_data.py --shared $(SHARED)

# Retrain the packaged English pipeline from UD English-EWT and UNER (fixed seed).
model: dev
	$(PY) scripts/train_model.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(OUT) greatgame.duckdb
