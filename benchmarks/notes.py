"""How publishable the show notes are, on the seed and the six dev-set episodes.

Each episode is given as an unknown show would give it: a title and the audio, the hosts in show.yaml.
To judge the notes and not the recogniser, the transcript is the dev set's true turns (``truth.txt``,
one segment per turn, no speaker labels, as the pipeline's default transcription gives them); the seed
uses the Whisper transcript of its audio and the page's 51-minute transcript (tests/data/notes/).

Per episode:

- ``guests``: the truth guests the summary names (full name; the first name where the episode never says
  their surname: "Connor, welcome to Founders Talk") and whose organisation it names;
- ``q`` / ``q small talk`` / ``q not whole``: questions discussed, how many of them are greetings or
  check-ins, and how many do not read as a question on their own (no question word or auxiliary first,
  cut off, quoted, or leaning on a pronoun: "Is it tech lead?", "Was out around 2003-2005?");
- ``generic tags``: tags in a small list of generic or small-talk words;
- ``ch/10min``: chapters per ten minutes, and whether a title is a sentence rather than a topic;
- ``body`` / ``mid-thought`` / ``first person``: the summary's sentences after its opening ("In this
  episode, ... to discuss ..."), and how many of them a reader could not take on their own: one that
  *starts mid-thought* opens with a conjunction or connective ("And", "Except", "Perhaps", "Separately"),
  a word in -ly ("Amazingly enough,"), a pronoun or demonstrative pointing back ("It", "That", "They"),
  a preposition pointing back ("From there", "During that time"), or trails off ("..."); one told in
  the *first person* has "I", "me" or "my" in it (the speaker's own story, not the episode's topic);
- for the seed, the word overlap (F1 of content words) of the summary with the page's own description,
  of the questions with the page's "Three Questions", and the tags shared with the page's.

``--given-guests`` puts the truth guests (with affiliation) in episode.yaml, the way a show that knows
its guests publishes: the summary's opening is then judged apart from guest extraction.
``--generator llm --base-url URL --model NAME`` runs the language-model generator instead.

    .venv/bin/python benchmarks/notes.py [--given-guests] [--json] [--show-notes] [--generator llm ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.devset import devset_root  # noqa: E402
from tasks.models import EpisodeInput, NotesOptions, Person, Segment, Show, Transcript, load_episode, load_show  # noqa: E402
from tasks.notes import generate_notes  # noqa: E402

# The dev set, or another set laid out like it (CASTFLOW_DEVSET=benchmarks/heldout): devset.py decides.
DEVSET = devset_root() or ROOT.parent / "shared" / "devset"
SEED_PAGE = next((p for p in [ROOT.parent / "shared" / "seed-episode.txt", Path("/work/shared/seed-episode.txt")]
                  if p.exists()), ROOT.parent / "shared" / "seed-episode.txt")
FIXTURES = ROOT / "tests" / "data" / "notes"

# The judge's lists, kept apart from the generator's own vocabulary so the benchmark can disagree with it.
GENERIC_TAGS = {
    "company", "companies", "people", "person", "thing", "things", "stuff", "time", "way", "lot", "lots",
    "today", "week", "year", "years", "day", "days", "guys", "folks", "everyone", "question", "questions",
    "episode", "show", "podcast", "conversation", "team", "work", "job", "kind", "sort", "part", "bit",
    "idea", "world", "place", "point", "something", "anything", "everything", "weather", "spring",
    "summer", "winter", "fall", "autumn", "sunny", "rain", "beautiful", "nice", "great", "awesome",
    "morning", "afternoon", "evening", "weekend", "holiday", "intro", "introduction", "welcome",
    "essentially", "basically", "actually", "really", "faster", "better", "process", "project", "projects",
    "organization", "organizations", "computer", "journey", "party", "fun", "stream",
}
SMALL_TALK = re.compile(
    r"\b(?:how are you|how(?:'s| is| have) (?:it going|you been|everything|things|life)|how are things|"
    r"how(?:'s| is) the weather|doing (?:today|well)|good to (?:see|have) you|welcome|thanks? (?:you )?for|"
    r"nice to (?:meet|see)|ready to|can you hear|are you there|what's up|weekend|party|fun|vacation|holiday|"
    r"(?:want|like) to (?:start|go first|kick (?:it|us) off)|bring \w+ (?:over|on))\b",
    re.IGNORECASE,
)
# A question listed as discussed reads on its own: it opens with a question word or an auxiliary (past the
# name it is put to), is not cut off or quoted, and does not lean on a pronoun ("Is it tech lead?").
WHOLE_QUESTION = re.compile(
    r"^(?:[A-Z][\w'-]+, )?(?:what|what's|how|why|where|when|which|who|whose|is|are|was|were|do|does|did|can|"
    r"could|will|would|should|have|has|had)\b[^…\"“”]*\?$", re.IGNORECASE)
LEANING = re.compile(r"^(?:is|was|are|were|does|did)\s+(?:it|that|this|they)\b", re.IGNORECASE)
SENTENCE_TITLE = re.compile(r"[.?!]$|\b(?:is|are|was|were|do|does|did|have|has|produce|produces)\b", re.IGNORECASE)
# A summary sentence that leans on what came before it (the judge's own list, not the generator's).
MID_THOUGHT = re.compile(
    r"^(?:(?:and|but|or|so|because|except|perhaps|maybe|separately|specifically|however|also|then|plus|though|"
    r"although|since|well|yeah|yes|okay|oh|anyway|now|just|really|actually|essentially|basically|like|even|"
    r"still|yet|which|who|instead|otherwise|meanwhile|besides|therefore|thus|hence|again|finally|later|"
    r"it|it's|that|that's|this|these|those|they|they're|he|she|them)\b|\w+ly\b(?: enough)?,|"
    r"(?:from|through|during|since|after|before|at|in|by|with) (?:there|then|that|this|those|these)\b)",
    re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
OPENING = re.compile(r"^In this episode, .*?[.!?](?:\s+|$)")
_WORD = re.compile(r"[a-z][a-z0-9'-]+")
_STOP = set("the a an and or of to in on for with is are was were be been it this that we you i they "
            "at as by from about what how why who which can will would could should do does did have has "
            "our your their its not but so if into over than then there".split())


def content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def overlap_f1(candidate: str, reference: str) -> float:
    """Unigram F1 of content words (ROUGE-1 on content words)."""
    a, b = content(candidate), content(reference)
    if not a or not b:
        return 0.0
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def org_named(affiliation: str | None, summary: str, companies: list[dict] = ()) -> bool:
    """Whether the summary names the guest's organisation: the affiliation's capitalised words, or another
    name the truth's company list gives that organisation ("Cloudera's Fast Forward Labs", "Influx Data"),
    whether the list knows it by those words or by the affiliation whole ("neuland - Büro für Informatik").

    >>> org_named("Cloudera Fast Forward Labs", "Victor Dibia, research engineer at Cloudera's Fast Forward Labs")
    False
    >>> org_named("Cloudera Fast Forward Labs", "Victor Dibia, research engineer at Cloudera's Fast Forward Labs",
    ...           [{"name": "Cloudera Fast Forward Labs", "aliases": ["Cloudera's Fast Forward Labs"]}])
    True
    >>> org_named("neuland - Büro für Informatik", "Michael Geers of Neuland joins",
    ...           [{"name": "neuland - Büro für Informatik", "aliases": ["neuland"]}])
    True

    Spaces do not count: a name is spoken the same either way, and a recogniser writes "Code Sandbox" for
    CodeSandbox.

    >>> org_named("CodeSandbox", "Ives van Hoorne, creator of Code Sandbox, joins")
    True
    """
    if not affiliation:
        return True
    orgs = re.findall(r"[A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+)*", affiliation) or [affiliation]
    for company in companies:
        known = [company["name"], *company.get("aliases", [])]
        if any(name.lower() == org.lower() for name in known for org in [affiliation, *orgs]):
            orgs += known
    squeezed = re.sub(r"\s+", "", summary.lower())
    return any(re.sub(r"\s+", "", o.lower()) in squeezed for o in orgs)


def devset_episodes() -> list[dict]:
    episodes = []
    for folder in sorted((DEVSET / "episodes").iterdir()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        segments = []
        lines = (folder / "truth.txt").read_text(encoding="utf-8").splitlines()
        stamps = []
        for line in lines:
            match = re.match(r"\[\s*([\d.]+)\]\s*([^:]+):\s*(.*)", line)
            if match:
                stamps.append((float(match.group(1)), match.group(3).strip()))
        duration = float(truth["audio"]["duration_s"])
        for i, (start, text) in enumerate(stamps):
            end = stamps[i + 1][0] if i + 1 < len(stamps) else duration
            segments.append(Segment(start=start, end=end, text=text))
        episodes.append({
            "id": truth["id"], "title": truth["title"], "hosts": truth["hosts"], "guests": truth["guests"],
            # "Practical AI (Changelog Media)": the publisher in brackets is no part of the show's title.
            "show": re.sub(r"\s*\(.*\)$", "", truth.get("podcast") or truth["show"]),
            "description": truth.get("description") or "", "companies": truth.get("companies", []),
            "transcript": Transcript(engine="truth", model="truth.txt", duration=duration, segments=segments),
        })
    return episodes


def seed_reference() -> dict:
    """The seed page's own notes: description, three questions, tags."""
    text = SEED_PAGE.read_text(encoding="utf-8") if SEED_PAGE.exists() else ""
    description = text.split("Episode Date:", 1)[-1].split("\n\n", 1)[-1].split("Three Questions", 1)[0].strip()
    questions_part = text.split("Three Questions", 1)[-1].split("Companies Mentioned", 1)[0]
    questions = [q.strip() + "?" for q in questions_part.split("?") if q.strip()][:3]
    tags = text.split("Tags:", 1)[-1].split("\n", 1)[0].replace(",", " ").split() if "Tags:" in text else []
    return {"summary": description, "questions": questions, "tags": tags}


