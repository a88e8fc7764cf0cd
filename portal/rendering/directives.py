"""Directives in content: ``<!-- portal:NAME key=value -->`` pulls data into a page.

An unknown directive or argument stops the build and lists what is allowed,
so a typo never silently renders an empty list.
"""

from __future__ import annotations

import re
import shlex

from portal.core.errors import DataError, Problem
from portal.core.model import Context, Directive
from portal.rendering.operator import DIRECTIVES as OPERATOR_DIRECTIVES

DIRECTIVE = re.compile(r"<!--\s*portal:(?P<name>[^\s>]*)(?P<args>[^>]*?)\s*-->")


def directives_of(context: Context) -> dict[str, Directive]:
    """Every directive the registered types offer, and the operator block."""
    table = dict(OPERATOR_DIRECTIVES)
    for record_type in context.dataset.types:
        table.update(record_type.directives)
    return table


def _parse(match: re.Match, page: str, line: int, context: Context) -> tuple[Directive, dict[str, str]]:
    name = match.group("name")
    problems = []
    table = directives_of(context)
    directive = table.get(name)
    if directive is None:
        raise DataError([Problem(page, line, f"portal:{name}", f"Unbekannte Anweisung „portal:{name}“", f"Erlaubt sind: {', '.join('portal:' + key for key in table)}.")])
    args: dict[str, str] = {}
    for token in shlex.split(match.group("args")):
        key, _, value = token.partition("=")
        if key not in directive.arguments:
            allowed = ", ".join(directive.arguments) or "keine"
            problems.append(Problem(page, line, f"portal:{name}", f"Unbekanntes Argument „{key}“", f"Erlaubte Argumente: {allowed}."))
        elif value not in (allowed := _allowed(directive.arguments[key], context)):
            problems.append(Problem(page, line, f"portal:{name} {key}", f"„{value}“ ist kein erlaubter Wert", f"Erlaubt sind: {', '.join(allowed)}."))
        else:
            args[key] = value
    if problems:
        raise DataError(problems)
    return directive, args


def _allowed(values, context: Context) -> tuple[str, ...]:
    return values(context) if callable(values) else values


def expand(markdown: str, page: str, context: Context) -> str:
    """Replace every directive in ``markdown`` (the page at src path ``page``) by its Markdown."""

    def replace(match: re.Match) -> str:
        line = markdown.count("\n", 0, match.start()) + 1
        directive, args = _parse(match, page, line, context)
        return directive.render(context, page, **args)

    return DIRECTIVE.sub(replace, markdown)
