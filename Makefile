# `make run` and `make test` set everything up on a fresh machine (a .venv with the pinned deps and the
# spaCy model from the package index), then run the pipeline on corpus/ or the tests.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run test eval-dev bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline run corpus --out outputs

test: $(STAMP)
	$(PY) -m pytest

# Optional: score on ../shared/corpus/dev when it is there (skips cleanly otherwise).
eval-dev: $(STAMP)
	$(PY) scripts/eval_dev.py

bench: $(STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) outputs/*.parquet outputs/*.csv outputs/*.duckdb outputs/runs outputs/cache
