# residency: two commands on a fresh machine -- `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
DEMO_OUT ?= demo-out

.PHONY: demo test lint typecheck unit browser-deps bench eval clean help

help:
	@echo "make demo   - install into $(VENV) and split sample_data/ into $(DEMO_OUT)/"
	@echo "make test   - install into $(VENV) and run lint, type checks and the test suite"
	@echo "make bench  - speed benchmark against plain Presidio (writes bench/results/)"
	@echo "make eval   - leak / false-hold evaluation against plain Presidio"

SOURCES := $(shell find residency pipelines detectors policies -type f \( -name '*.py' -o -name '*.yaml' -o -name '*.json' -o -name '*.j2' \) 2>/dev/null)
LINKED := $(VENV)/.linked

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24"
	$(PIP) install --quiet -c constraints.txt setuptools wheel

$(STAMP): $(PY) pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e ".[dev]" --config-settings editable_mode=strict
	@touch $(STAMP) $(LINKED)

# The strict editable install links each file; a new file needs a (two-second) relink.
$(LINKED): $(STAMP) $(SOURCES)
	@$(PIP) install --quiet --no-deps --no-build-isolation -e . --config-settings editable_mode=strict 2>/dev/null
	@touch $(LINKED)

demo: $(LINKED)
	@rm -rf $(DEMO_OUT)
	$(VENV)/bin/residency split sample_data/ --out $(DEMO_OUT)

browser-deps:
	@bash .ci/install-chromium || echo "chromium unavailable: browser tests will be skipped"

lint: $(STAMP)
	$(VENV)/bin/ruff check residency pipelines detectors policies tests bench
	$(VENV)/bin/ruff format --check residency pipelines detectors policies tests bench

# Run from inside .venv so that mypy checks the installed namespace (all of residency.*),
# not the bare residency/ folder of the repository root.
typecheck: $(LINKED)
	cd $(VENV) && bin/mypy --config-file $(CURDIR)/pyproject.toml --cache-dir $(CURDIR)/.mypy_cache -p residency

unit: $(LINKED)
	$(VENV)/bin/pytest -n 2 --dist loadgroup -q

test: $(STAMP) browser-deps lint typecheck unit

bench: $(LINKED)
	$(PY) -P bench/speed.py --n 5000 --seed 1

eval: $(LINKED)
	$(PY) -P bench/quality.py --n 2000 --seed 1 --split dev holdout

clean:
	rm -rf $(VENV) build dist *.egg-info $(DEMO_OUT) .pytest_cache .mypy_cache .ruff_cache
