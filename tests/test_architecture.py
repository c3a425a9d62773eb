"""The package's shape, checked from its source with `ast` so it stays true: no import cycle
among the project's modules, no folder importing one above it in the pipeline, no module
over 300 lines. docs/architecture.md explains the order."""

from __future__ import annotations

import ast
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "assistant"
# The pipeline, bottom to top; a module may import its own folder and the folders below.
ORDER = ("text", "ingest", "index", "query", "retrieve", "answer", "llm", "check", "present")
BASE = {"records", "errors", "config"}  # plain records, errors and settings: every step may use them
MAX_LINES = 300


def modules(root: Path) -> dict[str, Path]:
    """'assistant.text.words' -> its file, for every module under `root`."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Project modules `name` imports, at the top or inside functions alike."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from assistant.text import words` imports the module assistant.text.words
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def graph(root: Path) -> dict[str, set[str]]:
    found = modules(root)
    known = set(found)
    return {name: imports(name, path, known) for name, path in found.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected group of modules (Tarjan), as a path."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return groups


def rank(name: str) -> int:
    """-1 for the base modules, the folder's place in ORDER, len(ORDER) for the top
    (service, cli, commands and the other top-level modules, bench, api, learn)."""
    parts = name.split(".")
    if len(parts) == 1:
        return len(ORDER)
    if len(parts) == 2 and parts[1] in BASE:
        return -1
    return ORDER.index(parts[1]) if parts[1] in ORDER else len(ORDER)


def upward(edges: dict[str, set[str]]) -> list[str]:
    return sorted(f"{a} imports {b}" for a, targets in edges.items() for b in targets if rank(b) > rank(a))


def too_long(root: Path) -> list[str]:
    out = []
    for name, path in modules(root).items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            out.append(f"{name}: {lines} lines")
    return out


def test_no_import_cycles():
    assert cycles(graph(PACKAGE)) == []


def test_no_folder_imports_one_above_it():
    assert upward(graph(PACKAGE)) == []


def test_no_module_over_300_lines():
    assert too_long(PACKAGE) == []


def test_every_folder_is_in_the_order():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders - set(ORDER) <= {"bench", "api", "learn"}


def test_the_checks_catch_each_violation(tmp_path):
    """A small package with a cycle, an upward import and a long module: each is reported."""
    pkg = tmp_path / "assistant"
    for folder in ("text", "answer", "check"):
        (pkg / folder).mkdir(parents=True)
        (pkg / folder / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "records.py").write_text("X = 1\n")
    (pkg / "text" / "words.py").write_text("from assistant.records import X\n")
    (pkg / "answer" / "a.py").write_text("from assistant.answer import b\n")
    (pkg / "answer" / "b.py").write_text("def f():\n    from . import a\n")  # lazy and relative
    (pkg / "text" / "places.py").write_text("from assistant.check.claims import check\n")
    (pkg / "check" / "claims.py").write_text("from assistant.text import words\n" + "x = 1\n" * MAX_LINES)
    edges = graph(pkg)
    assert cycles(edges) == [["assistant.answer.a", "assistant.answer.b"]]
    assert upward(edges) == ["assistant.text.places imports assistant.check.claims"]
    assert too_long(pkg) == [f"assistant.check.claims: {MAX_LINES + 1} lines"]
