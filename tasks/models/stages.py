"""What the stages hand each other: results that live for one run (and in the work folder's caches).

An episode travels as: ``EpisodeInput`` (+ ``Show``) → ``DecodedAudio`` → ``PreparedAudio`` and
``Transcript`` → ``ShowNotes`` → ``EpisodeRecord`` (kept in ``Index``) → feed bytes. The parts of a
stage result that are saved with the episode (chapters, soundbites, clips...) are defined by the saved
format, in ``tasks/models/index.py``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from tasks.models.config import Person
from tasks.models.index import Chapter, Company, EpisodeRecord, Soundbite


class DecodedAudio(BaseModel):
    """The source, decoded once into the 16 kHz mono WAV speech recognition reads (mastering measures
    the loudness itself, beside recognition)."""

    source: Path
    source_sha256: str = Field(description="Hash of the source audio: what caches key on")
    asr_wav: Path
    channels: int
    duration: float


class PreparedAudio(BaseModel):
    """The mastered, tagged MP3 with its measured loudness, and the recognition WAV it was mastered
    beside (``DecodedAudio.asr_wav``, which the waveform is drawn from)."""

    key: str = Field("", description="Hash of the source and tags it was made from: when to reuse it")
    path: Path
    asr_wav: Path
    mime_type: str = "audio/mpeg"
    source_sha256: str = Field(description="Hash of the source audio: what caches key on")
    bytes: int
    duration: float = Field(description="seconds")
    sha256: str
    channels: int
    loudness_lufs: float
    true_peak_dbtp: float
    source_loudness_lufs: float


class Word(BaseModel):
    start: float
    end: float
    word: str
    probability: float | None = None
    confirmed_by: str | None = Field(default=None, description="A second model that heard the same word here")


class Segment(BaseModel):
    start: float
    end: float
    text: str
    speaker: str | None = None
    words: list[Word] = Field(default_factory=list)


class Transcript(BaseModel):
    language: str = "en"
    engine: str = Field(description="What made it: a transcription engine, or a reference's name")
    model: str
    duration: float
    segments: list[Segment]

    @property
    def text(self) -> str:
        return " ".join(segment.text.strip() for segment in self.segments).strip()


class ShowNotes(BaseModel):
    """What listeners read, in the seed page's shape, plus its three renderings."""

    summary: str
    questions: list[str] = Field(default_factory=list)
    companies: list[Company] = Field(default_factory=list)
    guests: list[Person] = Field(default_factory=list)
    hosts: list[Person] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    chapters: list[Chapter] = Field(default_factory=list)
    soundbites: list[Soundbite] = Field(default_factory=list)
    html: str = ""
    description: str = ""
    markdown: str = ""


class Rendition(BaseModel):
    """The episode's audio in another encoding, beside the MP3 (``podcast:alternateEnclosure``)."""

    encoding: str
    path: Path
    type: str
    codecs: str
    bytes: int
    bitrate: int = Field(description="bits per second")
    sha256: str


class PublishedEpisode(BaseModel):
    """What publishing one episode returns: its record as saved, and the feed it is now in."""

    record: EpisodeRecord
    feed_url: str
    episode_count: int
