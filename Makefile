# aisclient — every target sets up what it needs (venv, deps, aisnode), so a fresh clone just works.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
AIS_VERSION := $(shell cat scripts/AISTORE_VERSION)
AISNODE_TAGS := $(shell cat scripts/AISNODE_TAGS)
EMPTY :=
AISNODE := .cache/bin/aisnode-$(AIS_VERSION)+$(subst $(EMPTY) $(EMPTY),.,$(AISNODE_TAGS))
AISLOADER := .cache/bin/aisloader-$(AIS_VERSION)
# `cluster.py run` starts one local cluster for the whole command unless AIS_ENDPOINT is set.
WITH_CLUSTER := $(PY) scripts/cluster.py run --
# tests/contract writes (confined to its own buckets) only on the cluster `cluster.py run` starts for
# this command; on a cluster named by AIS_ENDPOINT it is read-only unless this is set to 1.
export AIS_CONTRACT_DESTRUCTIVE ?= $(if $(AIS_ENDPOINT),0,1)


.PHONY: help setup aisnode aisloader spec check-spec generate check-generated derive check-derived docs validate-spec lint typecheck unit test test-suite \
        demo bench bench-quick cluster-up cluster-down contract spec-drift spec-drift-strict portability lint-spec clean

help:
	@echo "make demo          run the demo (all 18 Client methods) against an embedded local cluster"
	@echo "make test          the whole suite against a live cluster (local, or AIS_ENDPOINT=...)"
	@echo "make spec          bundle spec/src/*.yaml (one part per resource) into spec/aistore.yaml"
	@echo "make generate      bundle the spec, then regenerate generated/ais_openapi from it"
	@echo "make derive        rewrite the derived parts of aisclient (sync twins, client surfaces)"
	@echo "make docs          API reference (mkdocs --strict) into .cache/site"
	@echo "make lint          ruff + mypy --strict (overlay) + spec validation"
	@echo "make bench         benchmarks vs the official SDK, aisloader and raw httpx"
	@echo "make contract      schemathesis contract tests; AIS_ENDPOINT=http://host:port for your cluster"
	@echo "make spec-drift    our spec vs the endpoints annotated in the AIS source"
	@echo "make portability   Go (oapi-codegen) and TypeScript (openapi-typescript) clients vs a live cluster"
	@echo "make lint-spec     Redocly CLI lint of spec/aistore.yaml (ruleset spec/redocly.yaml)"
	@echo "make cluster-up / cluster-down   a detached local cluster (1 proxy + 2 targets)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 required, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,bench,docs,progress,tools]'
	touch $(STAMP)

setup: $(STAMP)

$(AISNODE):
	$(PYTHON) scripts/cluster.py install aisnode

aisnode: $(AISNODE)

# aisloader (same pinned module): the benchmarks' native peer; the smoke bench in `make test` runs it too.
$(AISLOADER):
	$(PYTHON) scripts/cluster.py install aisloader

aisloader: $(AISLOADER)

# spec/src/*.yaml (one part per resource) -> spec/aistore.yaml, the file generators consume.
spec: setup
	$(PY) scripts/spec_bundle.py

check-spec: setup
	$(PY) scripts/spec_bundle.py --check

generate: spec
	$(PY) scripts/generate.py

# CI: regenerate and fail on any difference from what is committed.
check-generated: check-spec generate
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
		git status --porcelain -- generated; git diff --stat -- generated; \
		echo "generated/ differs from spec/ + scripts/generator: run 'make generate' and commit"; exit 1; fi
	@echo "generated/ is up to date"

# The sync twins of *_async.py and the client/handle surfaces, from one declaration per operation.
derive: setup
	$(PY) scripts/derive.py

check-derived: setup
	$(PY) scripts/derive.py --check

docs: setup
	$(PY) scripts/docs.py

validate-spec: setup
	$(VENV)/bin/openapi-spec-validator spec/aistore.yaml
	$(VENV)/bin/openapi-spec-validator spec/authn.yaml

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
test: setup aisnode aisloader check-generated check-derived lint lint-spec spec-drift-strict docs
	$(WITH_CLUSTER) $(MAKE) --no-print-directory test-suite

test-suite:
	$(PY) -m pytest -q
	$(PY) scripts/bench.py --smoke

demo: setup aisnode
	$(WITH_CLUSTER) $(PY) scripts/demo.py

bench: setup aisnode aisloader
	$(WITH_CLUSTER) $(PY) scripts/bench.py $(BENCH_ARGS)

bench-quick:
	$(MAKE) bench BENCH_ARGS=--quick

cluster-up: setup aisnode
	$(PY) scripts/cluster.py up

cluster-down:
	$(PYTHON) scripts/cluster.py down

# Contract suite (tests/contract). AIS_ENDPOINT=http://host:port: that cluster, read-only unless
# CONTRACT_ARGS=--destructive; without AIS_ENDPOINT: a throwaway local cluster, destructive.
contract: setup
	$(PY) scripts/contract.py $(if $(AIS_ENDPOINT),--endpoint $(AIS_ENDPOINT)) $(CONTRACT_ARGS)

spec-drift: setup
	$(PY) scripts/spec_drift.py

# In `make test`: every annotated public endpoint and action is in the spec (the rest excluded, with reasons).
spec-drift-strict: setup
	$(PY) scripts/spec_drift.py --strict > /dev/null

portability: setup aisnode
	$(WITH_CLUSTER) $(PY) -m pytest -q -p no:cacheprovider tests/contract/test_portability.py

portability/node_modules/.package-lock.json: portability/package-lock.json
	cd portability && npm ci --no-audit --no-fund

lint-spec: validate-spec portability/node_modules/.package-lock.json
	cd portability && npx --no-install redocly lint --config ../spec/redocly.yaml ../spec/aistore.yaml
	cd portability && npx --no-install redocly lint --config ../spec/redocly.yaml ../spec/authn.yaml

clean:
	-$(PYTHON) scripts/cluster.py down
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache
