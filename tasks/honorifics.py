"""Titles said before a person's name ("Mr. Nishant Roy"): part of neither the name nor a sentence's end.

One list for the rooms that read names in text: the transcription (relisten.py, where a sentence ends)
and the notes (lexicon.py, names.py, sentences.py).
"""

from __future__ import annotations

HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Prof".split())
