"""Text for `profilecheck rules` and `profilecheck rule CODE`."""
from __future__ import annotations

import json

from .registry import Rule


def rule_json(rule: Rule) -> dict:
    return {
        "code": rule.code,
        "name": rule.name,
        "level": rule.level,
        "category": rule.category,
        "scope": rule.scope,
        "message": rule.message,
        "suggestion": rule.suggestion,
        "why": rule.why,
        "should_flag": list(rule.should_flag),
        "should_pass": list(rule.should_pass),
    }


def list_rules(rules: list[Rule], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([rule_json(rule) for rule in rules], indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| code | name | level | category | what it checks |", "| --- | --- | --- | --- | --- |"]
        for rule in rules:
            lines.append(f"| {rule.code} | {rule.name} | {rule.level} | {rule.category} | {rule.why} |")
        return "\n".join(lines) + "\n"
    width = max((len(rule.name) for rule in rules), default=10)
    lines = [f"{rule.code}  {rule.name:<{width}}  {rule.level:<7}  {rule.category}" for rule in rules]
    return "\n".join(lines) + f"\n\n{len(rules)} rules. Explain one with: profilecheck rule CODE\n"


def explain_rule(rule: Rule, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(rule_json(rule), indent=2) + "\n"
    if fmt == "markdown":
        out = [f"## {rule.code} {rule.name}", "", f"*{rule.level}*, category *{rule.category}*", "", rule.why, "",
               f"**Message:** {rule.message}", "", f"**Suggestion:** {rule.suggestion}", ""]
        out += ["**Flags:**", ""] + [f"```\n{example}\n```" for example in rule.should_flag]
        out += ["", "**Passes:**", ""] + [f"```\n{example}\n```" for example in rule.should_pass]
        return "\n".join(out) + "\n"

    def indent(text: str) -> str:
        return "\n".join("    " + line for line in text.strip("\n").split("\n"))

    out = [
        f"{rule.code} {rule.name} ({rule.level}, {rule.category})",
        "",
        "Why it matters:",
        indent(rule.why),
        "",
        "Message:",
        indent(rule.message),
        "",
        "Suggestion:",
        indent(rule.suggestion),
        "",
        "Flags, for example:",
    ]
    for example in rule.should_flag:
        out += [indent(example), ""]
    out.append("Passes, for example:")
    for example in rule.should_pass:
        out += [indent(example), ""]
    return "\n".join(out).rstrip() + "\n"
