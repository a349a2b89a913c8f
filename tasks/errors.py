"""Every error castflow raises on purpose, in two kinds, and the one rule that tells them apart.

- :class:`InputError`: the input is wrong (a YAML field, an audio file, a model name, a missing extra).
  Trying again cannot help, so it is never retried; the CLI prints its one line and exits with status 2.
  Its message names the file and the field.
- :class:`TransientError`: a network, a server or a race may pass next time; Prefect retries it.

Anything else (a botocore error, a timeout, a bug) counts as transient, as Prefect's retries would
treat it: :func:`is_transient` is the only place the two kinds are told apart, and both the retry
condition of the flows and the CLI read it.

The classes keep their old homes as re-exports (``tasks.audio.AudioError`` and so on).
"""

from __future__ import annotations


class CastflowError(Exception):
    """Base of the errors castflow raises on purpose; ``str()`` is one line for a person to read."""

    def __init__(self, message: str = "", *args: object) -> None:
        # One line, always: a second line (a library's "For more information..." link) would break the
        # CLI's promise and split a log record.
        super().__init__(" ".join(str(message).split()) if "\n" in str(message) else message, *args)


class InputError(CastflowError, ValueError):
    """The input is wrong: never retried; the CLI exits with status 2."""


class TransientError(CastflowError, RuntimeError):
    """May pass next time (a network, a server, a lost race): retried."""


def is_transient(error: BaseException) -> bool:
    """Whether trying again may help: everything but a mistake in the input."""
    return not isinstance(error, InputError)


def failure_of(state) -> BaseException | None:
    """The exception a failed Prefect state holds, or None where it holds none (a crash, a cancel)."""
    try:
        result = state.result(raise_on_failure=False)
    except Exception:  # a result that cannot be read back says nothing about the kind of failure
        return None
    return result if isinstance(result, BaseException) else None


# --- Input: configuration, metadata and audio ---------------------------------------------------

class ConfigError(InputError):
    """A show.yaml or episode.yaml that does not load: the message names the file and the field."""


class AudioError(InputError):
    """An audio file that is missing, empty, silent or not audio."""


class AudioUnreadable(InputError):
    """ffmpeg cannot decode an audio file for transcription."""


class FeedInvalid(InputError):
    """The feed built from the metadata fails validation: an invalid feed is never uploaded."""


# --- Input: models and optional engines ---------------------------------------------------------

class ModelNotFound(InputError, LookupError):
    """A model name or path that names no installed model."""


class ConversionError(InputError):
    """A CTranslate2 model that cannot be converted into an openai-whisper checkpoint."""


class TranscriptionError(InputError):
    """The transcription engine asked for is not installed or not known."""


class SpeakersUnavailable(InputError):
    """Speaker labels were asked for without the ``speakers`` extra."""


# --- Stores and sources ---------------------------------------------------------------------------

class StoreError(InputError):
    """A store that cannot be used as given: a bad URL, an unsafe key, a corrupt index, a missing slug."""


class StoreUnavailable(TransientError):
    """The store did not answer, or answered with a server error, after botocore's own retries."""


class PreconditionFailed(TransientError):
    """A conditional write lost a race: the object changed since it was read (or kept changing)."""


class ConditionalWritesUnsupported(StoreError):
    """The store ignores If-Match/If-None-Match on PUT: concurrent publishes could lose episodes."""


class SourceError(CastflowError):
    """The episode's source audio could not be fetched (either kind below)."""


class SourceMissing(SourceError, InputError):
    """The source audio is not there: no such file, HTTP 404, no such S3 key."""


class SourceUnavailable(SourceError, TransientError):
    """The source audio's server failed or did not answer (HTTP 5xx, a dropped connection)."""


# --- Everything else ------------------------------------------------------------------------------

class LlmError(TransientError):
    """The notes LLM did not answer, or not in the shape asked for; the notes fall back without it."""


class InboxFailures(CastflowError):
    """Some inbox episodes failed; the message names each one and why. The others were published."""

    @staticmethod
    def of(problems: list[str], errors: list[BaseException | None]) -> InboxFailures:
        """An input error (exit 2) when every failure was one, so a person knows the files need fixing;
        otherwise transient (exit 1): the next run may publish them as they are.

        >>> type(InboxFailures.of(["a: bad"], [ConfigError("bad")])).__name__
        'InboxInputFailures'
        >>> type(InboxFailures.of(["a: bad", "b: down"], [ConfigError("bad"), OSError("down")])).__name__
        'InboxFailures'
        """
        kind = InboxInputFailures if errors and not any(e is None or is_transient(e) for e in errors) else InboxFailures
        return kind("; ".join(problems))


class InboxInputFailures(InboxFailures, InputError):
    """Every failed inbox episode failed on its input."""
