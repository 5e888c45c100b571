"""Contact details: name, email, phone, LinkedIn and other URLs, location."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..models import Location, SocialProfile

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
# International and national forms: +44 20 7946 0958, +1 (555) 010-2030, (555) 123-4567, 555.123.4567
PHONE_RE = re.compile(
    r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,8}){1,4}(?![\w/-])"
)
LINKEDIN_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/(?P<user>[A-Za-z0-9%_-]+(?:-\s?[A-Za-z0-9%_-]+)*)/?",
    re.IGNORECASE,
)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s|,;()<>]+|(?<![@\w.])(?:github|gitlab)\.com/[A-Za-z0-9_.-]+", re.IGNORECASE
)
US_STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
}
US_STATE_NAMES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
    "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
    "west virginia", "wisconsin", "wyoming",
}
COUNTRIES = {
    "united states": "US", "usa": "US", "us": "US", "united kingdom": "GB", "uk": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "ireland": "IE", "canada": "CA", "australia": "AU", "germany": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "netherlands": "NL", "belgium": "BE", "switzerland": "CH",
    "austria": "AT", "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "poland": "PL",
    "portugal": "PT", "india": "IN", "singapore": "SG", "new zealand": "NZ", "south africa": "ZA",
    "united arab emirates": "AE", "uae": "AE", "japan": "JP", "china": "CN", "brazil": "BR", "mexico": "MX",
    "nigeria": "NG", "kenya": "KE", "philippines": "PH", "czech republic": "CZ", "czechia": "CZ",
    "romania": "RO", "greece": "GR", "israel": "IL", "egypt": "EG", "pakistan": "PK", "malaysia": "MY",
    "russia": "RU", "russian federation": "RU", "ukraine": "UA", "belarus": "BY", "kazakhstan": "KZ",
    "moldova": "MD", "armenia": "AM", "azerbaijan": "AZ", "uzbekistan": "UZ", "latvia": "LV",
    "lithuania": "LT", "estonia": "EE", "hungary": "HU", "serbia": "RS", "croatia": "HR", "bulgaria": "BG",
    "slovakia": "SK", "slovenia": "SI", "cyprus": "CY", "turkey": "TR", "argentina": "AR", "colombia": "CO",
    "chile": "CL", "vietnam": "VN", "indonesia": "ID", "south korea": "KR", "thailand": "TH",
}
CANADIAN_PROVINCES = {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"}
_ORG_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|corp|corporation|company|co|gmbh|ag|sa|bv|pty|group|university|college|bank|"
    r"hospital|health|systems|solutions|technologies|software|consulting|partners|labs?)\b\.?",
    re.IGNORECASE,
)
_LOCATION_WORDS = re.compile(r"\b(?:remote|hybrid|on-site|area|metropolitan|greater)\b", re.IGNORECASE)


def find_email(text: str) -> Optional[str]:
    if "@" not in text:  # the expression tries every position of a long text before it fails
        return None
    match = EMAIL_RE.search(text)
    return match.group(0) if match else None


def find_phone(text: str) -> Optional[str]:
    for match in PHONE_RE.finditer(text):
        candidate = match.group(0).strip()
        digits = re.sub(r"\D", "", candidate)
        if not 7 <= len(digits) <= 15:
            continue
        # A date range ("2015 - 2019") or a year list is not a phone number
        if re.fullmatch(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", candidate):
            continue
        if re.fullmatch(r"\d{4}[\s.-]\d{2}(?:[\s.-]\d{2})?", candidate):  # 2016.03 or 2016-03-01
            continue
        if not (candidate.startswith("+") or "(" in candidate or len(digits) >= 9):
            continue
        return candidate
    return None


def find_linkedin(text: str) -> Optional[SocialProfile]:
    # Both expressions need "linkedin.com/" in any case, whose "n.com/" lower() finds (no other
    # character matches these five when case is ignored, as "i" and "k" have "ı" and "K");
    # without it they would try every position of a long text before they fail.
    if "n.com/" not in text.lower():
        return None
    # LinkedIn exports wrap long URLs: "www.linkedin.com/in/jane-" + newline + "doe-12ab (LinkedIn)"
    joined = re.sub(r"(linkedin\.com/(?:in|pub)/[A-Za-z0-9%_-]*-)\s*\n\s*", r"\1", text, flags=re.IGNORECASE)
    match = LINKEDIN_RE.search(joined)
    if not match:
        return None
    user = re.sub(r"\s+", "", match.group("user")).rstrip("-")
    return SocialProfile("LinkedIn", user, f"https://www.linkedin.com/in/{user}")


def find_urls(text: str) -> list[SocialProfile]:
    """Other profiles and sites: GitHub, GitLab, a personal site."""
    found = []
    for match in URL_RE.finditer(text):
        url = match.group(0).rstrip(".")
        lower = url.lower()
        if "linkedin.com" in lower or "@" in url:
            continue
        if not lower.startswith("http"):
            url = "https://" + url
        network = "GitHub" if "github.com" in lower else "GitLab" if "gitlab.com" in lower else None
        user = url.rstrip("/").rsplit("/", 1)[-1] if network else None
        found.append(SocialProfile(network or "Website", user, url))
    return found


@lru_cache(maxsize=4096)  # asked of most lines of a work history, some more than once; a Location cannot change
def parse_location(text: str) -> Optional[Location]:
    """'Boston, MA', 'London, United Kingdom', 'Austin, Texas, United States', 'Toronto, ON, Canada',
    and the country first: 'Israel, Tel Aviv'."""
    cleaned = re.sub(r"\s*·.*$", "", text).strip()  # LinkedIn appends "· Contact info" / "· Hybrid"
    cleaned = re.sub(r"\((?:remote|hybrid|on-site)\)", "", cleaned, flags=re.IGNORECASE).strip(" ,")
    if not cleaned or len(cleaned) > 60 or re.search(r"\d{3,}|@|https?:", cleaned):
        return None
    parts = [part.strip() for part in cleaned.split(",") if part.strip()]
    if not 1 <= len(parts) <= 3:
        return None
    last = parts[-1]
    # "Denver, CO": a state code after the comma is no "Co." of a company name
    named = ", ".join(parts[:-1]) if len(parts) == 2 and last in US_STATES else cleaned
    if any(len(part.split()) > 4 for part in parts) or _ORG_SUFFIX.search(named):
        return None
    country = COUNTRIES.get(last.lower())
    if len(parts) == 1:
        if country:
            return Location(countryCode=country, address=cleaned)
        return None
    city = re.sub(r"^(?:greater|the)\s+|\s+(?:area|metropolitan area)$", "", parts[0], flags=re.IGNORECASE)
    if not city[:1].isupper():
        return None
    if country:
        region = parts[1] if len(parts) == 3 else None
        return Location(city=city, region=region, countryCode=country, address=cleaned)
    first_country = COUNTRIES.get(parts[0].lower())
    if len(parts) == 2 and first_country and parts[1][:1].isupper() and not COUNTRIES.get(parts[1].lower()):
        # the country first, as some CVs write it: "Israel, Rishon Lezion", "Poland, Kraków"
        return Location(city=parts[1], countryCode=first_country, address=cleaned)
    if len(parts) == 3:
        return None  # three parts are "City, Region, Country"; anything else is not a place
    if last.upper() in US_STATES and len(last) == 2:
        return Location(city=city, region=last.upper(), countryCode="US", address=cleaned)
    if last.lower() in US_STATE_NAMES:
        return Location(city=city, region=last, countryCode="US", address=cleaned)
    if last.upper() in CANADIAN_PROVINCES and len(last) == 2:
        return Location(city=city, region=last.upper(), countryCode="CA", address=cleaned)
    return None


def looks_like_location(text: str) -> bool:
    return parse_location(text) is not None or bool(
        _LOCATION_WORDS.search(text) and len(text) < 60 and not re.search(r"\d{3,}", text)
    )


_NAME_WORD = re.compile(r"^(?:[A-Z][a-zA-Z'’-]+\.?|[A-Z]\.|[A-Z][a-z]+-[A-Z][a-z]+|(?:van|von|de|da|del|der|la|le|di|bin|al)\b)$")




def looks_like_name(text: str) -> bool:
    from ..lexicon import load_name_words

    not_name_words = load_name_words()
    words = text.strip().split()
    if any(part in not_name_words for word in words for part in re.split(r"[/&]", word.lower().strip(".,:;"))):
        return False
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or "@" in text:
        return False
    if "," in text and (looks_like_location(text) or any(
        part.strip().lower() in COUNTRIES or part.strip().lower() in US_STATE_NAMES for part in text.split(",")
    )):
        return False  # a place written either way round ("Country, City") is not a name
    if all(word.lower().strip(",.;") in language_names() for word in words):
        return False  # "Ukrainian, Russian": a languages line's wrapped rest ("English" alone may be a surname)
    if text.isupper():
        words = [word.capitalize() for word in words]
    return all(_NAME_WORD.match(word.rstrip(",")) for word in words)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Languages' names in lower case (lexicons/cue_words.toml `language-names`)."""
    from ..lexicon import cue_words

    return frozenset(cue_words("language-names"))
