"""Audio preparation: probe, loudness-normalise, encode MP3, tag.

Passes over the source, nothing held in memory, so a three-hour episode costs per second what a
three-minute one does:

1. decode — the 16 kHz mono WAV that speech recognition reads, and nothing else: on 20 minutes of
   stereo MP3 it takes 2.0 s where decoding and metering true peak in the same pass took 9.3 s, so
   recognition starts within seconds (docs/performance.md, "Mastering");
2. master, beside recognition and at a lower CPU priority (``nice``), so it fills the cycles
   recognition leaves idle instead of taking them: meter the source's EBU R128 integrated loudness and
   sample peak (``ebur128``), render one gain to the target loudness (through a limiter only where the
   gain would push peaks over the ceiling, with a trial run to find its makeup) into a constant-bitrate
   MP3 encoder, which podcast apps seek in exactly, then meter the MP3 itself, loudness and true peak.

ffmpeg's ``loudnorm`` does the same in one filter but resamples everything to 192 kHz: on the seed
episode it took 19 s where this takes 5 s (see benchmarks/).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TPE1,
    TRCK,
    CTOCFlags,
    ID3NoHeaderError,
)
from mutagen.mp3 import MP3
from pydub.utils import mediainfo_json

from tasks.artwork import local_image
from tasks.errors import AudioError
from tasks.ffmpeg import last_error_line, recogniser_wav_output, run_ffmpeg
from tasks.models import Chapter, DecodedAudio, EpisodeInput, PreparedAudio, Show
from tasks.progress import Report

# Apple/Spotify guidance: -16 LUFS for stereo, -19 LUFS for mono (same perceived loudness).
TARGET_LUFS = {1: -19.0, 2: -16.0}
TRUE_PEAK_CEILING = -1.5  # dBTP: a margin under the -1 dBTP rule, for the MP3 encoder's overshoot
TRUE_PEAK_RULE = -1.0  # dBTP: what the published MP3 must not exceed (Apple, Spotify); checked on the MP3
# dBFS: the sample-peak limiter sits lower, since true peaks fall between samples. At -1.5 the seed's MP3
# measured -1.81 dBTP by an independent meter (tests/meter.py); at -2.0 the limiter took more loudness.
LIMITER_CEILING = -1.5
# The source is metered for its sample peak, which costs nothing over loudness, instead of its true peak
# (a 4x oversample: 27 CPU-s against 12 on 62 minutes of stereo). True peaks rose at most 0.3 dB over
# sample peaks on the seed and the six dev-set sources; this allowance covers that, and the MP3's own
# true peak is measured anyway, with a render through the limiter if it is over the rule.
INTERSAMPLE_ALLOWANCE = 0.5
# A decibel of gain into the limiter raised the seed's loudness by 0.71 LU (the limiter takes the rest):
# the makeup is divided by this, so one trial lands near the target.
LIMITED_GAIN_SHARE = 0.7
# LAME (at 96 and 128 kb/s, quality 7) took 0.4-0.5 LU from every signal, limited or not: measured on the
# seed and the six dev-set sources, the MP3 metered against what went into the encoder. The render aims
# that much higher, so one encode lands on the target instead of two.
ENCODER_LOSS_LU = 0.5
# The MP3 is metered; further off the target than this, it is rendered once more.
ENCODED_TOLERANCE_LU = 0.3
MP3_BITRATE = {1: "96k", 2: "128k"}
# LAME's algorithm quality (0 best and slowest, 9 fastest), not its bitrate: see MASTERING_MEASURED below.
LAME_QUALITY = 7
# Mastering runs beside recognition at the flow's own priority. It ran at nice 10 while recognition left
# cycles idle; since windows decode side by side (tasks/transcription/windows.py) recognition keeps every
# core busy, and a niced mastering waited for it to end: on the 62-minute benchmark (2 cores, AMD EPYC,
# stop 25) the flow took 162.5 s at 10 (median of 2) and 142.2 s at 0, against 94.4 s for recognition
# alone. CASTFLOW_MASTERING_NICENESS=10 brings the old setting back (docs/performance.md).
MASTERING_NICENESS = 0
AUDIO_VERSION = "4"  # bump when the rendering changes, so files of older runs are not reused
SILENCE_LUFS = -70.0  # EBU R128's absolute gate: below it there is nothing to normalise


@dataclass(frozen=True)
class Loudness:
    integrated: float  # LUFS
    peak: float  # dBTP where metered as a true peak, else dBFS (a sample peak)
    loudness_range: float  # LU


@dataclass(frozen=True)
class Probe:
    duration: float
    channels: int
    codec: str
    sample_rate: int


def probe(path: Path) -> Probe:
    """What ffprobe says about the first audio stream, or a clear AudioError."""
    if not path.is_file():
        raise AudioError(f"{path}: audio file not found")
    if path.stat().st_size == 0:
        raise AudioError(f"{path}: audio file is empty (0 bytes)")
    try:
        info = mediainfo_json(str(path))
    except Exception as exc:  # pydub raises bare exceptions from ffprobe's JSON
        raise AudioError(f"{path}: ffprobe could not read it ({exc})") from None
    streams = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if not streams:
        raise AudioError(f"{path}: not an audio file (no audio stream found)")
    stream = streams[0]
    duration = float(stream.get("duration") or info.get("format", {}).get("duration") or 0)
    if duration <= 0:
        raise AudioError(f"{path}: audio has no duration")
    return Probe(
        duration=duration,
        channels=int(stream.get("channels") or 1),
        codec=str(stream.get("codec_name")),
        sample_rate=int(stream.get("sample_rate") or 0),
    )


def mastering_niceness() -> int:
    return int(os.environ.get("CASTFLOW_MASTERING_NICENESS", MASTERING_NICENESS))


def _ffmpeg(args: list[str], source: Path, *, duration: float | None = None, progress: Report | None = None,
            niceness: int = 0) -> str:
    result = run_ffmpeg(args, duration=duration, progress=progress, niceness=niceness)
    if result.returncode != 0:
        reason = last_error_line(result, "(no message)")
        raise AudioError(f"{source}: ffmpeg could not decode or encode it: {reason}")
    return result.stderr


def _number(text: str) -> float:
    return float("-inf") if text.strip() == "-inf" else float(text)


def parse_ebur128(stderr: str) -> Loudness:
    """The summary ``ebur128`` prints when its stream ends; its peak is the true peak where it was
    metered, else the sample peak.

    >>> parse_ebur128('''Summary:
    ...   Integrated loudness:
    ...     I:         -21.2 LUFS
    ...     Threshold: -31.6 LUFS
    ...   Loudness range:
    ...     LRA:         4.0 LU
    ...   True peak:
    ...     Peak:       -1.2 dBFS''')
    Loudness(integrated=-21.2, peak=-1.2, loudness_range=4.0)
    >>> parse_ebur128('Summary: I: -20.0 LUFS LRA: 3.0 LU Sample peak: Peak: -2.5 dBFS').peak
    -2.5

    Metered without a peak, the peak is unknown:

    >>> parse_ebur128('Summary: I: -20.0 LUFS LRA: 3.0 LU').peak
    nan
    """
    summary = stderr[stderr.rfind("Summary:"):]
    integrated = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    lra = re.search(r"LRA:\s+(-?[\d.]+|-inf) LU", summary)
    peak = (re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
            or re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary))
    if not (integrated and lra):
        raise ValueError("ebur128 printed no summary")
    return Loudness(_number(integrated.group(1)), _number(peak.group(1)) if peak else float("nan"),
                    _number(lra.group(1)))


# framelog=verbose moves the per-100-ms lines below the default log level; the summary stays.
METER = "ebur128=peak=true:framelog=verbose"
# Loudness and the sample peak: what the source needs metered, at the cost of loudness alone.
SOURCE_METER = "ebur128=peak=sample:framelog=verbose"
# Integrated loudness alone, for the limiter's trial run.
LOUDNESS_ONLY = "ebur128=framelog=verbose"


def decode_for_recognition(source: Path, asr_wav: Path, duration: float | None = None,
                           progress: Report | None = None) -> None:
    """Pass 1: the recogniser's 16 kHz mono WAV alone, so recognition can start at once."""
    _ffmpeg(["-nostats", "-i", str(source), *recogniser_wav_output(asr_wav)], source, duration=duration,
            progress=progress)


