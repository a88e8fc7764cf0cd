"""Check a text or a Markdown page against the Leichte-Sprache rules."""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from portal.leichte_sprache.markdown import front_matter_end, visible_text
from portal.leichte_sprache.model import Allowance, Finding, Hit, Page, Profile, Rule, Severity
from portal.leichte_sprache.profiles import get_profile
from portal.leichte_sprache.rules import RULES, RULES_BY_ID
from portal.leichte_sprache.sentences import split_sentences

FRONT_MATTER_RULE = "front-matter"


def check_text(
    text: str,
    *,
    glossary: frozenset[str] = frozenset(),
    allow: Iterable[Allowance] = (),
    path: str = "",
    rules: Iterable[Rule] = RULES,
    profile: str | Profile | None = None,
) -> list[Finding]:
    """Findings for Markdown text without front matter, sorted by line; ``allow`` silences named words.

    ``profile`` is ``"netzwerk"`` (the house profile, default) or ``"hildesheim"``.
    """
    visible = visible_text(text, has_front_matter=False)
    return _check(visible, glossary, tuple(allow), path, tuple(rules), get_profile(profile))


def check_page(
    markdown_source: str,
    path: str,
    *,
    glossary: frozenset[str] = frozenset(),
    rules: Iterable[Rule] = RULES,
    profile: str | Profile | None = None,
) -> list[Finding]:
    """Findings for a Markdown page; reads ``leichte_sprache.allow`` from its front matter."""
    allow, problems = read_allowances(markdown_source, path)
    visible = visible_text(markdown_source, has_front_matter=True)
    return problems + _check(visible, glossary, allow, path, tuple(rules), get_profile(profile))


def format_finding(finding: Finding) -> str:
    """``path:line [rule] Fehler: message`` for editors."""
    return f"{finding.path}:{finding.line} [{finding.rule}] {finding.severity.label}: {finding.message}"


def has_errors(findings: Iterable[Finding]) -> bool:
    """True if any finding is an error."""
    return any(finding.severity is Severity.ERROR for finding in findings)


def read_allowances(markdown_source: str, path: str) -> tuple[tuple[Allowance, ...], list[Finding]]:
    """Allowances from the front matter, and a finding for every malformed entry."""
    lines = markdown_source.splitlines()
    end = front_matter_end(lines)
    if not end:
        return (), []
    problems: list[Finding] = []

    def problem(message: str) -> None:
        problems.append(Finding(path, 1, FRONT_MATTER_RULE, Severity.ERROR, message, ()))

    try:
        meta = yaml.safe_load("\n".join(lines[1 : end - 1])) or {}
    except yaml.YAMLError as error:
        problem(f"Front Matter ist kein gültiges YAML: {error}")
        return (), problems
    section = meta.get("leichte_sprache") if isinstance(meta, dict) else None
    if section is None:
        return (), []
    entries = section.get("allow", []) if isinstance(section, dict) else None
    if not isinstance(entries, list):
        problem("leichte_sprache.allow muss eine Liste sein. Beispiel: allow: [{rule: lange-woerter, word: Eingliederungshilfe, reason: …}]")
        return (), problems
    allowances = []
    for number, entry in enumerate(entries):
        where = f"leichte_sprache.allow[{number}]"
        if not isinstance(entry, dict):
            problem(f"{where}: muss rule, word und reason haben.")
            continue
        rule, word, reason = entry.get("rule"), entry.get("word"), entry.get("reason")
        if rule not in RULES_BY_ID:
            problem(f"{where}.rule: „{rule}“ gibt es nicht. Erlaubt: {', '.join(sorted(RULES_BY_ID))}.")
        elif not isinstance(word, str) or not word.strip():
            problem(f"{where}.word fehlt. Nennen Sie das Wort, für das die Regel nicht gilt.")
        elif not isinstance(reason, str) or not reason.strip():
            problem(f"{where}.reason fehlt. Schreiben Sie, warum „{word}“ hier erlaubt ist.")
        else:
            allowances.append(Allowance(rule, word.strip(), reason.strip()))
    return tuple(allowances), problems


def _allowed_words(allow: tuple[Allowance, ...], rule: str) -> frozenset[str]:
    return frozenset(allowance.word.casefold() for allowance in allow if allowance.rule == rule)


def _apply_allowances(rule: Rule, hit: Hit, allowed: frozenset[str]) -> Hit | None:
    if not allowed:
        return hit
    if rule.per_word:
        remaining = tuple(word for word in hit.words if word.casefold() not in allowed)
        return Hit(hit.line, remaining, hit.detail, hit.severity) if remaining else None
    if any(word.casefold() in allowed for word in hit.words):
        return None
    return hit


def _check(visible, glossary: frozenset[str], allow: tuple[Allowance, ...], path: str, rules: tuple[Rule, ...], profile: Profile) -> list[Finding]:
    page = Page(split_sentences(visible.blocks), frozenset(glossary) | visible.abbreviations, profile)
    findings = []
    for rule in rules:
        allowed = _allowed_words(allow, rule.id)
        for hit in rule.find(page):
            kept = _apply_allowances(rule, hit, allowed)
            if kept is not None:
                severity = kept.severity or rule.severity
                findings.append(Finding(path, kept.line, rule.id, severity, rule.message(kept), kept.words))
    order = {rule.id: number for number, rule in enumerate(RULES)}
    findings.sort(key=lambda finding: (finding.line, order.get(finding.rule, -1)))
    return findings
