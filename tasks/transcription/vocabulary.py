"""Whisper tiny.en's vocabulary as a dictionary: a word that is one token of it (byte-pair merges of
frequent English text) is an ordinary English word, or a very common name.

Two rooms ask it: extraction (a first name that is also a word, "mission" for "Nishin") and the larger
model's hearing of an introduction (relisten.py: a word it makes up, "pogdestabout" for "podcast about").
"""

from __future__ import annotations

from functools import cache


@cache
def _tokenizer():
    from tokenizers import Tokenizer

    from tasks.transcription.weights import bundled_tiny_en

    return Tokenizer.from_file(str(bundled_tiny_en() / "tokenizer.json"))


def ordinary_word(word: str) -> bool:
    """Whether ``word`` in lower case is one token of Whisper tiny.en's vocabulary: "mission", "will",
    "david" are; "Nishin", "Demetrius", "Gregorik", "pogdestabout" are not.

    >>> [ordinary_word(w) for w in ("Mission", "Nishin", "Demetrius", "pogdestabout")]
    [True, False, False, False]
    """
    return len(_tokenizer().encode(" " + word.lower(), add_special_tokens=False).ids) == 1