def analyse(source: Path, duration: float | None = None, progress: Report | None = None,
            niceness: int = 0) -> Loudness:
    """Loudness and sample peak of the source; an AudioError if it is silent."""
    stderr = _ffmpeg(["-nostats", "-i", str(source), "-map", "0:a:0", "-af", SOURCE_METER, "-f", "null", "-"],
                     source, duration=duration, progress=progress, niceness=niceness)
    loudness = parse_ebur128(stderr)
    if loudness.integrated <= SILENCE_LUFS:
        raise AudioError(f"{source}: audio is silent (loudness {loudness.integrated} LUFS)")
    return loudness


def needs_limiter(measured: Loudness, target: float) -> bool:
    """Whether the gain to ``target`` would push the source's peaks (plus what may lie between samples)
    over the ceiling.

    >>> needs_limiter(Loudness(-21.0, -8.0, 4.0), -16.0), needs_limiter(Loudness(-21.0, -2.0, 4.0), -16.0)
    (False, True)
    """
    return measured.peak + (target - measured.integrated) + INTERSAMPLE_ALLOWANCE > TRUE_PEAK_CEILING


def gain_chain(measured: Loudness, target: float, makeup: float = 0.0, limit: bool = False) -> str:
    """The filters that bring ``measured`` to ``target`` LUFS, through the limiter where ``limit``.

    >>> gain_chain(Loudness(-21.0, -8.0, 4.0), -16.0)
    'volume=5.00dB'
    >>> gain_chain(Loudness(-21.0, -1.0, 4.0), -16.0, 0.5, limit=True)
    'volume=5.50dB,alimiter=limit=0.8414:attack=5:release=50:level=false'
    """
    filters = [f"volume={target - measured.integrated + makeup:.2f}dB"]
    if limit:
        filters.append(f"alimiter=limit={10 ** (LIMITER_CEILING / 20):.4f}:attack=5:release=50:level=false")
    return ",".join(filters)


