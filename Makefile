# Columnist: `make run` serves the site, `make test` runs the whole suite.
# Only Python 3.12+ and make are assumed; everything else is installed here.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export COLUMNIST_DATA_DIR ?= $(CURDIR)/var
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-sqlite test-postgres lint install browser bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Columnist needs Python 3.12 or newer") if sys.version_info < (3, 12) else None'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Debian's Chromium drives the browser tests; Playwright's own browser download is never used.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The embedded single-machine site: SQLite, mail kept in the outbox, a secret key made once.
run: install
	@mkdir -p "$(COLUMNIST_DATA_DIR)"
	@test -s "$(COLUMNIST_DATA_DIR)/secret_key" || (umask 077; $(BIN)/python -c \
		'import secrets; print(secrets.token_urlsafe(50))' > "$(COLUMNIST_DATA_DIR)/secret_key")
	SECRET_KEY="$${SECRET_KEY:-$$(cat "$(COLUMNIST_DATA_DIR)/secret_key")}" \
		$(BIN)/python manage.py serve --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install browser lint test-sqlite test-postgres

test-sqlite: install
	$(BIN)/pytest -p no:cacheprovider

# The same suite on PostgreSQL, when a server answers (CI starts it first).
test-postgres: install
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -p no:cacheprovider

bench: install
	$(BIN)/python bench/articles.py

clean:
	rm -rf $(VENV) var/static
