"""The RSS feed: feedgen plus our Apple and Podcasting 2.0 extensions. Only this package knows feedgen."""