def limiter_makeup(source: Path, measured: Loudness, target: float, niceness: int = 0) -> float:
    """Extra gain that makes up for the loudness the limiter takes away, found by a trial run (a decode
    and the limiter, no encode)."""
    chain = gain_chain(measured, target, limit=True)
    trial = parse_ebur128(_ffmpeg(["-nostats", "-i", str(source), "-map", "0:a:0",
                                   "-af", f"{chain},{LOUDNESS_ONLY}", "-f", "null", "-"], source,
                                  niceness=niceness))
    return (target - trial.integrated) / LIMITED_GAIN_SHARE


def render(source: Path, target: Path, channels: int, measured: Loudness, duration: float | None = None,
           progress: Report | None = None, niceness: int = 0) -> Loudness:
    """Gain (through the limiter where peaks need it) into the MP3 encoder; returns the MP3's own
    loudness and true peak, metered on its decode: what listeners get.

    The render aims over the target by what the encoder is known to take. If the MP3 still misses the
    loudness by more than the tolerance, or its true peak is over the rule, it is rendered once more
    with the miss made up (and through the limiter).
    """
    lufs = TARGET_LUFS[channels]
    aim = lufs + ENCODER_LOSS_LU
    limit = needs_limiter(measured, aim)
    makeup = limiter_makeup(source, measured, aim, niceness) if limit else 0.0

    def encode() -> Loudness:
        _ffmpeg(
            [
                "-nostats", "-i", str(source), "-map", "0:a:0", "-af", gain_chain(measured, aim, makeup, limit),
                "-ac", str(channels), "-ar", "44100",
                "-c:a", "libmp3lame", "-b:a", MP3_BITRATE[channels], "-compression_level", str(LAME_QUALITY),
                "-map_metadata", "-1", "-id3v2_version", "3", "-write_xing", "1",
                str(target),
            ],
            source, duration=duration, progress=progress, niceness=niceness,
        )
        return measure_loudness(target, niceness)

    encoded = encode()
    miss = lufs - encoded.integrated
    if abs(miss) > ENCODED_TOLERANCE_LU or encoded.peak > TRUE_PEAK_RULE:
        makeup += miss / LIMITED_GAIN_SHARE if limit else miss
        limit = limit or encoded.peak > TRUE_PEAK_RULE
        encoded = encode()
    return encoded


