"""What a person writes: ``show.yaml`` and ``episode.yaml``, and loading them.

These models live as long as the files do. Loading lives here, and only here, so every bad file
produces the same kind of error: one line naming the file, the field and what is allowed.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PositiveInt,
    ValidationError,
    field_validator,
    model_validator,
)

from tasks.errors import ConfigError
from tasks.models.categories import split_category

# Podcast Index's namespace for podcast:guid (Podcasting 2.0 spec).
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,79}$"
# The feed's key at a store's root, named here because the show's feed URL (and with it its
# podcast:guid) depends on it; tasks/storage/layout.py places every other file.
FEED_KEY = "feed.xml"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def podcast_guid_for(feed_url: str) -> str:
    """``podcast:guid``: UUIDv5 of the feed URL without scheme and trailing slashes.

    >>> podcast_guid_for("https://podnews.net/rss/")  # the Podcasting 2.0 specification's example
    '9b024349-ccf0-5f69-a609-6b82873eab3c'
    """
    name = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", feed_url).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, name))


def slugify(text: str, max_length: int = 60) -> str:
    """A URL-safe, ASCII slug.

    >>> slugify("2x27: How the ML Community Has Evolved in 2021!")
    '2x27-how-the-ml-community-has-evolved-in-2021'
    >>> slugify("Café Ünïcode")
    'cafe-unicode'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "episode"


def _clean_text(value: Any) -> Any:
    # Control characters break XML 1.0 outright; refuse them where they enter.
    if isinstance(value, str):
        if _CONTROL_CHARS.search(value):
            raise ValueError("contains control characters")
        return value.strip()
    return value


CleanStr = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    # Unknown fields are refused: a typo like `titel:` must not silently publish without a title.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        return _clean_text(value)


def _check_url(value: str, schemes: tuple[str, ...] = ("http", "https")) -> str:
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme not in schemes:
        raise ValueError(f"must be a URL starting with {' or '.join(s + '://' for s in schemes)}")
    return value


def _check_location(value: str, schemes: tuple[str, ...]) -> str:
    """A URL of an allowed scheme, or a file path that does not climb out of its folder.

    >>> _check_location("../../etc/passwd", ("https",))
    Traceback (most recent call last):
    ...
    ValueError: a relative path may not climb out of its folder with '..'
    >>> _check_location("javascript:alert(1)", ("https",))
    Traceback (most recent call last):
    ...
    ValueError: must be a path or a URL starting with https://
    """
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", value)
    if scheme and len(scheme.group(1)) > 1:  # one letter is a Windows drive, not a scheme
        if scheme.group(1).lower() not in schemes:
            raise ValueError(f"must be a path or a URL starting with {' or '.join(s + '://' for s in schemes)}")
        return value
    if not value.startswith("/") and ".." in Path(value).parts:
        raise ValueError("a relative path may not climb out of its folder with '..'")
    return value


class Link(_Strict):
    """A labelled link of a person: ``{label: Twitter, url: https://twitter.com/SFoskett}``."""

    label: str | None = None
    url: str

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        return _check_url(value, ("http", "https", "mailto"))


class Person(_Strict):
    """A host or guest, as ``show.yaml`` and ``episode.yaml`` describe them."""

    name: CleanStr = Field(max_length=200)
    role: str | None = Field(None, description="Podcasting 2.0 role, e.g. host, guest, co-host")
    affiliation: str | None = Field(None, max_length=300)
    handle: str | None = Field(None, description="Social handle such as @SFoskett", max_length=60)
    links: list[Link] = Field(default_factory=list)
    image: str | None = None

    @field_validator("links", mode="before")
    @classmethod
    def _links_may_be_plain_urls(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"url": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("handle")
    @classmethod
    def _handle_shape(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"@?[A-Za-z0-9_.]{1,50}", value):
            raise ValueError("must look like @name (letters, digits, _ and .)")
        return value if value.startswith("@") else "@" + value


class Owner(_Strict):
    name: CleanStr
    email: str

    @field_validator("email")
    @classmethod
    def _email_shape(cls, value: str) -> str:
        if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", value):
            raise ValueError("must be an e-mail address")
        return value


class EpisodeType(StrEnum):
    full = "full"
    trailer = "trailer"
    bonus = "bonus"


class ShowType(StrEnum):
    episodic = "episodic"
    serial = "serial"


# The accepted values of the option fields: a YAML value outside them is refused, naming the field.
Engine = Literal["faster", "openai"]
ComputeType = Literal["auto", "int8", "int8_float32", "int8_float16", "int16", "float16", "float32"]
Device = Literal["auto", "cpu", "cuda"]
Prompt = Literal["none", "names"]
NotesGenerator = Literal["offline", "llm"]


class TranscriptionOptions(_Strict):
    engine: Engine = "faster"
    model: str = Field("tiny.en", description="A bundled model name, a CTranslate2 folder or a .pt file")
    language: str | None = "en"
    beam_size: PositiveInt = 5
    # batched, int8, no prompt: the lowest word error rate and the fastest on the seed
    # (benchmarks/README-transcribe.md).
    batched: bool = Field(True, description="faster-whisper's batched pipeline (sequential when false)")
    # auto: int8 on a CPU, float16 on a GPU (engines.py).
    compute_type: ComputeType = "auto"
    device: Device = Field("auto", description="auto: a CUDA GPU when CTranslate2 sees one, else the CPU")
    prompt: Prompt = Field("none", description="names: give the names to the decoder, renewed every window")
    speakers: bool = Field(False, description="label speakers with resemblyzer")
    relisten: bool = Field(True, description="decode introductions again, prompted with names not heard")


class NotesOptions(_Strict):
    """How show notes are written: offline (default) or by an OpenAI-compatible language model."""

    generator: NotesGenerator = "offline"
    llm_base_url: str | None = Field(None, description="e.g. http://127.0.0.1:11434/v1")
    llm_model: str | None = None
    llm_api_key_env: str = Field("CASTFLOW_LLM_API_KEY", description="Name of the variable holding the key")
    llm_timeout_s: float = Field(120.0, gt=0)

    @field_validator("llm_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value).rstrip("/")


class Funding(_Strict):
    url: str
    label: str = Field("Support the show", max_length=128)

    @field_validator("url")
    @classmethod
    def _web(cls, value: str) -> str:
        return _check_url(value)


class TxtRecord(_Strict):
    """``podcast:txt``: free text such as a platform's ownership verification code."""

    text: CleanStr = Field(max_length=4000)
    purpose: str | None = Field(None, max_length=128)


# Renditions castflow can add beside the MP3, as podcast:alternateEnclosure.
ALTERNATE_ENCODINGS = ("opus",)
# Podcasting 2.0 ``podcast:medium`` values; each has a list form ending in "L", plus "mixed".
MEDIUMS = ("podcast", "music", "video", "film", "audiobook", "newsletter", "blog", "publisher", "course")
# Well-known licences (SPDX identifiers) may omit ``url``; any other licence must link its text.
KNOWN_LICENSES = {
    "cc0-1.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc-by-nd-4.0",
    "cc-by-nc-nd-4.0", "cc-by-3.0", "cc-by-sa-3.0", "cc-by-nc-3.0", "cc-by-nc-sa-3.0", "cc-by-nd-3.0",
    "cc-by-nc-nd-3.0", "mit", "apache-2.0", "gpl-3.0", "publicdomain",
}
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


def _check_medium(value: str) -> str:
    if value != "mixed" and value.removesuffix("L") not in MEDIUMS:
        raise ValueError(f"must be one of {', '.join(MEDIUMS)}, a list form such as podcastL, or mixed")
    return value


class Location(_Strict):
    """``podcast:location``: what place the show or episode is about (``subject``) or made in (``creator``)."""

    name: CleanStr = Field(max_length=128)
    geo: str | None = Field(None, pattern=r"^geo:-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?"
                                          r"(,-?\d+(\.\d+)?)?(;u=\d+(\.\d+)?)?$",
                            description="geo URI, e.g. geo:30.2672,-97.7431")
    osm: str | None = Field(None, pattern=r"^[NWR]\d+(#\d+)?$", description="OpenStreetMap id, e.g. R113314")
    country: str | None = Field(None, pattern=r"^[a-zA-Z]{2}$")
    rel: Literal["subject", "creator"] | None = None


class License(_Strict):
    """``podcast:license``: an SPDX identifier such as CC-BY-4.0, or a custom name with its ``url``."""

    identifier: CleanStr = Field(max_length=128)
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @model_validator(mode="after")
    def _custom_needs_url(self) -> License:
        if self.url is None and self.identifier.lower() not in KNOWN_LICENSES:
            raise ValueError(f"{self.identifier!r} is not a well-known licence identifier: give its url")
        return self


class RemoteItem(_Strict):
    """A show another feed recommends: ``podcast:remoteItem`` inside ``podcast:podroll``."""

    feed_guid: str = Field(pattern=_UUID, description="The other show's podcast:guid")
    feed_url: str | None = None
    title: str | None = Field(None, max_length=255)
    medium: str | None = None

    @field_validator("feed_url")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @field_validator("medium")
    @classmethod
    def _medium(cls, value: str | None) -> str | None:
        return None if value is None else _check_medium(value)


class Trailer(_Strict):
    """``podcast:trailer``: a teaser of the show or of one season, hosted anywhere."""

    title: CleanStr = Field(max_length=128)
    url: str
    pub_date: datetime
    bytes: PositiveInt | None = None
    type: str = Field("audio/mpeg", pattern=r"^(audio|video)/[a-z0-9.+-]+$")
    season: PositiveInt | None = None

    @field_validator("url")
    @classmethod
    def _web(cls, value: str) -> str:
        return _check_url(value)

    @field_validator("pub_date")
    @classmethod
    def _timezone_required(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("needs a timezone, e.g. 2021-07-06T09:00:00-04:00 or ...Z")
        return value


class NotifyOptions(_Strict):
    """Who is told the feed changed, right after it is written. Every target is off unless set."""

    websub_hubs: list[str] = Field(default_factory=list, description="WebSub hubs: linked in the feed, pinged")
    pubnotify: bool = Field(False, description="Tell Podcast Index (hub/pubnotify; no key needed)")
    pubnotify_url: str = "https://api.podcastindex.org/api/1.0/hub/pubnotify"
    podping_url: str | None = Field(None, description="A Podping gateway, e.g. https://podping.cloud/")
    podping_token_env: str = Field("CASTFLOW_PODPING_TOKEN", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
                                   description="Name of the variable holding the Podping token")
    timeout_s: float = Field(10.0, gt=0, le=120)

    @field_validator("websub_hubs")
    @classmethod
    def _hubs(cls, value: list[str]) -> list[str]:
        return [_check_url(hub) for hub in value]

    @field_validator("pubnotify_url", "podping_url")
    @classmethod
    def _web(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @property
    def enabled(self) -> bool:
        return bool(self.websub_hubs or self.pubnotify or self.podping_url)


class Show(_Strict):
    """A podcast: ``show.yaml``."""

    title: CleanStr = Field(max_length=255)
    author: CleanStr = Field(max_length=255)
    description: CleanStr = Field(max_length=4000)
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    categories: list[str] = Field(default_factory=lambda: ["Technology"], min_length=1)
    explicit: bool = False
    image: str | None = None
    base_url: str = Field(description="Public URL the store is served at")
    store: str = Field(description="file://DIR or s3://bucket/prefix")
    hosts: list[Person] = Field(default_factory=list)
    owner: Owner | None = None
    link: str | None = Field(None, description="The show's website; defaults to base_url")
    copyright: str | None = None
    show_type: ShowType = ShowType.episodic
    locked: bool = True
    glossary: list[str] = Field(default_factory=list, description="Words Whisper should spell right")
    transcription: TranscriptionOptions = Field(default_factory=TranscriptionOptions)
    notes: NotesOptions = Field(default_factory=NotesOptions)
    funding: list[Funding] = Field(default_factory=list)
    txt: list[TxtRecord] = Field(default_factory=list)
    feed_page_size: int = Field(0, ge=0, description="Episodes in feed.xml; older ones go to RFC 5005 pages. 0 = all")
    medium: str | None = Field(None, description="podcast:medium: podcast, music, video, audiobook, ...")
    podroll: list[RemoteItem] = Field(default_factory=list, description="Shows this show recommends")
    location: list[Location] = Field(default_factory=list)
    license: License | None = None
    trailers: list[Trailer] = Field(default_factory=list, description="Trailers hosted elsewhere")
    alternate_encodings: list[str] = Field(default_factory=list,
                                           description="Extra renditions besides the MP3: opus")
    clips: bool = Field(False, description="Make a square and a vertical video of each soundbite")
    enclosure_prefix: str | None = Field(None, description="Analytics prefix for enclosure URLs, e.g. "
                                                           "https://op3.dev/e/ (feed only)")
    notify: NotifyOptions = Field(default_factory=NotifyOptions)
    source_dir: Path | None = Field(None, exclude=True, description="Folder of show.yaml")

    @field_validator("medium")
    @classmethod
    def _medium(cls, value: str | None) -> str | None:
        return None if value is None else _check_medium(value)

    @field_validator("alternate_encodings")
    @classmethod
    def _encodings(cls, value: list[str]) -> list[str]:
        for encoding in value:
            if encoding not in ALTERNATE_ENCODINGS:
                raise ValueError(f"{encoding!r} is not one of: {', '.join(ALTERNATE_ENCODINGS)}")
        return list(dict.fromkeys(value))

    @field_validator("enclosure_prefix")
    @classmethod
    def _prefix(cls, value: str | None) -> str | None:
        if value is None:
            return None
        _check_url(value)
        if not value.endswith("/"):
            raise ValueError("must end with '/', e.g. https://op3.dev/e/")
        return value

    @field_validator("image")
    @classmethod
    def _image_location(cls, value: str | None) -> str | None:
        return None if value is None else _check_location(value, ("http", "https"))

    @field_validator("base_url", "link")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value).rstrip("/")

    @field_validator("store")
    @classmethod
    def _store_url(cls, value: str) -> str:
        if not re.match(r"^(file://.+|s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?)$", value):
            raise ValueError("must be file://DIR or s3://bucket[/prefix]")
        return value

    @field_validator("categories")
    @classmethod
    def _category_names(cls, value: list[str]) -> list[str]:
        for category in value:
            split_category(category)
        return value

    @model_validator(mode="after")
    def _hosts_are_hosts(self) -> Show:
        for host in self.hosts:
            host.role = host.role or "host"
        return self

    def public_url(self, key: str) -> str:
        """Where the file stored under ``key`` is served.

        >>> Show.model_construct(base_url="https://pod.example/show").public_url("episodes/1x01/")
        'https://pod.example/show/episodes/1x01/'
        """
        return f"{self.base_url}/{key}"

    @property
    def feed_url(self) -> str:
        return self.public_url(FEED_KEY)

    @property
    def website(self) -> str:
        return self.link or self.base_url

    @property
    def podcast_guid(self) -> str:
        return podcast_guid_for(self.feed_url)


class EpisodeInput(_Strict):
    """One episode to publish: ``episode.yaml``."""

    title: CleanStr = Field(max_length=255)
    audio: CleanStr = Field(description="Path relative to episode.yaml, an http(s) URL or an s3:// URI")
    publish_at: datetime | None = Field(None, description="ISO 8601 with a timezone; empty = now")
    description: str | None = Field(None, max_length=20000)
    guests: list[Person] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    season: PositiveInt | None = None
    episode: PositiveInt | None = None
    episode_type: EpisodeType = EpisodeType.full
    explicit: bool | None = None
    image: str | None = None
    image_alt: str | None = Field(None, max_length=500, description="What the episode's image shows")
    location: list[Location] = Field(default_factory=list)
    license: License | None = None
    slug: str | None = None
    guid: str | None = Field(None, min_length=1, max_length=255)
    source_dir: Path | None = Field(None, exclude=True, description="Folder of episode.yaml")

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(SLUG_PATTERN, value):
            raise ValueError("must be 1-80 lower-case letters, digits and dashes, starting with a letter or digit")
        return value

    @field_validator("audio")
    @classmethod
    def _audio_location(cls, value: str) -> str:
        return _check_location(value, ("http", "https", "s3"))

    @field_validator("image")
    @classmethod
    def _image_location(cls, value: str | None) -> str | None:
        return None if value is None else _check_location(value, ("http", "https"))

    @field_validator("publish_at")
    @classmethod
    def _timezone_required(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a timezone, e.g. 2021-07-06T09:00:00-04:00 or ...Z")
        return value

    @field_validator("guests")
    @classmethod
    def _guests_are_guests(cls, value: list[Person]) -> list[Person]:
        for guest in value:
            guest.role = guest.role or "guest"
        return value

    @property
    def resolved_slug(self) -> str:
        return self.slug or slugify(self.title)

    def resolved_audio(self) -> str:
        """The audio location, with a relative path anchored at the episode file's folder."""
        if re.match(r"^(https?|s3)://", self.audio):
            return self.audio
        path = Path(self.audio)
        if not path.is_absolute() and self.source_dir is not None:
            path = self.source_dir / path
        return str(path)


# --- Loading -------------------------------------------------------------------------------------


def _describe(error: dict[str, Any]) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "(top level)"
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown field (check its spelling)"
    return f"field '{field}': {message}"


def describe_problems(error: ValidationError) -> str:
    """The first problem, naming its field, and how many more there are: one line for a person."""
    problems = error.errors()
    more = len(problems) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return _describe(problems[0]) + suffix


def _read_mapping(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError(f"{path}: file not found")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise ConfigError(f"{path}: not valid YAML{line}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a YAML mapping of field: value, got {type(data).__name__}")
    return data


def _validate(model: type[BaseModel], data: dict[str, Any], source: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {describe_problems(exc)}") from None


def load_show(path: str | Path, *, store: str | None = None) -> Show:
    """Read ``show.yaml``; ``store`` overrides its ``store:`` (the CLI's ``--store``)."""
    path = Path(path)
    data = _read_mapping(path)
    if store:
        data["store"] = store
    data["source_dir"] = path.parent.resolve()
    show: Show = _validate(Show, data, str(path))
    if show.image and not re.match(r"^https?://", show.image):
        show.image = str(show.source_dir / show.image)
    return show


def load_episode(path: str | Path, audio_base: str | None = None) -> EpisodeInput:
    """Read ``episode.yaml``; relative audio paths are anchored at its folder, or at ``audio_base``
    (an ``s3://`` prefix when the file came from an S3 inbox)."""
    path = Path(path)
    data = _read_mapping(path)
    data["source_dir"] = path.parent.resolve()
    episode: EpisodeInput = _validate(EpisodeInput, data, str(path))
    # Anchor relative paths now: the episode may travel (to a Prefect worker) without its folder.
    if audio_base and not re.match(r"^(https?|s3)://|/", episode.audio):
        episode.audio = f"{audio_base.rstrip('/')}/{episode.audio}"
    else:
        episode.audio = episode.resolved_audio()
    if episode.image and not re.match(r"^https?://", episode.image):
        episode.image = str(episode.source_dir / episode.image)
    return episode
