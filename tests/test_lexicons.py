"""The lexicons load, validate, and hold the entries the matcher and the rules rely on."""
import tomllib

import pytest

from profilecheck import lexicon
from profilecheck.lexicon import LEXICON_FILES, LexiconError, alias_key, parse_alias
from profilecheck.resources import read_lexicon_text

TABLES = {
    "certifications": "certification",
    "tools": "tool",
    "methodologies": "methodology",
    "technical_skills": "skill",
    "competencies": "competency",
    "soft_skills": "soft_skill",
    "titles": "title",
    "specializations": "specialization",
    "action_verbs": "group",
    "weak_phrases": "phrase",
    "buzzwords": "buzzword",
    "name_words": "group",
}
REQUIRED = {
    "certifications": {"id", "name", "full_name", "issuer", "stage", "description", "aliases"},
    "tools": {"id", "name", "category", "description", "aliases"},
    "methodologies": {"id", "name", "family", "description", "aliases"},
    "technical_skills": {"id", "name", "group", "aliases"},
    "competencies": {"id", "name", "group", "aliases"},
    "soft_skills": {"id", "name", "aliases"},
    "titles": {"id", "name", "level", "is_pm", "aliases"},
    "specializations": {"id", "name", "description", "titles", "signals"},
    "action_verbs": {"id", "name", "description", "verbs"},
    "weak_phrases": {"id", "phrase", "suggestion", "why"},
    "buzzwords": {"id", "phrase", "why"},
    "name_words": {"id", "description", "words"},
}


def raw(name: str) -> dict:
    return tomllib.loads(read_lexicon_text(name))


def test_every_lexicon_loads():
    lexicons = lexicon.load_all()
    assert lexicons is lexicon.load_all()  # loaded once per process
    for name in LEXICON_FILES:
        assert name in TABLES


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_version_and_required_fields(name):
    data = raw(name)
    assert data["version"] == 1
    rows = data[TABLES[name]]
    assert rows
    for row in rows:
        missing = REQUIRED[name] - set(row)
        assert not missing, f"{name}: {row.get('id')} lacks {missing}"


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_ids_unique(name):
    ids = [row["id"] for row in raw(name)[TABLES[name]]]
    assert len(ids) == len(set(ids))


def _alias_texts(name: str, row: dict) -> list[str]:
    if name == "titles":
        return [row["name"], *row["aliases"]]
    if name == "specializations":
        return [*row["titles"], *row["signals"]]
    if name in ("weak_phrases", "buzzwords"):
        return [row["phrase"], *row.get("aliases", [])]
    if name == "action_verbs":
        return list(row["verbs"])
    if name == "name_words":
        return list(row["words"])
    return list(row["aliases"])


@pytest.mark.parametrize("name", [name for name in LEXICON_FILES])
def test_no_alias_in_two_entries(name):
    owner: dict[str, str] = {}
    for row in raw(name)[TABLES[name]]:
        for text in _alias_texts(name, row):
            key = alias_key(parse_alias(text, allow_cue=True).text)
            assert owner.setdefault(key, row["id"]) == row["id"], f"{name}: '{key}' in {owner[key]} and {row['id']}"


def test_competency_groups_are_the_guides_five():
    groups = {group.id: group.name for group in lexicon.load_competency_groups()}
    assert groups == {
        "planning-execution": "Planning & Execution",
        "risk-management": "Risk Management",
        "quality-assurance": "Quality Assurance",
        "communication": "Communication",
        "leadership": "Leadership",
    }
    used = {competency.group for competency in lexicon.load_competencies()}
    assert used == set(groups)
    ids = {competency.id for competency in lexicon.load_competencies()}
    for needed in ("scope-definition", "scheduling", "resource-allocation", "budgeting", "risk-identification",
                   "mitigation-planning", "stakeholder-engagement", "status-reporting", "team-building",
                   "conflict-resolution", "delegation", "testing-procedures", "continuous-improvement"):
        assert needed in ids


