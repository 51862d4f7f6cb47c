# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed
AXE := node_modules/axe-core/axe.min.js
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-unit test-browser install lint format clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig.")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt requirements/production.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

# axe-core is only needed by the browser tests; without npm they say so and skip the check.
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $(AXE); \
	else echo "npm ontbreekt: de toegankelijkheidscontrole (axe-core) in de browsertests wordt overgeslagen."; fi

install: $(STAMP)

# The scheduler runs beside the server, so scheduled news items go live at their moment.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --dev-admin --base-url http://$(HOST):$(PORT)
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole suite, against the database DATABASE_URL names (SQLite without it).
test: test-unit test-browser

# Unit and integration tests, on every core (pytest-xdist; each worker has a test database of its own).
# PYTEST_WORKERS=0 runs them in this process, e.g. to use a debugger.
PYTEST_WORKERS ?= auto
test-unit: install
	DJANGO_SETTINGS_MODULE=clinic.settings.test $(BIN)/python -m pytest --ignore=tests/browser -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The browser tests run in a session of their own, one at a time: they share one live server, one
# Chromium and one copy of the demo database that is put back before each (tests/browser/conftest.py).
test-browser: install $(AXE)
	DJANGO_SETTINGS_MODULE=clinic.settings.test $(BIN)/python -m pytest tests/browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache
