"""Tags: metadata first, then the participants' handles, then the episode's topical keyphrases and proper
nouns, never a participant's name."""

from __future__ import annotations

import re

from tasks.models import Person
from tasks.notes.keyphrases import keyphrases
from tasks.notes.names import addressed_names, people_mentioned, similar_names
from tasks.notes.organisation_names import squashed


def find_tags(
    people: list[Person],
    metadata_tags: list[str],
    transcript_text: str | list[str],
    limit: int = 12,
    exclude: list[str] = (),
    keyphrase_limit: int = 8,
) -> list[str]:
    """Metadata tags, then the participants' handles (as the seed page does), then the episode's
    keyphrases.

    >>> find_tags([Person(name="A B", handle="@ab")], ["ai"], ["We use MLOps.", "MLOps is big.", "MLOps rules."])
    ['ai', '@ab', 'MLOps']
    >>> texts = ["We use MLOps.", "MLOps is big.", "MLOps rules.", "This is Changelog.", "Changelog is ours.",
    ...          "I love Changelog."]
    >>> find_tags([], [], texts), find_tags([], [], texts, exclude=["The Changelog"])
    (['Changelog', 'MLOps'], ['MLOps'])
    """
    texts = [transcript_text] if isinstance(transcript_text, str) else list(transcript_text)
    whole = " ".join(texts)
    names = {w.lower() for p in people for w in p.name.split() if len(w) > 2}
    names |= {w.lower() for name in [*people_mentioned(whole), *addressed_names(whole)] for w in name.split()}
    vocabulary = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", whole)}
    banned = names | {w for w in vocabulary if any(similar_names(w, n) for n in names if len(n) > 3)}
    tags = list(metadata_tags)
    tags += [p.handle for p in people if p.handle]
    room = max(0, min(keyphrase_limit, limit - len(tags)))
    # A show is said without its article as often as with it: "welcome to Changelog" of The Changelog.
    titles = {squashed(form) for e in exclude if e for form in (e, re.sub(r"^the\s+", "", e.strip(), flags=re.I))}
    found = keyphrases(texts, room + len(titles), exclude=banned) if room else []
    tags += [t for t in found if squashed(t) not in titles][:room]
    seen: set[str] = set()
    unique = []
    for tag in tags:
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            unique.append(tag)
    return unique[:limit]
