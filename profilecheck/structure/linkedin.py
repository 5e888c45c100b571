"""LinkedIn: text copied from a profile page (recognise it, drop the page's interface words), and
the "Save to PDF" export (read it by its template: type sizes, line spacing, the sidebar)."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..models import (
    Certificate, Document, Education, LanguageSkill, Line, Location, Section, SkillGroup, SocialProfile, Work,
)
from . import contact
from .dates import DURATION_RE, MONTHS, DateRange, find_range, find_single_date
from .education import DEGREE_RE, _degree_phrase, join_wrapped_items, parse_certificates, parse_languages
from .sections import heading_of, line_offsets

_MARKERS = (
    re.compile(r"·\s*contact info", re.IGNORECASE),
    re.compile(r"^\d+\+?\s+(?:connections|followers)$", re.IGNORECASE),
    re.compile(r"^(?:full-time|part-time|contract|self-employed|internship|freelance)\s*·", re.IGNORECASE),
    re.compile(r"·\s*\d+\s*(?:yrs?|mos?)\b", re.IGNORECASE),
    re.compile(r"^licenses\s*&\s*certifications$", re.IGNORECASE),
    re.compile(r"^show all \d+", re.IGNORECASE),
    re.compile(r"^issued\s+\w+\s+\d{4}", re.IGNORECASE),
    re.compile(r"·\s*(?:hybrid|remote|on-site)$", re.IGNORECASE),
)
# Buttons, counters and prompts of the profile page: not part of anybody's profile.
_NOISE = re.compile(
    r"^(?:show all.*|see more|…see more|\.\.\.see more|show credential|show less|message|connect|follow|more|"
    r"open to|add section|contact info|endorse|endorsed by .*|\d+ endorsements?|\d+\+? (?:connections|followers)|"
    r"activity|(?:he|she|they)/(?:him|her|them)|\d+(?:st|nd|rd)|· \d+(?:st|nd|rd)|skills:.*\+\d+ skills?|"
    r"credential id .*|see credential|people also viewed|you might like|ad options|"
    r"logo|company logo|.* logo|"
    r"(?:page|seite|pagina|página|sida|strona)\s+\d+\s+(?:of|von|van|de|di|sur|av|z)\s+\d+)$",
    re.IGNORECASE,
)


def looks_like_linkedin_text(lines: tuple[Line, ...]) -> bool:
    hits = set()
    for line in lines[:400]:
        text = line.text.strip()
        for number, marker in enumerate(_MARKERS):
            if marker.search(text):
                hits.add(number)
    return len(hits) >= 2


# The workplace type LinkedIn adds after a role's place ("Leeds, England · Hybrid"), in its
# interface languages: a field of the page, not the person's words (and "Hybrid" is no method).
_WORKPLACE_RE = re.compile(
    r"\s*·\s*(?:hybrid|hybride|híbrido|hibrido|ibrido|remote|remoto|en remoto|da remoto|à distance|a distance|"
    r"op afstand|on-site|onsite|on site|sur site|vor ort|op locatie|presencial|in sede|in loco)\s*$",
    re.IGNORECASE,
)


_FOOTER_RE = re.compile(r"(?:page|seite|pagina|página|sida|strona)\s+\d+\s+(?:of|von|van|de|di|sur|av|z)\s+\d+", re.IGNORECASE)


def looks_like_export_text(lines: tuple[Line, ...]) -> bool:
    """The text of a "Save to PDF" export (a PDF saved or copied as text): the profile link labelled
    "(LinkedIn)" and the sidebar's headings, in any interface language."""
    text = "\n".join(line.text for line in lines[:200])
    if not re.search(r"linkedin\.com/in/\S+\s*\(LinkedIn\)", text, re.IGNORECASE):
        return False
    named = {linkedin_sidebar_heading(line.text) for line in lines if len(line.text) <= 40} - {None}
    if "only" in named:
        return True
    # An ordinary resume has "Skills" and "Languages" too: then the export's page footers decide.
    footers = any(_FOOTER_RE.fullmatch(line.text.strip()) for line in lines)
    return footers and len(named & {"contact", "skills", "languages", "certifications", "awards", "publications"}) >= 2


def linkedin_heading(text: str) -> Optional[str]:
    """The section a short line of a LinkedIn export's text names, in any interface language."""
    text = text.strip()
    if not text or len(text) > 40 or re.search(r"\d|[.,;:!?@|]$|@|https?:|www\.", text):
        return None
    return _LINKEDIN_SECTIONS.get(_heading_key(text))


def export_text_header(texts: Sequence[str]) -> tuple[Optional[str], Optional[str], Optional[Location]]:
    """Name, headline and location from the head of an export's main column read as text: the
    name first, the location last when it reads as a place, the headline's lines between."""
    texts = [text.strip() for text in texts if text.strip()][:6]
    if not texts or len(texts[0]) > 60 or not contact.looks_like_name(texts[0]):
        return None, None, None
    name, rest = texts[0], texts[1:]
    location = None
    if rest and _looks_like_place(rest[-1]) and (len(rest) >= 2 or _country_code(rest[-1].split(",")[-1])):
        location = linkedin_location(rest.pop())
    return name, join_wrapped(rest) or None, location


_DURATION_PART_RE = re.compile(r"(\d+)\s*([^\W\d_]+)")


def _duration_months(text: str) -> Optional[int]:
    """"5 years 6 months", "4 ans 2 mois", "7 Jahre" -> months; None when the line is no duration."""
    if not DURATION_RE.match(text):
        return None
    months = 0
    for number, unit in _DURATION_PART_RE.findall(text):
        months += int(number) * (1 if unit.lower().startswith(("m", "ay")) else 12)
    return months


_SENTENCE_END_RE = re.compile(r"(?:[a-z]{3,}[.!?;]|[;!?])$")  # not "Northwind, Inc." nor "L.L.C."


def export_text_work(items: Sequence[tuple[int, str]]) -> tuple[Work, ...]:
    """The positions of an export's Experience section read as text, no type sizes to go by.

    Each position is a title line over a line led by its dates, maybe a place below them; a
    company line stands above the first position at that company, with the company's total time
    under it when it holds several.  Which positions such a company holds is told by that total:
    those that began within it, counted back from its latest position (whose own time the date
    line gives: "March 2021 - Present (3 years 9 months)")."""
    lines = [(offset, text.strip()) for offset, text in items if text.strip()]
    dated = {index for index, (_, text) in enumerate(lines) if (found := find_range(text)) and found.span[0] <= 3}
    works: list[Work] = []
    company: Optional[str] = None
    group_start: Optional[int] = None  # the company with several positions began about then (months)
    previous_end = -1  # the last header line of the position before
    bodies: list[tuple[int, int]] = []
    for index in sorted(dated):
        if index - 1 <= previous_end:
            continue
        found = find_range(lines[index][1])
        assert found is not None
        first, title = index - 1, lines[index - 1][1]
        above = lines[index - 2][1] if index - 2 > previous_end else None
        total = _duration_months(above) if above else None
        if total is not None and index - 3 > previous_end:
            company, first = lines[index - 3][1], index - 3
            own = _duration_months(lines[index][1][found.span[1]:].strip()) or 0
            group_start = found.start.index(1) - max(0, total - own)
        elif group_start is not None and found.start.index(1) >= group_start - 2:
            pass  # another position at the same company
        elif above is not None and len(above.split()) <= 12 and not _SENTENCE_END_RE.search(above):
            company, first, group_start = above, index - 2, None
        else:
            group_start = None  # no company line found: the position is the last company's
        after, place = index + 1, None
        if after < len(lines) and after not in dated and after + 1 not in dated and _looks_like_place(lines[after][1]):
            place, after = lines[after][1], after + 1
        if bodies:
            bodies[-1] = (bodies[-1][0], first)
        bodies.append((after, len(lines)))
        works.append(Work(name=company, position=title, location=place, startDate=found.start.iso(),
                          endDate=None if found.current or found.end is None else found.end.iso(),
                          current=found.current, span=(lines[first][0], lines[after - 1][0] + len(lines[after - 1][1]))))
        previous_end = after - 1
    out = []
    for work, (begin, stop) in zip(works, bodies):
        highlights, prose = _description([Line(text) for _, text in lines[begin:stop]])
        last = lines[stop - 1] if stop > begin else None
        span = (work.span[0], last[0] + len(last[1])) if last else work.span
        out.append(dataclasses.replace(work, highlights=tuple(highlights), summary=" ".join(prose) or None, span=span))
    return tuple(out)


def english_date_lines(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A LinkedIn text's date lines in English words ("março de 2019 - o momento (5 anos)" ->
    "march 2019 - Present (5 anos)"), so that the work history reads them as any resume's."""
    out = []
    for line in lines:
        text = line.text
        if len(text) <= 120:
            english = english_dates(text)
            found = find_range(english) if english != text else None
            if found is not None and found.span[0] <= 3:  # a line led by its dates
                line = dataclasses.replace(line, text=english)
        out.append(line)
    return tuple(out)


_FOREIGN_DATE_LINE = 160  # characters: a header or date line, not a paragraph


