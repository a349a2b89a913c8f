"""An episode's publishable files and its index record, assembled in a local folder before upload."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tasks.artwork import local_image
from tasks.audio import sha256_file, with_chapters
from tasks.models import (
    AlternateAudio,
    AudioFile,
    Clip,
    EpisodeInput,
    EpisodeRecord,
    PreparedAudio,
    Rendition,
    Show,
    ShowNotes,
    Transcript,
    TranscriptLink,
)
from tasks.notes.chapters import chapters_json
from tasks.renditions import sri
from tasks.site import episode_page_files
from tasks.storage.layout import audio_key, chapters_key, cover_key, episode_prefix, notes_key, transcript_key
from tasks.transcription import MIME_TYPES, write_transcripts


@dataclass
class EpisodeBundle:
    """Files to upload (``{store key: local path}``) and the record that points at them."""

    record: EpisodeRecord
    files: dict[str, Path] = field(default_factory=dict)


def episode_guid(show: Show, episode: EpisodeInput) -> str:
    """Given, or derived from the show and slug so that a re-run keeps it."""
    return episode.guid or str(uuid.uuid5(uuid.UUID(show.podcast_guid), episode.resolved_slug))


def image_url(show: Show, image: str | None) -> tuple[str | None, dict[str, Path]]:
    """The public URL of a show or episode image, and the upload it needs when it is a local file:
    a URL is used as it is; a file is published under a key made from its content."""
    path = local_image(image)
    if path is None:
        return image or None, {}
    key = cover_key(sha256_file(path), path.suffix)
    return show.public_url(key), {key: path}


def assemble_episode(
    show: Show,
    episode: EpisodeInput,
    audio: PreparedAudio,
    transcript: Transcript,
    notes: ShowNotes,
    workdir: Path,
    renditions: list[Rendition] = (),
    clips: list[tuple[Clip, dict[str, Path]]] = (),
) -> EpisodeBundle:
    """``renditions`` become alternate enclosures; ``clips`` are each a Clip and its files by key."""
    slug = episode.resolved_slug
    cover_url, cover_upload = image_url(show, episode.image)
    if notes.chapters:
        audio = with_chapters(audio, notes.chapters, workdir / "published.mp3")
    files: dict[str, Path] = {audio_key(slug, audio.sha256): audio.path}
    alternates = []
    for rendition in renditions:
        key = audio_key(slug, rendition.sha256, rendition.path.suffix.lstrip("."))
        files[key] = rendition.path
        alternates.append(AlternateAudio(url=show.public_url(key), type=rendition.type, codecs=rendition.codecs,
                                         bytes=rendition.bytes, bitrate=rendition.bitrate,
                                         title=rendition.encoding.capitalize(), integrity=sri(rendition.sha256)))
    for _clip, clip_files in clips:
        files.update(clip_files)
    for extension, path in write_transcripts(transcript, workdir / "transcript").items():
        files[transcript_key(slug, extension)] = path
    chapters_path = workdir / "chapters.json"
    chapters_path.write_text(chapters_json(notes.chapters, episode.title), encoding="utf-8")
    if notes.chapters:
        files[chapters_key(slug)] = chapters_path
    for extension, text in {"md": notes.markdown, "html": notes.html}.items():
        path = workdir / f"notes.{extension}"
        path.write_text(text, encoding="utf-8")
        files[notes_key(slug, extension)] = path

    transcripts = [
        TranscriptLink(url=show.public_url(transcript_key(slug, ext)), type=MIME_TYPES[ext],
                       language=transcript.language, rel="captions" if ext in ("vtt", "srt") else None)
        for ext in MIME_TYPES  # every format written, the HTML one included
    ]
    record = EpisodeRecord(
        guid=episode_guid(show, episode),
        title=episode.title,
        slug=slug,
        pub_date=(episode.publish_at or datetime.now(UTC)).replace(microsecond=0),
        audio=AudioFile(url=show.public_url(audio_key(slug, audio.sha256)), bytes=audio.bytes,
                        duration=audio.duration, type=audio.mime_type),
        audio_sha256=audio.sha256,
        transcripts=transcripts,
        chapters_url=show.public_url(chapters_key(slug)) if notes.chapters else None,
        link=show.public_url(episode_prefix(slug)),
        description=notes.description,
        content_html=notes.html,
        summary=notes.summary,
        guests=notes.guests,
        hosts=notes.hosts,
        companies=notes.companies,
        tags=notes.tags,
        chapters=notes.chapters,
        soundbites=notes.soundbites,
        season=episode.season,
        episode=episode.episode,
        episode_type=episode.episode_type,
        explicit=episode.explicit if episode.explicit is not None else show.explicit,
        image=cover_url,
        image_alt=episode.image_alt,
        location=episode.location,
        license=episode.license,
        alternate_audio=alternates,
        clips=[clip for clip, _files in clips],
    )
    files.update(episode_page_files(show, record, transcript, audio, workdir))
    record.files = sorted(files)
    # The cover is uploaded but not listed in the record's files, which remove-files deletes when an
    # edit replaces them: its key is its content's hash, so other episodes may use the same file.
    return EpisodeBundle(record=record, files={**files, **cover_upload})
