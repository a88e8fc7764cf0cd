"""Directives in content: ``<!-- portal:NAME key=value -->`` pulls data into a page.

An unknown directive or argument stops the build and lists what is allowed,
so a typo never silently renders an empty list.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from portal.dataset import Dataset
from portal.errors import DataError, Problem
from portal.facts import fact_text
from portal.glossary import glossary_listing
from portal.pages import case_listing, chart, chart_ids, event_listing, operator_details, provider_listing
from portal.schemas import LAENDER

DIRECTIVE = re.compile(r"<!--\s*portal:(?P<name>[^\s>]*)(?P<args>[^>]*?)\s*-->")


@dataclass(frozen=True)
class Context:
    """What directives may draw on: the validated data, the build moment, the operator settings."""

    dataset: Dataset
    now: datetime
    operator: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Directive:
    """What a directive accepts and how it renders."""

    # Allowed values per argument: a fixed tuple, or a function of the context (e.g. the chart ids in data/).
    arguments: dict[str, tuple[str, ...] | Callable[[Context], tuple[str, ...]]]
    render: Callable[..., str]


DIRECTIVES: dict[str, Directive] = {
    "providers": Directive({"land": LAENDER}, lambda ctx, page, **args: provider_listing(ctx.dataset, page, **args)),
    "good-practice": Directive({}, lambda ctx, page: case_listing(ctx.dataset, page)),
    "events": Directive({"when": ("upcoming", "past")}, lambda ctx, page, **args: event_listing(ctx.dataset, page, ctx.now, **args)),
    "operator": Directive({}, lambda ctx, page: operator_details(ctx.operator)),
    "glossary": Directive(
        {"language": ("standard", "leichte-sprache")},
        lambda ctx, page, language="standard": glossary_listing(ctx.dataset.glossary, easy=language == "leichte-sprache"),
    ),
    "fact": Directive(
        {"id": lambda ctx: tuple(ctx.dataset.facts), "form": ("standard", "leicht")},
        lambda ctx, page, id, form="standard": fact_text(ctx.dataset.facts[id], form),  # noqa: A002
    ),
    "chart": Directive({"id": lambda ctx: chart_ids(ctx.dataset)}, lambda ctx, page, **args: chart(ctx.dataset, **args)),
}


def _parse(match: re.Match, page: str, line: int, context: Context) -> tuple[Directive, dict[str, str]]:
    name = match.group("name")
    problems = []
    directive = DIRECTIVES.get(name)
    if directive is None:
        raise DataError([Problem(page, line, f"portal:{name}", f"Unbekannte Anweisung „portal:{name}“", f"Erlaubt sind: {', '.join('portal:' + key for key in DIRECTIVES)}.")])
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
