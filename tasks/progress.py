"""Progress a person can see while an episode is decoded, recognised and mastered.

The command line installs a display for the length of a command (``shown()``); the stages ask it for a
callback per piece of work (``track("Recognition")``) and call it with the fraction done. On a terminal
the display is a set of ``rich`` progress bars with elapsed time and ETA; otherwise (a pipe, a log file,
a Prefect worker's output) it prints a plain line every ``CASTFLOW_PROGRESS_SECONDS`` (default 30).
With no display installed, as on a worker, ``track`` gives a callback that does nothing: the Prefect UI
has its own progress artifact.

ffmpeg's passes report through ``tasks.ffmpeg.run_ffmpeg``, which reads ffmpeg's ``-progress`` stream.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Report = Callable[[float], None]
INTERVAL_VARIABLE = "CASTFLOW_PROGRESS_SECONDS"
DEFAULT_INTERVAL = 30.0

_lock = threading.Lock()
_display: _Display | None = None


def clock(seconds: float) -> str:
    """``h:mm:ss``, as rich prints elapsed time.

    >>> clock(3725.4), clock(59)
    ('1:02:05', '0:00:59')
    """
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class _Display:
    def start(self, description: str) -> Report:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _Lines(_Display):
    """A line per piece of work every ``interval`` seconds, and one when it ends."""

    def __init__(self, stream: TextIO, interval: float):
        self.stream, self.interval = stream, interval

    def start(self, description: str) -> Report:
        began = time.monotonic()
        state = {"last": began, "done": False}
        self._print(f"{description}: started")

        def report(fraction: float) -> None:
            now = time.monotonic()
            fraction = max(0.0, min(1.0, fraction))
            with _lock:
                if state["done"] or (fraction < 1.0 and now - state["last"] < self.interval):
                    return
                state["last"], state["done"] = now, fraction >= 1.0
            elapsed = now - began
            if fraction >= 1.0:
                self._print(f"{description}: done in {clock(elapsed)}")
                return
            eta = f"ETA {clock(elapsed * (1 - fraction) / fraction)}" if fraction > 0 else "ETA unknown"
            self._print(f"{description}: {fraction:.0%}, {clock(elapsed)} elapsed, {eta}")

        return report

    def _print(self, line: str) -> None:
        # Not print(): a flow with log_prints=True turns print() into Prefect log records.
        self.stream.write(line + "\n")
        self.stream.flush()


class _Bars(_Display):
    """rich progress bars, one per piece of work, redrawn in place."""

    def __init__(self, stream: TextIO):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description:<12}"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), console=Console(file=stream), transient=False)
        self.progress.start()

    def start(self, description: str) -> Report:
        task = self.progress.add_task(description, total=100.0)

        def report(fraction: float) -> None:
            self.progress.update(task, completed=100.0 * max(0.0, min(1.0, fraction)))

        return report

    def close(self) -> None:
        self.progress.stop()


def _nothing(fraction: float) -> None:
    pass


def track(description: str) -> Report:
    """A callback for one piece of work, taking the fraction done (0 to 1); a no-op with no display.

    The work's clock starts at the first call, so a callback can be made before the work begins.
    """
    display = _display
    if display is None:
        return _nothing
    started: list[Report] = []

    def report(fraction: float) -> None:
        if not started:
            with _lock:
                if not started:
                    started.append(display.start(description))
        started[0](fraction)

    return report


def combined(*reports: Report | None) -> Report:
    """One callback that calls each given one."""
    chosen = [r for r in reports if r is not None]

    def report(fraction: float) -> None:
        for each in chosen:
            each(fraction)

    return report


@contextmanager
def shown(stream: TextIO | None = None, interval: float | None = None) -> Iterator[None]:
    """Show progress on ``stream`` while the block runs: bars on a terminal, lines elsewhere.

    stderr by default, as for a log: stdout stays what a command prints as its result (the files
    ``castflow transcribe`` wrote, the feed URL), which scripts read.
    """
    global _display
    stream = stream or sys.stderr
    if interval is None:
        interval = float(os.environ.get(INTERVAL_VARIABLE, DEFAULT_INTERVAL))
    display: _Display = _Bars(stream) if stream.isatty() else _Lines(stream, interval)
    previous, _display = _display, display
    try:
        yield
    finally:
        _display = previous
        display.close()