CERTIFICATIONS = {
    "pmp": "PMP", "capm": "CAPM", "pgmp": "PgMP", "pmi-acp": "PMI-ACP", "pmi-rmp": "PMI-RMP", "prince2": "PRINCE2",
    "csm": "CSM", "psm": "PSM", "safe": "SAFe", "itil": "ITIL", "six-sigma": "Six Sigma",
    "comptia-project-plus": "CompTIA Project+", "comptia-security-plus": "CompTIA Security+", "cissp": "CISSP",
    "cism": "CISM", "aws": "AWS", "azure": "Azure", "google-cloud": "Google Cloud", "ccna": "CCNA",
    "pspo": "PSPO", "cspo": "CSPO", "togaf": "TOGAF", "cobit": "COBIT", "ccnp": "CCNP", "pmi-pba": "PMI-PBA",
    "cisa": "CISA", "crisc": "CRISC", "comptia-a-plus": "CompTIA A+", "comptia-network-plus": "CompTIA Network+",
}


def test_named_certifications_with_exact_short_names():
    found = {cert.id: cert for cert in lexicon.load_certifications()}
    for cert_id, name in CERTIFICATIONS.items():
        assert found[cert_id].name == name
    assert found["capm"].stage == "entry"
    assert found["pmp"].stage == "mid"
    assert all(cert.stage in lexicon.STAGES for cert in found.values())


def test_named_tools_methodologies_and_specializations():
    tools = {tool.id for tool in lexicon.load_tools()}
    for tool_id in ("microsoft-project", "smartsheet", "wrike", "liquidplanner", "jira", "versionone", "scrumwise",
                    "trello", "asana", "slack", "microsoft-teams", "confluence", "github", "gitlab", "resource-guru",
                    "teamdeck", "sharepoint", "google-workspace", "microsoft-365", "servicenow", "azure-devops",
                    "monday-com", "basecamp", "rally", "clarity-ppm", "primavera", "excel", "visio", "power-bi",
                    "tableau", "notion", "clickup", "miro", "planview", "ms-planner", "zoom"):
        assert tool_id in tools
    methods = {method.id for method in lexicon.load_methodologies()}
    for method_id in ("agile", "scrum", "kanban", "waterfall", "hybrid", "safe", "lean", "prince2", "itil", "sdlc",
                      "devops", "six-sigma", "pmbok", "critical-path", "earned-value"):
        assert method_id in methods
    specs = [spec.id for spec in lexicon.load_specializations()]
    assert specs == ["infrastructure", "software-development", "itsm", "cybersecurity", "erp", "digital-transformation"]
    technical = {skill.id for skill in lexicon.load_technical_skills()}
    for skill_id in ("sdlc", "cloud-computing", "networking", "cybersecurity", "gdpr", "hipaa", "iso-27001", "soc-2",
                     "pci-dss", "databases", "sql", "data-analytics", "risk-frameworks", "monte-carlo", "erp", "sap", "apis"):
        assert skill_id in technical


def test_titles_cover_the_ladder():
    titles = lexicon.load_titles()
    levels = {title.level for title in titles}
    assert levels == set(lexicon.STAGES)
    by_name = {title.name: title for title in titles}
    assert by_name["IT Project Coordinator"].level == "entry" and by_name["IT Project Coordinator"].is_pm
    assert by_name["Scrum Master"].level == "mid"
    assert by_name["Senior IT Project Manager"].level == "senior"
    assert by_name["Chief Information Officer"].level == "director"
    assert by_name["IT Support Specialist"].level == "foundation" and not by_name["IT Support Specialist"].is_pm
    assert not by_name["Customer Success Manager"].is_pm


def test_levels_module_reads_titles():
    from profilecheck.nlp.levels import classify_title

    assert classify_title("Senior IT Project Manager") == ("senior", True, "Senior IT Project Manager")
    assert classify_title("Sr. Project Manager")[0] == "senior"
    assert classify_title("IT Project Coordinator")[0] == "entry"


def test_weak_phrases_and_buzzwords():
    weak = {phrase.phrase: phrase for phrase in lexicon.load_weak_phrases()}
    for phrase in ("responsible for", "helped with", "duties included", "worked on", "assisted with"):
        assert weak[phrase].suggestion
    buzz = {word.phrase for word in lexicon.load_buzzwords()}
    assert {"results-driven", "team player", "synergy", "go-getter", "detail-oriented"} <= buzz
    verbs = lexicon.action_verb_groups()
    assert verbs["led"] == "leadership" and verbs["delivered"] == "delivery"