def show_for(base: Show, title: str, hosts: list[dict], description: str = "",
             generator: NotesOptions | None = None) -> Show:
    people = [Person(name=h["name"], role="host") for h in hosts]
    update = {"title": title, "author": title, "hosts": people, "description": description or title}
    if generator is not None:
        update["notes"] = generator
    return base.model_copy(update=update)


def body_sentences(summary: str) -> list[str]:
    """The summary's sentences after its "In this episode, ..." opening.

    >>> body_sentences("In this episode, A joins B to discuss C. It works. CUDA is fast.")
    ['It works.', 'CUDA is fast.']
    """
    opening = OPENING.match(summary)
    rest = summary[opening.end():] if opening else summary
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])", rest.strip()) if s]


def as_spoken(name: str, spoken: str) -> str:
    """A guest's name as the episode lets anyone know it: whole, or the first name where the surname is
    never said.

    >>> as_spoken("Connor Sears", "Connor, welcome."), as_spoken("Connor Sears", "Hi, Connor Sears.")
    ('Connor', 'Connor Sears')
    """
    first, *rest = name.split()
    return name if not rest or re.search(rf"\b{re.escape(rest[-1])}\b", spoken, re.IGNORECASE) else first


def names_said(guest: dict, summary: str, spoken: str = "") -> bool:
    """Whether the summary names the guest as the episode does: by the truth's name or by a full-name alias
    the truth records as spoken ("Peter Cailliau" for Pieter, "Mik Lysenko" for Mikola).

    >>> guest = {"name": "Pieter Cailliau", "aliases": ["Pieter", "Peter", "Peter Cailliau"]}
    >>> names_said(guest, "Peter Cailliau joins Chris"), names_said(guest, "Peter joins Chris", "Peter Cailliau")
    (True, False)
    """
    names = [guest["name"], *(a for a in guest.get("aliases", []) if " " in a.strip())]
    return any(re.search(rf"\b{re.escape(as_spoken(n, spoken or n))}\b", summary, re.IGNORECASE) for n in names)


