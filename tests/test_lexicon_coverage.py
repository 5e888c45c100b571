"""Lexicon coverage of the tools, certifications and methods real resumes name, and the ordinary
English words that must not be read as them.  Every sentence here is made up for the test."""
import pytest

from profilecheck.nlp.lexicon import load_all
from profilecheck.nlp.matching import FoundFacts, match_text


def ids(found: FoundFacts, field: str) -> set[str]:
    return {match.id for match in getattr(found, field)}


def held(found: FoundFacts) -> dict[str, str]:
    """Held certification id -> name reported."""
    return {match.id: match.name for match in found.certifications if match.status == "held"}


# ---------------------------------------------------------------- tools


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Microsoft Office (Word, Excel, PowerPoint, Outlook)", {"microsoft-365", "microsoft-word", "excel", "powerpoint", "microsoft-outlook"}),
        ("MS Office Suite: Word, Excel, Power-point", {"microsoft-365", "microsoft-word", "excel", "powerpoint"}),
        ("Software: Excel, Word, Power Point, Access", {"microsoft-word", "excel", "powerpoint"}),
        ("Desktop tools: Word, Excel, Outlook", {"microsoft-word", "excel", "microsoft-outlook"}),
        ("Drafted the vendor agreements in Word and kept the budget in Excel.", {"microsoft-word", "excel"}),
        ("Computer literate in MS Office, Word Excel PowerPoint, budgeting", {"microsoft-365", "microsoft-word", "powerpoint"}),
        ("Office: Access, Excel, Word; Figma", {"microsoft-365", "microsoft-word", "excel"}),
        ("Kept the release calendar in Outlook for all four teams.", {"microsoft-outlook"}),
        ("Moved 300 mailboxes to Outlook 365.", {"microsoft-outlook"}),
        ("Tools: Office, Visio, SharePoint", {"microsoft-365", "visio", "sharepoint"}),
        ("Tracked the punch list in XL sheets.", {"excel"}),
        ("Built the shutdown schedule in P6 and updated it weekly.", {"primavera"}),
        ("Tools: P3, Sure Track", {"primavera"}),
        ("Software: P3", {"primavera"}),
        ("Scheduled with Primavera SureTrak on the school build.", {"primavera"}),
        ("Handled RFIs and submittals in Procore and marked up drawings in Bluebeam Revu.", {"procore", "bluebeam"}),
        ("Construction software: Prolog, Excel, Bluebeam", {"prolog", "excel", "bluebeam"}),
        ("Logged submittals in Prolog Manager for the clinic fit-out.", {"prolog"}),
        ("Reports built with Crystal Reports, Cognos and SSRS", {"crystal-reports", "cognos", "ssrs"}),
        ("Published SAP BusinessObjects dashboards for the finance office.", {"business-objects"}),
        ("Tracked defects in HP ALM during system test.", {"quality-center"}),
        ("Test management: Quality Center, TestRail", {"quality-center", "testrail"}),
        ("Retired Lotus Notes for 900 users.", {"lotus-notes"}),
        ("Tools: Jira, Tempo, Confluence", {"jira", "tempo", "confluence"}),
        ("Logged time with Tempo Timesheets.", {"tempo"}),
        ("Ran the help desk queue in Track-It! and the dev backlog in Redmine.", {"track-it", "redmine"}),
        ("Agency tools: Workamajig, DoneDone, Basecamp", {"workamajig", "donedone", "basecamp"}),
        ("Version control: Git, GitHub", {"github"}),
        ("Requirements traced in IBM DOORS; bugs in Bugzilla.", {"ibm-doors", "bugzilla"}),
        ("Tools: Bitrix24, Megaplan, Yandex Tracker, Kaiten", {"bitrix24", "megaplan", "yandex-tracker", "kaiten"}),
        ("Moved the tasks from Planfix to Yandex.Tracker in a month.", {"planfix", "yandex-tracker"}),
        ("Service desk: OTRS, later TOPdesk; assets in GLPI", {"otrs", "topdesk", "glpi"}),
        ("Test plans in Zephyr Scale, then Xray for Jira.", {"zephyr", "xray"}),
        ("Tools: Jira, Zephyr, Xray, TestRail", {"zephyr", "xray", "testrail"}),
        ("Traced requirements in Polarion ALM and codebeamer.", {"polarion", "codebeamer"}),
        ("Ran cutover testing from SAP Solution Manager (SolMan).", {"sap-solution-manager"}),
        ("Modelling: Sparx EA, ARIS, Bizagi Modeler, draw.io", {"enterprise-architect", "aris", "bizagi", "drawio"}),
        ("Dashboards in Qlik Sense and Looker Studio for the steering committee.", {"qlik", "looker"}),
        ("Roadmaps kept in Productboard; client work in ProofHub.", {"productboard", "proofhub"}),
    ],
)
def test_tools_written_the_way_resumes_write_them(text, expected):
    found = ids(match_text(text), "tools")
    assert expected <= found, f"missing {expected - found}"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In a word, the rollout was late.", "microsoft-word"),
        ("Word of mouth brought in four new clients.", "microsoft-word"),
        ("Grew Word of Mouth referrals by a third.", "microsoft-word"),
        ("Kept my word to the sponsor on every date.", "microsoft-word"),
        ("Briefed the board on the Financial Outlook for the year.", "microsoft-outlook"),
        ("Kept a positive outlook through the merger.", "microsoft-outlook"),
        ("Kept a steady tempo of monthly releases.", "tempo"),
        ("Music: Tempo, rhythm, pitch", "tempo"),
        ("Programming languages: Prolog, Lisp, Haskell", "prolog"),
        ("Delivered two P3 projects for the city.", "primavera"),
        ("Cut P1 to P3 incidents by half.", "primavera"),
        ("GitHub: jdoe-dev", "github"),
        ("Designed business objects for the billing service.", "business-objects"),
        ("Fitted out a new office suite on the fourth floor.", "microsoft-365"),
        ("Installed a power point in the server room.", "powerpoint"),
        ("Senior Word Processing Specialist", "microsoft-word"),
        ("Delivered On Time And Kept Our Word", "microsoft-word"),
        ("Set up a Quality Center of Excellence for testing.", "quality-center"),
        ("Change Point Detection on sensor data", "changepoint"),
        ("Reported to the Enterprise Architect on integration choices.", "enterprise-architect"),
        ("Solution Manager, Retail Platforms", "sap-solution-manager"),
        ("Aris Papadopoulos, Head of Delivery", "aris"),
        ("Zephyr Cove Resort, front desk", "zephyr"),
        ("Looker-on at the vendor demos, later their owner.", "looker"),
    ],
)
def test_ordinary_words_are_not_tools(text, absent):
    assert absent not in ids(match_text(text), "tools")


# ---------------------------------------------------------------- methodologies


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Led Kaizen events on the order-to-cash process.", "kaizen"),
        ("Facilitated JAD sessions with the finance users.", "jad"),
        ("Ran Joint Application Design workshops for the claims system.", "jad"),
        ("Applied lean manufacturing principles to the packing line.", "lean"),
        ("Coached three teams in LeSS (Large-Scale Scrum).", "less"),
        ("Frameworks: SAFe, LeSS, Nexus", "less"),
        ("Used Rapid Application Development for the intake portal.", "rad"),
        ("Ran the programme on DSDM with fixed time and cost.", "dsdm"),
        ("Delivered in an Agile environment with two-week sprints.", "agile"),
        ("Ran DMAIC projects on invoice errors.", "six-sigma"),
    ],
)
def test_methods_found(text, entry_id):
    assert entry_id in ids(match_text(text), "methodologies")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Finished less than a week late.", "less"),
        ("Front end: HTML5, CSS3, SCSS, LESS", "less"),
        ("Styles written in SASS/LESS.", "less"),
        ("I am an agile and adaptable leader.", "agile"),
        ("Mentally agile under pressure.", "agile"),
        ("Lean Six Sigma Green Belt, 2016", "six-sigma"),  # the certification, not the method
        ("Ran a lean team of four.", "lean"),
    ],
)
def test_methods_not_found(text, absent):
    assert absent not in ids(match_text(text), "methodologies")


def test_a_belt_is_the_certification():
    found = match_text("Lean Six Sigma Green Belt, 2016")
    assert "six-sigma" in held(found)


# ---------------------------------------------------------------- certifications


