#!/usr/bin/env python3
"""Build the thirty-eighth held-out set's audio.mp3 files and exact timings: ../heldout/synthesise.py run on this
folder. Needs ffmpeg and the separate venv that README.md names.

    /work/heldout-venv/bin/python synthesise.py [ID ...]      # default: every episode
"""

import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, "..", "heldout", "synthesise.py"), init_globals={"SET_DIR": HERE},
               run_name="__main__")
