"""Soundbites as shareable videos: for each, an MP4 (H.264 + AAC) in square and vertical shape with
the cover art, a moving waveform (ffmpeg's ``showwaves``) and captions burned in from the
transcript's words (an ASS file drawn by libass through ffmpeg's ``subtitles`` filter).

720 px wide rather than 1080: social apps re-encode anyway, and it costs about half the encoding time
(benchmarks/clips.py measures the cost per clip).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from tasks.artwork import local_image
from tasks.audio import AudioError, sha256_file
from tasks.models import Clip, EpisodeInput, PreparedAudio, Show, ShowNotes, Soundbite, Transcript
from tasks.storage.layout import clip_key

FPS = 25
WIDTH = 720
WAVE_HEIGHT = 160
BACKGROUND = "0x14141e"
FONT = "DejaVu Sans"  # fonts-dejavu-core: the Makefile installs it where it is missing
# A caption line: at most this many words, or this many seconds, whichever comes first.
CAPTION_WORDS = 4
CAPTION_SECONDS = 2.0


@dataclass(frozen=True)
class Shape:
    name: str
    width: int
    height: int
    cover_y: int  # where the cover art sits (the square one fills the frame, dimmed)
    wave_y: int
    caption_margin: int  # from the bottom edge, for libass


SQUARE = Shape("square", WIDTH, WIDTH, 0, WIDTH - WAVE_HEIGHT - 20, WAVE_HEIGHT + 60)
VERTICAL = Shape("vertical", WIDTH, 1280, 140, 140 + WIDTH + 40, 150)
SHAPES = (SQUARE, VERTICAL)


@dataclass(frozen=True)
class Caption:
    start: float  # seconds from the clip's start
    end: float
    text: str


def _timed_words(transcript: Transcript, start: float, end: float) -> list[tuple[float, float, str]]:
    """Words overlapping [start, end]; a segment without word times has its words spread evenly."""
    words = []
    for segment in transcript.segments:
        if segment.end <= start or segment.start >= end:
            continue
        if segment.words:
            words += [(w.start, w.end, w.word.strip()) for w in segment.words]
        else:
            texts = segment.text.split()
            step = (segment.end - segment.start) / max(len(texts), 1)
            words += [(segment.start + i * step, segment.start + (i + 1) * step, t) for i, t in enumerate(texts)]
    return [(s, e, w) for s, e, w in words if w and e > start and s < end]


def captions(transcript: Transcript, bite: Soundbite) -> list[Caption]:
    """The soundbite's words as short caption lines, timed from the clip's start.

    >>> from tasks.models import Segment, Word
    >>> words = [Word(start=10 + i * 0.5, end=10.4 + i * 0.5, word=w) for i, w in enumerate("a b c d e f".split())]
    >>> t = Transcript(engine="x", model="x", duration=20, segments=[Segment(start=10, end=13, text="", words=words)])
    >>> [(c.start, c.end, c.text) for c in captions(t, Soundbite(start=10.5, duration=2.0))]
    [(0.0, 1.9, 'b c d e')]
    """
    end = bite.start + bite.duration
    lines: list[Caption] = []
    group: list[tuple[float, float, str]] = []

    def flush() -> None:
        if group:
            lines.append(Caption(round(max(group[0][0], bite.start) - bite.start, 2),
                                 round(min(group[-1][1], end) - bite.start, 2), " ".join(w for _, _, w in group)))
            group.clear()

    for word in _timed_words(transcript, bite.start, end):
        if group and (len(group) >= CAPTION_WORDS or word[1] - group[0][0] > CAPTION_SECONDS):
            flush()
        group.append(word)
    flush()
    return lines


def _ass_time(seconds: float) -> str:
    centiseconds = int(round(max(seconds, 0) * 100))
    hours, rest = divmod(centiseconds, 360000)
    minutes, rest = divmod(rest, 6000)
    return f"{hours}:{minutes:02d}:{rest // 100:02d}.{rest % 100:02d}"


def _ass_text(text: str) -> str:
    # Braces open override blocks and a backslash starts a command in ASS: keep the words as words.
    return text.replace("\\", "\u29f5").replace("{", "(").replace("}", ")").replace("\n", " ")


def write_ass(lines: list[Caption], shape: Shape, path: Path) -> Path:
    """An ASS subtitle file for ``shape``: large white text with a dark outline, bottom centre."""
    header = (
        "[Script Info]\nScriptType: v4.00+\n"
        f"PlayResX: {shape.width}\nPlayResY: {shape.height}\nWrapStyle: 0\n\n"
        "[V4+ Styles]\n"
        "Format: Name, Fontname, Fontsize, PrimaryColour, OutlineColour, BackColour, Bold, BorderStyle, "
        "Outline, Shadow, Alignment, MarginL, MarginR, MarginV\n"
        f"Style: Caption,{FONT},52,&H00FFFFFF,&H00000000,&H80000000,1,1,3,0,2,40,40,{shape.caption_margin}\n\n"
        "[Events]\nFormat: Layer, Start, End, Style, Text\n"
    )
    events = [f"Dialogue: 0,{_ass_time(c.start)},{_ass_time(c.end)},Caption,{_ass_text(c.text)}" for c in lines]
    path.write_text(header + "\n".join(events) + "\n", encoding="utf-8")
    return path


def _filtergraph(shape: Shape, has_cover: bool, ass_name: str) -> str:
    size = f"{shape.width}x{shape.height}"
    # Cube-root scale: speech sits far below full scale, and a linear wave would be a flat line.
    wave = (f"[0:a]showwaves=s={shape.width}x{WAVE_HEIGHT}:mode=cline:rate={FPS}:colors=white:scale=cbrt,"
            "format=rgba[wave]")
    if not has_cover:
        base = f"color=c={BACKGROUND}:s={size}:r={FPS}[base]"
    elif shape.height == shape.width:
        base = f"[1:v]scale={shape.width}:{shape.width},setsar=1,eq=brightness=-0.3,fps={FPS}[base]"
    else:
        base = (f"color=c={BACKGROUND}:s={size}:r={FPS}[bg];[1:v]scale={shape.width}:{shape.width},setsar=1[cover];"
                f"[bg][cover]overlay=0:{shape.cover_y}:shortest=1[base]")
    return (f"{wave};{base};[base][wave]overlay=0:{shape.wave_y}:shortest=1,"
            f"subtitles=filename={ass_name},format=yuv420p[video]")


def render_clip(audio: Path, cover: Path | None, bite: Soundbite, lines: list[Caption], shape: Shape,
                target: Path) -> Path:
    """One MP4 of ``bite`` in ``shape``; the captions file is written beside ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    ass = write_ass(lines, shape, target.with_suffix(".ass"))
    inputs = ["-ss", f"{bite.start:.3f}", "-t", f"{bite.duration:.3f}", "-i", str(audio.resolve())]
    if cover is not None:
        inputs += ["-loop", "1", "-framerate", str(FPS), "-i", str(cover.resolve())]
    command = ["ffmpeg", "-hide_banner", "-nostdin", "-v", "error", "-y", *inputs,
               "-filter_complex", _filtergraph(shape, cover is not None, ass.name),
               "-map", "[video]", "-map", "0:a:0", "-t", f"{bite.duration:.3f}",
               "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
               "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-shortest", target.name]
    # Run in the clip's folder: the subtitles filter takes a bare file name without escaping trouble.
    result = subprocess.run(command, capture_output=True, text=True, cwd=target.parent)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise AudioError(f"{audio}: ffmpeg could not make the {shape.name} clip at {bite.start:.1f}s: {last}")
    return target