@pytest.mark.parametrize(
    "text, entry_id, name",
    [
        ("MCTS certified, 2011", "microsoft-certified", "MCTS"),
        ("Certifications: MCSE, CCNA, CCDA", "microsoft-certified", "MCSE"),
        ("Certifications: MCSE, CCNA, CCDA", "ccda", "CCDA"),
        ("Microsoft Certified Professional (MCP)", "microsoft-certified", "Microsoft Certified Professional"),
        ("Certifications: MCP, Network+", "microsoft-certified", "Microsoft Certified Professional"),
        ("MCDST Certification - Microsoft", "microsoft-certified", "MCDST"),
        ("Check Point Certified Security Administrator (CCSA)", "check-point", "Check Point CCSA"),
        ("Certificate in Project Management, state university, 2019", "pm-certificate", "Project Management Certificate"),
        ("Google Project Management Certificate (Coursera), 2023", "pm-certificate", "Project Management Certificate"),
        ("CBAP, IIBA, 2018", "iiba", "CBAP"),
        ("IIBA Certification - 2012", "iiba", "IIBA"),
        ("Master CNE, 1999", "novell", "Master CNE"),
        ("Certifications: Citrix Administrator, Red Hat Administrator", "citrix", "Citrix CCA"),
        ("Certifications: Citrix Administrator, Red Hat Administrator", "red-hat", "RHCSA"),
        ("RHCE, 2014", "red-hat", "RHCE"),
        ("CompTIA Server+ and CySA+", "comptia-server-plus", "CompTIA Server+"),
        ("CompTIA Server+ and CySA+", "comptia-cysa-plus", "CompTIA CySA+"),
        ("VMware Certified Professional (VCP-DCV), 2017", "vmware", "VMware VCP"),
        ("CCIE #12345", "ccie", "CCIE"),
        ("ICAgile Certified Professional (ICP-ACC)", "icagile", "ICAgile"),
        ("AgilePM Practitioner, 2020", "agilepm", "AgilePM Practitioner"),
        ("CGEIT, ISACA", "cgeit", "CGEIT"),
        ("Certifications\nMS: Programming in C# Microsoft FEB 2016", "microsoft-certified", "Microsoft Certified Professional"),
        ("Certifications: Querying Microsoft SQL Server (70-461), 2015", "microsoft-certified", "Microsoft Certified Professional"),
    ],
)
def test_certifications_held(text, entry_id, name):
    found = held(match_text(text))
    assert found.get(entry_id) == name, found


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Built MCP servers so the assistant could call internal tools.", "microsoft-certified"),
        ("Member of IIBA and PMI chapters.", "iiba"),
        ("CNE, registered nurse, clinical educator", "novell"),
        ("Citrix Administrator at a regional hospital", "citrix"),
        ("Styled pages with CSS and LESS.", "less"),
        ("Taught Programming in C# at the evening school.", "microsoft-certified"),
        ("Courses\nProgramming in C#, Udemy, 2019", "microsoft-certified"),
    ],
)
def test_not_certifications(text, absent):
    found = match_text(text)
    assert absent not in {match.id for match in found.certifications}


def test_a_pm_certificate_in_progress():
    found = match_text("Pursuing a Certificate in Project Management at a community college")
    match = next(match for match in found.certifications if match.id == "pm-certificate")
    assert match.status == "in_progress"


def test_new_entries_have_their_fields():
    lex = load_all()
    certs = {cert.id: cert for cert in lex.certifications}
    for cert_id in ("pm-certificate", "iiba", "microsoft-certified", "novell", "citrix", "red-hat", "check-point", "ccda"):
        cert = certs[cert_id]
        assert cert.name and cert.full_name and cert.issuer and cert.description
    assert certs["pm-certificate"].stage == "entry"
    tools = {tool.id: tool for tool in lex.tools}
    for tool_id in ("redmine", "procore", "bluebeam", "crystal-reports", "lotus-notes", "quality-center", "tempo", "cognos",
                    "business-objects", "ssrs", "tableau", "track-it", "workamajig", "donedone", "prolog"):
        assert tools[tool_id].description
    methods = {method.id for method in lex.methodologies}
    assert {"kaizen", "jad", "rad"} <= methods


# ---------------------------------------------------------------- more certifications an IT PM may list


