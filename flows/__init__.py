"""Orchestration: which stage runs when, with what retries, caching and artifacts; and the command line in
front of it (``cli.py``, with ``castflow serve`` in ``serve.py``)."""
