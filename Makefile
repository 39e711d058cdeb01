# Two commands on a fresh machine: `make demo` and `make test`. Everything they need is installed
# here from the locked, hash-pinned requirements; nothing is expected to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck lock clean browser

install: $(STAMP)

$(STAMP): $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The store tests run against SQLite and against a throwaway PostgreSQL cluster (installed from
# Debian packages if missing, started on a free loopback port, removed afterwards).
test: export DETENTE_TEST_BROWSER := 1
test: install browser
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	bash scripts/pg-cluster.sh $(BIN)/pytest -q

# Debian's Chromium for the browser tests (tests/web, Playwright drives it); with
# DETENTE_TEST_BROWSER=1 set by `make test`, a missing browser fails those tests instead of skipping.
browser:
	command -v chromium >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

# Ingest the team's golden articles into an embedded store under var/demo, then serve the UI.
demo: install
	BIN=$(BIN) bash scripts/demo.sh

# Regenerate the hash-pinned locks after editing requirements/*.in (needs network).
lock: install
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/base.lock requirements/base.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/dev.lock requirements/dev.in

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
