"""How well the offline show notes find the seed episode's people and organisations.

The seed episode's page (shared/seed-episode.txt) is the truth. Two transcripts are measured:

- ``audio``: the seed audio (the first three minutes, four synthetic voices) transcribed by the
  pipeline's own Whisper model, names and glossary as the publish flow passes them;
- ``page``: the page's full written transcript (51 minutes), parsed from its "Starting point is"
  paragraphs into segments, without speaker labels.

Either way the episode's metadata is what an unknown show would give: a title and the audio, with the
hosts in show.yaml. See benchmarks/README-extraction.md for the truth sets and the figures.

    .venv/bin/python benchmarks/extraction.py [--source page|audio|both] [--page PATH] [--json] [--audio-fixture]
    .venv/bin/python benchmarks/extraction.py --write-fixtures   # refresh tests/data/notes/
    .venv/bin/python benchmarks/extraction.py --source devset    # seed + six dev-set episodes, score.py
    .venv/bin/python benchmarks/extraction.py --source devset --model base   # another recogniser
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.models import EpisodeInput, Segment, Transcript, load_episode, load_show  # noqa: E402
from tasks.notes import expected_names, write_notes  # noqa: E402

SEED_SHOW = ROOT / "seeds" / "show.yaml"
SEED_EPISODE = ROOT / "seeds" / "episodes" / "2x27" / "episode.yaml"
FIXTURES = ROOT / "tests" / "data" / "notes"
PAGE_CANDIDATES = [ROOT.parent / "shared" / "seed-episode.txt", ROOT / "shared" / "seed-episode.txt"]
_STAMP = re.compile(r"Starting point is (\d\d):(\d\d):(\d\d)\s*")

# The truth, from the episode page. Guests and hosts as its "Guests and Hosts" list spells them.
GUESTS = {"Demetrios Brinkmann", "David Aponte"}
HOSTS = {"Steph Locke", "Stephen Foskett"}
# Companies: the page's "Companies Mentioned" (Microsoft, Tecton, Scale AI) plus the organisations of
# the page's affiliations (Nightingale HQ, Gestalt IT, Tech Field Day, MLOps Community). Only those
# spoken in a transcript can be found in it, so each source's truth is this set cut to what it says.
PAGE_COMPANIES = {"Microsoft", "Tecton", "Scale AI", "Nightingale HQ", "Gestalt IT", "Tech Field Day",
                  "MLOps Community"}
# Other organisations the page's transcript speaks of, read off it by hand (companies, an institute):
# a found name among them is not a false positive. Products (SageMaker, Azure, Kafka, Feast), events
# (AI Field Day), podcasts and platforms people are reached on (LinkedIn, Twitter, Slack) are not
# organisations here.
ALSO_SPOKEN = {"Google", "Pinterest", "Benevolent AI", "McKinsey", "AWS"}


def parse_page(path: Path) -> Transcript:
    """The page's written transcript: one segment per "Starting point is HH:MM:SS" paragraph."""
    text = path.read_text(encoding="utf-8")
    body = text.split("\nTranscript\n", 1)[-1]
    body = body.split("There aren't comments yet")[0]
    parts = _STAMP.split(body)
    stamps = [int(h) * 3600 + int(m) * 60 + int(s)
              for h, m, s in zip(parts[1::4], parts[2::4], parts[3::4], strict=True)]
    texts = [" ".join(t.split()) for t in parts[4::4]]
    segments = []
    for number, (start, words) in enumerate(zip(stamps, texts, strict=True)):
        end = stamps[number + 1] if number + 1 < len(stamps) else start + max(10, len(words.split()) / 2.7)
        if words:
            segments.append(Segment(start=float(start), end=float(end), text=words))
    return Transcript(engine="page", model="written", duration=segments[-1].end, segments=segments)


def transcribe_seed(show, bare: EpisodeInput) -> tuple[Transcript, float]:
    from tasks.transcription import transcribe_audio

    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "seed.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(bare.audio), "-ac", "1",
                        "-ar", "16000", str(wav)], check=True)
        began = time.perf_counter()
        transcript = transcribe_audio(wav, show.transcription, expected_names(show, bare), show.glossary)
        return transcript, time.perf_counter() - began


def _said(name: str, text: str) -> bool:
    squash = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())  # noqa: E731
    return squash(name) in squash(text)


