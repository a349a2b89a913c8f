"""The offline summary, as a producer writes one: who joins whom on what ("In this episode, Ada Lovelace,
CTO of Analytical Engines, joins Grace Hopper to discuss compilers and COBOL."), then two to four
sentences of the episode that carry its main topics and read on their own.

The body is extractive: the most central sentences (``sentences.rank``), varied. A spoken sentence
often leans on the talk around it, so each candidate is read with spaCy's parse:

- an opening connective that only ties it to what came before ("However,", "Since then,", "During that
  time,", "Separately from the podcast,") is dropped; one that cannot be dropped ("Perhaps an apt
  analogy ...", "Except that when ...", "Because ...", a name called out) starts it mid-thought, and
  such a sentence is never used;
- a main clause whose subject points back ("It", "That", "they" with no noun before it, "that work")
  leans on context;
- a main clause about the speaker ("I", "my lab", "we" in the past, "you" said to a guest) is the
  speaker's story.

A sentence that goes on from the last ("And ...", "But ...") leans on context too. Sentences that do
neither are used first; where fewer than two are left, the speaker's own story is allowed, and then
sentences that lean on context. Greetings, questions, small talk, sponsor reads, the sentence after a
self-introduction and sentences that start mid-thought never are; a hedge between commas (", I
think,") is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tasks.notes.entities import sentence_doc
from tasks.notes.lexicon import GENERIC, ROLE_NOUNS
from tasks.notes.sentences import (
    Sentence,
    _similarity,
    clean,
    is_small_talk,
    rank,
    split_sentences,
    stem,
    stems,
    topic_words,
)

# How far a body sentence may lean on the conversation, in the order the summary relaxes to.
STANDS_ALONE, OWN_STORY, LEANS = 0, 1, 2

_ANNOUNCES_TOPIC = re.compile(
    r"\b(?:today,? we(?:'re| are| will|'ll)|in (?:this|today's) (?:episode|show|conversation)|"
    r"this (?:episode|week),? we|"
    r"we(?:'re| are) (?:going to |gonna )?(?:be )?(?:discuss|talk|look|dig|dive|explor|cover)\w*)",
    re.IGNORECASE,
)
_NOT_SUMMARY = re.compile(
    r"(?i:\b(?:welcome|subscribe|thank|thanks|my name is|sponsor|brought to you|follow (?:us|me)|"
    r"connect with|reach (?:out|me)|find (?:us|me)|link in|let's meet|our guests?|joining (?:me|us)|joined by))|"
    r"\.com\b"
)
# Dialogue quoted, an introduction ("So we're here talking with Justin, and Justin - ..."), stage directions.
# "On the show today we have myself, Erik St. Martin, Carlisia Pinto": who is on the show, not what it is about.
_STAGED = re.compile(r"[\"“”]|\b(?:with us today|today's guest|guests? (?:today|is|are)|in the background|"
                     r"on the show today|(?:we have|with|it's) myself\b|"
                     r"forgive|go ahead|(?:talking|chatting|speaking) (?:with|to) (?-i:[A-Z][a-z]+\b))",
                     re.IGNORECASE)
# Without spaCy: a conjunction, a sentence adverb ("Amazingly enough,"), a word pointing back, a name
# called out, or the speaker talking of themselves.
_MID_THOUGHT = re.compile(
    r"^(?:(?:and|but|or|so|because|also|plus|then|which|although|though|anyway|even|too|as well|like|except|"
    r"perhaps|separately|since|however|specifically|essentially|really|actually|"
    r"that|this|it|those|these|he|she|they|them|there|here|such|i|i'm|i've|i'd|my|me|we|we're|we've|our|"
    r"you|you're|your|yeah|yes|no|oh|well|okay|right|sure|cool|awesome|wow|just|maybe|people who)\b|"
    r"\w+ly\b(?: enough)?,|[A-Z][a-z]+, )",
    re.IGNORECASE,
)
_SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is) [A-Z][a-z]+ [A-Z]")
# "Pinterest was just entering, I think, this phase": the speaker's hedge, between commas, says nothing.
_HEDGE = re.compile(r",\s+(?:I think|I guess|I believe|I mean|I'd say|I would (?:say|assume)|you know),\s+")
_CONTINUES = re.compile(r"\W*(?:and|but|or|yet)\b", re.IGNORECASE)
_SPEAKER_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")
MAX_WORDS = 50  # a spoken sentence longer than this is a run-on, not a summary's sentence
EXTRA_SHARE = 0.5  # past two sentences, a body sentence scores at least this share of the best one's

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_POINTING = frozenset("it this that these those they them he she him her".split())
_THIRD_PERSON = frozenset("they them he she him her his their".split())
_PEOPLE_PRONOUNS = frozenset("he she him her his".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_SINGULAR = frozenset("i my".split())
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_CONNECTIVE_DEPS = {"advmod", "prep", "cc", "intj"}
_RELATIVES = frozenset("which who whom whose".split())


def _root(doc):
    return next((t for t in doc if t.dep_ == "ROOT"), doc[0])


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _connective_end(doc) -> int:
    """Where an opening connective ends, past its comma (0 when the sentence opens otherwise): words
    before the first comma that hang on the main clause as an adverb or a preposition and say nothing
    of their own ("However", "Since then", "During that time", "In fact"); "Today," or "At Shopify," do.

    >>> [_connective_end(sentence_doc(s)) for s in ["However, the team grew.", "During that time, I moved.",
    ...                                        "Today, we discuss CUDA.", "At Shopify, checkout matters."]]
    [2, 4, 0, 0]
    """
    comma = next((t.i for t in doc[:9] if t.text == ","), None)
    if not comma or comma + 1 >= len(doc):
        return 0
    opener = doc[:comma]
    attached = [t for t in opener if not (0 <= t.head.i < comma) or t.head == t]
    if not attached or any(t.dep_ not in _CONNECTIVE_DEPS or t.head.i < comma for t in attached):
        return 0
    for token in opener:
        demonstrative = any(c.lower_ in _DEMONSTRATIVES for c in token.children)
        if token.pos_ in ("NOUN", "PROPN", "NUM", "VERB") and token.lower_ not in GENERIC and not demonstrative:
            return 0
    return comma + 1


def _main_clauses(doc) -> list:
    """The verbs of what a sentence asserts: its root, the clauses coordinated with it, and a clause
    spliced on before it with a comma ("It was so interesting, kids grow up with technology")."""
    root = _root(doc)
    return [root, *(c for c in root.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ == "conj" or (c.dep_ in ("ccomp", "parataxis") and c.i < root.i)))]


def _subjects(doc) -> list:
    return [c for verb in _main_clauses(doc) for c in verb.children if c.dep_ in _SUBJECTS]


def _is_fragment(doc) -> bool:
    """Whether a sentence asserts nothing: its main verb is not finite ("Ensuring that everyone is on
    board ...", "Using large amounts of data to train models ...").

    >>> _is_fragment(sentence_doc("Using large amounts of data to train models."))
    True
    >>> _is_fragment(sentence_doc("CUDA is fast."))
    False
    """
    root = _root(doc)
    return root.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                                for c in root.children)


def _opens_mid_thought(doc) -> bool:
    """Whether a sentence starts where the last one left off: a conjunction, an adverb on its main
    clause ("Perhaps ...", "Except that ...", "Because ..."), a relative pronoun, or a name called out."""
    words = [t for t in doc if not t.is_punct]
    if not words:
        return True
    first = words[0]
    if first.pos_ in ("CCONJ", "INTJ") or first.lower_ in _RELATIVES:
        return True
    if first.pos_ == "ADV" and first.dep_ in ("advmod", "cc", "preconj") and first.head.dep_ == "ROOT":
        return True
    if first.pos_ == "SCONJ" and not (first.dep_ in ("mark", "advmod") and first.head.dep_ == "advcl"):
        return True
    called = first.pos_ == "PROPN" and first.i + 1 < len(doc) and doc[first.i + 1].text == ","
    return called and any(t.lower_ in ("you", "your") for t in doc)


def _extraposed(subject, root) -> bool:
    """"It's expensive to hire ...": an "it" that stands for the clause after it, not for something said before.

    >>> doc = sentence_doc("It's very expensive to hire a machine learning engineer.")
    >>> other = sentence_doc("It's for me, what I notice is odd.")
    >>> _extraposed(doc[0], doc[1]), _extraposed(other[0], other[1])
    (True, False)
    """
    described = any(c.dep_ in ("acomp", "attr") for c in root.children)
    clause = any(c.i > subject.i and (
        (c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)) or
        (c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children))) for c in root.children)
    return subject.lower_ == "it" and root.pos_ == "AUX" and described and clause


def _leans_on_context(doc) -> bool:
    """Whether the main clause's subject points back at something the sentence does not name: a
    pronoun ("It", "That", "They"), a demonstrative ("that work") or a pronoun inside it ("What they
    discovered"), with no noun before it; or "he", "she" or "they" anywhere with no one named before
    them (a name, or for "they" a plural).

    >>> [_leans_on_context(sentence_doc(s)) for s in ["It was the Android camera, there was visual search, you "
    ...     "could upload photos.", "It's great to see our friends make progress.", "CUDA is fast, it runs anywhere."]]
    [True, False, False]
    """

    def unnamed(token) -> bool:
        before = doc[:token.left_edge.i]
        if token.lower_ in _PEOPLE_PRONOUNS:
            return not any(t.pos_ == "PROPN" for t in before)
        if token.lower_ in _THIRD_PERSON:
            return not any(t.pos_ == "PROPN" or t.tag_ in ("NNS", "NNPS") for t in before)
        return not any(t.pos_ in ("NOUN", "PROPN") for t in before)

    # A run-on opens on a clause of its own: "It was the Android camera, there was visual search on the web,
    # ..." (the parse's main clause is a later one); its first word points back as much.
    opening = next((t for t in doc if not t.is_punct), None)
    first_clause = [opening] if opening is not None and opening.dep_ in _SUBJECTS else []
    for subject in [*_subjects(doc), *first_clause]:
        if subject.lower_ in _POINTING and subject.pos_ == "PRON" and not _extraposed(subject, subject.head) \
                and unnamed(subject):
            return True
        if any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in subject.children) and unnamed(subject):
            return True
    return any(t.lower_ in _THIRD_PERSON and t.pos_ == "PRON" and unnamed(t) for t in doc)


def _speaker_centred(doc) -> bool:
    """Whether what the sentence asserts is the speaker's story ("I", "my lab", an opening "When I
    joined ...", "we" in the past: "we designed chips") or about the guest spoken to ("you're a tech
    lead"). "We" in the present is what the speaker's organisation does ("We have a new API called
    ..."), and "you can ..." is anyone.

    >>> [_speaker_centred(sentence_doc(s)) for s in ["When I joined, we were a chip company.", "We have a new API.",
    ...                                        "We designed chips.", "You're the tech lead.", "You can never win."]]
    [True, False, True, True, False]
    """
    root = _root(doc)
    opening = [t for t in doc[:root.i] if t.dep_ in _SUBJECTS]
    for subject in [*_subjects(doc), *opening]:
        verb = subject.head
        told = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
        if subject.lower_ in _SINGULAR or any(c.dep_ == "poss" and c.lower_ in _SINGULAR for c in subject.children):
            return True
        plural = subject.lower_ == "we" or any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)
        if plural and told:
            return True
        if subject.lower_ == "you" and not any(c.tag_ == "MD" for c in subject.head.children):
            return True
    return False


def _ends_whole(doc) -> bool:
    """Whether a sentence that trails off ("...") has said what it set out to: the clause its last
    word belongs to has a finite verb ("Shopify is a Ruby company, so rebooting our stack..." does not)."""
    words = [t for t in doc if not t.is_punct]
    if not words:
        return False
    clause = words[-1]
    while clause.dep_ != "ROOT" and not (clause.pos_ in ("VERB", "AUX") and clause.dep_ not in (
            "xcomp", "acl", "pcomp", "amod", "relcl", "aux", "auxpass")):
        clause = clause.head
    return clause.dep_ == "ROOT" or clause.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children)


def _without_connectives(text: str, doc):
    """The sentence past its opening connectives ("Now, essentially, ..."), cleaned again."""
    for _ in range(3):
        end = _connective_end(doc) if doc is not None else 0
        if not end:
            break
        text = clean(doc[end:].text)
        doc = sentence_doc(text)
    return text, doc


def announces_topic(text: str) -> bool:
    """A host announcing what the episode is about, as the sentence's opening words.

    >>> announces_topic("Today, we're discussing the changes in MLOps.")
    True
    >>> announces_topic("We had fewer checks, if we're talking about scale and CI/CD today.")
    False
    """
    match = _ANNOUNCES_TOPIC.search(text)
    return bool(match) and len(text[:match.start()].split()) <= 4


def reading(text: str) -> tuple[int | None, str]:
    """How far a cleaned sentence leans on the conversation (``STANDS_ALONE``, ``OWN_STORY`` or
    ``LEANS``; None when it starts mid-thought or trails off), and the sentence as the summary prints
    it, opening connectives dropped.

    >>> reading("However, CUDA is a parallel computing platform for developers.")
    (0, 'CUDA is a parallel computing platform for developers.')
    >>> reading("Perhaps an apt analogy is kind of like air traffic control.")[0] is None
    True
    >>> reading("When I joined the company, we were viewed as a chip company.")[0], reading("That was hard.")[0]
    (1, 2)
    """
    doc = sentence_doc(text)
    if doc is None:  # without spaCy, only the words a sentence opens with can tell
        if _MID_THOUGHT.match(text) or "..." in text or "…" in text:
            return None, text
        return (OWN_STORY if _SPEAKER_WORDS.search(text) else STANDS_ALONE), text
    text, doc = _without_connectives(text, doc)
    if "…" in text or "..." in text.rstrip("."):
        return None, text
    if text.endswith("..."):
        if not _ends_whole(doc):
            return None, text
        text = text[:-3].rstrip(" ,;") + "."
    if _opens_mid_thought(doc) or _is_fragment(doc):
        return None, text
    if _leans_on_context(doc):
        return LEANS, text
    return (OWN_STORY if _speaker_centred(doc) else STANDS_ALONE), text


def _candidates(items: list[Sentence], banned: list[str], stock: list[set[str]], topics: list[str] = (),
                introduced_at: int | None = None, introduced: list[tuple[str, str | None]] = ()) -> list[tuple]:
    """(score, sentence, text as printed, its topic words, how far it leans, how central it is) for each
    sentence a summary may use; one that names the episode's ``topics`` counts more, and a host's
    announcement of the topic more again (its centrality is its score without that). Before the sentence
    ``introduced_at`` (where a guest is first named) the hosts talk among themselves: half the score."""
    said = [re.compile(rf"\b{re.escape(t)}", re.IGNORECASE) for t in topics]
    last = items[-1].index if items else 0
    # "I'm Steph Locke, CEO of Nightingale HQ. We help manufacturers ...": who someone is runs on a sentence.
    introducing = {s.index + 1 for s in items if _SELF_INTRODUCTION.search(s.text)}
    retold = [_retells(name, affiliation) for name, affiliation in introduced if affiliation]
    found = []
    for score, sentence in rank(items):
        text = _HEDGE.sub(" ", sentence.text)
        if sentence.index in introducing or any(said(text) for said in retold):
            continue  # the sentence after a self-introduction, or one the opening already says
        words = len(text.split())
        if text.endswith("?") or _NOT_SUMMARY.search(text) or _SELF_INTRODUCTION.search(text) \
                or any(b in text.lower() for b in banned):
            continue
        if is_small_talk(text) or _STAGED.search(text) or words < 8 or words > MAX_WORDS or not text[:1].isupper():
            continue  # a greeting or an introduction, too short to say anything, a run-on or a fragment
        own = set(topic_words(text))
        if own and any(len(own & other) / len(own) >= 0.75 for other in stock):
            continue
        cleaned = clean(text)
        announces = announces_topic(cleaned)
        if announces:  # a host announcing the topic: keep what it announces, even where it trails off
            cleaned, _ = _without_connectives(cleaned, sentence_doc(cleaned))
            tier, cleaned = STANDS_ALONE, cleaned.split("...")[0].rstrip(" ,;") + ("." if "..." in cleaned else "")
        else:
            tier, cleaned = reading(cleaned)
            if tier is None:
                continue
            if _CONTINUES.match(text):  # "And ...", "But ...": what it adds to leans on what it adds to
                tier = max(tier, LEANS)
        if _SPEAKER_WORDS.search(text):
            score *= 0.6  # the speaker's own story, not the episode's topic
        if last and sentence.index > 0.88 * last:
            score *= 0.5
        opening = sentence.index < 0.06 * last or (introduced_at is not None and sentence.index < introduced_at)
        if last and opening and not announces:
            score *= 0.5  # introductions and the hosts' small talk: who people are, not what the episode is about
        if words > 40:
            score *= 0.75
        score *= 1 + 0.3 * min(3, sum(1 for pattern in said if pattern.search(text)))
        found.append((score * (1.8 if announces else 1.0), sentence, cleaned, own, tier, score))
    return found


def _pick(pool: list[tuple], chosen: list[tuple], wanted: int, max_words: int, least: int) -> None:
    """Add up to ``wanted`` sentences from ``pool`` to ``chosen`` by maximal marginal relevance: central,
    but not saying what a chosen sentence said. Past ``least`` sentences, none that would take the body
    over ``max_words`` or that is less than half as central as the most central chosen: a third sentence
    is there to say more, not to fill."""
    pool = sorted(pool, key=lambda c: c[0], reverse=True)
    added = 0
    while pool and added < wanted:
        best = max(pool, key=lambda c: c[0] * (1 - 0.7 * max(
            [_similarity(c[3], other[3]) for other in chosen], default=0.0)))
        pool.remove(best)
        total = sum(len(c[2].split()) for c in chosen)
        if len(chosen) >= least and (total + len(best[2].split()) > max_words
                                     or best[5] < EXTRA_SHARE * max(c[5] for c in chosen)):
            continue
        chosen.append(best)
        added += 1


def _retells(name: str, affiliation: str) -> Callable[[str], bool]:
    """Whether a sentence says again where a guest works, as the opening already does ("Grant is on the
    open source engineering team at Aqua Security" after "Grant Seltzer of Aqua Security joins ...").

    >>> retells = _retells("Grant Seltzer", "Open source engineering team at Aqua Security")
    >>> retells("Grant is on the open source engineering team at Aqua Security."), retells("Grant likes eBPF.")
    (True, False)
    """
    at = _ROLE_AT.match(affiliation)
    organisation = at["organisation"] if at else affiliation
    person = re.compile(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[0])})\b")
    where = re.compile(rf"\b{re.escape(organisation)}\b", re.IGNORECASE)
    return lambda text: bool(person.search(text) and where.search(text))


def summarise(
    items: list[Sentence],
    count: int = 3,
    exclude: list[str] = (),
    boilerplate: list[str] = (),
    max_words: int = 110,
    least: int = 2,
    topics: list[str] = (),
    introduced_at: int | None = None,
    introduced: list[tuple[str, str | None]] = (),
) -> str:
    """The body of the summary: up to ``count`` central sentences that read on their own, at least
    ``least`` where the transcript has any a summary may use, varied, in the order they were spoken.

    A host announcing the topic ("Today, we're discussing ...") counts extra; greetings, thanks,
    introductions, questions, sentences naming ``exclude`` (the show's title) and sentences that
    repeat ``boilerplate`` (the show's own description, read out every episode) never count; the
    opening and closing minutes count less, as does all said before ``introduced_at`` (the index of the
    sentence that first names a guest); a sentence naming the episode's ``topics`` counts more. A sentence
    that says again where one of the ``introduced`` guests (name, affiliation) works is the opening's.
    """
    banned = [e.lower() for e in exclude if e]
    stock = [set(topic_words(s)) for text in boilerplate for _, s in split_sentences(text or "")]
    candidates = _candidates(items, banned, stock, topics, introduced_at, introduced)
    chosen: list[tuple] = []
    _pick([c for c in candidates if c[4] == STANDS_ALONE], chosen, count, max_words, least)
    for tier in (OWN_STORY, LEANS):  # relaxed only as far as the least the body needs
        if len(chosen) < least:
            _pick([c for c in candidates if c[4] == tier], chosen, least - len(chosen), max_words, least)
    return " ".join(c[2] for c in sorted(chosen, key=lambda c: c[1].index))


# --- the opening: who joins whom, on what ----------------------------------------------------------------

_ORGANISATION = r"[A-Z0-9][\w&.'-]*(?:\s+(?:[A-Z0-9][\w&.'-]*|of|for|and|the|&))*"
_ROLE_AT = re.compile(rf"^(?P<role>.+?)\s+(?P<link>at|of|with|for|from)\s+(?P<organisation>{_ORGANISATION})$")
_NAMED_TEAM = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)*)\s+team$")
_PREPOSITION = re.compile(r"\s(?:at|of|with|for|from|in|on)\s")
_WH_TITLE = re.compile(r"^(?:how|what|why|when|where|who|which)\b", re.IGNORECASE)


def _is_role(words: str) -> bool:
    """
    >>> _is_role("Global head"), _is_role("founder and CEO"), _is_role("University")
    (True, True, False)
    """
    return any(stem(w.lower()) in ROLE_NOUNS or w.lower() in ROLE_NOUNS for w in re.findall(r"[\w-]+", words))


def _role_case(role: str, vocabulary: frozenset[str]) -> str:
    """A role as it reads inside a sentence: the capitals a title gets at the start of a line dropped
    from the words that name the role ("Global head", "Chief AI Strategist"); acronyms and what the
    role is of keep theirs ("of AI for Social Good"). A capitalised word is a role's word when it is a
    role noun or the episode says it in lower case (``vocabulary``).

    >>> _role_case("Global head of developer programs", frozenset({"global"}))
    'global head of developer programs'
    >>> _role_case("Head of AI for Social Good", frozenset()), _role_case("Chief AI Strategist", frozenset())
    ('head of AI for Social Good', 'Chief AI strategist')
    """
    cut = _PREPOSITION.search(f"{role} ")
    head, rest = (role[:cut.start()], role[cut.start():]) if cut else (role, "")
    words = [w.lower() if re.fullmatch(r"[A-Z][a-z-]+", w) and (w.lower() in ROLE_NOUNS or w.lower() in vocabulary)
             else w for w in head.split()]
    return " ".join(words) + rest


def affiliation_parts(affiliation: str | None, vocabulary: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(role, link, organisation) of an affiliation as given: "Engineering manager at Pinterest" →
    ("engineering manager", "at", "Pinterest"); a bare organisation has no role, a bare role no
    organisation.

    >>> affiliation_parts("Head of AI for Social Good at Intel")
    ('head of AI for Social Good', 'at', 'Intel')
    >>> affiliation_parts("Shopify"), affiliation_parts("University of Chicago"), affiliation_parts("founder and CEO")
    (('', '', 'Shopify'), ('', '', 'University of Chicago'), ('founder and CEO', '', ''))
    >>> affiliation_parts("Go team"), affiliation_parts("Engineer on the Go team")
    (('', '', 'the Go team'), ('engineer on the Go team', '', ''))
    """
    affiliation = re.sub(r"\s+", " ", (affiliation or "").strip(" ,.;"))
    affiliation = re.sub(r"\bover at\b", "at", affiliation)
    if not affiliation:
        return "", "", ""
    team = _NAMED_TEAM.match(affiliation)
    if team:  # "Go team": a team named after its project is the organisation ("of the Go team")
        return "", "", f"the {team['name']} team"
    match = _ROLE_AT.match(affiliation)
    if match and _is_role(_PREPOSITION.split(f"{match['role']} ")[0]):
        return _role_case(match["role"], vocabulary), match["link"], match["organisation"]
    if _is_role(affiliation) and not re.fullmatch(_ORGANISATION, affiliation):
        return _role_case(affiliation, vocabulary), "", ""
    return "", "", affiliation


def _names(items: list[str]) -> str:
    """
    >>> _names(["A"]), _names(["A", "B"]), _names(["A", "B", "C"])
    ('A', 'A and B', 'A, B and C')
    """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _guests(guests: list[tuple[str, str | None]], vocabulary: frozenset[str]) -> str:
    """Guests as the opening names them: "Ada Lovelace, CTO of Analytical Engines," with a role,
    "Ilya Grigorik of Shopify" with an organisation alone (shared: "A and B of Google").

    >>> _guests([("A B", "Google"), ("C D", "Google")], frozenset())
    'A B and C D of Google'
    >>> _guests([("A B", "Software engineer at Microsoft"), ("C D", None)], frozenset({"software"}))
    'A B, software engineer at Microsoft, and C D'
    >>> _guests([("A B", "Creator of Go"), ("C D", "Creator of Go")], frozenset())
    'A B and C D, creators of Go,'
    """
    parts = [affiliation_parts(affiliation, vocabulary) for _, affiliation in guests]
    organisations = {organisation for role, _, organisation in parts if not role}
    if len(guests) > 1 and len(organisations) == 1 and all(not role and place for role, _, place in parts):
        return f"{_names([name for name, _ in guests])} of {_article(organisations.pop())}"
    # Said of them together ("Rob Pike and Robert Griesemer, the creators of the Go programming language"):
    # one role, for both, once.
    role, link, organisation = parts[0]
    if len(guests) > 1 and role and len(set(parts)) == 1:
        *words, last = role.split(" ")
        plural = " ".join([*words, f"{last}s" if last.lower() in ROLE_NOUNS and not last.endswith("s") else last])
        return f"{_names([name for name, _ in guests])}, {_role_phrase(plural, link, organisation)},"
    people = []
    for (name, _), (role, link, organisation) in zip(guests, parts, strict=True):
        if role:
            people.append(f"{name}, {_role_phrase(role, link, organisation)},")
        else:
            people.append(f"{name} of {_article(organisation)}" if organisation else name)
    return _names(people).replace(",,", ",")


def _role_phrase(role: str, link: str, organisation: str) -> str:
    return f"{role} {link} {_article(organisation)}" if organisation else role


_HEAD_FIRST = re.compile(r"(?:University|Institute|College|School|Academy|Museum|Bank|Department|Cent(?:er|re)|"
                         r"Ministry|Office|Society|Foundation) (?:of|for) ")


def _article(organisation: str) -> str:
    """An organisation named by its kind first takes "the" in a sentence: "Alan Grant of the University of
    Edinburgh", not "of University of Edinburgh"; "Stanford University" takes none.

    >>> _article("University of Edinburgh"), _article("Stanford University"), _article("Allen Institute for AI")
    ('the University of Edinburgh', 'Stanford University', 'Allen Institute for AI')
    """
    return f"the {organisation}" if _HEAD_FIRST.match(organisation) else organisation


# What a guest says on arriving ("Hey, thanks for having me", "It's a pleasure to be here"): someone is on the
# show besides the hosts, though no one's full name may be said ("Well, Kurt, thanks for joining me"). Not
# "happy to be here", which a panel's co-hosts say to each other too.
GUEST_ARRIVES = re.compile(r"\b(?:thanks?(?: you)?(?: so much)? for having (?:me|us)|a pleasure to be (?:here|on)|"
                           r"appreciate you having (?:me|us))\b", re.IGNORECASE)


def unnamed_guests(text: str) -> int:
    """How many guests arrive in ``text`` by what they say (0, 1, or 2 for several): "thanks for having us"
    is said for more than one.

    >>> unnamed_guests("Hey, thanks for having me."), unnamed_guests("Thanks for having us."), unnamed_guests("Hi.")
    (1, 2, 0)
    """
    said = [m.group(0).lower() for m in GUEST_ARRIVES.finditer(text)]
    return 0 if not said else 2 if any(s.endswith(" us") for s in said) else 1


def introduction(guests: list[tuple[str, str | None]], hosts: list[str], topics: list[str], title: str = "",
                 vocabulary: frozenset[str] = frozenset(), unnamed_guests: int = 0) -> str:
    """Who joins whom, and on what: the summary's opening, in the seed page's words. ``topics`` is
    either the topics (up to three are named) or one clause ("how Pinterest delivers software").

    >>> introduction([("Ada Lovelace", "CTO of Analytical Engines")], ["Grace Hopper"], ["compilers", "COBOL"])
    'In this episode, Ada Lovelace, CTO of Analytical Engines, joins Grace Hopper to discuss compilers and COBOL.'
    >>> introduction([("Ilya Grigorik", "Shopify")], ["Jerod Santo"], ["checkout"])
    'In this episode, Ilya Grigorik of Shopify joins Jerod Santo to discuss checkout.'
    >>> introduction([], ["A B", "C D"], [], "Scale at Pinterest")
    'In this episode, A B and C D discuss Scale at Pinterest.'
    >>> introduction([], ["Adam Stacoviak"], ["databases"], unnamed_guests=1)
    'In this episode, Adam Stacoviak talks with a guest about databases.'

    ``unnamed_guests``: how many guests (1, or 2 for several) are on the show whose names were not found;
    the opening says so rather than have the hosts discuss alone.
    """
    subject = _names(topics[:3]) or title.strip() or "the episode's topics"
    people = _guests(guests, vocabulary) if guests else ""
    joins = "joins" if len(guests) == 1 else "join"
    if people and hosts:
        text = f"{people} {joins} {_names(hosts)} to discuss {subject}."
    elif hosts and unnamed_guests:
        company = "a guest" if unnamed_guests == 1 else "guests"
        text = f"{_names(hosts)} {'talks' if len(hosts) == 1 else 'talk'} with {company} about {subject}."
    elif people or hosts:
        who = people or _names(hosts)
        text = f"{who} {'discusses' if len(guests or hosts) == 1 else 'discuss'} {subject}."
    else:
        text = f"this episode is about {subject}."
    return "In this episode, " + text.replace(",,", ",")


def title_subject(title: str, vocabulary: frozenset[str] = frozenset(), spoken: frozenset[str] = frozenset()) -> str:
    """What a title says the episode discusses, where it says it as a clause ("How Pinterest delivers
    software at scale" → "how Pinterest delivers software at scale"): the part of the title that opens
    with a wh-word and has a verb, without its number or its guests ("2x27: ...", "... with Ada
    Lovelace"). A title in Title Case is put in sentence case: a capitalised word keeps its capital only
    where the episode says it that way and never in lower case (``spoken`` and ``vocabulary``, the
    words said capitalised and in lower case). Empty when no part of the title is such a clause.

    >>> title_subject("2x27: How the ML Community Has Evolved in 2021 with Ada Lovelace", frozenset({"community"}))
    'how the ML community has evolved in 2021'
    >>> title_subject("How Pinterest delivers software at scale"), title_subject("Learning about (Deep) Learning")
    ('how Pinterest delivers software at scale', '')
    """
    for part in re.split(r"\s*[:|–—]\s*|\s+-\s+", title):
        part = re.sub(r"\s+(?:with|featuring|feat\.|ft\.)\s+[A-Z][\w.'-]*(?:\s+(?:and\s+)?[A-Z][\w.'-]*)*\s*$", "",
                      part.strip(" .?!\"'"))
        doc = sentence_doc(part)
        if not _WH_TITLE.match(part) or len(part.split()) < 3 or (doc is not None and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[1:])):
            continue
        words = part.split()
        title_case = sum(w[:1].isupper() for w in words[1:]) > len(words[1:]) / 2

        def sentence_case(word: str) -> str:
            keep = not re.fullmatch(r"[A-Z][a-z'-]+", word) or (word in spoken and word.lower() not in vocabulary)
            return word if keep else word.lower()

        return " ".join([words[0].lower(), *(sentence_case(w) if title_case else w for w in words[1:])])
    return ""


def _acronym(phrase: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", phrase)).lower()


def _same_topic(a: str, b: str) -> bool:
    """Whether two topics name one thing: one's words inside the other's, or one the other's acronym.

    >>> _same_topic("AI", "artificial intelligence"), _same_topic("websites", "tutorial websites")
    (True, True)
    >>> _same_topic("neural networks", "parallel computing")
    False
    """
    words_a, words_b = stems(a), stems(b)
    if words_a <= words_b or words_b <= words_a:
        return True
    short, long_ = sorted([a, b], key=len)
    return len(short.split()) == 1 and short.isupper() and len(long_.split()) > 1 and short.lower() == _acronym(long_)


def joined_topics(topics: list[str], text: str) -> list[str]:
    """Topics that are two pieces of one phrase said ("local town" and "town halls" of "local town
    halls") as that phrase, in the place of the first.

    >>> joined_topics(["parallel computing", "CUDA", "computing platform"], "a parallel computing platform")
    ['parallel computing platform', 'CUDA']
    """
    result = list(topics)
    for first in topics:
        for second in topics:
            if first not in result or second not in result or first == second:
                continue
            if first.split()[-1].lower() == second.split()[0].lower() and len(second.split()) > 1:
                joined = " ".join([*first.split(), *second.split()[1:]])
                if re.search(rf"\b{re.escape(joined)}\b", text, re.IGNORECASE):
                    result[result.index(first)] = joined
                    result.remove(second)
    return result


def main_topics(topics: list[str], heads_a_phrase=lambda phrase: True, limit: int = 3) -> list[str]:
    """The topics an opening names: terms first (several words, or a name: "parallel computing",
    "CUDA"), a single common noun ("scale") only where too few terms are left, none that is a piece of
    a longer phrase where it is said (``heads_a_phrase``: "local town" of "local town halls") and none
    that names what another named already ("AI" after "artificial intelligence").

    >>> main_topics(["machine learning", "artificial intelligence", "AI", "model"])
    ['machine learning', 'artificial intelligence', 'model']
    >>> main_topics(["websites", "open source", "tutorial websites", "HTML"], limit=2)
    ['open source', 'tutorial websites']
    """
    terms = [t for t in topics if len(t.split()) > 1 or re.search(r"[A-Z]", t)]
    ordered = terms + [t for t in topics if t not in terms]
    chosen: list[str] = []
    for topic in ordered:
        spelled_out = topic.isupper() and any(len(t.split()) > 1 and _acronym(t) == topic.lower() for t in terms)
        if spelled_out or any(_same_topic(topic, other) for other in chosen) or not heads_a_phrase(topic):
            continue
        chosen.append(topic)
        if len(chosen) >= limit:
            break
    return chosen
