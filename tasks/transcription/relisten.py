"""Names heard again: a second, targeted decoding where a metadata name was likely said but not heard.

The correction pass (names.py) fixes spellings that are near a name in letters or in sound. Far misses are
beyond it: tiny.en hears "Will Ramey" as "we're rainy" and "Nishant Roy" as "Mission Roy". Given the
names as a prompt, the same model hears both right, but a prompt over the whole episode costs words
elsewhere (names.py measured WER 10.3% against 3.4% on the seed). So only the few seconds where a name
is likely are decoded again with the prompt: the sentences of an introduction ("with us today is ...",
"today's guest is ...", "thanks for joining me"). Of that pass, only a stretch that now holds a missing
name, and that replaces other words rather than adding to a name already heard in part, is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from tasks.honorifics import HONORIFICS
from tasks.models import Transcript, Word
from tasks.transcription.speech import SAMPLE_RATE
from tasks.transcription.windows import AudioReader, shifted_words
from tasks.vocabulary import ordinary_word

# Words that open or close an introduction, where a guest's (or a host's) full name is said.
_INTRODUCTION = re.compile(
    r"\b(?:welcome|guests?|joining|joined|with (?:us|me)|here with|thanks? for (?:joining|coming|having)|"
    r"my name|(?:please|let me) introduce|(?:great|good|happy|glad) to have)\b", re.IGNORECASE)
# Seconds of audio before and after an introduction's sentence. A stretch that starts mid-sentence makes
# tiny.en skip to its last sentence (on the dev set's pai106, a stretch from 92.0 s heard only "Thank you
# for having me"); one that ends right after a name hears it wrong again (gt257, 1 s after it).
LEAD = 0.2
TAIL = 1.5
# An introduction's sentence longer than this is cut to the stretch around its cue.
MAX_WINDOW = 20.0
# At most this many sentences are decoded again per transcript, the first ones (introductions open an
# episode). Whisper decodes 30 s at a time, so each costs about as much as 30 s of audio: 1-2 s with
# tiny.en on 2 cores.
MAX_WINDOWS = 6
# For names not given: an introduction is heard again by the larger model only where an ordinary word
# within ``CUE_REACH`` words after its cue was heard with less than ``DOUBTFUL`` confidence, at most
# ``MAX_DOUBTFUL`` of them an episode. pai106's "with us today as we're rainy": "rainy," at 0.32 in the
# whole episode and at 0.53 in the clip of tests/test_relisten.py ("as" at 0.49) on an Intel Xeon
# (AVX-512), 0.37 and 0.56 on an AMD EPYC; the clip is 0.04-0.11 under this, the episode 0.23-0.28. At 0.6,
# 3 sentences of the seed and the dev set are heard again and only that one changes. The next above it
# is cl633's "I'm here with Ilya Gregorik from Shopify back" ("back" at 0.67): at 0.7 it is heard again
# too (1.7 s of base's decoding, 2.4 s more to load it) and no transcript changes, so 0.6 stays.
DOUBTFUL = 0.6
CUE_REACH = 5
MAX_DOUBTFUL = 3
# Where Whisper base's decoding of a short stretch begins and ends changes what it hears in it. On an AMD
# EPYC, of 33 cuts of pai106's introduction (start moved by -4 to +0.2 s, end by 0 to +2 s), 24 heard
# "is Will Rainey" and 9 "as we're reigning", the sentence's own cut among them; on an Intel Xeon that cut
# heard the name. A stretch where no name is heard is decoded again from half a second and a second
# earlier, to a second and two later: seconds more of base only where the first decoding found nothing.
RECUTS = ((0.0, 0.0), (-0.5, 1.0), (-1.0, 2.0))
# "Welcome to Utilizing AI, the podcast about ...", "Welcome to the practical way I podcast.": the
# listener welcomed to a show, which no guest's name is part of. Whisper base heard the seed's opening
# again for nothing ("podcast" at 0.43), and pai31's ("way" at 0.48). A show is named: a capital right
# after "to" (and "the"), or a podcast with a name ("the Go Time podcast", not "the podcast", which may
# be said to a guest). A later cue in the same sentence ("..., with us today is ...") still counts.
_WELCOME_TO = re.compile(r"\s+(?:back\s+)?to\s+([^.,;:?!]*)")
_DETERMINERS = frozenset("the a an this our my your".split())
# Titles end in a full stop without ending the sentence: "today's guest is Mr. Nishant Roy", "St. Clair".
_TITLE = re.compile(rf"^(?:{'|'.join(sorted(HONORIFICS | {'St'}))})\.$")
# A kept stretch may carry this many words besides the name ("is Will Ramey" for "as we're rainy").
EXTRA_WORDS = 1

Decoder = Callable[[np.ndarray, str], list[Word]]


@dataclass(frozen=True)
class _Sentence:
    words: tuple[Word, ...]
    start: float
    end: float
    text: str


def _unsure(word: Word) -> bool:
    """Whether tiny.en heard ``word`` with less than ``DOUBTFUL`` confidence."""
    return word.probability is not None and word.probability < DOUBTFUL


def _norm(word: str) -> str:
    return re.sub(r"[^\w']", "", word.lower())


def missing_names(transcript: Transcript, names: list[str]) -> list[str]:
    """Names of two words or more that the transcript never spells exactly.

    >>> from tasks.models import Segment
    >>> segment = Segment(start=0, end=2, text="Hi, Ada Lovelace.")
    >>> t = Transcript(engine="faster", model="tiny.en", duration=2, segments=[segment])
    >>> missing_names(t, ["Ada Lovelace", "Grace Hopper", "Grace"])
    ['Grace Hopper']
    """
    return [name for name in dict.fromkeys(names) if len(name.split()) > 1 and name not in transcript.text]


def _sentences(transcript: Transcript) -> list[_Sentence]:
    sentences, current = [], []
    for segment in transcript.segments:
        for w, word in enumerate(segment.words):
            current.append(word)
            ends = word.word.endswith((".", "?", "!")) and not _TITLE.match(word.word)
            if ends or w == len(segment.words) - 1:
                sentences.append(_Sentence(tuple(current), current[0].start, current[-1].end,
                                           " ".join(x.word for x in current)))
                current = []
    return sentences


def _introductions(transcript: Transcript) -> list[tuple[_Sentence, re.Match]]:
    return [(sentence, cue) for sentence in _sentences(transcript)
            if (cue := _INTRODUCTION.search(sentence.text)) is not None]


def _guest_cue(text: str) -> re.Match | None:
    """The first cue of ``text`` that may introduce a person: not a welcome to a show.

    >>> _guest_cue("Welcome to Practical AI, with us today is Will Ramey.").group(0)
    'with us'
    >>> [_guest_cue(f"Welcome {to}, Will.") is None for to in ("back to Go Time", "to the Changelog",
    ...     "to another episode of the practical way I podcast", "to the podcast", "to the show")]
    [True, True, True, False, False]
    """
    return next((cue for cue in _INTRODUCTION.finditer(text) if not _welcomes_to_a_show(text, cue)), None)


def _welcomes_to_a_show(text: str, cue: re.Match) -> bool:
    welcomed = _WELCOME_TO.match(text, cue.end()) if cue.group(0).lower() == "welcome" else None
    if welcomed is None:
        return False
    words = welcomed.group(1).split()
    named = [w for w in words if w.lower() not in _DETERMINERS]
    return bool(named) and (named[0][:1].isupper() or (words[-1].lower() == "podcast" and len(named) > 1))


def _window(sentence: _Sentence, cue: re.Match, duration: float) -> tuple[float, float]:
    start, end = sentence.start - LEAD, sentence.end + TAIL
    if end - start > MAX_WINDOW:  # around the cue: a name follows it more often than it comes before
        at = sentence.start + (sentence.end - sentence.start) * cue.start() / max(1, len(sentence.text))
        start, end = max(start, at - MAX_WINDOW / 4), at + MAX_WINDOW * 3 / 4
    return round(max(0.0, start), 3), round(min(duration, end), 3)


def introduction_windows(transcript: Transcript) -> list[tuple[float, float]]:
    """(start, end) of the introductions' sentences, at most ``MAX_WINDOWS`` of the first ones, the most
    doubtful first: a name misheard is mostly heard with little confidence ("we're rainy" 0.37).

    >>> from tasks.models import Segment
    >>> words = [Word(start=i, end=i + 0.5, word=w) for i, w in enumerate(
    ...     "It rained. With us today is we're rainy, who leads NVIDIA. Thanks.".split())]
    >>> segment = Segment(start=0, end=13, text="", words=words)
    >>> introduction_windows(Transcript(engine="faster", model="tiny.en", duration=13, segments=[segment]))
    [(1.8, 12.0)]
    """
    windows = [(min((w.probability for w in sentence.words if w.probability is not None), default=1.0),
                _window(sentence, cue, transcript.duration))
               for sentence, cue in _introductions(transcript)[:MAX_WINDOWS]]
    return [window for _, window in sorted(windows)]


def doubtful_introductions(transcript: Transcript, names: list[str]) -> list[tuple[float, float]]:
    """(start, end) of the first introductions (at most ``MAX_DOUBTFUL``) where an ordinary word soon after
    the cue, not part of a known name, was heard with little confidence: where a guest's name may have been
    heard as ordinary words.

    >>> from tasks.models import Segment
    >>> words = [Word(start=i, end=i + 0.5, word=w, probability=p) for i, (w, p) in enumerate(
    ...     [("With", .9), ("us", .9), ("today", .9), ("is", .9), ("we're", .8), ("rainy.", .37)])]
    >>> segment = Segment(start=0, end=6, text="", words=words)
    >>> t = Transcript(engine="faster", model="tiny.en", duration=6, segments=[segment])
    >>> doubtful_introductions(t, []), doubtful_introductions(t, ["We're Rainy"])
    ([(0.0, 6.0)], [])
    >>> words[4] = words[4].model_copy(update={"word": "Will"})  # the rest of a name heard in part
    >>> doubtful_introductions(Transcript(engine="faster", model="tiny.en", duration=6, segments=[
    ...     segment.model_copy(update={"words": words})]), [])
    []
    >>> words[4] = words[4].model_copy(update={"word": "we're"})
    >>> words[-1] = words[-1].model_copy(update={"word": "Rainy."})  # heard as a name already
    >>> doubtful_introductions(Transcript(engine="faster", model="tiny.en", duration=6, segments=[
    ...     segment.model_copy(update={"words": words})]), [])
    []
    """
    known = {_norm(part) for name in names for part in name.split()}
    windows = []
    for sentence in _sentences(transcript):
        if (cue := _guest_cue(sentence.text)) is None:
            continue
        after = len(sentence.text[:cue.end()].split())
        # Only ordinary (lower-case) words: a name heard as a name stays as heard (splice_new_name). Nor a
        # word right after a capitalised one inside the sentence: the rest of a name heard in part ("David
        # upon." for David Aponte), which splice_new_name never replaces, so base's decodings of it are
        # wasted (the seed's introduction: 4.6 s of base for nothing on one core).
        doubtful = [w for i, w in enumerate(sentence.words[after:after + CUE_REACH], start=after)
                    if _unsure(w) and w.word[:1].islower()
                    and _norm(w.word) not in known
                    and not (i > 1 and _capitalised(sentence.words[i - 1].word))]
        if doubtful:
            windows.append(_window(sentence, cue, transcript.duration))
    return windows[:MAX_DOUBTFUL]


def _name_at(tokens: list[str], name: str) -> bool:
    wanted = [_norm(part) for part in name.split()]
    return any(tokens[i:i + len(wanted)] == wanted for i in range(len(tokens) - len(wanted) + 1))


def splice_names(old: list[Word], new: list[Word], names: list[str]) -> list[Word] | None:
    """``old`` with the stretch of ``new`` that holds one of ``names`` put in place of what it replaces;
    None when no such stretch replaces other words.

    >>> w = lambda text, t=0: [Word(start=t + i, end=t + i + 1, word=x) for i, x in enumerate(text.split())]
    >>> [x.word for x in splice_names(w("with us today as we're rainy, who is"),
    ...                              w("with us today is Will Ramey, who is"), ["Will Ramey"])]
    ['with', 'us', 'today', 'is', 'Will', 'Ramey,', 'who', 'is']
    >>> [x.word for x in splice_names(w("guest is Mr. Mission Roy."), w("guest is Mr. Nishant Roy."), ["Nishant Roy"])]
    ['guest', 'is', 'Mr.', 'Nishant', 'Roy.']
    >>> splice_names(w("hello, Nick. Welcome."), w("hello, Nick Nisi. Welcome."), ["Nick Nisi"]) is None
    True
    """
    matcher = aligned(old, new)
    after = matcher.b
    result, changed = list(old), False
    for op, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        if op != "replace":
            continue  # a name only added to words heard right ("Nick" → "Nick Nisi") may be the prompt's
        # The name may run on into words heard right before ("Mission Roy" → "Nishant Roy": only the
        # first word is replaced).
        names_here = [name for name in names if _name_near(after, j1, j2, name)]
        if names_here and j2 - j1 <= len(names_here[0].split()) + EXTRA_WORDS:
            result[i1:i2] = new[j1:j2]
            changed = True
    return result if changed else None


def _name_near(tokens: list[str], j1: int, j2: int, name: str) -> bool:
    """Whether ``name`` is said in ``tokens`` over a stretch that holds part of ``tokens[j1:j2]``."""
    wanted = len(name.split())
    return any(_name_at(tokens[i:i + wanted], name) for i in range(max(0, j1 - wanted + 1), j2))


def _hear_again(transcript: Transcript, windows: list[tuple[float, float]], read, decode: Decoder,
                prompt: str | None, splice: Callable[[list[Word], list[Word]], list[Word] | None],
                done: Callable[[Transcript], bool]) -> Transcript:
    """Each window decoded again; what ``splice`` keeps of it put in its place, until ``done``."""
    for start, end in windows:
        if done(transcript):
            break
        heard = shifted_words(decode(read(start, end), prompt), start)
        segments = list(transcript.segments)
        for number, segment in enumerate(segments):
            inside = [i for i, w in enumerate(segment.words) if start <= (w.start + w.end) / 2 < end]
            if not inside:
                continue
            first, last = inside[0], inside[-1] + 1
            mine = [w for w in heard if segment.words[first].start - 0.5 <= (w.start + w.end) / 2
                    <= segment.words[last - 1].end + 0.5]
            spliced = splice(segment.words[first:last], mine)
            if spliced is not None:
                spliced = with_length(spliced, segment.words[last - 1].end)
                words = [*segment.words[:first], *spliced, *segment.words[last:]]
                segments[number] = segment.model_copy(update={"words": words,
                                                              "text": " ".join(w.word for w in words)})
        transcript = transcript.model_copy(update={"segments": segments})
    return transcript


def with_length(words: list[Word], until: float) -> list[Word]:
    """``words`` each with a length, which a caption needs: a word put back may have none (start and end at one
    instant), whether Whisper's alignment gave it none or the words around it left it no room (pai106's
    "Ramey," at 19.38-19.38 s, before a word it had replaced). Such a word lasts to the next word's start, or
    to ``until`` (where the words it replaced ended) for the last.

    >>> [(w.start, w.end) for w in with_length([Word(start=1, end=1, word="Will"), Word(start=1.5, end=1.5,
    ...                                          word="Ramey,")], 2.0)]
    [(1.0, 1.5), (1.5, 2.0)]
    """
    return [word.model_copy(update={"end": max(word.end, words[i + 1].start if i + 1 < len(words) else until)})
            if word.end <= word.start else word for i, word in enumerate(words)]


def relisten(transcript: Transcript, read: Callable[[float, float], np.ndarray], names: list[str],
             decode: Decoder, prompt: str) -> Transcript:
    """The transcript with missing ``names`` put where a decoding of an introduction, prompted with
    ``prompt``, hears them. ``read(start, end)`` gives the 16 kHz samples of a stretch."""
    missing = missing_names(transcript, names)
    if not missing:
        return transcript
    return _hear_again(transcript, introduction_windows(transcript), read, decode, prompt,
                       lambda old, new: splice_names(old, new, missing),
                       lambda heard: not missing_names(heard, missing))


def rehear(transcript: Transcript, read: Callable[[float, float], np.ndarray], names: list[str],
           decode: Decoder) -> Transcript:
    """The transcript with a name the larger model hears in a doubtful introduction put in place of the
    ordinary words heard there ("with us today as we're rainy" → "with us today is Will Rainey"). A
    stretch where no name is heard is cut again, up to ``len(RECUTS)`` times."""
    for window in doubtful_introductions(transcript, names):
        for cut in recuts(window, transcript.duration):
            heard = _hear_again(transcript, [cut], read, decode, None, splice_new_name, lambda _: False)
            if heard != transcript:
                transcript = heard
                break
    return transcript


def recuts(window: tuple[float, float], duration: float) -> list[tuple[float, float]]:
    """The cuts of a stretch tried one after another, each starting earlier and ending later.

    >>> recuts((13.86, 24.64), 25.0)
    [(13.86, 24.64), (13.36, 25.0), (12.86, 25.0)]
    """
    start, end = window
    return [(round(max(0.0, start + early), 3), round(min(duration, end + late), 3)) for early, late in RECUTS]


def splice_new_name(old: list[Word], new: list[Word]) -> list[Word] | None:
    """``old`` with a stretch of ``new`` holding a name (two or three capitalised words inside a sentence)
    put in place of ordinary words; None when there is none. A name heard as a name stays as heard.

    >>> w = lambda text: [Word(start=i, end=i + 1, word=x) for i, x in enumerate(text.split())]
    >>> [x.word for x in splice_new_name(w("today as we're rainy, who is"), w("today is Will Rainey, who is"))]
    ['today', 'is', 'Will', 'Rainey,', 'who', 'is']
    >>> splice_new_name(w("guest is Mr. Mission Roy."), w("guest is Mr. Nishant Roy.")) is None
    True
    >>> splice_new_name(w("and David Aponte."), w("and David upon.")) is None
    True
    """
    result, changed = list(old), False
    for op, i1, i2, j1, j2 in reversed(aligned(old, new).get_opcodes()):
        if op != "replace" or any(_capitalised(w.word) for w in old[i1:i2]):
            continue
        run = _name_run(new, j1, j2)
        if run and j2 - j1 <= run + EXTRA_WORDS:
            result[i1:i2] = new[j1:j2]
            changed = True
    return result if changed else None


def _capitalised(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?[.,;:?!]*", word))


def _name_run(words: list[Word], j1: int, j2: int) -> int:
    """Length of the longest run (2 or 3) of capitalised words in ``words[j1:j2]`` that does not open a
    sentence; 0 when there is none."""
    best = run = 0
    for j in range(j1, j2):
        opens = j == 0 or words[j - 1].word.endswith((".", "?", "!"))
        run = run + 1 if _capitalised(words[j].word) and (run or not opens) else 0
        if words[j].word.endswith((".", ",", "?", "!", ";", ":")):
            best, run = max(best, run), 0
        best = max(best, run)
    return best if 2 <= best <= 3 else 0


@contextmanager
def stretches_of(wav: Path):
    """``read(start, end)``: the 16 kHz samples of a stretch of the WAV a transcript was recognised from."""
    with AudioReader(wav) as reader:
        yield lambda start, end: reader.read(int(start * SAMPLE_RATE), int((end - start) * SAMPLE_RATE))


# Introductions heard whole by the larger model. Where tiny.en doubts a word of an introduction, Whisper base
# hears the whole sentence better, names, companies and ordinary words alike: on the seed, the dev set and
# the held-out set's audio it heard "Yanis Kertu from ARBEL" for "Annie's care to from Arbao", "Bill
# Toulos is with us" for "Viltulos is with us", "SIL International" for "SAIL International", "Lockheed
# Martin" for "Lockheed Maureen", "a guest" for "a guess". At most ``MAX_WHOLE`` sentences, the first ones;
# those within one ``STRETCH`` of audio are decoded together (Whisper decodes 30 s at a time, so one
# sentence costs as much as several).
MAX_WHOLE = 4
STRETCH = 30.0
# Base's sentence replaces tiny.en's only where the two share this much (difflib's ratio over their words):
# a decoding that drifted to another sentence, or repeated itself, shares little.
MIN_LIKENESS = 0.5


# Where someone says where they work, or what company something is: an organisation's name is as new to
# tiny.en as a person's, and as often doubted ("he works at BlueMerg", "BlueMerg" at 0.47; "I do container
# things at chain guard", "chain" at 0.24; "I think Far Hider into such a cool company", "Far" at 0.26). Base
# heard them whole: "Bloomberg", "ChainGuard" (held-out set 6), "Fire Hydrant" (the dev set's ft92).
_EMPLOYER_CUE = re.compile(
    r"\b(?:work(?:s|ing)? (?:at|for)|things at|I'm (?:at|with)|(?:co-?founder|founder|CEO|CTO|engineer|director|"
    r"head|lead|manager|researcher|maintainer|advocate|professor|VP)\b[^.?!]{0,25}?\b(?:at|of|for)|"
    r"(?:company|startup) (?:called|named)|(?:such|what|is) an? (?:[\w-]+ )?(?:company|startup))\b", re.IGNORECASE)


def doubtful_sentences(transcript: Transcript, names: list[str]) -> list[_Sentence]:
    """The first introductions and statements of where someone works (at most ``MAX_WHOLE``) with a word
    heard with less than ``DOUBTFUL`` confidence, not part of a known name.

    >>> from tasks.models import Segment
    >>> words = [Word(start=i, end=i + 0.5, word=w, probability=p) for i, (w, p) in enumerate(
    ...     [("Viltulos", .53), ("is", .99), ("with", .99), ("us.", 1.0), ("Welcome", .9), ("Ada.", .4)])]
    >>> t = Transcript(engine="faster", model="tiny.en", duration=6, segments=[Segment(start=0, end=6, text="",
    ...                                                                                   words=words)])
    >>> [s.text for s in doubtful_sentences(t, [])], [s.text for s in doubtful_sentences(t, ["Ada Byron"])]
    (['Viltulos is with us.', 'Welcome Ada.'], ['Viltulos is with us.'])
    >>> words = [Word(start=i, end=i + 0.5, word=w, probability=p) for i, (w, p) in enumerate(
    ...     [("He", .99), ("works", 1.0), ("at", 1.0), ("BlueMerg.", .47), ("He", .9), ("likes", .4), ("it.", .9)])]
    >>> [s.text for s in doubtful_sentences(t.model_copy(update={"segments": [Segment(start=0, end=7, text="",
    ...                                                                              words=words)]}), [])]
    ['He works at BlueMerg.']
    """
    known = {_norm(part) for name in names for part in name.split()}
    return [sentence for sentence in _sentences(transcript)
            if (_guest_cue(sentence.text) is not None or _EMPLOYER_CUE.search(sentence.text))
            and any(_unsure(w) and _norm(w.word) not in known for w in sentence.words)][:MAX_WHOLE]


def whole_stretches(sentences: list[_Sentence], duration: float) -> list[tuple[float, float]]:
    """(start, end) of the stretches decoded whole: ``STRETCH`` seconds from each doubtful sentence not in the
    stretch before. A name's sentence is mostly followed by what the guest does ("... is with us. He's CEO
    at ..."), which costs nothing more to hear in the same decoding.

    >>> s = lambda a, b: _Sentence((), a, b, "")
    >>> whole_stretches([s(5, 14), s(13.5, 20), s(20.6, 22), s(94, 104)], 110)
    [(4.8, 34.8), (93.8, 110)]
    """
    found: list[tuple[float, float]] = []
    for sentence in sentences:
        if found and sentence.end + TAIL <= found[-1][1]:
            continue
        start = max(0.0, sentence.start - LEAD)
        found.append((round(start, 3), round(min(duration, start + STRETCH), 3)))
    return found


def heard_within(run: list[_Sentence], heard: list[Word]) -> list[Word]:
    """The words of ``heard`` (a decoding of a stretch around ``run``, consecutive sentences) that say
    ``run``: each sentence ``heard`` ends is kept where it shares at least half its time with ``run``, not
    where it is the end of the sentence before or the opening of the one after.

    >>> w = lambda text, t: [Word(start=t + i, end=t + i + 0.8, word=x) for i, x in enumerate(text.split())]
    >>> run = [_Sentence((), 13.9, 17.9, ""), _Sentence((), 18.3, 22.9, "")]
    >>> [x.word for x in heard_within(run, w("and also very practical. Bill Toulos is with us. We'll see", 14))]
    ['and', 'also', 'very', 'practical.', 'Bill', 'Toulos', 'is', 'with', 'us.']
    """
    start, end = run[0].start, run[-1].end
    kept, current = [], []
    for number, word in enumerate(heard):
        current.append(word)
        if (word.word.endswith((".", "?", "!")) and not _TITLE.match(word.word)) or number == len(heard) - 1:
            a, b = current[0].start, current[-1].end
            if min(b, end) - max(a, start) >= (b - a) / 2:
                kept += current
            current = []
    return kept


def heard_again(sentences: list[_Sentence], chosen: list[_Sentence], duration: float,
                read: Callable[[float, float], np.ndarray], decode: Decoder) -> Iterator[tuple[list[Word], list[Word]]]:
    """For each stretch ``whole_stretches`` makes of the ``chosen`` sentences: the words of the sentences it
    holds whole (of all ``sentences``), as first heard and as ``decode`` hears them there."""
    for start, end in whole_stretches(chosen, duration):
        # The sentences the stretch holds whole, with time after each for the larger model to hear its end.
        run = [s for s in sentences if s.start >= start and (s.end + TAIL <= end or end == duration)]
        if run:
            yield [w for s in run for w in s.words], heard_within(run, shifted_words(decode(read(start, end), None),
                                                                                     start))


def aligned(old: list[Word], new: list[Word]) -> SequenceMatcher:
    """Two hearings of the same words, aligned word by word (case and punctuation aside)."""
    return SequenceMatcher(None, [_norm(w.word) for w in old], [_norm(w.word) for w in new], autojunk=False)


def likeness(old: list[Word], new: list[Word]) -> float:
    """How much two hearings of a sentence share, from 0 to 1 (difflib's ratio over their words).

    >>> w = lambda text: [Word(start=0, end=1, word=x) for x in text.split()]
    >>> likeness(w("Viltulos is with us."), w("Bill Toulos is with us.")), likeness(w("Hi there."), w("Thank you."))
    (0.6666666666666666, 0.0)
    """
    return aligned(old, new).ratio()


def where_doubted(old: list[Word], new: list[Word], sure: frozenset[str] = frozenset(),
                  said: frozenset[str] = frozenset()) -> dict[int, list[Word]]:
    """What ``new`` (the larger model's hearing) says in place of the words of ``old`` that tiny.en doubted:
    {index in ``old``: the words it becomes}. A word heard surely stays as heard, and so does a name heard
    surely elsewhere (in ``sure``): base heard gt257's "Pinterest," (0.55 there, 0.95 a word later) as
    "Penterrest". Nor is a word made up taken: a lower-case word neither of Whisper's vocabulary nor
    ``said`` elsewhere in the episode, nor one such word, capitalised, for several (base heard the seed's
    "the podcast about" as "the PogDestAbout").

    >>> w = lambda text, p: [Word(start=i, end=i + 1, word=x, probability=p.get(x, .95))
    ...                      for i, x in enumerate(text.split())]
    >>> old = w("Viltulos is with us. He works at Pinterest.", {"Viltulos": .53})
    >>> {i: [x.word for x in words] for i, words in where_doubted(old, w("Bill Toulos is with us. He "
    ...     "works at Penterrest.", {})).items()}
    {0: ['Bill', 'Toulos']}
    >>> where_doubted(w("a guess that", {"guess": .5}), w("a guest that", {}))[1][0].word
    'guest'
    >>> where_doubted(w("at Pinterest,", {"Pinterest,": .55}), w("at Penterrest,", {}), frozenset({"pinterest"}))
    {}
    >>> where_doubted(w("the podcast about", {"podcast": .43}), w("the pogdestabout", {}))
    {}
    >>> where_doubted(w("the podcast about", {"podcast": .43}), w("the PogDestAbout", {}))
    {}
    """
    matcher = aligned(old, new)
    after = matcher.b

    def doubted(word: Word) -> bool:
        return _unsure(word) and not (word.word[:1].isupper() and _norm(word.word) in sure)

    def made_up(j: int, merged: bool) -> bool:
        return (new[j].word[:1].islower() or merged) and after[j] not in said and not ordinary_word(after[j])

    changes: dict[int, list[Word]] = {}
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        # Several words heard as one that is no word ("podcast about" as "PogDestAbout"): made up, capital or not.
        merged = i2 - i1 > 1 and j2 - j1 == 1
        if op == "equal" or any(made_up(j, merged) for j in range(j1, j2)):
            continue
        if op == "insert":  # words tiny.en did not hear at all, beside a word it doubted
            at = next((i for i in (i1 - 1, i1) if 0 <= i < len(old) and doubted(old[i])), None)
            if at is not None:
                here = changes.get(at, [old[at]])
                changes[at] = [*here, *new[j1:j2]] if at < i1 else [*new[j1:j2], *here]
            continue
        doubts = [doubted(w) for w in old[i1:i2]]
        if (op == "replace" and any(doubts)) or (op == "delete" and all(doubts)):
            changes[i1] = _ending_as(new[j1:j2], old[i2 - 1])
            changes.update((i, []) for i in range(i1 + 1, i2))
    return changes


def _ending_as(words: list[Word], last: Word) -> list[Word]:
    """``words`` ending a sentence where ``last``, the word they replace, ended one: the sentence after
    them is kept as tiny.en heard it, capital and all ("Lockheed Martin. But he's got ...").

    >>> [w.word for w in _ending_as([Word(start=0, end=1, word="Martin,")], Word(start=0, end=1, word="Maureen."))]
    ['Martin.']
    """
    mark = last.word[-1:]
    if not words or mark not in ".?!" or words[-1].word.endswith((".", "?", "!")):
        return words
    return [*words[:-1], words[-1].model_copy(update={"word": words[-1].word.rstrip(",;:") + mark})]


def hear_whole(transcript: Transcript, read: Callable[[float, float], np.ndarray], names: list[str],
               decode: Decoder) -> Transcript:
    """The transcript with its doubtful introductions, and what follows them within ``STRETCH`` seconds, as
    ``decode`` (the larger model) hears them where tiny.en doubted a word."""
    sentences = _sentences(transcript)
    sure = frozenset(_norm(w.word) for s in sentences for w in s.words
                     if w.word[:1].isupper() and (w.probability or 0) >= DOUBTFUL)
    said = frozenset(_norm(w.word) for s in sentences for w in s.words)
    changes: dict[int, list[Word]] = {}  # id of a word of the transcript -> the words it becomes
    for old, new in heard_again(sentences, doubtful_sentences(transcript, names), transcript.duration, read, decode):
        if likeness(old, new) >= MIN_LIKENESS:
            changes.update((id(old[i]), words) for i, words in where_doubted(old, new, sure, said).items())
    if not changes:
        return transcript
    segments = []
    for segment in transcript.segments:
        words = []
        for i, word in enumerate(segment.words):
            if id(word) in changes:
                # The next word kept: one the larger model heard as nothing ("we're rainy," as "Will Rainey,"
                # put in place of "as") bounds no time.
                following = next((w for w in segment.words[i + 1:] if changes.get(id(w), True)), None)
                words += _in_order(changes[id(word)], words[-1] if words else None, following)
            else:
                words.append(word)
        segments.append(segment.model_copy(update={"words": words, "text": " ".join(w.word for w in words)}))
    return transcript.model_copy(update={"segments": [s for s in segments if s.words]})


def _in_order(words: list[Word], before: Word | None, after: Word | None) -> list[Word]:
    """``words`` with their times kept between the words around them and in order."""
    if not words:
        return []
    low = before.end if before else words[0].start
    high = after.start if after else words[-1].end
    placed = []
    for word in words:
        start = min(max(word.start, low), high)
        end = min(max(word.end, start), high)
        placed.append(word.model_copy(update={"start": start, "end": end}))
        low = start
    return with_length(placed, high)
