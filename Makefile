# srg-guide: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup app test check lint format typecheck bench browser docs

help:  ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install srg-guide with its test tools

app: setup  ## open the app on the bundled tree, guidelines and sample file
	$(BIN)/srg-guide

browser:  ## install Debian's chromium and axe-core (npm) for the browser tests when missing
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium ontbreekt: de browsertest wordt overgeslagen"; fi; }
	@test -f .cache/axe/node_modules/axe-core/axe.min.js || { command -v npm >/dev/null 2>&1 && \
	  npm install --prefix .cache/axe --no-audit --no-fund --silent axe-core@4 || \
	  echo "npm ontbreekt: de toegankelijkheidstest (axe-core) wordt overgeslagen"; }

test: setup browser  ## run the whole test suite
	$(BIN)/python -m pytest

lint: setup  ## ruff lint and format check
	$(BIN)/ruff check srg_guide tests bench
	$(BIN)/ruff format --check srg_guide tests bench

format: setup  ## apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix srg_guide tests bench
	$(BIN)/ruff format srg_guide tests bench

typecheck: setup  ## mypy on the package
	$(BIN)/mypy

check: lint typecheck test  ## ruff, mypy and pytest: what must pass before a commit

bench: setup  ## speed figures as ratios to baselines measured in the same run
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@for script in bench/*_bench.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done
