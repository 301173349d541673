# srg-guide: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup app test test-fast check lint importlint format typecheck bench browser docs

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)  ## create .venv and install srg-guide with its test tools

app: setup  ## open the app on the bundled tree, guidelines and sample file
	$(BIN)/srg-guide

# Outside CI a missing chromium is installed only as root and only when apt is free (another
# program holding the dpkg lock must not fail `make test`); otherwise the browser tests skip
# with a visible reason. In CI (CI=true) chromium must be installed and the tests must run.
apt_install = apt-get -o DPkg::Lock::Timeout=$(1) update -qq && DEBIAN_FRONTEND=noninteractive \
	apt-get -o DPkg::Lock::Timeout=$(1) install -y -qq chromium >/dev/null
browser:  ## install Debian's chromium and axe-core (npm) for the browser tests when missing
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$CI" = true ]; then $(call apt_install,600); \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && ($(call apt_install,0)) 2>/dev/null; then :; \
	else echo "LET OP: chromium ontbreekt en kon niet worden geïnstalleerd (geen root, of apt is bezet):"; \
	  echo "        de browsertests worden overgeslagen. Installeer chromium en draai make test opnieuw."; fi
	@test -f .cache/axe/node_modules/axe-core/axe.min.js || { command -v npm >/dev/null 2>&1 && \
	  npm install --prefix .cache/axe --no-audit --no-fund --silent axe-core@4 || \
	  echo "npm ontbreekt: de toegankelijkheidstest (axe-core) wordt overgeslagen"; }

# Tests run in parallel (pytest-xdist); PYTEST_WORKERS=0 runs them in one process.
PYTEST_WORKERS ?= auto
test: setup browser  ## run the whole test suite, in parallel
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS)

test-fast: setup  ## the quick inner loop: every test not marked slow
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "not slow"

lint: setup  ## ruff lint and format check
	$(BIN)/ruff check srg_guide tests bench
	$(BIN)/ruff format --check srg_guide tests bench

format: setup  ## apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix srg_guide tests bench
	$(BIN)/ruff format srg_guide tests bench

typecheck: setup  ## mypy on the package
	$(BIN)/mypy

importlint: setup  ## the layering contracts in pyproject.toml (import-linter)
	$(BIN)/lint-imports

check: lint typecheck importlint test  ## ruff, mypy, import contracts and pytest: before a commit

bench: setup  ## speed figures as ratios to baselines measured in the same run
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@for script in bench/*_bench.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done
