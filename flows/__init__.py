"""Orchestration: which stage runs when, with what retries, caching and artifacts."""