@dataclass(frozen=True)
class Id3Tags:
    """What the MP3 says about itself, for players that show the file rather than the feed."""

    title: str
    artist: str
    album: str
    date: str
    comment: str = ""
    track: int | None = None
    cover: Path | None = None


def id3_tags(show: Show, episode: EpisodeInput) -> Id3Tags:
    """The episode's tags: the show is the album and the artist its author; the cover is the
    episode's image, else the show's, when it is a local file (a URL is not fetched to embed it)."""
    date = episode.publish_at.date().isoformat() if episode.publish_at else ""
    return Id3Tags(title=episode.title, artist=show.author, album=show.title, date=date,
                   comment=episode.description or "", track=episode.episode,
                   cover=local_image(episode.image or show.image))


def tag_mp3(path: Path, tags: Id3Tags) -> None:
    """Write ID3v2.3 tags (the version every player reads) with mutagen."""
    try:
        frames = ID3(path)
    except ID3NoHeaderError:
        frames = ID3()
    frames.add(TIT2(encoding=3, text=tags.title))
    frames.add(TPE1(encoding=3, text=tags.artist))
    frames.add(TALB(encoding=3, text=tags.album))
    frames.add(TDRC(encoding=3, text=tags.date))
    frames.add(TCON(encoding=3, text="Podcast"))
    if tags.comment:
        frames.add(COMM(encoding=3, lang="eng", desc="", text=tags.comment[:1000]))
    if tags.track:
        frames.add(TRCK(encoding=3, text=str(tags.track)))
    cover = tags.cover
    if cover is not None and cover.is_file():
        mime = "image/png" if cover.suffix.lower() == ".png" else "image/jpeg"
        frames.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=cover.read_bytes()))
    frames.save(path, v2_version=3)


def with_chapters(audio: PreparedAudio, chapters: list[Chapter], target: Path) -> PreparedAudio:
    """A copy of the MP3 carrying ID3 chapters (CHAP frames under a CTOC table of contents).

    A copy, so the mastered file stays as it was and a re-run can still reuse it.
    """
    shutil.copyfile(audio.path, target)
    tags = ID3(target)
    tags.delall("CHAP")
    tags.delall("CTOC")
    ordered = sorted(chapters, key=lambda c: c.start)
    ids = []
    for number, chapter in enumerate(ordered):
        end = ordered[number + 1].start if number + 1 < len(ordered) else audio.duration
        ids.append(f"chp{number}")
        tags.add(CHAP(element_id=ids[-1], start_time=int(chapter.start * 1000), end_time=int(end * 1000),
                      sub_frames=[TIT2(encoding=3, text=[chapter.title])]))
    if ids:
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                      sub_frames=[TIT2(encoding=3, text=["Chapters"])]))
    tags.save(target, v2_version=3)
    return audio.model_copy(update={"path": target, "bytes": target.stat().st_size, "sha256": sha256_file(target)})


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def decode_audio(source: Path, workdir: Path, progress: Report | None = None) -> DecodedAudio:
    """Pass 1, once per source: the recogniser's WAV (reused while the source is the same)."""
    info = probe(source)
    workdir.mkdir(parents=True, exist_ok=True)
    source_sha256 = sha256_file(source)
    record = workdir / "decoded.json"
    previous = _load(record, DecodedAudio)
    if previous is not None and previous.source_sha256 == source_sha256 and previous.asr_wav.is_file():
        if progress is not None:
            progress(1.0)
        # Same content, but perhaps another path (an earlier run's file may be gone): mastering reads this one.
        return previous.model_copy(update={"source": source})
    asr_wav = workdir / "asr.wav"
    decode_for_recognition(source, asr_wav, info.duration, progress)
    decoded = DecodedAudio(source=source, source_sha256=source_sha256, asr_wav=asr_wav,
                           channels=2 if info.channels >= 2 else 1, duration=round(info.duration, 3))
    record.write_text(decoded.model_dump_json())
    return decoded


