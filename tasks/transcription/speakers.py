"""Who speaks when, offline: voice embeddings, clustering, and names from the episode's metadata.

Resemblyzer (PyPI, its speaker-encoder weights inside the wheel) turns each 1.6 s window of speech into
a 256-number voice print. Windows are clustered by cosine distance; each word takes the voice of the
windows around it, so a segment that two people share is cut where the voice changes. Clusters get
names from what is said ("I'm Steph Locke", "my name is ...") and then from the show's habits: the
first voice is the first host's, and the others follow the order in which names are first mentioned.

It is optional (``transcribe_audio(..., speakers=True)``); without resemblyzer nothing is labelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from tasks.errors import SpeakersUnavailable
from tasks.models import Segment, Transcript, Word
from tasks.transcription.speech import SAMPLE_RATE
from tasks.transcription.windows import AudioReader, windows

WINDOWS_PER_SECOND = 2  # 1.6 s windows every 0.5 s
# Cosine distance between average voice prints above which two clusters are different people.
# Below it clusters merge: one person is rarely split in two, and a pitch-shifted twin stays apart.
MERGE_DISTANCE = 0.25
MAX_CLUSTERED = 3000
# A change of voice shorter than this many words is noise in the embedding, not a turn.
MIN_TURN_WORDS = 3
INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is|it's|I’m)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _encoder():
    try:
        from resemblyzer import VoiceEncoder
    except ImportError as error:
        raise SpeakersUnavailable("speaker labels need the 'speakers' extra (resemblyzer)") from error
    return VoiceEncoder("cpu", verbose=False)


@dataclass(frozen=True)
class VoicePrints:
    centres: np.ndarray  # seconds: the middle of each window
    embeddings: np.ndarray  # one L2-normalised row per window


def voice_prints(audio: np.ndarray) -> VoicePrints:
    from resemblyzer.audio import normalize_volume

    encoder = _encoder()
    wav = normalize_volume(audio.astype(np.float32), -30, increase_only=True)
    _, embeddings, slices = encoder.embed_utterance(wav, return_partials=True, rate=WINDOWS_PER_SECOND)
    centres = np.array([(s.start + min(s.stop, len(wav))) / 2 / SAMPLE_RATE for s in slices])
    return VoicePrints(centres, np.asarray(embeddings, dtype=np.float32))


def voice_prints_of_file(wav: Path) -> VoicePrints:
    """Voice prints of a whole file, read a window at a time so a long episode is never all in memory."""
    centres, embeddings = [], []
    with AudioReader(wav) as reader:
        for offset, audio in windows(reader):
            prints = voice_prints(audio)
            centres.append(prints.centres + offset)
            embeddings.append(prints.embeddings)
    if not centres:
        return VoicePrints(np.zeros(0), np.zeros((0, 256), dtype=np.float32))
    return VoicePrints(np.concatenate(centres), np.concatenate(embeddings))


def _distance_to_nearest(points: np.ndarray, marks: np.ndarray) -> np.ndarray:
    """For each point, the distance to the nearest mark.

    >>> _distance_to_nearest(np.array([0.0, 1.0, 5.0]), np.array([4.0, 1.2])).round(2).tolist()
    [1.2, 0.2, 1.0]
    """
    marks = np.sort(marks)
    right = np.clip(np.searchsorted(marks, points), 0, len(marks) - 1)
    left = np.clip(right - 1, 0, len(marks) - 1)
    return np.minimum(np.abs(points - marks[left]), np.abs(points - marks[right]))


def cluster(embeddings: np.ndarray, max_speakers: int | None) -> np.ndarray:
    """Cluster ids, numbered by first appearance: average linkage on cosine distance.

    >>> rows = np.array([[1, 0], [0.99, 0.1], [0, 1], [0.1, 0.99], [1, 0.05]])
    >>> cluster(rows / np.linalg.norm(rows, axis=1, keepdims=True), 4).tolist()
    [0, 0, 1, 1, 0]
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(embeddings) < 2:
        return np.zeros(len(embeddings), dtype=int)
    # Linkage needs every pairwise distance; past a few thousand windows (about half an hour) an even
    # sample is clustered and every window joins the nearest cluster's mean voice.
    step = -(-len(embeddings) // MAX_CLUSTERED)
    sample = embeddings[::step]
    tree = linkage(sample, method="average", metric="cosine")
    labels = fcluster(tree, t=MERGE_DISTANCE, criterion="distance")
    if max_speakers and len(set(labels)) > max_speakers:
        labels = fcluster(tree, t=max_speakers, criterion="maxclust")
    if step > 1:
        ids = sorted(set(labels))
        means = np.stack([sample[labels == i].mean(axis=0) for i in ids])
        means /= np.linalg.norm(means, axis=1, keepdims=True)
        labels = np.array(ids)[(embeddings @ means.T).argmax(axis=1)]
    order = {label: i for i, label in enumerate(dict.fromkeys(labels))}
    return np.array([order[label] for label in labels])


def _word_voices(words: list[Word], prints: VoicePrints, labels: np.ndarray) -> list[int]:
    """Each word's cluster: the vote of the windows whose centre lies within a window of the word."""
    half = 0.8
    voices = []
    for word in words:
        # A word's end often stretches into the pause after it, where the next voice begins.
        middle = word.start + min(0.2, (word.end - word.start) / 2)
        near = np.abs(prints.centres - middle) <= half
        if not near.any():
            near = np.abs(prints.centres - middle) == np.abs(prints.centres - middle).min()
        voices.append(int(np.bincount(labels[near]).argmax()))
    return voices


def _smooth(voices: list[int], min_run: int = MIN_TURN_WORDS) -> list[int]:
    """Short runs take the voice of the longer neighbouring run.

    >>> _smooth([0, 0, 0, 0, 1, 0, 0, 0, 2, 2, 2, 2, 2])
    [0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2]
    """
    voices = list(voices)
    changed = True
    while changed:
        changed = False
        runs = _runs(voices)
        for i, (start, end, _) in enumerate(runs):
            if end - start >= min_run or len(runs) == 1:
                continue
            before = runs[i - 1] if i else None
            after = runs[i + 1] if i + 1 < len(runs) else None
            neighbour = max((r for r in (before, after) if r), key=lambda r: r[1] - r[0])
            voices[start:end] = [neighbour[2]] * (end - start)
            changed = True
            break
    return voices


def _at_pauses(voices: list[int], words: list[Word], reach: int = 2) -> list[int]:
    """Move each change of voice to the longest pause within ``reach`` words of it.

    A 1.6 s window cannot place a turn to the word; people take turns at pauses, and word times can.

    >>> w = [Word(start=t, end=t + 0.3, word="x") for t in (0, 0.3, 0.6, 1.5, 1.8, 2.1)]
    >>> _at_pauses([0, 0, 1, 1, 1, 1], w)
    [0, 0, 0, 1, 1, 1]
    """
    voices = list(voices)
    for start, _, voice in _runs(voices)[1:]:
        before = voices[start - 1]
        candidates = range(max(1, start - reach), min(len(words), start + reach + 1))
        best = max(candidates, key=lambda j: (words[j].start - words[j - 1].end, -abs(j - start)))
        for j in range(min(best, start), max(best, start)):
            voices[j] = before if j < best else voice
    return voices


def _runs(values: list[int]) -> list[tuple[int, int, int]]:
    runs, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            runs.append((start, i, values[start]))
            start = i
    return runs


def _units(segment: Segment) -> list[Word]:
    """What gets a voice: the segment's words, or the whole segment when it has none."""
    return segment.words or [Word(start=segment.start, end=segment.end, word=segment.text)]


def _split(segment: Segment, voices: list[int]) -> list[tuple[Segment, int]]:
    runs = _runs(voices)
    if len(runs) == 1 or not segment.words:
        return [(segment, runs[0][2])]
    pieces = []
    for start, end, voice in runs:
        words = segment.words[start:end]
        pieces.append((Segment(start=words[0].start, end=words[-1].end, text=" ".join(w.word for w in words),
                               words=words), voice))
    return pieces


def name_voices(turns: list[tuple[Segment, int]], names: list[str], hosts: list[str]) -> dict[int, str]:
    """A name for every voice: self-introductions first, then the first host, then mention order.

    >>> s = lambda text: Segment(start=0, end=1, text=text)
    >>> turns = [(s("Welcome. Our guests are Ada Byron and Alan Turing."), 0), (s("I'm Alan Turing."), 1),
    ...          (s("Hello, Ada here."), 2)]
    >>> name_voices(turns, ["Grace Hopper", "Ada Byron", "Alan Turing"], ["Grace Hopper"])
    {1: 'Alan Turing', 0: 'Grace Hopper', 2: 'Ada Byron'}
    """
    named: dict[int, str] = {}
    votes: dict[int, dict[str, int]] = {}
    for segment, voice in turns:
        for name in names:
            for found in re.finditer(re.escape(name), segment.text):
                if INTRODUCTION.search(segment.text[:found.start()]):
                    votes.setdefault(voice, {}).setdefault(name, 0)
                    votes[voice][name] += 1
    for voice, counted in sorted(votes.items(), key=lambda kv: -max(kv[1].values())):
        for name, _ in sorted(counted.items(), key=lambda kv: -kv[1]):
            if name not in named.values():
                named[voice] = name
                break
    voices = list(dict.fromkeys(voice for _, voice in turns))
    free_hosts = [h for h in hosts if h not in named.values()]
    if voices and voices[0] not in named and free_hosts:
        named[voices[0]] = free_hosts[0]
    text = " ".join(segment.text for segment, _ in turns)
    mentioned = sorted((n for n in names if n not in named.values()),
                       key=lambda n: (text.find(n) if n in text else len(text), names.index(n)))
    for voice in voices:
        if voice not in named and mentioned:
            named[voice] = mentioned.pop(0)
    for number, voice in enumerate((v for v in voices if v not in named), start=1):
        named[voice] = f"Speaker {number}"
    return named


def label_speakers(transcript: Transcript, wav: Path, names: list[str] = (), hosts: list[str] = (),
                   audio: np.ndarray | None = None, prints: VoicePrints | None = None) -> Transcript:
    """The transcript with a speaker on every segment; segments are cut where the voice changes.

    ``prints``: the voice prints of ``wav`` when already computed (the benchmarks cache them)."""
    names, hosts = list(names), list(hosts)
    segments = transcript.segments
    if not segments:
        return transcript
    if prints is None:
        prints = voice_prints_of_file(wav) if audio is None else voice_prints(audio)
    units = [unit for segment in segments for unit in _units(segment)]
    # Only windows over words: a voice print of a pause or a breath is no one's.
    spoken = _distance_to_nearest(prints.centres, np.array([(u.start + u.end) / 2 for u in units])) <= 0.5
    if not spoken.any():
        return transcript
    speech = VoicePrints(prints.centres[spoken], prints.embeddings[spoken])
    voices = _word_voices(units, speech, cluster(speech.embeddings, len(names) or None))
    voices = _at_pauses(_smooth(voices), units)
    turns: list[tuple[Segment, int]] = []
    offset = 0
    for segment in segments:
        count = len(_units(segment))
        turns.extend(_split(segment, voices[offset:offset + count]))
        offset += count
    named = name_voices(turns, names, hosts)
    labelled = [segment.model_copy(update={"speaker": named[voice]}) for segment, voice in turns]
    return transcript.model_copy(update={"segments": labelled})
