"""Sentences of a transcript, ranked: the raw material of summaries, questions and chapters."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from tasks.models import Segment, Transcript
from tasks.notes.lexicon import FILLERS, GENERIC, NAME_ABBREVIATIONS, QUESTION_OPENERS, SMALL_TALK_WORDS, STOPWORDS

# A question a written transcript runs on from with an ellipsis ("... 2-3 weeks ago?...very recently.") ends
# there too.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])|(?<=\?)(?:\.\.\.|…)\s*")
# A full stop that ends an abbreviation or an initial ("D. Sculley", "Dr. Ng") ends no sentence.
_ABBREVIATION = re.compile(
    rf"(?:\b[A-Z]|\b(?:{'|'.join(sorted(NAME_ABBREVIATIONS))}|vs|etc|Inc|Corp|Ltd|No|e\.g|i\.e))\.$")
_TOKEN = re.compile(r"[a-z][a-z0-9'-]*[a-z0-9]")
_LEADING_FILLER = re.compile(
    r"^(?:(?:(?:so|and|but|or|yeah|yes|well|okay|ok|oh|um|uh|now|anyway|anyways|i mean|you know|like|"
    r"right|sure|absolutely|great|cool|alright)\b[,.]?|wait,)\s+)+",
    re.IGNORECASE,
)
_DISFLUENCY = re.compile(r"(?:,\s*)?\b(?:uh|um|uhm|erm)\b,?\s*", re.IGNORECASE)
_REPEAT = re.compile(r"\b(\w+)(?:[,\s]+\1\b)+", re.IGNORECASE)


def straight_apostrophes(transcript: Transcript) -> Transcript:
    """The transcript with typographic apostrophes made plain, as a recogniser writes them and the rules read
    them: a written transcript's "I’m talking with Travis Kimmel" is an introduction too.

    >>> said = Transcript(engine="import", model="srt", duration=1, segments=[Segment(start=0, end=1,
    ...                   text="I’m talking with Travis Kimmel.")])
    >>> straight_apostrophes(said).text
    "I'm talking with Travis Kimmel."
    """
    if not any("’" in s.text for s in transcript.segments):
        return transcript
    return transcript.model_copy(update={"segments": [
        s.model_copy(update={"text": s.text.replace("’", "'")}) for s in transcript.segments]})


@dataclass(frozen=True)
class Sentence:
    text: str
    start: float
    speaker: str | None
    index: int


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one piece of text with their character offsets.

    >>> split_sentences("We met D. Sculley. He said hi! Did you?")
    [(0, 'We met D. Sculley.'), (19, 'He said hi!'), (31, 'Did you?')]
    >>> split_sentences("How did it change since the launch?...very recently. I think.")
    [(0, 'How did it change since the launch?'), (38, 'very recently.'), (53, 'I think.')]
    """
    pieces: list[tuple[int, str]] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[begin:match.start()].rstrip()
        if _ABBREVIATION.search(candidate):
            continue
        pieces.append((begin, candidate))
        begin = match.end()
    if text[begin:].strip():
        pieces.append((begin, text[begin:].strip()))
    return [(offset, piece) for offset, piece in pieces if piece]


def _time_at(segment: Segment, text: str, offset: int) -> float:
    """When the character at ``offset`` of the segment's text is spoken: its word's start if the
    recogniser gave word times, else interpolated along the segment."""
    if segment.words:
        index = len(text[:offset].split())
        return segment.words[min(index, len(segment.words) - 1)].start
    if not text:
        return segment.start
    return segment.start + (segment.end - segment.start) * offset / len(text)


def sentences(transcript: Transcript) -> list[Sentence]:
    """Sentences with the time they start, across segment boundaries.

    >>> from tasks.models import Segment
    >>> t = Transcript(engine="x", model="y", duration=10, segments=[
    ...     Segment(start=0, end=4, text="Hello there. How are"), Segment(start=5, end=10, text="you? Fine.")])
    >>> [(s.text, s.start) for s in sentences(t)]
    [('Hello there.', 0.0), ('How are you?', 2.6), ('Fine.', 7.5)]
    """
    result: list[Sentence] = []
    pending, pending_start, pending_speaker = "", 0.0, None
    for segment in transcript.segments:
        text = segment.text.strip()
        if pending and (segment.speaker != pending_speaker and segment.speaker is not None):
            result.append(Sentence(pending, pending_start, pending_speaker, len(result)))
            pending = ""
        parts = split_sentences(text)
        for position, (offset, part) in enumerate(parts):
            if not pending:
                pending_start, pending_speaker = round(_time_at(segment, text, offset), 3), segment.speaker
            pending = f"{pending} {part}".strip()
            complete = position < len(parts) - 1 or part.rstrip("\"'”’)").endswith((".", "!", "?"))
            if complete and not _ABBREVIATION.search(pending):
                result.append(Sentence(pending, pending_start, pending_speaker, len(result)))
                pending = ""
    if pending:
        result.append(Sentence(pending, pending_start, pending_speaker, len(result)))
    return result


