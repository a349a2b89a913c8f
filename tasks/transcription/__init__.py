"""Speech to text: recognise, spell the names right, say who speaks, write every transcript format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tasks.models import Transcript, TranscriptionOptions
from tasks.transcription.addressed import addressed_names, confirm_addressed
from tasks.transcription.engines import prompted_decoder, recognise
from tasks.transcription.formats import MIME_TYPES, WRITERS
from tasks.transcription.names import NameCorrector, decoder_prompt
from tasks.transcription.relisten import (
    doubtful_introductions,
    doubtful_sentences,
    hear_whole,
    missing_names,
    rehear,
    relisten,
    stretches_of,
)
from tasks.transcription.turns import readable_segments

PROMPTS = ("none", "names")
# The model that hears doubtful introductions again: Whisper base (the 'base' extra), 1.9 x tiny.en's CPU,
# on a few sentences an episode. On the dev set it heard "Will Rainey" where tiny.en heard "we're rainy".
LARGER_MODEL = {"tiny.en": "base", "tiny": "base"}


def transcribe_audio(
    wav: Path,
    options: TranscriptionOptions,
    names: list[str] = (),
    glossary: list[str] = (),
    progress: Callable[[float], None] | None = None,
    *,
    hosts: list[str] | None = None,
    speakers: bool | None = None,
    prompt: str | None = None,
) -> Transcript:
    """Recognise speech in ``wav``; names and terms come out spelled as given.

    ``progress`` is called with the fraction of the audio done, from 0.0 to 1.0.
    ``prompt="names"`` also gives the names and terms to the decoder, renewed for every window
    (the default, ``"none"``, measured a lower word error rate on the seed episode).
    ``speakers=True`` labels each segment with a speaker (needs resemblyzer); ``hosts`` (default: the
    first name) tells it whose voice opens the show. Unset, both read ``options`` fields of that name.
    """
    prompt = prompt or options.prompt
    if prompt not in PROMPTS:
        raise ValueError(f"prompt {prompt!r}: one of {', '.join(PROMPTS)}")
    names, glossary = list(names), list(glossary)
    decoder_text = decoder_prompt(names, glossary) if prompt == "names" else None
    transcript = recognise(wav, options, progress, prompt=decoder_text)
    return finish_transcript(transcript, wav, names, glossary, hosts=hosts,
                             speakers=options.speakers if speakers is None else speakers, options=options)


def finish_transcript(
    transcript: Transcript,
    wav: Path,
    names: list[str] = (),
    glossary: list[str] = (),
    *,
    hosts: list[str] | None = None,
    speakers: bool = False,
    voice_prints=None,
    options: TranscriptionOptions | None = None,
) -> Transcript:
    """Everything after recognition: names spelled as given, speakers, segments a reader can follow.

    Split from ``transcribe_audio`` so the benchmarks measure this on a cached recognition.
    ``voice_prints`` (optional) are the speaker encoder's prints of ``wav``, when already computed.
    ``options`` (default: the defaults, on the transcript's model) say how names not heard even nearly
    are listened for again (relisten.py): the names of all but the ``hosts``, when ``hosts`` are given.
    """
    names, glossary = list(names), list(glossary)
    options = options or TranscriptionOptions(model=transcript.model)
    transcript = NameCorrector(names, glossary).transcript(transcript)
    if options.relisten:
        transcript = hear_names_again(transcript, wav, names, hosts, options, glossary)
    if speakers:
        from tasks.transcription.speakers import label_speakers

        transcript = label_speakers(transcript, wav, names, names[:1] if hosts is None else list(hosts),
                                    prints=voice_prints)
    return readable_segments(transcript)


def hear_names_again(transcript: Transcript, wav: Path, names: list[str], hosts: list[str] | None,
                     options: TranscriptionOptions, glossary: list[str] = ()) -> Transcript:
    """Introductions decoded again (relisten.py): whole by the larger model where tiny.en doubts a word of
    them, with the names as a prompt where a guest's name given is still missing, then by the larger model
    again, cut wider, where a name not given may still have been heard as ordinary words. Last, a doubted
    first name said to someone is marked where the larger model hears it alike (addressed.py)."""
    # Hosts are named in every episode and rarely say their full names, so listening for them would
    # cost seconds on every episode for nothing (3-20 s on four dev-set episodes, none found).
    listened = [name for name in names if hosts is None or name not in hosts]
    larger = LARGER_MODEL.get(options.model)
    # A beam, not greedy: greedy base heard "Will Rainey" in 2 of 4 cuts of that sentence, the beam in all 4.
    # None without the 'base' extra.
    wanted = doubtful_sentences(transcript, names) or addressed_names(transcript, names)
    rehearing = prompted_decoder(options.model_copy(update={"model": larger}), options.beam_size) \
        if larger is not None and wanted else None
    if rehearing is None and not missing_names(transcript, listened):
        return transcript
    with stretches_of(wav) as read:
        if rehearing is not None:
            # Base's spelling of a name given may differ from it ("Daniel Whiteneck"): corrected again.
            transcript = NameCorrector(names, glossary).transcript(hear_whole(transcript, read, names, rehearing))
        if missing_names(transcript, listened):
            transcript = relisten(transcript, read, listened, prompted_decoder(options), decoder_prompt(names))
        if rehearing is not None and doubtful_introductions(transcript, names):
            transcript = rehear(transcript, read, names, rehearing)
        if rehearing is not None:
            transcript = confirm_addressed(transcript, read, rehearing, larger, names)
    return transcript


def write_transcripts(transcript: Transcript, directory: Path, stem: str = "transcript") -> dict[str, Path]:
    """Every format side by side: ``{"vtt": .../transcript.vtt, ...}``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for extension, writer in WRITERS.items():
        path = directory / f"{stem}.{extension}"
        path.write_text(writer(transcript), encoding="utf-8")
        written[extension] = path
    return written


__all__ = ["MIME_TYPES", "finish_transcript", "transcribe_audio", "write_transcripts"]
