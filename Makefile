# Two commands do all the set-up: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-quick bench-ocr lint install system-deps clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian packages the UI tests and screenshots use (Xvfb, Qt's xcb libraries, fonts).
# Skipped quietly where apt-get is absent or we are not root.
system-deps:
	@./.ci/system-deps

run: install
	$(BIN)/archive-app --demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: install system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: install
	$(BIN)/python -m bench.run_all --docs 10000  # add --large 50000 for the 50k search figures
	$(BIN)/python -m bench.bench_ocr --pages 100

# OCR alone: a 100-page scanned PDF through the archive and through tesseract by hand.
bench-ocr: install system-deps
	$(BIN)/python -m bench.bench_ocr --pages 100

# A few minutes: the same phases and ratios on 1,000 documents.
bench-quick: install
	$(BIN)/python -m bench.run_all --docs 1000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench
