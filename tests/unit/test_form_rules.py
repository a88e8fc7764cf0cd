"""The Mitmachen form checks exactly what the provider schema says: its rules are emitted from the schema."""

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

from portal.exports.form_rules import FORM_FIELDS, FORM_RULES, SCHEMA, form_rules, form_rules_json, schema_property
from portal.core.schemas import ACCESSIBILITY, LAENDER, ONLINE, PROVIDER_KINDS, SERVICES
from support import ROOT

FORM_PAGE = ROOT / "content" / "mitmachen.md"
FORM_JS = ROOT / "overrides" / "assets" / "components" / "entry-form" / "entry-form.js"
SCHEMA_DOC = json.loads(SCHEMA.read_text(encoding="utf-8"))
RULES = form_rules(SCHEMA_DOC)["fields"]


class _Form(HTMLParser):
    """The named fields of the entry form, which of them are required, and the checkbox groups."""

    def __init__(self):
        super().__init__()
        self.fields, self.required, self.groups = [], set(), []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in ("input", "select", "textarea") and values.get("name"):
            self.fields.append(values["name"])
            if "required" in values:
                self.required.add(values["name"])
        if values.get("data-checks"):
            self.groups.append(values["data-checks"])


def _form() -> _Form:
    parser = _Form()
    text = FORM_PAGE.read_text(encoding="utf-8")
    # Only the provider entry form: the event and story proposal forms on the same page are free text.
    start = text.index('<form class="entry-form')
    parser.feed(text[start : text.index("</form>", start) + len("</form>")])
    return parser


def test_form_patterns_equal_the_schema_patterns():
    patterns = {name: rule["pattern"] for name, rule in RULES.items() if "pattern" in rule}
    for name, path in FORM_FIELDS.items():
        prop = schema_property(SCHEMA_DOC, path)
        expected = (prop.get("items") or prop).get("pattern")
        assert patterns.get(name) == expected, name
    # The fields the issue names, spot-checked against the schema text itself.
    provider = SCHEMA_DOC["properties"]["providers"]["items"]["properties"]
    assert patterns["id"] == provider["id"]["pattern"]
    assert patterns["postal_code"] == provider["address"]["properties"]["postal_code"]["pattern"] == "^[0-9]{5}$"
    assert patterns["phone"] == provider["contact"]["properties"]["phone"]["pattern"]
    assert patterns["email"] == provider["contact"]["properties"]["email"]["pattern"]
    assert patterns["website"] == provider["contact"]["properties"]["website"]["pattern"]


def test_form_closed_lists_equal_the_schema_enums():
    assert RULES["kind"]["enum"] == list(PROVIDER_KINDS)
    assert RULES["land"]["enum"] == list(LAENDER)
    assert RULES["services"] == {"list": True, "enum": list(SERVICES)}
    assert RULES["accessibility"] == {"list": True, "enum": list(ACCESSIBILITY)}
    assert RULES["online"] == {"list": True, "enum": list(ONLINE)}


def test_form_fields_are_the_mapped_schema_properties():
    form = _form()
    assert sorted(form.fields + form.groups) == sorted(FORM_FIELDS)
    # The options and checkboxes are filled from the rules; none is written into the page or the script.
    page = FORM_PAGE.read_text(encoding="utf-8")
    script = FORM_JS.read_text(encoding="utf-8")
    for value in PROVIDER_KINDS + LAENDER + SERVICES + ACCESSIBILITY + ONLINE:
        if value not in ("Leichte Sprache",):  # also plain German in the page's prose
            assert value not in page and value not in script, value
    for rule in RULES.values():
        if "pattern" in rule:
            assert rule["pattern"] not in script and rule["pattern"].strip("^$") not in script


def test_required_fields_of_the_form_are_the_schemas():
    provider = SCHEMA_DOC["properties"]["providers"]["items"]
    required = set()
    for name, path in FORM_FIELDS.items():
        node, needed = provider, True
        for key in path:
            needed = needed and key in node.get("required", [])
            node = node["properties"][key]
        if needed:
            required.add(name)
    # The id is required by the schema, but the form fills it from the name.
    assert _form().required == required - {"id"}
    assert "id" in required


def test_build_publishes_the_rules_beside_the_form():
    assert FORM_RULES == "mitmachen/form-rules.json"
    assert json.loads(form_rules_json()) == form_rules(SCHEMA_DOC)
    assert 'data-rules="form-rules.json"' in FORM_PAGE.read_text(encoding="utf-8")


SAMPLES = ["", "Beratung", "<b>fett</b>", "a\u0007b", "a\u202eb", "Deutsch; Englisch", "index", "bundesland", "index-2", "a--b", "beratung-halle",
           "12345", "1234", "123456", "+49 30 1234567", "0800/123 45 67", "info@example.org", "info@example", "https://www.example.org/x",
           "http://example.org", "https://example.org/a b", "2026-11-23", "23.11.2026"]


def test_patterns_mean_the_same_in_javascript_and_python():
    node = shutil.which("node")
    assert node, "node fehlt (Debian: nodejs)"
    patterns = {name: rule["pattern"] for name, rule in RULES.items() if "pattern" in rule}
    program = (
        "const {patterns, samples} = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {}; for (const [name, p] of Object.entries(patterns)) { const r = new RegExp(p); out[name] = samples.map((s) => r.test(s)); }"
        "process.stdout.write(JSON.stringify(out));"
    )
    result = subprocess.run([node, "-e", program], input=json.dumps({"patterns": patterns, "samples": SAMPLES}), capture_output=True, text=True, check=True)
    in_javascript = json.loads(result.stdout)
    for name, pattern in patterns.items():
        in_python = [re.search(pattern, sample) is not None for sample in SAMPLES]
        assert in_javascript[name] == in_python, name
    assert in_javascript["postal_code"][SAMPLES.index("12345")] and not in_javascript["postal_code"][SAMPLES.index("1234")]
    assert not in_javascript["name"][SAMPLES.index("<b>fett</b>")] and not in_javascript["id"][SAMPLES.index("index")]