@dataclass(frozen=True)
class ClipFiles:
    bite: Soundbite
    files: dict[str, Path]  # shape name -> MP4
    sha256: dict[str, str]


def small_cover(cover: Path, target: Path) -> Path:
    """The cover at the clips' width, once: scaling 3000 px art for every frame was most of the cost."""
    from PIL import Image

    with Image.open(cover) as image:
        image.convert("RGB").resize((WIDTH, WIDTH), Image.LANCZOS).save(target)
    return target


def make_clips(audio: Path, cover: Path | None, transcript: Transcript, soundbites: list[Soundbite],
               workdir: Path) -> list[ClipFiles]:
    """Every soundbite in every shape, into ``workdir/clips``."""
    made = []
    if soundbites and cover is not None:
        (workdir / "clips").mkdir(parents=True, exist_ok=True)
        cover = small_cover(cover, workdir / "clips" / "cover.png")
    for number, bite in enumerate(soundbites, start=1):
        lines = captions(transcript, bite)
        files = {shape.name: render_clip(audio, cover, bite, lines, shape,
                                         workdir / "clips" / f"clip-{number}-{shape.name}.mp4")
                 for shape in SHAPES}
        made.append(ClipFiles(bite, files, {name: sha256_file(path) for name, path in files.items()}))
    return made


def published_clips(base_url: str, slug: str, made: list[ClipFiles]) -> list[tuple[Clip, dict[str, Path]]]:
    """Each clip's record and its files by store key, as ``assemble_episode`` takes them."""
    published = []
    for number, clip in enumerate(made, start=1):
        keys = {shape: clip_key(slug, number, shape, clip.sha256[shape]) for shape in clip.files}
        record = Clip(start=clip.bite.start, duration=clip.bite.duration, title=clip.bite.title,
                      square_url=f"{base_url}/{keys['square']}", vertical_url=f"{base_url}/{keys['vertical']}")
        published.append((record, {keys[shape]: clip.files[shape] for shape in keys}))
    return published


def episode_clips(show: Show, episode: EpisodeInput, audio: PreparedAudio, transcript: Transcript,
                  notes: ShowNotes, workdir: Path) -> list[tuple[Clip, dict[str, Path]]]:
    """Each of the notes' soundbites as square and vertical videos, ready to publish; none unless the
    show sets ``clips: true``. The background is the episode's cover, else the show's, when local."""
    if not show.clips or not notes.soundbites:
        return []
    made = make_clips(audio.path, local_image(episode.image or show.image), transcript, notes.soundbites, workdir)
    return published_clips(show.base_url, episode.resolved_slug, made)
