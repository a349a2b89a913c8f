"""Errors the flows raise for a person to act on (kept free of Prefect so the CLI starts fast)."""


class InboxFailures(RuntimeError):
    """Some inbox episodes failed; the message names each one and why. The others were published."""
