#!/usr/bin/env python3
"""Build the twelfth held-out set's truth files: ../heldout/build.py run on this folder (its raw/ and
episodes_meta.py). Timings are estimates until synthesise.py replaces them.

One change to the cut, made here and not in ../heldout/excerpt_lib.py (the earlier sets stay as built):
the excerpt is still the turns up to the last turn boundary at or under 1,200 words, and, when that
boundary falls under 900 words, the next (long) turn is still taken, but only while the excerpt then
stays at or under 1,300 words; otherwise the excerpt stops at the boundary under 1,200 words (set 10's
cut, copied unchanged from ../heldout11/build.py). README.md says where it matters in this set.

    python3 build.py            # standard library only
"""

import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "..", "heldout")
sys.path.insert(0, TOOLS)
import excerpt_lib  # noqa: E402 (../heldout; build.py there imports this same module object)

HARD_MAX = 1300
_build_turns = excerpt_lib.build_turns


def build_turns(md, max_words=1200, min_words=900):
    turns = _build_turns(md, max_words, min_words)
    if sum(excerpt_lib.n_words(t["text"]) for t in turns) > HARD_MAX:
        turns = _build_turns(md, max_words, 0)  # the last boundary at or under max_words
    return turns


excerpt_lib.build_turns = build_turns
runpy.run_path(os.path.join(TOOLS, "build.py"), init_globals={"SET_DIR": HERE}, run_name="__main__")