def stem(word: str) -> str:
    """A word's plural folded into its singular, enough to match "providers" with "provider".

    >>> [stem(w) for w in ["providers", "companies", "class", "data", "process"]]
    ['provider', 'company', 'class', 'data', 'process']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stems(phrase: str) -> set[str]:
    """The stemmed words of a phrase, to tell whether two phrases share or contain each other's words.

    >>> sorted(stems("Code Reviews"))
    ['code', 'review']
    """
    return {stem(w) for w in phrase.lower().split()}


def content_words(text: str) -> list[str]:
    """Lower-case words that carry meaning.

    >>> content_words("The MLOps community has grown, and it's huge.")
    ['mlops', 'community', 'grown', 'huge']
    """
    return [w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS and w not in FILLERS and len(w) > 2]


def topic_words(text: str) -> list[str]:
    """Content words that could be a topic: no generic conversation words, plurals folded.

    >>> topic_words("Cloud providers make things easier; the cloud provider runs it.")
    ['cloud', 'provider', 'cloud', 'provider', 'run']
    """
    return [stem(w) for w in content_words(text) if w not in GENERIC]


def clean(text: str) -> str:
    """A spoken sentence made readable: no leading fillers, "uh"s or stutters; capitalised.

    >>> clean("So, yeah, uh, the the data is, um, what matters.")
    'The data is what matters.'
    >>> clean("Wait, why should I use gaming technology?"), clean("Wait until the build ends.")
    ('Why should I use gaming technology?', 'Wait until the build ends.')
    """
    text = _DISFLUENCY.sub(" ", text)
    text = _REPEAT.sub(r"\1", text)
    text = _LEADING_FILLER.sub("", text.strip())
    text = re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    return text[:1].upper() + text[1:]


def _weights(items: list[Sentence]) -> dict[str, float]:
    documents = [set(topic_words(s.text)) for s in items]
    frequency = Counter(word for doc in documents for word in doc)
    total = len(documents) or 1
    return {w: math.log(1 + c) * math.log(1 + total / c) for w, c in frequency.items()}


def rank(items: list[Sentence]) -> list[tuple[float, Sentence]]:
    """Sentences scored by how central their words are to the whole text (a TF-IDF centroid)."""
    weights = _weights(items)
    scored = []
    for sentence in items:
        words = topic_words(sentence.text)
        if len(words) < 4:  # short sentences are greetings and fillers, never the gist
            continue
        score = sum(weights[w] for w in set(words)) / (len(sentence.text.split()) ** 0.5)
        scored.append((score, sentence))
    return sorted(scored, key=lambda pair: pair[0], reverse=True)


SMALL_TALK = re.compile(
    r"\b(?:how(?:'s| is| are| have) (?:it going|you|things|everything|life|the weather)|how are things|"
    r"what have you been up to|what's up|good to (?:see|have|hear)|nice to (?:meet|see)|can you hear|"
    r"are you (?:there|ready)|(?:(?:want|like) to|wanna) (?:start|go first|kick)|"
    r"why don't (?:we|you) (?:bring|start|kick)|(?:does|did) (?:that|this|it) make sense|"
    r"thanks? (?:you )?(?:so much |very much )?for|welcome)\b|\b(?:"
    + "|".join(sorted(SMALL_TALK_WORDS)) + r")\b",
    re.IGNORECASE,
)


def is_small_talk(text: str) -> bool:
    """Greetings, check-ins, the weather and the weekend.

    >>> is_small_talk("How's it going today, Daniel?"), is_small_talk("Do you have a party over the weekend?")
    (True, True)
    >>> is_small_talk("How do you measure how fast a page is?"), is_small_talk("Does that make sense, managed DBs?")
    (False, True)
    """
    return bool(SMALL_TALK.search(text))


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


_RHETORICAL = re.compile(r"(?:\bright|\byou know|\bokay|\bagain|\bno|\beh|\bhuh|\bwhy not|\bisn't it)\?$",
                         re.IGNORECASE)


def question_text(text: str, max_words: int = 30) -> str:
    """The question itself from a spoken sentence: fillers dropped, the lead-in before the last clause
    that asks cut when the sentence is long.

    >>> question_text("And so, uh, David, what have you seen over the last year?")
    'David, what have you seen over the last year?'
    >>> question_text("That's a great point. I mean, it is complicated, but how big can ML models get?")
    'How big can ML models get?'
    """
    pieces = [clean(p) for _, p in split_sentences(text)]
    text = pieces[-1] if pieces else clean(text)
    if len(text.split()) > 12 or not _opens_question(text):
        clauses = re.split(r"(?<=[,;:])\s+", text)
        for start in range(len(clauses)):
            tail = clean(" ".join(clauses[start:]))
            if _opens_question(tail) and len(tail.split()) >= 4:
                text = tail
                break
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:") + "…?"
    return text


def _opens_question(text: str) -> bool:
    """Whether ``text`` opens like a question, past a vocative ("David, what ...").

    >>> _opens_question("David, what have you seen?"), _opens_question("I think so?")
    (True, False)
    """
    words = re.findall(r"[A-Za-z']+", text)
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in QUESTION_OPENERS | STOPWORDS \
            and re.match(rf"{re.escape(words[0])},", text):
        words = words[1:]
    return bool(words) and words[0].lower() in QUESTION_OPENERS


def opens_topic(text: str) -> bool:
    """A real question (not a rhetorical tag, not a clause inside an answer), the kind a host opens
    a topic with.

    >>> opens_topic("So, David, what are you seeing in the market?"), opens_topic("It's also how do we do that?")
    (True, False)
    >>> opens_topic("That works, right?")
    False
    """
    text = text.strip()
    if not text.rstrip("\"'”’)").endswith("?") or _RHETORICAL.search(text):
        return False
    cleaned = clean(text)
    return len(cleaned.split()) >= 4 and _opens_question(cleaned)
