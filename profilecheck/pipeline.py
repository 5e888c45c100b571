"""The whole path from a source to a Report, each stage a pure function of the one before:
bytes -> Document -> Profile -> Facts -> Findings -> Score -> Report.  A JSON Resume skips the
middle: bytes -> Profile (readers/jsonresume.py), then on as any other."""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Optional

from .definitions import HEADLINE_CATEGORIES, JOB_CATEGORY, PROFILE_CATEGORIES
from .facts import derive_facts, facts_from_matches
from .models import Basics, Document, Facts, Line, Profile, Report, Section, SourceInfo
from .options import Options

if TYPE_CHECKING:
    from .readers import Source

# The readers and the structure stage are imported where they are used: a lone headline (the
# `headline` command, start-up time) needs neither.


def _judge(profile: Profile, facts: Facts, options: Options, mode: str):
    from .jobmatch import match_job
    from .rewrites import rewrites
    from .rules import emptying_codes, judge, select_rules, unscored_codes
    from .scoring import enough_to_judge, score_findings

    job = match_job(profile, facts, options.job) if options.job and mode == "profile" else None
    rules = select_rules(options.select, options.ignore)
    findings = judge(profile, facts, rules, mode=mode, job=job)
    if mode == "headline":
        categories = HEADLINE_CATEGORIES
    else:
        categories = PROFILE_CATEGORIES + ((JOB_CATEGORY,) if job is not None else ())
    chosen = {rule.category for rule in rules}
    categories = tuple(name for name in categories if name in chosen) or categories
    # A lone headline is always enough to judge as a headline.
    enough = mode == "headline" or enough_to_judge(profile)
    score = score_findings(findings, categories, unscored_codes(), emptying_codes(), enough)
    return findings, score, rewrites(profile, facts, mode), job


def report_from_document(document: Document, options: Options) -> Report:
    from .structure import build_profile

    return report_from_profile(build_profile(document), options)


def report_from_profile(profile: Profile, options: Options) -> Report:
    """Facts, findings and score of a Profile (built by the structure stage, or from a JSON Resume)."""
    document = profile.document
    facts = derive_facts(profile, options.today)
    findings, score, suggested, job = _judge(profile, facts, options, "profile")
    source = SourceInfo(
        path=document.path,
        kind=document.kind if document.kind == "json-resume" else profile.kind,  # the file itself
        pages=document.pages,
        characters=len(profile.text),
        sha256=document.sha256,
        warnings=document.warnings,
    )
    return Report(
        source=source,
        profile=profile,
        facts=facts,
        findings=findings,
        score=score,
        rewrites=suggested,
        job_match=job.to_json() if job else None,
    )


def analyze_bytes(data: bytes, options: Optional[Options] = None, path: Optional[str] = None) -> Report:
    """The per-file core: a pure function of (bytes, options)."""
    from .readers import read_bytes, read_structured

    options = options or Options()
    profile = read_structured(data, path, options)  # a JSON Resume is structured already
    if profile is not None:
        return report_from_profile(profile, options)
    return report_from_document(read_bytes(data, path, options), options)


def analyze(source: "Source", options: Optional[Options] = None, name: Optional[str] = None) -> Report:
    """Read and judge a resume: a path, bytes, or a binary stream (left open)."""
    from .readers import load_bytes

    options = options or Options()
    data, path = load_bytes(source, options, name)
    return analyze_bytes(data, options, path)


def analyze_text(text: str, options: Optional[Options] = None) -> Report:
    """Judge pasted text: an About section, or a whole profile."""
    from .readers import whole_words
    from .readers.text import read_text

    options = options or Options()
    return report_from_document(whole_words(read_text(text.encode("utf-8"), options, None)), options)


def analyze_headline(text: str, options: Optional[Options] = None) -> Report:
    """Judge a lone LinkedIn headline: only the headline rules run."""
    from .nlp.matching import match_text

    options = options or Options()
    headline = " ".join(text.split())
    data = headline.encode("utf-8")
    document = Document(kind="text", lines=(Line(headline),), pages=1, sha256=hashlib.sha256(data).hexdigest())
    profile = Profile(
        document=document,
        kind="text",
        text=headline,
        sections=(Section("headline", "", 0, len(headline), 0, 1),),
        basics=Basics(label=headline or None),
    )
    facts = facts_from_matches(match_text(headline), options.today, profile=profile)
    findings, score, suggested, _ = _judge(profile, facts, options, "headline")
    source = SourceInfo(path=None, kind="text", pages=1, characters=len(headline), sha256=document.sha256)
    return Report(source=source, profile=profile, facts=facts, findings=findings, score=score, rewrites=suggested)