def dates_in_english(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A resume's dates written with another language's months or word for the present ("marzo
    2019 – actualidad", "Set. 2016 – Gen. 2022", "März 2024 — heute") in English words, on the
    lines where that makes a date range that was not there (or gives the range its months)."""
    out = []
    for line in lines:
        text = line.text
        if len(text) <= _FOREIGN_DATE_LINE and _YEAR_DIGITS.search(text) and _foreign_date_words(text):
            english = english_dates(text)
            if english != text and _gains_range(text, english):
                line = dataclasses.replace(line, text=english)
        out.append(line)
    return tuple(out)


_YEAR_DIGITS = re.compile(r"\d{4}")
_LETTERS = re.compile(r"[^\W\d_]+")


def _foreign_date_words(text: str) -> bool:
    """The line has a word that is another language's month or "present" (the cheap test before
    the rewriting; English month names are read as they are)."""
    return not _FOREIGN_DATE_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


def _gains_range(text: str, english: str) -> bool:
    found = find_range(english)
    if found is None:
        return False
    before = find_range(text)
    return before is None or (found.start.month is not None and before.start.month is None)


def strip_interface_lines(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    kept = []
    for line in lines:
        text = line.text.strip()
        if _NOISE.match(text):
            continue
        text = re.sub(r"\s*·\s*contact info$", "", text, flags=re.IGNORECASE)
        workplace = _WORKPLACE_RE.search(text) if "·" in text else None
        if workplace and _looks_like_place(text[: workplace.start()]):
            text = text[: workplace.start()]
        kept.append(dataclasses.replace(line, text=text) if text != line.text.strip() else line)
    return tuple(kept)


# ================================================================ LinkedIn "Save to PDF"
#
# The export is drawn from one template in every interface language: a narrow sidebar on page 1
# (Contact, Top Skills, Languages, Certifications, Honors-Awards, Publications; headings a little
# larger than their items) and a main column: the name in the largest type, the headline below
# it (wrapping over up to three lines), the location in the same size on a line set a little
# further apart, then sections under large headings.  In Experience a company line is set larger
# than the title line, which is larger than the date, location and description lines; in
# Education a school line is followed by "Degree, Field · (dates)".  Sizes and line spacing are
# what this reading goes by, so the words of the interface language matter only for naming a
# section, and a section whose name is unknown is recognised by what it holds.

_HEADING_RATIO = 1.2  # sidebar headings are ~1.24x the body size, main headings ~1.5x; a company line ~1.14x
_MAIN_HEADING_RATIO = 1.25  # main-column headings are 1.5x the description text, 1.3x the summary text
_NAME_RATIO = 1.8  # the name is ~2.5x the body size
# Line spacing in ems of the lower line's size, as the template sets it:
_WRAP_EM = 1.4  # sidebar items wrap at 1.2 ems and stand 1.7 ems apart
_HEADLINE_WRAP_EM = 1.25  # headline lines are 1.2 ems apart, the location 1.28 ems below the headline
_ROLE_PLACE_EM = 1.6  # a role's place sits 1.4 ems under its dates; its description starts 1.9+ ems below
_PARAGRAPH_EM = 2.5  # description lines wrap at 1.7 ems; a blank line (3.4 ems) starts a paragraph
_SCHOOL_WRAP_EM = 2.0  # a school name wraps at 1.5 ems; the next school stands 2.75 ems below

# Section names as LinkedIn prints them in its interface languages, accents folded and lower case.
# The lexicon (lexicons/sections.toml) is tried first; these add names that would be risky as
# headings of an ordinary resume ("résumé", "formation") but are safe in a LinkedIn export.
_LINKEDIN_SECTIONS = {
    "contact": "contact", "contato": "contact", "contatti": "contact", "contatta": "contact",
    "contacto": "contact", "contactar": "contact", "coordonnees": "contact", "kontakt": "contact",
    "kontaktdaten": "contact", "contactgegevens": "contact",
    "top skills": "skills", "principais competencias": "skills", "principales competencias": "skills",
    "aptitudes principales": "skills", "competenze principali": "skills", "principales competences": "skills",
    "top kenntnisse": "skills", "belangrijkste vaardigheden": "skills", "competencias principales": "skills",
    "kenntnisse": "skills", "competences": "skills", "vaardigheden": "skills",
    "languages": "languages", "idiomas": "languages", "lingue": "languages", "langues": "languages",
    "sprachen": "languages", "talen": "languages", "linguas": "languages",
    "certifications": "certifications", "certificacoes": "certifications", "certificaciones": "certifications",
    "zertifikate": "certifications", "bescheinigungen": "certifications", "zertifikate und bescheinigungen": "certifications",
    "licences et certifications": "certifications", "licenties en certificaten": "certifications",
    "certificazioni": "certifications", "zertifizierungen": "certifications", "certificeringen": "certifications",
    "licencas e certificados": "certifications", "licencias y certificaciones": "certifications",
    "honors awards": "awards", "premios": "awards", "premios e honrarias": "awards", "honras e premios": "awards",
    "reconocimientos y premios": "awards", "riconoscimenti e premi": "awards", "distinctions": "awards",
    "auszeichnungen": "awards", "onderscheidingen": "awards",
    "publications": "publications", "publicacoes": "publications", "publicaciones": "publications",
    "pubblicazioni": "publications", "veroffentlichungen": "publications", "publicaties": "publications",
    "patents": "other", "patentes": "other", "brevetti": "other", "brevets": "other", "patente": "other",
    "summary": "summary", "resumo": "summary", "riepilogo": "summary", "extracto": "summary",
    "resumen": "summary", "resume": "summary", "zusammenfassung": "summary", "samenvatting": "summary",
    "sobre": "summary", "acerca de": "summary", "info": "summary", "a propos": "summary",
    "experience": "experience", "experiencia": "experience", "esperienza": "experience",
    "berufserfahrung": "experience", "ervaring": "experience", "werdegang": "experience",
    "werkervaring": "experience", "experience professionnelle": "experience",
    "education": "education", "formacao academica": "education", "formacao": "education",
    "educacion": "education", "formacion": "education", "formazione": "education", "istruzione": "education",
    "formation": "education", "ausbildung": "education", "opleiding": "education", "opleidingen": "education",
    "volunteer experience": "volunteering", "trabalho voluntario": "volunteering", "voluntariado": "volunteering",
    "volontariato": "volunteering", "benevolat": "volunteering", "ehrenamt": "volunteering",
    "projects": "projects", "projetos": "projects", "proyectos": "projects", "progetti": "projects",
    "projets": "projects", "projekte": "projects", "projecten": "projects",
}

# Month names of the interface languages (English ones pass through).
_MONTH_NAMES = {
    # Portuguese
    "janeiro": "january", "fevereiro": "february", "março": "march", "marco": "march", "abril": "april",
    "maio": "may", "junho": "june", "julho": "july", "agosto": "august", "setembro": "september",
    "outubro": "october", "novembro": "november", "dezembro": "december",
    # Spanish
    "enero": "january", "febrero": "february", "marzo": "march", "mayo": "may", "junio": "june",
    "julio": "july", "septiembre": "september", "setiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december",
    # Italian
    "gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june",
    "luglio": "july", "settembre": "september", "ottobre": "october", "novembre": "november",
    "dicembre": "december",
    # French
    "janvier": "january", "février": "february", "fevrier": "february", "mars": "march", "avril": "april",
    "mai": "may", "juin": "june", "juillet": "july", "août": "august", "aout": "august",
    "septembre": "september", "octobre": "october", "décembre": "december", "decembre": "december",
    # German and Dutch
    "januar": "january", "jänner": "january", "februar": "february", "märz": "march", "juni": "june",
    "juli": "july", "oktober": "october", "dezember": "december", "januari": "january",
    "februari": "february", "maart": "march", "mei": "may", "augustus": "august",
    # Swedish, Danish, Norwegian
    "maj": "may", "augusti": "august", "marts": "march",
    # Polish (nominative and genitive)
    "styczeń": "january", "stycznia": "january", "luty": "february", "lutego": "february",
    "marzec": "march", "marca": "march", "kwiecień": "april", "kwietnia": "april", "maja": "may",
    "czerwiec": "june", "czerwca": "june", "lipiec": "july", "lipca": "july", "sierpień": "august",
    "sierpnia": "august", "wrzesień": "september", "września": "september", "październik": "october",
    "października": "october", "listopad": "november", "listopada": "november", "grudzień": "december",
    "grudnia": "december",
    # Turkish
    "ocak": "january", "şubat": "february", "mart": "march", "nisan": "april", "mayıs": "may",
    "haziran": "june", "temmuz": "july", "ağustos": "august", "eylül": "september", "ekim": "october",
    "kasım": "november", "aralık": "december",
    # Indonesian and Malay
    "maret": "march", "agustus": "august", "desember": "december", "mac": "march", "ogos": "august",
    "disember": "december",
    # Romanian
    "ianuarie": "january", "februarie": "february", "martie": "march", "aprilie": "april",
    "iunie": "june", "iulie": "july", "septembrie": "september", "octombrie": "october",
    "noiembrie": "november", "decembrie": "december",
    # Russian (as written alone, "of" the month, and "in" it) and Ukrainian: CVs of people who
    # moved write them so in an English CV's dates ("сентябрь 2019 – май 2021")
    "январь": "january", "января": "january", "январе": "january", "февраль": "february", "февраля": "february",
    "феврале": "february", "март": "march", "марта": "march", "марте": "march", "апрель": "april", "апреля": "april",
    "апреле": "april", "май": "may", "мая": "may", "мае": "may", "июнь": "june", "июня": "june", "июне": "june",
    "июль": "july", "июля": "july", "июле": "july", "август": "august", "августа": "august", "августе": "august",
    "сентябрь": "september", "сентября": "september", "сентябре": "september", "октябрь": "october",
    "октября": "october", "октябре": "october", "ноябрь": "november", "ноября": "november", "ноябре": "november",
    "декабрь": "december", "декабря": "december", "декабре": "december",
    "січень": "january", "січня": "january", "лютий": "february", "лютого": "february", "березень": "march",
    "березня": "march", "квітень": "april", "квітня": "april", "травень": "may", "травня": "may",
    "червень": "june", "червня": "june", "липень": "july", "липня": "july", "серпень": "august", "серпня": "august",
    "вересень": "september", "вересня": "september", "жовтень": "october", "жовтня": "october",
    "листопад": "november", "листопада": "november", "грудень": "december", "грудня": "december",
    # Hebrew
    "ינואר": "january", "פברואר": "february", "מרץ": "march", "מרס": "march", "אפריל": "april", "מאי": "may",
    "יוני": "june", "יולי": "july", "אוגוסט": "august", "ספטמבר": "september", "אוקטובר": "october",
    "נובמבר": "november", "דצמבר": "december",
}
_MONTH_NAME_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True)) + r")(?!\w)\.?",
    re.IGNORECASE,
)
# Months as the interfaces shorten them, with a dot or not ("out. de 2019", "janv. 2021", "mrt 2020"),
# taken only before a year: several are words too ("out", "set", "ago").
_MONTH_SHORT = {
    "jan": "january", "janv": "january", "ene": "january", "gen": "january",
    "fev": "february", "fév": "february", "févr": "february", "fevr": "february", "feb": "february",
    "mar": "march", "mär": "march", "mrz": "march", "mrt": "march",
    "abr": "april", "avr": "april", "apr": "april",
    "mai": "may", "mag": "may", "may": "may", "mei": "may",
    "jun": "june", "giu": "june",
    "jul": "july", "juil": "july", "lug": "july",
    "ago": "august", "aug": "august", "aoû": "august",
    "set": "september", "sep": "september", "sept": "september",
    "out": "october", "oct": "october", "ott": "october", "okt": "october",
    "nov": "november",
    "dez": "december", "dic": "december", "déc": "december", "dec": "december",
    "янв": "january", "фев": "february", "мар": "march", "апр": "april", "июн": "june", "июл": "july",
    "авг": "august", "сен": "september", "сент": "september", "окт": "october", "ноя": "november", "дек": "december",
}
_MONTH_SHORT_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _MONTH_SHORT), key=len, reverse=True)) + r")\.?"
    r"(?=\s*(?:de\s+|del\s+|di\s+)?\d{4}\b)",
    re.IGNORECASE,
)
# The words of the phrases below, for a cheap test of a line before it is rewritten.
_LETTERS_OF_PRESENT = (
    "momento atual presente attuale oggi actualidad actualmente actual atualmente hoy aujourd présent actuel "
    "actuellement heute derzeit aktuell heden momenteel nu nå dag obecnie halen şu anda saat ini kini prezent "
    "היום כיום הווה сейчас теперішній час"
)
# "Present" as the interfaces write it (the export often keeps the English word).
_PRESENT_RE = re.compile(
    r"(?<!\w)(?:o momento|momento atual|presente|attuale|oggi|la actualidad|actualidad|actualmente|"
    r"actual|atual|atualmente|hoy|aujourd['’]hui|présent|actuel|actuellement|heute|derzeit|aktuell|heden|"
    r"momenteel|nu|nå|i dag|obecnie|halen|şu anda|saat ini|kini|prezent|עד היום|היום|כיום|הווה|"
    r"по сей день|до сих пор|сейчас|теперішній час)(?!\w)",
    re.IGNORECASE,
)
_FOREIGN_DATE_WORDS = frozenset(
    (set(_MONTH_NAMES) | set(_MONTH_SHORT) | set(_LETTERS_OF_PRESENT.split())) - set(MONTHS)
)
_MONTH_YEAR_JOINER = re.compile(r"(?<=[a-z])\s+(?:de|del|di|d['’])\s*(?=\d{4})", re.IGNORECASE)
_EDU_DATES = re.compile(r"\s*·?\s*\(([^()]*\d{4}[^()]*)\)?\s*$")
# A description's bullets as typed (the export's lines are read as set: readers.repair leaves
# their dashes and glyphs alone): a glyph, maybe without a space, or a dash, "*", "#", "·" before one.
_BULLET_START = re.compile(r"^(?:[•●▪■◦‣⁃➢►✓✔➤▶▸▹◆◇❖○⦁∙□☐➔→\uf0b7\uf0a7]+\s*|[-–—*#·]\s+)")

# Country names as LinkedIn writes them in its interface languages -> ISO code.
_COUNTRIES = {
    "argentina": "AR", "armenia": "AM", "australia": "AU", "austria": "AT", "österreich": "AT",
    "bangladesh": "BD", "belgium": "BE", "belgique": "BE", "belgië": "BE", "bolivia": "BO",
    "brazil": "BR", "brasil": "BR", "bulgaria": "BG", "canada": "CA", "canadá": "CA", "chile": "CL",
    "china": "CN", "colombia": "CO", "costa rica": "CR", "croatia": "HR", "cyprus": "CY",
    "czech republic": "CZ", "czechia": "CZ", "denmark": "DK", "danmark": "DK", "dominican republic": "DO",
    "ecuador": "EC", "egypt": "EG", "estonia": "EE", "ethiopia": "ET", "finland": "FI", "suomi": "FI",
    "france": "FR", "francia": "FR", "frança": "FR", "germany": "DE", "deutschland": "DE", "alemania": "DE",
    "alemanha": "DE", "germania": "DE", "ghana": "GH", "greece": "GR", "grecia": "GR", "guatemala": "GT",
    "hong kong": "HK", "hong kong sar": "HK", "hungary": "HU", "iceland": "IS", "india": "IN", "índia": "IN",
    "indonesia": "ID", "ireland": "IE", "israel": "IL", "italy": "IT", "italia": "IT", "itália": "IT",
    "italie": "IT", "japan": "JP", "kenya": "KE", "latvia": "LV", "lebanon": "LB", "lithuania": "LT",
    "luxembourg": "LU", "malaysia": "MY", "malta": "MT", "mexico": "MX", "méxico": "MX", "morocco": "MA",
    "netherlands": "NL", "nederland": "NL", "países bajos": "NL", "new zealand": "NZ", "nigeria": "NG",
    "norway": "NO", "norge": "NO", "pakistan": "PK", "panama": "PA", "panamá": "PA", "paraguay": "PY",
    "peru": "PE", "perú": "PE", "philippines": "PH", "poland": "PL", "polska": "PL", "portugal": "PT",
    "puerto rico": "PR", "qatar": "QA", "romania": "RO", "românia": "RO", "saudi arabia": "SA",
    "serbia": "RS", "singapore": "SG", "slovakia": "SK", "slovenia": "SI", "south africa": "ZA",
    "south korea": "KR", "korea": "KR", "spain": "ES", "españa": "ES", "espanha": "ES", "spagna": "ES",
    "sri lanka": "LK", "sweden": "SE", "sverige": "SE", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "svizzera": "CH", "suíça": "CH", "suiza": "CH", "taiwan": "TW", "thailand": "TH", "tunisia": "TN",
    "turkey": "TR", "türkiye": "TR", "ukraine": "UA", "united arab emirates": "AE", "emirados árabes unidos": "AE",
    "emiratos árabes unidos": "AE", "united kingdom": "GB", "reino unido": "GB", "regno unito": "GB",
    "royaume-uni": "GB", "vereinigtes königreich": "GB", "verenigd koninkrijk": "GB", "united states": "US",
    "estados unidos": "US", "stati uniti": "US", "états-unis": "US", "vereinigte staaten": "US",
    "verenigde staten": "US", "uruguay": "UY", "venezuela": "VE", "vietnam": "VN", "viet nam": "VN",
    "uganda": "UG", "rwanda": "RW", "tanzania": "TZ", "zimbabwe": "ZW", "jordan": "JO", "georgia": "GE",
    "kazakhstan": "KZ", "ukraina": "UA", "russia": "RU", "belarus": "BY", "moldova": "MD", "albania": "AL",
    "north macedonia": "MK", "bosnia and herzegovina": "BA", "montenegro": "ME", "kosovo": "XK",
    "el salvador": "SV", "honduras": "HN", "nicaragua": "NI", "cuba": "CU", "jamaica": "JM",
    "trinidad and tobago": "TT", "bahrain": "BH", "kuwait": "KW", "oman": "OM", "iraq": "IQ", "iran": "IR",
    "nepal": "NP", "cameroon": "CM", "senegal": "SN", "algeria": "DZ", "côte d’ivoire": "CI", "mauritius": "MU",
    "palestinian territory": "PS", "palestine": "PS",
}


# Sidebar headings only LinkedIn prints ("Top Skills", "Honors-Awards" in each language), and the
# others it prints there; the export is recognised by them together with its "(LinkedIn)" link.
_SIDEBAR_ONLY = {
    "top skills", "principais competencias", "principales competencias", "aptitudes principales",
    "competenze principali", "principales competences", "top kenntnisse", "belangrijkste vaardigheden",
    "competencias principales", "honors awards", "premios e honrarias", "reconocimientos y premios",
    "riconoscimenti e premi",
}


def looks_like_linkedin_export(document: Document) -> bool:
    """A PDF the reader did not take for a LinkedIn export (its signals are English) that is one:
    sidebar headings in the interface language, the profile link labelled "(LinkedIn)", and the
    template's type sizes (the name far larger than the text, section headings in between)."""
    lines = document.lines
    sidebar = [line for line in lines if line.region == "sidebar"] or list(lines)
    keys = {_heading_key(line.text) for line in sidebar if len(line.text) <= 40}
    named = {key for key in keys if key in _LINKEDIN_SECTIONS}
    score = 2 * bool(named & _SIDEBAR_ONLY) + min(2, len(named - _SIDEBAR_ONLY))
    text = document.text
    labelled = bool(re.search(r"linkedin\.com/in/\S+\s*\(LinkedIn\)", text, re.IGNORECASE))
    if labelled:
        score += 2
    elif "linkedin.com/in/" in text.lower():
        score += 1
    if not (labelled or named & _SIDEBAR_ONLY):
        return False  # an ordinary two-column resume with a profile link
    sections = linkedin_sections(document)
    if sum(1 for section in sections if section.heading) >= 4:
        score += 2  # the template's type sizes: huge name, headings set apart from their items
    return score >= 4 and bool(sections)


def linkedin_sidebar_heading(text: str) -> Optional[str]:
    """What a sidebar heading of an export is, in any interface language: "only" for the headings
    no other document has ("Top Skills", "Principales compétences"), else the section it names
    ("contact", "languages", ...), or None."""
    key = _heading_key(text)
    if key in _SIDEBAR_ONLY:
        return "only"
    return _LINKEDIN_SECTIONS.get(key)


def _heading_key(text: str) -> str:
    key = re.sub(r"[^a-z0-9 ]+", " ", _fold(text).replace("&", " ").replace("-", " "))
    return " ".join(key.split())


def _fold(text: str) -> str:
    """Lower case without accents, for matching interface words."""
    if text.isascii():
        return text.lower()  # nothing to decompose, no accent to drop
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def linkedin_section_name(text: str) -> Optional[str]:
    """The canonical section a LinkedIn heading names, in any interface language, or None."""
    heading = heading_of(Line(text))
    if heading is not None and not heading.inline:
        return heading.section
    return _LINKEDIN_SECTIONS.get(_heading_key(text))


def english_dates(text: str) -> str:
    """A LinkedIn date line in English words: "dezembro de 2024 - o momento" -> "December 2024 - Present"."""
    text = _MONTH_NAME_RE.sub(lambda m: _MONTH_NAMES[m.group(1).lower()].capitalize(), text)
    text = _MONTH_SHORT_RE.sub(lambda m: _MONTH_SHORT[m.group(1).lower()].capitalize(), text)
    text = _MONTH_YEAR_JOINER.sub(" ", text)
    return _PRESENT_RE.sub("Present", text)


def linkedin_range(text: str) -> Optional[DateRange]:
    return find_range(english_dates(text))


def _size_key(size: float) -> float:
    return round(size * 4) / 4


def _main_body_size(lines: Sequence[Line]) -> float:
    weight: dict[float, int] = {}
    for line in lines:
        if line.size:
            key = _size_key(line.size)
            weight[key] = weight.get(key, 0) + len(line.text)
    return max(weight, key=weight.get) if weight else 0.0


def _most_common_size(lines: Sequence[Line]) -> float:
    counts: dict[float, int] = {}
    for line in lines:
        if line.size:
            counts[_size_key(line.size)] = counts.get(_size_key(line.size), 0) + 1
    return min((key for key in counts if counts[key] == max(counts.values())), default=0.0)


def _gap(previous: Line, line: Line) -> Optional[float]:
    """Distance between two baselines in ems of the lower line, or None across pages/columns."""
    if previous.page != line.page or not previous.y or not line.y or line.y <= previous.y:
        return None
    return (line.y - previous.y) / max(line.size or previous.size or 10.0, 1.0)


def _continues(previous: Line, line: Line, em: float = _WRAP_EM) -> bool:
    """`line` is the wrapped rest of `previous`: same size, set at the line spacing."""
    if abs(previous.size - line.size) > 0.3:
        return False
    gap = _gap(previous, line)
    return gap is not None and gap <= em


def join_wrapped(texts: Sequence[str]) -> str:
    """Join wrapped lines: a line ending inside a hyphenated word ("Problem-") goes on without a space."""
    out = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalnum():
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out


def linkedin_sections(document: Document) -> tuple[Section, ...]:
    """Cut a LinkedIn export into sections by heading size; () when the sizes do not show the template."""
    lines = document.lines
    sidebar = [line for line in lines if line.region == "sidebar"]
    main = [line for line in lines if line.region != "sidebar"]
    # Sidebar items are few and short (a long profile link may outweigh them): count lines.
    side_body = _most_common_size(sidebar)
    body = _main_body_size(main)
    if not body:
        return ()
    name_size = max((line.size for line in main[:12]), default=0.0)
    if name_size < _NAME_RATIO * body:
        return ()
    offsets = line_offsets(lines)
    total = len(document.text)
    found: list[tuple[int, str, str]] = []  # (line index, section, heading text)
    seen_main = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        in_sidebar = line.region == "sidebar"
        if not in_sidebar and not seen_main:
            seen_main = True
            found.append((index, "header", ""))  # the name and headline start the main column
            continue
        reference = side_body if in_sidebar and side_body else body
        if line.size < _HEADING_RATIO * reference or line.size >= 0.9 * name_size:
            continue
        if not text or len(text.split()) > 6 or re.search(r"\d|[.,;:!?@|]$|@|https?:|www\.", text):
            continue
        if in_sidebar or line.size >= _MAIN_HEADING_RATIO * body:
            found.append((index, linkedin_section_name(text) or "", text))
    if not any(heading for _, _, heading in found):
        return ()
    sections: list[Section] = []
    if found and found[0][0] > 0:
        found.insert(0, (0, "contact", ""))  # sidebar lines above any heading: the contact block
    for number, (index, name, heading) in enumerate(found):
        until = found[number + 1][0] if number + 1 < len(found) else len(lines)
        first = index + 1 if heading else index
        start = offsets[first] if first < len(lines) else total
        end = offsets[until] - 1 if until < len(lines) else total
        section_name = name or _guess_section(lines[first:until], body)
        sections.append(Section(section_name, heading, start, max(start, end), first, until))
    return tuple(sections)


def _guess_section(lines: Sequence[Line], body: float) -> str:
    """Name a section whose heading is in an unknown language by what it holds."""
    if any("@" in line.text or "linkedin.com/in/" in line.text.lower() for line in lines):
        return "contact"
    smallest = min((line.size for line in lines if line.size), default=body)
    dated = [index for index, line in enumerate(lines) if linkedin_range(line.text)]
    larger = [index for index, line in enumerate(lines) if line.size > smallest + 0.3]
    if any(index - 1 in larger or index - 2 in larger for index in dated):
        titles = {_size_key(lines[index].size) for index in larger}
        if len(titles) >= 2 or any(not _EDU_DATES.search(lines[index].text) for index in dated):
            return "experience"
        return "education"
    if any(_EDU_DATES.search(line.text) for line in lines) and larger:
        return "education"
    return "other"



# ---------------------------------------------------------------- the parts of an export


@dataclass
class LinkedInPdf:
    """What the layout of a LinkedIn export tells; None/() where it could not tell."""

    sections: tuple[Section, ...]
    name: Optional[str] = None
    headline: Optional[str] = None
    location: Optional[Location] = None
    email: Optional[str] = None
    work: tuple[Work, ...] = ()
    education: tuple[Education, ...] = ()
    skills: tuple[SkillGroup, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    contact_text: str = ""
    linkedin: Optional[SocialProfile] = None  # the profile link, however the contact block wrapped it


def read_linkedin_pdf(document: Document) -> Optional[LinkedInPdf]:
    """Read a LinkedIn export by its template, or None when its type sizes do not show one."""
    sections = linkedin_sections(document)
    if not sections:
        return None
    lines = document.lines
    offsets = line_offsets(lines)

    def part(name: str) -> list[Line]:
        return [line for s in sections if s.name == name for line in lines[s.first_line:s.last_line]]

    result = LinkedInPdf(sections)
    header = part("header")
    first_page = [line for line in lines if line.region != "sidebar" and line.page == (header[0].page if header else 1)]
    right = max((line.x1 for line in first_page), default=0.0)
    result.name, result.headline, location = _header(header, right)
    if location:
        result.location = linkedin_location(location)
    contact_lines = _join_wrapped_email(part("contact"))
    result.contact_text = "\n".join(contact_lines)
    result.email = contact.find_email(result.contact_text)
    result.linkedin = _profile_link(part("contact"))
    for section in sections:
        chunk = lines[section.first_line:section.last_line]
        if section.name == "experience":
            result.work += _work(chunk, offsets[section.first_line:section.last_line])
        elif section.name == "education":
            result.education += _education(chunk)
    wrap = _sidebar_wrap(sections, lines)
    result.skills = tuple(SkillGroup("Skills", tuple(items)) for items in [_items(part("skills"), wrap)] if items)
    result.certificates = tuple(
        certificate for item in _items(part("certifications"), wrap) for certificate in parse_certificates([item])
    )
    result.languages = parse_languages(_items(part("languages"), wrap))
    return result


def _sidebar_wrap(sections: Sequence[Section], lines: Sequence[Line]) -> Optional[float]:
    """The spacing (in ems) below which a sidebar line continues the item above it, or None when
    the sidebar sets wrapped lines and new items the same distance apart (then the words decide)."""
    gaps = []
    for section in sections:
        if section.name == "contact":
            continue  # contact entries (address, phone, links) keep spacings of their own
        chunk = [line for line in lines[section.first_line:section.last_line] if line.region == "sidebar"]
        gaps += [gap for a, b in zip(chunk, chunk[1:]) if abs(a.size - b.size) <= 0.3 and (gap := _gap(a, b))]
    if not gaps:
        return None
    tightest = min(gaps)
    if tightest > _WRAP_EM:
        return tightest * 0.9  # no item wraps: every line is an item
    if max(gaps) < tightest * 1.2:
        return None
    return tightest * 1.15


def _items(lines: Sequence[Line], wrap: Optional[float]) -> list[str]:
    """Sidebar list items: an item's wrapped lines sit closer together than two items."""
    if not lines:
        return []
    if wrap is None or not all(line.y for line in lines):
        return join_wrapped_items([line.text for line in lines])
    items: list[list[str]] = []
    previous: Optional[Line] = None
    for line in lines:
        if previous is not None and items and _continues(previous, line, wrap):
            items[-1].append(line.text)
        else:
            items.append([line.text])
        previous = line
    return [join_wrapped(item) for item in items]


# ---------------------------------------------------------------- header: name, headline, location


def _header(lines: Sequence[Line], right: float) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """Name (the largest type), headline (the lines under it), location (the last line, set a
    little further below the headline than the headline's own lines are from each other).
    `right` is the right edge of the main column's text."""
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return None, None, None
    biggest = max(line.size for line in lines)
    name_lines: list[Line] = []
    for line in lines:
        if abs(line.size - biggest) > 0.3:
            break
        name_lines.append(line)
    name = join_wrapped([line.text for line in name_lines]) or None
    rest = [line for line in lines[len(name_lines):] if line.size < biggest - 0.3]
    if not rest:
        return name, None, None
    location: Optional[Line] = None
    if len(rest) >= 2:
        location = rest[-1] if _is_location(rest[-2], rest[-1], right) else None
    elif _looks_like_place(rest[0].text) and not re.search(r"[|@]", rest[0].text):
        # A lone line under the name is the headline unless it can only be a place.
        location = rest[0] if _country_code(rest[0].text.split(",")[-1]) and len(rest[0].text.split(",")) >= 2 else None
    headline_lines = [line for line in rest if line is not location]
    headline = join_wrapped([line.text for line in headline_lines]) or None
    return name, headline, location.text.strip() if location else None


def _is_location(previous: Line, line: Line, right: float) -> bool:
    """Is `line`, the last under the name, the location rather than the headline's last line?

    The headline is typed as one line, so it only breaks where the next word did not fit: a line
    above that ends well short of the column's right edge ends the headline.  The location is set
    1.28 ems below the headline; wrapped headline lines are 1.2 ems apart.  A location has no
    separators ("|", "@", "•"); what reads as a place decides when nothing else does."""
    text = line.text.strip()
    place = _looks_like_place(text)
    if re.search(r"[|@•]", text) and not place:
        return False
    if abs(previous.size - line.size) > 0.3:
        return True  # the location set in a size of its own
    width = right - previous.x0 if right and previous.x1 else 0.0
    if width > 0 and previous.x1 < right - 0.3 * width:
        return True
    gap = _gap(previous, line)
    if gap is not None:
        if gap >= _HEADLINE_WRAP_EM + 0.02:
            return True
        if gap <= _HEADLINE_WRAP_EM - 0.02:
            return False
    return place


def _country_code(text: str) -> Optional[str]:
    key = text.strip().lower()
    return _COUNTRIES.get(key) or contact.COUNTRIES.get(key)


def _looks_like_place(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 80 or re.search(r"[|@•]|\d{3,}|https?:", text):
        return False
    parts = [part.strip() for part in text.split(",")]
    # "City, Region" in any country: two or three parts of capitalised words
    capitalised = 2 <= len(parts) <= 3 and all(
        part and len(part.split()) <= 4
        and all(word[:1].isupper() or word in ("de", "do", "da", "del", "di", "of", "upon", "am", "an", "la", "le")
                for word in part.split())
        for part in parts
    )
    return bool(
        capitalised
        or contact.parse_location(text)
        or _country_code(parts[-1])
        or re.search(r"\b(?:area|metropolitan|region|district|greater|grande|regione|région|provincia|province)\b", text, re.IGNORECASE)
    )


def linkedin_location(text: str) -> Location:
    """"City, Region, Country" as LinkedIn writes it (any part may be missing), kept as written in `address`."""
    text = " ".join(text.split())
    parsed = contact.parse_location(text)
    parts = [part.strip() for part in text.split(",") if part.strip()]
    code = _country_code(parts[-1]) if parts else None
    if parsed is not None and (parsed.countryCode or len(parts) < 3):
        return dataclasses.replace(parsed, countryCode=parsed.countryCode or code, address=text)
    city = region = None
    if code:
        parts = parts[:-1]
    if parts:
        city = re.sub(r"^(?:greater)\s+|\s+(?:area|metropolitan area)$", "", parts[0], flags=re.IGNORECASE)
        region = ", ".join(parts[1:]) or None
    return Location(city=city, region=region, countryCode=code, address=text)


_LOCAL_PART_RE = re.compile(r"[\w.+%'-]+")  # an address's name part, or a piece of it
_ADDRESS_REST_RE = re.compile(r"[\w.+%'-]*@[\w.-]*")  # the rest of one from its "@" or before


def _join_wrapped_email(lines: Sequence[Line]) -> list[str]:
    """The contact block wraps a long address where it must: after a "." or "-", or anywhere in a
    piece too long for a line, in the domain ("jane.doe.consulting@gma" + "il.com") or already in
    the name part ("jane.doe.project." + "consulting@example.com").  Lines set as one (same size,
    at the block's spacing) with no space in them are joined when the first is an address begun
    and the next goes on with its domain, or the first is a name part that ended where it had to
    (after a "." or "-", or at the column's edge: "Italy" above an address is a line of its own)
    and the next goes on with it."""
    widest = max([line.x1 - line.x0 for line in lines if line.x1] + [120.0])
    out: list[str] = []
    previous: Optional[Line] = None
    for line in lines:
        text = line.text.strip()
        head = out[-1] if out else ""
        joins = False
        if head and previous is not None and " " not in head and text and " " not in text and (
            not previous.y or not line.y or _continues(previous, line, 1.4)
        ):
            if "@" in head:
                joins = bool(re.fullmatch(r"[\w.-]+", text))
            elif _LOCAL_PART_RE.fullmatch(head) and (_LOCAL_PART_RE.fullmatch(text) or _ADDRESS_REST_RE.fullmatch(text)):
                # a name part broken over lines ("jane.doe." + "consulting." + "services@example.com")
                full = previous.x1 - previous.x0 >= 0.8 * widest if previous.x1 else len(head) >= 20
                joins = head[-1] in ".-_" or full
        if joins:
            out[-1] += text
        else:
            out.append(text)
        previous = line
    return out


def _profile_link(lines: Sequence[Line]) -> Optional[SocialProfile]:
    """The profile link runs from "linkedin.com/in/" to its "(LinkedIn)" label, over as many lines
    as the contact block needed, broken after a "/" or "-" or, in a piece too long for a line
    (a name percent-encoded: "%D0%BE%D0%BB%D1%8C%D0" + "%B3%D0%B0-"), anywhere."""
    for index, line in enumerate(lines):
        if "linkedin.com/in/" not in line.text.lower():
            continue
        pieces, previous = [line.text.strip()], line
        for following in lines[index + 1:index + 6]:
            if "(linkedin)" in pieces[-1].lower():
                break
            text = following.text.strip()
            # (the reader may have joined some of its lines already: their spacing tells little)
            if " " in text.split("(")[0].strip() or (previous.size and abs(previous.size - following.size) > 0.3):
                break
            pieces.append(text)
            previous = following
        joined = "".join(pieces)
        if "(linkedin)" in joined.lower():
            return contact.find_linkedin(joined)
    return None


# ---------------------------------------------------------------- experience


@dataclass
class _Role:
    company: Optional[str]
    title: str
    dates: DateRange
    first: int  # index of the role's first line (its company line for the first role of a company)
    last: int
    location: Optional[str] = None
    body: list[Line] = field(default_factory=list)


def _size_classes(lines: Sequence[Line]) -> Optional[tuple[float, float, float]]:
    """(company, title, small) type sizes of an Experience section: the two sizes above the date
    lines' (the descriptions' size too; without descriptions, long company names and titles may
    hold more of the section's letters than the small lines do)."""
    dated = [line for line in lines if line.size and len(line.text) <= 120 and linkedin_range(line.text)]
    small = _most_common_size(dated) if dated else _main_body_size(lines)
    counts: dict[float, int] = {}
    for line in lines:
        key = _size_key(line.size)
        if key > small + 0.2:
            counts[key] = counts.get(key, 0) + 1
    if len(counts) < 2:
        return None
    two = sorted(sorted(counts, key=counts.get, reverse=True)[:2])
    return two[1], two[0], small


def _work(lines: Sequence[Line], offsets: Sequence[int]) -> tuple[Work, ...]:
    classes = _size_classes(lines)
    if classes is None:
        return ()
    company_size, title_size, _ = classes

    def kind(line: Line) -> str:
        if abs(line.size - company_size) <= 0.2:
            return "company"
        if abs(line.size - title_size) <= 0.2:
            return "title"
        return "small"

    def run(start: int, of: str) -> int:
        """End (exclusive) of the wrapped run of `of` lines starting at `start`."""
        end = start + 1
        # Every position has a date line, so two company (or title) lines in a row are one
        # wrapped name, whatever their spacing or a page break between them.
        while end < len(lines) and kind(lines[end]) == of:
            end += 1
        return end

    roles: list[_Role] = []
    company: Optional[str] = None
    company_first: Optional[int] = None
    index = 0
    while index < len(lines):
        line = lines[index]
        what = kind(line)
        if what == "company":
            end = run(index, "company")
            company = join_wrapped([l.text for l in lines[index:end]])
            company_first = index
            index = end
            continue
        if what == "title":
            end = run(index, "title")
            dates = None
            if end < len(lines) and kind(lines[end]) == "small":
                dates = linkedin_range(lines[end].text)
            if dates is None:
                if roles:
                    roles[-1].body.extend(lines[index:end])
                index = end
                continue
            first = company_first if company_first is not None else index
            role = _Role(company, join_wrapped([l.text for l in lines[index:end]]), dates, first, end)
            company_first = None
            after = end + 1
            if after < len(lines) and kind(lines[after]) == "small" and _is_role_location(lines[end], lines[after]):
                role.location = lines[after].text.strip()
                after += 1
            role.last = after - 1
            roles.append(role)
            index = after
            continue
        if roles and company_first is None:
            roles[-1].body.append(line)
            roles[-1].last = index
        index += 1

    works = []
    for role in roles:
        highlights, prose = _description(role.body)
        last_line = lines[role.last]
        end_offset = offsets[role.last] + len(last_line.text)
        works.append(
            Work(
                name=role.company,
                position=role.title,
                location=role.location,
                startDate=role.dates.start.iso(),
                endDate=None if role.dates.current or role.dates.end is None else role.dates.end.iso(),
                current=role.dates.current,
                summary=" ".join(prose) or None,
                highlights=tuple(highlights),
                span=(offsets[role.first], max(end_offset, offsets[role.first])),
            )
        )
    return tuple(works)


def _is_role_location(dates: Line, line: Line) -> bool:
    """The line under a role's dates is its place when set as close as the dates are to the title
    (a description starts after a paragraph gap), or, without positions, when it reads as one."""
    text = line.text.strip()
    if not text or len(text) > 80 or text.endswith(".") or _BULLET_START.match(text):
        return False
    gap = _gap(dates, line)
    if gap is not None:
        return gap <= _ROLE_PLACE_EM
    return contact.looks_like_location(text) or _looks_like_place(text)


def _description(lines: Sequence[Line]) -> tuple[list[str], list[str]]:
    """Bullets and paragraphs of a role's description; wrapped lines rejoined."""
    highlights: list[str] = []
    prose: list[str] = []
    previous: Optional[Line] = None
    in_bullet = False
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        bullet = _BULLET_START.match(text)
        wrapped = previous is not None and (
            _continues(previous, line, _PARAGRAPH_EM) if line.y and previous.y else not bullet
        )
        if bullet:
            highlights.append(text[bullet.end():].strip())
            in_bullet = True
        elif wrapped and in_bullet and highlights:
            highlights[-1] = join_wrapped([highlights[-1], text])
        elif wrapped and prose:
            prose[-1] = join_wrapped([prose[-1], text])
            in_bullet = False
        else:
            prose.append(text)
            in_bullet = False
        previous = line
    return highlights, prose


# ---------------------------------------------------------------- education


def _education(lines: Sequence[Line]) -> tuple[Education, ...]:
    """School lines (larger type, maybe wrapped), each followed by "Degree, Field · (dates)"
    in smaller type, which may wrap over several lines."""
    if not lines:
        return ()
    small = _main_body_size(lines)
    entries: list[tuple[list[str], list[str]]] = []
    previous: Optional[Line] = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if line.size > small + 0.2:
            if (
                entries
                and not entries[-1][1]
                and previous is not None
                and previous.size > small + 0.2
                and _continues(previous, line, _SCHOOL_WRAP_EM)
            ):
                entries[-1][0].append(text)
            else:
                entries.append(([text], []))
        elif entries:
            entries[-1][1].append(text)
        previous = line
    if not entries:
        return ()
    return tuple(_education_entry(join_wrapped(school), join_wrapped(rest)) for school, rest in entries)


def _education_entry(school: str, text: str) -> Education:
    degree_part, dates_part = text, ""
    dot = text.rfind("·")
    if dot >= 0 and re.search(r"\d{4}", text[dot:]):
        degree_part, dates_part = text[:dot], text[dot + 1:]
    else:
        match = _EDU_DATES.search(text)
        if match:
            degree_part, dates_part = text[: match.start()], match.group(1)
    degree_part = degree_part.strip(" ,·")
    start = end = None
    if dates_part:
        english = english_dates(dates_part.strip(" ()"))
        found = find_range(english)
        if found:
            start = found.start.iso()
            end = None if found.current or found.end is None else found.end.iso()
        else:
            single = find_single_date(english)
            end = single[0].iso() if single else None
    study = area = None
    if degree_part:
        head, _, tail = degree_part.partition(", ")
        if tail:
            study, area = head.strip(), tail.strip()
        elif DEGREE_RE.search(degree_part):
            study = degree_part
        else:
            area = degree_part
        if study:
            degree = DEGREE_RE.search(study)
            if degree and degree.start() == 0:
                phrase, stop = _degree_phrase(study, degree)
                if not study[stop:].strip(" -"):
                    study = phrase
    return Education(institution=school or None, area=area or None, studyType=study or None, startDate=start, endDate=end)
