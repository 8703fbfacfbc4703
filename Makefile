# aisclient — every target sets up what it needs (venv, deps, aisnode), so a fresh clone just works.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
AIS_VERSION := $(shell cat scripts/AISTORE_VERSION)
AISNODE := .cache/bin/aisnode-$(AIS_VERSION)
# `cluster.py run` starts one local cluster for the whole command unless AIS_ENDPOINT is set.
WITH_CLUSTER := $(PY) scripts/cluster.py run --

.PHONY: help setup aisnode generate check-generated validate-spec lint typecheck unit test test-suite \
        demo bench bench-quick cluster-up cluster-down contract spec-drift clean

help:
	@echo "make demo          run the demo (all 18 Client methods) against an embedded local cluster"
	@echo "make test          the whole suite against a live cluster (local, or AIS_ENDPOINT=...)"
	@echo "make generate      regenerate generated/ais_openapi from spec/aistore.yaml"
	@echo "make lint          ruff + mypy --strict (overlay) + spec validation"
	@echo "make bench         benchmarks vs the official SDK, aisloader and raw httpx"
	@echo "make contract      schemathesis contract tests; AIS_ENDPOINT=http://host:port for your cluster"
	@echo "make spec-drift    our spec vs the endpoints annotated in the AIS source"
	@echo "make cluster-up / cluster-down   a detached local cluster (1 proxy + 2 targets)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 required, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,bench]'
	touch $(STAMP)

setup: $(STAMP)

$(AISNODE):
	$(PYTHON) scripts/cluster.py install aisnode

aisnode: $(AISNODE)

generate: setup
	$(PY) scripts/generate.py

# CI: regenerate and fail on any difference from what is committed.
check-generated: generate
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
		git status --porcelain -- generated; git diff --stat -- generated; \
		echo "generated/ differs from spec/ + scripts/generator: run 'make generate' and commit"; exit 1; fi
	@echo "generated/ is up to date"

validate-spec: setup
	$(VENV)/bin/openapi-spec-validator spec/aistore.yaml

lint: setup validate-spec
	$(VENV)/bin/ruff check overlay scripts tests
	$(VENV)/bin/ruff format --check overlay scripts tests
	$(VENV)/bin/mypy

typecheck: setup
	$(VENV)/bin/mypy

unit: setup
	$(PY) -m pytest tests/unit -q

# The whole suite against ONE cluster: pytest (unit, generated, integration, contract), then the
# benchmark harness once in smoke mode (proves it works; not a timed test).
test: setup aisnode check-generated lint
	$(WITH_CLUSTER) $(MAKE) --no-print-directory test-suite

test-suite:
	$(PY) -m pytest -q
	$(PY) scripts/bench.py --smoke

demo: setup aisnode
	$(WITH_CLUSTER) $(PY) scripts/demo.py

bench: setup aisnode
	$(PY) -c 'import sys; sys.path.insert(0, "scripts"); from cluster import go_binary; go_binary("aisloader")'
	$(WITH_CLUSTER) $(PY) scripts/bench.py $(BENCH_ARGS)

bench-quick:
	$(MAKE) bench BENCH_ARGS=--quick

cluster-up: setup aisnode
	$(PY) scripts/cluster.py up

cluster-down:
	$(PYTHON) scripts/cluster.py down

clean:
	-$(PYTHON) scripts/cluster.py down
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
