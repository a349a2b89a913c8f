"""The language-model generator against a real HTTP server on 127.0.0.1 that speaks the OpenAI chat
completions protocol: it records each request and answers from the JSON schema the request carries
(so a change of schema changes the reply), or misbehaves on purpose. Every failure must fall back to
the offline notes, with a warning that never shows the API key."""

from __future__ import annotations

import json
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tasks.models import EpisodeInput, NotesOptions, Transcript
from tasks.notes import write_notes
from tasks.notes.llm import CHUNK_CHARS, LlmNotes, PartNotes, strict_schema

DATA = Path(__file__).parent / "data" / "notes"
KEY_ENV = "CASTFLOW_TEST_LLM_KEY"
SECRET = "sk-test-0123456789-secret"

# What the fake model "knows", by property name; everything else is filled from the schema's types.
CANNED = {
    "summary": "The MLOps community grew fast; security and data quality now lead.",
    "questions": ["Is MLOps a lasting trend?", "How big can ML models get?"],
    "companies": ["Microsoft", "Tecton", "David Aponte"],
    "people": [
        {"name": "Demetrius Brinkman", "role": "guest", "affiliation": "MLOps Community"},
        {"name": "David Aponte", "role": "guest", "affiliation": "Software engineer at Microsoft"},
        {"name": "Steph Locke", "role": "guest", "affiliation": ""},  # a host the model got wrong
        {"name": "Andrew Ng", "role": "mentioned", "affiliation": ""},
    ],
    "tags": ["mlops", "data quality"],
    "topics": ["mlops"],
    "chapters": [{"start": 0, "title": "Introductions"}, {"start": 95.5, "title": "Security and data"}],
}


def from_schema(schema: dict, defs: dict, name: str | None = None):
    """An instance of ``schema``, canned values first: what a well-behaved model returns."""
    if "$ref" in schema:
        return from_schema(defs[schema["$ref"].split("/")[-1]], defs, name)
    if name in CANNED:
        return CANNED[name]
    kind = schema.get("type")
    if kind == "object":
        return {key: from_schema(value, defs, key) for key, value in schema["properties"].items()}
    if kind == "array":
        return [from_schema(schema["items"], defs)]
    if kind == "number":
        return 0.0
    return "x"


