"""Where a worker keeps its work files: a folder per episode, and the feed's item cache between runs.

The root comes from the caller (``flows/stages.py`` reads ``CASTFLOW_WORKDIR``): nothing here reads
the environment.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

DEFAULT_ROOT = Path(".castflow/work")


def episode_workdir(root: Path, slug: str) -> Path:
    """The folder an episode's decoded audio, master, transcripts and pages are made in.

    >>> episode_workdir(Path("work"), "2x27").as_posix()
    'work/2x27'
    """
    return root / slug


def item_cache_file(root: Path, feed_url: str) -> Path:
    """The feed's rendered items (``tasks/feed/items.py``), one file per feed: named by its URL's hash,
    so two shows on one worker never share one.

    >>> item_cache_file(Path("work"), "https://example.com/feed.xml").as_posix()
    'work/feed-items/7a775db75c1d6d17.json'
    """
    name = hashlib.sha256(feed_url.encode()).hexdigest()[:16]
    return root / "feed-items" / f"{name}.json"
