# The two commands of the README: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test install lint typecheck pytest system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.installed-run

install: $(VENV)/.installed-run

## run: create .venv, install, migrate the embedded store, load demo data, serve on 127.0.0.1:8000
run: $(VENV)/.installed-run
	$(BIN)/vigila db upgrade
	$(BIN)/vigila demo load
	$(BIN)/vigila serve --host 127.0.0.1 --port 8000

## test: create/update .venv with the test extras, then ruff, mypy and pytest
test: $(VENV)/.installed-test system-deps lint typecheck pytest

lint:
	$(BIN)/ruff check src tests $(wildcard bench)

typecheck:
	$(BIN)/mypy

pytest:
	@$(BIN)/pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose"; exit 1; fi; exit $$rc

# Browser tests drive Debian's Chromium; install it when missing and we may (root, apt available).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium for browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: install it (apt-get install chromium) to run the browser tests"; fi; \
	fi

clean:
	rm -rf $(VENV) vigila-data .pytest_cache .mypy_cache .ruff_cache
