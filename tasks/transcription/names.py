"""Names spelled right: a correction pass that maps near-misses to the metadata's spellings.

Whisper hears "Demetrios Brinkmann" and writes "Demetrius Brinkman". This pass compares whole spans of
words with the names and glossary terms of the show, so "ML Ops" can become "MLOps" too.

Why no decoder prompt: measured on the seed episode with tiny.en, the batched pipeline given the names
as ``initial_prompt`` skipped the very sentences that spoke them ("Hello, everyone. I'm Demetrius
Brinkman.") — WER 10.3% against 3.4% without a prompt and this correction pass.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tasks.models import Segment, Transcript, Word

_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")
# Below these similarities a span is a different word, not a misspelling.
MULTI_WORD_SIMILARITY = 0.8
SINGLE_WORD_SIMILARITY = 0.84
# A first name heard exactly makes a weaker match of the surname enough ("David upon" → "David Aponte").
SURNAME_SIMILARITY = 0.6
MIN_SINGLE_WORD_LENGTH = 5
# Metaphone codes this similar (Jaro-Winkler) are one name heard two ways.
PHONETIC_SIMILARITY = 0.9
MIN_PHONETIC_CODE = 4


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings that sound the same: their Metaphone codes (jellyfish) nearly agree.

    Measured on the seed and the dev set (benchmarks/transcribe.py --only devset): it finds the far misses
    letters cannot ("Viltillos", "Iliad Grigwehrig") and changes no word error rate. Codes shorter than
    ``MIN_PHONETIC_CODE`` say too little to tell one name from an ordinary word.

    >>> sounds_alike("viltillos", "villetuulos"), sounds_alike("iliadgrigwehrig", "ilyagrigorik")
    (True, True)
    >>> sounds_alike("wererainy", "willramey"), sounds_alike("lewis", "luisceze")
    (False, False)
    """
    try:
        import jellyfish
    except ImportError:  # without it, only the letters compare
        return False
    codes = jellyfish.metaphone(a), jellyfish.metaphone(b)
    return min(map(len, codes)) >= MIN_PHONETIC_CODE \
        and jellyfish.jaro_winkler_similarity(*codes) >= PHONETIC_SIMILARITY


