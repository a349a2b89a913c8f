"""Both transcription engines side by side: speed, memory, word error rate, prompt options, speakers.

On the seed episode (178 s, four synthetic voices, known script) and on a long file made from it by
concatenation with pauses (ffmpeg), each configuration runs in its own subprocess, so its peak RSS
(``os.wait4``) is its own. The real-time factor is decoding time over audio time, the model already
loaded; the median of ``--repeats`` runs is reported. WER is against the script the audio was
synthesised from, normalised as the tests do, after the name-correction pass.

    .venv/bin/python benchmarks/transcribe.py                # speed table, prompt options, speakers
    .venv/bin/python benchmarks/transcribe.py --repeats 3 --long-minutes 10
    .venv/bin/python benchmarks/transcribe.py --only speed   # or: prompts, speakers
    .venv/bin/python benchmarks/transcribe.py --only devset  # seed + six dev-set episodes (cached)
    .venv/bin/python benchmarks/transcribe.py --only devset --model tiny.en,base  # two models, timed
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.models import TranscriptionOptions, load_episode, load_show  # noqa: E402
from tasks.notes import expected_names  # noqa: E402

SEED_SHOW = ROOT / "seeds" / "show.yaml"
SEED_EPISODE = ROOT / "seeds" / "episodes" / "2x27" / "episode.yaml"
PAUSE_SECONDS = 3

# (label, engine, batched, compute type). The "as shipped" rows call each library's own
# ``transcribe`` with its defaults (beam 5 here): the baselines castflow's engines are measured against.
SPEED_CONFIGS = [
    ("faster batched int8 (default)", "faster", True, "int8"),
    ("faster sequential int8", "faster", False, "int8"),
    ("openai (float32)", "openai", False, "float32"),
    ("faster-whisper as shipped: transcribe(), int8", "faster-library", False, "int8"),
    ("openai-whisper as shipped: transcribe(), float32", "openai-library", False, "float32"),
]
# (label, engine, batched, prompt, first window only, hotwords in batched mode)
PROMPT_OPTIONS = [
    ("faster batched, no prompt + correction (default)", "faster", True, False, False),
    ("faster batched, names as every chunk's prompt", "faster", True, True, False),
    ("faster sequential, no prompt", "faster", False, False, False),
    ("faster sequential, names in the first window's prompt", "faster", False, True, True),
    ("faster sequential, names renewed every window (hotwords)", "faster", False, True, False),
    ("openai, no prompt", "openai", False, False, False),
    ("openai, names in the first window's prompt", "openai", False, True, True),
    ("openai, names renewed every window (carry_initial_prompt)", "openai", False, True, False),
]


def normalise_words(text: str) -> str:
    from tests.conftest import normalise_words as normalise

    return normalise(text)


def seed_context():
    show, episode = load_show(SEED_SHOW), load_episode(SEED_EPISODE)
    names = expected_names(show, episode)
    script = json.loads((SEED_EPISODE.parent / "script.json").read_text())
    return names, list(show.glossary), [h.name for h in show.hosts], " ".join(t["text"] for t in script["turns"])


def word_error_rate(reference_text: str, hypothesis_text: str, names, glossary) -> float:
    import jiwer

    from tasks.transcription.names import NameCorrector

    # The reference goes through the same correction: WER measures hearing, not spelling policy.
    reference = normalise_words(NameCorrector(names, glossary)(reference_text))
    return jiwer.wer(reference, normalise_words(hypothesis_text))


def make_audio(workdir: Path, long_minutes: float) -> dict[str, tuple[Path, int]]:
    """{name: (wav, copies of the script it speaks)}: the seed, and the seed repeated with pauses."""
    seed = workdir / "seed.wav"
    run = ["ffmpeg", "-nostdin", "-y", "-loglevel", "error"]
    subprocess.run([*run, "-i", str(SEED_EPISODE.parent / "audio.mp3"), "-ac", "1", "-ar", "16000", str(seed)],
                   check=True)
    files = {"seed": (seed, 1)}
    if long_minutes > 0:
        duration = float(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                                         "csv=p=0", str(seed)], capture_output=True, text=True).stdout)
        copies = max(2, int(-(-long_minutes * 60 // (duration + PAUSE_SECONDS))))
        inputs = []
        for i in range(copies):
            inputs += ["-i", str(seed)]
            if i < copies - 1:
                inputs += ["-f", "lavfi", "-t", str(PAUSE_SECONDS), "-i", "anullsrc=r=16000:cl=mono"]
        count = 2 * copies - 1
        graph = "".join(f"[{i}:a]" for i in range(count)) + f"concat=n={count}:v=0:a=1[out]"
        long = workdir / f"long-{copies}x.wav"
        subprocess.run([*run, *inputs, "-filter_complex", graph, "-map", "[out]", "-ac", "1", "-ar", "16000",
                        str(long)], check=True)
        files[f"{copies}x seed + {PAUSE_SECONDS}s pauses"] = (long, copies)
    return files


# --- one configuration, in a child process ------------------------------------------------------------

def child(args: argparse.Namespace) -> None:
    from tasks.transcription.engines import recognise
    from tasks.transcription.names import NameCorrector
    from tasks.transcription.weights import openai_checkpoint, resolve_model

    names, glossary, _, script = seed_context()
    if args.engine.endswith("-library"):
        return library_child(args, names, glossary, script)
    options = TranscriptionOptions(engine=args.engine, model=args.model, beam_size=args.beam_size)
    started = time.perf_counter()
    if args.engine == "faster":
        from tasks.transcription.faster_engine import cpu_threads, whisper_model

        whisper_model(str(resolve_model(args.model)), args.compute_type, cpu_threads())
    else:
        from tasks.transcription.openai_engine import load_model

        load_model(str(openai_checkpoint(args.model)))
    loaded = time.perf_counter()
    transcript = recognise(Path(args.wav), options, batched=args.batched, compute_type=args.compute_type)
    done = time.perf_counter()
    text = NameCorrector(names, glossary).transcript(transcript).text
    print(json.dumps({
        "load_s": loaded - started, "decode_s": done - loaded, "duration": transcript.duration,
        "wer": word_error_rate(" ".join([script] * args.copies), text, names, glossary),
    }))


def library_child(args: argparse.Namespace, names, glossary, script) -> None:
    """The library alone, as its README shows it: no VAD, conditioning on previous text, fallback."""
    from tasks.transcription.speech import load_audio
    from tasks.transcription.weights import openai_checkpoint, resolve_model

    audio = load_audio(Path(args.wav))
    started = time.perf_counter()
    if args.engine == "faster-library":
        from faster_whisper import WhisperModel

        from tasks.transcription.faster_engine import cpu_threads

        model = WhisperModel(str(resolve_model(args.model)), device="cpu", compute_type=args.compute_type,
                             cpu_threads=cpu_threads())
        loaded = time.perf_counter()
        segments, _ = model.transcribe(audio, language="en", beam_size=args.beam_size)
        text = " ".join(segment.text for segment in segments)
    else:
        import whisper

        model = whisper.load_model(str(openai_checkpoint(args.model)), device="cpu")
        loaded = time.perf_counter()
        text = model.transcribe(audio, language="en", beam_size=args.beam_size, fp16=False)["text"]
    done = time.perf_counter()
    print(json.dumps({
        "load_s": loaded - started, "decode_s": done - loaded, "duration": len(audio) / 16_000,
        "wer": word_error_rate(" ".join([script] * args.copies), text, names, glossary),
    }))


def run_child(wav: Path, copies: int, engine: str, batched: bool, compute_type: str, model: str,
              beam_size: int) -> dict:
    command = [sys.executable, __file__, "--child", "--wav", str(wav), "--copies", str(copies), "--engine", engine,
               "--compute-type", compute_type, "--model", model, "--beam-size", str(beam_size)]
    if batched:
        command.append("--batched")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)  # this child's own peak, not all children's
    if status != 0:
        raise RuntimeError(f"{engine} on {wav.name} failed: {command}")
    result = json.loads(output.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


def speed(files, repeats: int, model: str, beam_size: int, engines: list[str]) -> list[str]:
    from tasks.transcription.weights import openai_checkpoint

    configs = [c for c in SPEED_CONFIGS if c[1] in engines]
    if any(engine.startswith("openai") for engine in engines):
        openai_checkpoint(model)  # convert once, outside the timings
    rows = ["| audio | engine | RTF (median) | RTF runs | decode s | load s | peak RSS MB | WER |",
            "|---|---|---|---|---|---|---|---|"]
    for name, (wav, copies) in files.items():
        runs: dict[str, list[dict]] = {label: [] for label, *_ in configs}
        for _ in range(repeats):  # interleaved, so a burst of load elsewhere hits every engine alike
            for label, engine, batched, compute_type in configs:
                runs[label].append(run_child(wav, copies, engine, batched, compute_type, model, beam_size))
        for label, results in runs.items():
            rtfs = [r["decode_s"] / r["duration"] for r in results]
            rows.append(
                f"| {name} ({results[0]['duration']:.0f} s) | {label} | {statistics.median(rtfs):.3f} | "
                f"{' '.join(f'{x:.3f}' for x in rtfs)} | {statistics.median(r['decode_s'] for r in results):.1f} | "
                f"{statistics.median(r['load_s'] for r in results):.1f} | "
                f"{max(r['peak_rss_mb'] for r in results):.0f} | {results[0]['wer']:.2%} |")
            print(rows[-1], flush=True)
    return rows


def prompts(seed: Path, model: str, beam_size: int) -> list[str]:
    from tasks.transcription.engines import recognise
    from tasks.transcription.names import NameCorrector, decoder_prompt

    names, glossary, _, script = seed_context()
    fix = NameCorrector(names, glossary)
    prompt = decoder_prompt(names, glossary)
    rows = ["| option | WER | WER before correction | names exact before correction | seconds |",
            "|---|---|---|---|---|"]
    for label, engine, batched, with_prompt, first_only in PROMPT_OPTIONS:
        started = time.perf_counter()
        raw = recognise(seed, TranscriptionOptions(engine=engine, model=model, beam_size=beam_size),
                        prompt=prompt if with_prompt else None, batched=batched, prompt_first_window_only=first_only)
        seconds = time.perf_counter() - started
        exact = sum(name in raw.text for name in names)
        corrected = word_error_rate(script, fix.transcript(raw).text, names, glossary)
        uncorrected = word_error_rate(script, raw.text, names, glossary)
        rows.append(f"| {label} | {corrected:.2%} | {uncorrected:.2%} | {exact}/{len(names)} | {seconds:.0f} |")
        print(rows[-1], flush=True)
    return rows


def speakers(seed: Path) -> list[str]:
    from tasks.transcription.engines import recognise
    from tasks.transcription.names import NameCorrector
    from tasks.transcription.scoring import diarization_error, speaker_turns
    from tasks.transcription.speakers import label_speakers

    names, glossary, hosts, _ = seed_context()
    reference = json.loads((SEED_EPISODE.parent / "reference.json").read_text())["turns"]
    truth = [(t["speaker"], t["start"], t["end"]) for t in reference]
    rows = ["| transcript | DER (names as labelled) | DER (best mapping) | seconds |", "|---|---|---|---|"]
    for label, batched in (("faster batched (default)", True), ("faster sequential", False)):
        raw = recognise(seed, TranscriptionOptions(), batched=batched)
        transcript = NameCorrector(names, glossary).transcript(raw)
        started = time.perf_counter()
        labelled = label_speakers(transcript, seed, names, hosts)
        seconds = time.perf_counter() - started
        turns = speaker_turns(labelled.segments)
        rows.append(f"| {label} | {diarization_error(truth, turns):.2%} | "
                    f"{diarization_error(truth, turns, optimal_mapping=True):.2%} | {seconds:.0f} |")
        print(rows[-1], flush=True)
    return rows


def recognise_timed(ds, episode, options: TranscriptionOptions) -> tuple:
    """(raw transcript, wall s, CPU s) of one recognition; the times are None when the cache answered.
    CPU seconds are the process's, all its threads together: less sensitive than wall time to what
    else runs on a shared machine, so models compare fairly there."""
    if ds.is_recognised(episode.audio, options):
        return ds.recognised(episode.audio, options), None, None
    ds.wav_of(episode.audio)  # decode first: ffmpeg's time is not the recogniser's
    ds.load_recogniser(options, episode.audio)
    wall, cpu = time.perf_counter(), time.process_time()
    raw = ds.recognised(episode.audio, options)
    return raw, time.perf_counter() - wall, time.process_time() - cpu


def devset(speakers_on: bool, only: list[str] | None, models: list[str]) -> dict[str, list[str]]:
    """Per episode and mean over the seed and the dev set, for each model: WER (names from the metadata a
    publish has: hosts and the title's names), names spelled exactly when every person is given as
    ``--names``, segment starts against the true turns. The recognition is cached
    (benchmarks/devset.py, keyed by model). With several models, each episode is recognised by each in
    turn, so a burst of load elsewhere hits them alike, and the last table sets their recognition time
    against the first model's."""
    from benchmarks import devset as ds
    from tasks.transcription import finish_transcript

    header = ["| episode | WER | names exact (all people as --names) | WER then | turn starts within 1 s | "
              "mean start error s | segments | speakers s | names given s | recognise s | recognise CPU s |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    rows = {model: list(header) for model in models}
    totals = {model: {"wer": [], "wer_names": [], "exact": [0, 0], "within": [], "error": []} for model in models}
    times: dict[str, dict[str, tuple]] = {model: {} for model in models}
    for episode in ds.episodes(only):
        for model in models:
            raw, recognise_s, cpu_s = recognise_timed(ds, episode, TranscriptionOptions(model=model))
            times[model][episode.id] = (recognise_s, cpu_s, raw.duration)
            wav = ds.wav_of(episode.audio)
            names = expected_names(episode.show, episode.episode)
            started = time.perf_counter()
            prints = ds.voice_prints(episode.audio) if speakers_on else None
            finished = finish_transcript(raw, wav, names, episode.show.glossary, hosts=episode.host_names,
                                         speakers=speakers_on, voice_prints=prints)
            speakers_s = time.perf_counter() - started
            scored = ds.score(episode, finished)
            people = list(dict.fromkeys([*names, *episode.people]))
            started = time.perf_counter()
            given = finish_transcript(raw, wav, people, episode.show.glossary, hosts=episode.host_names,
                                      speakers=speakers_on, voice_prints=prints)
            given_s = time.perf_counter() - started  # with a guest's name missing, the introductions heard again
            exact, wanted = ds.names_exact(episode, given.text)
            wer_given = ds.score(episode, given)["wer"]["wer"]
            stamps = scored["timestamps"] or {}
            total = totals[model]
            total["wer"].append(scored["wer"]["wer"])
            total["wer_names"].append(wer_given)
            total["exact"][0] += exact
            total["exact"][1] += wanted
            total["within"].append(stamps.get("within_1s", 0.0))
            total["error"].append(stamps.get("mean_abs_error_s", 0.0))
            seconds = lambda x: "cached" if x is None else f"{x:.1f}"  # noqa: E731
            rows[model].append(f"| {episode.id} | {scored['wer']['wer']:.2%} | {exact}/{wanted} | {wer_given:.2%} | "
                               f"{stamps.get('within_1s', 0):.0%} | {stamps.get('mean_abs_error_s', 0):.2f} | "
                               f"{len(finished.segments)} | {speakers_s:.1f} | {given_s:.1f} | "
                               f"{seconds(recognise_s)} | {seconds(cpu_s)} |")
            print(f"{model}: {rows[model][-1]}", flush=True)
    mean = statistics.fmean
    tables = {}
    for model in models:
        total = totals[model]
        rows[model].append(f"| **mean** | {mean(total['wer']):.2%} | {total['exact'][0]}/{total['exact'][1]} | "
                           f"{mean(total['wer_names']):.2%} | {mean(total['within']):.0%} | "
                           f"{mean(total['error']):.2f} | | | | | |")
        tables[f"Seed and dev set: {model}"] = rows[model]
    if len(models) > 1:
        tables[f"Recognition time against {models[0]}"] = time_ratios(times, models)
    return tables


def time_ratios(times: dict[str, dict[str, tuple]], models: list[str]) -> list[str]:
    """Per episode and summed: each model's recognition wall and CPU seconds, and their ratio to the first
    model's. Episodes the cache answered for any model are left out of the sums."""
    first = models[0]
    rows = ["| episode | audio s | " + " | ".join(f"{m} wall s | {m} CPU s" for m in models) + " | "
            + " | ".join(f"{m} / {first} CPU | {m} / {first} wall" for m in models[1:]) + " |"]
    rows.append("|" + "---|" * (2 + 2 * len(models) + 2 * (len(models) - 1)))
    sums = {m: [0.0, 0.0] for m in models}
    audio = 0.0
    for episode_id in times[first]:
        cells = [times[m][episode_id] for m in models]
        timed = all(c[0] is not None for c in cells)
        if timed:
            audio += cells[0][2]
            for m, c in zip(models, cells, strict=True):
                sums[m][0] += c[0]
                sums[m][1] += c[1]
        shown = " | ".join("cached | cached" if c[0] is None else f"{c[0]:.1f} | {c[1]:.1f}" for c in cells)
        ratios = " | ".join(f"{c[1] / cells[0][1]:.2f} | {c[0] / cells[0][0]:.2f}" if timed else "- | -"
                            for c in cells[1:])
        rows.append(f"| {episode_id} | {cells[0][2]:.0f} | {shown} | {ratios} |")
    if audio:
        shown = " | ".join(f"{sums[m][0]:.1f} | {sums[m][1]:.1f}" for m in models)
        ratios = " | ".join(f"{sums[m][1] / sums[first][1]:.2f} | {sums[m][0] / sums[first][0]:.2f}"
                            for m in models[1:])
        rows.append(f"| **sum** | {audio:.0f} | {shown} | {ratios} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--long-minutes", type=float, default=10, help="0 skips the long file")
    parser.add_argument("--long-only", action="store_true", help="time the long file alone")
    parser.add_argument("--only", choices=["speed", "prompts", "speakers", "devset"], action="append")
    parser.add_argument("--episodes", help="devset: ';'-separated episode ids (default: the seed and all six)")
    parser.add_argument("--speakers", choices=["on", "off"],
                        help="devset: speaker labels on or off (default: as TranscriptionOptions has it)")
    parser.add_argument("--model", default="tiny.en",
                        help="devset: ','-separated models side by side, timed against the first (tiny.en,base)")
    parser.add_argument("--engines", default="faster,openai,faster-library,openai-library",
                        help="which rows the speed table runs")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--wav", help=argparse.SUPPRESS)
    parser.add_argument("--copies", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="faster", help=argparse.SUPPRESS)
    parser.add_argument("--batched", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--compute-type", default="int8", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    sections = args.only or ["speed", "prompts", "speakers"]
    if sections == ["devset"]:
        speakers_on = TranscriptionOptions().speakers if args.speakers is None else args.speakers == "on"
        tables = devset(speakers_on, args.episodes.split(";") if args.episodes else None, args.model.split(","))
        for title, rows in tables.items():
            print(f"\n## {title}\n")
            print("\n".join(rows))
        return
    if "," in args.model:
        parser.error("several models (--model a,b) are for --only devset")
    print(f"# {os.cpu_count()} CPUs, model {args.model}, beam {args.beam_size}, repeats {args.repeats}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        files = make_audio(Path(tmp), args.long_minutes if "speed" in sections else 0)
        seed = files["seed"][0]
        tables = {}
        if "speed" in sections:
            timed = {k: v for k, v in files.items() if k != "seed"} if args.long_only else files
            tables["Speed, memory and WER"] = speed(timed, args.repeats, args.model, args.beam_size,
                                                     args.engines.split(","))
        if "prompts" in sections:
            tables["Names in the decoder: WER on the seed"] = prompts(seed, args.model, args.beam_size)
        if "speakers" in sections:
            tables["Speaker labels: diarization error on the seed"] = speakers(seed)
    for title, rows in tables.items():
        print(f"\n## {title}\n")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
