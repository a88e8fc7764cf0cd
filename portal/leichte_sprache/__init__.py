"""Leichte-Sprache checker: flags what the rules for easy-to-read German say to avoid.

A checker can only flag; whether a text is Leichte Sprache is decided by readers from the
target group (a Prüfgruppe). Pure Python, no MkDocs.
"""

from portal.leichte_sprache.checker import check_page, check_text, format_finding, has_errors
from portal.leichte_sprache.model import Allowance, Finding, Severity
from portal.leichte_sprache.rules import RULES

__all__ = ["Allowance", "Finding", "RULES", "Severity", "check_page", "check_text", "format_finding", "has_errors"]
