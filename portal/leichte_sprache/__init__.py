"""Leichte-Sprache checker: flags what the rules for easy-to-read German say to avoid.

A checker can only flag; whether a text is Leichte Sprache is decided by readers from the
target group (a Prüfgruppe). Pure Python, no MkDocs.

Two profiles: the house profile (default, ``"netzwerk"``) follows the Netzwerk Leichte Sprache
rules, errors only where the sources agree; ``"hildesheim"`` follows Bredel/Maaß and is stricter.
PROFILE.md in this package gives every threshold with its source.
"""

from portal.leichte_sprache.checker import check_page, check_text, format_finding, has_errors
from portal.leichte_sprache.model import Allowance, Finding, Profile, Severity
from portal.leichte_sprache.profiles import HILDESHEIM, NETZWERK, PROFILES
from portal.leichte_sprache.rules import RULES

__all__ = [
    "HILDESHEIM",
    "NETZWERK",
    "PROFILES",
    "Allowance",
    "Finding",
    "Profile",
    "RULES",
    "Severity",
    "check_page",
    "check_text",
    "format_finding",
    "has_errors",
]
