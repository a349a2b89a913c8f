#!/usr/bin/env python3
"""Build the thirty-eighth held-out set's truth files: ../heldout/build.py run on this folder (its raw/ and
episodes_meta.py) with set 10's cut, ``HARD_MAX`` (../heldout/excerpt_lib.py's ``build_turns`` says what it
does; README.md says where it matters in this set). Timings are estimates until synthesise.py replaces them.

    python3 build.py            # standard library only
"""

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, "..", "heldout", "build.py"), init_globals={"SET_DIR": HERE, "HARD_MAX": 1300},
               run_name="__main__")
