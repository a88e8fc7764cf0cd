"""The portal's operator (mkdocs.yml ``extra.operator``): what an Impressum needs and the block that shows it.

§ 5 Abs. 1 DDG asks a provider of a digital service for name and address where
it is established, for legal persons also the legal form and who represents
it, and for a way of quick electronic contact including an e-mail address.
A preview may build without them (it says so on the page); a release build
stops until they are set (``release_problems``).
"""

from __future__ import annotations

import re

from portal.core.errors import Problem
from portal.core.model import Directive
from portal.rendering.render import render, safe_url

OPERATOR_FIELDS = ("name", "legal_form", "street", "postal_code", "town", "email", "phone", "represented_by", "register")
REQUIRED_FIELDS = ("name", "street", "postal_code", "town", "email")
# legal_form for a person who publishes the portal alone: no legal form and no representative to name.
NATURAL_PERSON = "natürliche Person"
CONFIG = "mkdocs.yml"
FIELD_NAMES = {
    "name": "Name der Person oder Organisation",
    "legal_form": "Rechtsform (z. B. „eingetragener Verein“, „gGmbH“) oder „natürliche Person“",
    "street": "Straße und Hausnummer, unter der Sie niedergelassen sind (kein Postfach)",
    "postal_code": "Postleitzahl",
    "town": "Ort",
    "email": "E-Mail-Adresse",
    "represented_by": "vertretungsberechtigte Person(en), z. B. der Vorstand",
}


def _unset(operator: dict, key: str) -> bool:
    return not str(operator.get(key) or "").strip()


def missing_operator_fields(operator: dict) -> list[str]:
    """Operator settings that an Impressum needs but are unset."""
    return [key for key in REQUIRED_FIELDS if _unset(operator, key)]


def missing_release_fields(operator: dict) -> list[str]:
    """What § 5 Abs. 1 Nr. 1 and 2 DDG requires and is unset: name, address, e-mail; legal form; for a legal person its representative."""
    operator = operator or {}
    missing = missing_operator_fields(operator)
    if _unset(operator, "legal_form"):
        missing.append("legal_form")
    elif str(operator["legal_form"]).strip() != NATURAL_PERSON and _unset(operator, "represented_by"):
        missing.append("represented_by")
    return [key for key in OPERATOR_FIELDS if key in missing]


def _operator_line(config_text: str) -> int:
    """The line of ``operator:`` in mkdocs.yml (0 if not found)."""
    for number, line in enumerate(config_text.splitlines(), start=1):
        if line.strip().startswith("operator:"):
            return number
    return 0


def release_problems(operator: dict, config_text: str = "") -> list[Problem]:
    """One German problem per missing Impressum detail; empty when a release may be published."""
    line = _operator_line(config_text)
    return [
        Problem(
            CONFIG,
            line,
            f"extra.operator.{key}",
            f"Veröffentlichung gestoppt: Für das Impressum (§ 5 DDG) fehlt „{key}“ – {FIELD_NAMES[key]}",
            "Tragen Sie die Angabe in mkdocs.yml unter extra.operator ein (siehe README, „Configuration for the operator“). "
            "Eine Vorschau ohne SITE_URL und ohne --release baut auch ohne diese Angaben.",
        )
        for key in missing_release_fields(operator)
    ]


def operator_details(operator: dict) -> str:
    """The operator block of Impressum and contact notes, or a plain notice while unset."""
    return render("operator/operator.md", o=operator or {}, missing=missing_operator_fields(operator or {}), NATURAL_PERSON=NATURAL_PERSON)


EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[a-z]{2,}", re.I)


def proposal_targets(operator: dict) -> str:
    """Where proposals from the Mitmachen forms go: the operator's e-mail, and a new issue where ``repo_url`` is set.

    ``repo_url`` is an operator setting (``extra.operator.repo_url``), not MkDocs' own
    ``repo_url``: with that, Material would load the repository's facts from GitHub on
    every page view, a request that leaves the site.
    """
    email = str((operator or {}).get("email") or "").strip()
    repo = safe_url((operator or {}).get("repo_url") or "").rstrip("/")
    return render("operator/proposal-targets.md", email=email if EMAIL.fullmatch(email) else "", repo=repo)


DIRECTIVES = {
    "operator": Directive({}, lambda ctx, page: operator_details(ctx.operator)),
    "proposal-targets": Directive({}, lambda ctx, page: proposal_targets(ctx.operator)),
}