def score(notes, guests: list[dict], duration: float, spoken: str = "", companies: list[dict] = ()) -> dict:
    summary = notes.summary
    named = [g for g in guests if names_said(g, summary, spoken)]
    with_org = [g for g in named if org_named(g.get("affiliation"), summary, companies)]
    small = [q for q in notes.questions if SMALL_TALK.search(q)]
    broken = [q for q in notes.questions if not WHOLE_QUESTION.match(q) or LEANING.match(q) or len(q.split()) < 4]
    generic = [t for t in notes.tags if t.lower() in GENERIC_TAGS
               or all(w in GENERIC_TAGS or w in _STOP for w in t.lower().split())]
    sentence_titles = [c.title for c in notes.chapters if SENTENCE_TITLE.search(c.title) or len(c.title.split()) > 6]
    body = body_sentences(summary)
    return {
        "body": body, "mid_thought": [s for s in body if MID_THOUGHT.match(s) or "..." in s or "…" in s],
        "first_person": [s for s in body if FIRST_PERSON.search(s)],
        "guests": f"{len(named)}/{len(guests)}", "orgs": f"{len(with_org)}/{len(guests)}",
        "questions": len(notes.questions), "small_talk_questions": len(small),
        "broken_questions": broken,
        "generic_tags": generic, "chapters": len(notes.chapters),
        "chapters_per_10min": round(len(notes.chapters) / (duration / 600), 1) if duration else 0,
        "sentence_titles": sentence_titles,
        "found_guests": [f"{g.name} ({g.affiliation or '-'})" for g in notes.guests],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--given-guests", action="store_true", help="truth guests in episode.yaml")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show-notes", action="store_true", help="print each episode's notes")
    parser.add_argument("--generator", choices=["offline", "llm"], default="offline")
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--only", help="comma-separated episode ids")
    args = parser.parse_args()
    options = None
    if args.generator == "llm":
        options = NotesOptions(generator="llm", llm_base_url=args.base_url, llm_model=args.model,
                               llm_timeout_s=args.timeout)
    seed_show = load_show(ROOT / "seeds" / "show.yaml")
    seed_episode = load_episode(ROOT / "seeds" / "episodes" / "2x27" / "episode.yaml")
    seed_guests = [{"name": "Demetrios Brinkmann", "affiliation": "MLOps Community"},
                   {"name": "David Aponte", "affiliation": "MLOps Community"}]
    runs = []
    for source in ("audio", "page"):
        transcript = Transcript.model_validate_json(
            (FIXTURES / f"seed-{source}-transcript.json").read_text(encoding="utf-8"))
        show = seed_show.model_copy(update={"notes": options}) if options else seed_show
        guests = [Person(name=g["name"], role="guest", affiliation=g["affiliation"]) for g in seed_guests]
        runs.append((f"seed_{source}", show, EpisodeInput(title=seed_episode.title, audio=seed_episode.audio,
                                                          guests=guests if args.given_guests else []),
                     transcript, seed_guests, []))
    base = seed_show.model_copy(update={"source_dir": None})
    for ep in devset_episodes():
        guests = [Person(name=g["name"], role="guest", affiliation=g.get("affiliation")) for g in ep["guests"]]
        runs.append((ep["id"], show_for(base, ep["show"], ep["hosts"], generator=options),
                     EpisodeInput(title=ep["title"], audio="audio.mp3", guests=guests if args.given_guests else []),
                     ep["transcript"], ep["guests"], ep["companies"]))
    if args.only:
        wanted = set(args.only.split(","))
        runs = [r for r in runs if r[0] in wanted]
    reference = seed_reference()
    rows = []
    for name, show, episode, transcript, guests, companies in runs:
        started = time.perf_counter()
        notes = generate_notes(show, episode, transcript)
        row = {"episode": name, "seconds": round(time.perf_counter() - started, 1),
               **score(notes, guests, transcript.duration, transcript.text, companies)}
        if name.startswith("seed") and reference["summary"]:
            row["seed_summary_f1"] = round(overlap_f1(notes.summary, reference["summary"]), 2)
            row["seed_questions_f1"] = round(overlap_f1(" ".join(notes.questions), " ".join(reference["questions"])), 2)
            row["seed_tags_shared"] = sorted({t.lower() for t in notes.tags} & {t.lower() for t in reference["tags"]})
        row["notes"] = {"summary": notes.summary, "questions": notes.questions, "tags": notes.tags,
                        "chapters": [f"{c.start:.0f}s {c.title}" for c in notes.chapters]}
        rows.append(row)
        if args.show_notes and not args.json:
            print(f"\n=== {name}\n{json.dumps(row['notes'], indent=1, ensure_ascii=False)}")
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    print(f"\ngenerator: {args.generator}{' (' + args.model + ')' if args.model else ''}; "
          f"guests: {'given (truth in episode.yaml)' if args.given_guests else 'found (title and audio only)'}\n")
    print("| episode | guests named | orgs named | body | mid-thought | first person | questions "
          "| small talk q | q not whole | generic tags | chapters/10 min | sentence titles | seed summary F1 "
          "| seed questions F1 | s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['episode']} | {r['guests']} | {r['orgs']} | {len(r['body'])} | {len(r['mid_thought'])} "
              f"| {len(r['first_person'])} | {r['questions']} | {r['small_talk_questions']} "
              f"| {len(r['broken_questions'])} "
              f"| {len(r['generic_tags'])}{' ' + str(r['generic_tags']) if r['generic_tags'] else ''} "
              f"| {r['chapters_per_10min']} | {len(r['sentence_titles'])} | {r.get('seed_summary_f1', '')} "
              f"| {r.get('seed_questions_f1', '')} | {r['seconds']} |")


if __name__ == "__main__":
    main()
