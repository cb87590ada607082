# The quick start: `make run` (embedded mode) and `make test` (the whole suite).
# `make bench` runs the benchmarks in full (bench/); `make test` runs their quick mode.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# graphql-http's server audit (Node.js 20+), which the suite runs against `leadhub serve`.
NODE_CLIENTS := tests/graphql/node_clients
NODE_CLIENTS_INSTALLED := $(NODE_CLIENTS)/node_modules/.package-lock.json

# The suite runs on SQLite and on this PostgreSQL (a role that may create
# databases and roles), and its worker tests on these real brokers.
export TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/postgres
export TEST_BROKER_URL ?= amqp://guest:guest@127.0.0.1:5672/
export TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

# The web app (web/): its packages, its typed operations generated from
# schema.graphql (committed, so a stale copy fails the check), and its build,
# which the platform serves at /.
WEB := web
WEB_INSTALLED := $(WEB)/node_modules/.package-lock.json
WEB_BUILT := $(WEB)/dist/index.html
WEB_GENERATED := $(WEB)/src/gql
WEB_SOURCES := $(shell find $(WEB)/src $(WEB)/index.html $(WEB)/vite.config.ts \
	$(WEB)/tsconfig.json $(WEB)/codegen.yml -type f 2>/dev/null)

# Debian's chromium, which the end-to-end tests drive (Playwright), installed once.
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run test install lint schema bench graphiql-assets web-check e2e

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(INSTALLED)

$(NODE_CLIENTS_INSTALLED): $(NODE_CLIENTS)/package-lock.json
	npm ci --prefix $(NODE_CLIENTS) --no-audit --no-fund

$(WEB_INSTALLED): $(WEB)/package-lock.json
	npm ci --prefix $(WEB) --no-audit --no-fund

$(WEB_BUILT): $(WEB_INSTALLED) $(WEB_SOURCES) schema.graphql
	npm run --prefix $(WEB) --silent codegen
	npm run --prefix $(WEB) --silent build

run: install $(WEB_BUILT)
	$(BIN)/leadhub migrate
	$(BIN)/leadhub serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# The generated types must be what schema.graphql and the app's operations give.
web-check: $(WEB_INSTALLED)
	npm run --prefix $(WEB) --silent codegen
	@git diff --quiet -- $(WEB_GENERATED) && test -z "$$(git status --porcelain -- $(WEB_GENERATED))" \
		|| { echo "$(WEB_GENERATED) is stale: commit what \`npm run --prefix web codegen\` wrote" >&2; exit 1; }
	npm run --prefix $(WEB) --silent typecheck
	npm run --prefix $(WEB) --silent lint
	npm run --prefix $(WEB) --silent test

$(CHROMIUM):
	$(SUDO) apt-get install -y -q chromium || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }

# The app as `make run` serves it, in chromium; screenshots in web/test-results/.
e2e: install $(WEB_BUILT) $(CHROMIUM)
	npm run --prefix $(WEB) --silent e2e

test: lint $(NODE_CLIENTS_INSTALLED) web-check e2e
	$(BIN)/leadhub export-schema --check schema.graphql
	$(BIN)/pytest -n auto --dist loadgroup
	$(BIN)/python -m bench.leads_list --quick
	$(BIN)/python -m bench.scale --quick
	$(BIN)/python -m bench.routing --quick
	$(BIN)/python -m bench.imports --quick
	$(BIN)/python -m bench.kpis --quick

bench: install
	$(BIN)/python -m bench.leads_list
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.routing
	$(BIN)/python -m bench.imports
	$(BIN)/python -m bench.kpis

schema: install
	$(BIN)/leadhub export-schema schema.graphql

# Re-vendors GraphiQL's files at the versions pinned in platform/leadhub/graphql/graphiql/assets.py.
graphiql-assets: install
	$(BIN)/python -m scripts.vendor_graphiql
