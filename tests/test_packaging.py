"""A non-editable install must carry lexicons/ and templates/ inside the package."""
import os
import site
import subprocess
import sys
import sysconfig
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


def dependency_dirs() -> list[str]:
    """Where this interpreter finds the installed dependencies (spaCy, Jinja2, ...): its
    site-packages whether it runs in a virtual environment or not, the user's site-packages when
    it reads that, and any other folder on its path.  Not the repository or its tests folder
    (a virtual environment inside the repository is fine): profilecheck itself must come from
    the wheel."""
    candidates = [*site.getsitepackages(), sysconfig.get_path("purelib"), sysconfig.get_path("platlib")]
    if site.ENABLE_USER_SITE:
        candidates.append(site.getusersitepackages())
    candidates += sys.path
    dirs: list[str] = []
    for path in candidates:
        if not path or not os.path.isdir(path):
            continue
        resolved = Path(path).resolve()
        if resolved in (ROOT, ROOT / "tests") or str(resolved) in dirs:
            continue
        dirs.append(str(resolved))
    return dirs


def test_installed_copy_runs_from_anywhere(wheel, tmp_path):
    """The wheel installed in a new virtual environment works from a folder outside the repository.

    The dependencies come from this interpreter's folders through a .pth file, not from
    --system-site-packages: inside a virtual environment that option would show the base
    Python's packages, not the ones installed in it.  Path lines in a .pth file are only appended
    to sys.path, after the new environment's own site-packages, and the .pth files inside those
    folders are not run, so the editable install of the repository stays out and profilecheck is
    the copy from the wheel (checked below).  The same works outside a virtual environment and
    as root."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    pip_env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_") and key != "PYTHONPATH"}
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True, env=pip_env,
    )
    # After the install, so that pip sees an empty environment and not this one's profilecheck.
    inner_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    Path(inner_site, "outer-site-packages.pth").write_text("".join(f"{d}\n" for d in dependency_dirs()), encoding="utf-8")
    resume = tmp_path / "resume.txt"
    resume.write_text((ROOT / "samples" / "coordinator-foundation.txt").read_text(encoding="utf-8"), encoding="utf-8")
    script = (
        "import profilecheck, profilecheck.resources as r, sys;"
        "assert str(venv) in profilecheck.__file__, profilecheck.__file__;"
        "assert r.lexicon_dir().joinpath('tools.toml').is_file();"
        "assert r.template_dir().joinpath('report.html.j2').is_file();"
        "print(profilecheck.analyze(sys.argv[1]).profile.basics.name)"
    ).replace("str(venv)", repr(str(venv)))
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    result = subprocess.run([str(python), "-c", script, str(resume)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip()
    html = subprocess.run([str(venv / "bin" / "profilecheck"), "check", str(resume), "--format", "html", "--fail-level", "never"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert html.returncode == 0, html.stderr[-2000:]
    assert "<html" in html.stdout