@pytest.mark.parametrize(
    "text, entry_id, name",
    [
        ("Oracle Certified Professional, Java SE 8 Programmer", "java-certified", "OCP Java"),
        ("Oracle Certified Professional: Java SE 11 Developer, 2021", "java-certified", "OCP Java"),
        ("Sun Certified Java Programmer (SCJP), 2006", "java-certified", "SCJP"),
        ("OCPJP 7", "java-certified", "OCP Java"),
        ("Oracle Certified Professional (OCP), Oracle Database 12c Administrator", "oracle", "Oracle OCP"),
        ("Oracle Certified Associate, 2014", "oracle", "Oracle OCA"),
        ("Certifications: OCA, OCP", "oracle", "Oracle OCA"),
        ("Oracle Cloud Infrastructure 2023 Certified Foundations Associate", "oracle", "Oracle Cloud Infrastructure Foundations Associate"),
        ("CCENT, 2012", "ccent", "CCENT"),
        ("Cisco Certified Technician (CCT) Routing and Switching", "ccent", "CCT"),
        ("CCNA Security, 2015", "ccna", "CCNA Security"),
        ("Cisco Certified CyberOps Associate", "ccna", "CCNA CyberOps"),
        ("Cisco Certified Internetwork Professional (CCIP)", "ccnp", "CCIP"),
        ("JNCIA-Junos, 2017", "juniper", "Juniper JNCIA"),
        ("CCSP, ISC2, 2022", "ccsp", "CCSP"),
        ("Systems Security Certified Practitioner (SSCP)", "sscp", "SSCP"),
        ("CSSLP certified", "csslp", "CSSLP"),
        ("ISC2 Certified in Cybersecurity (CC), 2023", "isc2-cc", "ISC2 CC"),
        ("CGRC, 2024", "cgrc", "CGRC"),
        ("GIAC Security Essentials (GSEC), 2019", "giac", "GIAC GSEC"),
        ("GIAC Certified Project Manager (GCPM)", "giac", "GIAC GCPM"),
        ("CIPP/E, IAPP, 2020", "iapp", "CIPP/E"),
        ("Certified Information Privacy Manager (CIPM)", "iapp", "CIPM"),
        ("Salesforce Certified Administrator, 2020", "salesforce", "Salesforce Certified Administrator"),
        ("Salesforce Certified Platform Developer I", "salesforce", "Salesforce Certified Platform Developer I"),
        ("SAP Certified Application Associate - SAP S/4HANA Sales", "sap", "SAP Certified Application Associate"),
        ("SAP FICO certified consultant", "sap", "SAP Certified (FICO)"),
        ("ServiceNow Certified System Administrator (CSA)", "servicenow", "ServiceNow Certified System Administrator"),
        ("CIS-ITSM, CIS-HR", "servicenow", "ServiceNow CIS-ITSM"),
        ("HashiCorp Certified: Terraform Associate (003)", "hashicorp", "HashiCorp Terraform Associate"),
        ("MoP Foundation, 2018", "mop", "MoP Foundation"),
        ("Management of Risk (M_o_R) Practitioner", "mor", "MoR Practitioner"),
        ("P3O Foundation, 2017", "p3o", "P3O Foundation"),
        ("PRINCE2 Agile Practitioner, 2020", "prince2", "PRINCE2 Agile Practitioner"),
        ("PRINCE2 Agile certified", "prince2", "PRINCE2 Agile"),
        ("Change Management Practitioner (APMG), 2019", "apmg-change-management", "APMG Change Management Practitioner"),
        ("Certified Change Management Professional (CCMP)", "ccmp", "CCMP"),
        ("Professional Agile Leadership (PAL-I)", "pal", "PAL-I"),
        ("PSK I, Scrum.org", "psk", "PSK I"),
        ("Certifications: PSM I, PSD I", "psd", "PSD I"),
        ("Certified Scrum Developer (CSD)", "csd", "CSD"),
        ("A-CSPO, Scrum Alliance", "cspo", "A-CSPO"),
        ("Certified Quality Engineer (CQE), ASQ", "asq", "ASQ CQE"),
        ("CMQ/OE, 2012", "asq", "ASQ CMQ/OE"),
        ("IAPM Certified Project Manager", "iapm", "IAPM Certified Project Manager"),
        ("GAQM Certified Project Director (CPD)", "gaqm", "GAQM Certified Project Director"),
        ("CDMP Practitioner, DAMA", "cdmp", "CDMP Practitioner"),
        ("Tableau Desktop Specialist, 2021", "tableau-certified", "Tableau Desktop Specialist"),
        ("Tableau Certified Data Analyst", "tableau-certified", "Tableau Certified Data Analyst"),
        ("ITIL 4 Strategic Leader", "itil", "ITIL Strategic Leader"),
        ("ITIL 4 Leader: Digital and IT Strategy", "itil", "ITIL Leader"),
        ("AWS Certified Data Engineer – Associate", "aws", "AWS Data Engineer Associate"),
        ("SAA-C03", "aws", "AWS Solutions Architect Associate"),
        ("Microsoft Certified: Azure Data Engineer Associate", "azure", "Azure Data Engineer Associate"),
        ("DP-900", "azure", "Azure Data Fundamentals"),
        ("Microsoft Certified: Power Platform Fundamentals", "microsoft-certified", "Microsoft Certified: Power Platform Fundamentals"),
        ("Microsoft Certified: Power BI Data Analyst Associate (PL-300)", "microsoft-certified", "Microsoft Certified: Power BI Data Analyst Associate"),
        ("Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate", "microsoft-certified", "Microsoft Certified: Dynamics 365"),
        ("Microsoft Certified: Security Operations Analyst Associate", "microsoft-certified", "Microsoft Certified: Security Operations Analyst Associate"),
        ("Google Project Management: Professional Certificate", "pm-certificate", "Project Management Certificate"),
        ("APM PPQ, 2022", "apm-pmq", "APM PPQ"),
    ],
)
def test_more_certifications_held(text, entry_id, name):
    found = held(match_text(text))
    assert found.get(entry_id) == name, found