def precision_recall(found: list[str], truth: set[str], also_correct: set[str] = frozenset()) -> dict:
    found_set = set(found)
    hits = found_set & truth
    correct = found_set & (truth | set(also_correct))
    return {
        "found": sorted(found_set),
        "truth": sorted(truth),
        "precision": round(len(correct) / len(found_set), 3) if found_set else 1.0,
        "recall": round(len(hits) / len(truth), 3) if truth else 1.0,
        "missed": sorted(truth - found_set),
        "false": sorted(found_set - truth - set(also_correct)),
    }


def measure(name: str, transcript: Transcript) -> dict:
    show = load_show(SEED_SHOW)
    episode = load_episode(SEED_EPISODE)
    bare = EpisodeInput(title=episode.title, audio=episode.audio)  # what an unknown show gives
    began = time.perf_counter()
    notes = write_notes(show, bare, transcript)
    seconds = time.perf_counter() - began
    text = transcript.text
    spoken_companies = {c for c in PAGE_COMPANIES if _said(c, text)}
    return {
        "source": name,
        "words": len(text.split()),
        "notes_seconds": round(seconds, 2),
        "guests": precision_recall([g.name for g in notes.guests], GUESTS),
        "hosts": precision_recall([h.name for h in notes.hosts], HOSTS),
        "companies (page truth, spoken)": precision_recall(
            [c.name for c in notes.companies], spoken_companies, {c for c in ALSO_SPOKEN if _said(c, text)}),
        "companies (page truth, all 7)": precision_recall(
            [c.name for c in notes.companies], PAGE_COMPANIES, {c for c in ALSO_SPOKEN if _said(c, text)}),
        "tags": notes.tags,
        "questions": notes.questions,
        "summary": notes.summary,
        "chapters": [f"{c.start:7.1f} {c.title}" for c in notes.chapters],
    }


def _report(result: dict) -> None:
    print(f"\n== {result['source']} ({result['words']} words, notes in {result['notes_seconds']} s)")
    for key in ("guests", "hosts", "companies (page truth, spoken)", "companies (page truth, all 7)"):
        r = result[key]
        print(f"{key:32} precision {r['precision']:.2f}  recall {r['recall']:.2f}  found {r['found']}"
              + (f"  missed {r['missed']}" if r["missed"] else "") + (f"  wrong {r['false']}" if r["false"] else ""))
    print("tags:     ", ", ".join(result["tags"]))
    print("summary:  ", result["summary"])
    print("questions:", *result["questions"], sep="\n  - ")
    print("chapters: ", *result["chapters"], sep="\n  ")


def devset(only: list[str] | None = None, speakers: bool | None = None, model: str | None = None) -> list[dict]:
    """Guests, hosts and companies on the seed's audio and the six dev-set episodes, from title and audio
    only (hosts in show.yaml), scored by the dev set's score.py. Recognition is cached (devset.py) per
    model (default: the configured one)."""
    from benchmarks import devset as ds
    from benchmarks.notes import org_named
    from benchmarks.notes import score as notes_score
    from tasks.models import TranscriptionOptions
    from tasks.transcription import finish_transcript

    options = TranscriptionOptions() if model is None else TranscriptionOptions(model=model)
    speakers = options.speakers if speakers is None else speakers
    results = []
    for episode in ds.episodes(only):
        raw = ds.recognised(episode.audio, options)
        names = expected_names(episode.show, episode.episode)
        prints = ds.voice_prints(episode.audio) if speakers else None
        transcript = finish_transcript(raw, ds.wav_of(episode.audio), names, episode.show.glossary,
                                       hosts=episode.host_names, speakers=speakers, voice_prints=prints)
        began = time.perf_counter()
        notes = write_notes(episode.show, episode.episode, transcript)
        seconds = time.perf_counter() - began
        scored = ds.score(episode, guests=[g.name for g in notes.guests], companies=[c.name for c in notes.companies],
                          hosts=[h.name for h in notes.hosts])
        # The "done when", from audio: the truth's spelling of each guest, as the excerpt says it.
        done = notes_score(notes, episode.truth.get("guests", []), transcript.duration,
                           episode.truth.get("transcript_text", ""), episode.truth.get("companies", []))
        # The same, for guests found as the recogniser spelled them (score.py's match: "Will Rainey" for
        # Will Ramey): named in the summary as found, with the truth's organisation.
        affiliation = {g["name"]: g.get("affiliation") for g in episode.truth.get("guests", [])}
        heard = [m for m in scored["guests"]["matched"] if m["predicted"] in notes.summary]
        done["heard"] = f"{len(heard)}/{len(affiliation)}"
        with_org = sum(org_named(affiliation.get(m["truth"]), notes.summary, episode.truth.get("companies", []))
                       for m in heard)
        done["heard_orgs"] = f"{with_org}/{len(affiliation)}"
        results.append({"id": episode.id, "notes_seconds": round(seconds, 2), "guests": scored["guests"],
                        "done_when": {k: done[k] for k in ("guests", "orgs", "heard", "heard_orgs", "questions",
                                                           "small_talk_questions",
                                                           "broken_questions", "generic_tags", "sentence_titles")},
                        "first_names": first_name_guests(episode.truth, [g.name for g in notes.guests]),
                        "companies": scored["companies"], "hosts": scored["hosts"],
                        "affiliations": {g.name: g.affiliation for g in notes.guests}})
    return results


