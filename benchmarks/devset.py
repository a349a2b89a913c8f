"""The yardstick: the seed episode and the six dev-set episodes (../shared/devset), scored by the dev
set's own ``score.py``.

Every episode is given as an unknown show gives it: a title and the audio, with the hosts in show.yaml.
The expensive parts are cached under ``.castflow/devset/``, keyed by the audio's hash and the options
that made them, so a re-run takes seconds: the decoded 16 kHz WAV, the recogniser's raw output (before
any name correction, so every later step is measured afresh) and the speaker voice prints.

    from benchmarks.devset import episodes, recognised, score
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tasks.models import EpisodeInput, Person, Show, Transcript, TranscriptionOptions  # noqa: E402

DEVSET_CANDIDATES = [ROOT.parent / "shared" / "devset", ROOT / "shared" / "devset", ROOT / "tests" / "data" / "devset"]
CACHE = ROOT / ".castflow" / "devset"
SEED_DIR = ROOT / "seeds" / "episodes" / "2x27"
# What the seed's audio (its first three minutes) says, from the episode page: companies spoken in it.
SEED_COMPANIES = [
    {"name": "Microsoft", "aliases": [], "in_excerpt": True},
    {"name": "Nightingale HQ", "aliases": [], "in_excerpt": True},
    {"name": "Gestalt IT", "aliases": [], "in_excerpt": True},
    {"name": "Tech Field Day", "aliases": [], "in_excerpt": True},
    {"name": "MLOps Community", "aliases": ["MLOps"], "in_excerpt": True},
]


def devset_root() -> Path | None:
    """The set of episodes to measure: ``CASTFLOW_DEVSET`` (a folder laid out like the dev set, such as
    ``benchmarks/heldout``) or the shared dev set."""
    chosen = os.environ.get("CASTFLOW_DEVSET")
    if chosen:
        return Path(chosen).resolve()
    return next((p for p in DEVSET_CANDIDATES if (p / "score.py").is_file()), None)


def scorer() -> Path:
    """The dev set's ``score.py``: a set without its own (the held-out set) is scored by the shared one, so
    both sets are judged by the same rules."""
    for root in [devset_root(), *DEVSET_CANDIDATES]:
        if root is not None and (root / "score.py").is_file():
            return root / "score.py"
    raise FileNotFoundError("the dev set's score.py (../shared/devset) is not there")


@dataclass
class Episode:
    id: str
    audio: Path
    truth_path: Path
    truth: dict
    show: Show = field(repr=False)
    episode: EpisodeInput = field(repr=False)

    @property
    def host_names(self) -> list[str]:
        return [h.name for h in self.show.hosts]

    @property
    def people(self) -> list[str]:
        """Everyone the truth names on the episode: what a user would give ``--names``."""
        return [p["name"] for p in [*self.truth.get("hosts", []), *self.truth.get("guests", [])]]

    @property
    def spoken_names(self) -> list[str]:
        """Of ``people``, those whose whole name the reference transcript says."""
        text = self.truth["transcript_text"]
        return [name for name in self.people if name in text]


def _show(title: str, hosts: list[str]) -> Show:
    return Show(title=title, author=title, description=title, base_url="http://127.0.0.1:8000",
                store="file://public", hosts=[Person(name=h, role="host") for h in hosts])


def _seed() -> Episode:
    from tasks.models import load_episode, load_show
    from tasks.notes import expected_names
    from tasks.transcription.names import NameCorrector

    show = load_show(ROOT / "seeds" / "show.yaml")
    episode = load_episode(SEED_DIR / "episode.yaml")
    reference = json.loads((SEED_DIR / "reference.json").read_text())
    script = json.loads((SEED_DIR / "script.json").read_text())
    turns = [{"speaker": t["speaker"], "audio_start": t["start"], "audio_end": t["end"], "text": t["text"]}
             for t in reference["turns"]]
    truth = {
        "id": "seed_2x27", "title": episode.title,
        "hosts": [{"name": h.name, "in_excerpt": True} for h in show.hosts],
        "guests": [{"name": g.name, "aliases": [], "affiliation": "MLOps Community"} for g in episode.guests],
        "mentioned_people": [], "companies": SEED_COMPANIES, "turns": turns,
        # The script says the names as the page's transcript spells them ("Demetrius Brinkman"); the
        # truth spells them as the metadata does, as the dev set's truth does.
        "transcript_text": NameCorrector(expected_names(show, episode))(" ".join(t["text"] for t in script["turns"])),
        "audio": {"duration_s": reference["duration"]},
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    truth_path = CACHE / "seed-truth.json"
    truth_path.write_text(json.dumps(truth, indent=1), encoding="utf-8")
    bare = EpisodeInput(title=episode.title, audio=str(SEED_DIR / "audio.mp3"))  # what an unknown show gives
    return Episode("seed_2x27", SEED_DIR / "audio.mp3", truth_path, truth, show, bare)


def _dev(folder: Path) -> Episode:
    truth = json.loads((folder / "truth.json").read_text())
    # The show's name as its own show.yaml would give it: "JS Party (Changelog Media)" → "JS Party".
    title = re.sub(r"\s*\(.*\)$", "", truth.get("podcast") or truth.get("show") or truth["id"])
    show = _show(title, [h["name"] for h in truth["hosts"]])
    episode = EpisodeInput(title=truth["title"], audio=str(folder / "audio.mp3"))
    return Episode(truth["id"], folder / "audio.mp3", folder / "truth.json", truth, show, episode)


def episodes(only: list[str] | None = None, seed: bool = True) -> list[Episode]:
    """The seed, then the dev set's episodes in index order (those present)."""
    found = [_seed()] if seed else []
    root = devset_root()
    if root is not None:
        order = [e["id"] for e in json.loads((root / "index.json").read_text())["episodes"]] \
            if (root / "index.json").is_file() else []
        folders = sorted((root / "episodes").iterdir(), key=lambda p: (order.index(p.name) if p.name in order else 99))
        found += [_dev(f) for f in folders if (f / "truth.json").is_file() and (f / "audio.mp3").is_file()]
    return [e for e in found if not only or e.id in only]


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def wav_of(audio: Path) -> Path:
    """The recogniser's 16 kHz mono WAV, decoded once per audio file."""
    wav = CACHE / _hash(audio) / "audio.wav"
    if not wav.is_file():
        wav.parent.mkdir(parents=True, exist_ok=True)
        partial = wav.with_suffix(".part.wav")
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(audio), "-ac", "1", "-ar",
                        "16000", str(partial)], check=True)
        partial.rename(wav)
    return wav


