"""The package's import graph: no loops, layers kept apart, every module importable on its own.

The graph is read from the source with ast: every import of a profilecheck module, at the top
of a file or inside a function (a late import hides a loop, it does not remove it); only imports
under `if TYPE_CHECKING:` are left out, since they never run.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "profilecheck"


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imports(tree: ast.AST):
    stack = [tree]
    while stack:
        node = stack.pop()
        if _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph() -> dict[str, set[str]]:
    """Module -> the profilecheck modules it imports (a package's own __init__ is not implied)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module for alias in node.names]
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_graph_sees_every_module_and_its_imports():
    graph = import_graph()
    assert "profilecheck.nlp.normalise" in graph and "profilecheck.rules.registry" in graph
    assert "profilecheck.nlp.normalise" in graph["profilecheck.lexicon"]
    assert "profilecheck.models" in graph["profilecheck.pipeline"]


def test_the_cycle_finder_finds_a_loop():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_loop():
    cycles = _cycles(import_graph())
    assert not cycles, "import loops: " + "; ".join(" <-> ".join(cycle) for cycle in cycles)


def test_the_rules_import_nothing_from_nlp():
    """Rules query Facts; only the Facts stage reads the text for meaning."""
    graph = import_graph()
    for name, imports in graph.items():
        if name == "profilecheck.rules" or name.startswith("profilecheck.rules."):
            reading = sorted(target for target in imports if target.startswith("profilecheck.nlp"))
            assert not reading, f"{name} imports {reading}"


def test_normalise_is_at_the_bottom_of_nlp():
    graph = import_graph()
    assert not {name for name in graph["profilecheck.nlp.normalise"] if name.startswith("profilecheck.")}
    assert graph["profilecheck.lexicon"] <= {
        "profilecheck.definitions", "profilecheck.errors", "profilecheck.resources", "profilecheck.nlp.normalise",
    }


_FRESH_IMPORTS = r"""
import importlib, json, sys
names = json.loads(sys.stdin.read())
failed = {}
for name in names:
    for loaded in [key for key in sys.modules if key == "profilecheck" or key.startswith("profilecheck.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:
        failed[name] = f"{type(error).__name__}: {error}"
print(json.dumps(failed))
"""


def test_every_module_imports_first():
    """Each module imported before any other profilecheck module (a fresh interpreter; the
    package's modules are forgotten between imports, third-party ones are kept for speed).
    __main__ is left out: importing it runs the command line."""
    names = sorted(name for name in import_graph() if name != "profilecheck.__main__")
    result = subprocess.run(
        [sys.executable, "-c", _FRESH_IMPORTS], input=json.dumps(names), capture_output=True, text=True, timeout=300, cwd=PACKAGE.parent,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {}


def test_loading_the_lexicons_does_not_import_spacy():
    code = (
        "import sys\n"
        "from profilecheck import lexicon\n"
        "lexicon.load_everything()\n"
        "print(sorted(name for name in ('spacy', 'thinc', 'rapidfuzz', 'numpy') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
