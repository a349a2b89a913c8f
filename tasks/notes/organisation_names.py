"""How organisations and roles are said: the capitalised run an organisation's name is, a web address
spoken aloud, the role nouns ("engineer", "CEO of"), and a run cut to the name in it."""

from __future__ import annotations

import re

from tasks.notes.lexicon import NOT_NAMES, ROLE_NOUNS

# Latin capitals and small letters, accented ones too: "André Eriksson", "Łukasz", "Søren", "Kùzu", "Zürich".
_LATIN = [chr(code) for code in range(0x41, 0x250)]
LATIN_UPPER = "".join(c for c in _LATIN if c.isupper())
LATIN_LOWER = "".join(c for c in _LATIN if c.islower())
_LETTER = f"{LATIN_UPPER}{LATIN_LOWER}"
_ORG_WORD = rf"(?:[{LATIN_UPPER}][{_LETTER}0-9&'.+-]*[{_LETTER}0-9&+]|[{LATIN_UPPER}])"
ORG_SPAN = re.compile(rf"{_ORG_WORD}(?:(?: | of | for | & | de | la ){_ORG_WORD})*")
_ADDRESS_NAME = r"[a-z0-9][a-z0-9-]{2,}"
_TOP_LEVEL = r"\.(?:com|io|ai|org|net|co|dev|tech|app)\b"
# A web address spoken aloud, its name captured ("Replay.io" → "Replay"): any case.
DOMAIN = re.compile(rf"\b({_ADDRESS_NAME}){_TOP_LEVEL}", re.IGNORECASE)
# The whole address as a recogniser writes it, in lower case ("CTO at incident.io"): part of larger patterns.
WEB_ADDRESS = rf"{_ADDRESS_NAME}{_TOP_LEVEL}"

_NUMBERS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten".split())
# Words never a name alone, but a name's beside another name's word: "Internet Health Report", "Radiant Earth",
# "Google Earth", "Web Foundation".
_NAME_PARTS = frozenset("Internet Web Earth".split())
ROLE_ALTERNATIVES = '|'.join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
ROLE_NOUN = rf"\b(?:{ROLE_ALTERNATIVES})"
ROLE = rf"{ROLE_NOUN}(?:\s+[a-z-]+){{0,2}}"


def squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _beside_a_name(word: str) -> bool:
    return word[:1].isupper() and word not in NOT_NAMES


def trim_span(span: str) -> str:
    """A capitalised run cut to the name in it.

    >>> trim_span("The CEO of Nightingale HQ's"), trim_span("Microsoft."), trim_span("Shopify APIs")
    ('Nightingale HQ', 'Microsoft', 'Shopify')
    >>> trim_span("Hour One"), trim_span("One")
    ('Hour One', '')
    >>> trim_span("Internet Health Report"), trim_span("Radiant Earth"), trim_span("The Internet"), trim_span("So Web")
    ('Internet Health Report', 'Radiant Earth', '', '')
    """
    words = span.split()
    for position in range(len(words) - 2, 0, -1):
        if words[position] in {"of", "for"} and words[position - 1].lower() in ROLE_NOUNS:
            words = words[position + 1:]  # "CEO of Nightingale HQ": the role is not the name
            break
    while words and (words[0] in NOT_NAMES or words[0].lower() in {"the", "a", "an"}) \
            and not (words[0] in _NAME_PARTS and len(words) > 1 and _beside_a_name(words[1])):
        words = words[1:]
    # A plural acronym ("Shopify APIs", "Nvidia GPUs") is a common noun: what the name makes, not the name.
    # "from Hour One, who is the CTO": a number capitalised inside a sentence, after a name, is the name's.
    while words and ((words[-1] in NOT_NAMES and not ((words[-1] in _NUMBERS or words[-1] in _NAME_PARTS)
                                                      and len(words) > 1 and _beside_a_name(words[-2])))
                     or words[-1] in {"of", "for", "&", "de", "la"}
                     or (len(words) > 1 and re.fullmatch(r"[A-Z]{2,}s", words[-1]))):
        words = words[:-1]
    return re.sub(r"['’]s$|[.'’]+$", "", " ".join(words))
