"""Telling podcast apps the feed changed, so they fetch it now instead of at their next poll.

Three ways, each off unless ``show.yaml``'s ``notify:`` sets it:

- WebSub (W3C): the feed links its hubs (``<atom:link rel="hub">``, build.py); each hub gets a
  ``hub.mode=publish`` POST naming the feed, and fans the news out to its subscribers.
- Podcast Index ``hub/pubnotify?url=<feed>``: needs no key.
- Podping: a gateway (podping.cloud style) takes ``?url=<feed>&reason=update&medium=...`` with the
  token in the ``Authorization`` header and writes the ping to the Hive blockchain that apps watch.

A notification is a courtesy: the feed is already live when it is sent, so a failure is reported
(``Outcome``), never raised. The Podping token is sent in a header only and is scrubbed from every
message this module returns.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from tasks.models import NotifyOptions

USER_AGENT = "castflow (podcast publisher; update notifications)"


@dataclass(frozen=True)
class Outcome:
    target: str  # websub, pubnotify or podping
    endpoint: str  # the URL called, without query string
    ok: bool
    status: int | None
    detail: str


def _call(client: httpx.Client, target: str, method: str, url: str, secret: str | None = None,
          **request) -> Outcome:
    try:
        response = client.request(method, url, **request)
    except httpx.HTTPError as error:
        detail = f"{type(error).__name__}: {error}"
        return Outcome(target, url, False, None, _scrub(detail, secret))
    ok = 200 <= response.status_code < 300
    detail = "accepted" if ok else f"HTTP {response.status_code}: {response.text[:200].strip()}"
    return Outcome(target, url, ok, response.status_code, _scrub(detail, secret))


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def notify_feed_changed(feed_url: str, options: NotifyOptions, podping_token: str | None = None,
                        medium: str | None = None, transport: httpx.BaseTransport | None = None) -> list[Outcome]:
    """One notification to each configured target, in the order WebSub hubs, Podcast Index, Podping.

    No retries: a hub that answered late would otherwise hear twice, and the next publish tells it again.
    """
    outcomes: list[Outcome] = []
    with httpx.Client(timeout=options.timeout_s, headers={"User-Agent": USER_AGENT}, transport=transport,
                      follow_redirects=False) as client:
        for hub in options.websub_hubs:
            outcomes.append(_call(client, "websub", "POST", hub,
                                  data={"hub.mode": "publish", "hub.url": feed_url}))
        if options.pubnotify:
            outcomes.append(_call(client, "pubnotify", "GET", options.pubnotify_url, params={"url": feed_url}))
        if options.podping_url:
            if not podping_token:
                outcomes.append(Outcome("podping", options.podping_url, False, None,
                                        f"no token: the variable {options.podping_token_env} is not set"))
            else:
                outcomes.append(_call(client, "podping", "GET", options.podping_url, secret=podping_token,
                                      params={"url": feed_url, "reason": "update", "medium": medium or "podcast"},
                                      headers={"Authorization": podping_token}))
    return outcomes


def markdown(feed_url: str, outcomes: list[Outcome]) -> str:
    """The outcomes as the Prefect artifact shows them."""
    failed = sum(not o.ok for o in outcomes)
    lines = ["## Update notifications", "", f"Feed: {feed_url}", "",
             f"**{len(outcomes) - failed} sent, {failed} failed** (a failure never holds back the feed)", "",
             "| target | endpoint | result |", "|---|---|---|"]
    lines += [f"| {o.target} | {o.endpoint} | {'✅' if o.ok else '⚠️'} {o.detail.replace('|', '/')} |"
              for o in outcomes]
    return "\n".join(lines) + "\n"
