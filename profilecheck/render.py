"""Renderers: a Report in, text out.  One Jinja environment per process, templates in templates/."""
from __future__ import annotations

import json
from functools import cache

import jinja2

from .models import Report
from .report import report_json
from .resources import template_dir


def _load_template(name: str):
    source = template_dir().joinpath(name)
    if not source.is_file():
        return None
    return source.read_text(encoding="utf-8"), None, lambda: True


@cache
def environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return env


def render_json(report: Report) -> str:
    return json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n"


def render_text(report: Report, color: bool = False) -> str:
    template = environment(False).get_template("report.txt.j2")
    return template.render(r=report_json(report), color=color)


RENDERERS = {"json": render_json, "text": render_text}
FORMATS = tuple(RENDERERS)


def render(report: Report, fmt: str, **options) -> str:
    if fmt == "text":
        return render_text(report, color=options.get("color", False))
    return RENDERERS[fmt](report)