def first_name_guests(truth: dict, found: list[str]) -> tuple[int, int]:
    """(found, in all) of the truth's guests whose surname the excerpt never says, found by their first name
    (the scorer matches it where the truth lists it as an alias, as the held-out sets do).

    >>> truth = {"guests": [{"name": "Connor Sears"}, {"name": "Ada Lovelace"}],
    ...          "transcript_text": "Connor, Ada Lovelace"}
    >>> first_name_guests(truth, ["Conor", "Ada Lovelace"]), first_name_guests(truth, [])
    ((1, 1), (0, 1))
    """
    from benchmarks.notes import as_spoken
    from tasks.notes.names import similar_names

    text = truth.get("transcript_text", "")
    unsaid = [g["name"] for g in truth.get("guests", []) if as_spoken(g["name"], text) != g["name"]]
    return sum(any(similar_names(n.split()[0], f) for f in found) for n in unsaid), len(unsaid)


def _devset_report(results: list[dict]) -> None:
    def cell(r: dict, key: str) -> str:
        p, rec = r[key]["precision"], r[key]["recall"]
        return f"{'-' if p is None else f'{p:.2f}'} / {'-' if rec is None else f'{rec:.2f}'}"

    print("| episode | guests P / R | companies P / R | guests found (affiliation) | companies missed "
          "| companies extra |")
    print("|---|---|---|---|---|---|")
    sums = {"guests": [0, 0, 0], "companies": [0, 0, 0]}  # matched, predicted, truth
    for r in results:
        for key in sums:
            sums[key][0] += len(r[key]["matched"])
            sums[key][1] += r[key]["n_predicted"]
            sums[key][2] += r[key]["n_truth"]
        found = "; ".join(f"{n} ({a})" if a else n for n, a in r["affiliations"].items())
        print(f"| {r['id']} | {cell(r, 'guests')} | {cell(r, 'companies')} | {found} | "
              f"{', '.join(r['companies']['missed'])} | {', '.join(r['companies']['extra'])} |")
    pooled = {k: (v[0] / v[1] if v[1] else 1.0, v[0] / v[2] if v[2] else 1.0) for k, v in sums.items()}
    means = {k: tuple(statistics.fmean(x) for x in zip(*[
        (r[k]["precision"] if r[k]["precision"] is not None else (1.0 if not r[k]["n_truth"] else 0.0),
         r[k]["recall"] if r[k]["recall"] is not None else 1.0) for r in results], strict=True)) for k in sums}
    print(f"| **mean of episodes** | {means['guests'][0]:.2f} / {means['guests'][1]:.2f} | "
          f"{means['companies'][0]:.2f} / {means['companies'][1]:.2f} | | | |")
    print(f"| **pooled** | {pooled['guests'][0]:.2f} / {pooled['guests'][1]:.2f} "
          f"({sums['guests'][0]} of {sums['guests'][2]}, {sums['guests'][1]} found) | "
          f"{pooled['companies'][0]:.2f} / {pooled['companies'][1]:.2f} "
          f"({sums['companies'][0]} of {sums['companies'][2]}, {sums['companies'][1]} found) | | | |")
    first = [sum(r["first_names"][i] for r in results) for i in (0, 1)]
    print(f"\nGuests whose surname is never said, found by first name: {first[0]} of {first[1]}.")
    _done_when_report(results)


