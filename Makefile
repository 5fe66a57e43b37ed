# Two commands do all the set-up: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The lock file (make lock writes it; README: Refreshing the lock files).
LOCK := requirements/dev.txt

.PHONY: run test bench bench-quick bench-ocr lint install system-deps clean translations

$(BIN)/python:
	$(PY) -m venv $(VENV)

# Everything comes from the lock file, each download checked against its hash; the
# project itself goes in without dependencies or a build environment (setuptools is in
# the lock too). lockcheck says which pyproject.toml dependency the lock lacks.
$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	@$(PY) release/lockcheck.py
	$(BIN)/pip install -q --require-hashes -r $(LOCK)
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
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

# Under five minutes: the same phases and ratios on 2,000 documents.
bench-quick: install
	$(BIN)/python -m bench.run_all --docs 2000

# The interface catalogues: Qt Linguist sources (.ts, translated by hand or in
# pyside6-linguist) and the compiled .qm the app reads; both are committed. Run after
# changing visible strings in ui/; tests/ui/test_translations.py fails until it is done.
# The CLI's messages (archive_app/cli) are gettext catalogues in resources/locale/*.po,
# compiled to .mo beside them; tests/integration/test_cli_i18n.py checks them the same way.
TS_LANGS := en ru kk
translations: install
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -silent \
		$$(find ui -name '*.py' | sort) \
		-ts $(foreach l,ru kk,resources/translations/archive_$(l).ts)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete -silent -pluralonly \
		$$(find ui -name '*.py' | sort) -ts resources/translations/archive_en.ts
	for l in $(TS_LANGS); do $(BIN)/pyside6-lrelease -silent \
		resources/translations/archive_$$l.ts -qm resources/translations/archive_$$l.qm; done
	$(BIN)/python -m archive_app.cli.catalogue  # the CLI's gettext .po -> .mo (resources/locale)

# Releases (README: Installing, Verifying a release). Not part of make test: minutes.
.PHONY: lock dist dist-check
# Refresh requirements/*.txt on purpose: new dependencies get pinned, existing pins stay
# (LOCK_ARGS=--upgrade, or '--upgrade-package NAME', moves them). Twice changes nothing.
lock:
	PY=$(PY) ./release/lock

# The frozen one-folder app in dist/archive-app/, its tar.gz, a CycloneDX SBOM and
# SHA256SUMS, built in build/dist-venv from requirements/runtime.txt + dist.txt.
dist:
	PY=$(PY) ./release/build-dist

# Run the frozen app with no Python on PATH: CLI round trip, canary scan, the window.
dist-check:
	./release/dist-check

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .bench build dist