def master_audio(decoded: DecodedAudio, workdir: Path, tags: Id3Tags,
                 progress: Report | None = None) -> PreparedAudio:
    """Pass 2: the published MP3 at the target loudness, tagged; at a lower CPU priority than recognition.

    A re-run with the same source and tags (say, after an upload failed) reuses the MP3 of the run
    before while it is intact: for a long episode this stage costs a minute or more.
    """
    cover = tags.cover
    # The cover by content, so a re-run reuses the MP3 exactly when it would be tagged the same.
    tagged = {**asdict(tags), "cover": sha256_file(cover) if cover is not None and cover.is_file() else None}
    key = hashlib.sha256(
        json.dumps([AUDIO_VERSION, decoded.source_sha256, tagged], sort_keys=True).encode()).hexdigest()
    record = workdir / "prepared.json"
    previous = _load(record, PreparedAudio)
    if previous is not None and previous.key == key and previous.path.is_file() \
            and sha256_file(previous.path) == previous.sha256:
        if progress is not None:
            progress(1.0)
        return previous
    mp3 = workdir / "episode.mp3"
    niceness = mastering_niceness()
    report = progress or (lambda fraction: None)
    # Metering the source costs about a sixth of the rest (12 CPU-s against 85 on 62 minutes of stereo).
    measured = analyse(decoded.source, decoded.duration, lambda f: report(f / 6), niceness)
    output = render(decoded.source, mp3, decoded.channels, measured, decoded.duration,
                    lambda f: report(1 / 6 + 5 * f / 6), niceness)
    tag_mp3(mp3, tags)
    prepared = PreparedAudio(
        key=key,
        source_sha256=decoded.source_sha256,
        path=mp3,
        asr_wav=decoded.asr_wav,
        bytes=mp3.stat().st_size,
        duration=round(MP3(mp3).info.length, 3),
        sha256=sha256_file(mp3),
        channels=decoded.channels,
        loudness_lufs=output.integrated,
        true_peak_dbtp=output.peak,
        source_loudness_lufs=measured.integrated,
    )
    record.write_text(prepared.model_dump_json())
    return prepared


def prepare_audio(source: Path, workdir: Path, tags: Id3Tags) -> PreparedAudio:
    """Both passes: decode any audio ffmpeg reads, write ``asr.wav`` and ``episode.mp3`` into ``workdir``."""
    return master_audio(decode_audio(source, workdir), workdir, tags)


def _load(record: Path, model):
    try:
        return model.model_validate_json(record.read_text())
    except (OSError, ValueError):
        return None


def measure_loudness(path: Path, niceness: int = 0) -> Loudness:
    """Loudness and true peak of a file as it is, measured on its own decode: what listeners get."""
    return parse_ebur128(_ffmpeg(["-nostats", "-i", str(path), "-af", METER, "-f", "null", "-"], path,
                                 niceness=niceness))
