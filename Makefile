# Two commands on a fresh machine: `make demo` and `make test`. Everything they need is installed
# here from the locked, hash-pinned requirements; nothing is expected to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/dev.lock
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck lock clean

install: $(STAMP)

$(STAMP): $(LOCK) pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

demo: install
	$(BIN)/detente extract --published 2025-03-04 examples/*.txt

# Regenerate the hash-pinned locks after editing requirements/*.in (needs network).
lock: install
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/base.lock requirements/base.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/dev.lock requirements/dev.in

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