def test_specialization_refs_resolve():
    known = {(kind, entry.id) for kind in ("certification", "tool", "methodology", "technical", "competency")
             for entry in lexicon.load_all().entries(kind)}
    for spec in lexicon.load_specializations():
        for ref in (*spec.refs, *spec.weak):
            kind, _, ref_id = ref.partition(":")
            assert (kind, ref_id) in known


@pytest.mark.parametrize(
    "text, mode, cue, plain",
    [
        ("PMP", "any", False, "PMP"),
        ("case:SAFe", "case", False, "SAFe"),
        ("proper:Rally", "proper", False, "Rally"),
        ("list:Teams", "list", False, "Teams"),
        ("cue,case:SAFe", "case", True, "SAFe"),
        ("Microsoft Certified: Azure", "any", False, "Microsoft Certified: Azure"),
    ],
)
def test_alias_flags(text, mode, cue, plain):
    alias = parse_alias(text, allow_cue=True)
    assert (alias.mode, alias.cue, alias.text) == (mode, cue, plain)


def test_alias_keys_are_normalised():
    assert alias_key("PMP®") == alias_key("pmp")
    assert alias_key("P.M.P.") == "pmp"
    assert alias_key("Project-Management") == alias_key("project management")
    assert alias_key("Agile/Scrum") == "agile scrum"


BROKEN = [
    ('version = 1\n[[tool]]\nid = "a"\nname = "A"\ncategory = "planning"\ndescription = "x"\naliases = ["Same"]\n'
     '[[tool]]\nid = "b"\nname = "B"\ncategory = "planning"\ndescription = "x"\naliases = ["same"]\n', "belongs to both 'a' and 'b'"),
    ('version = 1\n[[tool]]\nid = "a"\nname = "A"\ncategory = "nowhere"\ndescription = "x"\naliases = ["A"]\n', "tool 'a': field 'category'"),
    ('version = 1\n[[tool]]\nid = "a"\nname = "A"\ncategory = "planning"\naliases = ["A"]\n', "tool 'a': missing required field 'description'"),
    ('version = 1\n[[tool]]\nid = "a"\nname = "A"\ncategory = "planning"\ndescription = "x"\naliases = ["cue:A"]\n', "only certifications"),
    ('version = 1\n[[tool]]\nid = "a"\nname = "A"\ncategory = "planning"\ndescription = "x"\naliases = ["A"]\ncolour = 1\n', "unknown field(s) colour"),
    ('version = 1\n[[tool]]\nid = "Bad Id"\nname = "A"\ncategory = "planning"\ndescription = "x"\naliases = ["A"]\n', "tool 'Bad Id': id"),
    ('version = 2\n[[tool]]\n', "'version = 1'"),
    ('version = 1\n[[tool\n', "not valid TOML"),
]


@pytest.mark.parametrize("text, message", BROKEN)
def test_validation_errors_name_the_file_and_entry(monkeypatch, text, message):
    monkeypatch.setattr(lexicon, "read_lexicon_text", lambda name: text)
    with pytest.raises(LexiconError) as caught:
        lexicon.load_tools.__wrapped__()
    assert "lexicons/tools.toml" in str(caught.value)
    assert message in str(caught.value)


def test_every_file_in_lexicons_goes_through_the_validated_loader():
    from profilecheck.resources import lexicon_dir

    shipped = {path.name[: -len(".toml")] for path in lexicon_dir().iterdir() if path.name.endswith(".toml")}
    assert shipped == set(lexicon.ALL_FILES)
    lexicon.load_everything()


