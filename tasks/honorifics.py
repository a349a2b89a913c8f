"""Titles said before a person's name ("Mr. Nishant Roy"): part of neither the name nor a sentence's end.

One list for the rooms that read names in text: the transcription (relisten.py, where a sentence ends)
and the notes (lexicon.py, names.py, sentences.py).
"""

from __future__ import annotations

HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Prof".split())
# The same said in full ("joined by Professor Alan Grant"): never abbreviated, so no full stop to keep.
TITLES = frozenset("Professor Doctor".split())
# Said before or in a name, their full stop ends no sentence: a title, "St." of "Erik St. Martin", "Jr."/"Sr.".
NAME_ABBREVIATIONS = HONORIFICS | {"St", "Jr", "Sr"}
