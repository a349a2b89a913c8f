"""The records the later held-out sets' episodes_meta.py write their truth with (../heldout2, ../heldout3):
one place for the fields a host, a guest, a company and a source carry. build.py puts this folder on the
import path before it imports a set's episodes_meta.py.
"""


def HOST(name, aff, role, src, aliases=()):
    return {"name": name, "affiliation": aff, "role": role, "source": src, "in_excerpt": True, "aliases": list(aliases)}


def GUEST(name, aff, role, src, aliases=(), **extra):
    return dict({"name": name, "affiliation": aff, "role": role, "source": src, "aliases": list(aliases), "in_excerpt": True}, **extra)


def CO(name, aliases, role, source=("transcript",), spoken=True):
    return {"name": name, "aliases": list(aliases), "source": list(source), "role": role, "in_excerpt": spoken}


def TRANSCRIPT(path):
    return f"github.com/thechangelog/transcripts {path} (human-edited, sparse [mm:ss] timestamps)"


def SOURCES(show, number, path):
    return {"show_notes_page": f"https://changelog.com/{show}/{number}", "other_pages": [], "transcript": TRANSCRIPT(path)}


PLACEHOLDER = "placeholder: the real title was not available offline"
