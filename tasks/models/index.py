"""The saved format: ``episodes.json``, the source of truth the feed and the pages are rebuilt from.

It outlives every run and every castflow version that wrote it, so it carries a format ``version``.
A file without one was written before the field existed, in this same layout: version 1. A file of a
newer version than :data:`INDEX_VERSION` is refused (one line naming the file and the field) rather
than read half-understood and written back without what this castflow does not know.

Every type saved inside a record is defined here (or, for the people, places and licences copied from
``show.yaml``/``episode.yaml``, in ``config.py``): a change to any of them is a change to the format.
"""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, Field, ValidationError, field_validator

from tasks.errors import StoreError
from tasks.models.config import EpisodeType, License, Location, Person, describe_problems

INDEX_KEY = "episodes.json"  # at the store's root, beside the feed
INDEX_VERSION = 1  # raise it, and upgrade older files in Index, when a saved field changes meaning
DESCRIPTION_BYTES = 4000  # Apple's limit for an episode's <description> and itunes:summary


class Company(BaseModel):
    name: str


class Chapter(BaseModel):
    start: float
    title: str


class Soundbite(BaseModel):
    """A short, shareable moment: ``podcast:soundbite``."""

    start: float
    duration: float = Field(gt=0, le=120)
    title: str | None = None


class AudioFile(BaseModel):
    url: str
    bytes: int
    duration: float
    type: str = "audio/mpeg"


class AlternateAudio(BaseModel):
    url: str
    type: str
    codecs: str | None = None
    bytes: int
    bitrate: int | None = None
    title: str | None = None
    integrity: str | None = Field(None, description="SRI string, e.g. sha256-<base64>")


class Clip(BaseModel):
    """A soundbite as shareable videos: square and vertical MP4s."""

    start: float
    duration: float
    title: str | None = None
    square_url: str
    vertical_url: str


class TranscriptLink(BaseModel):
    url: str
    type: str
    language: str | None = None
    rel: str | None = None


class EpisodeRecord(BaseModel):
    """One published episode in ``episodes.json``: everything the feed is rebuilt from."""

    guid: str
    title: str
    slug: str
    pub_date: datetime
    audio: AudioFile
    audio_sha256: str
    transcripts: list[TranscriptLink] = Field(default_factory=list)
    chapters_url: str | None = None
    link: str | None = None
    description: str = Field("", description=f"At most {DESCRIPTION_BYTES} bytes of UTF-8")
    content_html: str = ""
    summary: str = ""
    guests: list[Person] = Field(default_factory=list)
    hosts: list[Person] = Field(default_factory=list)
    companies: list[Company] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    chapters: list[Chapter] = Field(default_factory=list)
    soundbites: list[Soundbite] = Field(default_factory=list)
    season: int | None = None
    episode: int | None = None
    episode_type: EpisodeType = EpisodeType.full
    explicit: bool | None = None
    image: str | None = None
    image_alt: str | None = None
    location: list[Location] = Field(default_factory=list)
    license: License | None = None
    alternate_audio: list[AlternateAudio] = Field(default_factory=list)
    clips: list[Clip] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list, description="Store keys of the files this episode owns")


class Index(BaseModel):
    """``episodes.json``: the source of truth the feed is rebuilt from."""

    # First, so that it heads the file; absent in files written before it existed (version 1).
    version: int = Field(INDEX_VERSION, ge=1, description="The format of the saved file")
    episodes: list[EpisodeRecord] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value > INDEX_VERSION:
            raise ValueError(f"format {value} is newer than this castflow reads (up to {INDEX_VERSION}): "
                             "upgrade castflow")
        return value

    @classmethod
    def from_json(cls, data: bytes | str, source: str) -> Index:
        """Read a saved index; ``source`` (its store URL) names the file in the one-line error.

        >>> Index.from_json(b'{"episodes": []}', "episodes.json").version  # written before versions
        1
        >>> Index.from_json(b'{"version": 2, "episodes": []}', "s3://pod/episodes.json")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        tasks.errors.StoreError: s3://pod/episodes.json: field 'version': format 2 is newer than this castflow ...
        """
        try:
            return cls.model_validate_json(data)
        except ValidationError as error:
            # A newer format fails in many fields; only its version says why.
            newer = [problem for problem in error.errors() if problem["loc"] == ("version",)]
            if newer:
                raise StoreError(f"{source}: field 'version': {newer[0]['msg'].removeprefix('Value error, ')}") \
                    from None
            raise StoreError(f"{source}: not a valid index ({describe_problems(error)})") from None

    def to_json(self) -> bytes:
        """The bytes saved: indented, UTF-8 as is, one field a line, so a diff of two versions reads."""
        return (json.dumps(self.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n").encode()

    def upsert(self, record: EpisodeRecord) -> Index:
        """A new index with ``record`` replacing any episode of the same GUID or slug.

        >>> from datetime import timezone
        >>> audio = AudioFile(url="u", bytes=1, duration=1.0)
        >>> make = lambda t: EpisodeRecord(guid="g", title=t, slug="s", audio=audio, audio_sha256="h",
        ...                                pub_date=datetime(2021, 7, 6, tzinfo=timezone.utc))
        >>> [e.title for e in Index().upsert(make("a")).upsert(make("b")).episodes]
        ['b']
        """
        kept = [e for e in self.episodes if e.guid != record.guid and e.slug != record.slug]
        episodes = sorted([*kept, record], key=lambda e: e.pub_date, reverse=True)
        return Index(episodes=episodes)

    def find(self, slug: str) -> EpisodeRecord | None:
        return next((e for e in self.episodes if e.slug == slug), None)
