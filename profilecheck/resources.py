"""Access to the data shipped with the package: lexicons/ and templates/.

Installed, they are the packages `profilecheck.lexicons` and `profilecheck.templates`
(pyproject maps the top-level folders there).  Run from a source checkout without
installing, they are the folders beside the package.
"""
from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def _data_dir(package: str, folder: str) -> Traversable:
    # A source checkout's own folder wins, so code run from a checkout never reads the data of
    # another install that happens to be on the path.
    beside = Path(__file__).resolve().parent.parent / folder
    if (beside / "__init__.py").is_file() and (Path(__file__).resolve().parent.parent / "pyproject.toml").is_file():
        return beside
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return beside


def lexicon_dir() -> Traversable:
    return _data_dir("profilecheck.lexicons", "lexicons")


def template_dir() -> Traversable:
    return _data_dir("profilecheck.templates", "templates")


def read_lexicon_text(name: str) -> str:
    """The text of lexicons/<name>.toml."""
    return lexicon_dir().joinpath(f"{name}.toml").read_text(encoding="utf-8")
