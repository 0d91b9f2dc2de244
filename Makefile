# The two commands: `make run` serves the platform, `make test` proves it works.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := ppi4cities.settings

.PHONY: run test bench install lint messages clean

## Install pinned Python and npm packages and compile the interface translations.
install: $(VENV)/.installed node_modules/.installed
	@command -v msgfmt >/dev/null || bash scripts/apt-install.sh gettext
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || bash scripts/apt-install.sh fonts-dejavu-core
	@cd ppi4cities && ../$(PY) ../manage.py compilemessages -v 0

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## Migrate, load the demo content and serve on http://127.0.0.1:$(PORT) with a task worker.
run: install
	@$(PY) manage.py migrate --no-input -v 0
	@$(PY) manage.py load_demo
	@bash scripts/serve.sh $(PORT)

## Lint, checks, the test suite on SQLite and PostgreSQL, and the browser tests.
test: install
	@bash scripts/test.sh

## Benchmark under gunicorn on PostgreSQL; writes bench/results/latest.{json,md}.
bench: install
	@bash bench/run.sh

## Extract interface strings into the .po files of every language.
messages: install
	cd ppi4cities && ../$(PY) ../manage.py makemessages --all --no-obsolete --no-location

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .ruff_cache