@pytest.mark.parametrize(
    "text",
    [
        # products and platforms, not credentials
        "Used SAP and Salesforce daily",
        "Skills: SAP, Salesforce, Oracle, ServiceNow, Tableau, Terraform",
        "Salesforce Administrator, Acme Corp, 2018 - 2020",
        "ServiceNow System Administrator | Acme | 2017 - 2019",
        "Built dashboards in Tableau",
        "Provisioned infrastructure with Terraform",
        "Managed 5 Salesforce certified consultants",
        "Led 12 SAP certified consultants through the rollout",
        "We are a Salesforce certified partner",
        "Microsoft Certified Partner since 2015",
        "Microsoft certified solutions delivered for 40 clients",
        "Oracle E-Business Suite upgrade to 12.2",
        # abbreviations with other meanings
        "critical path method (CPM)",
        "Built CPM schedules and ran PPM reviews in Clarity",
        "exported PSD mockups",
        "Delivered PSD designs, 2020",
        "PSD II compliance, 2019",
        "deployed on OCP 4.x",
        "Skills: OCP, Kubernetes, Helm",
        "Red Hat OpenShift Container Platform (OCP), Kubernetes, Helm, 2021",
        "Kubernetes | OCP | Docker",
        "Configured WPA2-PSK on the guest network",
        "Configured WPA2-CCMP on 40 access points",
        "Integrated Chainlink CCIP for cross-chain transfers",
        "Defined CCT for the LED lighting retrofit",
        "CSD lead, 2015 - 2018",
        "CQA analyst, 2015 - 2017",
        "Implemented CIS Controls across the estate",
        "Authored MOP documents for data centre cutovers",
        # everyday phrases that are also framework names
        "Responsible for management of portfolios worth $20M",
        "Management of Risk framework rollout, 2019",
        "Applied Management of Risk (M_o_R) principles to the programme",
        "Delivered projects with PRINCE2 Agile",
        "Set up change management practices for 3 business units",
        "Change Management Practitioner, Acme Corp, 2018 - 2020",
        "certified project manager with 10 years",
        "IAPM member since 2015",
        "Member of ASQ",
    ],
)
def test_products_and_other_meanings_are_not_certifications(text):
    assert match_text(text).certifications == ()


@pytest.mark.parametrize(
    "text, entry_id",
    [
        ("Pursuing Salesforce Certified Administrator", "salesforce"),
        ("SAP certification (expected 2026)", "sap"),
        ("Preparing for the Terraform Associate exam", "hashicorp"),
        ("CCSP candidate", "ccsp"),
    ],
)
def test_more_certifications_in_progress(text, entry_id):
    found = {match.id: match.status for match in match_text(text).certifications}
    assert found.get(entry_id) == "in_progress", found


def test_an_article_before_csm_is_not_the_advanced_credential():
    assert "A-CSM" not in held(match_text("Served as a CSM for two teams")).values()
    assert held(match_text("A-CSM, Scrum Alliance, 2021")) == {"csm": "A-CSM"}


def test_two_certifications_written_with_a_slash():
    assert held(match_text("CCNA/Security+")) == {"ccna": "CCNA", "comptia-security-plus": "CompTIA Security+"}
