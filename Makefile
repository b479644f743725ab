# Everything starts from a fresh clone: the first target that needs the virtual environment makes it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install build validate serve test test-fast lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

build: install
	$(BIN)/benelux-kg build

validate: install
	$(BIN)/benelux-kg validate

serve: build
	$(BIN)/benelux-kg serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check publisher tests
	$(BIN)/ruff format --check publisher tests
	$(BIN)/mypy publisher

test: build lint
	$(BIN)/python -m pytest

# The inner loop: everything but real servers, the browser and the walks over every URI.
test-fast: install
	$(BIN)/python -m pytest -m "not server and not browser and not slow"

clean:
	rm -rf build $(VENV)

# BENCH_ARGS passes options through, e.g. make bench BENCH_ARGS=--quick (see bench/run.py --help)
bench: build
	$(BIN)/python bench/run.py $(BENCH_ARGS)
