"""What would fail later, refused before anything is uploaded: cover art Apple would reject, a store
that cannot publish safely, a GUID another episode already has."""

from __future__ import annotations

from tasks.artwork import check_cover_art, episode_file
from tasks.assemble import episode_guid
from tasks.models import ConfigError, EpisodeInput, Show
from tasks.storage import open_store
from tasks.storage.publishing import guid_clash, read_index


def check_episode(show: Show, episode: EpisodeInput) -> None:
    """Raise ConfigError naming the file and field, or the store's error, when publishing would fail."""
    check_cover_art(show, episode)
    store = open_store(show.store)
    # A store that ignores conditional writes could drop an episode when two runs publish at once.
    store.require_conditional_writes()
    index, _ = read_index(store)
    guid = episode_guid(show, episode)
    other = guid_clash(index, guid, episode.resolved_slug)
    if other is not None:
        raise ConfigError(f"{episode_file(episode)}: field 'guid': {guid!r} is already used by episode "
                          f"{other!r}; each episode needs its own")