def _done_when_report(results: list[dict]) -> None:
    """The show-notes issue's "done when", checked on the notes written from audio."""
    def pooled(key: str) -> tuple[int, int]:
        pairs = [tuple(map(int, r["done_when"][key].split("/"))) for r in results]
        return sum(a for a, _ in pairs), sum(b for _, b in pairs)

    print("\n| episode | summary names guest / with organisation (spelled right) | the same, as heard "
          "| questions (small talk, broken) | generic tags | sentence chapter titles |")
    print("|---|---|---|---|---|---|")
    for r in results:
        d = r["done_when"]
        print(f"| {r['id']} | {d['guests']} / {d['orgs']} | {d['heard']} / {d['heard_orgs']} "
              f"| {d['questions']} ({d['small_talk_questions']}, "
              f"{len(d['broken_questions'])}) | {', '.join(d['generic_tags']) or '-'} "
              f"| {', '.join(d['sentence_titles']) or '-'} |")
    (named, guests), (with_org, _) = pooled("guests"), pooled("orgs")
    (heard, _), (heard_org, _) = pooled("heard"), pooled("heard_orgs")
    three = sum(r["done_when"]["questions"] >= 3 for r in results)
    print(f"| **all** | {named} / {with_org} of {guests} | {heard} / {heard_org} of {guests} "
          f"| {three} of {len(results)} episodes with 3 or more "
          f"({sum(r['done_when']['small_talk_questions'] for r in results)}, "
          f"{sum(len(r['done_when']['broken_questions']) for r in results)}) "
          f"| {sum(len(r['done_when']['generic_tags']) for r in results)} "
          f"| {sum(len(r['done_when']['sentence_titles']) for r in results)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", choices=["page", "audio", "both", "devset"], default="both")
    parser.add_argument("--episodes", help="devset: ';'-separated episode ids (default: the seed and all six)")
    parser.add_argument("--speakers", choices=["on", "off"], help="devset: speaker labels (default: as configured)")
    parser.add_argument("--model", help="devset: the recogniser's model, e.g. base (default: as configured)")
    parser.add_argument("--page", type=Path, help="the episode page (default: shared/seed-episode.txt)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--write-fixtures", action="store_true", help="refresh the test fixtures")
    parser.add_argument("--audio-fixture", action="store_true",
                        help="use the stored Whisper transcript (tests/data/notes/) instead of transcribing")
    args = parser.parse_args(argv)
    if args.source == "devset":
        results = devset(args.episodes.split(";") if args.episodes else None,
                         None if args.speakers is None else args.speakers == "on", args.model)
        if args.json:
            print(json.dumps(results, indent=2, ensure_ascii=False))
        else:
            _devset_report(results)
        return 0
    page = args.page or next((p for p in PAGE_CANDIDATES if p.is_file()), None)
    show = load_show(SEED_SHOW)
    episode = load_episode(SEED_EPISODE)
    bare = EpisodeInput(title=episode.title, audio=episode.audio)
    transcripts: dict[str, Transcript] = {}
    if args.source in ("page", "both") or args.write_fixtures:
        if page is not None:
            transcripts["page"] = parse_page(page)
        else:
            transcripts["page"] = Transcript.model_validate_json((FIXTURES / "seed-page-transcript.json").read_text())
    if args.audio_fixture and not args.write_fixtures:
        transcripts["audio"] = Transcript.model_validate_json((FIXTURES / "seed-audio-transcript.json").read_text())
    elif args.source in ("audio", "both") or args.write_fixtures:
        transcripts["audio"], seconds = transcribe_seed(show, bare)
        print(f"transcribed the seed audio in {seconds:.1f} s", file=sys.stderr)
    if args.write_fixtures:
        FIXTURES.mkdir(parents=True, exist_ok=True)
        for name, transcript in transcripts.items():
            path = FIXTURES / f"seed-{name}-transcript.json"
            path.write_text(transcript.model_dump_json(exclude_none=True), encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    results = [measure(name, transcripts[name]) for name in ("audio", "page") if name in transcripts
               and (args.source == "both" or args.source == name)]
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        for result in results:
            _report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
