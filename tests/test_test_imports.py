"""Every third-party package the tests import is declared in pyproject.toml.

A fresh `pip install -e ".[test]"` installs only what pyproject names, so a test that imports
something installed by hand on one machine fails on the next.  This reads every tests/*.py with
`ast` (imports at module level and inside functions, plus `pytest.importorskip("...")`), drops
the standard library, the project's own package and the local test modules, maps each import
name to the distributions that provide it and fails naming the module when none of them is in
`[project] dependencies` or the `[test]` extras.  Declared directly: a package that only arrives
with another one (pillow with reportlab, werkzeug with flask) can stop arriving any day.
"""
from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PROJECT_PACKAGE = "profilecheck"
# Calls whose first argument, a string, names a module that gets imported.
IMPORTING_CALLS = {"importorskip", "import_module", "__import__"}


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them: case, '-', '_' and '.' do not matter."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert found, f"cannot read a package name from the requirement {requirement!r}"
    return normalise(found.group(1))


def declared_distributions(pyproject: dict) -> set[str]:
    project = pyproject["project"]
    requirements = list(project.get("dependencies", []))
    requirements += project.get("optional-dependencies", {}).get("test", [])
    return {requirement_name(requirement) for requirement in requirements}


def imported_names(source: str) -> set[str]:
    """The top-level module names a test module imports, wherever in the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
            first = node.args[0]
            if called in IMPORTING_CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value.split(".")[0])
    return names


def third_party_imports(tests: Path) -> dict[str, list[str]]:
    """{import name: [test files that import it]}, without stdlib, the project and local modules."""
    files = sorted(tests.glob("*.py"))
    local = {path.stem for path in tests.rglob("*.py")} | {path.name for path in tests.iterdir() if path.is_dir()}
    found: dict[str, list[str]] = {}
    for path in files:
        for name in imported_names(path.read_text(encoding="utf-8")):
            if name in sys.stdlib_module_names or name == PROJECT_PACKAGE or name in local:
                continue
            found.setdefault(name, []).append(path.name)
    return found


def undeclared(imports: dict[str, list[str]], declared: set[str], providers: dict[str, list[str]]) -> list[str]:
    problems = []
    for name, where in sorted(imports.items()):
        distributions = providers.get(name, [])
        if not distributions:
            if normalise(name) in declared:
                continue  # declared under its import name, just not installed here
            problems.append(f"{name} (imported by {', '.join(where)}): no installed package provides it and "
                            "pyproject.toml declares none of that name; add the package that provides it to the "
                            "[test] extras")
        elif not {normalise(d) for d in distributions} & declared:
            problems.append(f"{name} (imported by {', '.join(where)}) comes from {' or '.join(sorted(set(distributions)))}, "
                            "which pyproject.toml declares neither in dependencies nor in the [test] extras")
    return problems


def test_every_third_party_import_of_the_tests_is_declared():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    imports = third_party_imports(TESTS)
    problems = undeclared(imports, declared_distributions(pyproject), importlib.metadata.packages_distributions())
    assert not problems, "undeclared test imports:\n" + "\n".join(problems)


def test_the_check_sees_imports_everywhere_and_can_fail():
    """The reader finds imports in functions and importorskip calls, and an undeclared or
    uninstalled package is named; so the test above is not vacuously green."""
    source = (
        "import os, json\n"
        "from hypothesis import given\n"
        "from . import sibling\n"
        "def f():\n"
        "    import docx.shared\n"
        "    pytest.importorskip('reportlab.pdfgen')\n"
    )
    assert imported_names(source) == {"os", "json", "hypothesis", "docx", "reportlab"}
    imports = {"hypothesis": ["test_x.py"], "docx": ["test_x.py"], "no_such_module_xyz": ["test_y.py"]}
    providers = {"hypothesis": ["hypothesis"], "docx": ["python-docx"]}
    problems = undeclared(imports, {"python-docx", "pytest"}, providers)
    assert len(problems) == 2
    assert problems[0].startswith("hypothesis (imported by test_x.py) comes from hypothesis")
    assert problems[1].startswith("no_such_module_xyz (imported by test_y.py): no installed package")
    assert undeclared(imports, {"python-docx", "hypothesis", "no-such-module-xyz"}, providers) == []


def test_the_real_test_modules_import_the_packages_expected():
    """A sanity check on the scan itself: packages the suite certainly imports are found."""
    imports = third_party_imports(TESTS)
    assert {"pytest", "hypothesis", "docx", "reportlab"} <= set(imports)
    assert "hardening_files" not in imports and PROJECT_PACKAGE not in imports and "json" not in imports