class FakeModel(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.mode = "ok"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: FakeModel

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
        mode = self.server.mode
        fmt = body.get("response_format", {})
        if mode == "slow":
            time.sleep(1.5)
        if mode == "500":
            return self._send(500, json.dumps({"error": f"boom, your key was {self.headers.get('Authorization')}"}))
        if mode == "json_object_only" and fmt.get("type") == "json_schema":
            return self._send(400, json.dumps({"error": "response_format json_schema is not supported"}))
        if fmt.get("type") == "json_schema":
            schema = fmt["json_schema"]["schema"]
        else:  # json_object: the schema travels in the system prompt
            prompt = body["messages"][0]["content"]
            schema = json.loads(prompt[prompt.index("{"):])
        reply = from_schema(schema, schema.get("$defs", {}))
        content = json.dumps(reply)
        if mode == "invalid_json":
            content = "Sure! Here are your notes: {summary: oops"
        elif mode == "schema_violation":
            content = json.dumps({**reply, "chapters": [{"start": -5, "title": ""}], "extra": 1})
        elif mode == "fenced":
            content = f"```json\n{content}\n```"
        self._send(200, json.dumps({"id": "x", "object": "chat.completion", "model": body["model"],
                                    "choices": [{"index": 0, "finish_reason": "stop",
                                                 "message": {"role": "assistant", "content": content}}]}))


@pytest.fixture
def fake_model():
    server = FakeModel()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def audio_transcript() -> Transcript:
    return Transcript.model_validate_json((DATA / "seed-audio-transcript.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page_transcript() -> Transcript:
    return Transcript.model_validate_json((DATA / "seed-page-transcript.json").read_text(encoding="utf-8"))


@pytest.fixture
def bare_episode(seed_episode) -> EpisodeInput:
    return EpisodeInput(title=seed_episode.title, audio=seed_episode.audio)


@pytest.fixture
def llm_show(seed_show, fake_model, monkeypatch):
    monkeypatch.setenv(KEY_ENV, SECRET)
    options = NotesOptions(generator="llm", llm_base_url=fake_model.base_url, llm_model="test-model",
                           llm_api_key_env=KEY_ENV, llm_timeout_s=5)
    return seed_show.model_copy(update={"notes": options})


def _no_secret_anywhere(notes, caplog) -> None:
    for text in (notes.html, notes.markdown, notes.description, notes.model_dump_json()):
        assert SECRET not in text
    assert not any(SECRET in record.getMessage() for record in caplog.records)


def test_request_follows_the_openai_contract(llm_show, bare_episode, audio_transcript, fake_model, caplog):
    notes = write_notes(llm_show, bare_episode, audio_transcript)
    assert len(fake_model.requests) == 1
    request = fake_model.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == f"Bearer {SECRET}"
    body = request["body"]
    assert body["model"] == "test-model" and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert body["response_format"]["json_schema"]["schema"] == strict_schema(LlmNotes)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Steph Locke" in body["messages"][0]["content"]  # the hosts are named
    assert "[00:00:00] Welcome to Utilizing AI" in body["messages"][1]["content"]
    assert bare_episode.title in body["messages"][1]["content"]

    # The reply, held to the metadata: canonical spellings, no host as a guest, no person as a company.
    assert notes.summary == CANNED["summary"]
    assert [g.name for g in notes.guests] == ["Demetrios Brinkmann", "David Aponte"]
    assert notes.guests[1].affiliation == "Software engineer at Microsoft"
    assert [h.name for h in notes.hosts] == ["Stephen Foskett", "Steph Locke"]
    assert [c.name for c in notes.companies] == ["Microsoft", "Tecton"]
    assert notes.tags[:2] == ["@SFoskett", "@TheStephLocke"] and "data quality" in notes.tags
    assert [(c.start, c.title) for c in notes.chapters] == [(0.0, "Introductions"), (95.5, "Security and data")]
    assert "<li>00:01:35 Security and data</li>" in notes.html
    _no_secret_anywhere(notes, caplog)


def test_schema_requires_every_field_and_forbids_others():
    for model in (LlmNotes, PartNotes):
        schema = strict_schema(model)
        assert schema["additionalProperties"] is False
        assert set(schema["required"]) == set(schema["properties"])
        for definition in schema.get("$defs", {}).values():
            assert definition["additionalProperties"] is False
            assert set(definition["required"]) == set(definition["properties"])


def test_a_long_transcript_is_mapped_then_reduced(llm_show, bare_episode, page_transcript, fake_model):
    assert len(page_transcript.text) > 2 * CHUNK_CHARS
    notes = write_notes(llm_show, bare_episode, page_transcript)
    names = [r["body"]["response_format"]["json_schema"]["name"] for r in fake_model.requests]
    parts = len(names) - 1
    assert parts >= 3 and names == ["show_notes_part"] * parts + ["show_notes"]
    for number, request in enumerate(fake_model.requests[:-1], start=1):
        prompt = request["body"]["messages"][1]["content"]
        assert f"part {number} of {parts}" in prompt
        assert len(prompt) < CHUNK_CHARS + 2000
        assert request["body"]["response_format"]["json_schema"]["schema"] == strict_schema(PartNotes)
    # Every part of the transcript was sent once, in order.
    sent = "".join(r["body"]["messages"][1]["content"] for r in fake_model.requests[:-1])
    assert "Starting point" not in sent and "Thanks, and we'll see you next time." in sent
    reduce_prompt = fake_model.requests[-1]["body"]["messages"][1]["content"]
    assert CANNED["summary"] in reduce_prompt  # the parts' notes, merged by the last request
    assert notes.summary == CANNED["summary"]


def test_a_server_without_json_schema_gets_json_object(llm_show, bare_episode, audio_transcript, fake_model):
    fake_model.mode = "json_object_only"
    notes = write_notes(llm_show, bare_episode, audio_transcript)
    assert [r["body"]["response_format"]["type"] for r in fake_model.requests] == ["json_schema", "json_object"]
    assert "follows this JSON schema" in fake_model.requests[1]["body"]["messages"][0]["content"]
    assert notes.summary == CANNED["summary"]


def test_a_fenced_reply_is_accepted(llm_show, bare_episode, audio_transcript, fake_model):
    fake_model.mode = "fenced"
    assert write_notes(llm_show, bare_episode, audio_transcript).summary == CANNED["summary"]


@pytest.mark.parametrize("mode", ["invalid_json", "schema_violation", "500", "slow", "refused"])
def test_any_failure_falls_back_to_the_offline_notes(mode, llm_show, seed_show, bare_episode, audio_transcript,
                                                     fake_model, caplog):
    fake_model.mode = mode
    show = llm_show
    if mode == "slow":
        show = llm_show.model_copy(update={"notes": llm_show.notes.model_copy(update={"llm_timeout_s": 0.3})})
    if mode == "refused":
        fake_model.shutdown()
        fake_model.server_close()
    with caplog.at_level(logging.WARNING, logger="castflow.notes"):
        notes = write_notes(show, bare_episode, audio_transcript)
    offline = write_notes(seed_show, bare_episode, audio_transcript)
    assert notes == offline
    warnings = [r.getMessage() for r in caplog.records if r.name == "castflow.notes" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "writing them offline" in warnings[0]
    _no_secret_anywhere(notes, caplog)
    if mode == "500":
        assert "HTTP 500" in warnings[0]  # the server's body, which echoed the key, is not repeated


def test_an_unconfigured_endpoint_falls_back(seed_show, bare_episode, audio_transcript, caplog):
    show = seed_show.model_copy(update={"notes": NotesOptions(generator="llm")})
    with caplog.at_level(logging.WARNING, logger="castflow.notes"):
        notes = write_notes(show, bare_episode, audio_transcript)
    assert {g.name for g in notes.guests} == {"Demetrios Brinkmann", "David Aponte"}
    assert "needs notes.llm_base_url" in caplog.text


def test_no_key_sends_no_authorization(llm_show, bare_episode, audio_transcript, fake_model, monkeypatch):
    monkeypatch.delenv(KEY_ENV)
    write_notes(llm_show, bare_episode, audio_transcript)
    assert "Authorization" not in fake_model.requests[0]["headers"]
