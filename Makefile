# Two commands set everything up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: system-check serve build release test test-fast bench audit lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

## Serve the site with live reload of content/, data/ and schemas/ on http://$(HOST)
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr $(HOST) --livereload

## Build site/ atomically: a failed build leaves the previous site/ untouched
build: $(STAMP)
	$(BIN)/python -m portal build --site-dir site

## Build site/ for publication: stops while mkdocs.yml extra.operator lacks the Impressum details (§ 5 DDG)
release: $(STAMP)
	$(BIN)/python -m portal build --release --site-dir site

NODE_STAMP := node_modules/.installed

# Test-only tools from the npm registry (the Nu HTML Checker, ESLint), pinned by package-lock.json.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

## Every test: unit, build, HTML validity and browser (needs /usr/bin/chromium and java, see .ci/run)
test: system-check $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## Name the Debian packages of missing system programs before anything runs
system-check:
	@$(PYTHON) tools/system_requirements.py

## Unit tests only (no build, no browser; ESLint from node_modules)
test-fast: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m "not browser" tests/unit

CORPUS ?= ../shared/corpus/leichte-sprache-eval-v2.yaml

## Build time and size against data size (synthetic data, never published)
bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/bench_leichte_sprache.py
	$(BIN)/python bench/leichte_sprache_eval.py $(CORPUS)
	$(BIN)/python bench/bench_recurrence.py
	PORTAL_HYPOTHESIS_PROFILE=bench $(BIN)/python -m pytest -q tests/unit/test_properties.py

## Lighthouse on 7 pages, portal against stock Material (not a test; needs /usr/bin/chromium); report in audit/out/report.md
audit: $(STAMP)
	test audit/node_modules/.package-lock.json -nt audit/package-lock.json || (cd audit && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
	$(BIN)/python audit/run.py $(AUDIT_ARGS)

## Re-resolve the pinned dependencies after editing pyproject.toml
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools==7.6.2
	printf 'setuptools==80.9.0\n' > $(VENV)/build-backend.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra test --strip-extras \
	  --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml $(VENV)/build-backend.in

clean:
	rm -rf site site.* .site.new-* .site.old .venv .pytest_cache bench/out node_modules