OTHER_BROKEN = [
    ("sections", lexicon.load_sections, 'version = 1\n[[section]]\nid = "a"\naliases = ["Skills"]\n[[section]]\nid = "b"\naliases = ["skills"]\n', "belongs to both 'a' and 'b'"),
    ("sections", lexicon.load_sections, 'version = 1\n[[section]]\nid = "a"\n', "missing required field 'aliases'"),
    ("ligatures", lexicon.load_ligatures, 'version = 1\nf_words = ["staff"]\nnext_words = ["In"]\n', "'In' must be one lower-case word"),
    ("ligatures", lexicon.load_ligatures, 'version = 1\nf_words = ["staff", "led"]\nnext_words = ["in"]\n', "must end in f"),
    ("cue_words", lexicon.load_cue_words, 'version = 1\n[[list]]\nid = "a"\ndescription = "d"\nwords = ["Led"]\n', "word 'Led' must be lower case"),
    ("cue_words", lexicon.load_cue_words, 'version = 1\n[[list]]\nid = "a"\ndescription = "d"\nwords = ["led", "led"]\n', "'led' is listed twice"),
    ("cue_words", lexicon.load_cue_words, 'version = 1\n[[list]]\nid = "a"\ndescription = "d"\n', "exactly one of words or pairs"),
    ("rules", lexicon.load_rules, 'version = 1\n[[rule]]\ncode = "PC399"\nname = "x"\nlevel = "warning"\nunit = "page"\npattern = "x"\n'
     'message = "m"\nsuggestion = "s"\nwhy = "w"\nshould_flag = ["a"]\nshould_pass = ["b"]\n', "field 'unit' is 'page'"),
    ("rules", lexicon.load_rules, 'version = 1\n[[rule]]\ncode = "PC399"\nname = "x"\nlevel = "warning"\nunit = "bullet"\npattern = "x"\nlexicon = "buzzwords"\n'
     'message = "m"\nsuggestion = "s"\nwhy = "w"\nshould_flag = ["a"]\nshould_pass = ["b"]\n', "exactly one of pattern or lexicon"),
    ("rules", lexicon.load_rules, 'version = 1\n[[rule]]\ncode = "PC399"\nname = "x"\nlevel = "warning"\nunit = "bullet"\npattern = "(x"\n'
     'message = "m"\nsuggestion = "s"\nwhy = "w"\nshould_flag = ["a"]\nshould_pass = ["b"]\n', "not a valid regular expression"),
]


@pytest.mark.parametrize("name, loader, text, message", OTHER_BROKEN)
def test_the_other_word_lists_are_validated_too(monkeypatch, name, loader, text, message):
    monkeypatch.setattr(lexicon, "read_lexicon_text", lambda wanted: text)
    with pytest.raises(LexiconError) as caught:
        loader.__wrapped__()
    assert f"lexicons/{name}.toml" in str(caught.value)
    assert message in str(caught.value)


def test_the_data_rules_keep_their_examples_as_written():
    rules = {rule.code: rule for rule in lexicon.load_rules()}
    written = tomllib.loads(read_lexicon_text("rules"))["rule"]
    for row in written:
        assert rules[row["code"]].should_flag == tuple(row["should_flag"])
        assert rules[row["code"]].message == row["message"]


def test_cue_words_become_patterns_and_sets():
    import re

    assert "mentor*" in lexicon.cue_words("leadership-words")
    leadership = re.compile(rf"\b(?:{lexicon.cue_pattern('leadership-words')})\b", re.IGNORECASE)
    assert leadership.search("I mentored two PMs") and not leadership.search("I ran releases")
    labels = re.compile(rf"^(?:{lexicon.cue_pattern('list-labels')})$")
    assert labels.match("tech \t stack") and not labels.match("techstack")
    praise = re.compile(lexicon.cue_pattern("self-praise"))
    assert praise.search("hard working") and praise.search("hard-working")
    assert lexicon.cue_pairs("irregular-present")["led"] == "lead"
    with pytest.raises(LexiconError, match=r"no \[\[list\]\] with id 'nothing'"):
        lexicon.cue_words("nothing")


def test_not_alone_in_names_known_sections():
    from profilecheck.structure.sections import heading_aliases

    known = set(heading_aliases().values()) | {"header"}
    named = [
        (kind, entry.id, section)
        for kind in ("certification", "tool", "methodology", "technical", "competency", "soft")
        for entry in lexicon.load_all().entries(kind)
        for section in entry.guards.not_alone_in
    ]
    assert named, "no entry uses not_alone_in: the guard would be untested"
    assert [item for item in named if item[2] not in known] == []
