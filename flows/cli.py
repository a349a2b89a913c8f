"""``castflow``: the command line, thin over the flows.

castflow's own errors print one line and no traceback. A mistake in the input (bad YAML, unreadable
audio, a missing source, a refused store) names the file and field and exits with status 2; a server
still failing once the retries are spent exits with status 1 (trying later may work).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from tasks.errors import AudioError, CastflowError, ConfigError, SourceError, is_transient
from tasks.models import TranscriptionOptions, load_episode, load_show
from tasks.progress import shown, track

DEMO_PORT = 8000


def find_show_file(episode_file: Path) -> Path:
    """The nearest ``show.yaml`` in the episode's folder or above it."""
    for folder in [episode_file.resolve().parent, *episode_file.resolve().parents]:
        if (folder / "show.yaml").is_file():
            return folder / "show.yaml"
    raise ConfigError(f"{episode_file}: no show.yaml beside it or above it; pass --show")


def cmd_publish(args: argparse.Namespace) -> int:
    from flows.publish_episode import publish_episode

    _quiet_console()

    episode_file = Path(args.episode)
    show = load_show(args.show or find_show_file(episode_file), store=args.store)
    episode = load_episode(episode_file)
    try:
        with shown():
            result = publish_episode(episode=episode, show=show)
    except (AudioError, SourceError) as error:  # same kind (input or transient), now naming the field
        raise type(error)(f"{episode_file}: field 'audio': {error}") from None
    print(f"Published {result.record.title!r} ({result.episode_count} episodes in the feed)")
    print(f"Feed: {result.feed_url}")
    return 0


def cmd_process_inbox(args: argparse.Namespace) -> int:
    from flows.process_inbox import process_inbox

    _quiet_console()

    outcome = process_inbox(inbox=args.inbox, show_file=args.show, store=args.store)
    for kind, names in outcome.items():
        print(f"{kind:10} {', '.join(names) or '-'}")
    return 0


def cmd_rebuild_feed(args: argparse.Namespace) -> int:
    from flows.rebuild_feed import rebuild_feed

    _quiet_console()

    count = rebuild_feed(show_file=args.show, store=args.store)
    print(f"Rebuilt the feed: {count} episodes")
    return 0


def cmd_unpublish(args: argparse.Namespace) -> int:
    from flows.unpublish_episode import unpublish_episode

    _quiet_console()

    show = load_show(args.show, store=args.store)
    deleted = unpublish_episode(slug=args.slug, show=show)
    print(f"Unpublished {args.slug}: {len(deleted)} files removed. Feed: {show.feed_url}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve

    if not Path(args.directory).is_dir():
        raise ConfigError(f"{args.directory}: no such folder to serve (publish first, or name the store's folder)")
    serve(args.directory, host=args.host, port=args.port)
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from tasks.transcription import transcribe_audio, write_transcripts

    audio = Path(args.audio)
    if not audio.is_file():
        raise AudioError(f"{audio}: audio file not found")
    options = TranscriptionOptions(engine=args.engine, model=args.model, language=args.language)
    names = [n.strip() for n in (args.names or "").split(";") if n.strip()]
    with shown():
        transcript = transcribe_audio(audio, options, names, speakers=args.speakers,
                                      progress=track("Recognition"))
    for kind, path in write_transcripts(transcript, Path(args.output), audio.stem).items():
        print(f"{kind:5} {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="castflow",
                                   description="Publish podcast episodes: audio and metadata in, a feed out.")
    commands = root.add_subparsers(dest="command", required=True)

    publish = commands.add_parser("publish", help="publish one episode.yaml end to end")
    publish.add_argument("episode", help="path to episode.yaml")
    publish.add_argument("--show", help="path to show.yaml (default: the nearest one above the episode)")
    publish.add_argument("--store", help="override the show's store: file://DIR or s3://bucket/prefix")
    publish.set_defaults(run=cmd_publish)

    serve = commands.add_parser("serve", help="serve a local store over HTTP (ranges, HEAD, CORS)")
    serve.add_argument("directory", nargs="?", default="public")
    serve.add_argument("--port", type=int, default=DEMO_PORT)
    serve.add_argument("--host", default="127.0.0.1")
    serve.set_defaults(run=cmd_serve)

    transcribe = commands.add_parser("transcribe", help="transcribe audio into VTT, SRT, JSON and text")
    transcribe.add_argument("audio")
    transcribe.add_argument("--engine", default="faster", choices=["faster", "openai"])
    transcribe.add_argument("--model", default="tiny.en")
    transcribe.add_argument("--language", default="en")
    transcribe.add_argument("--names", help="names to spell right, separated by ';'")
    transcribe.add_argument("--speakers", action="store_true", help="label speakers (resemblyzer)")
    transcribe.add_argument("-o", "--output", default=".", help="output folder")
    transcribe.set_defaults(run=cmd_transcribe)

    def show_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--show", default="show.yaml", help="path to show.yaml (default: ./show.yaml)")
        command.add_argument("--store", help="override the show's store")

    inbox = commands.add_parser("process-inbox", help="publish every due, unpublished episode of an inbox")
    inbox.add_argument("inbox", help="a folder or s3://bucket/prefix of episode folders (episode.yaml + audio)")
    show_options(inbox)
    inbox.set_defaults(run=cmd_process_inbox)

    rebuild = commands.add_parser("rebuild-feed", help="rebuild the feed and pages from the index")
    show_options(rebuild)
    rebuild.set_defaults(run=cmd_rebuild_feed)

    unpublish = commands.add_parser("unpublish", help="remove an episode from the feed, then its files")
    unpublish.add_argument("slug")
    show_options(unpublish)
    unpublish.set_defaults(run=cmd_unpublish)
    return root


class _NoTracebackForUserErrors(logging.Filter):
    """Prefect logs a failed run's traceback; for castflow's own errors the one-line message is the
    whole story in a terminal (the Prefect UI still keeps the full record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, CastflowError):
            record.exc_info, record.exc_text = None, None
        return True


def _quiet_console() -> None:
    """Filter the terminal's handlers only: Prefect's API handler keeps the traceback for the UI."""
    for name in ("", "prefect", "prefect.flow_runs", "prefect.task_runs"):
        for handler in logging.getLogger(name).handlers:
            if type(handler).__name__ != "APILogHandler" and not any(
                    isinstance(f, _NoTracebackForUserErrors) for f in handler.filters):
                handler.addFilter(_NoTracebackForUserErrors())


def main(argv: list[str] | None = None) -> int:
    # castflow works offline: Prefect's server would otherwise phone home for anonymous analytics.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The temporary server's first start in a fresh ~/.prefect creates its database, which took over
    # Prefect's default 20 s on a 2-core machine (make demo failed once that way); later starts take seconds.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except CastflowError as error:
        print(f"castflow: error: {error}", file=sys.stderr)
        return 1 if is_transient(error) else 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