def _options_key(options: TranscriptionOptions, extra: dict) -> str:
    data = options.model_dump(include={"engine", "model", "language", "beam_size", "batched", "compute_type"})
    data.update(extra)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def _recognised_path(audio: Path, options: TranscriptionOptions, prompt: str | None) -> Path:
    # The key holds the engine and the model; the revision changes when the recogniser's own code does
    # (2: batched gaps decoded again), and how many windows decode side by side (which sets where they are cut).
    from tasks.transcription.engines import decoded_side_by_side

    extra = {"prompt": prompt, "revision": 2}
    side_by_side = decoded_side_by_side(options, seconds_of(audio))
    if side_by_side > 1:
        extra["side_by_side"] = side_by_side
    return CACHE / _hash(audio) / f"recognised-{_options_key(options, extra)}.json"


def seconds_of(audio: Path) -> float:
    """How long ``audio`` lasts, read from its decoded WAV."""
    import soundfile

    return soundfile.info(str(wav_of(audio))).duration


def is_recognised(audio: Path, options: TranscriptionOptions | None = None, prompt: str | None = None) -> bool:
    """Whether ``recognised`` would answer from the cache (then its time says nothing of the model)."""
    return _recognised_path(audio, options or TranscriptionOptions(), prompt).is_file()


def load_recogniser(options: TranscriptionOptions, audio: Path | None = None) -> None:
    """Load the faster engine's model now, so that recognition timings leave the load out: the one for
    ``audio``'s length (its windows decoded one at a time or side by side)."""
    if options.engine != "faster":
        return
    from tasks.transcription.engines import load_faster_model

    # The very model recognition then takes from faster_engine's per-process cache.
    load_faster_model(options, seconds_of(audio) if audio is not None else 0.0)


def recognised(audio: Path, options: TranscriptionOptions | None = None, prompt: str | None = None) -> Transcript:
    """The recogniser's raw transcript of ``audio`` (no name correction, no speakers), cached."""
    from tasks.transcription.engines import recognise

    options = options or TranscriptionOptions()
    path = _recognised_path(audio, options, prompt)
    if path.is_file():
        return Transcript.model_validate_json(path.read_text())
    transcript = recognise(wav_of(audio), options, prompt=prompt)
    path.write_text(transcript.model_dump_json(), encoding="utf-8")
    return transcript


def voice_prints(audio: Path):
    """The speaker encoder's voice prints of ``audio``, cached (they do not depend on the words)."""
    import numpy as np

    from tasks.transcription.speakers import VoicePrints, voice_prints_of_file

    path = CACHE / _hash(audio) / "voiceprints.npz"
    if path.is_file():
        data = np.load(path)
        return VoicePrints(data["centres"], data["embeddings"])
    prints = voice_prints_of_file(wav_of(audio))
    np.savez(path, centres=prints.centres, embeddings=prints.embeddings)
    return prints


def score(episode: Episode, transcript: Transcript | None = None, *, guests: list[str] | None = None,
          companies: list[str] | None = None, hosts: list[str] | None = None) -> dict:
    """The dev set's ``score.py`` on whatever is given (transcript as JSON segments, lists by ';')."""
    command = [sys.executable, str(scorer()), str(episode.truth_path)]
    with tempfile.TemporaryDirectory() as folder:
        if transcript is not None:
            path = Path(folder) / "transcript.json"
            path.write_text(json.dumps({"segments": [{"start": s.start, "end": s.end, "text": s.text}
                                                     for s in transcript.segments]}), encoding="utf-8")
            command += ["--transcript", str(path)]
        for flag, items in (("--guests", guests), ("--companies", companies), ("--hosts", hosts)):
            if items is not None:
                path = Path(folder) / f"{flag[2:]}.json"
                path.write_text(json.dumps(list(items)), encoding="utf-8")
                command += [flag, f"@{path}"]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def names_exact(episode: Episode, text: str) -> tuple[int, int]:
    """(names spelled exactly, names to find): of the people the reference says by full name."""
    wanted = episode.spoken_names
    return sum(name in text for name in wanted), len(wanted)
