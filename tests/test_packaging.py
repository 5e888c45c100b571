"""A non-editable install must carry lexicons/ and templates/ inside the package."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail("building the wheel failed:\n" + result.stderr[-2000:])
    (path,) = out.glob("profilecheck-*.whl")
    return path


def test_wheel_contains_every_module(wheel):
    """A subpackage missing from pyproject's package list would vanish from installs."""
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "profilecheck").rglob("*.py")}
    assert modules <= names, sorted(modules - names)


def test_wheel_contains_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    lexicons = {p.name for p in (ROOT / "lexicons").glob("*.toml")}
    templates = {p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*.j2")}
    assert {f"profilecheck/lexicons/{name}" for name in lexicons} <= names
    assert {f"profilecheck/templates/{name}" for name in templates} <= names


def test_installed_copy_runs_from_anywhere(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True)
    resume = tmp_path / "resume.txt"
    resume.write_text((ROOT / "samples" / "coordinator-foundation.txt").read_text(encoding="utf-8"), encoding="utf-8")
    script = (
        "import profilecheck, profilecheck.resources as r, sys;"
        "assert str(venv) in profilecheck.__file__, profilecheck.__file__;"
        "assert r.lexicon_dir().joinpath('tools.toml').is_file();"
        "assert r.template_dir().joinpath('report.html.j2').is_file();"
        "print(profilecheck.analyze(sys.argv[1]).profile.basics.name)"
    ).replace("str(venv)", repr(str(venv)))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([str(python), "-c", script, str(resume)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()
    html = subprocess.run([str(venv / "bin" / "profilecheck"), "check", str(resume), "--format", "html", "--fail-level", "never"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert html.returncode == 0, html.stderr[-2000:]
    assert "<html" in html.stdout
