#!/usr/bin/env python3
"""Build the ninth held-out set's truth files: ../heldout/build.py run on this folder (its raw/ and
episodes_meta.py). Timings are estimates until synthesise.py replaces them.

    python3 build.py            # standard library only
"""

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, "..", "heldout", "build.py"), init_globals={"SET_DIR": HERE}, run_name="__main__")
