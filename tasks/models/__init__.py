"""Every typed object of the pipeline, split by how long it lives:

- :mod:`tasks.models.config`: what a person writes, ``show.yaml`` and ``episode.yaml``, and loading them
  with one-line errors naming the file and the field;
- :mod:`tasks.models.stages`: what the stages hand each other within a run;
- :mod:`tasks.models.index`: the saved ``episodes.json``, versioned, which outlives every run;
- :mod:`tasks.models.categories`: Apple's category list, which ``show.yaml`` is checked against.

This package is the base layer the rooms of ``tasks/`` talk through, so it imports none of them (only
``tasks.errors``). Every public name is re-exported here: ``from tasks.models import Show``.
"""

from tasks.errors import ConfigError
from tasks.models.categories import APPLE_CATEGORIES, split_category
from tasks.models.config import (
    ALTERNATE_ENCODINGS,
    FEED_KEY,
    KNOWN_LICENSES,
    MEDIUMS,
    PODCAST_GUID_NAMESPACE,
    SLUG_PATTERN,
    CleanStr,
    ComputeType,
    Device,
    Engine,
    EpisodeInput,
    EpisodeType,
    Funding,
    License,
    Link,
    Location,
    NotesGenerator,
    NotesOptions,
    NotifyOptions,
    Owner,
    Person,
    Prompt,
    RemoteItem,
    Show,
    ShowType,
    Trailer,
    TranscriptionOptions,
    TxtRecord,
    describe_problems,
    load_episode,
    load_show,
    podcast_guid_for,
    slugify,
)
from tasks.models.index import (
    DESCRIPTION_BYTES,
    INDEX_KEY,
    INDEX_VERSION,
    AlternateAudio,
    AudioFile,
    Chapter,
    Clip,
    Company,
    EpisodeRecord,
    Index,
    Soundbite,
    TranscriptLink,
)
from tasks.models.stages import (
    DecodedAudio,
    PreparedAudio,
    PublishedEpisode,
    Rendition,
    Segment,
    ShowNotes,
    Transcript,
    Word,
)

__all__ = [
    "ALTERNATE_ENCODINGS", "APPLE_CATEGORIES", "DESCRIPTION_BYTES", "FEED_KEY", "INDEX_KEY", "INDEX_VERSION",
    "KNOWN_LICENSES", "MEDIUMS", "PODCAST_GUID_NAMESPACE", "SLUG_PATTERN",
    "AlternateAudio", "AudioFile", "Chapter", "CleanStr", "Clip", "Company", "ComputeType", "ConfigError",
    "DecodedAudio", "Device", "Engine", "EpisodeInput", "EpisodeRecord", "EpisodeType", "Funding", "Index",
    "License", "Link", "Location", "NotesGenerator", "NotesOptions", "NotifyOptions", "Owner", "Person",
    "PreparedAudio", "Prompt", "PublishedEpisode", "RemoteItem", "Rendition", "Segment", "Show", "ShowNotes",
    "ShowType", "Soundbite", "Trailer", "Transcript", "TranscriptLink", "TranscriptionOptions", "TxtRecord",
    "Word",
    "describe_problems", "load_episode", "load_show", "podcast_guid_for", "slugify", "split_category",
]
