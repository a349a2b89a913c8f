"""The walls between the rooms of ``tasks/``, read from the code with ``ast`` (every import, at the top
of a module or inside a function): a room imports only itself, the base layer (``models``, ``errors``)
and the shared utilities; only the assembly modules put rooms together; nothing imports ``flows`` or
Prefect. docs/ARCHITECTURE.md ("Walls worth keeping") lists the same."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The base layer: imported by everyone, importing only itself.
BASE = ("tasks.models", "tasks.errors")
# Small shared utilities: they import the base layer and each other, never a room.
SHARED = ("tasks.ffmpeg", "tasks.progress", "tasks.media_types", "tasks.timecodes", "tasks.templating",
          "tasks.sanitize", "tasks.workdir", "tasks.storage.layout", "tasks.honorifics",
          "tasks.vocabulary")
ROOMS = {
    "transcription": ("tasks.transcription",),
    "notes": ("tasks.notes",),
    "feed": ("tasks.feed",),
    "storage": ("tasks.storage",),
    "media": ("tasks.audio", "tasks.renditions", "tasks.clips", "tasks.artwork"),
    "site": ("tasks.site", "tasks.waveform"),
    "notify": ("tasks.notify",),
}
# The assembly: gathers every room's product into what is published, so it may import any room.
ASSEMBLY = ("tasks.assemble", "tasks.preflight")


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def layer(module: str) -> str:
    """Which room (or layer) a module of ``tasks`` belongs to.

    >>> layer("tasks.storage.layout"), layer("tasks.storage.s3"), layer("tasks.models.config")
    ('shared', 'storage', 'base')
    """
    if module == "tasks":
        return "package"
    if _within(module, BASE):
        return "base"
    if _within(module, SHARED):
        return "shared"
    if _within(module, ASSEMBLY):
        return "assembly"
    for room, prefixes in ROOMS.items():
        if _within(module, prefixes):
            return room
    return "unclassified"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(module: str, source: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports; ``from tasks import waveform`` names ``tasks.waveform``."""
    found = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *filter(None, [node.module])])
            found.add(base)
            for alias in node.names:
                found.add(f"{base}.{alias.name}")
    return found


def _exists(module: str) -> bool:
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def crossings(modules: dict[str, str], packages: frozenset[str] = frozenset(),
              exists=_exists) -> set[tuple[str, str]]:
    """``(importer, imported)`` for every import that crosses a wall; ``modules`` maps name to source."""
    found = set()
    for module, source in modules.items():
        mine = layer(module)
        for target in imports(module, source, module in packages):
            if target.split(".")[0] in ("flows", "prefect"):
                found.add((module, target.split(".")[0]))
                continue
            if target.split(".")[0] != "tasks" or target == "tasks" or not exists(target):
                continue  # a third-party module, or a name imported from a module rather than a module
            theirs = layer(target)
            allowed = (theirs == "base" or (mine != "base" and theirs == "shared") or mine == "assembly"
                       or theirs == mine)
            if not allowed:
                found.add((module, target))
    return found


def tasks_modules() -> tuple[dict[str, str], frozenset[str]]:
    files = sorted((ROOT / "tasks").rglob("*.py"))
    modules = {module_name(f): f.read_text(encoding="utf-8") for f in files}
    return modules, frozenset(module_name(f) for f in files if f.name == "__init__.py")


def test_every_module_of_tasks_belongs_to_a_room_or_layer():
    modules, _ = tasks_modules()
    assert {m for m in modules if layer(m) == "unclassified"} == set(), \
        "a new module: add it to a room, SHARED or ASSEMBLY here and in docs/ARCHITECTURE.md"


def test_nothing_in_tasks_imports_across_rooms_or_upward():
    modules, packages = tasks_modules()
    assert crossings(modules, packages) == set()


def test_the_checker_sees_a_crossing_in_each_form_and_allows_the_walls_doors():
    # Modules as they stand here, so the test reads the checker alone, not the code of today.
    known = {"tasks.notes.render", "tasks.notes.sanitize", "tasks.transcription", "tasks.transcription.formats",
             "tasks.models", "tasks.feed", "tasks.feed.paging", "tasks.site", "tasks.waveform", "tasks.templating"}
    sources = {
        "tasks.site": "from tasks.notes.render import environment\nfrom tasks import waveform",
        "tasks.notes.llm": "def f():\n    import tasks.transcription.formats",
        "tasks.notes.render": "from ..transcription import formats\nfrom .sanitize import x",
        "tasks.timecodes": "from tasks.models import Transcript\nfrom tasks.feed import paging",
        "tasks.assemble": "from tasks.site import episode_page_files",
        "tasks.notify": "from prefect import task\nfrom tasks.templating import environment",
    }
    assert crossings(sources, exists=known.__contains__) == {
        ("tasks.site", "tasks.notes.render"),
        ("tasks.notes.llm", "tasks.transcription.formats"),
        ("tasks.notes.render", "tasks.transcription"),
        ("tasks.notes.render", "tasks.transcription.formats"),
        ("tasks.timecodes", "tasks.feed"),
        ("tasks.timecodes", "tasks.feed.paging"),
        ("tasks.notify", "prefect"),
    }