class NameCorrector:
    """Replaces near-miss spellings of known names and terms with their canonical form.

    >>> fix = NameCorrector(["Demetrios Brinkmann", "David Aponte"], ["MLOps"])
    >>> fix("First, let's meet Demetrius Brinkman and David Aponte. Demetrius runs ML Ops.")
    "First, let's meet Demetrios Brinkmann and David Aponte. Demetrios runs MLOps."
    >>> fix("They moved the model to the cloud.")
    'They moved the model to the cloud.'
    >>> fix("My name is David upon. David will answer, David back.")
    'My name is David Aponte. David will answer, David back.'
    >>> NameCorrector(["Ville Tuulos"])("Today Viltillos and I talk.")  # far in letters, near in sound
    'Today Ville Tuulos and I talk.'
    """

    def __init__(self, names: list[str], glossary: list[str] = ()):
        self.phrases: list[str] = [p for p in dict.fromkeys([*names, *glossary]) if p.strip()]
        # Single words that may be said alone: first and last names of long-enough names.
        self.singles: dict[str, str] = {}
        for name in names:
            for part in name.split():
                if len(part) >= MIN_SINGLE_WORD_LENGTH:
                    self.singles.setdefault(_key(part), part)

    def _phrase_candidates(self, span: str, words: int) -> list[tuple[float, int, str]]:
        """(similarity, closeness of word counts, phrase) for every phrase the span may be."""
        key = _key(span)
        found = []
        for phrase in self.phrases:
            phrase_words = len(phrase.split())
            target = _key(phrase)
            if abs(phrase_words - words) > 1 or len(target) < 4 or key[:1] != target[:1]:
                continue
            threshold = MULTI_WORD_SIMILARITY if phrase_words > 1 else SINGLE_WORD_SIMILARITY
            score = 1.0 if key == target else _similar(key, target)
            if score < threshold and all(w[:1].isupper() for w in span.split()) and sounds_alike(key, target):
                score = threshold  # a far miss in letters, not in sound: "Viltillos" for "Ville Tuulos"
            if score < threshold and phrase_words == words > 1 and self._same_first_name(span, phrase):
                score = threshold
            if score >= threshold:
                found.append((score, -abs(phrase_words - words), phrase))
        return found

    @staticmethod
    def _same_first_name(span: str, phrase: str) -> bool:
        heard, known = span.split(), phrase.split()
        return (_key(heard[0]) == _key(known[0])
                and _similar(_key(heard[-1]), _key(known[-1])) >= SURNAME_SIMILARITY)

    def _single_word(self, span: str) -> list[tuple[float, int, str]]:
        key = _key(span)
        if key in self.singles:
            return [(1.0, 0, self.singles[key])]
        if not span[:1].isupper() or len(span) < MIN_SINGLE_WORD_LENGTH:
            return []  # lower-case words are ordinary vocabulary, not a misheard name
        scored = [(_similar(key, k), 0, v) for k, v in self.singles.items() if k[:1] == key[:1]]
        return [s for s in scored if s[0] >= SINGLE_WORD_SIMILARITY]

    def __call__(self, text: str) -> str:
        if not self.phrases:
            return text
        tokens = list(_WORD.finditer(text))
        out: list[str] = []
        cursor = i = 0
        while i < len(tokens):
            # Every width competes; the most similar wins, so "Brinkman and" never swallows "and".
            best: tuple[tuple[int, int, float], int, str] | None = None
            for width in (1, 2, 3):
                if i + width > len(tokens):
                    break
                span = text[tokens[i].start():tokens[i + width - 1].end()]
                if width > 1 and not re.fullmatch(r"[\w'’.-]+( [\w'’.-]+)*", span):
                    break  # never merge across punctuation
                found = self._phrase_candidates(span, width)
                if width == 1:
                    found += self._single_word(span)
                for score, closeness, phrase in found:
                    # Whole names beat parts of them ("Steph Luck" is Steph Locke, not Steph + luck),
                    # and a span of the name's own length beats one a word longer or shorter.
                    rank = (closeness, width, score)
                    if best is None or rank > best[0]:
                        best = (rank, width, phrase)
            if best is None:
                i += 1
                continue
            _, width, phrase = best
            out.append(text[cursor:tokens[i].start()])
            out.append(phrase)
            cursor = tokens[i + width - 1].end()
            i += width
        out.append(text[cursor:])
        return "".join(out)

    def segment(self, segment: Segment) -> Segment:
        """The segment with its text corrected, and its timed words corrected to match."""
        text = self(segment.text)
        if text == segment.text:
            return segment
        return segment.model_copy(update={"text": text, "words": retime_words(segment.words, text)})

    def transcript(self, transcript: Transcript) -> Transcript:
        return transcript.model_copy(update={"segments": [self.segment(s) for s in transcript.segments]})


def retime_words(words: list[Word], text: str) -> list[Word]:
    """Timed words re-spelled as ``text``; words merged by a correction share their time span.

    >>> words = [Word(start=0, end=1, word="Hi"), Word(start=1, end=2, word="ML"), Word(start=2, end=3, word="Ops.")]
    >>> [(w.word, w.start, w.end) for w in retime_words(words, "Hi MLOps.")]
    [('Hi', 0.0, 1.0), ('MLOps.', 1.0, 3.0)]
    """
    if not words:
        return []
    old, new = [w.word for w in words], text.split()
    result: list[Word] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            result.extend(w.model_copy(update={"word": t}) for w, t in zip(words[i1:i2], new[j1:j2], strict=True))
        elif op == "insert":  # text with no word of its own rides on the word before it
            if result:
                result[-1] = result[-1].model_copy(update={"word": " ".join([result[-1].word, *new[j1:j2]])})
        elif op == "replace":
            span = words[i1:i2]
            probability = min((w.probability for w in span if w.probability is not None), default=None)
            result.append(Word(start=span[0].start, end=span[-1].end, word=" ".join(new[j1:j2]),
                               probability=probability))
    return result


def decoder_prompt(names: list[str], glossary: list[str] = ()) -> str | None:
    """The words the decoder should expect, as a prompt; None when there are none.

    >>> decoder_prompt(["Ada Lovelace", "Grace Hopper"], ["MLOps"])
    'Ada Lovelace, Grace Hopper, MLOps.'
    """
    words = [p.strip() for p in dict.fromkeys([*names, *glossary]) if p.strip()]
    return ", ".join(words) + "." if words else None
