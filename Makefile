# Two commands for a newcomer: `make run` and `make test`. Both start with `make install`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast eval clean install-llm install-browser

install: $(STAMP)

# torch is pinned to the CPU wheel on disk (shared/MODELS.md) and installed first, so
# nothing else pulls a CUDA build; every other package is pinned by constraints.txt.
$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test,bench]"
	$(BIN)/suyuan setup
	touch $(STAMP)

# Debian's Chromium drives the end-to-end chat test (no browser download from a hub).
install-browser:
	@command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi wenquanyi || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }

install-llm: install
	$(BIN)/pip install --quiet -c constraints.txt -e ".[local-llm]"
	$(BIN)/suyuan llm-setup

run: install
	$(BIN)/suyuan serve

test: install install-browser
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser and not llm"

eval: install
	$(BIN)/suyuan eval ../shared/eval/dev.jsonl

clean:
	rm -rf $(VENV) vectorstore/chroma.sqlite3 vectorstore/*/ test-output
