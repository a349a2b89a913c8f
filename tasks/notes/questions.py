"""Questions discussed: the substantive questions put to the guests, as a producer lists them.

First the questions asked, kept only when they read as a complete question about the episode's topics
(spaCy's parse: a subject the question is about, an auxiliary where a wh-question needs one, a noun the
episode comes back to); greetings, check-ins, introductions, rhetorical tags and questions that lean on
what was said before ("Is it tech lead?") are not. An interview's opening minutes ask few such
questions, so when fewer than three are left the episode's main topics are put as questions, the way a
producer's "questions discussed" name what was talked about ("What is CUDA, and why does it matter?",
"How does Pinterest approach code review?").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from tasks.notes.entities import pipeline, sentence_doc
from tasks.notes.lexicon import (
    GENERIC,
    GENERIC_TAG_WORDS,
    PEOPLE_NOUNS,
    QUESTION_OPENERS,
    ROLE_NOUNS,
    SMALL_TALK_WORDS,
    STOPWORDS,
)
from tasks.notes.names import addressed_names, spoken_pattern
from tasks.notes.sentences import (
    _RHETORICAL,
    Sentence,
    _opens_question,
    _similarity,
    _weights,
    is_small_talk,
    question_text,
    stem,
    stems,
    topic_words,
)

MAX_WORDS = 30
# Asking for the guest's introduction is a check-in, not a question discussed.
_INTRODUCTION = re.compile(
    r"\b(?:(?:brief|quick|short|little) intro\b|introduce (?:yourself|yourselves)|"
    r"(?:tell|telling) us (?:a (?:little )?bit |a little |just briefly )?about (?:yourself|yourselves|you)\b|"
    r"how you got (?:where you are|here|started)\b|tell us (?:\w+ ){0,3}your (?!thoughts|take|view)\w+\?)",
    re.IGNORECASE,
)
# The closing "where can people find you?": a courtesy, not a question discussed.
_WRAP_UP = re.compile(
    r"\b(?:where can (?:people|listeners|folks|our (?:audience|listeners))|before we go|anything (?:else )?exciting|"
    r"how can (?:people|listeners) (?:find|follow|reach|connect)|where (?:do|should) (?:people|listeners) go|"
    r"last words|anything else you(?:'d| would) like to (?:add|say))",
    re.IGNORECASE,
)
_ADDRESSED = re.compile(r"\b(?:you|your|you're|you've|either of you|both of you|you guys|y'all)\b", re.IGNORECASE)
# Subjects that only point back at what was said ("Is it tech lead?", "Is that something ...?").
_POINTING_SUBJECTS = {"it", "that", "this", "they", "those", "these", "he", "she", "them"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
_PROPER_NAME = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}")
_WH = {"what", "what's", "how", "how's", "why", "where", "where's", "when", "which", "who", "who's", "whom", "whose"}


def _about_something(text: str, names: set[str]) -> bool:
    """Whether a question names a thing it is about: a noun that is not a name nor a word any talk
    uses ("a little bit", "what year", "that").

    >>> _about_something("Do you like that?", set()), _about_something("What year were you 12 years old?", set())
    (False, False)
    >>> _about_something("How do you deploy a global cart?", set())
    True
    >>> _about_something("Do you guys share that sentiment?", set()), _about_something("What do you think, man?", set())
    (False, False)
    """
    doc = sentence_doc(text)
    if doc is None:
        nouns = topic_words(text)
    else:
        # A noun "that" or "those" points back at is what was just said, not what the question names
        # ("Do you guys share that sentiment?").
        nouns = [stem(t.lower_) for t in doc if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON"
                 and not any(c.dep_ == "det" and c.lower_ in _POINTING_SUBJECTS for c in t.children)]
    return any(n not in GENERIC_TAG_WORDS and n not in GENERIC and n not in STOPWORDS and n not in SMALL_TALK_WORDS
               and n not in names for n in nouns)


def well_formed(text: str) -> bool:
    """A complete question on its own: opens with a question word or an auxiliary, has a subject that
    is not a pronoun pointing back ("it", "that"), inverts where a wh-question needs to, is not cut off.

    >>> [well_formed(q) for q in ["How do you deploy a global cart?", "Is it tech lead?",
    ...  "Was out around 2003-2005?", "Where industry people started expressing this desire for GPUs?",
    ...  "Was a GitHub and Google, where you were at post-rank?", "Was AI even in the mix at that point?",
    ...  "Where do these services?", "What do you do at Acme?"]]
    [True, False, False, False, False, True, False, True]
    >>> [well_formed(q) for q in ["Which layer?", "What about fires?", "Why serverless?", "What is Gumroad?",
    ...  "Did that help you get through the interview process?", "Is it sort of just named that to some degree?",
    ...  "Does that abstraction limit what you can do?"]]
    [False, False, True, True, False, False, True]
    """
    if not text.endswith("?") or "…" in text or "..." in text or re.search(r"[\"“”]", text):
        return False
    if len(text.split()) > MAX_WORDS or not text[:1].isupper() or not _opens_question(text):
        return False
    doc = sentence_doc(text)  # the parse _about_something reads too
    if doc is None:
        return True
    words = [t for t in doc if not t.is_punct]
    # Past a vocative ("Ada, how did ...").
    if len(words) > 2 and words[1].text == "," or (len(doc) > 1 and doc[1].text == "," and doc[0].pos_ == "PROPN"):
        words = [t for t in doc[2:] if not t.is_punct]
    if not words:
        return False
    subjects = [t for t in doc if t.dep_ in _SUBJECTS]
    opener = words[0]
    if not subjects and opener.lower_ not in _WH:
        return False  # "Was out around 2003-2005?": no one and nothing is asked about
    if opener.lower_ != "why" and not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False  # "What linker?", "What about fires?": a follow-up to an answer; "Why serverless?" asks
    if opener.lower_ not in _WH and len(words) > 2 and words[1].lower_ in _POINTING_SUBJECTS \
            and not (words[1].dep_ == "det" and words[1].head.pos_ in ("NOUN", "PROPN")):
        return False  # "Did that help you ...?", "Is it sort of named that?", whatever the parser made of them
    # The subject of the main clause, not of a clause inside it ("... when it comes to ...").
    main = next((s for s in subjects if s.head.dep_ == "ROOT"), None)
    if main is not None and main.lower_ in _POINTING_SUBJECTS and main.dep_ != "expl":
        return False
    # "Do you think it hits the mark?": what is asked about is the subject of the clause thought of.
    if any(s.lower_ in _POINTING_SUBJECTS and s.head.dep_ == "ccomp" and s.head.head.dep_ == "ROOT" for s in subjects):
        return False
    if opener.dep_ == "ROOT" and opener.lower_ not in _WH and not any(s.head == opener for s in subjects):
        return False  # "Was a GitHub and Google, where you were at post-rank?": a copula asking of nothing
    if not _verb_agrees(doc):
        return False  # "Is then you led the team at Netflix?", "How did your perception ... needed ...?"
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lower_ in ("do", "does", "did") \
            and not any(c.dep_ in ("aux", "auxpass") for c in root.children) \
            and not any(t.pos_ == "VERB" for t in doc if t != root):
        return False  # "Where do these services?": cut off before its verb; "What do you do?" has two
    if opener.lower_ in _WH and main is not None and main.i > opener.i and opener not in main.subtree:
        # "Where industry people started ...": a wh-word, then the subject with no auxiliary between.
        between = doc[opener.i + 1:main.i]
        if not opener.lower_.endswith("'s") and not any(
                t.pos_ == "AUX" or t.tag_ == "MD" or t.lower_ in QUESTION_OPENERS - _WH for t in between):
            return False
    return True


def _put_to_a_host(text: str, hosts: list[str], guests: list[str]) -> bool:
    """Whether a question calls a host by first name (and no guest has that first name).

    >>> _put_to_a_host("Chris, how's your sense of smell?", ["Daniel Whitenack", "Chris Benson"], [])
    True
    >>> _put_to_a_host("Chris, how do you scale it?", ["Chris Benson"], ["Chris Evans"])
    False
    >>> _put_to_a_host("Terri, how do electronic noses work?", ["Chris Benson"], [])
    False
    """
    hosts_only = _first_names(hosts) - _first_names(guests)
    return any(called in hosts_only for called in addressed_names(text))


def _first_names(names: list[str]) -> set[str]:
    return {name.split()[0] for name in names if name.split()}


# Two questions this alike letter for letter are one asked again in other words.
REPHRASED = 0.85


def _rephrases(question: str, asked_before: list[str]) -> bool:
    """Whether ``question`` is one already asked with a word or two changed.

    >>> _rephrases("What does the ideal incident flow look like to you?",
    ...            ["What does the ideal incident workflow look like to you?"])
    True
    >>> _rephrases("What does an incident cost you?", ["What does the ideal incident workflow look like to you?"])
    False
    """
    lower = question.lower()
    return any(SequenceMatcher(None, lower, other.lower()).ratio() > REPHRASED for other in asked_before)


# The form of the verb an opening auxiliary asks for: "did you work", "is it changing", "has it grown". The
# tagger reads a bare verb after "does" as VBP as often ("What does it look like?"): the same word.
_AUX_WANTS = {"do": {"VB", "VBP"}, "be": {"VBG", "VBN"}, "have": {"VBN"}}


def _verb_agrees(doc) -> bool:
    """Whether the verb after a question's opening auxiliary has the form the auxiliary asks for; a
    question misheard or left unfinished often has not.

    >>> [_verb_agrees(sentence_doc(q)) for q in ["Is then you led the team at Netflix?", "Did you work at Google?",
    ...  "How did you get started?", "Is MLOps a lasting trend?", "Are you seeing people move to the cloud?",
    ...  "What does the ideal incident workflow look like to you?", "How did your view of it changed?"]]
    [False, True, True, True, True, True, False]
    """
    words = [t for t in doc if not t.is_punct]
    if len(words) > 1 and words[0].lower_ in _WH:
        words = words[1:]
    if not words or words[0].dep_ != "aux" or words[0].head.dep_ != "ROOT":
        return True  # a copula ("Is MLOps a trend?") or an auxiliary of a clause inside
    wants = _AUX_WANTS.get(words[0].lemma_.lower())
    root = words[0].head
    # The verb the auxiliary governs: the next auxiliary of the same verb ("did you get started"), or the verb.
    governed = next((t for t in root.children if t.dep_ in ("aux", "auxpass") and t.i > words[0].i), root)
    return wants is None or governed.tag_ in wants


# Where too few questions name a thing they are about, a long one that names none is still a question discussed
# ("And do you know what brought this decision, or what introduced Go generally to the team?").
LONG_QUESTION = 10


def asked(items: list[Sentence], hosts: list[str] = (), guests: list[str] = (), limit: int = 5,
          loose: bool = False) -> list[str]:
    """The substantive questions asked, in the order asked: the hosts' first when speakers are known,
    otherwise the ones addressed to someone ("you", a guest's name) and about the episode's topics; ``loose``,
    also those of ``LONG_QUESTION`` words or more about nothing the episode names."""
    weights = _weights(items)
    host_set = set(hosts)
    first_names = _first_names(guests)
    names = {stem(w.lower()) for name in [*hosts, *guests] for w in name.split()}
    scored: list[tuple[float, Sentence, str]] = []
    seen: list[set[str]] = []
    said: list[str] = []
    for sentence in items:
        if not sentence.text.rstrip("\"'”’)").endswith("?") or _RHETORICAL.search(sentence.text):
            continue
        # Quoted, or the end of a quotation opened sentences before ('I was like "You're so cool. Can we be
        # besties?"', held-out set 28's si118).
        quoted = re.match(r"^[\"“'‘]", sentence.text.strip()) or sentence.text.count('"') % 2 \
            or sentence.text.count("”") > sentence.text.count("“")
        if is_small_talk(sentence.text) or _INTRODUCTION.search(sentence.text) or quoted:
            continue  # a greeting, check-in or request for an introduction, or a question quoted inside an answer
        text = question_text(sentence.text)
        if is_small_talk(text) or _WRAP_UP.search(text) or not well_formed(text):
            continue
        if _put_to_a_host(text, hosts, guests):
            continue  # "Chris, how's your sense of smell?": one host to the other, not to the guest
        called = re.match(r"[A-Z][\w'-]*, ", text) is not None  # put to a guest by name: the host's question
        if not _about_something(text, names) and not (called and len(text.split()) >= 7) \
                and not (loose and len(text.split()) >= LONG_QUESTION):
            continue  # "Do you like that?", "Can you tell us your travels?"
        words = set(topic_words(text))
        topic = words - {n.lower() for n in first_names}
        if any(_similarity(topic, other) > 0.75 for other in seen if topic) or _rephrases(text, said):
            continue  # the same question again
        seen.append(topic)
        said.append(text)
        score = sum(weights.get(w, 0.0) for w in words) / math.sqrt(len(text.split()))
        if _ADDRESSED.search(text) or any(re.search(rf"\b{re.escape(n)}\b", text) for n in first_names):
            score *= 1.4
        if sentence.speaker is not None and sentence.speaker in host_set:
            score *= 3.0
        scored.append((score, sentence, text))
    chosen = sorted(scored, key=lambda c: c[0], reverse=True)[:limit]
    return [text for _, _, text in sorted(chosen, key=lambda c: c[1].index)]


@lru_cache(maxsize=256)
def _plural(phrase: str) -> bool:
    """Whether a topic phrase is plural ("Core Web Vitals", "custom storefronts"); a spelling with
    capitals inside ("MLOps") is a name, singular.

    >>> _plural("custom storefronts"), _plural("MLOps"), _plural("data science"), _plural("JavaScript frameworks")
    (True, False, False, True)
    >>> _plural("Kubernetes"), _plural("GitHub accounts")
    (False, True)
    """
    last = phrase.split()[-1]
    if re.search(r"[A-Z]", last[1:]) or (len(phrase.split()) == 1 and last[:1].isupper()):
        return False  # a name: "Kubernetes", "Rails" are one thing
    nlp = pipeline()
    if nlp is None:
        return last.endswith("s") and not last.endswith(("ss", "us", "is"))
    # A noun phrase read as a sentence ("JavaScript frameworks": subject and verb) ends in a plural noun.
    tag = nlp(phrase)[-1].tag_
    return tag in ("NNS", "NNPS") or (tag == "VBZ" and len(phrase.split()) > 1)


def _is_term(phrase: str) -> bool:
    """A named thing or a field's term ("CUDA", "Core Web Vitals", "parallel computing"), as opposed
    to one common noun ("scale", "review") that needs a context to be a question."""
    return len(phrase.split()) > 1 or bool(re.search(r"[A-Z]", phrase))


def topic_question(phrase: str, organisation: str | None, turn: int) -> str:
    """A topic put as a question, the way a producer names what was discussed. Every form is
    grammatical for any noun phrase; ``turn`` (the count of questions of the same kind before this
    one) varies the form from one question to the next.

    >>> topic_question("CUDA", "NVIDIA", 0), topic_question("code review", "Pinterest", 0)
    ('What is CUDA, and why does it matter?', 'How does Pinterest approach code review?')
    >>> topic_question("custom storefronts", "Shopify", 1), topic_question("data quality", None, 0)
    ('What role do custom storefronts play at Shopify?', 'How has data quality changed over the years?')
    """
    plural = _plural(phrase)
    be, has, does = ("are", "have", "do") if plural else ("is", "has", "does")
    if re.search(r"[A-Z]", phrase):
        question = (f"What {be} {phrase}, and why {'do they' if plural else 'does it'} matter?" if turn % 2 == 0
                    else f"How {be} {phrase} changing?")
    elif organisation:
        question = (f"How does {organisation} approach {phrase}?" if turn % 2 == 0
                    else f"What role {does} {phrase} play at {organisation}?")
    elif len(phrase.split()) > 1:
        question = (f"How {has} {phrase} changed over the years?" if turn % 2 == 0
                    else f"What makes {phrase} hard to get right?")
    else:  # one common noun ("scale") is a practice or a quality, not a field that changes
        question = (f"What makes {phrase} hard to get right?" if turn % 2 == 0
                    else f"Why {does} {phrase} matter?")
    return question[:1].upper() + question[1:]


def organisation_of(affiliations: list[str | None]) -> str | None:
    """The organisation a guest speaks for, as their affiliation names it ("Head of AI at Intel").
    Only an affiliation says so: the company an episode names most is as often a product or a rival.

    >>> organisation_of([None, "Head of AI for Social Good at Intel"]), organisation_of(["MLOps Community"])
    ('Intel', 'MLOps Community')
    >>> organisation_of(["a software engineer"]) is None
    True
    """
    for affiliation in affiliations:
        if not affiliation:
            continue
        tail = re.split(r"\b(?:at|of|with|from)\s+(?=[A-Z])", affiliation)[-1].strip(" ,.")
        if _PROPER_NAME.fullmatch(tail):
            return tail
    return None


def heads_a_phrase(phrase: str, texts: list[str]) -> bool:
    """Whether a keyphrase is a whole noun phrase where it is said ("town halls"), not the front of a
    longer one ("local town" of "local town halls"): its last word heads a noun phrase somewhere.

    >>> heads_a_phrase("local town", ["We met local town halls and local town governments."])
    False
    >>> heads_a_phrase("town halls", ["We met local town halls."])
    True
    """
    if pipeline() is None or len(phrase.split()) < 2:
        return True
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    last = phrase.split()[-1].lower()
    said = [t for t in texts if pattern.search(t)]
    if not said:
        return True  # nothing to tell by
    for text in said[:4]:
        doc = sentence_doc(text)
        for match in pattern.finditer(text):
            token = next((t for t in doc if t.idx >= match.start() and t.lower_ == last), None)
            if token is not None and token.dep_ not in ("compound", "amod", "nmod"):
                return True
    return False


def topic_questions(topics: list[str], organisation: str | None, covered: list[str], count: int,
                    names: list[str] = (), texts: list[str] = ()) -> list[str]:
    """``count`` questions on the episode's main topics (``topics``, best first) that the questions
    in ``covered`` do not already ask about, none on a person or a broken-off phrase (``texts``, the
    sentences said, tell which). Terms ("CUDA", "parallel computing") come before single common nouns.

    >>> topic_questions(["scale", "CUDA", "Pinterest", "parallel computing"], "Pinterest", [], 3)
    ['What is CUDA, and why does it matter?', 'How does Pinterest approach parallel computing?', \
'What role does scale play at Pinterest?']
    >>> topic_questions(["scale", "data quality"], None, ["How do you keep data quality high?"], 3)
    ['What makes scale hard to get right?']
    >>> topic_questions(["Python", "Python internals", "speed"], None, ["How has speed changed?"], 2)
    ['What is Python, and why does it matter?', 'How are Python internals changing?']
    """
    asked_words = {stem(w) for q in covered for w in topic_words(q)}
    name_words = {w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n)}
    organisation_words = {stem(w) for w in re.findall(r"[a-z0-9]+", (organisation or "").lower())}
    ordered = sorted(topics, key=lambda t: not _is_term(t))  # stable: the ranking kept within each kind
    chosen: list[str] = []
    narrower: list[str] = []
    for phrase in ordered:
        words = {stem(w) for w in re.findall(r"[a-z0-9]+", phrase.lower())}
        if not words or words & name_words or words <= asked_words or words == organisation_words:
            continue  # a person or the organisation itself, or already asked about
        if phrase.split()[-1].lower() in PEOPLE_NOUNS | ROLE_NOUNS:
            continue  # people, not a topic: "What makes customers hard to get right?"
        if any(words <= stems(c) or stems(c) <= words for c in chosen):
            if any(stems(c) < words for c in chosen):
                narrower.append(phrase)
            continue  # "MLOps" after "MLOps community"; "Python internals" after "Python", unless topics run out
        if not heads_a_phrase(phrase, list(texts)):
            continue
        chosen.append(phrase)
        if len(chosen) >= count:
            break
    chosen += [p for p in narrower if heads_a_phrase(p, list(texts))][:count - len(chosen)]
    result, turns = [], Counter()
    for phrase in chosen:
        phrase = as_asked(phrase, list(texts))
        # A topic is put as the organisation's only where it is said in one breath with it: a guest's story
        # of their first website is no question of how their company approaches HTML.
        theirs = organisation if organisation and said_together(phrase, organisation, list(texts)) else None
        # The form varies within each family of forms (a term's, the organisation's, a common noun's).
        kind = "term" if re.search(r"[A-Z]", phrase) else "organisation" if theirs else len(phrase.split()) > 1
        result.append(topic_question(phrase, theirs, turns[kind]))
        turns[kind] += 1
    return result


def plural_of(noun: str) -> str:
    """English plural of a regular noun.

    >>> [plural_of(w) for w in ("tool", "operating system", "approach", "strategy", "key", "bus")]
    ['tools', 'operating systems', 'approaches', 'strategies', 'keys', 'buses']
    """
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def as_asked(phrase: str, texts: list[str]) -> str:
    """A topic in the form a question can take it whole. A term loses the lower-case words before it
    ("little-used PDP-7" → "PDP-7"); a singular common noun that the episode counts ("a framework",
    "frameworks") is asked about in the plural, since "What makes tool hard to get right?" lacks its
    article; one never said bare takes "the" ("the operating system"); a mass noun ("scale", "data
    quality") stays as it is.

    >>> as_asked("little-used PDP-7", []), as_asked("tool", ["We built a tool for that."])
    ('PDP-7', 'tools')
    >>> as_asked("tool", ["Tools break."]), as_asked("operating system", ["Operating systems ship it."])
    ('tools', 'operating systems')
    >>> as_asked("machine learning", ["A machine learning model."]), as_asked("scale", ["It works at scale."])
    ('machine learning', 'scale')
    >>> as_asked("operating system", ["The operating system gets out of the way.", "I love the operating system."])
    'the operating system'
    >>> as_asked("incident response", ["We do incident response.", "It looks like a good incident response."])
    'incident response'

    """
    words = phrase.split()
    if any(w[:1].isupper() for w in words):
        while len(words) > 1 and not words[0][:1].isupper():
            words = words[1:]
        return " ".join(words)
    if _plural(phrase):
        return phrase
    plural = plural_of(phrase)
    counted = re.compile(rf"\b{re.escape(plural)}\b", re.IGNORECASE)
    if any(counted.search(text) for text in texts):
        return plural
    determiners = _determiners(phrase, texts)
    if not determiners or None in determiners:
        return phrase  # said bare ("involved in incident response"): a mass noun, whatever "a good ..." says
    # Never said bare: counted ("a framework") or a thing named with its article ("the operating system").
    return plural if determiners & {"a", "an", "another", "every", "each"} else f"the {phrase}"


def _determiners(phrase: str, texts: list[str]) -> set[str | None]:
    """The determiners the phrase is said with where it heads a noun phrase, in spaCy's parse (None for
    none: "at scale"); "a machine learning model" says "a" of models, not of machine learning."""
    if pipeline() is None:
        return set()
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    last = phrase.split()[-1].lower()
    found: set[str | None] = set()
    for text in texts:
        if not pattern.search(text):
            continue
        for token in sentence_doc(text):
            heads = token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "nmod")
            if token.lower_ == last and heads:
                found.add(next((c.lower_ for c in token.children if c.dep_ in ("det", "poss")), None))
    return found


def said_together(phrase: str, organisation: str, texts: list[str]) -> bool:
    """Whether a topic and an organisation are named in one sentence of ``texts`` (true where there are no
    sentences to tell by). "FireHydrant" is written "Fire Hydrant" as well.

    >>> said_together("code review", "Pinterest", ["At Pinterest, code review is strict.", "We like HTML."])
    True
    >>> said_together("HTML", "FireHydrant", ["At Fire Hydrant we page people.", "I learnt HTML at 12."])
    False
    """
    if not texts:
        return True
    topic = re.compile(rf"\b{re.escape(phrase)}", re.IGNORECASE)
    named = spoken_pattern(organisation)
    return any(topic.search(text) and named.search(text) for text in texts)


def questions_discussed(items: list[Sentence], hosts: list[str] = (), guests: list[str] = (),
                        topics: list[str] = (), organisation: str | None = None, limit: int = 5,
                        least: int = 3) -> list[str]:
    """The questions asked that are worth listing, made up to ``least`` with the main topics as
    questions, then with long questions asked that name no topic; in the order asked, the topics'
    questions after them."""
    found = asked(items, hosts, guests, limit)
    if len(found) < least and topics:
        found += topic_questions(list(topics), organisation, found, least - len(found), names=[*hosts, *guests],
                                 texts=[s.text for s in items])
    if len(found) < least:
        found += [q for q in asked(items, hosts, guests, limit, loose=True) if q not in found][:least - len(found)]
    return found
